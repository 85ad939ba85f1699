import { auditTimeMs } from '../client/parseAuditTime.ts';
import { csvRecordRewriter, type CsvRecordStep } from './createCsvRewriter.ts';
import { csvTextTransform, type CsvTextStep } from './csvTextTransform.ts';
import { parseExportTime } from './parseExportTime.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/** Options of `createCsvTimeRewriter`. */
export interface CsvTimeRewriterOptions {
  /** IANA zone the times are written in (`'UTC'` keeps UTC; `'local'` is the runtime's, named in the header). */
  timeZone: string;
  /** Positions (0-based) of the time columns in the file. */
  timeColumns: readonly number[];
  /** The delimiter written. @default ',' */
  delimiter?: ',' | ';' | undefined;
  /**
   * The header of the offset column after a time column, from that column's own header (`Time`): in the file's
   * language, and naming the column, so two time columns' offsets are told apart (a spreadsheet renames a second
   * `UTC offset` to `UTC offset2`).
   * @default (title) => `UTC offset (${title})`
   */
  offsetHeader?: ((title: string) => string) | undefined;
}

/** {@link CsvTimeRewriterOptions.offsetHeader}'s default: `UTC offset (Time)`. */
const defaultOffsetHeader = (title: string): string => `UTC offset (${title})`;

/**
 * Rewrites the time columns of a CSV stream for spreadsheets: each time column becomes the wall-clock time in
 * `timeZone` as ISO 8601 without a zone (`2026-11-26T02:05:00.123`), which spreadsheets read as a date-time —
 * LibreOffice Calc reads an ISO time with `Z` or an offset as text — followed by its offset column
 * (`UTC+01:00`), so every row stays an unambiguous instant (the repeated hour when clocks go back included).
 * The headers name the zone, and the column the offset is of: `Time (Europe/Paris)`, `UTC offset (Time)` (see
 * `offsetHeader`). Digits alone are epoch milliseconds. A value that is not a timestamp is left as it is, with an
 * empty offset.
 */
export function createCsvTimeRewriter(
  options: CsvTimeRewriterOptions,
): TransformStream<Uint8Array, Uint8Array> {
  return csvTextTransform([csvTimeRewriter(options)]);
}

/** {@link createCsvTimeRewriter} as a step over text, for a pipeline that decodes once (`csvTextTransform`). */
export function csvTimeRewriter(options: CsvTimeRewriterOptions): CsvRecordStep {
  const zone = createZonedTimeFormatter(options.timeZone);
  const columns = new Set(options.timeColumns);
  const offsetHeader = options.offsetHeader ?? defaultOffsetHeader;
  if (columns.size === 0) return csvRecordRewriter({ delimiter: options.delimiter ?? ',' });
  return csvRecordRewriter({
    delimiter: options.delimiter ?? ',',
    mapRecord: (fields, index) => {
      const out: string[] = [];
      for (let column = 0; column < fields.length; column++) {
        const value = fields[column] ?? '';
        if (!columns.has(column)) {
          out.push(value);
        } else if (index === 0) {
          out.push(`${value} (${zone.timeZone})`, offsetHeader(value));
        } else {
          // Digits alone are epoch milliseconds: a CSV writes a number sent for a time column (a vendor's own
          // Timestamp column) that way, and the table shows that number as a time, not under a zoned header as
          // raw digits.
          const ms = /^-?\d{1,16}$/.test(value)
            ? (auditTimeMs(Number(value)) ?? Number.NaN)
            : parseExportTime(value);
          if (Number.isNaN(ms)) out.push(value, '');
          else out.push(zone.local(ms), `UTC${zone.offset(ms)}`);
        }
      }
      return out;
    },
  });
}

/**
 * Prepends the UTF-8 byte-order mark (EF BB BF) to a byte stream, an empty one included, in place of one the stream
 * already starts with (a server may send its CSV with a mark): a file with two is read with the second as text, a
 * stray character before the first header. Only at the very start, also when that mark comes split across chunks.
 */
export function createByteOrderMark(): TransformStream<Uint8Array, Uint8Array> {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  // How many of the stream's first bytes are the mark's so far; undefined once ours is sent.
  let matched: number | undefined = 0;
  // Ours, then the bytes held back that turned out not to be a mark (none when they were one: it is replaced).
  const send = (controller: TransformStreamDefaultController<Uint8Array>) => {
    controller.enqueue(bom);
    if (matched !== undefined && matched < bom.length && matched > 0)
      controller.enqueue(bom.slice(0, matched));
    matched = undefined;
  };
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      let rest = chunk;
      if (matched !== undefined) {
        let index = 0;
        while (matched < bom.length && index < chunk.length && chunk[index] === bom[matched]) {
          matched++;
          index++;
        }
        // Every byte so far may still be the start of a mark: wait for the next chunk.
        if (matched < bom.length && index === chunk.length) return;
        send(controller);
        rest = chunk.subarray(index);
      }
      if (rest.length > 0) controller.enqueue(rest);
    },
    flush(controller) {
      if (matched !== undefined) send(controller);
    },
  });
}

/**
 * The text step that leaves out a U+FEFF (the byte-order mark a server may send) at the very start of the text,
 * before the steps that read records, where the file's own mark is added (`byteOrderMarkText`). The text comes
 * decoded in whole characters, so a mark split across chunks arrives whole.
 */
export function leadingMarkDropped(): CsvTextStep {
  let first = true;
  return {
    push: (text) => {
      if (!first) return text;
      first = false;
      return text.startsWith('\uFEFF') ? text.slice(1) : text;
    },
    finish: () => '',
  };
}

/** {@link createByteOrderMark} as a step over text: U+FEFF, which UTF-8 writes as those three bytes, goes first. */
export function byteOrderMarkText(): CsvTextStep {
  let sent = false;
  const mark = () => {
    if (sent) return '';
    sent = true;
    return '\uFEFF';
  };
  return { push: (text) => mark() + text, finish: mark };
}

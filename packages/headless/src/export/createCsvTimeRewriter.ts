import { csvRecordRewriter } from './createCsvRewriter.ts';
import { csvTextTransform, type CsvTextStep } from './csvTextTransform.ts';
import { parseExportTime } from './parseExportTime.ts';
import { createZonedTimeFormatter } from './zonedTimeFormatter.ts';

/** Options of `createCsvTimeRewriter`. */
export interface CsvTimeRewriterOptions {
  /** IANA zone the times are written in (`'UTC'` keeps UTC). */
  timeZone: string;
  /** Positions (0-based) of the time columns in the file. */
  timeColumns: readonly number[];
  /** The delimiter written. @default ',' */
  delimiter?: ',' | ';';
}

/**
 * Rewrites the time columns of a CSV stream for spreadsheets: each time column becomes the wall-clock time in
 * `timeZone` as ISO 8601 without a zone (`2026-11-26T02:05:00.123`), which spreadsheets read as a date-time —
 * LibreOffice Calc reads an ISO time with `Z` or an offset as text — followed by a `UTC offset` column
 * (`UTC+01:00`), so every row stays an unambiguous instant (the repeated hour when clocks go back included).
 * The header names the zone: `Time (Europe/Paris)`. A value that is not a timestamp is left as it is, with an
 * empty offset.
 */
export function createCsvTimeRewriter(
  options: CsvTimeRewriterOptions,
): TransformStream<Uint8Array, Uint8Array> {
  return csvTextTransform([csvTimeRewriter(options)]);
}

/** {@link createCsvTimeRewriter} as a step over text, for a pipeline that decodes once (`csvTextTransform`). */
export function csvTimeRewriter(options: CsvTimeRewriterOptions): CsvTextStep {
  const zone = createZonedTimeFormatter(options.timeZone);
  const columns = new Set(options.timeColumns);
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
          out.push(`${value} (${options.timeZone})`, 'UTC offset');
        } else {
          const ms = parseExportTime(value);
          if (Number.isNaN(ms)) out.push(value, '');
          else out.push(zone.local(ms), `UTC${zone.offset(ms)}`);
        }
      }
      return out;
    },
  });
}

/** Prepends the UTF-8 byte-order mark (EF BB BF) to a byte stream, an empty one included. */
export function createByteOrderMark(): TransformStream<Uint8Array, Uint8Array> {
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  let sent = false;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bom);
      }
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (!sent) controller.enqueue(bom);
    },
  });
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

// A streaming CSV record transform: it parses RFC 4180 text chunk by chunk (quoted fields, doubled quotes and
// line breaks may straddle chunks, and so may UTF-8 sequences), hands each whole record to `mapRecord`, and
// writes it back with the chosen delimiter. Hand-written, not a CSV library, because it must be a byte
// TransformStream holding at most one record, and it sits on the hot path of a million-row export.

import { COMMA, CR, CsvState, LF, QUOTE, csvField, unquotedFieldEnd } from './csvSyntax.ts';
import { csvTextTransform, type CsvTextStep } from './csvTextTransform.ts';
import { quoteNotSought, verbatimRecordEnd } from './verbatimRecordEnd.ts';

/** Options of `createCsvRewriter`. */
export interface CsvRewriterOptions {
  /** The delimiter written; the input is always read as comma-separated (what the API sends). @default ',' */
  delimiter?: ',' | ';' | undefined;
  /** Changes a record (index 0 is the header row); return the fields to write. @default the record as read */
  mapRecord?: ((fields: string[], index: number) => readonly string[]) | undefined;
}

/**
 * Re-writes a comma-separated byte stream record by record: values are kept exactly (only the delimiter and the
 * quoting that it needs change) unless `mapRecord` changes them. Line breaks come out as CRLF.
 *
 * @example
 * ```ts
 * const semicolons = response.body!.pipeThrough(createCsvRewriter({ delimiter: ';' }));
 * ```
 */
export function createCsvRewriter(options: CsvRewriterOptions = {}): TransformStream<Uint8Array, Uint8Array> {
  return csvTextTransform([csvRecordRewriter(options)]);
}

/** A record rewriter as a step over text, which can tell how its text ended. */
export interface CsvRecordStep extends CsvTextStep {
  /**
   * Whether the text was cut partway through its last record (known after `finish`): it ended inside a quoted
   * field, or with fewer fields than the header. The record is still written whole, its quote closed and its line
   * break added, so a step after this one cannot see the cut.
   */
  cutShort(): boolean;
}

/** {@link createCsvRewriter} as a step over text, for a pipeline that decodes once (`csvTextTransform`). */
export function csvRecordRewriter(options: CsvRewriterOptions = {}): CsvRecordStep {
  const delimiter = options.delimiter ?? ',';
  const mapRecord = options.mapRecord;
  const special = delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/;
  // Records written as they were read are copied whole (verbatimRecordEnd), when nothing maps or re-delimits them.
  const verbatim = !mapRecord && delimiter === ',';
  const field = (value: string) => csvField(value, special);

  let state = CsvState.FieldStart;
  let fields: string[] = [];
  /** The current field's text from earlier chunks. */
  let carried = '';
  let afterCr = false;
  let records = 0;
  let out = '';
  let cutShort = false;
  /** Fields of the header (the first record), once read. */
  let headerFields = 0;

  /** Ends the record read; `blank`: it was an empty line. */
  const endRecord = (blank = false) => {
    if (records === 0) headerFields = fields.length;
    // After a header of several fields an empty line is no row (a row has a field for every column): it stays an
    // empty line, which the record count after this step can tell for one, not mapped into a row (`,` where a time
    // column gets its offset column).
    const mapped =
      blank && records > 0 && headerFields > 1 ? [] : mapRecord ? mapRecord(fields, records) : fields;
    records++;
    for (let column = 0; column < mapped.length; column++) {
      if (column > 0) out += delimiter;
      out += field(mapped[column]!);
    }
    out += '\r\n';
    fields = [];
  };

  const scan = (text: string) => {
    // `start`: where the current field's text begins in this chunk.
    let start = 0;
    const take = (end: number) => {
      const value = carried + text.slice(start, end);
      carried = '';
      return value;
    };
    let index = 0;
    let quoteAt = quoteNotSought;
    while (index < text.length) {
      // Inside a field only its end matters: found by a search, not by this loop.
      if (state === CsvState.Unquoted) {
        index = unquotedFieldEnd(text, index);
        if (index < 0) break;
      } else if (state === CsvState.Quoted) {
        const quote = text.indexOf('"', index);
        if (quote < 0) break;
        carried += text.slice(start, quote);
        state = CsvState.QuoteInQuoted;
        index = quote + 1;
        start = index;
        continue;
      }
      const code = text.charCodeAt(index);
      if (afterCr) {
        afterCr = false;
        // CRLF is one line break: the record already ended at the CR.
        if (code === LF && state === CsvState.FieldStart && fields.length === 0) {
          start = ++index;
          continue;
        }
      }
      if (verbatim && state === CsvState.FieldStart && fields.length === 0) {
        const found = verbatimRecordEnd(text, index, quoteAt);
        quoteAt = found.quoteAt;
        if (found.end >= 0) {
          if (records === 0) headerFields = fieldCount(text.slice(index, found.end));
          out += text.slice(index, found.end) + '\r\n';
          records++;
          afterCr = text.charCodeAt(found.end) === CR;
          start = index = found.end + 1;
          continue;
        }
      }
      if (code === CR || code === LF) {
        // An empty line is still a record of one empty field; so is the end of a record after a comma.
        const blank = state === CsvState.FieldStart && fields.length === 0;
        fields.push(state === CsvState.FieldStart ? '' : take(index));
        endRecord(blank);
        state = CsvState.FieldStart;
        afterCr = code === CR;
        start = ++index;
      } else if (code === COMMA) {
        fields.push(state === CsvState.FieldStart ? '' : take(index));
        state = CsvState.FieldStart;
        start = ++index;
      } else if (code === QUOTE) {
        // A quote opens a quoted field; after a closing one, a doubled quote is one quote of the value.
        if (state !== CsvState.FieldStart) carried += '"';
        state = CsvState.Quoted;
        start = ++index;
      } else {
        // A field's first character, or text after a closing quote (malformed CSV, kept as part of the value
        // rather than lost).
        state = CsvState.Unquoted;
        start = index;
      }
    }
    // Keep the unfinished field's text for the next chunk.
    if (state === CsvState.Unquoted || state === CsvState.Quoted) carried += text.slice(start);
  };

  const written = () => {
    const text = out;
    out = '';
    return text;
  };

  return {
    push(text) {
      scan(text);
      return written();
    },
    cutShort: () => cutShort,
    finish() {
      cutShort =
        (state !== CsvState.FieldStart || fields.length > 0) &&
        (state === CsvState.Quoted || fields.length + 1 < headerFields);
      // A last record without a line break (or a field the text ended inside) is still written whole.
      if (state !== CsvState.FieldStart || fields.length > 0) {
        fields.push(carried);
        carried = '';
        endRecord();
      }
      return written();
    },
  };
}

/** The fields of one whole record's text (a comma outside quotes separates two). */
function fieldCount(record: string): number {
  let count = 1;
  let quoted = false;
  for (let index = 0; index < record.length; index++) {
    const code = record.charCodeAt(index);
    if (code === QUOTE) quoted = !quoted;
    else if (code === COMMA && !quoted) count++;
  }
  return count;
}

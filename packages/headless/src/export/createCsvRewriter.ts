// A streaming CSV record transform: it parses RFC 4180 text chunk by chunk (quoted fields, doubled quotes and
// line breaks may straddle chunks, and so may UTF-8 sequences), hands each whole record to `mapRecord`, and
// writes it back with the chosen delimiter. Hand-written, not a CSV library, because it must be a byte
// TransformStream holding at most one record, and it sits on the hot path of a million-row export.

/** Options of `createCsvRewriter`. */
export interface CsvRewriterOptions {
  /** The delimiter written; the input is always read as comma-separated (what the API sends). @default ',' */
  delimiter?: ',' | ';';
  /** Changes a record (index 0 is the header row); return the fields to write. @default the record as read */
  mapRecord?: (fields: string[], index: number) => readonly string[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
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
  const delimiter = options.delimiter ?? ',';
  const mapRecord = options.mapRecord;
  const needsQuotes = delimiter === ',' ? /[",\r\n]|^ | $/ : /[";\r\n]|^ | $/;
  const field = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encoder = new TextEncoder();

  let state = State.FieldStart;
  let fields: string[] = [];
  /** The current field's text from earlier chunks. */
  let carried = '';
  let afterCr = false;
  let records = 0;
  let out = '';

  const endRecord = () => {
    const mapped = mapRecord ? mapRecord(fields, records) : fields;
    records++;
    out += mapped.map(field).join(delimiter) + '\r\n';
    fields = [];
  };

  const scan = (text: string) => {
    // `start`: where the current field's text begins in this chunk (-1 while outside a field's text).
    let start = 0;
    const take = (end: number) => {
      const value = carried + text.slice(start, end);
      carried = '';
      return value;
    };
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (afterCr) {
        afterCr = false;
        // CRLF is one line break: the record already ended at the CR.
        if (code === LF && state === State.FieldStart && fields.length === 0) {
          start = index + 1;
          continue;
        }
      }
      switch (state) {
        case State.FieldStart:
          if (code === QUOTE) {
            state = State.Quoted;
            start = index + 1;
          } else if (code === COMMA) {
            fields.push('');
            start = index + 1;
          } else if (code === CR || code === LF) {
            // An empty line is still a record of one empty field; so is the end of a record after a comma.
            fields.push('');
            endRecord();
            afterCr = code === CR;
            start = index + 1;
          } else {
            state = State.Unquoted;
            start = index;
          }
          break;
        case State.Unquoted:
          if (code === COMMA) {
            fields.push(take(index));
            state = State.FieldStart;
            start = index + 1;
          } else if (code === CR || code === LF) {
            fields.push(take(index));
            endRecord();
            state = State.FieldStart;
            afterCr = code === CR;
            start = index + 1;
          }
          break;
        case State.Quoted:
          if (code === QUOTE) {
            carried += text.slice(start, index);
            state = State.QuoteInQuoted;
            start = index + 1;
          }
          break;
        case State.QuoteInQuoted:
          if (code === QUOTE) {
            // A doubled quote is one quote of the value; the field goes on.
            carried += '"';
            state = State.Quoted;
            start = index + 1;
          } else if (code === COMMA) {
            fields.push(take(index));
            state = State.FieldStart;
            start = index + 1;
          } else if (code === CR || code === LF) {
            fields.push(take(index));
            endRecord();
            state = State.FieldStart;
            afterCr = code === CR;
            start = index + 1;
          } else {
            // Text after a closing quote is malformed CSV; keep it as part of the value rather than lose it.
            state = State.Unquoted;
            start = index;
          }
          break;
      }
    }
    // Keep the unfinished field's text for the next chunk.
    if (state === State.Unquoted || state === State.Quoted) carried += text.slice(start);
  };

  const flushOut = (controller: TransformStreamDefaultController<Uint8Array>) => {
    if (out) controller.enqueue(encoder.encode(out));
    out = '';
  };

  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      scan(decoder.decode(chunk, { stream: true }));
      flushOut(controller);
    },
    flush(controller) {
      scan(decoder.decode());
      // A last record without a line break (or a field the text ended inside) is still written whole.
      if (state !== State.FieldStart || fields.length > 0) {
        fields.push(carried);
        carried = '';
        endRecord();
      }
      flushOut(controller);
    },
  });
}

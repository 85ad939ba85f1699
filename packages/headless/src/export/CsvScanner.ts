// A CSV state machine that sees text in arbitrary chunks: it knows where each field starts (to neutralise
// formulas) and where each record ends (to count rows), with quoted fields spanning chunks, CRLF and doubled
// quotes. It never buffers more than the chunk it is given.

const enum State {
  FieldStart,
  Unquoted,
  QuotedStart,
  Quoted,
  QuoteInQuoted,
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

/** Characters that make a spreadsheet read a cell as a formula (OWASP ASVS 5.0 1.2.10, CWE-1236). */
export const isFormulaTrigger = (code: number) =>
  code === 61 /* = */ ||
  code === 43 /* + */ ||
  code === 45 /* - */ ||
  code === 64 /* @ */ ||
  code === 9 ||
  code === CR ||
  code === 0;

/** Scans CSV text chunk by chunk, counting records and (optionally) neutralising formula cells. */
export class CsvScanner {
  /**
   * Records whose end has been seen: every unquoted line break (CRLF, LF or a lone CR) ends one, an empty line
   * too (a one-column export with an empty cell is still a row).
   */
  records = 0;
  private state = State.FieldStart;
  /** Whether the current record holds anything yet (so a missing final line break still counts it). */
  private inRecord = false;
  private afterCr = false;

  constructor(private readonly neutralise: boolean) {}

  /** Scans a chunk; returns it with `'` inserted before formula cells when neutralising. */
  push(text: string): string {
    const out: string[] = [];
    let from = 0;
    const insert = (at: number) => {
      out.push(text.slice(from, at), "'");
      from = at;
    };
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (this.afterCr) {
        this.afterCr = false;
        // CRLF is one line break: the record already ended at the CR.
        if (code === LF && this.state === State.FieldStart) continue;
      }
      switch (this.state) {
        case State.FieldStart:
          if (code === CR || code === LF) {
            this.endRecord(code);
          } else if (code === COMMA) {
            this.inRecord = true;
          } else if (code === QUOTE) {
            this.inRecord = true;
            this.state = State.QuotedStart;
          } else {
            this.inRecord = true;
            if (this.neutralise && isFormulaTrigger(code)) insert(index);
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted:
          if (code === COMMA) this.state = State.FieldStart;
          else if (code === CR || code === LF) this.endRecord(code);
          break;
        case State.QuotedStart:
          if (code === QUOTE) {
            this.state = State.QuoteInQuoted;
          } else {
            if (this.neutralise && isFormulaTrigger(code)) insert(index);
            this.state = State.Quoted;
          }
          break;
        case State.Quoted:
          if (code === QUOTE) this.state = State.QuoteInQuoted;
          break;
        case State.QuoteInQuoted:
          if (code === QUOTE) this.state = State.Quoted;
          else if (code === COMMA) this.state = State.FieldStart;
          else if (code === CR || code === LF) this.endRecord(code);
          // Text after a closing quote is malformed CSV; pass it through untouched.
          else this.state = State.Unquoted;
          break;
      }
    }
    if (out.length === 0) return text;
    out.push(text.slice(from));
    return out.join('');
  }

  /** Counts a final record that had no line break. */
  finish(): void {
    if (this.inRecord) this.records++;
    this.inRecord = false;
  }

  private endRecord(code: number) {
    this.state = State.FieldStart;
    this.records++;
    this.inRecord = false;
    if (code === CR) this.afterCr = true;
  }
}

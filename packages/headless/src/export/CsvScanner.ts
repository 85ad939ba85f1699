// A CSV state machine that sees text in arbitrary chunks: it knows where each cell starts and ends (to neutralise
// formulas) and where each record ends (to count rows), with quoted fields spanning chunks, CRLF and doubled
// quotes. Written by hand because it runs on every byte of an export and no CSV library streams a rewrite of
// the bytes it parses. Whether a cell is a formula is decided on its first characters (see formulaCell.ts): a
// cell that may still turn out to be a plain number (`-12.5`) or starts with invisible characters is held back
// until it is decided, at most `maxHeld` characters, so memory stays bounded by one short cell prefix.

import { isFormulaTrigger, isInvisible } from './formulaTrigger.ts';
import { COMMA, CR, CsvState, LF, QUOTE, unquotedFieldEnd } from './csvSyntax.ts';

/** How far the current cell's judgement has got. */
const enum Judge {
  /** Decided (or not neutralising): nothing held. */
  None,
  /** At the cell's first character. */
  Start,
  /** Only invisible characters so far. */
  Leading,
  /** A sign, then what may still be a plain number. */
  Number,
  /**
   * The first half of a surrogate pair at the start or among the leading invisible characters: the pair decides
   * (a tag character U+E0000–U+E007F is invisible, an emoji is not).
   */
  Pair,
}

const BOM = 0xfeff;

/** Beyond this many undecided characters a cell is neutralised rather than buffered further. */
const maxHeld = 4096;

// A plain number after its sign, one state per position: sign, digits, `1.`, `.`, fraction, `e`, `e-`, exponent.
const enum Num {
  Sign,
  Int,
  IntDot,
  Dot,
  Frac,
  Exp,
  ExpSign,
  ExpInt,
  Fail,
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isExp = (code: number) => code === 101 || code === 69;

function nextNumberState(state: Num, code: number): Num {
  switch (state) {
    case Num.Sign:
      return isDigit(code) ? Num.Int : code === 46 ? Num.Dot : Num.Fail;
    case Num.Int:
      return isDigit(code) ? Num.Int : code === 46 ? Num.IntDot : isExp(code) ? Num.Exp : Num.Fail;
    case Num.IntDot:
    case Num.Frac:
      return isDigit(code) ? Num.Frac : isExp(code) ? Num.Exp : Num.Fail;
    case Num.Dot:
      return isDigit(code) ? Num.Frac : Num.Fail;
    case Num.Exp:
      return isDigit(code) ? Num.ExpInt : code === 43 || code === 45 ? Num.ExpSign : Num.Fail;
    case Num.ExpSign:
    case Num.ExpInt:
      return isDigit(code) ? Num.ExpInt : Num.Fail;
    default:
      return Num.Fail;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const isCompleteNumber = (state: Num) =>
  state === Num.Int || state === Num.IntDot || state === Num.Frac || state === Num.ExpInt;

/** Scans CSV text chunk by chunk, counting records and (optionally) neutralising formula cells. */
export class CsvScanner {
  /**
   * Records whose end has been seen: every unquoted line break (CRLF, LF or a lone CR) ends one, an empty line
   * too (a one-column export with an empty cell is still a row).
   */
  records = 0;
  private state = CsvState.FieldStart;
  /** Whether the current record holds anything yet (so a missing final line break still counts it). */
  private inRecord = false;
  private afterCr = false;
  private atStreamStart = true;
  private judge = Judge.None;
  private number = Num.Sign;
  private held = 0;
  /** The high surrogate that put the judgement into `Judge.Pair`. */
  private high = 0;
  /** The current cell's undecided text from earlier chunks. */
  private carried = '';
  // Per push: output pieces, the next index of `text` to copy, and where the held cell starts in `text` (-1
  // when it started in an earlier chunk and sits in `carried`).
  private out: string[] = [];
  private from = 0;
  private holdStart = -1;
  private text = '';

  constructor(private readonly neutralise: boolean) {}

  /** Scans a chunk; returns the text that is decided, with `'` inserted before formula cells when neutralising. */
  push(text: string): string {
    this.out = [];
    this.from = 0;
    this.text = text;
    if (this.judge !== Judge.None) this.holdStart = -1;
    for (let index = 0; index < text.length; index++) {
      if (this.judge === Judge.None) {
        // The rest of a decided cell changes nothing but where the cell ends: found by a search, not this loop.
        if (this.state === CsvState.Unquoted) {
          index = unquotedFieldEnd(text, index);
          if (index < 0) break;
        } else if (this.state === CsvState.Quoted) {
          index = text.indexOf('"', index);
          if (index < 0) break;
        }
      }
      const code = text.charCodeAt(index);
      if (this.atStreamStart) {
        this.atStreamStart = false;
        // The file's byte-order mark is not part of its first cell: a trigger right after it is judged as first.
        if (code === BOM) {
          this.inRecord = true;
          continue;
        }
      }
      if (this.afterCr) {
        this.afterCr = false;
        // CRLF is one line break: the record already ended at the CR.
        if (code === LF && this.state === CsvState.FieldStart) continue;
      }
      switch (this.state) {
        case CsvState.FieldStart:
          if (code === CR || code === LF) {
            this.endRecord(code);
          } else if (code === COMMA) {
            this.inRecord = true;
          } else if (code === QUOTE) {
            this.inRecord = true;
            this.state = CsvState.Quoted;
            this.startCell(index + 1);
          } else {
            this.inRecord = true;
            this.state = CsvState.Unquoted;
            this.startCell(index);
            this.content(code);
          }
          break;
        case CsvState.Unquoted:
          if (code === COMMA) {
            this.endCell();
            this.state = CsvState.FieldStart;
          } else if (code === CR || code === LF) {
            this.endCell();
            this.endRecord(code);
          } else this.content(code);
          break;
        case CsvState.Quoted:
          if (code === QUOTE) this.state = CsvState.QuoteInQuoted;
          else this.content(code);
          break;
        case CsvState.QuoteInQuoted:
          if (code === QUOTE) {
            // A doubled quote is one `"` of the cell's value.
            this.state = CsvState.Quoted;
            this.content(QUOTE);
          } else if (code === COMMA) {
            this.endCell();
            this.state = CsvState.FieldStart;
          } else if (code === CR || code === LF) {
            this.endCell();
            this.endRecord(code);
          } else {
            // Text after a closing quote is malformed CSV; it is read on as part of the cell.
            this.state = CsvState.Unquoted;
            this.content(code);
          }
          break;
      }
    }
    return this.flushChunk();
  }

  /** Ends the stream: decides a cell still held and counts a final record that had no line break. */
  finish(): string {
    this.out = [];
    this.from = 0;
    this.text = '';
    this.holdStart = -1;
    this.endCell();
    if (this.inRecord) this.records++;
    this.inRecord = false;
    return this.out.join('');
  }

  private flushChunk(): string {
    const { text } = this;
    if (this.judge !== Judge.None) {
      // The undecided cell waits for the next chunk.
      const cut = this.holdStart < 0 ? this.from : this.holdStart;
      this.out.push(text.slice(this.from, cut));
      this.carried += text.slice(cut);
      this.from = text.length;
    }
    if (this.out.length === 0) return this.from === 0 ? text : text.slice(this.from);
    this.out.push(text.slice(this.from));
    this.text = '';
    return this.out.join('');
  }

  private startCell(index: number) {
    if (!this.neutralise) return;
    this.judge = Judge.Start;
    this.number = Num.Sign;
    this.held = 0;
    this.holdStart = index;
  }

  private content(code: number) {
    switch (this.judge) {
      case Judge.None:
        return;
      case Judge.Start:
        if (code === 43 || code === 45) this.judge = Judge.Number;
        else this.leading(code);
        break;
      case Judge.Leading:
        this.leading(code);
        break;
      case Judge.Pair:
        // A high surrogate not followed by a low one is malformed text, not an invisible character.
        if (isLowSurrogate(code) && isInvisible(((this.high - 0xd800) << 10) + (code - 0xdc00) + 0x10000))
          this.judge = Judge.Leading;
        else this.decide(false);
        break;
      case Judge.Number:
        this.number = nextNumberState(this.number, code);
        if (this.number === Num.Fail) this.decide(true);
        break;
    }
    // `decide` may have ended the judgement above (TypeScript cannot see that through the method call).
    if ((this.judge as Judge) !== Judge.None && ++this.held > maxHeld) this.decide(true);
  }

  /** Judges a character among the cell's leading invisible ones (or its first, not a sign). */
  private leading(code: number) {
    if (isFormulaTrigger(code)) this.decide(true);
    else if (isHighSurrogate(code)) {
      this.high = code;
      this.judge = Judge.Pair;
    } else if (isInvisible(code)) this.judge = Judge.Leading;
    else this.decide(false);
  }

  private endCell() {
    if (this.judge === Judge.None) return;
    this.decide(this.judge === Judge.Number && !isCompleteNumber(this.number));
  }

  /** Settles the held cell: a `'` at its start when it is a formula, then its text flows on. */
  private decide(formula: boolean) {
    this.judge = Judge.None;
    if (this.holdStart >= 0) {
      if (formula) {
        this.out.push(this.text.slice(this.from, this.holdStart), "'");
        this.from = this.holdStart;
      }
    } else {
      // Held since an earlier chunk: nothing of this chunk has been written yet.
      this.out.push(formula ? "'" : '', this.carried);
      this.carried = '';
    }
  }

  private endRecord(code: number) {
    this.state = CsvState.FieldStart;
    this.records++;
    this.inRecord = false;
    if (code === CR) this.afterCr = true;
  }
}

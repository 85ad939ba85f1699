// A CSV state machine that sees text in arbitrary chunks: it knows where each cell starts and ends (to neutralise
// formulas) and where each record ends (to count rows), with quoted fields spanning chunks, CRLF and doubled
// quotes. Written by hand because it runs on every byte of an export and no CSV library streams a rewrite of
// the bytes it parses. Whether a cell is a formula is decided on its first characters (see formulaCell.ts): a
// cell that may still turn out to be a plain number (`-12.5`) or starts with invisible characters is held back
// until it is decided, at most `maxHeld` characters, so memory stays bounded by one short cell prefix.
//
// A spreadsheet set to the other list separator splits each line there too, quotes or not (a quote in the
// middle of its cell is a character): Excel in a German locale opens a comma file on `;`, and one in an English
// locale opens a `;` file on `,` (OWASP's CSV injection guidance names both). So the cell that begins after each
// other separator inside a field is judged as well, by the same rule, and gets its `'` where it begins.
//
// For the same reason a line break inside a quoted field ends that spreadsheet's line: it met the field's opening
// quote in the middle of its cell (`login,"a⏎=1+2"` read on `;` has the cell `login,"a`), so for it that quote
// protects nothing, and the next line starts a cell (`=1+2"`, a formula in LibreOffice Calc opening the file on
// `;`), judged the same way. It could be inside quotes of its own there: when the field begins its line (it then
// reads the field as the file's reader does), or after an opening quote it met earlier and did not see closed,
// which depends on how each spreadsheet recovers from stray quotes. Knowing would take a second parse of every
// quote in the file, and a wrong "inside" lets a formula through where a wrong "outside" costs a visible `'`;
// so, as at each other separator, the scanner takes it to be outside: every line break in a quoted field ends the
// other reader's cell and starts the next one.

import { isFormulaTrigger, isInvisible } from './formulaTrigger.ts';
import { COMMA, CR, CsvState, LF, QUOTE, unquotedFieldEnd } from './csvSyntax.ts';

/** How far the current cell's judgement has got. */
const enum Judge {
  /** Decided (or not neutralising): nothing held. */
  None,
  /** At the cell's first character. */
  Start,
  /**
   * At the first character after an other separator, or after a line break in a quoted field: an opening quote
   * may come first (see `content`).
   */
  OtherStart,
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

/** The separator a spreadsheet in the other kind of locale splits a line on. */
export type OtherSeparator = ',' | ';';

/** Scans CSV text chunk by chunk, counting records and (optionally) neutralising formula cells. */
export class CsvScanner {
  /**
   * Records whose end has been seen: every unquoted line break (CRLF, LF or a lone CR) ends one, an empty line
   * too (a one-column export with an empty cell is still a row). After a header of more than one field, empty
   * lines are counted once a record follows them, and the last one not at all when it ends the text: a blank line
   * closing the answer is no row (a row has a field for every column), as forEachCsvRecord reads it.
   */
  records = 0;
  /** Empty lines after a header of more than one field, not counted yet (see `records`). */
  private blankLines = 0;
  private state = CsvState.FieldStart;
  /** Whether the current record holds anything yet (so a missing final line break still counts it). */
  private inRecord = false;
  /**
   * Whether the stream ended partway through its last record (`finish` still counts it): inside an open quote, or
   * with fewer fields than the header. A server that closes the connection cleanly mid-row sends such an end; a
   * whole last record may lack its line break (RFC 4180 allows that), so that alone is not taken for one.
   */
  cutShort = false;
  /** Fields of the current record so far, the one being read included. */
  private fields = 1;
  /** Fields of the first record (the header), once it has ended. */
  private headerFields = 0;
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
  /** The other separator's character code, -1 when not neutralising. */
  private readonly other: number;
  private readonly otherChar: string;
  /**
   * Where a decided unquoted field needs looking at again when the other separator is `;`: its end or a `;`, in
   * one search, so the text is not read a second time for the `;` (the comma ends an unquoted field anyway).
   */
  private readonly unquotedStop: RegExp | undefined;
  /**
   * Per push, the next other separator at or after where a quoted field last looked for one (the text's length:
   * none), kept until the scan passes it. A quoted field's end is found by `indexOf`, much faster than a search
   * for two characters on text with many doubled quotes (JSON), so the separator is searched for apart.
   */
  private otherAt = -1;
  /**
   * The same for the next LF and the next CR: where a quoted field holds one, the other reader's line ends (see
   * the top of the file). Two `indexOf` searches cost less than one regular expression for both (measured on the
   * mock's export: the neutraliser 2% slower than without them, against 7%), though each record's own line
   * break ends them anew.
   */
  private lfAt = -1;
  private crAt = -1;
  /** Whether the cell being judged is one the other reader starts (after an other separator or a line break). */
  private otherCell = false;
  /**
   * Whether the field being read is its record's first. The other reader's line begins there too, so its cell
   * begins with this field and goes on past the file's separator, like a cell an other separator starts.
   */
  private firstField = true;

  /**
   * @param neutralise whether to put `'` before formula cells (else it only counts records)
   * @param otherSeparator the separator a spreadsheet in another locale splits the saved file on: `;` for a file
   *   written with commas, `,` for one re-delimited with `;` after this scan
   */
  constructor(
    private readonly neutralise: boolean,
    otherSeparator: OtherSeparator = ';',
  ) {
    this.other = neutralise ? otherSeparator.charCodeAt(0) : -1;
    this.otherChar = otherSeparator;
    if (neutralise && otherSeparator !== ',')
      this.unquotedStop = new RegExp(`[,${otherSeparator}\\r\\n]`, 'g');
  }

  /** Scans a chunk; returns the text that is decided, with `'` inserted before formula cells when neutralising. */
  push(text: string): string {
    this.out = [];
    this.from = 0;
    this.text = text;
    this.otherAt = -1;
    this.lfAt = -1;
    this.crAt = -1;
    if (this.judge !== Judge.None) this.holdStart = -1;
    for (let index = 0; index < text.length; index++) {
      if (this.judge === Judge.None) {
        // The rest of a decided cell changes nothing but where the cell ends, or where an other separator (or a
        // line break in a quoted field) starts the other reader's next cell: found by a search, not this loop.
        if (this.state === CsvState.Unquoted) {
          index = this.unquotedStop
            ? this.nextUnquotedStop(this.unquotedStop, index)
            : unquotedFieldEnd(text, index);
          if (index < 0) break;
        } else if (this.state === CsvState.Quoted) {
          index = this.other >= 0 ? this.nextQuotedStop(index) : text.indexOf('"', index);
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
            this.firstField = false;
            this.fields++;
          } else if (code === QUOTE) {
            this.inRecord = true;
            this.state = CsvState.Quoted;
            this.startCell(index + 1);
          } else {
            this.inRecord = true;
            this.state = CsvState.Unquoted;
            this.startCell(index);
            this.content(code, index);
          }
          break;
        case CsvState.Unquoted:
          if (code === COMMA) {
            this.endCell(true);
            this.firstField = false;
            this.fields++;
            this.state = CsvState.FieldStart;
          } else if (code === CR || code === LF) {
            this.endCell(false);
            this.endRecord(code);
          } else this.content(code, index);
          break;
        case CsvState.Quoted:
          if (code === QUOTE) this.state = CsvState.QuoteInQuoted;
          else this.content(code, index);
          break;
        case CsvState.QuoteInQuoted:
          if (code === QUOTE) {
            // A doubled quote is one `"` of the cell's value.
            this.state = CsvState.Quoted;
            this.content(QUOTE, index);
          } else if (code === COMMA) {
            this.endCell(true);
            this.firstField = false;
            this.fields++;
            this.state = CsvState.FieldStart;
          } else if (code === CR || code === LF) {
            this.endCell(false);
            this.endRecord(code);
          } else {
            // Text after a closing quote is malformed CSV; it is read on as part of the cell.
            this.state = CsvState.Unquoted;
            this.content(code, index);
          }
          break;
      }
    }
    return this.flushChunk();
  }

  /**
   * Ends the stream: decides a cell still held and counts a final record that had no line break (`cutShort` says
   * whether it was cut).
   */
  finish(): string {
    this.out = [];
    this.from = 0;
    this.text = '';
    this.holdStart = -1;
    this.endCell(false);
    this.cutShort = this.inRecord && (this.state === CsvState.Quoted || this.fields < this.headerFields);
    if (this.inRecord) this.records += this.blankLines + 1;
    else if (this.blankLines > 0) this.records += this.blankLines - 1;
    this.blankLines = 0;
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

  /**
   * Where the field's text from `from` needs looking at next, by `stop` (its end, or an other separator): the
   * first found, -1 when past the chunk, but an other separator only when the cell it starts may be a formula. The
   * usual cell after one (`; Win64`) is seen to be plain here, without a judgement a character at a time.
   */
  private nextUnquotedStop(stop: RegExp, from: number): number {
    const { text } = this;
    for (;;) {
      stop.lastIndex = from;
      if (!stop.test(text)) return -1;
      const at = stop.lastIndex - 1;
      if (text.charCodeAt(at) !== this.other) return at;
      from = this.plainCellStart(at + 1);
      if (from < 0) return at;
    }
  }

  /**
   * The same as `nextUnquotedStop` in a quoted field: its next quote, or an other separator or a line break
   * before it. Each is searched for apart, by `indexOf`, and kept until passed.
   */
  private nextQuotedStop(from: number): number {
    const { text } = this;
    const quote = text.indexOf('"', from);
    const end = quote < 0 ? text.length : quote;
    for (;;) {
      if (this.otherAt < from) {
        const at = text.indexOf(this.otherChar, from);
        this.otherAt = at < 0 ? text.length : at;
      }
      if (this.lfAt < from) {
        const at = text.indexOf('\n', from);
        this.lfAt = at < 0 ? text.length : at;
      }
      if (this.crAt < from) {
        const at = text.indexOf('\r', from);
        this.crAt = at < 0 ? text.length : at;
      }
      const at = Math.min(this.otherAt, this.lfAt, this.crAt);
      if (at >= end) return quote;
      // After CRLF the next cell starts past the LF; a CR at the chunk's end is left to the judgement.
      const next = text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? at + 2 : at + 1;
      from = this.plainCellStart(next);
      if (from < 0) return at;
    }
  }

  /**
   * Where the other reader's cell starting at `at` shows it is plain text: the index of its first character
   * (after an opening quote and spaces) when that is visible ASCII and no trigger, sign or quote, else -1 and the
   * cell is judged. Every other case (a character past the chunk included) is left to the judgement.
   */
  private plainCellStart(at: number): number {
    const { text } = this;
    let code = text.charCodeAt(at);
    if (code === QUOTE) {
      // An opening quote, doubled inside a quoted field (a single one there closes the field).
      if (this.state === CsvState.Unquoted) at++;
      else if (text.charCodeAt(at + 1) === QUOTE) at += 2;
      else return -1;
      code = text.charCodeAt(at);
    }
    while (code === 32) code = text.charCodeAt(++at);
    return code > 32 && code < 127 && code !== QUOTE && !isFormulaTrigger(code) ? at : -1;
  }

  /**
   * Starts judging the cell that begins at `index`: the file's own, or (`other`) the one the other reader sees
   * begin just after an other separator or a line break in a quoted field.
   */
  private startCell(index: number, other = false) {
    if (!this.neutralise) return;
    this.judge = other ? Judge.OtherStart : Judge.Start;
    this.otherCell = other;
    this.number = Num.Sign;
    this.held = 0;
    this.holdStart = index;
  }

  /** A character of the field's value at `index` (of a doubled quote, the second). */
  private content(code: number, index: number) {
    if (code === this.other) {
      this.otherSeparator(index);
      return;
    }
    // Only a quoted field's value holds a line break (it ends an unquoted field).
    if ((code === LF || code === CR) && this.other >= 0) {
      this.lineBreakInQuoted(index);
      return;
    }
    switch (this.judge) {
      case Judge.None:
        return;
      case Judge.OtherStart:
        // The other reader opens a quoted cell here and evaluates its value (`"=1+2"`) as it would unquoted: the
        // cell starts after the quote, so its `'` goes there.
        if (code === QUOTE) {
          this.holdFrom(index + 1);
          this.judge = Judge.Start;
        } else this.first(code);
        break;
      case Judge.Start:
        this.first(code);
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

  /**
   * An other separator at `index` in a field's value: it decides the cell being judged and starts the other
   * reader's next cell. A separator is neither a trigger nor invisible, and it ends a number: a cell of the file's
   * own that got this far is a formula when it began with a sign, and the other reader's cell ends here, a number
   * when it is one so far.
   */
  private otherSeparator(index: number) {
    if (this.judge !== Judge.None)
      this.decide(this.judge === Judge.Number && (!this.otherCell || !isCompleteNumber(this.number)));
    this.startCell(index + 1, true);
  }

  /**
   * A line break at `index` in a quoted field's value: for the file's reader a character of the cell, for the
   * other reader the end of its line. It decides the cell being judged: the file's own cell reads it as a
   * trigger (as it always has: the rule counts CR and LF), a cell the other reader started ends here, as at an
   * other separator, a formula only when it is an unfinished number (`-`). Then the other reader's next line
   * starts a cell; after a CR, an LF ends that empty cell and starts the next, so CRLF is one line break.
   */
  private lineBreakInQuoted(index: number) {
    if (this.judge !== Judge.None)
      this.decide(
        this.otherCell
          ? this.judge === Judge.Number && !isCompleteNumber(this.number)
          : this.judge !== Judge.Pair,
      );
    this.startCell(index + 1, true);
  }

  /** Judges the cell's first character. */
  private first(code: number) {
    if (code === 43 || code === 45) this.judge = Judge.Number;
    else this.leading(code);
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

  /**
   * Ends the field being judged, at a separator of the file (`atSeparator`) or at the end of the record. A cell the
   * other reader starts (after an other separator, or at the start of a line: a record's first field) goes on past
   * the file's separator for it, which then reads a separator character: no plain number holds one, so a signed
   * number there is neutralised (`-1,2+cmd|…` is one formula cell to a spreadsheet reading a comma file on `;`).
   */
  private endCell(atSeparator: boolean) {
    if (this.judge === Judge.None) return;
    this.decide(
      this.judge === Judge.Number &&
        ((atSeparator && (this.otherCell || this.firstField)) || !isCompleteNumber(this.number)),
    );
  }

  /**
   * Moves the start of the held cell to `index`, past characters that are not part of it (an opening quote): what
   * came before is written as it is.
   */
  private holdFrom(index: number) {
    if (this.holdStart < 0) {
      this.out.push(this.carried);
      this.carried = '';
    }
    this.holdStart = index;
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
    if (this.records === 0) this.headerFields = this.fields;
    this.fields = 1;
    if (!this.inRecord && this.records > 0 && this.headerFields > 1) this.blankLines++;
    else {
      this.records += this.blankLines + 1;
      this.blankLines = 0;
    }
    this.inRecord = false;
    this.firstField = true;
    if (code === CR) this.afterCr = true;
  }
}

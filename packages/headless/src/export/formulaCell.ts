// What makes a spreadsheet evaluate a CSV cell, as one rule shared by the streaming scanner and by anyone who
// needs to judge a whole cell (tests, a host checking its own files). See the package README, "Formula cells".

/**
 * Characters that start a formula (OWASP CSV injection: `=`, `+`, `-`, `@`, tab, CR; plus LF and NUL, which some
 * importers strip before looking) and their full-width and small-form twins, which Excel and LibreOffice fold to
 * ASCII on input.
 */
export function isFormulaTrigger(code: number): boolean {
  switch (code) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x0a: // LF
    case 0x00: // NUL
    case 0xff1d: // ＝
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0xff20: // ＠
    case 0xfe66: // ﹦
    case 0xfe62: // ﹢
    case 0xfe63: // ﹣
    case 0xfe6b: // ﹫
      return true;
    default:
      return false;
  }
}

/**
 * Characters a reader does not see or a spreadsheet may skip before reading a cell: Unicode white space, control
 * and format characters (zero-width space and joiners, bidi marks, BOM, soft hyphen) and the blank-looking
 * fillers. A trigger after any run of these still counts.
 */
export function isInvisible(code: number): boolean {
  if (code <= 0x20 || (code >= 0x7f && code <= 0xa0)) return true;
  switch (code) {
    case 0xad: // soft hyphen
    case 0x34f: // combining grapheme joiner
    case 0x61c: // Arabic letter mark
    case 0x115f:
    case 0x1160: // Hangul fillers
    case 0x1680: // Ogham space
    case 0x180e: // Mongolian vowel separator
    case 0x2800: // Braille blank
    case 0x3000: // ideographic space
    case 0x3164: // Hangul filler
    case 0xfeff: // BOM / zero-width no-break space
    case 0xffa0: // half-width Hangul filler
      return true;
    default:
      return (
        (code >= 0x2000 && code <= 0x200f) || // spaces, zero-width space and joiners, LRM/RLM
        (code >= 0x2028 && code <= 0x202f) || // line/paragraph separators, bidi embeddings, narrow NBSP
        (code >= 0x205f && code <= 0x206f) || // math space, word joiner, invisible operators, bidi isolates
        (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
        (code >= 0xfff9 && code <= 0xfffb) // interlinear annotation
      );
  }
}

/** A plain number: optional sign, digits with an optional decimal point, optional exponent. */
export const plainNumberPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether a spreadsheet could evaluate this cell (its value, unquoted): a trigger as the first character, or
 * after leading invisible characters, unless the whole cell is a plain number (`-12.5`, `+3`, `-1e5` stay
 * numbers).
 *
 * @example
 * ```ts
 * isFormulaCell('=1+2'); // true
 * isFormulaCell('\u200B=1+2'); // true
 * isFormulaCell('-12.5'); // false
 * ```
 */
export function isFormulaCell(value: string): boolean {
  if (plainNumberPattern.test(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isFormulaTrigger(code)) return true;
    if (!isInvisible(code)) return false;
  }
  return false;
}

// The characters behind the formula rule (see formulaCell.ts), apart from it: the export engine's streaming scanner
// needs only these, and the engine is fetched on demand. A module it shared with the package root's import graph
// would be put by esbuild into a chunk every page loads at once, export or not (see downloadAuditCsvOnDemand.ts).

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
 * Unicode's own sets of characters a reader does not see or a spreadsheet may skip: white space, controls,
 * format characters (zero-width space and joiners, bidi marks, BOM, soft hyphen, invisible operators, the tag
 * characters U+E0000–U+E007F) and every default-ignorable code point (variation selectors, Hangul fillers), plus
 * the Braille blank, which draws nothing either. Unicode's properties rather than a hand list, so a character
 * we did not think of is covered when Unicode says it is invisible.
 */
const invisiblePattern = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]$/u;

/**
 * Whether a character (a code point; astral ones such as the tag characters whole, not as surrogates) is one a
 * reader does not see before a cell's first visible character. A trigger after any run of these still counts.
 */
export function isInvisible(code: number): boolean {
  // ASCII answered without the regular expression: this runs on the first character of every exported cell.
  if (code < 0x80) return code <= 0x20 || code === 0x7f;
  return invisiblePattern.test(String.fromCodePoint(code));
}

import { COMMA, CR, LF, QUOTE, unquotedFieldEnd } from './csvSyntax.ts';

/** `quoteAt` when the next quote has not been looked for yet. */
export const quoteNotSought = -2;

const needsQuotes = /[,\r\n]/g;

/**
 * Where the comma-separated record starting at `from` ends (the index of its CR or LF) when it lies whole in
 * `text` and the rewriter would write it exactly as it is: every field unquoted with no quote in it and no space
 * at either end, or quoted because it must be (a quote, comma or line break in it, or a space at an end) with
 * nothing after its closing quote. Else -1, and the record is read field by field. Most records of an export are
 * such, and copying them saves splitting each into fields and joining them again (bench/README.md).
 *
 * `quoteAt` is the index of the next quote at or after where the caller last looked (-1: none left in `text`),
 * or `quoteNotSought`; it is returned updated, so that the search for quotes in unquoted fields goes over a
 * chunk once, not once a record.
 */
export function verbatimRecordEnd(
  text: string,
  from: number,
  quoteAt: number,
): { end: number; quoteAt: number } {
  let index = from;
  for (;;) {
    if (quoteAt === quoteNotSought || (quoteAt >= 0 && quoteAt < index)) quoteAt = text.indexOf('"', index);
    if (text.charCodeAt(index) === QUOTE) {
      // A quoted field: it ends at the first quote that is not doubled.
      let close = index + 1;
      let doubled = false;
      for (;;) {
        close = text.indexOf('"', close);
        // The text ends inside the field. (After a quote it ends on, the record has no line break here: -1 below.)
        if (close < 0) return { end: -1, quoteAt };
        if (text.charCodeAt(close + 1) !== QUOTE) break;
        doubled = true;
        close += 2;
      }
      needsQuotes.lastIndex = index + 1;
      const special = needsQuotes.test(text) && needsQuotes.lastIndex - 1 < close;
      const edgeSpace = text.charCodeAt(index + 1) === 32 || text.charCodeAt(close - 1) === 32;
      // Quotes the value does not need (`""` included): the rewriter writes it without them.
      if (!(doubled || special || edgeSpace)) return { end: -1, quoteAt };
      index = close + 1;
      quoteAt = quoteNotSought;
    } else {
      const end = unquotedFieldEnd(text, index);
      if (end < 0) return { end: -1, quoteAt };
      // A quote inside (malformed CSV) or a space at either end: the rewriter quotes the field.
      const quoted = quoteAt >= 0 && quoteAt < end;
      const edgeSpace = end > index && (text.charCodeAt(index) === 32 || text.charCodeAt(end - 1) === 32);
      if (quoted || edgeSpace) return { end: -1, quoteAt };
      index = end;
    }
    const code = text.charCodeAt(index);
    if (code === CR || code === LF) return { end: index, quoteAt };
    // Text after a closing quote (malformed), or the record goes on past the text.
    if (code !== COMMA) return { end: -1, quoteAt };
    index++;
  }
}

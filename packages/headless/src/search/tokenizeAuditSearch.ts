import { searchFieldNameSource } from '../url/columnNamePattern.ts';

/** One whitespace-separated piece of search text, before its meaning is known. */
export interface AuditSearchToken {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
  /**
   * The name before the first `:` or `：` (when the piece starts with a field name), or the name in quotes before
   * `":` (`"Risk score":high`), unescaped.
   */
  readonly field?: string | undefined;
  /**
   * The field name was written in quotes (`"user":x`): a column's exact name, never an alias or a display name
   * (see `resolveTokenField`).
   */
  readonly quoted?: boolean | undefined;
  /** The text after `field:` or, for free text, after the `-`. */
  readonly body: string;
  /**
   * The piece as it reads with straight quotes, set only when it holds look-alike ones outside straight quotes
   * (`actor:“Ada Lovelace”` → `actor:"Ada Lovelace"`): each run in `“…”`, `„…“`, `«…»`, `»…«`, `”…”`, `＂…＂`,
   * `「…」` or `『…』`, without
   * the spaces inside its marks (French `« Créer »`), written in straight quotes, escaped. A mark opens a run where
   * a word or a value starts; one that nothing closes later runs to the end of its piece.
   */
  readonly straightened?: string | undefined;
  /** The field name ends in a full-width colon (`severity：high`, as a Japanese input method types it). */
  readonly wideColon?: boolean | undefined;
}

// Field names in any script (`País:ES`), by the same rule as URL keys and views, so a name typed here
// survives a link.
// A full-width `：` (U+FF1A, what a Japanese input method types) reads as one too, so the parser can say so.
const fieldPrefix = new RegExp(`^(${searchFieldNameSource})([:：])`, 'u');
/**
 * A field's name and a comparison with no `:` between them (`created>=2026-11-01`, `time>today`), as query languages
 * such as Kibana's write one: the name and the operator. No field term to the tokenizer (the parser marks it when the
 * name is a field's, offering the term with its `:`); a free-text word of this shape is written in quotes. An arrow
 * is no comparison (`user->admin`, `a<-b`, `a<=>b`, `a<>b`): the name ends in a letter, mark or digit, not in the
 * `-`, `_` or `.` it may hold (`user-` read as `user`), and the operator is followed by none of `-<>=`.
 */
export const comparisonWithoutColon = new RegExp(
  `^(${searchFieldNameSource})(?<![-_.])(>=|<=|>|<)(?![-<>=])`,
  'u',
);
// Any name in quotes (`"Risk score":high`, `"2fa":x`, `"geo:country":x`, `"user":x`), escaped as a quoted value
// is: the one way to write a filter on a column whose name the bare form cannot hold, or would read as another
// field's alias, so it reads back as that column's field by its exact name (or, while no such field is known, as
// an unknown field with a problem) and never as free text. Each part takes characters the others cannot, so it
// stays linear.
const quotedFieldPrefix = /^"((?:\\["\\]|\\(?!["\\])|[^"\\])+)"([:：])/u;
// `\u{a}`: a character by its code point (hex), how a line break is written. A search box is a one-line input,
// which drops line breaks from its value, so a value holding one could not be shown as typed otherwise; `\n` is not
// the escape, as it already reads as typed (`actor:"CORP\nina"`, a Windows account).
const codePointEscape = /\\u\{([0-9a-fA-F]{1,6})\}/y;
/** The character of a `\u{…}` escape at `index`, and the escape's length; `undefined` where there is none. */
const codePointAt = (text: string, index: number): [string, number] | undefined => {
  codePointEscape.lastIndex = index;
  const match = codePointEscape.exec(text);
  const code = match ? Number.parseInt(match[1]!, 16) : Number.NaN;
  return code <= 0x10ffff ? [String.fromCodePoint(code), match![0].length] : undefined;
};
const unescape = (text: string) => {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text[index] === '\\' ? codePointAt(text, index) : undefined;
    if (code) {
      out += code[0];
      index += code[1] - 1;
    } else if (escapes(text, index)) out += text[++index];
    else out += text[index];
  }
  return out;
};
const bareFieldName = new RegExp(`^${searchFieldNameSource}$`, 'u');
const space = /\s/;

// Inside quotes `\"` and `\\` are escapes (and `\u{hex}`, read by the value reader: it holds no `"`); a backslash
// before anything else is itself, so a Windows account (`actor:"CORP\ada"`) or a path reads as typed. The tokenizer
// and the value reader apply the same rule, so both end a quoted run at the same `"`.
const escapes = (text: string, index: number) =>
  text[index] === '\\' && (text[index + 1] === '"' || text[index + 1] === '\\');

// Quotes pasted from documents, chat or tickets (or typed by an input method) look like `"` and are meant as it:
// read as letters they split `actor:“Ada Lovelace”` into the value `“Ada` and the text `Lovelace”`, without a word.
// Outside straight quotes, an opening one runs to a closing one of its pair, so the piece stays whole and the
// parser can offer it with straight quotes. One that no mark of its pair closes later takes its own piece only
// (to the next space): run to the end, a stray mark took every term after it out of the search. German and Danish
// quote »so«, Swedish and Finnish ”so”, Japanese 「so」 and 『so』. Single quotes (‘…’) are not among them: their
// closing mark is the apostrophe of `O’Brien`. A Map: the key is data.
const lookAlikeQuotes = new Map([
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['»', '«'],
  ['”', '”'],
  ['＂', '＂'],
  ['「', '」'],
  ['『', '』'],
]);
// A bare word or value holding a mark that can open a look-alike quote would read back as one: it is quoted.
const opensLookAlike = /[“„«»”＂「『]/;
const lookAlikeClosers = [...new Set([...lookAlikeQuotes.values()].join(''))];
// A mark opens where a value or a word starts (`“a b”`, `actor:“a`, `a,“b`, `-“a`); after a letter it closes one
// (`a»`) or belongs to the word, and is a letter like any other.
const opensHere = (text: string, index: number, start: number) =>
  index === start || ':：,-'.includes(text[index - 1]!);

/**
 * Splits search text on whitespace outside double quotes (`\"` and `\\` escape inside them, a `\` before anything
 * else is kept; an unclosed quote runs to the end) and outside look-alike quotes that close (`“…”`, `„…“`, `«…»`,
 * `»…«`, `”…”`, `＂…＂`, `「…」`, `『…』`; see `straightened`). A piece starting with a field name and `:` (or an input method's `：`, see
 * `wideColon`), bare (`actor:`) or quoted (`"Risk score":`), is a field term. Linear in the input and never
 * throws, whatever it holds.
 */
export function tokenizeAuditSearch(text: string): AuditSearchToken[] {
  const source = typeof text === 'string' ? text : '';
  // Where each closing mark last stands, read once: whether a mark is closed later is then one look-up.
  const lastAt = new Map(lookAlikeClosers.map((closer) => [closer, source.lastIndexOf(closer)]));
  const tokens: AuditSearchToken[] = [];
  let index = 0;
  while (index < source.length) {
    while (index < source.length && space.test(source[index]!)) index++;
    if (index >= source.length) break;
    const start = index;
    let inQuotes = false;
    // Inside a look-alike quote: the marks that close it (none for one never closed, which ends with the piece);
    // `straight` is the piece so far with straight quotes.
    let closers: string | undefined;
    let straight = '';
    let run = '';
    let lookAlike = false;
    while (
      index < source.length &&
      (inQuotes || (closers !== undefined && closers !== '') || !space.test(source[index]!))
    ) {
      const char = source[index]!;
      if (closers !== undefined) {
        if (closers.includes(char)) {
          straight += quoted(run.trim());
          closers = undefined;
          run = '';
        } else run += char;
      } else if (inQuotes && escapes(source, index)) {
        straight += char + source[index + 1]!;
        index++;
      } else if (char === '"') {
        inQuotes = !inQuotes;
        straight += char;
      } else if (!inQuotes && lookAlikeQuotes.has(char) && opensHere(source, index, start)) {
        const pair = lookAlikeQuotes.get(char)!;
        closers = [...pair].some((closer) => (lastAt.get(closer) ?? -1) > index) ? pair : '';
        lookAlike = true;
      } else straight += char;
      index++;
    }
    if (closers !== undefined) straight += quoted(run.trim());
    const end = Math.min(index, source.length);
    const raw = source.slice(start, end);
    const negated = raw.length > 1 && raw.startsWith('-');
    const rest = negated ? raw.slice(1) : raw;
    const field = fieldPrefix.exec(rest);
    const quotedField = field ? null : quotedFieldPrefix.exec(rest);
    const marks = {
      ...(lookAlike && { straightened: straight }),
      ...((field ?? quotedField)?.[2] === '：' && { wideColon: true }),
    };
    tokens.push(
      field
        ? { raw, start, end, negated, field: field[1]!, body: rest.slice(field[0].length), ...marks }
        : quotedField
          ? {
              raw,
              start,
              end,
              negated,
              field: unescape(quotedField[1]!),
              quoted: true,
              body: rest.slice(quotedField[0].length),
              ...marks,
            }
          : { raw, start, end, negated, body: rest, ...marks },
    );
  }
  return tokens;
}

/** The bare words that read as operators elsewhere (`NOT`, `OR`, `AND`): the search language has none. */
export const booleanWords: ReadonlySet<string> = new Set(['NOT', 'OR', 'AND']);

/**
 * Whether a piece has a grouping parenthesis stuck to it, outside quotes: one it starts with (`(actor:a`, after a
 * `-` or a field's `:` too: `actor:(a,b)`), or a `)` it ends with that closes none it opened (`actor:b)`), as in
 * `(actor:a OR actor:b)`. A value holding balanced ones (`getUser()`, `f(x)`) is a value.
 */
export function groupingParenthesis(token: AuditSearchToken): boolean {
  const rest = token.negated ? token.raw.slice(1) : token.raw;
  if (rest.startsWith('(') || (token.field !== undefined && token.body.startsWith('('))) return true;
  let depth = 0;
  let quoted = false;
  for (let index = 0; index < rest.length; index++) {
    const char = rest[index]!;
    if (quoted && escapes(rest, index)) index++;
    else if (char === '"') quoted = !quoted;
    else if (!quoted && char === '(') depth++;
    else if (!quoted && char === ')') depth--;
  }
  return !quoted && rest.endsWith(')') && depth < 0;
}

/**
 * The values of a term body: split on commas outside quotes, each unquoted (quoted parts are taken literally
 * after unescaping `\"`, `\\` and `\u{hex}`; bare parts as typed).
 */
export function splitSearchValues(body: string, splitOnComma = true): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    const code = quoted && char === '\\' ? codePointAt(body, index) : undefined;
    if (code) {
      current += code[0];
      index += code[1] - 1;
    } else if (quoted && escapes(body, index)) current += body[++index];
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted && splitOnComma) {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values;
}

/**
 * Which values of a term body (as `splitSearchValues` splits it) start with a bare `-` (`actor:-bob`,
 * `a,-b`), which reads as leaving the value out; a quoted `"-bob"` is the value itself.
 */
export function bareDashValues(body: string): boolean[] {
  const dashes = [body[0] === '-'];
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (quoted && escapes(body, index)) index++;
    else if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) dashes.push(body[index + 1] === '-');
  }
  return dashes;
}

/**
 * Text in quotes, escaped to read back as it is: `"` always, `\` only where it would otherwise escape (before `"`,
 * `\`, a line break or `u{hex}`, or last, before the closing quote), so `CORP\ada` is written as typed; a line break
 * as `\u{a}` (`\u{d}`), as a one-line input would drop it.
 */
const quoted = (text: string) =>
  `"${text.replace(/"|\\(?=["\\\r\n]|u\{[0-9a-fA-F]{1,6}\}|$)|\r|\n/g, (char) =>
    char === '\n' ? '\\u{a}' : char === '\r' ? '\\u{d}' : `\\${char}`,
  )}"`;

/**
 * A free-text word as it must be written to stay free text (not a field term, a comparison without its `:`, a
 * negation, an operator word or a grouping parenthesis).
 */
export function quoteSearchWord(word: string): string {
  if (
    word !== '' &&
    !/[\s"\\]/.test(word) &&
    !opensLookAlike.test(word) &&
    !/^[-(]|\)$/.test(word) &&
    !fieldPrefix.test(word) &&
    !comparisonWithoutColon.test(word) &&
    !booleanWords.has(word)
  )
    return word;
  return quoted(word);
}

/**
 * A field name as it must be written to read back as that name: bare when it is a field name (`actor`) and not
 * `alwaysQuote`, else in quotes with `\` escapes (`"Risk score"`, `"2fa"`, `"user"`), which the tokenizer reads
 * as a field name too, and the parser as a column's exact name.
 */
export function quoteSearchFieldName(name: string, alwaysQuote = false): string {
  return bareFieldName.test(name) && !alwaysQuote ? name : quoted(name);
}

/** A value as it must be written to read back the same: bare when safe, else quoted with `\` escapes. */
export function quoteSearchValue(value: string, alsoQuote?: RegExp): string {
  // Not a parenthesis at either end either: bare, it would read as grouping terms (see groupingParenthesis).
  const bare =
    value !== '' &&
    !/[\s",\\]/.test(value) &&
    !opensLookAlike.test(value) &&
    !/^[<>=(-]|\)$/.test(value) &&
    !value.includes('..');
  if (bare && !(alsoQuote && alsoQuote.test(value))) return value;
  return quoted(value);
}

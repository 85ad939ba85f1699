/** Longest encoded name kept, and longest header value: a request can send thousands of names. */
const MAX_NAME = 150;
const MAX_VALUE = 500;

/**
 * The value of `x-mock-ignored-parameters`: the names lenient mode ignored, each percent-encoded as
 * `encodeURIComponent` does, joined by `, `. A query parameter's name can hold any character (`€`, a space, NUL,
 * CR) while a header value cannot, and setting one that holds such a character throws: the encoding keeps the
 * answer a 200, and keeps the list unambiguous (a comma in a name is `%2C`). A long name is cut at a character
 * boundary and names past 500 characters are left out, so the header stays small whatever the request sends.
 */
export function ignoredParametersHeader(names: readonly string[]): string {
  let value = '';
  for (const name of names) {
    const encoded = encodedName(name);
    const next = value ? `${value}, ${encoded}` : encoded;
    if (next.length > MAX_VALUE) break;
    value = next;
  }
  return value;
}

function encodedName(name: string): string {
  let encoded = '';
  // By code point, so a cut never splits an escape or a surrogate pair. Names come from `URLSearchParams`, which
  // decodes as UTF-8 with replacement, so they hold no lone surrogate (the one thing this encoding refuses).
  for (const char of name) {
    const escaped = encodeURIComponent(char);
    if (encoded.length + escaped.length > MAX_NAME) break;
    encoded += escaped;
  }
  return encoded;
}

/**
 * Whether a `Content-Type` header names JSON: the media type `application/json` in any case, with or without
 * parameters (`; charset=utf-8`). Nothing else, `+json` types and `application/json-seq` included: a JSON body
 * parser (Express's, which Frontegg's services sit behind, or the mock's) reads this type only, and
 * `@frontegg/rest-api` always sends it with a body.
 *
 * @example
 * isJsonMediaType('application/json; charset=utf-8'); // true
 * isJsonMediaType('text/plain;charset=UTF-8'); // false: what fetch sends for a string body without a type
 */
export function isJsonMediaType(contentType: string | null | undefined): boolean {
  return /^application\/json[\t ]*(?:;|$)/i.test((contentType ?? '').trim());
}

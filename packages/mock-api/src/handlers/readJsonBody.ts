import { apiError } from './apiError.ts';
import { isJsonMediaType } from './isJsonMediaType.ts';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The deepest nesting of objects and arrays accepted in a body, the body object itself counting as level 1.
 *
 * 256: far deeper than any real audit payload (a `json` of before/after values nests a handful of levels), and far
 * shallower than where recursive JSON code runs out of stack. V8's `JSON.stringify` overflows at about 5,000
 * levels with Node's default stack and below 500 with a tenth of it (a worker, a deep call chain); a 64 KiB body
 * can nest over 30,000 levels. Every stored event is re-serialised for lists and exports, and read by clients
 * that recurse too (their JSON parsing, printing and rendering), so the line is drawn here, at the door, with a
 * 400 that says why, instead of as a 500 on every later request that touches the event.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Refuses, with a 400 naming `content-type`, a request whose body is not declared `application/json` (parameters
 * such as `charset` allowed). Every body the document describes is JSON, and a text body read as JSON anyway let
 * `fetch(url, { body: JSON.stringify(x) })` without a type pass here while a real JSON parser ignores it.
 */
export function assertJsonMediaType(request: Request): void {
  const given = request.headers.get('content-type');
  if (isJsonMediaType(given)) return;
  throw apiError(
    400,
    `content-type: the body must be sent as application/json (got ${given === null ? 'no content-type' : JSON.stringify(given.slice(0, 100))})`,
  );
}

/**
 * Reads a JSON object body: 400 when it is not declared `application/json` ({@link assertJsonMediaType}), 413 over
 * 64 KiB, 400 when it is not a JSON object or nests objects and arrays deeper than {@link MAX_JSON_DEPTH} levels.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  assertJsonMediaType(request);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw apiError(413, `body must be at most ${MAX_BODY_BYTES} bytes`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw apiError(413, `body must be at most ${MAX_BODY_BYTES} bytes`);
  const text = new TextDecoder().decode(bytes);
  // Before parsing: a parser that recurses (some engines' JSON.parse) must never see the deep text either.
  if (exceedsDepth(text, MAX_JSON_DEPTH)) {
    throw apiError(
      400,
      `body must not nest objects and arrays more than ${MAX_JSON_DEPTH} levels deep (the body itself is level 1)`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw apiError(400, 'body must be valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw apiError(400, 'body must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * Whether JSON text opens more than `limit` objects and arrays inside one another: one pass, no recursion,
 * brackets inside strings skipped. Text that is not JSON gets an answer too; the parser then judges it.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

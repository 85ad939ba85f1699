import { apiError } from './apiError.ts';

/** The largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a JSON object body: 413 over 64 KiB, 400 when it is not a JSON object. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw apiError(413, `body must be at most ${MAX_BODY_BYTES} bytes`);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw apiError(413, `body must be at most ${MAX_BODY_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw apiError(400, 'body must be valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw apiError(400, 'body must be a JSON object');
  return value as Record<string, unknown>;
}

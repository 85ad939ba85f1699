import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '../handlers/readJsonBody.ts';

/** Thrown when a request body is larger than the mock ever reads. */
export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * Thrown when the request-target cannot become a web `Request` URL: Node's parser lets through targets the URL
 * standard refuses (`//a@/`, `http://[::1`, a port past 65535) and absolute ones with credentials, which `Request`
 * refuses. The caller's mistake, so a 400, never the server's last-resort 500.
 */
export class BadRequestTargetError extends Error {
  override name = 'BadRequestTargetError';
}

/**
 * A web `Request` from a Node request. The body is read whole, capped one byte past the handlers' 64 KiB limit
 * (so the handler still answers 413 itself for anything between), and never more.
 */
export async function toWebRequest(
  incoming: IncomingMessage,
  origin: string,
  signal?: AbortSignal,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // The caller's address, for `GET /metadata/ipme` (a header the caller sent wins: tests can pose as any address).
  if (!headers.has('x-forwarded-for') && incoming.socket.remoteAddress) {
    headers.set('x-forwarded-for', incoming.socket.remoteAddress.replace(/^::ffff:/, ''));
  }
  // Before the body is read: a request that cannot be answered is not worth reading.
  const url = requestUrl(incoming.url ?? '/', origin);
  const method = incoming.method ?? 'GET';
  let body: Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of incoming as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES + 1)
        throw new BodyTooLargeError(`body must be at most ${MAX_BODY_BYTES} bytes`);
      chunks.push(chunk);
    }
    body = new Uint8Array(Buffer.concat(chunks));
  }
  return new Request(url, {
    method,
    headers,
    ...(signal && { signal }),
    ...(body !== undefined && { body: body as Uint8Array<ArrayBuffer> }),
  });
}

function requestUrl(target: string, origin: string): URL {
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    throw new BadRequestTargetError('The request target is not a valid URL');
  }
  if (url.username !== '' || url.password !== '')
    throw new BadRequestTargetError('The request target must not carry a user name or password');
  return url;
}

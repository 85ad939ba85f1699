import type { ServerResponse } from 'node:http';

/**
 * Writes a web `Response` to a Node response, streaming the body with back-pressure: when `write()` returns
 * false it waits for `drain` before reading the next chunk, so a slow client slows generation instead of filling
 * memory. A client that goes away cancels the body (which stops generation); a body that errors mid-way destroys
 * the socket, so the client sees a broken-off transfer rather than a short file that looks complete.
 */
export async function writeWebResponse(
  response: Response,
  res: ServerResponse,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let closed = false;
  const onClose = () => {
    closed = true;
    reader.cancel().catch(() => {});
  };
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || closed) break;
      if (!res.write(value)) await drainOrClose(res);
      // When the kernel takes every write at once, reads and writes chain as microtasks only and would starve
      // every other connection, timer and signal of the server: yield once per chunk.
      else await new Promise((resolve) => setImmediate(resolve));
    }
    if (!closed) res.end();
  } catch {
    // Flush what was already written, then close the socket without the final chunk: the client gets every row
    // sent so far and then an error, never a clean end. (`res.destroy()` would drop the unflushed rows.)
    if (res.socket) res.socket.end();
    else res.destroy();
  } finally {
    res.off('close', onClose);
  }
}

/** Resolves on `drain` or `close`, whichever comes first, leaving no listener behind. */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

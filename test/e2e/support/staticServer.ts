// A tiny static server for the built demo: files from `dist`, and `index.html` for every other path so the
// portal's history-API routes (and a reload on them) work the way a real host serves a single-page app.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** A running server: its origin (`http://127.0.0.1:<port>`) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** How the server answers. */
export interface ServeStaticOptions {
  /** The port to listen on. @default 0 (a free one) */
  port?: number;
  /**
   * How long a browser may keep each file, in seconds. Without it every answer says `no-store`, so a test always
   * sees the build as it is on disk. Give it for a build that cannot change while the server runs.
   */
  maxAge?: number;
}

/**
 * Serves `root` on 127.0.0.1.
 *
 * @example
 * const server = await serveStatic('apps/demo/dist');
 * await page.goto(server.url);
 */
export async function serveStatic(
  root: string,
  { port = 0, maxAge }: ServeStaticOptions = {},
): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const candidate = normalize(join(base, pathname));
    // Paths that climb out of the root, and unknown paths, get the app shell.
    const file =
      candidate.startsWith(base) && (await isFile(candidate)) ? candidate : join(base, 'index.html');
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': maxAge === undefined ? 'no-store' : `max-age=${maxAge}`,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

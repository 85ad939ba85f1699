// A static file server on 127.0.0.1 for built bench pages: plain node:http, nothing but loopback, and the
// content types a service worker and module scripts need. It can also pass one path prefix through to the
// standalone mock, so a page reaches the API on its own origin (a cross-origin API with an Authorization header
// would cost a CORS preflight per new URL, which is neither what a proxied embed pays nor what we measure).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The content type a built page's file is served with. @param {string} file */
export const contentTypeOf = (file) => types[extname(file)] ?? 'application/octet-stream';

/**
 * The file of `dir` a URL path names (`/` is `index.html`), or undefined when the path leads out of `dir`.
 *
 * @param {string} dir
 * @param {string} pathname a URL's path, still percent-encoded
 */
export function fileInside(dir, pathname) {
  const path = decodeURIComponent(pathname);
  const file = normalize(join(dir, path === '/' ? 'index.html' : path));
  return file === dir || file.startsWith(dir + sep) ? file : undefined;
}

/**
 * Serves a folder until `close()`.
 *
 * @param {string} dir
 * @param {{ prefix: string, target: string }} [proxy] Requests under `prefix` go to `target` (prefix stripped).
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 * @example
 * const site = await serveStatic(page.outDir); // site.url is http://127.0.0.1:<port>
 * const withApi = await serveStatic(page.outDir, { prefix: '/frontegg', target: mock.url });
 */
export async function serveStatic(dir, proxy) {
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    if (proxy && req.url?.startsWith(`${proxy.prefix}/`)) {
      const target = new URL(req.url.slice(proxy.prefix.length), proxy.target);
      const upstream = request(
        target,
        { method: req.method, headers: { ...req.headers, host: target.host }, agent },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    let file = fileInside(dir, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) file = join(dir, 'index.html');
    res.writeHead(200, {
      'content-type': contentTypeOf(file),
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A static file server for a built site, as any static host would serve it. */
export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** URL of a site path under the base, e.g. url('/report/') */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** Kinds of file a static host compresses on the way out. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.csv', '.txt', '.xml']);

export interface ServeOptions {
  /**
   * Compress text files with gzip (default level) when the browser accepts it, as static hosts serve
   * them: what a reader downloads, and what the page budgets measure. Off by default.
   */
  gzip?: boolean;
}

/**
 * Serves `root` on 127.0.0.1 under `base` (default `/`): directories serve their index.html, unknown
 * paths get 404.html with status 404.
 */
export async function serveStatic(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const relative = pathname.startsWith(base) ? pathname.slice(base.length) : null;
    let file = relative === null ? null : normalize(join(root, relative));
    if (file && !file.startsWith(root)) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (options.gzip && accepts && COMPRESSIBLE.has(extname(file))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + base + path.replace(/^\/+/, ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

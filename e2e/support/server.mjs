// A tiny static file server for dist/ on loopback, used by the e2e tests.
// It serves the site under a sub-path (/course/ftp/) to prove relative asset URLs work,
// and sends the precompressed .br/.gz copies beside a file when the browser accepts
// them, as a static host with `brotli_static`/`gzip_static` does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

import { CONTENT_TYPES as TYPES } from './shared.mjs';

export const SUB_PATH = '/course/ftp/';

/** Starts serving `root` at http://127.0.0.1:<port>/course/ftp/. Resolves to { url, close }. */
/** `DIST_DIR` overrides the served folder (helpers and parallel builds use their own). */
export async function serveDist(root = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist')), headers = {}) {
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: run \`make dist\` (trunk build --release) first`);
  });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const accepts = req.headers['accept-encoding'] ?? '';
      for (const [suffix, encoding] of [['.br', 'br'], ['.gz', 'gzip']]) {
        if (!new RegExp(`\\b${encoding}\\b`).test(accepts)) continue;
        const body = await readFile(file + suffix).catch(() => null);
        if (!body) continue;
        res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'Accept-Encoding', ...headers });
        res.end(body);
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': type, vary: 'Accept-Encoding', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// The bench's static server: several built sites on one loopback port, each
// under its own path (/app/, /counter/), served the way a production host
// would: gzip Content-Encoding (files compressed once, at level 9, as a host
// with precompressed files or a gzip cache sends them), an ETag and
// `Cache-Control: no-cache` (the revalidation README.md asks for), and
// optional extra headers per site (the app gets its Content-Security-Policy).
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

import { CONTENT_TYPES as TYPES } from '../e2e/support/shared.mjs';
// Already-compressed formats are sent as they are.
const INCOMPRESSIBLE = new Set(['.png', '.ico', '.woff2', '.jpg', '.webp']);

async function files(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

/** Loads every file of `root` into memory, with its gzip form. */
async function load(root) {
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: build it first (make bench does)`);
  });
  const table = new Map();
  for (const file of await files(root)) {
    const raw = await readFile(file);
    const ext = extname(file);
    const gz = INCOMPRESSIBLE.has(ext) ? null : gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    table.set('/' + relative(root, file).split('\\').join('/'), {
      raw,
      gz,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`,
    });
  }
  return table;
}

/**
 * Serves `sites` ({ app: { root, headers }, counter: { root } }) at
 * http://127.0.0.1:<port>/<name>/. Resolves to { url(name), sizes(name), close }.
 * `sizes(name)` lists each file's raw and gzip size, as the server holds them.
 */
export async function serveSites(sites) {
  const tables = {};
  for (const [name, site] of Object.entries(sites)) tables[name] = { ...site, files: await load(resolve(site.root)) };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const [, name, ...rest] = url.pathname.split('/');
    const site = tables[name];
    if (!site) return res.writeHead(404).end('not found');
    if (rest.length === 0) return res.writeHead(301, { location: `/${name}/${url.search}` }).end();
    const path = '/' + (decodeURIComponent(rest.join('/')) || 'index.html');
    const file = site.files.get(path);
    if (!file) return res.writeHead(404).end('not found');
    const headers = {
      'content-type': file.type,
      etag: file.etag,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(path === '/index.html' ? site.headers ?? {} : {}),
    };
    if (req.headers['if-none-match'] === file.etag) return res.writeHead(304, headers).end();
    const gzip = file.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gz : file.raw;
    if (gzip) headers['content-encoding'] = 'gzip';
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}/`,
    sizes: (name) => [...tables[name].files].map(([path, f]) => ({ path, raw: f.raw.length, gzip: (f.gz ?? f.raw).length })),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

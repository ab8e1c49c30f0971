// The bench's static server: several built sites on one loopback port, each
// under its own path (/app/, /counter/, …), served the way a production host
// with precompressed files serves them (nginx `brotli_static`/`gzip_static`):
// the `.br` copy when the browser accepts br, else the `.gz` copy when it
// accepts gzip, else the file itself. The copies are the ones `make dist`
// wrote beside each file (`.ci/compress.mjs`), so the bench measures what
// ships; a site without copies (the counter page, the bench-only large page)
// is compressed in memory by the same code at the same settings. Every
// response has an ETag and `Cache-Control: no-cache` (the revalidation
// README.md asks for), and optional extra headers per site (the app gets its
// Content-Security-Policy).
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, relative, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { CONTENT_TYPES as TYPES } from '../e2e/support/shared.mjs';
import { COMPRESSIBLE, brotli, gzip } from '../.ci/compress.mjs';

async function files(root) {
  const out = [];
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out;
}

/**
 * The precompressed copy `file + suffix` if it is there and decodes to `raw`
 * (a copy left from an earlier build would break the page), else null.
 */
async function copy(file, suffix, raw, decode) {
  const body = await readFile(file + suffix).catch(() => null);
  if (!body) return null;
  try {
    if (decode(body).equals(raw)) return body;
  } catch {}
  console.warn(`bench: ${file}${suffix} is not a copy of ${file} (stale?): compressing it in memory instead`);
  return null;
}

/**
 * Loads every file of `root` into memory with its brotli and gzip forms: the
 * copies beside it, or made here. The copies themselves are not listed.
 */
async function load(root) {
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: build it first (make bench does)`);
  });
  const all = await files(root);
  const present = new Set(all);
  const table = new Map();
  for (const file of all) {
    // `x.wasm.br` is a copy of `x.wasm`, not a file of the site.
    if (/\.(br|gz)$/.test(file) && present.has(file.replace(/\.(br|gz)$/, ''))) continue;
    const raw = await readFile(file);
    const ext = extname(file);
    let br = null, gz = null, precompressed = false;
    if (COMPRESSIBLE.has(ext)) {
      br = await copy(file, '.br', raw, brotliDecompressSync);
      gz = await copy(file, '.gz', raw, gunzipSync);
      precompressed = !!(br && gz);
      br ??= brotli(raw, ext);
      gz ??= gzip(raw);
    }
    table.set('/' + relative(root, file).split('\\').join('/'), {
      raw,
      br,
      gz,
      precompressed,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`,
    });
  }
  return table;
}

/** Does an Accept-Encoding header accept `coding` (q=0 refuses it)? */
export function accepts(header, coding) {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';').map((s) => s.trim());
    if (name.toLowerCase() !== coding) return false;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Serves `sites` ({ app: { root, headers }, counter: { root }, … }) at
 * http://127.0.0.1:<port>/<name>/. Resolves to { url(name), sizes(name), log, close }.
 * `sizes(name)` lists each file's raw, gzip and brotli size as the server holds
 * them, and whether the copies came from the site's folder. `log` gets one
 * entry per response: { site, path, encoding, bytes, status, at } (`at`: when
 * the request arrived, epoch milliseconds).
 */
export async function serveSites(sites) {
  const tables = {};
  for (const [name, site] of Object.entries(sites)) tables[name] = { ...site, files: await load(resolve(site.root)) };
  const log = [];
  const server = createServer((req, res) => {
    // When the request arrived, on the clock of the pages' performance.timeOrigin + now().
    const at = performance.timeOrigin + performance.now();
    const url = new URL(req.url, 'http://localhost');
    const [, name, ...rest] = url.pathname.split('/');
    const site = tables[name];
    if (!site) return res.writeHead(404).end('not found');
    if (rest.length === 0) return res.writeHead(301, { location: `/${name}/${url.search}` }).end();
    const path = '/' + (decodeURIComponent(rest.join('/')) || 'index.html');
    const file = site.files.get(path);
    if (!file) {
      log.push({ site: name, path, encoding: null, bytes: 0, status: 404, at });
      return res.writeHead(404).end('not found');
    }
    const headers = {
      'content-type': file.type,
      etag: file.etag,
      'cache-control': 'no-cache',
      vary: 'Accept-Encoding',
      ...(path === '/index.html' ? site.headers ?? {} : {}),
    };
    if (req.headers['if-none-match'] === file.etag) {
      log.push({ site: name, path, encoding: null, bytes: 0, status: 304, at });
      return res.writeHead(304, headers).end();
    }
    const offered = req.headers['accept-encoding'];
    const [encoding, body] = file.br && accepts(offered, 'br') ? ['br', file.br]
      : file.gz && accepts(offered, 'gzip') ? ['gzip', file.gz]
      : ['identity', file.raw];
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    log.push({ site: name, path, encoding, bytes: body.length, status: 200, at });
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}/`,
    sizes: (name) => [...tables[name].files].map(([path, f]) => ({
      path,
      raw: f.raw.length,
      gzip: (f.gz ?? f.raw).length,
      br: (f.br ?? f.raw).length,
      precompressed: f.precompressed,
    })),
    log,
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

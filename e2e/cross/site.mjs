// dist/ served under the same sub-path as the Playwright tests, from a
// temporary copy whose index.html loads hook.js first (console problems and
// download blobs, see there). Nothing else differs from the built site.
import { rmSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { serveDist } from '../support/server.mjs';
import { atExit } from './webdriver.mjs';

const DIST = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));
const HOOK = '__cross-hook.js';

/** Resolves to { url, close() }: the site at http://127.0.0.1:<port>/course/ftp/. */
export async function serveHookedDist() {
  await stat(join(DIST, 'index.html')).catch(() => {
    throw new Error(`${DIST}/index.html is missing: run \`make dist\` (trunk build --release) first`);
  });
  const root = await mkdtemp(join(tmpdir(), 'ftp-basics-cross-'));
  const forget = atExit(() => rmSync(root, { recursive: true, force: true }));
  try {
    await cp(DIST, root, { recursive: true });
    await cp(join(import.meta.dirname, 'hook.js'), join(root, HOOK));
    const html = await readFile(join(root, 'index.html'), 'utf8');
    // Before the app's own scripts: after <meta charset> (trunk's minified
    // output has no <head> tag), or else after <head> or <html>.
    const tag = /<meta charset[^>]*>/i.exec(html) ?? /<head[^>]*>/i.exec(html) ?? /<html[^>]*>/i.exec(html);
    if (!tag) throw new Error('dist/index.html has no <meta charset>, <head> or <html> to put hook.js after');
    const at = tag.index + tag[0].length;
    const hooked = `${html.slice(0, at)}\n<script src="${HOOK}"></script>${html.slice(at)}`;
    await writeFile(join(root, 'index.html'), hooked);
    // The server prefers the precompressed copies beside a file: make them anew.
    await writeFile(join(root, 'index.html.br'), brotliCompressSync(hooked));
    await writeFile(join(root, 'index.html.gz'), gzipSync(hooked));
    const server = await serveDist(root);
    return {
      url: server.url,
      close: async () => {
        await server.close();
        await rm(root, { recursive: true, force: true });
        forget();
      },
    };
  } catch (e) {
    await rm(root, { recursive: true, force: true });
    forget();
    throw e;
  }
}

// Writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file
// of a built site, so a static host can send them as they are (nginx
// `gzip_static`/`brotli_static`, Apache MultiViews or rewrite rules, Netlify
// and most CDNs) instead of compressing on every request, or not at all.
// Usage: node .ci/compress.mjs dist
import { readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** What is worth compressing: text and wasm. Images such as PNG are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.wasm', '.json', '.txt', '.xml', '.map', '.webmanifest']);
const TEXT = new Set([...COMPRESSIBLE].filter((e) => e !== '.wasm'));

export function brotli(raw, ext) {
  return brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: TEXT.has(ext) ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
}

export function gzip(raw) {
  return gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
}

async function main(root) {
  if (!root) throw new Error('usage: node .ci/compress.mjs DIR');
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
  // Copies left by an earlier run (their source may be gone) are made anew.
  await Promise.all(files.filter((f) => /\.(br|gz)$/.test(f)).map((f) => rm(f)));
  let raw = 0, br = 0, gz = 0, n = 0;
  for (const file of files) {
    const ext = extname(file);
    if (!COMPRESSIBLE.has(ext)) continue;
    const body = await readFile(file);
    const b = brotli(body, ext), g = gzip(body);
    await writeFile(`${file}.br`, b);
    await writeFile(`${file}.gz`, g);
    raw += body.length; br += b.length; gz += g.length; n += 1;
  }
  const kib = (x) => `${(x / 1024).toFixed(1)} KiB`;
  console.log(`compressed ${n} files in ${root}: ${kib(raw)} raw, ${kib(gz)} gzip, ${kib(br)} brotli`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main(process.argv[2]);
}

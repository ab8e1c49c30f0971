// dist/ as a host receives it: a brotli and a gzip copy beside every text and
// wasm file, each decompressing to the file itself, and the browser getting
// the compressed copies from a host that serves them as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSIBLE } from '../../.ci/compress.mjs';
import { useSite } from '../support/site.mjs';
import { newPage } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

const DIST = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));
const site = useSite();

async function distFiles() {
  const entries = await readdir(DIST, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

test('every text and wasm file of dist/ has .br and .gz copies with the same bytes', async () => {
  const files = await distFiles();
  const sources = files.filter((f) => !/\.(br|gz)$/.test(f));
  const compressible = sources.filter((f) => COMPRESSIBLE.has(extname(f)));
  assert.ok(compressible.some((f) => f.endsWith('.wasm')), 'dist/ has a .wasm');
  assert.ok(compressible.some((f) => f.endsWith('index.html')), 'dist/ has index.html');
  for (const f of compressible) {
    const raw = await readFile(f);
    assert.deepEqual(brotliDecompressSync(await readFile(`${f}.br`)), raw, `${f}.br`);
    assert.deepEqual(gunzipSync(await readFile(`${f}.gz`)), raw, `${f}.gz`);
  }
  // No copy without its source, and none of a file that is not worth compressing.
  for (const f of files.filter((f) => /\.(br|gz)$/.test(f))) {
    const source = f.replace(/\.(br|gz)$/, '');
    assert.ok(compressible.includes(source), `${f} belongs to a compressible file of dist/`);
  }
});

test('the lesson loads from the compressed copies', async () => {
  const page = await newPage(site.browser);
  const encodings = new Map();
  page.on('response', (r) => encodings.set(new URL(r.url()).pathname.split('/').pop(), r.headers()['content-encoding']));
  const lesson = new TutorialPage(page, site.server.url);
  await lesson.open();
  await lesson.stepForward();
  assert.equal((await lesson.position()).pos, 1, 'the lesson steps');
  const wasm = [...encodings].find(([name]) => name.endsWith('.wasm'));
  assert.ok(wasm, 'a .wasm was fetched');
  assert.match(wasm[1] ?? '', /^(br|gzip)$/, 'the wasm came compressed');
  assert.match(encodings.get('') ?? encodings.get('index.html') ?? '', /^(br|gzip)$/, 'the page came compressed');
  assert.deepEqual(page.problems, []);
});

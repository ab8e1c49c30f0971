// Code splitting: the lesson's own code is the main wasm; Try, Compare, the
// FAQ and the Go deeper views (ladder, follow, time-sequence graph, the capture writer) are chunks
// fetched when first shown, named with the build's id. A chunk that does not
// load shows a message and a Retry, never a dead page. Served with the
// README's CSP and CORS header, as a host would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveDist } from '../support/server.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const DIST = resolve(process.env.DIST_DIR ?? resolve(REPO, 'dist'));
const POLICY = execFileSync('bash', [resolve(REPO, '.ci/csp.sh'), '--value'], { encoding: 'utf8' }).trim();
const CHUNK = /^(split|chunk)_.*-[0-9a-f]{12}\.wasm$/;

const site = {};
before(async () => {
  site.server = await serveDist(undefined, { 'content-security-policy': POLICY, 'access-control-allow-origin': '*' });
  site.browser = await launch();
});
after(async () => {
  await site.browser?.close();
  await site.server?.close();
});

/** A page that lists the names of the wasm and loader files it fetched. */
async function open(query = '', { block } = {}) {
  const page = await newPage(site.browser);
  page.fetched = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm') || name.startsWith('__wasm_split')) page.fetched.push(name);
  });
  if (block) await page.route(block.pattern, (route) => (block.on ? route.abort() : route.continue()));
  await page.goto(site.server.url + query);
  return page;
}

/** Console lines of a chunk load that a test aborted on purpose. */
const expectedFailure = (p) => /Failed to load resource|Failed to fetch|wasm_split|split/i.test(p);

test('every chunk in dist/ carries the build id, and the loader names only chunks that exist', async () => {
  const files = await readdir(DIST);
  const chunks = files.filter((f) => CHUNK.test(f));
  const loaders = files.filter((f) => /^__wasm_split-[0-9a-f]{12}\.js$/.test(f));
  assert.ok(chunks.length >= 5, `chunks: ${chunks.join(' ')}`);
  assert.equal(loaders.length, 1, `one loader: ${loaders.join(' ')}`);
  const ids = new Set([...chunks, ...loaders].map((f) => /-([0-9a-f]{12})\./.exec(f)[1]));
  assert.equal(ids.size, 1, 'one build id');
  for (const p of ['try_page', 'compare_page', 'faq_page', 'deeper', 'ladder', 'follow', 'tsg', 'pcap', 'lang_es', 'lang_pt']) {
    assert.ok(chunks.some((c) => c.startsWith(`split_${p}-`)), `a chunk for ${p}`);
  }
});

test('the lesson does not fetch the pages\' chunks, and each page fetches its own', async () => {
  const lesson = await open();
  const t = new TutorialPage(lesson, site.server.url);
  await t.counter.waitFor();
  await t.stepForward();
  assert.equal((await t.position()).pos, 1);
  await lesson.locator('[data-testid=packet-row]').first().waitFor();
  for (const p of ['try_page', 'compare_page', 'faq_page', 'lang_es', 'lang_pt']) {
    assert.ok(!lesson.fetched.some((n) => n.startsWith(`split_${p}-`)), `the lesson fetched ${p}: ${lesson.fetched}`);
  }
  assert.deepEqual(lesson.problems, []);
  await lesson.close();
  for (const [p, ready] of [['try', 'terminal-input'], ['compare', 'compare-counter'], ['faq', 'faq-entry']]) {
    const page = await open(`?page=${p}`);
    await page.getByTestId(ready).first().waitFor();
    assert.ok(page.fetched.some((n) => n.startsWith(`split_${p}_page-`)), `?page=${p}: ${page.fetched}`);
    assert.equal(await page.getByTestId('part-failed').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('a cold load of the default lesson fetches one wasm file; Go deeper comes when scrolled near or when the lesson starts', async () => {
  const page = await open();
  const t = new TutorialPage(page, site.server.url);
  await t.counter.waitFor();
  // Give a late fetch every chance to show up.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  assert.deepEqual(page.fetched.filter((n) => n.endsWith('.wasm')), ['ftp-basics_bg.wasm'], `${page.fetched}`);
  assert.equal(await page.getByTestId('deeper-slot').getAttribute('data-shown'), 'false');
  await page.getByTestId('deeper-slot').scrollIntoViewIfNeeded();
  await page.locator('[data-testid=packet-row]').first().waitFor();
  assert.ok(page.fetched.some((n) => n.startsWith('split_deeper-')), `${page.fetched}`);
  assert.deepEqual(page.problems, []);
  await page.close();

  // A learner who steps gets Go deeper fetched while they watch, before they scroll.
  const started = await open();
  const s = new TutorialPage(started, site.server.url);
  await s.counter.waitFor();
  await s.stepForward();
  await started.locator('[data-testid=packet-row]').first().waitFor({ state: 'attached' });
  assert.ok(started.fetched.some((n) => n.startsWith('split_deeper-')), `${started.fetched}`);
  await started.close();
});

/** Unblocks the FAQ's chunks, clicks Try again and expects the FAQ, cleanly. */
async function retryFaq(page, block) {
  block.on = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByTestId('faq-entry').first().waitFor();
  assert.equal(await page.getByTestId('part-failed').count(), 0);
  assert.deepEqual(page.problems.filter((p) => !expectedFailure(p)), []);
  await page.close();
}

test('a page whose chunk fails keeps its header and navigation, says so, and Retry loads it', async () => {
  const block = { pattern: /split_faq_page-.*\.wasm$/, on: true };
  const page = await open('?page=faq', { block });
  const failed = page.getByTestId('part-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /could not be loaded/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.ok((await page.locator('.page-head nav a').count()) >= 4, 'the navigation is there');
  assert.equal(await page.locator('main').count(), 1, 'one main landmark');
  assert.equal(await page.locator('main [data-testid=part-failed]').count(), 1, 'the message stands in it');
  await screenshot(page, 'split-faq-failed');
  await retryFaq(page, block);
});

test('the FAQ\'s words are a chunk per language, fetched with the page; if they fail, Retry brings them', async () => {
  const pt = await open('?page=faq&lang=pt');
  await pt.getByTestId('faq-entry').first().waitFor();
  assert.ok(pt.fetched.some((n) => n.startsWith('split_faq_pt-')), `${pt.fetched}`);
  assert.ok(!pt.fetched.some((n) => /^split_faq_(en|es)-/.test(n)), `only Portuguese's FAQ: ${pt.fetched}`);
  await pt.close();
  const block = { pattern: /split_faq_en-.*\.wasm$/, on: true };
  const page = await open('?page=faq', { block });
  const failed = page.getByTestId('part-failed');
  await failed.waitFor();
  assert.equal(await page.getByTestId('faq-entry').count(), 0);
  await retryFaq(page, block);
});

test('when Go deeper fails the lesson still steps; Retry loads it; a failed capture writer retries on the next click', async () => {
  const block = { pattern: /split_deeper-.*\.wasm$/, on: true };
  const page = await open('?lang=es', { block });
  const t = new TutorialPage(page, site.server.url);
  await t.counter.waitFor();
  await page.getByTestId('deeper-slot').scrollIntoViewIfNeeded();
  const failed = page.getByTestId('part-failed');
  await failed.waitFor();
  assert.match(await failed.innerText(), /No se ha podido cargar/);
  await t.stepForward();
  assert.equal((await t.position()).pos, 1);
  block.on = false;
  await page.getByRole('button', { name: 'Reintentar' }).click();
  await page.locator('[data-testid=packet-row]').first().waitFor();

  await page.route(/split_pcap-.*\.wasm$/, (route) => route.abort());
  const pcap = page.locator('.deeper button', { hasText: /\.pcap$/ });
  await pcap.click();
  await page.getByTestId('download-failed').waitFor();
  await page.unroute(/split_pcap-.*\.wasm$/);
  const [download] = await Promise.all([page.waitForEvent('download'), pcap.click()]);
  assert.match(download.suggestedFilename(), /\.pcap$/);
  assert.equal(await page.getByTestId('download-failed').count(), 0);
  assert.deepEqual(page.problems.filter((p) => !expectedFailure(p)), []);
  await page.close();
});

test('a Spanish page fetches the Spanish words before its first render; if they fail, it is English with a notice', async () => {
  const page = await open('?lang=es');
  const t = new TutorialPage(page, site.server.url);
  await t.counter.waitFor();
  assert.match(await t.counter.textContent(), /^Paso 0 de \d+$/);
  assert.ok(page.fetched.some((n) => n.startsWith('split_lang_es-')), `${page.fetched}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(page.problems, []);
  await page.close();

  const failed = await open('?lang=es&scenario=passive', { block: { pattern: /split_lang_es-.*\.wasm$/, on: true } });
  const e = new TutorialPage(failed, site.server.url);
  await e.counter.waitFor();
  assert.match(await e.counter.textContent(), /^Step 0 of \d+$/, 'the lesson is there, in English');
  assert.match(await failed.getByTestId('notice').innerText(), /language es could not be loaded/);
  assert.equal(await failed.evaluate(() => document.documentElement.lang), 'en');
  await e.stepForward();
  assert.equal((await e.position()).pos, 1);
  assert.deepEqual(failed.problems.filter((p) => !expectedFailure(p)), []);
  await failed.close();
});


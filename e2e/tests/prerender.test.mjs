// The prerendered first screen (.ci/prerender.mjs): dist/index.html holds the
// default lesson's first screen, shown before any wasm arrives and without
// JavaScript, never for another address or language, and replaced by the app
// with no visible jump.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const DIST = resolve(process.env.DIST_DIR ?? resolve(import.meta.dirname, '../../dist'));
const CLS_BUDGET = 0.02;

const site = useSite();

/** A page whose .wasm requests all fail: only index.html's own markup can show. */
async function withoutWasm(options) {
  const page = await newPage(site.browser, options);
  await page.route('**/*.wasm', (route) => route.abort());
  return page;
}

const snapshot = (page) => page.locator('#prerender');

/** What the snapshot shows, read from the page (wasm blocked). */
async function shown(page) {
  const s = snapshot(page);
  const hosts = await s.locator('svg.stage .host').allTextContents();
  const controls = s.locator('.controls button, .controls input, .controls select');
  return {
    h1: (await s.locator('h1').textContent()).trim(),
    hosts: hosts.map((t) => t.replace(/\s+/g, ' ').trim()),
    pageTitle: (await s.locator('.caption-panel h2').textContent()).trim(),
    counter: (await s.locator('.caption-panel .step-counter').textContent()).trim(),
    controls: await controls.count(),
    enabled: await controls.evaluateAll((els) => els.filter((e) => !e.disabled || e.getAttribute('aria-disabled') !== 'true').map((e) => e.outerHTML)),
    notReady: await s.locator('.controls.not-ready').count(),
  };
}

function assertFirstScreen(got) {
  assert.equal(got.h1, 'FTP Basics, animated');
  assert.equal(got.hosts.length, 2, JSON.stringify(got.hosts));
  assert.match(got.hosts[0], /H1.*1\.1\.1\.1/);
  assert.match(got.hosts[1], /S1.*1\.1\.2\.1/);
  assert.match(got.counter, /^Step 0 of \d+$/);
  assert.match(got.pageTitle, /^Page 1 of \d+: \S/);
  assert.ok(got.controls >= 6, `the controls are there (${got.controls})`);
  assert.deepEqual(got.enabled, [], 'every control is disabled and aria-disabled');
  assert.equal(got.notReady, 1, 'the control bar is marked not ready');
}

test('the build wrote the first screen into dist/index.html (no hand-written copy, no testids, no inline style)', async () => {
  const html = await readFile(resolve(DIST, 'index.html'), 'utf8');
  const m = /<div\b[^>]*\bid="?prerender\b"?[^>]*>([\s\S]*?)<\/div>\s*<div\b[^>]*\bid="?boot\b/.exec(html);
  assert.ok(m, 'dist/index.html has <div id="prerender"> before the boot block');
  const inner = m[1];
  assert.match(inner, /^<main id="main">/, 'run `make dist`: trunk build alone leaves #prerender empty');
  for (const part of ['FTP Basics, animated', '1.1.1.1', '1.1.2.1', 'class="controls', 'class="caption-panel', 'class="console-panel']) {
    assert.ok(inner.includes(part), `the snapshot has ${part}`);
  }
  assert.doesNotMatch(inner, /data-testid=/, 'tests and tools find the app, never the snapshot');
  assert.doesNotMatch(inner, /\sstyle=|\son[a-z]+=/, 'nothing the Content-Security-Policy blocks');
  assert.doesNotMatch(inner, /sockets-panel|session-transcript|class="deeper/, 'not what Later renders');
  // What decides whether it shows: a blocking classic script of the site's own, in <head>.
  const head = html.slice(0, html.indexOf('<body'));
  assert.match(head, /<script src="?\.\/first-screen\.js"?><\/script>/);
  assert.ok((await readFile(resolve(DIST, 'first-screen.js'), 'utf8')).includes('prerender-shown'));
});

test('with every .wasm request failing, the default lesson shows its first screen, controls disabled', async () => {
  for (const width of [1280, 390]) {
    const page = await withoutWasm({ viewport: { width, height: width > 600 ? 900 : 844 } });
    await page.goto(site.server.url);
    await snapshot(page).waitFor({ state: 'visible' });
    assertFirstScreen(await shown(page));
    // The first-visit overview, as the app shows it to a first-time visitor.
    assert.ok(await snapshot(page).locator('.overview').isVisible(), 'the overview');
    assert.ok(await page.locator('.boot-wait').isVisible(), '"Loading the lesson…" shows');
    assert.equal(await page.getByTestId('step-counter').count(), 0, 'the app did not start');
    await screenshot(page, `prerender-${width}`);
    await page.context().close();
  }
});

test('if the app never starts, a bar over the snapshot says why, after a few seconds', async () => {
  const page = await withoutWasm();
  await page.goto(site.server.url);
  await snapshot(page).waitFor({ state: 'visible' });
  const bar = page.locator('#boot');
  assert.equal(await bar.evaluate((el) => getComputedStyle(el).position), 'fixed', 'out of the flow');
  const failed = page.locator('.boot-failed').first();
  assert.equal(await failed.isVisible(), false);
  await failed.waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await failed.textContent(), /did not start/);
  assert.ok(await snapshot(page).isVisible(), 'the first screen stays');
  await screenshot(page, 'prerender-failed');
  await page.context().close();
});

test('the snapshot has no axe violations (light and dark)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await withoutWasm({ colorScheme });
    await page.goto(site.server.url);
    await snapshot(page).waitFor({ state: 'visible' });
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(() => window.axe
      .run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'], resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
    assert.deepEqual(violations, [], colorScheme);
    await page.context().close();
  }
});

test('without JavaScript the first screen shows, with the note that the lesson needs it', async () => {
  const page = await newPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.server.url);
  await snapshot(page).waitFor({ state: 'visible' });
  assertFirstScreen(await shown(page));
  assert.ok(await page.locator('.noscript').isVisible(), 'the <noscript> note');
  assert.equal(await page.locator('.boot').isVisible(), false, 'no "Loading…" when nothing will load');
  await screenshot(page, 'prerender-noscript');
  await page.context().close();
});

test('another scenario, page, step or language never shows the snapshot (wasm blocked)', async () => {
  const cases = [
    { query: '?scenario=passive' },
    { query: '?page=faq' },
    { query: '?page=try' },
    { query: '?step=3' },
    { query: '?lang=es' },
    { query: '?embed=1' },
    { query: '?autoplay=1' },
    { query: '?lang=en&lang=es' },
    { query: '', locale: 'es-ES' },
    { query: '?step=0', locale: 'es-AR' },
  ];
  for (const c of cases) {
    const page = await withoutWasm(c.locale ? { locale: c.locale } : {});
    await page.goto(site.server.url + c.query);
    await page.locator('.boot-wait').waitFor({ state: 'visible' });
    assert.equal(await snapshot(page).isVisible(), false, `${c.query} ${c.locale ?? ''}`);
    await page.context().close();
  }
  // What the app shows as the default lesson in English does show it.
  for (const c of [{ query: '?lang=en', locale: 'es-ES' }, { query: '?step=0' }, { query: '?scenario=active' }, { query: '#faq-anchor' }]) {
    const page = await withoutWasm(c.locale ? { locale: c.locale } : {});
    await page.goto(site.server.url + c.query);
    assert.ok(await snapshot(page).isVisible(), `${c.query} ${c.locale ?? ''}`);
    await page.context().close();
  }
});

test('a returning learner: the remembered theme applies at once, the overview they hid stays hidden', async () => {
  const page = await withoutWasm({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('ftp-basics:theme', 'dark');
    localStorage.setItem('ftp-basics:hide-overview', '1');
  });
  await page.goto(site.server.url);
  await snapshot(page).waitFor({ state: 'visible' });
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await snapshot(page).locator('.overview').isVisible(), false);
  await page.context().close();
});

/**
 * Records, in every animation frame until the app has mounted, where each
 * element of the first screen is: the snapshot's (`#prerender main`) or the
 * app's (`body > main`), up to the lesson's `.tutorial` block, keyed by its
 * path from <main>. `window.__frames` gets { tree, rects } per frame.
 */
function recordFrames() {
  window.__frames = [];
  const key = (el, root) => {
    const parts = [];
    for (let e = el; e && e !== root; e = e.parentElement) {
      const cls = (e.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && c !== 'not-ready').join('.');
      parts.push(`${e.localName}${cls ? `.${cls}` : ''}:${[...e.parentElement.children].filter((s) => s.localName === e.localName).indexOf(e)}`);
    }
    return parts.reverse().join('>');
  };
  const frame = () => {
    const snap = document.querySelector('#prerender main');
    const app = document.querySelector('body > main');
    const root = app ?? snap;
    const tree = app ? 'app' : snap && snap.offsetHeight > 0 ? 'snapshot' : 'none';
    const rects = {};
    if (tree !== 'none') {
      const end = root.querySelector(':scope > .tutorial');
      for (const el of root.querySelectorAll('*')) {
        if (end && el !== end && !end.contains(el) && (end.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        rects[key(el, root)] = [r.x, r.y, r.width, r.height];
      }
    }
    window.__frames.push({ tree, rects });
    if (tree !== 'app') requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * A layout-shift score for the swap, computed as Chromium computes CLS for one
 * frame (impact fraction × distance fraction), over the elements both trees
 * have: where they were in the last frame of the snapshot and the first frame
 * of the app. The browser's own layout-shift entries cannot see this jump
 * (the app's nodes are new nodes, not moved ones), so this is the guard; the
 * impact region is over-counted (areas summed, capped at 1), never under.
 */
function swapShift(before, after, vw, vh) {
  let area = 0;
  let distance = 0;
  const moved = [];
  for (const [k, [x0, y0, w0, h0]] of Object.entries(before)) {
    const a = after[k];
    if (!a) continue;
    const [x1, y1, w1, h1] = a;
    const d = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
    if (d < 1 && Math.abs(w1 - w0) < 1 && Math.abs(h1 - h0) < 1) continue;
    moved.push(`${k}: ${[x0, y0, w0, h0].map(Math.round)} → ${[x1, y1, w1, h1].map(Math.round)}`);
    const left = Math.max(0, Math.min(x0, x1));
    const top = Math.max(0, Math.min(y0, y1));
    const right = Math.min(vw, Math.max(x0 + w0, x1 + w1));
    const bottom = Math.min(vh, Math.max(y0 + h0, y1 + h1));
    if (right <= left || bottom <= top) continue; // off screen
    area += (right - left) * (bottom - top);
    distance = Math.max(distance, d);
  }
  const paired = Object.keys(before).filter((k) => after[k]).length;
  return { score: Math.min(1, area / (vw * vh)) * (distance / Math.max(vw, vh)), moved, paired };
}

/**
 * Opens the default lesson with the wasm held back 600 ms (so the snapshot is
 * painted first, as on a real network), with the browser's layout-shift
 * entries summed in window.__cls and every frame's layout recorded, and waits
 * until the app runs and the last `Later` is done. `css` is added to the
 * stylesheet (for the control experiment).
 */
async function liveLoad({ width, height, storage = {}, css = '' }) {
  const page = await newPage(site.browser, { viewport: { width, height } });
  await page.route('**/*.wasm', async (route) => {
    await new Promise((ok) => setTimeout(ok, 600));
    await route.continue();
  });
  if (css) {
    await page.route('**/main.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()) + css });
    });
  }
  await page.addInitScript((storage) => {
    for (const [k, v] of Object.entries(storage)) localStorage.setItem(k, v);
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  }, storage);
  await page.addInitScript(recordFrames);
  const tutorial = new TutorialPage(page, site.server.url);
  await page.goto(site.server.url);
  await tutorial.counter.waitFor();
  await page.getByTestId('session-transcript').waitFor(); // the last `Later`
  await page.getByTestId('deeper-slot').waitFor({ state: 'attached' }); // Go deeper's place (`Near`)
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
  const { cls, frames } = await page.evaluate(() => ({ cls: window.__cls, frames: window.__frames }));
  const lastSnapshot = frames.findLastIndex((f) => f.tree === 'snapshot');
  const firstApp = frames.findIndex((f) => f.tree === 'app');
  const gap = frames.slice(lastSnapshot + 1, firstApp).filter((f) => f.tree === 'none').length;
  const swap = lastSnapshot >= 0 && firstApp > lastSnapshot
    ? swapShift(frames[lastSnapshot].rects, frames[firstApp].rects, width, height)
    : null;
  return { page, tutorial, cls, swap, sawSnapshot: lastSnapshot >= 0, gap };
}

const LOADS = [
  [1280, 900, {}],
  [390, 844, {}],
  [1280, 900, { 'ftp-basics:hide-overview': '1' }],
  [390, 844, { 'ftp-basics:hide-overview': '1' }],
];

test(`the app replaces the snapshot with no visible jump (CLS ≤ ${CLS_BUDGET}) and then works`, async () => {
  const measured = [];
  for (const [width, height, storage] of LOADS) {
    const { page, tutorial, cls, swap, sawSnapshot, gap } = await liveLoad({ width, height, storage });
    const where = `${width}×${height}${storage['ftp-basics:hide-overview'] ? ', overview hidden' : ''}`;
    assert.ok(sawSnapshot, `${where}: a frame showed the snapshot before the app`);
    assert.equal(gap, 0, `${where}: no frame showed neither`);
    assert.ok(swap.paired > 50, `${where}: the trees pair up (${swap.paired} elements)`);
    measured.push(`${where}: swap ${swap.score.toFixed(4)} (${swap.moved.length} of ${swap.paired} elements moved), layout-shift entries ${cls.toFixed(4)}`);
    assert.ok(swap.score <= CLS_BUDGET, `${where}: the swap shifts ${swap.score} > ${CLS_BUDGET}:\n${swap.moved.slice(0, 20).join('\n')}`);
    assert.ok(cls <= CLS_BUDGET, `${where}: CLS ${cls} > ${CLS_BUDGET}`);
    assert.equal(await page.locator('#prerender').count(), 0, 'the snapshot is gone');
    assert.equal(await page.locator('#boot').count(), 0, 'the loading block is gone');
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    if (!storage['ftp-basics:hide-overview']) await screenshot(page, `prerender-live-${width}`);
    // The controls work.
    if (await tutorial.overview.isVisible()) await tutorial.overview.locator('button.primary').click();
    await tutorial.stepForward();
    assert.equal((await tutorial.position()).pos, 1);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
  console.log(`# layout shift: ${measured.join('; ')}`);
});

test('control: the measure sees the jump when the snapshot sits 48 px lower than the app', async () => {
  // main's padding is 16 px: 64 px moves the whole first screen 48 px down (0.0375 at 1280×900).
  const { page, swap } = await liveLoad({ width: 1280, height: 900, css: '#prerender main { padding-top: 64px; }' });
  assert.ok(swap.score > CLS_BUDGET, `a 48 px jump scores ${swap.score}:\n${swap.moved.join("\n")}`);
  await page.context().close();
});

test('the snapshot and the live first screen put the same things in the same places', async () => {
  const PARTS = ['h1', '.picker', '.overview', 'svg.stage', '.controls', '.caption-panel', '.console-panel'];
  const boxes = (page, root) => page.evaluate(({ root, parts }) => Object.fromEntries(parts.map((sel) => {
    const el = document.querySelector(`${root} ${sel}`);
    const r = el?.getBoundingClientRect();
    return [sel, r && { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height), text: el.textContent.replace(/\s+/g, ' ').trim() }];
  })), { root, parts: PARTS });
  for (const width of [1280, 390]) {
    const viewport = { width, height: 900 };
    const before = await withoutWasm({ viewport });
    await before.goto(site.server.url);
    await snapshot(before).waitFor({ state: 'visible' });
    const pre = await boxes(before, '#prerender');
    await before.context().close();
    const live = await newPage(site.browser, { viewport });
    await live.goto(site.server.url);
    await live.getByTestId('step-counter').waitFor();
    const app = await boxes(live, 'body > main');
    await live.context().close();
    for (const sel of PARTS) {
      assert.ok(pre[sel], `${width}px: the snapshot has ${sel}`);
      assert.deepEqual(pre[sel], app[sel], `${width}px: ${sel}`);
    }
  }
});

test('the largest paint is the snapshot\'s: the app swaps itself in after it, so the swap is no later, larger paint', async () => {
  for (let run = 0; run < 3; run++) {
    const page = await newPage(site.browser);
    await page.addInitScript(() => {
      window.__lcp = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.__lcp.push({ t: e.startTime, inSnapshot: !!e.element?.closest('#prerender') });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(site.server.url);
    await new TutorialPage(page, site.server.url).counter.waitFor();
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 500)));
    const lcp = await page.evaluate(() => window.__lcp);
    assert.ok(lcp.length >= 1, 'a largest-contentful-paint entry');
    assert.ok(lcp.every((e) => e.inSnapshot), `every entry is the snapshot's: ${JSON.stringify(lcp)}`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

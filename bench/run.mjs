// `make bench`, the browser half: serves the release dist/ (its .br/.gz
// copies, as a static host sends them), the counter's dist and the bench-only
// large page on loopback, measures them in headless Chromium, runs Lighthouse,
// reads the native model benchmark's result lines, writes bench/RESULTS.md,
// prints the table and exits 1 when a budget is broken.
//
//   node bench/run.mjs                       after make bench's builds
//   BENCH_ONLY=transfer,load node bench/run.mjs   a subset (RESULTS.md is still written)
//
// BENCH_ONLY ids: transfer, load (one set of cold loads gives both), chunks,
// ondemand, play, large, large10, memory, lighthouse, native.
//
// Environment: APP_DIST, COUNTER_DIST, LARGE_DIST (folders to serve), NATIVE_LOG
// (the output of `cargo bench -p ftp-sim`), CHROMIUM, BENCH_LARGE_SCENARIO,
// BENCH_LARGE_MIB (the size of the bench-only session, 10), BENCH_RESULTS
// (where to write RESULTS.md).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveSites } from './server.mjs';

/** The scenario of the 1 MiB stepping benchmark: a 1 MiB file fetched in active mode. */
const LARGE_SCENARIO = process.env.BENCH_LARGE_SCENARIO ?? 'large';
/** The size of the session on the bench-only page (bench/large), in MiB. */
const LARGE_MIB = Number(process.env.BENCH_LARGE_MIB ?? 10);

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '..');
const APP_DIST = resolve(process.env.APP_DIST ?? `${ROOT}/dist`);
const COUNTER_DIST = resolve(process.env.COUNTER_DIST ?? `${HERE}/counter/dist`);
const LARGE_DIST = resolve(process.env.LARGE_DIST ?? `${HERE}/large/dist`);
const NATIVE_LOG = resolve(process.env.NATIVE_LOG ?? `${HERE}/artifacts/cargo-bench.txt`);
const RESULTS = resolve(process.env.BENCH_RESULTS ?? `${HERE}/RESULTS.md`);
const ARTIFACTS = resolve(`${HERE}/artifacts`);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;

// The same flags as the e2e tests.
import { CHROMIUM_FLAGS as FLAGS } from '../e2e/support/shared.mjs';

const LOADS = 9; // cold loads per page for the load-time medians
const OPENS = 3; // cold opens of each on-demand page or view (median)
const STEPS = 100; // Step forward and Step back samples on the large sessions
const SEEKS = 10; // seeks to the end
const PLAY_THROUGHS = 100;
const LIGHTHOUSE_RUNS = 3;

/** Budgets (the issue's; ratios are tutorial / counter page). */
const BUDGET = {
  bytesUntilUsable: 4, // × the counter page's whole load (gzip)
  lcp: 1.0, // × the counter page's LCP
  usable: 1.5, // × the counter page's first render
  open: 300, // ms, each on-demand page or view, cold, on loopback
  frame: 17, // ms, p95 during Play
  step: 16, // ms, p95 of Step forward / back on the large sessions
  seek: 50, // ms, 1 MiB
  memory: 0.05,
  performance: 95,
  cls: 0.02,
  tbt: 150, // ms
  native1: 2, // ms
};

/** The pages the app loads on demand: their query and what shows they are there. */
const PAGES = [
  { id: 'try', query: '?page=try', content: '[data-testid=terminal-input]' },
  { id: 'compare', query: '?page=compare', content: '[data-testid=compare-counter]' },
  { id: 'faq', query: '?page=faq', content: '[data-testid=faq-entry]' },
];
/** The Go deeper views: the tab that shows each (none: the view Go deeper opens on) and its content. */
const VIEWS = [
  { id: 'packet list', tab: null, content: '[data-testid=packet-row]' },
  { id: 'ladder', tab: '#tab-ladder', content: '[data-testid=ladder-arrow]' },
  { id: 'follow stream', tab: '#tab-follow', content: '[data-testid=follow]' },
  { id: 'sequence graph', tab: '#tab-tsg', content: '[data-testid=tsg]' },
];
// ---------------------------------------------------------------- helpers

const median = (xs) => quantile(xs, 0.5);
/** Nearest-rank quantile. */
function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const max = (xs) => (xs.length ? Math.max(...xs) : 0);
const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const say = (...a) => console.log('bench:', ...a);

/** Results: one row per figure; `pass` is true, false, or null (information only). */
const rows = [];
const details = [];
function row(group, what, value, budget, pass, note = '') {
  rows.push({ group, what, value, budget, pass, note });
}
function failed(group, what, budget, err) {
  const msg = String(err?.message ?? err).split('\n')[0];
  say(`${group}: ${what}: ${msg}`);
  row(group, what, 'not measured', budget, false, msg);
}

const INIT = (opts) => {
  // Runs before any page script of every document of the context: long tasks,
  // LCP, the wasm exports, when the app has started and shows its controls
  // (`ready`) and, with opts.probe, when a click on Step forward first moves
  // the lesson (`usable`); with opts.watch, when each of those selectors is
  // first on screen (`seen`) and the frame that shows it (`painted`).
  const bench = (window.__bench = {
    longtasks: [], lcps: [], wasm: null, started: null, ready: null,
    usable: null, probes: 0, seen: {}, painted: {},
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = e.element;
        (bench.lcps ??= []).push({
          time: e.startTime,
          size: e.size,
          element: el ? `${el.localName}${el.dataset?.testid ? `[data-testid=${el.dataset.testid}]` : el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` : '?',
        });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const forward = () => document.querySelector('[data-testid=step-forward]')
    ?? [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Step forward');
  const counterText = () => document.querySelector('[data-testid=step-counter]')?.textContent.trim() ?? null;
  // The app, not a prerendered snapshot: trunk's loader fires this once the
  // wasm module has started (the app mounts in its start function).
  const ready = () => {
    if (bench.started === null) return false;
    if (document.querySelector('[data-testid=counter-button]')) return true;
    const caption = document.querySelector('[data-testid=caption]');
    if (!caption || caption.textContent.trim() === '') return false;
    const f = forward();
    return !!f && !f.disabled && f.getAttribute('aria-disabled') !== 'true';
  };
  // Usable: a click on Step forward moves the step counter. Tried when the
  // controls are ready; an attempt that moves nothing within 50 ms is tried again.
  let pending = null;
  const probe = () => {
    if (!opts?.probe || bench.usable !== null || bench.ready === null || document.querySelector('[data-testid=counter-button]')) return;
    if (!drawn) return;
    if (pending) {
      if (counterText() !== null && counterText() !== pending.before) {
        bench.usable = performance.now();
        bench.usableClick = pending.at;
        pending = null;
        return;
      }
      if (performance.now() - pending.at <= 50) return;
      pending = null; // that click moved nothing: try again now
    }
    if (bench.probes >= 500) return;
    const f = forward();
    if (!f || f.disabled || f.getAttribute('aria-disabled') === 'true' || counterText() === null) return;
    pending = { before: counterText(), at: performance.now() };
    bench.probes++;
    f.click();
    probe();
    queueMicrotask(probe);
    setTimeout(probe, 0);
    setTimeout(probe, 60);
  };
  const watch = (opts?.watch ?? []).filter(Boolean);
  // A learner can click once the controls are on screen: the first click is
  // tried after the frame that shows them has been drawn.
  let drawn = false;
  const look = () => {
    if (bench.ready === null && ready()) {
      bench.ready = performance.now();
      requestAnimationFrame(() => setTimeout(() => { drawn = true; probe(); }, 0));
    }
    if (drawn) probe();
    for (const sel of watch) {
      if (bench.seen[sel] !== undefined) continue;
      const el = document.querySelector(sel);
      if (el && el.getClientRects().length) {
        bench.seen[sel] = performance.now();
        requestAnimationFrame(() => { bench.painted[sel] = performance.now(); });
      }
    }
    const done = bench.ready !== null && (!opts?.probe || bench.usable !== null || document.querySelector('[data-testid=counter-button]'))
      && watch.every((sel) => bench.seen[sel] !== undefined);
    if (done && !opts?.keepWatching) observer.disconnect();
  };
  addEventListener('TrunkApplicationStarted', (e) => {
    bench.wasm = e.detail?.wasm ?? null;
    bench.started = performance.now();
    look();
  });
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // Views opened later (a click) are looked for again on request.
  bench.look = () => { observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true }); look(); };
};

async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A page in a new context (empty cache); `opts` goes to INIT. */
async function newPage(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript(INIT, opts);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.problems = [];
  // Rejects at the first uncaught error (a Rust panic logs its message first).
  page.failed = new Promise((_, fail) => {
    page.on('console', (msg) => {
      // Chromium asks for /favicon.ico of a page without an icon (the counter page): not the page's fault.
      if (msg.type() !== 'error' || msg.location().url.endsWith('/favicon.ico')) return;
      page.problems.push(`${msg.text().split('\n').slice(0, 2).join(' ')} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => {
      page.problems.push(err.message);
      fail(new Error(`the page failed: ${page.problems.join('; ')}`));
    });
  });
  page.failed.catch(() => {});
  return page;
}

/** Waits for `fn` in the page, or the page's first uncaught error. */
async function until(page, fn, arg = null, timeout = 120_000) {
  await Promise.race([page.failed, page.waitForFunction(fn, arg, { timeout })]);
}

/** Opens a tutorial URL and closes the first-visit overview. */
async function openLesson(page, url) {
  await page.goto(url);
  await until(page, () => window.__bench.ready !== null).catch((err) => {
    throw new Error(`the lesson did not become ready (app started: TrunkApplicationStarted, caption, enabled Step forward): ${err.message.split('\n')[0]}`);
  });
  const overview = page.getByTestId('overview');
  if (await overview.isVisible()) await overview.locator('button.primary').click();
}

async function position(page) {
  const text = (await page.getByTestId('step-counter').textContent()).trim();
  const m = /^\S+ (\d+) \S+ (\d+)$/.exec(text);
  if (!m) throw new Error(`unexpected step counter: ${text}`);
  return { pos: Number(m[1]), total: Number(m[2]) };
}

/** The epoch time (ms) of a page's performance.now() value. */
const epochOf = (page, t) => page.evaluate((t) => performance.timeOrigin + t, t);
/** Server responses of `site` between two epoch times. */
const served = (server, site, from, to = Infinity) => server.log.filter((e) => e.site === site && e.at >= from && e.at <= to);

// ------------------------------------------------------ 1. transfer and load

/** Where each chunk was seen loading: path → set of labels (filled by the loads below). */
const chunkLoads = new Map();
function sawChunks(server, site, entries, label) {
  for (const e of entries) if (e.status === 200) {
    if (!chunkLoads.has(e.path)) chunkLoads.set(e.path, new Set());
    chunkLoads.get(e.path).add(label);
  }
}

/**
 * One cold load (fresh context: empty cache) of `site`: until the lesson is
 * usable (the tutorial) or its button is rendered (the counter), then until the
 * network is idle. Times are ms from navigation start; `files` are the
 * server's responses of the load, each marked whether it was requested
 * before the lesson was usable.
 */
async function coldLoad(browser, server, site, { probe = true } = {}) {
  const page = await newPage(browser, { probe });
  const from = performance.timeOrigin + performance.now();
  await page.goto(server.url(site));
  await until(page, (probe) => window.__bench.ready !== null && (!probe || window.__bench.usable !== null || !!document.querySelector('[data-testid=counter-button]')), probe, 60_000)
    .catch(async (err) => {
      const b = await page.evaluate(() => ({ started: window.__bench.started, ready: window.__bench.ready, probes: window.__bench.probes })).catch(() => ({}));
      throw new Error(`${site} did not become usable (app started at ${b.started}, controls ready at ${b.ready}, ${b.probes} clicks on Step forward moved nothing): ${err.message.split('\n')[0]}`);
    });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200); // the last LCP entry
  const m = await page.evaluate(() => {
    const b = window.__bench;
    return {
      started: b.started,
      ready: b.ready,
      usable: b.usable,
      usableClick: b.usableClick ?? null,
      probes: b.probes,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: b.lcps.at(-1) ?? null,
      timeOrigin: performance.timeOrigin,
      resources: [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].map((e) => ({
        path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, encoded: e.encodedBodySize, transfer: e.transferSize,
      })),
    };
  });
  if (page.problems.length) throw new Error(`page errors: ${page.problems.join('; ')}`);
  await page.context().close();
  // The tutorial is usable when the click moved the counter; the counter page when its button is there.
  const usable = m.usable ?? m.ready;
  const usableAt = m.timeOrigin + usable;
  const files = served(server, site, from).map((e) => {
    const res = m.resources.find((r) => r.path.replace(/^\/[^/]+/, '').replace(/^\/?$/, '/index.html') === e.path);
    return { ...e, rel: e.path, start: res?.start ?? e.at - m.timeOrigin, end: res?.end ?? null, beforeUsable: e.at <= usableAt };
  });
  return { ...m, usable, files };
}

/** Sums of a load's response bodies: on the wire, and the gzip and brotli forms of the same files. */
function sums(server, site, files) {
  const sizes = Object.fromEntries(server.sizes(site).map((f) => [f.path, f]));
  const ok = files.filter((f) => f.status === 200);
  return {
    wire: ok.reduce((n, f) => n + f.bytes, 0),
    gzip: ok.reduce((n, f) => n + (sizes[f.rel]?.gzip ?? f.bytes), 0),
    br: ok.reduce((n, f) => n + (sizes[f.rel]?.br ?? f.bytes), 0),
    encodings: [...new Set(ok.map((f) => f.encoding))].join(', '),
    count: ok.length,
  };
}

async function transferAndLoad(browser, server) {
  const app = [];
  const counter = [];
  const appLcp = [];
  for (let i = 0; i < LOADS; i++) {
    // Interleaved, so that noise from the shared machine falls on both alike.
    app.push(await coldLoad(browser, server, 'app'));
    counter.push(await coldLoad(browser, server, 'counter'));
    // LCP from loads where nothing is clicked (the usability click changes the caption).
    if (want('load')) appLcp.push(await coldLoad(browser, server, 'app', { probe: false }));
  }
  const first = app[0];
  sawChunks(server, 'app', first.files.filter((f) => f.beforeUsable), 'default lesson, before usable');
  sawChunks(server, 'app', first.files.filter((f) => !f.beforeUsable), 'default lesson, after usable');
  if (want('transfer')) {
    const until = sums(server, 'app', first.files.filter((f) => f.beforeUsable));
    const whole = sums(server, 'app', first.files);
    const base = sums(server, 'counter', counter[0].files);
    row('transfer', `tutorial until usable (Step forward moves it): ${until.count} responses, on the wire (${until.encodings})`, kib(until.wire), '', null);
    row('transfer', 'counter page, whole load, on the wire', kib(base.wire), '', null);
    const ratio = until.gzip / base.gzip;
    row('transfer', `ratio tutorial until usable / counter whole load, gzip (${kib(until.gzip)} / ${kib(base.gzip)})`, `${fmt(ratio, 2)}×`, `≤ ${BUDGET.bytesUntilUsable}×`, ratio <= BUDGET.bytesUntilUsable);
    row('transfer', `the same, brotli (${kib(until.br)} / ${kib(base.br)})`, `${fmt(until.br / base.br, 2)}×`, '', null);
    row('transfer', `tutorial whole load until the network is idle, gzip / brotli (${whole.count} responses)`, `${kib(whole.gzip)} / ${kib(whole.br)}`, '', null);
    const table = (name, load, site) => {
      const sizes = Object.fromEntries(server.sizes(site).map((f) => [f.path, f]));
      const ms = (x) => (x === null || x === undefined ? '' : fmt(x));
      return [
        `${name} (usable at ${fmt(load.usable)} ms):`,
        '',
        '| file | status | encoding | on the wire | gzip copy | brotli copy | uncompressed | copies | requested at | done at | until usable |',
        '| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |',
        ...load.files.map((f) => {
          const s = sizes[f.rel];
          return `| \`${f.path}\` | ${f.status} | ${f.encoding ?? ''} | ${f.bytes} B | ${s?.gzip ?? '?'} B | ${s?.br ?? '?'} B | ${s?.raw ?? '?'} B | ${s ? (s.precompressed ? 'from dist' : 'made by the server') : ''} | ${ms(f.start)} ms | ${ms(f.end)}${f.end ? ' ms' : ''} | ${f.beforeUsable ? 'yes' : 'no'} |`;
        }),
        '',
      ].join('\n');
    };
    details.push(['Transfer, per file (first cold load)', table('Tutorial', first, 'app') + '\n' + table('Counter page', counter[0], 'counter')]);
  }
  if (want('load')) {
    const a = median(app.map((l) => l.usable));
    const c = median(counter.map((l) => l.ready));
    row('load', `tutorial: navigation → a click on Step forward moves the lesson (median of ${LOADS})`, `${fmt(a)} ms`, '', null);
    row('load', `counter: navigation → button rendered (median of ${LOADS})`, `${fmt(c)} ms`, '', null);
    row('load', 'ratio tutorial usable / counter first render', `${fmt(a / c, 2)}×`, `≤ ${BUDGET.usable}×`, a / c <= BUDGET.usable);
    const al = median(appLcp.map((l) => l.lcp?.time ?? NaN));
    const cl = median(counter.map((l) => l.lcp?.time ?? NaN));
    row('load', `Largest Contentful Paint: tutorial / counter (medians of ${LOADS})`, `${fmt(al)} / ${fmt(cl)} ms`, '', null);
    row('load', 'ratio tutorial LCP / counter LCP', `${fmt(al / cl, 2)}×`, `≤ ${fmt(BUDGET.lcp, 1)}×`, al / cl <= BUDGET.lcp);
    const lcpOf = (l) => (l.lcp ? `${fmt(l.lcp.time)} (${l.lcp.element})` : 'none');
    details.push(['Load samples (ms from navigation start)', [
      `Tutorial, app started (TrunkApplicationStarted): ${app.map((l) => fmt(l.started)).join(', ')} — controls ready: ${app.map((l) => fmt(l.ready)).join(', ')}`,
      `Tutorial usable (a click on Step forward moved the counter; clicks tried: ${app.map((l) => l.probes).join(', ')}): ${app.map((l) => fmt(l.usable)).join(', ')}`,
      `Tutorial first contentful paint: ${app.map((l) => fmt(l.fcp)).join(', ')}`,
      `Tutorial LCP (loads without the click): ${appLcp.map(lcpOf).join(', ')}`,
      `Counter ready: ${counter.map((l) => fmt(l.ready)).join(', ')}`,
      `Counter first contentful paint: ${counter.map((l) => fmt(l.fcp)).join(', ')}`,
      `Counter LCP: ${counter.map(lcpOf).join(', ')}`,
    ].join('\n\n')]);
  }
}

// ------------------------------------------- 2. chunks and on-demand opens

/**
 * The entry: the wasm module trunk's loader in index.html starts (`<stem>_bg.wasm`)
 * and its JS glue (`<stem>.js`). Any other .wasm/.js file of dist/ is a chunk
 * (even one index.html preloads: the rows say which loads fetched it).
 */
async function entryAndChunks(server) {
  const html = await readFile(`${APP_DIST}/index.html`, 'utf8');
  const stems = [...html.matchAll(/([\w.-]+)_bg\.wasm\b/g)].map((m) => m[1]);
  const named = new Set(stems.length
    ? stems.flatMap((stem) => [`/${stem}.js`, `/${stem}_bg.wasm`])
    : [...html.matchAll(/[\w./-]+\.(?:wasm|js)\b/g)].map((m) => '/' + m[0].replace(/^\.?\//, '')));
  const code = server.sizes('app').filter((f) => /\.(wasm|js)$/.test(f.path));
  return { entry: code.filter((f) => named.has(f.path)), chunks: code.filter((f) => !named.has(f.path)) };
}

/**
 * One cold open of an on-demand page: a new context (empty cache) loads the
 * default lesson, waits until it is usable and the network is idle, then goes
 * to the page the way a learner does (its link, if the page has one, else the
 * address). A new document: timed from its navigation start to the first frame
 * that shows the page's content.
 */
async function openPage(browser, server, p) {
  const page = await newPage(browser, { watch: [p.content] });
  await openLesson(page, server.url('app'));
  await page.waitForLoadState('networkidle');
  const from = performance.timeOrigin + performance.now();
  const link = page.locator(`a[href$="${p.query}"]`).first();
  const how = (await link.count()) ? 'its link' : 'the address';
  if (how === 'its link') {
    await link.click();
    await page.waitForURL((u) => u.search === p.query);
  } else await page.goto(server.url('app') + p.query);
  await until(page, (sel) => window.__bench.painted[sel] !== undefined, p.content, 60_000);
  const ms = await page.evaluate((sel) => window.__bench.painted[sel], p.content);
  await page.waitForLoadState('networkidle');
  const files = served(server, 'app', from);
  if (page.problems.length) throw new Error(`page errors: ${page.problems.join('; ')}`);
  await page.context().close();
  return { ms, how, files };
}

/**
 * One cold open of a Go deeper view: a new context loads the default lesson,
 * waits until it is usable and the network is idle, then scrolls the Go
 * deeper section into view and, if it has a closed opener (a <details>, or a
 * button with aria-expanded=false), clicks it; for the ladder and the follow
 * stream it then waits for the section's content and clicks the view's tab.
 * Timed in the page from just before the scroll (or the tab's click) to the
 * first frame that shows the view's content.
 */
async function openView(browser, server, v) {
  const page = await newPage(browser, { watch: [] });
  await openLesson(page, server.url('app'));
  await page.waitForLoadState('networkidle');
  const open = async (content, act) => page.evaluate(async ({ content, act }) => {
    const already = !!document.querySelector(content);
    const t0 = performance.now();
    if (act.tab) document.querySelector(act.tab).click();
    else {
      const section = document.querySelector('section.deeper, #deeper-title, [data-testid=deeper], [data-testid=deeper-slot]')
        ?? [...document.querySelectorAll('h2, summary, button')].find((e) => /go deeper/i.test(e.textContent));
      if (!section) throw new Error('no Go deeper section (section.deeper, #deeper-title or a "Go deeper" heading/summary/button)');
      section.scrollIntoView({ block: 'start' });
      const details = section.closest('details') ?? section.querySelector('details');
      const opener = details && !details.open ? details.querySelector('summary')
        : section.matches('button[aria-expanded=false]') ? section
        : section.querySelector('button[aria-expanded=false]');
      opener?.click();
    }
    const shown = () => { const el = document.querySelector(content); return el && el.getClientRects().length; };
    const seen = await new Promise((ok, fail) => {
      if (shown()) return ok(performance.now());
      const obs = new MutationObserver(() => { if (shown()) { obs.disconnect(); ok(performance.now()); } });
      obs.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      setTimeout(() => { obs.disconnect(); fail(new Error(`${content} was not shown within 30 s`)); }, 30_000);
    });
    const painted = await new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
    return { ms: painted - t0, seen: seen - t0, already };
  }, { content, act });
  let from = performance.timeOrigin + performance.now();
  let r = await Promise.race([page.failed, open(VIEWS[0].content, { tab: null })]);
  if (v.tab) {
    from = performance.timeOrigin + performance.now();
    r = await Promise.race([page.failed, open(v.content, { tab: v.tab })]);
  }
  await page.waitForLoadState('networkidle');
  const files = served(server, 'app', from);
  if (page.problems.length) throw new Error(`page errors: ${page.problems.join('; ')}`);
  await page.context().close();
  return { ...r, how: v.tab ? `a click on ${v.tab}` : 'scrolling Go deeper into view', files };
}

async function onDemand(browser, server) {
  const { chunks } = await entryAndChunks(server);
  const names = new Set(chunks.map((c) => c.path));
  const lines = [];
  const judge = async (label, open) => {
    const runs = [];
    for (let i = 0; i < OPENS; i++) runs.push(await open());
    const ms = median(runs.map((r) => r.ms));
    const fetched = runs[0].files.filter((f) => f.status === 200);
    const chunkNote = fetched.filter((f) => names.has(f.path));
    sawChunks(server, 'app', chunkNote, label);
    const note = runs[0].already ? 'its content was in the page before: not loaded on demand'
      : chunkNote.length ? `fetched ${chunkNote.map((f) => `${f.path.slice(1)} (${kib(f.bytes)})`).join(', ')}`
      : 'no chunk fetched';
    row('on demand', `${label}, cold (median of ${OPENS})`, `${fmt(ms)} ms`, `≤ ${BUDGET.open} ms`, ms <= BUDGET.open, note);
    lines.push(`${label}: ${runs.map((r) => fmt(r.ms)).join(', ')} ms (by ${runs[0].how}); responses of the first open: ${runs[0].files.map((f) => `${f.path} ${f.status}${f.status === 200 ? ` ${f.encoding} ${f.bytes} B` : ''}`).join(', ') || 'none'}.`);
  };
  for (const p of PAGES) {
    try {
      await judge(`open ${p.query} from the lesson: navigation → content shown`, () => openPage(browser, server, p));
    } catch (err) {
      failed('on demand', `open ${p.query}`, `≤ ${BUDGET.open} ms`, err);
    }
  }
  for (const v of VIEWS) {
    try {
      await judge(`Go deeper, ${v.id}: ${v.tab ? 'click on its tab' : 'scroll into view'} → content shown`, () => openView(browser, server, v));
    } catch (err) {
      failed('on demand', `Go deeper, ${v.id}`, `≤ ${BUDGET.open} ms`, err);
    }
  }
  details.push(['On-demand pages and views (ms, each open in a new context)', lines.join('\n\n')]);
}

async function chunkSizes(server) {
  const { entry, chunks } = await entryAndChunks(server);
  const line = (f) => `${kib(f.gzip)} gzip, ${kib(f.br)} brotli, ${kib(f.raw)} raw`;
  for (const f of entry) row('chunks', `entry \`${f.path.slice(1)}\``, kib(f.gzip), '', null, `${line(f)}`);
  if (!chunks.length) {
    row('chunks', 'chunks (any .wasm/.js in dist/ besides the entry\'s)', 'no chunks', '', null, `entry: ${entry.map((f) => f.path.slice(1)).join(', ')}`);
    return;
  }
  for (const f of chunks) {
    const when = chunkLoads.get(f.path);
    row('chunks', `chunk \`${f.path.slice(1)}\``, kib(f.gzip), '', null, `${line(f)}; loaded by: ${when ? [...when].join('; ') : 'none of the loads measured in this run'}`);
  }
  const sum = (k) => chunks.reduce((n, f) => n + f[k], 0);
  row('chunks', `all ${chunks.length} chunks together`, kib(sum('gzip')), '', null, `${kib(sum('br'))} brotli, ${kib(sum('raw'))} raw`);
}
// ------------------------------------------------------------------ 3. play

/** Starts recording animation-frame times in the page. */
const startFrames = (page) => page.evaluate(() => {
  const rec = (window.__frames = { times: [], on: true, t0: performance.now() });
  const tick = (t) => { if (!rec.on) return; rec.times.push(t); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
});
/** Stops recording; resolves to { intervals, longtasks } since the start. */
const stopFrames = (page) => page.evaluate(() => {
  const rec = window.__frames;
  rec.on = false;
  const intervals = rec.times.slice(1).map((t, i) => t - rec.times[i]);
  const longtasks = window.__bench.longtasks.filter((l) => l.start >= rec.t0).map((l) => ({ at: l.start - rec.t0, duration: l.duration }));
  return { intervals, longtasks, span: performance.now() - rec.t0 };
});

async function play(browser, server) {
  const page = await newPage(browser);
  await openLesson(page, server.url('app'));
  const { total } = await position(page);
  const playButton = page.getByTestId('play');
  await page.waitForTimeout(500);
  await startFrames(page);
  await page.waitForTimeout(300);
  const playAt = await page.evaluate(() => performance.now() - window.__frames.t0);
  await playButton.click();
  await page.waitForFunction(() => document.querySelector('[data-testid=play]').getAttribute('aria-pressed') === 'true');
  // Play runs at its default speed (1×) until the last step and stops there.
  await page.waitForFunction(() => document.querySelector('[data-testid=play]').getAttribute('aria-pressed') === 'false', null, { timeout: 180_000 });
  await page.waitForTimeout(500); // the last step's animation
  const { intervals, longtasks: tasks, span } = await stopFrames(page);
  const longtasks = tasks.map((l) => l.duration);
  const end = await position(page);
  if (end.pos !== end.total) throw new Error(`Play stopped at step ${end.pos} of ${end.total}`);
  const p95 = quantile(intervals, 0.95);
  row('play', `p95 interval between animation frames (${intervals.length} frames over ${fmt(span / 1000)} s, ${total} steps at 1×)`, `${fmt(p95, 2)} ms`, `≤ ${BUDGET.frame} ms`, p95 <= BUDGET.frame);
  row('play', 'long tasks during Play', longtasks.length ? `${longtasks.length}, longest ${fmt(max(longtasks))} ms` : '0', 'none over 50 ms', longtasks.length === 0);
  details.push(['Play: frame intervals', `median ${fmt(median(intervals), 2)} ms, p95 ${fmt(p95, 2)} ms, p99 ${fmt(quantile(intervals, 0.99), 2)} ms, max ${fmt(max(intervals), 2)} ms; intervals over 17 ms: ${intervals.filter((x) => x > 17).length} of ${intervals.length}; over 34 ms (a dropped frame): ${intervals.filter((x) => x > 34).length}. Long tasks: ${tasks.length ? tasks.map((l) => `${fmt(l.duration)} ms at ${fmt(l.at / 1000, 2)} s`).join(', ') : 'none'} (times from the start of recording; Play was pressed at ${fmt(playAt / 1000, 2)} s).`]);
  await page.context().close();
}

// --------------------------------------- 4. the 1 MiB and 10 MiB sessions

/**
 * In the page: the main-thread cost of one action (a click or key event).
 * `work`: from just before the event is dispatched until its handlers, every
 * reactive update they queued (leptos runs effects as microtasks) and a forced
 * style and layout are done. `frame`: the next rendering update (animation
 * frame callbacks, style, layout, paint) measured from the frame's start to a
 * task queued from it. The idle wait for the frame is not counted.
 */
const MEASURE = () => {
  const nextTask = () => new Promise((ok) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => ok(performance.now());
    ch.port2.postMessage(0);
  });
  window.__measure = async (act) => {
    const t0 = performance.now();
    act();
    await nextTask();
    void document.body.offsetHeight;
    const t1 = performance.now();
    const tA = await new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
    const tB = await nextTask();
    return { work: t1 - t0, frame: tB - tA, total: t1 - t0 + (tB - tA) };
  };
  // A control by its data-testid, or by its English label (builds before the testids).
  window.__button = (testid, name) => document.querySelector(`[data-testid=${testid}]`)
    ?? [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  window.__key = (key) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  window.__counter = () => document.querySelector('[data-testid=step-counter]').textContent.trim();
};

/**
 * Stepping a large session in every-segment mode: `url` opens it; `group`
 * names its rows; the seek budget and the scroll's applies to the 1 MiB
 * session only (`budgets: false` reports them as information).
 */
async function large(browser, url, { group, title, budgets }) {
  const page = await newPage(browser);
  await openLesson(page, url);
  const notice = page.getByTestId('notice');
  if (await notice.count()) {
    const text = (await notice.textContent()).trim();
    if (/scenario/i.test(text)) throw new Error(`the app does not know ?scenario=${LARGE_SCENARIO} ("${text}")`);
  }
  const opened = await page.evaluate(() => window.__bench.ready);
  const memoryAtOpen = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  await page.evaluate(MEASURE);
  const every = await page.evaluate(() => window.__measure(() => document.querySelector('[data-testid=fidelity-every]').click()));
  if (!(await page.getByTestId('fidelity-every').isChecked())) throw new Error('the every-segment switch did not turn on');
  await page.evaluate(() => document.activeElement?.blur());
  const { total } = await position(page);
  const rowsShown = await page.getByTestId('packet-count').textContent().catch(() => '');
  const measureMany = async (label, n, act) => {
    const samples = [];
    for (let i = 0; i < n; i++) {
      const before = await page.evaluate(() => window.__counter());
      samples.push(await page.evaluate(act));
      const after = await page.evaluate(() => window.__counter());
      if (before === after) throw new Error(`${label} did not move the lesson (${before})`);
    }
    return samples;
  };
  const lt0 = await page.evaluate(() => performance.now());
  const forward = await measureMany('Step forward', STEPS, () => window.__measure(() => window.__button('step-forward', 'Step forward').click()));
  const seeks = [];
  for (let i = 0; i < SEEKS; i++) {
    seeks.push(...(await measureMany('End', 1, () => window.__measure(() => window.__key('End')))));
    if (i < SEEKS - 1) await measureMany('Home', 1, () => window.__measure(() => window.__key('Home')));
  }
  const back = await measureMany('Step back', STEPS, () => window.__measure(() => window.__button('step-back', 'Step back').click()));
  const steppingLongtasks = await page.evaluate((t) => window.__bench.longtasks.filter((l) => l.start >= t).map((l) => l.duration), lt0);
  const at = await position(page);

  const judge = (what, samples, budget) => {
    const total = samples.map((s) => s.total);
    const p95 = quantile(total, 0.95);
    row(group, `${what}: p95 of ${samples.length} (max ${fmt(max(total))} ms)`, `${fmt(p95)} ms`, `≤ ${budget} ms`, p95 <= budget);
    return `${what}: work (handlers, reactive updates, forced layout) median ${fmt(median(samples.map((s) => s.work)), 2)} / p95 ${fmt(quantile(samples.map((s) => s.work), 0.95), 2)} / max ${fmt(max(samples.map((s) => s.work)), 2)} ms; next frame median ${fmt(median(samples.map((s) => s.frame)), 2)} / p95 ${fmt(quantile(samples.map((s) => s.frame), 0.95), 2)} ms; total median ${fmt(median(total), 2)} / p95 ${fmt(quantile(total, 0.95), 2)} / max ${fmt(max(total), 2)} ms.`;
  };
  row(group, 'navigation → caption shown, Step forward enabled (one cold load)', `${fmt(opened)} ms`, '', null);
  row(group, 'switch to every-segment mode (work + frame)', `${fmt(every.total)} ms`, '', null);
  const lines = [
    `${title}, every-segment mode: ${total} steps; packet list: ${rowsShown.trim()}; wasm memory when opened ${memoryAtOpen === null ? '?' : kib(memoryAtOpen)}.`,
    judge('Step forward', forward, BUDGET.step),
    judge('Step back', back, BUDGET.step),
  ];
  const seekTotals = seeks.map((s) => s.total);
  row(group, `seek to the end (End key): max of ${seeks.length}`, `${fmt(max(seekTotals))} ms`, budgets ? `≤ ${BUDGET.seek} ms` : '', budgets ? max(seekTotals) <= BUDGET.seek : null);
  lines.push(`Seek to the end: ${seekTotals.map((x) => fmt(x)).join(', ')} ms.`);
  lines.push(`Long tasks while stepping and seeking: ${steppingLongtasks.length}${steppingLongtasks.length ? ` (median ${fmt(median(steppingLongtasks))} ms, longest ${fmt(max(steppingLongtasks))} ms, ${steppingLongtasks.filter((x) => x > 1000).length} over 1 s)` : ''}; ended at step ${at.pos} of ${at.total}.`);

  // Scroll the packet list from top to bottom, one screenful a frame.
  const scroll = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid=packet-rows]');
    el.scrollIntoView();
    el.scrollTop = 0;
    await new Promise((ok) => setTimeout(ok, 300));
    const t0 = performance.now();
    const times = [];
    let frames = 0;
    await new Promise((ok) => {
      const tick = (t) => {
        times.push(t);
        const before = el.scrollTop;
        el.scrollTop = before + el.clientHeight;
        frames++;
        if (el.scrollTop === before) ok();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await new Promise((ok) => setTimeout(ok, 300));
    const intervals = times.slice(1).map((t, i) => t - times[i]);
    const rows = el.querySelectorAll('[data-testid=packet-row]');
    return {
      frames,
      height: el.scrollHeight,
      lastFrame: Number(rows[rows.length - 1]?.dataset.frame),
      intervals,
      longtasks: window.__bench.longtasks.filter((l) => l.start >= t0).map((l) => l.duration),
    };
  });
  row(group, `packet list scrolled top to bottom (${scroll.frames} frames, a screenful each): long tasks`, scroll.longtasks.length ? `${scroll.longtasks.length}, longest ${fmt(max(scroll.longtasks))} ms` : '0', budgets ? 'none' : '', budgets ? scroll.longtasks.length === 0 : null);
  lines.push(`Packet list scroll: ${scroll.height} px in ${scroll.frames} frames, last row frame ${scroll.lastFrame}; frame intervals median ${fmt(median(scroll.intervals), 2)} / p95 ${fmt(quantile(scroll.intervals, 0.95), 2)} / max ${fmt(max(scroll.intervals), 2)} ms.`);
  details.push([title, lines.join('\n\n')]);
  if (page.problems.length) throw new Error(`page errors: ${page.problems.join('; ')}`);
  await page.context().close();
}

// ---------------------------------------------------------------- 5. memory

async function memory(browser, server) {
  const page = await newPage(browser);
  await openLesson(page, server.url('app'));
  await page.evaluate(MEASURE);
  const cdp = await page.context().newCDPSession(page);
  const { total } = await position(page);
  const playThrough = () => page.evaluate(async () => {
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    window.__key('Home');
    await frame();
    for (let guard = 0; guard < 10_000; guard++) {
      const m = /^\S+ (\d+) \S+ (\d+)$/.exec(window.__counter());
      if (m[1] === m[2]) return Number(m[1]);
      window.__key('ArrowRight');
      await frame();
    }
    throw new Error('the play-through did not reach the end');
  });
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
    if (wasm === null) throw new Error('the wasm memory was not found (no TrunkApplicationStarted event?)');
    return { js: heap.usedSize, wasm, sum: heap.usedSize + wasm };
  };
  let t = Date.now();
  await playThrough();
  const firstMs = Date.now() - t;
  const first = await measure();
  const t0 = Date.now();
  // The trend (no forced GC): wasm memory and the time of one play-through, every 10th.
  const trend = [];
  for (let i = 2; i <= PLAY_THROUGHS; i++) {
    t = Date.now();
    await playThrough();
    if (i % 10 === 0) trend.push({ n: i, ms: Date.now() - t, wasm: await page.evaluate(() => window.__bench.wasm.memory.buffer.byteLength) });
  }
  const seconds = (Date.now() - t0) / 1000;
  const last = await measure();
  const growth = (last.sum - first.sum) / first.sum;
  row('memory', `JS heap + wasm memory after ${PLAY_THROUGHS} play-throughs vs after the 1st`, `${growth >= 0 ? '+' : ''}${fmt(growth * 100, 2)} %`, `≤ ${BUDGET.memory * 100} %`, Math.abs(growth) <= BUDGET.memory);
  details.push(['Memory', [
    `A play-through: Home, then → (ArrowRight) until the last of the seed tutorial's ${total} steps, one animation frame per step; ${PLAY_THROUGHS - 1} more took ${fmt(seconds)} s. Measured after three forced garbage collections (CDP HeapProfiler.collectGarbage): the JS heap in use (Runtime.getHeapUsage usedSize) and the wasm module's linear memory (exports.memory.buffer.byteLength, from trunk's TrunkApplicationStarted event).`,
    `| after | JS heap | wasm memory | sum |\n| --- | ---: | ---: | ---: |\n| 1st play-through | ${kib(first.js)} | ${kib(first.wasm)} | ${kib(first.sum)} |\n| ${PLAY_THROUGHS}th play-through | ${kib(last.js)} | ${kib(last.wasm)} | ${kib(last.sum)} |`,
    `Trend (wasm memory without a forced GC, and how long that play-through took): 1st ${kib(first.wasm)}, ${firstMs} ms; ${trend.map((x) => `${x.n}th ${kib(x.wasm)}, ${x.ms} ms`).join('; ')}.`,
  ].join('\n\n')]);
  if (page.problems.length) throw new Error(`page errors: ${page.problems.join('; ')}`);
  await page.context().close();
}


// ------------------------------------------------------------- 6. Lighthouse

async function lighthouseRuns(server) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
    try {
      const result = await lighthouse(server.url('app'), {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      runs.push(result);
    } finally {
      await chrome.kill();
    }
  }
  const score = (r, c) => Math.round((r.lhr.categories[c].score ?? 0) * 100);
  // The run with the median Performance score is the one reported.
  const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const mid = sorted[Math.floor(sorted.length / 2)];
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(`${ARTIFACTS}/lighthouse.html`, mid.report);
  await writeFile(`${ARTIFACTS}/lighthouse.json`, JSON.stringify(mid.lhr, null, 1));
  const perf = score(mid, 'performance');
  const a11y = Math.min(...runs.map((r) => score(r, 'accessibility')));
  const bp = Math.min(...runs.map((r) => score(r, 'best-practices')));
  row('lighthouse', `Performance (mobile preset; median of ${runs.length} runs: ${runs.map((r) => score(r, 'performance')).join(', ')})`, String(perf), `≥ ${BUDGET.performance}`, perf >= BUDGET.performance);
  row('lighthouse', 'Accessibility (lowest of the runs)', String(a11y), '100', a11y === 100);
  row('lighthouse', 'Best Practices (lowest of the runs)', String(bp), '100', bp === 100);
  // CLS and TBT: the median over the runs (each run's own value listed).
  const numeric = (r, id) => r.lhr.audits[id]?.numericValue ?? NaN;
  const cls = median(runs.map((r) => numeric(r, 'cumulative-layout-shift')));
  const tbt = median(runs.map((r) => numeric(r, 'total-blocking-time')));
  const lcp = median(runs.map((r) => numeric(r, 'largest-contentful-paint')));
  row('lighthouse', `Cumulative Layout Shift (median; runs ${runs.map((r) => fmt(numeric(r, 'cumulative-layout-shift'), 3)).join(', ')})`, fmt(cls, 3), `≤ ${BUDGET.cls}`, cls <= BUDGET.cls);
  row('lighthouse', `Total Blocking Time (median; runs ${runs.map((r) => fmt(numeric(r, 'total-blocking-time'), 0)).join(', ')} ms)`, `${fmt(tbt, 0)} ms`, `≤ ${BUDGET.tbt} ms`, tbt <= BUDGET.tbt);
  row('lighthouse', `Largest Contentful Paint, simulated mobile (median; runs ${runs.map((r) => fmt(numeric(r, 'largest-contentful-paint') / 1000, 2)).join(', ')} s)`, `${fmt(lcp / 1000, 2)} s`, '', null);
  const audits = mid.lhr.audits;
  const metric = (id) => audits[id]?.displayValue ?? '?';
  const lost = [];
  for (const c of ['performance', 'accessibility', 'best-practices']) {
    for (const ref of mid.lhr.categories[c].auditRefs) {
      const a = audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) lost.push(`- ${c}: \`${ref.id}\` (${a.title}): score ${fmt(a.score, 2)}${a.displayValue ? `, ${a.displayValue}` : ''}`);
    }
  }
  details.push(['Lighthouse (the median run)', [
    `Lighthouse ${mid.lhr.lighthouseVersion}, ${mid.lhr.configSettings.formFactor}, throttling ${mid.lhr.configSettings.throttlingMethod}, on ${mid.lhr.environment.hostUserAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0]}. Report: \`bench/artifacts/lighthouse.html\`.`,
    `First Contentful Paint ${metric('first-contentful-paint')}, Largest Contentful Paint ${metric('largest-contentful-paint')}, Total Blocking Time ${metric('total-blocking-time')}, Cumulative Layout Shift ${metric('cumulative-layout-shift')}, Speed Index ${metric('speed-index')}.`,
    lost.length ? `Weighted audits that lost points:\n\n${lost.join('\n')}` : 'No weighted audit lost points.',
  ].join('\n\n')]);
}


// ---------------------------------------------------------------- 7. native

async function native() {
  const text = await readFile(NATIVE_LOG, 'utf8').catch(() => {
    throw new Error(`${NATIVE_LOG} is missing: make bench writes it from \`cargo bench -p ftp-sim\``);
  });
  // The last line of each size wins (the log may hold several runs).
  const results = new Map([...text.matchAll(/^RESULT timeline_(\d+)mib_ms=([0-9.eE+-]+)\s*$/gm)].map((m) => [Number(m[1]), Number(m[2])]));
  if (!results.has(1)) throw new Error('no "RESULT timeline_1mib_ms=<ms>" line in the output of cargo bench -p ftp-sim');
  const base = results.get(1);
  row('native', 'every-segment timeline of a 1 MiB transfer (cargo bench -p ftp-sim)', `${fmt(base, 3)} ms`, `≤ ${BUDGET.native1} ms`, base <= BUDGET.native1);
  for (const [mib, ms] of [...results].filter(([mib]) => mib !== 1).sort((a, b) => a[0] - b[0])) {
    row('native', `every-segment timeline of a ${mib} MiB transfer`, `${fmt(ms, 1)} ms`, '', null, `${fmt(ms / base, 0)}× the 1 MiB time for ${mib}× the size (${fmt(ms / mib, 2)} ms per MiB)`);
  }
  for (const mib of [10, 100]) if (!results.has(mib)) row('native', `every-segment timeline of a ${mib} MiB transfer`, 'not measured', '', null, `no RESULT timeline_${mib}mib_ms line`);
  // The benchmark's own lines: what follows cargo's "Running benches/..." line.
  const all = text.split('\n');
  const from = all.findLastIndex((l) => /^\s*Running benches\//.test(l));
  const lines = (from >= 0 ? all.slice(from + 1) : all.slice(-20)).filter((l) => l.trim());
  details.push(['Native benchmark output', '```\n' + lines.join('\n') + '\n```']);
}
// ------------------------------------------------------------------- main

function want(name) {
  return !ONLY || ONLY.has(name);
}

async function machine(browser) {
  const cpus = os.cpus();
  let commit = '';
  try {
    commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {}
  return [
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Machine: ${cpus[0]?.model.trim()}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; load average at the start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
    `- Browser: Chromium ${browser.version()} (${CHROMIUM}), headless, software rendering (--disable-gpu); Node ${process.version}`,
    commit && `- Commit: ${commit}`,
  ].filter(Boolean).join('\n');
}

function csp() {
  try {
    return execFileSync('bash', [`${ROOT}/.ci/csp.sh`, '--value'], { env: { ...process.env, DIST: APP_DIST }, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}


const METHOD = `## How each figure is measured

The sites are served by \`bench/server.mjs\` on 127.0.0.1 as a static host
with precompressed files serves them: the \`.br\` copy that \`make dist\` wrote
beside each file when the browser accepts br, else the \`.gz\` copy when it
accepts gzip (a copy that does not decode to its file is ignored and the file
compressed anew). The counter page and the bench-only large page have no
copies: the server makes them in memory with \`.ci/compress.mjs\`'s own
functions and settings. Every response has an ETag and
\`Cache-Control: no-cache\`; the tutorial also gets the Content-Security-Policy
header of README.md (from \`.ci/csp.sh\`). Chromium is Debian's, headless,
with the flags of \`e2e/support/browser.mjs\`, a 1280×900 window, English.
Which copy went on the wire is in the per-file table (headless Chromium
accepts br on http://127.0.0.1); the transfer budget compares the gzip sizes
(\`.gz\` copies) of the files a load fetched, and the brotli figure the sizes
of their \`.br\` copies, whatever was sent.

- **Usable**: a script injected before the page's own waits for trunk's
  \`TrunkApplicationStarted\` event (the app itself is running, not a
  prerendered snapshot), a non-empty caption and an enabled Step forward
  (neither \`disabled\` nor \`aria-disabled=true\`), and once the frame that
  shows them has been drawn clicks Step forward (\`element.click()\`) and watches the step counter; the lesson is usable at
  the moment the counter shows the new step (an attempt that moves nothing in
  50 ms is tried again). Times are \`performance.now()\`, from navigation start.
  The counter page's first render is the moment its button is there.
- **Transfer**: in the first of the cold loads (new browser context, empty
  cache), every response the server sent for the page, until the network is
  idle; a response counts toward "until usable" when its request reached the
  server before the lesson was usable (requests are timed on the server,
  on the same clock as the page's \`performance.timeOrigin\`). Bodies only,
  headers left out. The budget compares the gzip sizes: the tutorial until
  usable against the counter page's whole load.
- **Load and LCP**: ${LOADS} cold loads of each page, interleaved; medians.
  LCP is the last \`largest-contentful-paint\` entry once the network is
  idle; for the tutorial it comes from ${LOADS} more cold loads in which nothing is
  clicked (the usability click changes the caption, a new candidate).
- **Chunks**: every \`.wasm\` and \`.js\` file of \`dist/\` that \`index.html\`
  does not name is a chunk; its size as served (gzip) and as its \`.br\` copy,
  and which of the measured loads fetched it.
- **On demand**: each page (\`?page=try\`, \`?page=compare\`, \`?page=faq\`) and
  each Go deeper view, ${OPENS} times, each in a new context (cold caches): the
  default lesson is opened, made ready and left until the network is idle.
  A page is then opened by its link (else its address) — a new document, timed
  from its navigation start. Go deeper is scrolled into view (and its opener
  clicked, if it has a closed one), the ladder and the follow stream then by
  their tabs, timed from just before the scroll or click. The figure is the
  first animation frame after the page's or view's content is on screen
  (\`terminal-input\`, \`compare-counter\`, \`faq-entry\`, \`packet-row\`,
  \`ladder-arrow\`, \`follow\`); the budget applies to the median.
- **Play**: the seed tutorial (\`./\`, active mode), overview closed, Play
  pressed at the default speed (1×) and left to run to the last step;
  \`requestAnimationFrame\` timestamps give the intervals between frames, a
  \`PerformanceObserver\` for \`longtask\` (tasks over 50 ms) the long tasks.
- **1 MiB session**: \`?scenario=${LARGE_SCENARIO}\` in every-segment mode.
  Each action is dispatched in the page (a \`click()\` on Step forward / Step
  back, a \`keydown\` End on the body) and timed as *work* + *frame*: work runs
  from just before dispatch to the end of the handlers, of every reactive
  update they queue (leptos runs its effects as microtasks; a task posted
  through a MessageChannel runs after them) and of a forced style and layout;
  frame runs from the next animation frame's start to a task posted from it,
  i.e. the rendering update that paints the change. The idle wait until that
  frame is not counted. ${STEPS} Step forward from the start, ${SEEKS} seeks to the
  end (End, Home in between), then ${STEPS} Step back from the end; the budget is
  checked against the p95 of steps and the slowest seek. Then the packet list
  is scrolled from top to bottom, one screenful per animation frame, and the
  long tasks counted.
- **${LARGE_MIB} MiB session**: the same, on \`bench/large\`, a page built for the
  bench only: the app's \`Lesson\` component (the \`ftp-basics\` library as
  it is) around the \`${LARGE_SCENARIO}\` scenario with a ${LARGE_MIB} MiB file
  (\`?mib=${LARGE_MIB}\`), without the header, scenario picker, overview and
  Embed, and without writing the step into the address. Only the stepping
  budget applies; the seek and the scroll are reported.
- **Memory**: see the Memory details below; the budget is the change of
  (JS heap + wasm memory) between the first and the last play-through.
- **Lighthouse**: the npm package driving Debian's Chromium
  (chrome-launcher, same flags), default mobile preset (simulated throttling),
  against the same server. Performance, CLS and TBT are the medians of
  ${LIGHTHOUSE_RUNS} runs; Accessibility and Best Practices the lowest.
- **Native**: the \`RESULT timeline_<N>mib_ms=\` lines of \`cargo bench -p ftp-sim\`
  (\`crates/ftp-sim/benches/timeline.rs\`): 1, 10 and 100 MiB, medians of 50,
  15 and 5 runs.
`;

/** The order of the groups in the table. */
const GROUPS = ['transfer', 'load', 'chunks', 'on demand', 'play', '1 MiB', `${LARGE_MIB} MiB`, 'memory', 'lighthouse', 'native'];

async function main() {
  const browser = await launch();
  const header = await machine(browser);
  const policy = csp();
  const hasLarge = existsSync(`${LARGE_DIST}/index.html`);
  const server = await serveSites({
    app: { root: APP_DIST, headers: policy ? { 'content-security-policy': policy } : {} },
    counter: { root: COUNTER_DIST },
    ...(hasLarge ? { large: { root: LARGE_DIST } } : {}),
  });
  say(`serving ${APP_DIST} at ${server.url('app')}, ${COUNTER_DIST} at ${server.url('counter')}${hasLarge ? `, ${LARGE_DIST} at ${server.url('large')}` : ` (no ${LARGE_DIST}: the ${LARGE_MIB} MiB session is not measured)`}`);
  const copies = server.sizes('app').filter((f) => f.precompressed).length;
  say(`dist/: ${copies} files served from their .br/.gz copies`);
  const steps = [
    ['transfer', 'transfer + load', async () => { if (want('transfer') || want('load')) await transferAndLoad(browser, server); }, ['transfer', 'transfer and load', `≤ ${BUDGET.bytesUntilUsable}× / ${BUDGET.usable}× / ${BUDGET.lcp}×`]],
    ['ondemand', 'on-demand pages and views', () => onDemand(browser, server), ['on demand', 'on-demand pages and views', `≤ ${BUDGET.open} ms`]],
    ['play', 'play', () => play(browser, server), ['play', 'Play of the seed tutorial', '≤ 17 ms, no long task']],
    ['large', '1 MiB stepping', () => large(browser, `${server.url('app')}?scenario=${LARGE_SCENARIO}`, { group: '1 MiB', title: `1 MiB session (\`?scenario=${LARGE_SCENARIO}\`)`, budgets: true }), ['1 MiB', `stepping ?scenario=${LARGE_SCENARIO}`, '≤ 16 / 16 / 50 ms, no long task']],
    ['large10', `${LARGE_MIB} MiB stepping`, async () => {
      if (!hasLarge) throw new Error(`${LARGE_DIST}/index.html is missing: build bench/large (make bench does: cp Cargo.lock bench/large/ && cd bench/large && trunk build --release --offline)`);
      await large(browser, `${server.url('large')}?mib=${LARGE_MIB}`, { group: `${LARGE_MIB} MiB`, title: `${LARGE_MIB} MiB session (bench/large, \`?mib=${LARGE_MIB}\`)`, budgets: false });
    }, [`${LARGE_MIB} MiB`, 'stepping the bench-only session', `≤ ${BUDGET.step} ms`]],
    ['memory', 'memory', () => memory(browser, server), ['memory', 'memory after 100 play-throughs', '≤ 5 %']],
    ['lighthouse', 'Lighthouse', () => lighthouseRuns(server), ['lighthouse', 'Lighthouse', '≥ 95 / 100 / 100, CLS ≤ 0.02, TBT ≤ 150 ms']],
    ['native', 'native model benchmark', () => native(), ['native', 'cargo bench -p ftp-sim', '≤ 2 ms']],
    // Last: it names the loads above that fetched each chunk.
    ['chunks', 'chunk sizes', () => chunkSizes(server), ['chunks', 'chunk sizes', '']],
  ];
  for (const [id, label, run, [group, what, budget]] of steps) {
    if (!(want(id) || (id === 'transfer' && want('load')))) continue;
    say(`measuring ${label} ...`);
    const t = Date.now();
    try {
      await run();
    } catch (err) {
      failed(group, what, budget, err);
    }
    say(`  ${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  await server.close();
  await browser.close();

  rows.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
  const verdict = (p) => (p === null ? '' : p ? 'pass' : '**FAIL**');
  const table = [
    '| group | figure | value | budget | result |',
    '| --- | --- | ---: | --- | --- |',
    ...rows.map((r) => `| ${r.group} | ${r.what}${r.note ? ` — ${r.note.replace(/\|/g, '\\|')}` : ''} | ${r.value} | ${r.budget} | ${verdict(r.pass)} |`),
  ].join('\n');
  const broken = rows.filter((r) => r.pass === false);
  const checked = rows.filter((r) => r.pass !== null);
  const summary = `${checked.length - broken.length} budgets met, ${broken.length} broken${ONLY ? ` (only: ${[...ONLY].join(', ')})` : ''}.`;
  // The budgets alone, in the shape of README.md's table.
  const readme = [
    '| figure | measured | budget | |',
    '| --- | ---: | --- | --- |',
    ...checked.map((r) => `| ${r.group}: ${r.what} | ${r.value} | ${r.budget} | ${r.pass ? 'met' : 'broken'} |`),
  ].join('\n');
  const md = [
    '# Benchmark results',
    '',
    'Written by `make bench` (`bench/run.mjs`); do not edit by hand.',
    '',
    header,
    `- Load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (the machine is shared: a load well above its core count makes every timing worse)`,
    '',
    table,
    '',
    `**${summary}**`,
    '',
    METHOD,
    '## The budgets, for README.md',
    '',
    readme,
    '',
    '## Details',
    '',
    ...details.flatMap(([title, body]) => [`### ${title}`, '', body, '']),
  ].join('\n');
  await writeFile(RESULTS, md);
  console.log('');
  console.log(table.replace(/\*\*FAIL\*\*/g, 'FAIL'));
  console.log('');
  say(summary, `(${RESULTS})`);
  process.exit(broken.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});

// Prerenders the default lesson's first screen into dist/index.html, so a
// learner sees it before any wasm arrives (and without JavaScript at all).
//   node .ci/prerender.mjs          after `trunk build --release` (`make dist` runs both)
// DIST=path overrides dist/. CHROMIUM overrides /usr/bin/chromium.
//
// Nothing here is hand-written markup: the built site is served on loopback and
// opened in headless Chromium as a first-time visitor would open it (no query,
// English, light theme, empty storage); once the app has mounted, its DOM is
// taken from <main> up to the lesson's first screenful (header, picker, overview,
// stage, controls, caption, console), i.e. without what `Later` renders after
// it. Then, in that copy:
//   - every button, input and select is disabled (aria-disabled too), and the
//     control bar gets the class `not-ready`: they wait for the app;
//   - what only the running app uses goes: elements that are hidden (the Embed
//     dialog), the live region that announces steps, data-testid attributes (so
//     tests and tools find the app, never the snapshot), comments;
//   - style attributes would break the Content-Security-Policy: the run fails
//     if there is one, as it does if an inline handler (on...=) shows up.
// The result replaces the contents of <div id="prerender"> in dist/index.html
// (rerunning is fine). index.html's head script shows it only when the address
// and language are the default lesson's; src/main.rs removes it and mounts the
// app in the same task.
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { serveDist } from '../e2e/support/server.mjs';
import { CHROMIUM_FLAGS } from '../e2e/support/shared.mjs';

const REPO = resolve(import.meta.dirname, '..');
// playwright-core is one of .ci/tools' npm packages (never a downloaded browser).
const { chromium } = createRequire(resolve(REPO, '.ci/tools/package.json'))('playwright-core');

const dist = resolve(REPO, process.env.DIST ?? 'dist');
const htmlPath = resolve(dist, 'index.html');
// The container, empty or already filled, up to the boot block that follows it.
const CONTAINER = /<div\b[^>]*\bid="?prerender\b"?[^>]*>[\s\S]*?<\/div>(?=\s*<div\b[^>]*\bid="?boot\b)/;

function fail(message) {
  console.error(`prerender: ${message}`);
  process.exit(1);
}

const html = await readFile(htmlPath, 'utf8').catch(() => fail(`${htmlPath} is missing: run trunk build --release first`));
if (!CONTAINER.test(html)) fail(`${htmlPath} has no <div id="prerender"> before <div id="boot"> (see index.html)`);

const server = await serveDist(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
let snapshot;
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    colorScheme: 'light',
    reducedMotion: 'no-preference',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(server.url);
  // Ready: the app has mounted (the old snapshot is gone) and the lesson shows
  // its counter and an enabled Play button; then two frames for effects.
  await page.waitForFunction(
    () => !document.getElementById('prerender') && document.querySelector('main#main .tutorial [data-testid=play]:not(:disabled)'),
    null,
    { timeout: 60_000 },
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  if (problems.length) fail(`the page reported problems:\n${problems.join('\n')}`);

  snapshot = await page.evaluate(() => {
    const main = document.querySelector('main#main');
    const copy = main.cloneNode(true);
    // Controls wait for the app. Form state is a property, not markup: carry it over
    // (before anything is removed, so the copy's controls pair with the app's).
    const live = main.querySelectorAll('button, input, select, textarea');
    copy.querySelectorAll('button, input, select, textarea').forEach((el, i) => {
      const from = live[i];
      if (el.type === 'checkbox' || el.type === 'radio') el.toggleAttribute('checked', from.checked);
      if (el.tagName === 'SELECT') {
        for (const [j, o] of [...el.options].entries()) o.toggleAttribute('selected', from.options[j].selected);
      }
      el.setAttribute('disabled', '');
      el.setAttribute('aria-disabled', 'true');
    });
    // The first screenful ends with the lesson's .tutorial block; what follows is `Later`'s.
    const tutorial = copy.querySelector(':scope > .tutorial');
    if (!tutorial) return { error: 'no main > .tutorial in the running app' };
    while (tutorial.nextSibling) tutorial.nextSibling.remove();
    // Only the running app uses these.
    for (const el of copy.querySelectorAll('[hidden], [aria-live]:not([aria-live=off])')) el.remove();
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walker.nextNode()) comments.push(walker.currentNode);
    for (const c of comments) c.remove();
    for (const el of [copy, ...copy.querySelectorAll('*')]) el.removeAttribute('data-testid');
    for (const el of copy.querySelectorAll('.controls, .page-tools, .theme-switch')) el.classList.add('not-ready');
    const bad = [copy, ...copy.querySelectorAll('*')]
      .flatMap((el) => [...el.attributes].filter((a) => a.name === 'style' || a.name.startsWith('on')).map((a) => `<${el.localName} ${a.name}="${a.value}">`));
    return {
      html: copy.outerHTML,
      bad,
      text: copy.innerText,
      stats: {
        hosts: copy.querySelectorAll('svg.stage .host').length,
        controls: copy.querySelectorAll('.controls button').length,
        caption: !!copy.querySelector('.caption-panel h2'),
        console: !!copy.querySelector('.console-panel'),
      },
    };
  });
  if (snapshot.error) fail(snapshot.error);
  if (snapshot.bad.length) fail(`attributes the Content-Security-Policy blocks:\n${snapshot.bad.join('\n')}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const out = html.replace(CONTAINER, () => `<div id="prerender" class="prerender">${snapshot.html}</div>`);
await writeFile(htmlPath, out);
console.log(
  `prerender: wrote the default lesson's first screen into ${htmlPath} ` +
    `(${snapshot.html.length} characters; ${JSON.stringify(snapshot.stats)})`,
);

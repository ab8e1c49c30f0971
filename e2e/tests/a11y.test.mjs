// Accessibility (WCAG 2.2 AA): axe-core on every page in light and dark (system
// preference and the theme switch) and in both languages; a keyboard-only walk
// through the seed tutorial; the theme switch; 320 px; print; the text-only
// transcript; what the live region announces.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile } from 'node:fs/promises';
import { useSite } from '../support/site.mjs';
import { ARTIFACTS, newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage, DeeperViews } from '../pages/tutorial.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The seed's packet names, in the seed's order (shared/seeds/001).
const SEED_PACKETS = [
  'Control_Conn', 'Ack', 'PORT', 'data_Conn', 'Ack_data_Conn', 'ftp_Data',
  'Close_Data', 'Ack_Data', 'Ack', 'Close_Ctrl', 'Ack_Close',
];

const site = useSite();

/** Waits until no CSS animation (the travelling packet) is running. */
async function settle(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
}

/** Runs axe on the whole document; fails listing each violation's id, help and nodes. */
async function expectNoAxeViolations(page, where) {
  await settle(page);
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: tags, resultTypes: ['violations'] }).then((r) => r.violations),
    AXE_TAGS,
  );
  const report = violations
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.nodes
      .map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
      .join('\n')}`)
    .join('\n');
  assert.equal(violations.length, 0, `${where}: ${violations.length} axe violation(s)\n${report}`);
}

/** Closes the first-visit overview if it shows (language-neutral). */
async function closeOverview(page) {
  const overview = page.getByTestId('overview');
  if (await overview.isVisible()) await overview.locator('button.primary').click();
}

/** Every page of the site, each with what to do there before axe runs (and re-runs). */
const PAGES = [
  {
    name: 'tutorial, step 0 with the overview',
    query: '',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await check('overview open');
      await closeOverview(page);
      await check('step 0');
    },
  },
  {
    name: 'tutorial, mid-way with details and the Go deeper views',
    query: '?step=6',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await closeOverview(page);
      while ((await page.getByTestId('packet').count()) === 0) await page.keyboard.press('ArrowRight');
      await page.getByTestId('packet').first().click();
      await page.getByTestId('packet-details').waitFor();
      // A row selected in the list, a field lit in the inspector, the filter box valid then invalid.
      await page.getByTestId('packet-row').nth(2).click();
      await page.getByTestId('field').first().hover();
      await page.getByTestId('filter').fill('tcp.port == 21');
      await check('details, packet list, valid filter');
      await page.getByTestId('filter').fill('tcp.port ==');
      await page.getByTestId('filter-error').filter({ hasText: /\S/ }).waitFor();
      await check('invalid filter');
      await page.locator('#tab-ladder').click();
      await page.getByTestId('ladder').waitFor();
      await check('ladder');
      await page.locator('#tab-follow').click();
      await page.getByTestId('follow').waitFor();
      await check('follow stream');
      // The time-sequence graph, its keyboard point focused and a point selected.
      await page.locator('#tab-tsg').click();
      await page.getByTestId('tsg').waitFor();
      await page.getByTestId('tsg').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await check('time-sequence graph');
      await page.getByTestId('session-transcript').locator('summary').click();
      await page.getByTestId('fidelity-every').check();
      await check('transcript open, every segment');
    },
  },
  {
    name: 'scenario two-pcs (two consoles)',
    query: '?scenario=two-pcs&step=30',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await closeOverview(page);
      await check('mid-way');
      await page.keyboard.press('End');
      await check('at the end');
    },
  },
  {
    name: 'scenario firewall (a dropped packet)',
    query: '?scenario=firewall',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await closeOverview(page);
      // Step to the dropped packet, then to the end.
      const total = Number(/(\d+)\D*$/.exec(await page.getByTestId('step-counter').textContent())[1]);
      for (let i = 0; i < total && (await page.locator('.packet.dropped').count()) === 0; i++) {
        await page.keyboard.press('ArrowRight');
      }
      assert.equal(await page.locator('.packet.dropped').count(), 1, 'the firewall drops a packet');
      await check('dropped packet');
      await page.keyboard.press('End');
      await check('at the end');
    },
  },
  {
    name: 'scenario lossy (a packet lost in the Internet)',
    query: '?scenario=lossy',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await closeOverview(page);
      const total = Number(/(\d+)\D*$/.exec(await page.getByTestId('step-counter').textContent())[1]);
      for (let i = 0; i < total && (await page.locator('.packet.lost').count()) === 0; i++) {
        await page.keyboard.press('ArrowRight');
      }
      assert.equal(await page.locator('.packet.lost').count(), 1, 'a packet is lost');
      await check('lost packet');
    },
  },
  {
    name: 'try it yourself',
    query: '?page=try',
    async visit(page, check) {
      const input = page.getByTestId('terminal-input');
      await input.waitFor();
      await input.fill('get foo');
      await input.press('Enter');
      await input.fill('frobnicate');
      await input.press('Enter');
      await page.waitForTimeout(300);
      await check('after typing commands');
    },
  },
  {
    name: 'active vs passive',
    query: '?page=compare',
    async visit(page, check) {
      const forward = page.locator('.controls button').nth(3);
      await forward.waitFor();
      for (let i = 0; i < 5; i++) await forward.click();
      await check('mid-way');
    },
  },
  {
    name: 'faq',
    query: '?page=faq',
    async visit(page, check) {
      await page.getByTestId('faq-entry').first().waitFor();
      await check('page');
    },
  },
  {
    name: 'embed',
    query: '?embed=1&step=4',
    async visit(page, check) {
      await page.getByTestId('step-counter').waitFor();
      await check('step 4');
    },
  },
];

async function checkPage(browser, p, { scheme, lang, viaSwitch }) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: scheme,
    locale: { es: 'es-ES', pt: 'pt-BR' }[lang] ?? 'en-US',
  });
  const page = await context.newPage();
  const where = `${p.name} [${lang}, ${scheme}${viaSwitch ? ` via the switch → ${viaSwitch}` : ''}]`;
  try {
    const sep = p.query ? '&' : '?';
    await page.goto(site.server.url + p.query + (lang === 'en' ? '' : `${sep}lang=${lang}`));
    await page.locator('main').waitFor();
    if (viaSwitch) {
      await page.getByTestId('theme-switch').selectOption(viaSwitch);
      assert.equal(await page.locator('html').getAttribute('data-theme'), viaSwitch);
    }
    await p.visit(page, (what) => expectNoAxeViolations(page, `${where}, ${what}`));
  } finally {
    await context.close();
  }
}

for (const p of PAGES) {
  test(`axe: ${p.name} — light and dark, English, Spanish and Portuguese`, async () => {
    for (const lang of ['en', 'es', 'pt']) {
      for (const scheme of ['light', 'dark']) await checkPage(site.browser, p, { scheme, lang });
    }
  });
}

test('axe: the theme switch overrides the system theme (both ways) with no violations', async () => {
  for (const p of PAGES.filter((p) => p.query !== '?embed=1&step=4')) {
    await checkPage(site.browser, p, { scheme: 'light', lang: 'en', viaSwitch: 'dark' });
  }
  await checkPage(site.browser, PAGES[1], { scheme: 'dark', lang: 'en', viaSwitch: 'light' });
});

test('the theme switch: Auto / Light / Dark, named by its label, remembered', async () => {
  const page = await newPage(site.browser, { colorScheme: 'light' });
  const tutorial = new TutorialPage(page, site.server.url);
  await tutorial.open();
  const sw = page.getByRole('combobox', { name: 'Theme', exact: true });
  assert.equal(await sw.count(), 1, 'one control named "Theme"');
  assert.deepEqual((await sw.locator('option').allTextContents()).map((t) => t.trim()), ['Auto', 'Light', 'Dark']);
  const html = page.locator('html');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await html.getAttribute('data-theme'), null, 'Auto: the system decides');
  const light = await bg();
  await sw.selectOption('dark');
  assert.equal(await html.getAttribute('data-theme'), 'dark');
  const dark = await bg();
  assert.notEqual(dark, light);
  await screenshot(page, 'theme-dark-tutorial');
  await page.reload();
  await tutorial.counter.waitFor();
  assert.equal(await html.getAttribute('data-theme'), 'dark', 'remembered after reload');
  assert.equal(await page.getByTestId('theme-switch').inputValue(), 'dark');
  await page.getByTestId('theme-switch').selectOption('auto');
  assert.equal(await html.getAttribute('data-theme'), null);
  assert.equal(await bg(), light);
  assert.equal(await page.evaluate(() => localStorage.getItem('ftp-basics:theme')), null);
  // Light wins over a dark system preference.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await bg(), dark, 'Auto follows prefers-color-scheme');
  await page.getByTestId('theme-switch').selectOption('light');
  assert.equal(await bg(), light);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('packets stay legible in both themes: white on blue/orange, dark on light blue/amber', async () => {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  for (const scheme of ['light', 'dark']) {
    const page = await newPage(site.browser, { colorScheme: scheme });
    const tutorial = new TutorialPage(page, site.server.url);
    await tutorial.open();
    const seen = new Set();
    const { total } = await tutorial.position();
    for (let i = 0; i < total; i++) {
      await page.keyboard.press('ArrowRight');
      const packet = page.locator('.packet');
      if (!(await packet.count())) continue;
      const { kind, fill, text } = await packet.evaluate((g) => ({
        kind: g.classList.contains('data') ? 'data' : 'control',
        fill: getComputedStyle(g.querySelector('rect')).fill,
        text: getComputedStyle(g.querySelector('text')).fill,
      }));
      seen.add(kind);
      assert.ok(ratio(fill, text) >= 4.5, `${scheme} ${kind} packet: ${text} on ${fill} is ${ratio(fill, text).toFixed(2)}:1`);
      if (scheme === 'light') assert.equal(text, 'rgb(255, 255, 255)', 'white text in light');
      else assert.ok(luminance(text) < 0.05, `dark text in dark: ${text}`);
    }
    assert.deepEqual([...seen].sort(), ['control', 'data']);
    await page.context().close();
  }
});

/** Presses Tab until `pred(activeElement)` holds; returns how many presses it took. */
async function tabTo(page, pred, what, max = 250) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred)) return i;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The focused element shows a focus indicator (outline, box-shadow or an SVG stroke). */
async function expectFocusRing(page, what) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    const shape = el.querySelector?.(':scope > rect');
    return {
      tag: el.tagName,
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? s.outlineColor : null,
      shadow: s.boxShadow !== 'none' ? s.boxShadow : null,
      stroke: shape && getComputedStyle(shape).stroke !== 'none' ? getComputedStyle(shape).stroke : null,
    };
  });
  assert.ok(ring.outline || ring.shadow || ring.stroke, `${what} (${ring.tag}) has no visible focus indicator`);
  return ring;
}

test('keyboard only: the whole seed tutorial, packet details and the packet list', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  const counter = page.getByTestId('step-counter');
  await counter.waitFor();
  const position = async () => {
    const [, pos, total] = /^Step (\d+) of (\d+)$/.exec((await counter.textContent()).trim()).map(Number);
    return { pos, total };
  };
  // Tab to "Start the tutorial" and press Enter.
  await tabTo(page, () => document.activeElement.textContent.trim() === 'Start the tutorial', 'Start the tutorial');
  await expectFocusRing(page, 'Start the tutorial');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('overview').isVisible(), false, 'Enter started the tutorial');
  // Focus lands on the controls (Play), not on <body>.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'play');
  await expectFocusRing(page, 'Play after the overview closes');
  // → until the counter reads "Step N of N"; the caption and the announcement follow.
  const now = page.getByTestId('now');
  const announce = page.getByTestId('announce');
  let { pos, total } = await position();
  assert.equal(pos, 0);
  const nowLines = new Set([await now.textContent()]);
  const pageTitles = new Set([await page.getByTestId('page-title').textContent()]);
  while (pos < total) {
    await page.keyboard.press('ArrowRight');
    const next = await position();
    assert.equal(next.pos, pos + 1, 'ArrowRight steps forward once');
    pos = next.pos;
    nowLines.add(await now.textContent());
    const said = await announce.textContent();
    assert.ok(said.startsWith(`Step ${pos} of ${total}. ${await now.textContent()}`), `announced: ${said}`);
    const title = await page.getByTestId('page-title').textContent();
    if (!pageTitles.has(title)) {
      pageTitles.add(title);
      assert.ok(said.endsWith(title), `a new page is announced with its title: ${said}`);
    } else {
      assert.ok(!said.includes(title), `the same page is not announced again: ${said}`);
    }
  }
  assert.equal(total, (await position()).total);
  assert.ok(nowLines.size >= total - 2, `the caption changes at (almost) every step: ${nowLines.size} lines for ${total} steps`);
  assert.equal(pageTitles.size, 6);
  // Back to the start, then forward to the first packet; Tab to it; Enter opens its details.
  await page.keyboard.press('Home');
  while ((await page.getByTestId('packet').count()) === 0) await page.keyboard.press('ArrowRight');
  await tabTo(page, () => document.activeElement.dataset.testid === 'packet', 'the packet on the stage');
  const ring = await expectFocusRing(page, 'the packet');
  assert.ok(ring.stroke, 'the packet shows a focus ring');
  await page.keyboard.press('Enter');
  await page.getByTestId('packet-details').waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('packet-details').count(), 0, 'Escape closes the details');
  // Tab on to the packet list rows; Enter selects one.
  await tabTo(page, () => document.activeElement.dataset.testid === 'packet-row', 'a packet-list row');
  await expectFocusRing(page, 'a packet-list row');
  const frame = await page.evaluate(() => document.activeElement.dataset.frame);
  await page.keyboard.press('Enter');
  const row = page.locator(`[data-testid=packet-row][data-frame="${frame}"]`);
  assert.equal(await row.getAttribute('aria-selected'), 'true');
  assert.match(await page.getByTestId('inspector').locator('h3').textContent(), new RegExp(`^Frame ${frame}:`));
  // Nothing traps the keyboard: Tab goes on past the end of the page and comes back to the top.
  const first = await page.evaluate(() => document.querySelector('header a').textContent);
  await tabTo(page, () => document.activeElement === document.querySelector('header a'), `the first header link (${first}) again`, 400);
  // Every focus stop on the way shows a ring.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    await expectFocusRing(page, `focus stop ${i + 1}`);
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the focus ring contrasts at least 3:1 with the page in both themes', async () => {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  for (const scheme of ['light', 'dark']) {
    const page = await newPage(site.browser, { colorScheme: scheme });
    await new TutorialPage(page, site.server.url).open();
    await tabTo(page, () => document.activeElement.tagName === 'BUTTON', 'a button');
    const { outline } = await expectFocusRing(page, 'a button');
    const colours = await page.evaluate(() => {
      const v = (n) => getComputedStyle(document.documentElement).getPropertyValue(n).trim();
      const probe = document.createElement('div');
      document.body.append(probe);
      const rgb = (c) => { probe.style.color = c; return getComputedStyle(probe).color; };
      const out = { bg: rgb(v('--bg')), panel: rgb(v('--panel')) };
      probe.remove();
      return out;
    });
    for (const [name, bg] of Object.entries(colours)) {
      assert.ok(ratio(outline, bg) >= 3, `${scheme}: focus ${outline} on --${name} ${bg} is ${ratio(outline, bg).toFixed(2)}:1`);
    }
    await page.context().close();
  }
});

test('320 px wide: no sideways scrolling, controls wrap, the stage scales, axe passes', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await newPage(site.browser, { viewport: { width: 320, height: 640 }, colorScheme: scheme });
    const tutorial = new TutorialPage(page, site.server.url);
    for (const query of ['', '?scenario=two-pcs&step=20', '?page=try', '?page=compare', '?page=faq', '?embed=1&step=3', '?lang=es&step=5']) {
      await page.goto(site.server.url + query);
      await page.locator('main').waitFor();
      await page.waitForTimeout(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${query || 'tutorial'} (${scheme}): the document is ${width}px wide at 320`);
    }
    await tutorial.open();
    const stage = await tutorial.stage.boundingBox();
    assert.ok(stage.width <= 320 && stage.width >= 250, `the stage scales to ${stage.width}px`);
    const forward = tutorial.button('Step forward');
    const box = await forward.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, 'Step forward is inside the viewport');
    const buttons = await page.locator('.stage-panel .controls button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
    assert.ok(new Set(buttons.map(Math.round)).size > 1, 'the controls wrap onto several lines');
    await forward.click();
    assert.equal((await tutorial.position()).pos, 1, 'Step forward works at 320 px');
    await tutorial.stepForward();
    await tutorial.stepForward();
    if (scheme === 'light') await screenshot(page, 'narrow-320');
    else await screenshot(page, 'narrow-320-dark');
    // The packet list scrolls inside its own (named, focusable) container.
    const table = page.getByRole('table', { name: 'Packet list' });
    assert.ok(await table.evaluate((t) => t.scrollWidth > t.clientWidth), 'the packet list scrolls sideways inside itself');
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    await expectNoAxeViolations(page, `tutorial at 320 px (${scheme})`);
    await page.locator('#tab-ladder').click();
    await page.getByTestId('ladder').waitFor();
    await expectNoAxeViolations(page, `ladder at 320 px (${scheme})`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    await page.locator('#tab-tsg').click();
    await page.getByTestId('tsg').waitFor();
    await expectNoAxeViolations(page, `time-sequence graph at 320 px (${scheme})`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'the graph fits 320 px');
    const chart = await page.getByTestId('tsg').boundingBox();
    assert.ok(chart.width <= 300 && chart.width >= 250, `the graph is ${chart.width}px wide at 320`);
    await page.context().close();
  }
});

test('print: a clean handout without controls, and page.pdf() works', async () => {
  const page = await newPage(site.browser, { colorScheme: 'dark' });
  const tutorial = new TutorialPage(page, site.server.url);
  await tutorial.open({ query: '?step=8' });
  await new DeeperViews(page).show();
  await page.emulateMedia({ media: 'print' });
  const display = (sel) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).display);
  for (const hidden of ['.stage-panel .controls', '.tabs', '.downloads', '.picker', '.page-head nav', '.theme-switch', '.deeper']) {
    assert.equal(await display(hidden), 'none', `${hidden} is hidden in print`);
  }
  assert.ok(await tutorial.caption.isVisible(), 'the caption prints');
  assert.ok(await tutorial.stage.isVisible(), 'the stage prints');
  assert.ok(await tutorial.console.first().isVisible(), 'the console prints');
  assert.ok(await page.getByTestId('transcript-step').first().isVisible(), 'the transcript prints, though closed on screen');
  const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  assert.deepEqual(colours, ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], 'black on white, even with a dark system theme');
  const consoleBg = await page.locator('.console-scroll').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(consoleBg, 'rgb(255, 255, 255)', 'no dark console background on paper');
  await mkdir(ARTIFACTS, { recursive: true });
  const path = `${ARTIFACTS}/handout.pdf`;
  await page.pdf({ path, format: 'A4', printBackground: true });
  const pdf = await readFile(path);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.length > 10_000, `handout.pdf has ${pdf.length} bytes`);
  await page.context().close();
});

test('the text-only transcript lists every step and the seed packets in order', async () => {
  const page = await newPage(site.browser);
  const tutorial = new TutorialPage(page, site.server.url);
  await tutorial.open();
  const { total } = await tutorial.position();
  const panel = page.getByTestId('session-transcript');
  await panel.getByText('Transcript (text only)').click();
  const lines = (await panel.getByTestId('transcript-step').allTextContents()).map((t) => t.trim());
  assert.equal(lines.length, total, 'one line per step');
  lines.forEach((l, i) => assert.match(l, new RegExp(`^Step ${i + 1} — \\S`), l));
  const names = lines.map((l) => /^Step \d+ — ([A-Za-z_]+): /.exec(l)?.[1]).filter(Boolean);
  const dedup = names.filter((n, i) => i === 0 || n !== names[i - 1] || n === 'Ack');
  assert.deepEqual(dedup, SEED_PACKETS);
  // The lines are the caption's "now" lines, step by step; the current step is marked.
  for (const at of [1, 5, total]) {
    await page.keyboard.press('Home');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
    assert.equal(lines[at - 1], `Step ${at} — ${(await tutorial.caption.getByTestId('now').textContent()).trim()}`);
    assert.equal(await panel.locator('[aria-current=step]').count(), 1);
    assert.equal((await panel.locator('[aria-current=step]').textContent()).trim(), lines[at - 1]);
  }
  // Every segment: one line per step of that fidelity.
  await page.getByTestId('fidelity-every').check();
  const every = (await tutorial.position()).total;
  assert.ok(every > total);
  assert.equal(await panel.getByTestId('transcript-step').count(), every);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the dark theme and the 320 px layout, screenshots for a look', async () => {
  const page = await newPage(site.browser, { colorScheme: 'dark' });
  const tutorial = new TutorialPage(page, site.server.url);
  await tutorial.open({ query: '?step=6' });
  while ((await tutorial.packets.count()) === 0) await page.keyboard.press('ArrowRight');
  await tutorial.packets.first().click();
  await settle(page);
  await screenshot(page, 'dark-tutorial');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print-preview');
  await page.context().close();
});

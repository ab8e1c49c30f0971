// The seed tutorial as a learner uses it: stepping, stepping back, playing,
// pages, keyboard, packet details, overview and storage.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

// The seed's packet names, in the seed's order (shared/seeds/001).
const SEED_PACKETS = [
  'Control_Conn', 'Ack', 'PORT', 'data_Conn', 'Ack_data_Conn', 'ftp_Data',
  'Close_Data', 'Ack_Data', 'Ack', 'Close_Ctrl', 'Ack_Close',
];
// What H1's console must show, in this order (other lines may come between).
const SEED_CONSOLE = [
  /^\$ ftp 1\.1\.2\.1$/,
  /^220 FTP Server ready/,
  /^ftp> get foo$/,
  /^150 Opening BINARY mode data connection for foo \(\d+ bytes\)/,
  /^226 Transfer complete/,
  /^ftp> quit$/,
  /^221 Goodbye/,
];

let page, tutorial;
const site = useSite();
beforeEach(async () => {
  page = await newPage(site.browser);
  tutorial = new TutorialPage(page, site.server.url);
});

function assertInOrder(lines, patterns) {
  let at = 0;
  for (const p of patterns) {
    const found = lines.findIndex((l, i) => i >= at && p.test(l));
    assert.ok(found >= 0, `expected a console line matching ${p} after line ${at}; console:\n${lines.join('\n')}`);
    at = found + 1;
  }
}

test('stepping through the whole tutorial shows the seed packets and console lines in order', async () => {
  await tutorial.open();
  const { pos, total } = await tutorial.position();
  assert.equal(pos, 0);
  assert.ok(total >= SEED_PACKETS.length);
  assert.deepEqual(await tutorial.packetNames(), []);
  const seen = [];
  const shots = new Set([1, 3, 4, 6, total]);
  for (let i = 1; i <= total; i++) {
    await tutorial.stepForward();
    assert.equal((await tutorial.position()).pos, i);
    const names = await tutorial.packetNames();
    assert.ok(names.length <= 1, 'one packet on stage at a time');
    seen.push(...names);
    if (shots.has(i)) await screenshot(page, `tutorial-step-${String(i).padStart(2, '0')}`);
  }
  // Each packet step shows its packet once; consecutive equal names never occur in the seed.
  const dedup = seen.filter((n, i) => i === 0 || n !== seen[i - 1] || n === 'Ack');
  assert.deepEqual(dedup, SEED_PACKETS);
  assertInOrder(await tutorial.consoleLines(), SEED_CONSOLE);
  assert.equal(await tutorial.button('Step forward').isDisabled(), true);
  assert.deepEqual(page.problems, []);
});

test('each packet appears at its own step, and PORT carries 54705', async () => {
  await tutorial.open();
  const { total } = await tutorial.position();
  const order = [];
  for (let i = 1; i <= total; i++) {
    await tutorial.stepForward();
    const names = await tutorial.packetNames();
    if (names.length) order.push(names[0]);
    if (names[0] === 'PORT') {
      await tutorial.packets.first().click();
      await tutorial.details.waitFor();
      const text = await tutorial.details.innerText();
      assert.match(text, /1\.1\.1\.1/);
      assert.match(text, /54705/);
      assert.match(text, /213 × 256 \+ 177 = 54705/);
      assert.match(text, /PORT 1,1,1,1,213,177/);
      await screenshot(page, 'tutorial-port-details');
      await tutorial.button('Close').click();
      assert.equal(await tutorial.details.count(), 0);
    }
    if (names[0] === 'data_Conn') {
      // The data connection's ports: H1 listens on 54705, S1 connects from 20.
      const ports = await page.getByTestId('connection').allTextContents();
      assert.ok(ports.some((p) => /port 54705/.test(p) && /port 20\b/.test(p)), ports.join(' | '));
      assert.ok(ports.some((p) => /port 21\b/.test(p)), 'control connection still open');
    }
  }
  assert.deepEqual(order, SEED_PACKETS);
});

test('Step back restores exactly the previous state, console and caption included', async () => {
  await tutorial.open();
  const { total } = await tutorial.position();
  const states = [await tutorial.snapshot()];
  for (let i = 1; i <= total; i++) {
    await tutorial.stepForward();
    states.push(await tutorial.snapshot());
  }
  for (let i = total - 1; i >= 0; i--) {
    await tutorial.stepBack();
    assert.deepEqual(await tutorial.snapshot(), states[i], `state after stepping back to ${i}`);
  }
  assert.equal(await tutorial.button('Step back').isDisabled(), true);
});

test('Play reaches the end and stops; Pause holds the position', async () => {
  await tutorial.open();
  await page.getByLabel('Speed').selectOption('4');
  await tutorial.button('Play').click();
  await page.waitForFunction(() => /^Step [1-9]/.test(document.querySelector('[data-testid=step-counter]').textContent));
  await tutorial.button('Pause').click();
  const paused = (await tutorial.position()).pos;
  await page.waitForTimeout(900);
  assert.equal((await tutorial.position()).pos, paused, 'no step while paused');
  await tutorial.button('Play').click();
  const { total } = await tutorial.position();
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid=step-counter]').textContent === `Step ${t} of ${t}`,
    total,
    { timeout: 30_000 },
  );
  await tutorial.button('Play').waitFor(); // the label returns to Play at the end
  assert.deepEqual(page.problems, []);
});

test('Next page and Previous page move through the six caption pages', async () => {
  await tutorial.open();
  const titles = [await tutorial.pageTitle.textContent()];
  while (!(await tutorial.button('Next page').isDisabled())) {
    await tutorial.button('Next page').click();
    titles.push(await tutorial.pageTitle.textContent());
  }
  assert.equal(titles.length, 6, titles.join(' | '));
  titles.forEach((t, i) => assert.match(t, new RegExp(`^Page ${i + 1} of 6: `)));
  const back = [];
  while (!(await tutorial.button('Previous page').isDisabled())) {
    await tutorial.button('Previous page').click();
    back.push(await tutorial.pageTitle.textContent());
  }
  assert.deepEqual(back.slice(0, 5), titles.slice(0, 5).reverse());
  assert.equal((await tutorial.position()).pos, 0);
});

test('keyboard: arrows step, Space plays, PageDown/PageUp page, Home/End jump', async () => {
  await tutorial.open();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal((await tutorial.position()).pos, 2);
  await page.keyboard.press('ArrowLeft');
  assert.equal((await tutorial.position()).pos, 1);
  await page.keyboard.press('End');
  const { pos, total } = await tutorial.position();
  assert.equal(pos, total);
  await page.keyboard.press('Home');
  assert.equal((await tutorial.position()).pos, 0);
  await page.keyboard.press('PageDown');
  assert.match(await tutorial.pageTitle.textContent(), /^Page 2 of 6/);
  await page.keyboard.press('PageUp');
  assert.match(await tutorial.pageTitle.textContent(), /^Page 1 of 6/);
  await page.keyboard.press(' ');
  await tutorial.button('Pause').waitFor();
  await page.keyboard.press(' ');
  await tutorial.button('Play').waitFor();
});

test('every control has an accessible name equal to its visible label', async () => {
  await tutorial.open();
  for (const label of ['Step forward', 'Play', 'Step back', 'Restart', 'Next page', 'Previous page']) {
    const b = tutorial.button(label);
    assert.equal(await b.count(), 1, label);
    assert.equal((await b.innerText()).trim(), label);
  }
  assert.equal(await page.getByLabel('Speed').count(), 1);
});

test('the overview shows on a first visit and "Don\'t show this again" is remembered', async () => {
  await tutorial.open({ keepOverview: true });
  assert.ok(await tutorial.overview.isVisible());
  await screenshot(page, 'tutorial-overview');
  await page.getByLabel("Don't show this again").check();
  await tutorial.button('Start the tutorial').click();
  assert.ok(!(await tutorial.overview.isVisible()));
  await page.reload();
  await tutorial.counter.waitFor();
  assert.ok(!(await tutorial.overview.isVisible()), 'hidden after reload');
  await tutorial.button('Overview').click();
  assert.ok(await tutorial.overview.isVisible(), 'can be opened again');
  await page.waitForFunction(() => document.activeElement?.id === 'overview-title');
  await tutorial.button('Start the tutorial').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'play');
});

test('the page works where localStorage throws', async () => {
  await page.addInitScript(() => {
    const boom = () => { throw new DOMException('blocked', 'SecurityError'); };
    Object.defineProperty(window, 'localStorage', { get: boom });
  });
  await tutorial.open({ keepOverview: true });
  assert.ok(await tutorial.overview.isVisible());
  await page.getByLabel("Don't show this again").check();
  await tutorial.button('Start the tutorial').click();
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 1);
  assert.deepEqual(page.problems, []);
});

test('a clean page: one h1, a main landmark, a favicon and a viewport meta', async () => {
  await tutorial.open();
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('link[rel=icon]').count(), 1);
  assert.match(await page.locator('meta[name=viewport]').getAttribute('content'), /width=device-width/);
  assert.deepEqual(page.problems, []);
});

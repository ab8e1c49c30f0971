// The time-sequence graph under Go deeper: a chunk of its own, one point per
// data segment, a point selects that packet everywhere and moves the lesson,
// the keyboard walks the points, and the 1 MiB transfer opens with no long task.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage, DeeperViews } from '../pages/tutorial.mjs';

const site = useSite();
let page, tutorial, deeper;

/** Opens a lesson (default: the seed), scrolled to Go deeper; wasm files fetched are in `page.fetched`. */
async function open(query = '') {
  page = await newPage(site.browser);
  page.fetched = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.endsWith('.wasm')) page.fetched.push(name);
  });
  tutorial = new TutorialPage(page, site.server.url);
  deeper = new DeeperViews(page);
  await tutorial.open({ query });
  await deeper.show();
}

/** How many packets the list shows for a display filter. */
async function countFor(filter) {
  await deeper.applyFilter(filter);
  const text = await page.getByTestId('packet-count').textContent();
  return Number(/(\d+)/.exec(text)[1]);
}

beforeEach(() => { page = undefined; });
afterEach(async () => {
  if (page) {
    assert.deepEqual(page.problems, []);
    await page.context().close();
  }
});

test('the graph is a chunk fetched with its tab; one point per data segment, in time order', async () => {
  await open();
  assert.ok(!page.fetched.some((n) => n.startsWith('split_tsg-')), `fetched before the tab: ${page.fetched}`);
  const segments = await countFor('tcp.stream == 1 && tcp.len > 0');
  assert.equal(segments, 3, 'the seed sends foo in three segments');
  await deeper.openGraph();
  assert.ok(page.fetched.some((n) => n.startsWith('split_tsg-')), `${page.fetched}`);
  assert.equal(await deeper.graph.getAttribute('data-points'), String(segments));
  assert.equal(await deeper.graphPoint.getAttribute('aria-setsize'), String(segments));
  const points = await deeper.graphPoints();
  assert.equal(points.length, segments);
  assert.ok(points.every((p) => p.kind === 'data'), 'no retransmission, nothing lost');
  // Each higher than the one before: bytes 0–1460, 1460–2920, 2920–3584.
  assert.ok(points[0].y > points[1].y && points[1].y > points[2].y, JSON.stringify(points));
  assert.match(await page.getByTestId('tsg-summary').textContent(), /^S1 sent 3584 bytes to H1 in 3 segments, from 0\.70\d s to 0\.7\d\d s \(retransmissions: 0; lost on the way: 0\)\./);
  // The seed's window is far above its 3.5 KB: fitted to the data, the whole window on demand.
  const whole = page.getByTestId('tsg-whole-window');
  assert.equal(await whole.getAttribute('aria-pressed'), 'false');
  const fitted = await deeper.graphPoints();
  await whole.click();
  assert.equal(await whole.getAttribute('aria-pressed'), 'true');
  const low = await deeper.graphPoints();
  assert.ok(low[2].y > fitted[2].y + 50, 'to scale, the data sits at the bottom');
  await whole.click();
});

test('a click on a point selects that packet everywhere and moves the lesson to it', async () => {
  await open();
  await deeper.openGraph();
  assert.equal((await tutorial.position()).pos, 0);
  const points = await deeper.graphPoints();
  await page.mouse.click(points[2].x, points[2].y);
  const { pos } = await tutorial.position();
  assert.ok(pos > 0, 'the lesson moved');
  assert.equal(await deeper.graphPoint.getAttribute('aria-posinset'), '3');
  const frame = await deeper.graphPoint.getAttribute('data-frame');
  assert.equal(await deeper.graphPoint.getAttribute('aria-selected'), 'true');
  assert.match(await deeper.inspector.locator('h3').textContent(), new RegExp(`^Frame ${frame}:`));
  // The current step's packet is marked, and so is the selection.
  assert.ok((await page.getByTestId('tsg-selected').getAttribute('cx')) > 0);
  await screenshot(page, 'tsg-seed-clicked');
  await deeper.tab('Packet list').click();
  assert.equal(await deeper.row(frame).getAttribute('aria-selected'), 'true');
  // A click on empty space selects nothing.
  await deeper.openGraph();
  const box = await deeper.graph.boundingBox();
  await page.mouse.click(box.x + box.width - 20, box.y + 30);
  assert.equal((await tutorial.position()).pos, pos);
});

test('the keyboard: one tab stop, ← → Home End move and name the point, Enter selects, the lesson\'s keys stay out', async () => {
  await open();
  await deeper.openGraph();
  // From the tab, Tab reaches the chart after the zoom button: one stop for all points.
  assert.equal((await page.locator('#tab-tsg').textContent()).trim(), 'TCP graph');
  await page.locator('#tab-tsg').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tsg');
  const chart = deeper.graph;
  const named = async () => {
    const id = await chart.getAttribute('aria-activedescendant');
    const option = page.locator(`#${id}`);
    assert.equal(await option.getAttribute('role'), 'option');
    return option.getAttribute('aria-label');
  };
  assert.match(await named(), /^Frame 28, 0\.717 s, bytes 0–1460$/);
  assert.ok(await page.locator('.tsg-focus').isVisible(), 'the focused point shows a ring');
  await page.keyboard.press('ArrowRight');
  assert.match(await named(), /^Frame 29, 0\.71\d s, bytes 1460–2920$/);
  assert.equal((await tutorial.position()).pos, 0, '→ moved the point, not the lesson');
  await page.keyboard.press('End');
  assert.match(await named(), /^Frame 30, .* bytes 2920–3584$/);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const { pos } = await tutorial.position();
  assert.ok(pos > 0, 'Enter moved the lesson');
  assert.equal(await deeper.graphPoint.getAttribute('aria-selected'), 'true');
  assert.match(await deeper.inspector.locator('h3').textContent(), /^Frame 29:/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  assert.match(await deeper.inspector.locator('h3').textContent(), /^Frame 28:/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'tsg', 'focus stays on the chart');
  // Stepping the lesson (every segment) moves the current step's mark and the keyboard's point with the selection.
  await page.getByTestId('fidelity-every').check();
  await tutorial.stepForward();
  assert.match(await named(), /^Frame 29,/);
  const band = await page.getByTestId('tsg-current').boundingBox();
  const ring = await page.getByTestId('tsg-selected').boundingBox();
  const centre = { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 };
  assert.ok(band.x < centre.x && centre.x < band.x + band.width && band.y < centre.y && centre.y < band.y + band.height,
    'the current step is the selected point');
});

test('1 MiB: the graph opens with no long task, one point per data segment', async () => {
  await open('?scenario=large');
  const segments = await countFor('tcp.stream == 1 && tcp.len > 0');
  assert.ok(segments >= 700, `${segments}`);
  await page.evaluate(() => {
    window.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await deeper.openGraph();
  // Two frames after the chart is in, plus time for anything it scheduled.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(500);
  const opening = await page.evaluate(() => window.__longtasks.splice(0));
  assert.equal(await deeper.graph.getAttribute('data-points'), String(segments));
  assert.equal((await deeper.graphPoints()).length, segments);
  assert.equal(await page.getByTestId('tsg-whole-window').count(), 0, 'the window fits: no zoom');
  // Selecting a point in the middle of the transfer, by keyboard.
  await deeper.graph.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const selecting = await page.evaluate(() => window.__longtasks.splice(0));
  await screenshot(page, 'tsg-large');
  console.log(`# long tasks opening the 1 MiB graph: ${JSON.stringify(opening)}; selecting a point: ${JSON.stringify(selecting)}`);
  assert.deepEqual(opening, [], 'no long task while the graph opens');
  assert.equal(await deeper.graphPoint.getAttribute('aria-posinset'), '51');
});

test('the lossy lesson: the lost segment hollow, its retransmission a diamond at the same height, both named', async () => {
  await open('?scenario=lossy');
  const segments = await countFor('tcp.stream == 1 && tcp.len > 0');
  await deeper.openGraph();
  assert.equal(await deeper.graph.getAttribute('data-points'), String(segments));
  const points = await deeper.graphPoints();
  const kinds = points.map((p) => p.kind);
  assert.equal(points.length, segments);
  assert.deepEqual(kinds.filter((k) => k !== 'data').sort(), ['tsg-lost', 'tsg-retransmitted'], kinds.join(' '));
  const lost = points.find((p) => p.kind === 'tsg-lost');
  const again = points.find((p) => p.kind === 'tsg-retransmitted');
  assert.ok(lost.x < again.x && Math.abs(lost.y - again.y) < 2, 'the same bytes, later');
  assert.match(await page.getByTestId('tsg-summary').textContent(), /\(retransmissions: 1; lost on the way: 1\)\./);
  // The keyboard names them; Enter on the retransmission selects Wireshark's retransmission in the list.
  await deeper.graph.focus();
  const names = [];
  for (let i = 0; i < segments; i++) {
    names.push(await deeper.graphPoint.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(names.filter((n) => n.endsWith(', lost on the way')).length, 1, names.join('\n'));
  const k = names.findIndex((n) => n.endsWith(', retransmission'));
  assert.ok(k > 0, names.join('\n'));
  await page.keyboard.press('Home');
  for (let i = 0; i < k; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const frame = await deeper.graphPoint.getAttribute('data-frame');
  await screenshot(page, 'tsg-lossy');
  await deeper.tab('Packet list').click();
  const row = deeper.row(frame);
  assert.equal(await row.getAttribute('aria-selected'), 'true');
  assert.match(await row.innerText(), /Retransmission/);
});

test('several data connections: a picker, the current step\'s connection first', async () => {
  await open('?scenario=two-pcs');
  await deeper.openGraph();
  const picker = page.getByTestId('tsg-connection');
  const options = await picker.locator('option').allTextContents();
  assert.ok(options.length >= 2, options.join('\n'));
  assert.ok(options.every((o) => /^Data connection: /.test(o)), options.join('\n'));
  const first = await page.getByTestId('tsg-summary').textContent();
  await picker.selectOption({ index: options.length - 1 });
  const last = await page.getByTestId('tsg-summary').textContent();
  assert.notEqual(first, last);
  assert.ok(Number(await deeper.graph.getAttribute('data-points')) >= 1);
  assert.equal(await picker.evaluate((s) => s.labels[0]?.textContent.trim().startsWith('Connection')), true);
});

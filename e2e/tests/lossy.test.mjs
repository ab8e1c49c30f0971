// A network that loses packets: the lesson ?scenario=lossy, Wireshark's marks
// in the packet list, and Try it yourself's switches.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage, DeeperViews } from '../pages/tutorial.mjs';

let page, tutorial;
const site = useSite();
beforeEach(async () => {
  page = await newPage(site.browser);
  tutorial = new TutorialPage(page, site.server.url);
});

/** Steps forward until a packet named `name` is on the stage; its step number. */
async function stepTo(name) {
  const { total } = await tutorial.position();
  for (let i = 0; i < total; i++) {
    if ((await tutorial.packetNames()).includes(name)) return (await tutorial.position()).pos;
    await tutorial.stepForward();
  }
  assert.fail(`no ${name} in the lesson`);
}

test('the lossy lesson: a lost segment stops halfway and says so; duplicate ACKs bring it again', async () => {
  await tutorial.open({ query: '?scenario=lossy' });
  const names = [];
  const { total } = await tutorial.position();
  for (let i = 0; i < total; i++) {
    await tutorial.stepForward();
    names.push(...(await tutorial.packetNames()));
  }
  const order = ['ftp_Data', 'Lost_Data', 'Ack_Data', 'Dup_Ack', 'Retransmission', 'Lost_Ack', 'Cumulative_Ack', 'Close_Data'];
  const at = order.map((n) => names.indexOf(n));
  assert.ok(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1])), names.join(' | '));
  assert.equal(names.filter((n) => n === 'Dup_Ack').length, 3, 'three duplicate ACKs');
  const lines = await tutorial.consoleLines();
  assert.ok(lines.some((l) => /^10000 bytes received in /.test(l)), lines.join('\n'));

  // Back to the lost segment: marked on the stage, in words too.
  await page.keyboard.press('Home');
  await stepTo('Lost_Data');
  const packet = page.getByTestId('packet');
  assert.match(await packet.getAttribute('aria-label'), /Lost_Data: lost on the way/);
  assert.equal((await page.getByTestId('lost-mark').textContent()).trim(), '✕ lost on the way');
  assert.match(await page.locator('.stage .packet.lost').getAttribute('class'), /\bdropped\b/);
  assert.match(await page.getByTestId('page-title').textContent(), /lost/i);
  await screenshot(page, 'lossy-lost-data');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'lossy-lost-data-390');
  assert.deepEqual(page.problems, []);
});

test('the packet list marks what Wireshark marks, and the filter knows tcp.analysis', async () => {
  await tutorial.open({ query: '?scenario=lossy' });
  const deeper = await new DeeperViews(page).show();
  await deeper.applyFilter('tcp.analysis.retransmission');
  const rtx = await deeper.listedFrames();
  assert.equal(rtx.length, 1, `${rtx}`);
  await deeper.applyFilter('tcp.analysis.duplicate_ack');
  assert.equal((await deeper.listedFrames()).length, 3);
  await deeper.applyFilter('tcp.analysis.flags');
  const flagged = await deeper.listedFrames();
  const bad = await deeper.rows.locator('[data-testid=packet-row].bad-tcp').count();
  assert.equal(bad, flagged.length, 'each marked row is coloured');
  const info = await deeper.rows.locator('[data-testid=packet-row].bad-tcp').allInnerTexts();
  assert.ok(info.some((t) => /\[TCP Fast Retransmission\]/.test(t)), info.join('\n'));
  assert.ok(info.some((t) => /\[TCP Dup ACK \d+#3\]/.test(t)), info.join('\n'));
  await screenshot(page, 'lossy-packet-list');
});

test('Try it yourself: the network switches lose segments and TCP still delivers', async () => {
  await page.goto(`${site.server.url}?page=try`);
  const input = page.getByTestId('terminal-input');
  await input.waitFor();
  const status = page.getByTestId('network-status');
  const drop = page.getByTestId('network-drop-next');
  assert.equal(await drop.getAttribute('aria-pressed'), 'false');
  await drop.click();
  assert.equal(await drop.getAttribute('aria-pressed'), 'true');
  assert.match(await status.textContent(), /next data segment/);
  await input.fill('get foo');
  await input.press('Enter');
  // Used up by that line.
  assert.equal(await drop.getAttribute('aria-pressed'), 'false');
  await page.getByTestId('network-loss').check();
  await input.fill('get foo');
  await input.press('Enter');
  // Skip the animation to the end of the session (the keys act outside the input).
  await tutorial.button('Pause').click().catch(() => {});
  await page.keyboard.press('End');
  const lines = await page.getByTestId('console').locator('.line').allTextContents();
  assert.equal(lines.filter((l) => /^3584 bytes received in /.test(l)).length, 2, lines.join('\n'));
  const deeper = await new DeeperViews(page).show();
  await deeper.applyFilter('tcp.analysis.retransmission');
  assert.ok((await deeper.listedFrames()).length >= 1, 'the lost segment was sent again');
  await screenshot(page, 'lossy-try-it');
  // Reset puts the network back.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  assert.equal(await page.getByTestId('network-loss').isChecked(), false);
  assert.deepEqual(page.problems, []);
});

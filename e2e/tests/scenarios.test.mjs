// More scenarios, the terminal, side by side and the socket tables.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage, DeeperViews } from '../pages/tutorial.mjs';

// What each scenario must show somewhere on a console by its end (from the model).
const SCENARIOS = {
  active: [/^ftp> get foo$/, /^226 Transfer complete/],
  passive: [/^227 Entering Passive Mode \(1,1,2,1,\d+,\d+\)/, /^226 Transfer complete/],
  'login-list': [/^ftp> dir$/, /^ftp> cd pub$/, /^250 /, /^ftp> get readme\.txt$/, /^ftp> bye$/],
  'two-pcs': [/^ftp> put report\.txt$/, /^ftp> get report\.txt$/],
  firewall: [/^425 /, /^ftp> passive$/, /^226 Transfer complete/],
  'bad-password': [/^530 /],
  'missing-file': [/^550 /],
  epsv: [/^229 Entering Extended Passive Mode \(\|\|\|\d+\|\)/],
  large: [/^ftp> get large\.txt$/, /^150 .*\(1048576 bytes\)$/, /^1048576 bytes received in /],
  lossy: [/^ftp> get notes\.txt$/, /^10000 bytes received in /],
};

let page, tutorial;
const site = useSite();
beforeEach(async () => {
  page = await newPage(site.browser);
  tutorial = new TutorialPage(page, site.server.url);
});

async function allConsoleLines() {
  return page.getByTestId('console').locator('.line').allTextContents();
}

test('the picker lists every scenario and each one plays to its end', async () => {
  await tutorial.open();
  const picker = page.getByTestId('scenario-picker');
  const ids = await picker.locator('a').evaluateAll((as) => as.map((a) => a.dataset.scenario));
  assert.deepEqual(ids, Object.keys(SCENARIOS));
  for (const [id, expected] of Object.entries(SCENARIOS)) {
    await picker.locator(`a[data-scenario="${id}"]`).click();
    await page.waitForURL(id === 'active' ? /\/(\?scenario=active)?$/ : new RegExp(`\\?scenario=${id}$`));
    await tutorial.counter.waitFor();
    if (await tutorial.overview.isVisible()) await tutorial.button('Start the tutorial').click();
    assert.equal(await picker.locator('a[aria-current=page]').getAttribute('data-scenario'), id);
    await page.keyboard.press('End');
    const { pos, total } = await tutorial.position();
    assert.equal(pos, total);
    const lines = await allConsoleLines();
    for (const re of expected) assert.ok(lines.some((l) => re.test(l)), `${id}: ${re} in\n${lines.join('\n')}`);
    assert.match(await tutorial.pageTitle.textContent(), /^Page (\d+) of \1: /, `${id} ends on its last page`);
    if (['firewall', 'two-pcs', 'login-list'].includes(id)) await screenshot(page, `scenario-${id}`);
  }
  assert.deepEqual(page.problems, []);
});

test('the 1 MiB file: every-segment mode steps through all 720 data segments and the list stays virtual', async () => {
  await tutorial.open({ query: '?scenario=large' });
  const { total: lessonTotal } = await tutorial.position();
  await page.getByTestId('fidelity-every').check();
  const { pos, total } = await tutorial.position();
  // 1130 segments (720 carry data; delayed ACKs: about one ACK per two) and the console steps.
  assert.ok(total > 1100, `every segment: ${total} steps (lesson: ${lessonTotal})`);
  // The moment is kept across the switch, and End / Home reach both ends.
  assert.equal(pos, 0);
  // The keys belong to the radio group while it has focus; leave it first.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('End');
  assert.deepEqual(await tutorial.position(), { pos: total, total });
  const lines = await tutorial.consoleLines();
  assert.ok(lines.some((l) => /^221 Goodbye/.test(l)), lines.join('\n'));
  await page.keyboard.press('Home');
  assert.equal((await tutorial.position()).pos, 0);
  // The packet list renders a window of rows, not all 1130 frames.
  const deeper = await new DeeperViews(page).show();
  const rendered = await deeper.rows.locator('[data-testid=packet-row]').count();
  assert.ok(rendered > 0 && rendered < 200, `${rendered} rows in the DOM`);
  const frames = await deeper.listedFrames();
  assert.equal(frames.length, 1130, 'scrolling reaches every frame');
  assert.deepEqual(page.problems, []);
});

test('passive mode: the client opens the data connection to the port S1 announced', async () => {
  await tutorial.open({ query: '?scenario=passive' });
  const { total } = await tutorial.position();
  let dataConn;
  for (let i = 0; i < total; i++) {
    await tutorial.stepForward();
    if ((await tutorial.packetNames())[0] === 'data_Conn') {
      dataConn = await page.getByTestId('now').textContent();
      break;
    }
  }
  assert.match(dataConn, /^data_Conn: H1 → S1, \[SYN\] from 1\.1\.1\.1:\d+ to 1\.1\.2\.1:\d+/);
});

test('the firewall drops the server\'s SYNs, then passive mode works', async () => {
  await tutorial.open({ query: '?scenario=firewall' });
  await page.getByTestId('fidelity-key').check();
  const deeper = await new DeeperViews(page).show();
  await deeper.tab('Ladder diagram').click();
  await page.getByTestId('ladder-arrow').first().waitFor();
  const dropped = page.locator('[data-testid=ladder-arrow].dropped');
  assert.ok((await dropped.count()) >= 2, 'the dropped SYNs are drawn stopping halfway');
});

test('two PCs: PC2 takes the client side of the stage and has its own console', async () => {
  await tutorial.open({ query: '?scenario=two-pcs' });
  assert.match(await page.getByTestId('host-client').textContent(), /H1\s*1\.1\.1\.1/);
  await page.keyboard.press('End');
  assert.match(await page.getByTestId('host-client').textContent(), /PC2\s*1\.1\.1\.2/);
  const consoles = page.locator('.console-panel h2');
  assert.deepEqual(await consoles.allTextContents(), ["H1's console", "PC2's console"]);
});

test('an unknown scenario shows a notice and the original tutorial', async () => {
  await tutorial.open({ query: '?scenario=does-not-exist' });
  assert.match(await page.getByTestId('notice').textContent(), /no scenario “does-not-exist”/);
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 1);
  assert.deepEqual(page.problems, []);
});

test('socket tables follow the session, netstat style', async () => {
  await tutorial.open();
  const table = (host) => page.locator(`[data-testid=socket-table][data-host="${host}"]`);
  assert.match(await table('S1').innerText(), /0\.0\.0\.0:21\s+\*:\*\s+LISTEN/);
  const { total } = await tutorial.position();
  for (let i = 0; i < total; i++) {
    await tutorial.stepForward();
    if ((await tutorial.packetNames())[0] === 'data_Conn') break;
  }
  assert.match(await table('S1').innerText(), /1\.1\.2\.1:20\s+1\.1\.1\.1:54705\s+SYN-SENT/);
  assert.match(await table('H1').innerText(), /1\.1\.1\.1:54705\s+\*:\*\s+LISTEN/);
  assert.match(await table('H1').innerText(), /1\.1\.1\.1:54704\s+1\.1\.2\.1:21\s+ESTABLISHED/);
  await tutorial.stepBack();
  assert.doesNotMatch(await table('S1').innerText(), /SYN-SENT/, 'stepping back restores the table');
});

test('side by side: the same packet index, opened by the server in active mode and by the client in passive', async () => {
  await page.goto(`${site.server.url}?page=compare`);
  const active = page.getByTestId('compare-active');
  const passive = page.getByTestId('compare-passive');
  await active.waitFor();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step forward', exact: true }).click();
  assert.equal(await page.getByTestId('compare-counter').textContent(), 'Packet 4 of 11');
  assert.deepEqual(await active.getByTestId('packet').allTextContents(), ['data_Conn']);
  assert.deepEqual(await passive.getByTestId('packet').allTextContents(), ['data_Conn']);
  assert.match(await active.locator('.now').textContent(), /S1 → H1/);
  assert.match(await passive.locator('.now').textContent(), /H1 → S1/);
  await screenshot(page, 'compare');
  await page.getByRole('button', { name: 'Step back', exact: true }).click();
  assert.deepEqual(await active.getByTestId('packet').allTextContents(), ['PORT']);
  assert.deepEqual(await passive.getByTestId('packet').allTextContents(), ['PASV']);
  assert.deepEqual(page.problems, []);
});

test('the terminal: get foo sends PORT, then S1 opens data_Conn from port 20', async () => {
  await page.goto(`${site.server.url}?page=try`);
  const input = page.getByTestId('terminal-input');
  await input.waitFor();
  await input.fill('get foo');
  await input.press('Enter');
  await tutorial.button('Pause').click().catch(() => {});
  // Walk the new steps from where they began.
  const names = [];
  const nows = [];
  await page.keyboard.press('Home');
  const { total } = await tutorial.position();
  for (let i = 0; i < total; i++) {
    await tutorial.stepForward();
    names.push(...(await tutorial.packetNames()));
    nows.push(await page.getByTestId('now').textContent());
  }
  const port = names.lastIndexOf('PORT');
  const data = names.lastIndexOf('data_Conn');
  assert.ok(port >= 0 && data > port, names.join(' | '));
  assert.ok(nows.some((n) => /^data_Conn: S1 → H1, \[SYN\] from 1\.1\.2\.1:20 to 1\.1\.1\.1:\d+/.test(n)), nows.join('\n'));
  const lines = await allConsoleLines();
  assert.ok(lines.some((l) => /^150 Opening BINARY mode data connection for foo/.test(l)));
  await screenshot(page, 'terminal-get-foo');
});

test('the terminal answers help, refuses unknown or odd input calmly, keeps history and resets', async () => {
  await page.goto(`${site.server.url}?page=try`);
  const input = page.getByTestId('terminal-input');
  await input.waitFor();
  const before = await tutorial.position();
  await input.fill('help');
  await input.press('Enter');
  let lines = await allConsoleLines();
  assert.ok(lines.some((l) => /^\s+get\b/.test(l)), 'help lists get');
  await input.fill('gett foo');
  await input.press('Enter');
  lines = await allConsoleLines();
  assert.ok(lines.includes('?Invalid command.'), lines.join('\n'));
  assert.ok(lines.some((l) => /get/.test(l) && /help|mean/i.test(l)), 'a hint follows');
  assert.deepEqual(await tutorial.position(), before, 'a refused line sends nothing');
  for (const odd of ['   ', 'x'.repeat(600), '\u0000\u0007', '🙂 get', 'get "foo']) {
    await input.fill(odd);
    await input.press('Enter');
  }
  assert.deepEqual(page.problems, []);
  await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'get "foo');
  for (let i = 0; i < 3; i++) await input.press('ArrowUp');
  assert.equal(await input.inputValue(), 'x'.repeat(512), 'history recalls earlier lines (cut at the limit)');
  await input.fill('ls');
  await input.press('Enter');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  lines = await allConsoleLines();
  assert.ok(!lines.some((l) => /ls$/.test(l)), 'reset forgets the session');
  await tutorial.stepForward().catch(() => {});
  assert.deepEqual(page.problems, []);
});

// Inside every packet: fidelity switch, inspector, ladder, packet list with
// display filters, follow stream, capture downloads, one selection.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { pcapFrames, tshark, tsharkFrames } from '../support/pcap.mjs';
import { TutorialPage, DeeperViews } from '../pages/tutorial.mjs';

const FILTERS = [
  'ftp',
  'ftp-data',
  'ftp || ftp-data',
  'tcp.port == 21',
  'tcp.flags.syn == 1',
  'ftp.request.command == "USER"',
  'ftp.request.command == "USER" && ftp.request.arg == "anonymous"',
  'ftp.response.code == 226',
  'ftp.request.command == "PASV"',
  '!(tcp.port == 21)',
  'ftp and not ftp.response',
  'tcp.flags.fin == 1 or tcp.flags.syn == 1',
];

let page, tutorial, deeper;
const dir = mkdtempSync(join(tmpdir(), 'ftp-basics-e2e-'));

const site = useSite();
beforeEach(async () => {
  page = await newPage(site.browser, { acceptDownloads: true });
  tutorial = new TutorialPage(page, site.server.url);
  deeper = new DeeperViews(page);
  await tutorial.open();
  await deeper.show();
});

async function download(label, name) {
  const [dl] = await Promise.all([page.waitForEvent('download'), tutorial.button(label).click()]);
  const path = join(dir, name);
  await dl.saveAs(path);
  return { path, suggested: dl.suggestedFilename() };
}

test('the downloaded captures decode in tshark as FTP and FTP-DATA, with valid checksums', async () => {
  const pcap = await download('Download .pcap', 'page.pcap');
  const pcapng = await download('Download .pcapng', 'page.pcapng');
  assert.match(pcap.suggested, /\.pcap$/);
  assert.match(pcapng.suggested, /\.pcapng$/);
  for (const { path } of [pcap, pcapng]) {
    const requests = tshark(['-r', path, '-Y', 'ftp.request', '-T', 'fields', '-e', 'ftp.request.command']);
    assert.deepEqual(requests.split('\n').filter(Boolean).filter((c) => ['PORT', 'RETR', 'QUIT'].includes(c)), ['PORT', 'RETR', 'QUIT']);
    assert.ok(tsharkFrames(path, 'ftp-data').length >= 2, 'the file travels as FTP-DATA');
    assert.deepEqual(tsharkFrames(path, '_ws.malformed || _ws.expert.severity == error || tcp.checksum.status == 0 || ip.checksum.status == 0'), []);
  }
  // pcapng carries the captions as packet comments.
  const comments = tshark(['-r', pcapng.path, '-Y', 'frame.comment', '-T', 'fields', '-e', 'frame.comment']);
  assert.match(comments, /Control_Conn/);
  assert.match(comments, /PORT/);
});

test('each display filter narrows the list to the frames tshark selects', async () => {
  const { path } = await download('Download .pcap', 'filters.pcap');
  const all = await deeper.listedFrames();
  assert.equal(all.length, pcapFrames(path).length, 'no filter: every frame listed');
  for (const f of FILTERS) {
    await deeper.applyFilter(f);
    assert.equal(await deeper.filterError.textContent(), '', `no error for ${f}`);
    const expected = tsharkFrames(path, f);
    assert.deepEqual(await deeper.listedFrames(), expected, `filter ${f}`);
    assert.match(await page.getByTestId('packet-count').textContent(), new RegExp(`^Showing ${expected.length} of ${all.length} packets$`));
  }
  assert.deepEqual(page.problems, []);
});

test('a bad filter turns the box red with the reason and never breaks the page', async () => {
  await deeper.applyFilter('ftp');
  const before = await deeper.listedFrames();
  for (const bad of ['fpt', 'tcp.port ==', '(ftp', 'tcp.port == abc', '&&', '"unterminated', '('.repeat(5000)]) {
    await deeper.filter.fill(bad);
    await deeper.filter.press('Enter');
    assert.equal(await deeper.filter.getAttribute('aria-invalid'), 'true', bad);
    assert.match(await deeper.filter.getAttribute('class'), /invalid/);
    assert.notEqual((await deeper.filterError.textContent()).trim(), '', `a reason for ${bad.slice(0, 20)}`);
    assert.deepEqual(await deeper.listedFrames(), before, 'the list keeps the last good filter');
  }
  await deeper.filter.fill('fpt');
  assert.match(await deeper.filterError.textContent(), /"fpt" is neither a field nor a protocol name/);
  await screenshot(page, 'deeper-filter-error');
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 1, 'the tutorial still works');
  assert.deepEqual(page.problems, []);
});

test("the inspector's bytes equal the downloaded capture's bytes for the frame", async () => {
  const { path } = await download('Download .pcap', 'inspect.pcap');
  const frames = pcapFrames(path);
  await deeper.applyFilter('ftp.request.command == "PORT"');
  const [portFrame] = await deeper.listedFrames();
  await deeper.row(portFrame).click();
  assert.equal(await deeper.dumpHex(), frames[portFrame - 1].toString('hex'));
  // Every layer is there, and the FTP command field lights its bytes.
  const layers = await deeper.inspector.getByTestId('layer').locator('summary').allTextContents();
  assert.deepEqual(layers, ['Ethernet II', 'Internet Protocol Version 4', 'Transmission Control Protocol', 'File Transfer Protocol (FTP)']);
  const field = deeper.inspector.locator('[data-testid=field][data-abbrev="ftp.request.command"]');
  await field.hover();
  const [litHex, litText] = await deeper.litBytes();
  assert.equal(Buffer.from(litHex, 'hex').toString('ascii'), 'PORT');
  assert.equal(litText, 'PORT', 'the ASCII column lights the same bytes');
  // And the other way round: hovering a byte of the source address lights
  // ip.src and exactly its four bytes (offsets 26..30).
  const ipSrc = deeper.inspector.locator('[data-testid=field][data-abbrev="ip.src"]');
  await deeper.hoverByte(26);
  assert.match(await ipSrc.getAttribute('class'), /\blit\b/);
  assert.equal((await deeper.litBytes())[0], frames[portFrame - 1].subarray(26, 30).toString('hex'));
  // The last byte of the source address, hovered, lights the same field.
  await deeper.hoverByte(29);
  assert.equal((await deeper.litBytes())[0], frames[portFrame - 1].subarray(26, 30).toString('hex'));
  await screenshot(page, 'deeper-inspector');
  // A data frame too.
  await deeper.applyFilter('ftp-data');
  const [dataFrame] = await deeper.listedFrames();
  await deeper.row(dataFrame).click();
  assert.equal(await deeper.dumpHex(), frames[dataFrame - 1].toString('hex'));
});

test('Every segment shows all segments and switching keeps the moment', async () => {
  await tutorial.button('Next page').click(); // page 2: get foo / PORT
  await tutorial.button('Step forward').click();
  const keyCaption = await page.getByTestId('page-title').textContent();
  const keyConsole = await tutorial.consoleLines();
  const { total: keyTotal } = await tutorial.position();
  await page.getByTestId('fidelity-every').check();
  const { total: everyTotal } = await tutorial.position();
  assert.ok(everyTotal > keyTotal, 'more steps at every-segment fidelity');
  assert.equal(await page.getByTestId('page-title').textContent(), keyCaption);
  assert.deepEqual(await tutorial.consoleLines(), keyConsole, 'same moment: same console');
  // Stepping now shows segments the key view leaves out (USER, PASS, RETR, plain ACKs...).
  await tutorial.button('Restart').click();
  const labels = [];
  for (let i = 0; i < everyTotal; i++) {
    await tutorial.stepForward();
    labels.push(...(await tutorial.packetNames()));
  }
  // Key packets keep their names; the segments between them appear too.
  for (const expected of ['Control_Conn', 'USER anonymous', 'PASS', 'FEAT', 'RETR foo', 'Data 1460 B', 'ACK', 'MDTM foo', 'QUIT', 'PORT', 'ftp_Data', 'Ack_Close']) {
    assert.ok(labels.some((l) => l === expected || l.startsWith(expected)), `${expected} in ${labels.join(' | ')}`);
  }
  await page.getByTestId('fidelity-key').check();
  const { pos, total } = await tutorial.position();
  assert.equal(total, keyTotal);
  assert.equal(pos, total, 'the end stays the end');
});

test('one selection: a row, a ladder arrow and the stage all select the same packet and move the animation', async () => {
  // Pick PORT in the list: the animation moves to the PORT step.
  await deeper.applyFilter('ftp.request.command == "PORT"');
  const [portFrame] = await deeper.listedFrames();
  await deeper.row(portFrame).click();
  assert.deepEqual(await tutorial.packetNames(), ['PORT']);
  assert.match(await deeper.inspector.locator('h3').textContent(), new RegExp(`^Frame ${portFrame}:`));
  assert.equal(await deeper.row(portFrame).getAttribute('aria-selected'), 'true');
  // The ladder marks it selected; clicking another arrow selects that one everywhere.
  await deeper.tab('Ladder diagram').click();
  // The tab's view is a chunk of its own: wait until it is there.
  await page.getByTestId('ladder-arrow').first().waitFor();
  const arrows = page.getByTestId('ladder-arrow');
  assert.equal(await arrows.count(), 11, 'one arrow per key packet');
  assert.match(await page.locator('[data-testid=ladder-arrow].selected').textContent(), /PORT/);
  await arrows.nth(3).click(); // data_Conn
  assert.deepEqual(await tutorial.packetNames(), ['data_Conn']);
  assert.match(await page.locator('[data-testid=ladder-arrow].current').textContent(), /SYN/);
  await screenshot(page, 'deeper-ladder');
  await deeper.tab('Packet list').click();
  const selected = page.locator('[data-testid=packet-row][aria-selected=true]');
  assert.equal(await selected.count(), 1);
  assert.match(await selected.innerText(), /\[SYN\]/);
  // Stepping moves the selection along.
  await tutorial.stepForward();
  assert.match(await page.locator('[data-testid=packet-row][aria-selected=true]').innerText(), /\[SYN, ACK\]/);
});

test('follow stream: two-colour control transcript and the file, which can be saved', async () => {
  await deeper.tab('Follow stream').click();
  await page.getByTestId('transcript-line').first().waitFor();
  const lines = await page.getByTestId('transcript-line').allTextContents();
  assert.ok(lines.some((l) => /^H1: PORT 1,1,1,1,213,177$/.test(l)), lines.join('\n'));
  assert.ok(lines.some((l) => /^S1: 220 FTP Server ready/.test(l)));
  assert.ok(lines.some((l) => /^S1: 221 Goodbye/.test(l)));
  const stream = page.getByTestId('data-stream');
  assert.equal(await stream.count(), 1);
  assert.match(await stream.locator('h3').textContent(), /RETR foo \((\d+) bytes/);
  const [dl] = await Promise.all([page.waitForEvent('download'), stream.getByRole('button', { name: 'Save foo' }).click()]);
  assert.equal(dl.suggestedFilename(), 'foo');
  const saved = join(dir, 'foo');
  await dl.saveAs(saved);
  const size = Number(/\((\d+) bytes/.exec(await stream.locator('h3').textContent())[1]);
  assert.equal(readFileSync(saved).length, size);
  // The saved file is exactly what FTP-DATA carried in the capture.
  const cap = await download('Download .pcap', 'follow.pcap');
  const carried = tshark(['-r', cap.path, '-Y', 'ftp-data', '-T', 'fields', '-e', 'tcp.payload']).split('\n').join('');
  assert.equal(readFileSync(saved).toString('hex'), carried.replace(/:/g, ''));
  await screenshot(page, 'deeper-follow');
});

// The core journey, the same in every browser, through W3C WebDriver: open the
// lesson, step to the end and back, play and pause, the Go deeper views, a
// capture download, the FAQ and the Try page's terminal. Each browser's test
// file gives it a way to start a session and to check a download on disk.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveHookedDist } from './site.mjs';
import { atExit, Keys, sleep } from './webdriver.mjs';
import { pcapFrames, tshark } from '../support/pcap.mjs';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

// The seed's key packets, in order (as e2e/tests/tutorial.test.mjs has them).
const SEED_PACKETS = [
  'Control_Conn', 'Ack', 'PORT', 'data_Conn', 'Ack_data_Conn', 'ftp_Data',
  'Close_Data', 'Ack_Data', 'Ack', 'Close_Ctrl', 'Ack_Close',
];
// Each test's bound (a hung WebDriver command is also bounded, by its fetch timeout).
const STEP = { timeout: 120_000 };
const FAQ_TOPICS = [/what is ftp/i, /PORT/, /active.*passive|passive.*active/i, /Wireshark/i];

/**
 * Registers the journey's tests for `browser` ("firefox", "webkit").
 * `launch(dir)` (dir: a temporary folder for profiles and downloads) resolves to
 * { session, downloads: (name) => Promise<Buffer|null>, stop() }: `downloads`
 * returns the bytes of a downloaded file called `name` if the browser saved
 * one where the test can see it, or null when it cannot be seen. A failing
 * test leaves a screenshot, e2e/artifacts/cross-<browser>-failed-<n>.png.
 */
export function journey(browser, launch) {
  const ctx = {};
  let session;
  const tmp = { dir: null };

  before(async () => {
    tmp.dir = await mkdtemp(join(tmpdir(), `ftp-basics-${browser}-`));
    const dir = tmp.dir;
    tmp.forget = atExit(() => rmSync(dir, { recursive: true, force: true }));
    ctx.site = await serveHookedDist();
    ctx.browser = await launch(tmp.dir);
    session = ctx.browser.session;
  }, { timeout: 120_000 });

  after(async () => {
    await session?.quit().catch(() => {});
    await ctx.browser?.stop();
    await ctx.site?.close();
    if (tmp.dir) await rm(tmp.dir, { recursive: true, force: true });
    tmp.forget?.();
  }, { timeout: 60_000 });

  const url = (query = '') => ctx.site.url + query;
  const position = async () => {
    const text = await session.text('[data-testid=step-counter]');
    const m = /^Step (\d+) of (\d+)$/.exec(text ?? '');
    if (!m) throw new Error(`unexpected step counter: ${text}`);
    return { pos: Number(m[1]), total: Number(m[2]) };
  };
  const atStep = (pos, total) =>
    session.until((want) => document.querySelector('[data-testid=step-counter]')?.textContent.trim() === want,
      [`Step ${pos} of ${total}`], { message: `Step ${pos} of ${total}` });
  const packetNames = () =>
    session.exec(() => [...document.querySelectorAll('[data-testid=packet]')].map((p) => p.textContent.trim()));
  const caption = () => session.exec(() => document.querySelector('[data-testid=caption]')?.innerText.trim());
  const problems = () => session.exec(() => window.__crossProblems ?? ['the hook did not load']);
  const assertClean = async (where) => assert.deepEqual(await problems(), [], `console errors or exceptions (${where})`);
  const shot = async (name) => {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, `cross-${browser}-${name}.png`), await session.screenshot());
  };
  /** Opens the lesson and waits until it is ready (the overview closed). */
  // Go deeper loads when the learner scrolls near it (or starts the lesson).
  const showDeeper = async () => {
    await session.exec(() => document.querySelector('[data-testid=deeper-slot]').scrollIntoView());
    await session.waitFor('[data-testid=packet-rows]', { timeout: 30_000 });
  };

  const openLesson = async (query = '') => {
    await session.goto(url(query));
    await session.waitFor('[data-testid=step-counter]', { timeout: 30_000 });
    assert.equal(await session.exec(() => document.querySelector('[data-testid=boot]')), null, 'the loading text is gone');
    const [overview] = await session.findAll('[data-testid=overview] button.primary');
    if (overview && (await overview.displayed())) {
      await overview.click();
      await session.until(() => document.querySelector('[data-testid=overview]')?.hidden !== false, [], { message: 'the overview to close' });
    }
  };
  const click = async (css) => (await session.find(css)).click();
  let n = 0;
  const test = (name, options, fn) => {
    const at = ++n;
    nodeTest(name, options, async (t) => {
      try {
        await fn(t);
      } catch (e) {
        await shot(`failed-${at}`).catch(() => {});
        throw e;
      }
    });
  };

  test(`${browser}: the default lesson opens from a sub-path and gets ready`, STEP, async () => {
    await openLesson();
    const { pos, total } = await position();
    assert.equal(pos, 0);
    assert.ok(total >= SEED_PACKETS.length, `${total} steps`);
    assert.match(await session.text('[data-testid=host-client]'), /H1\s*1\.1\.1\.1/);
    assert.match(await session.text('[data-testid=host-server]'), /S1\s*1\.1\.2\.1/);
    assert.equal(await session.exec(() => document.querySelectorAll('h1').length), 1);
    assert.ok((await caption()).length > 20, 'a caption shows');
    await assertClean('lesson opened');
  });

  test(`${browser}: stepping to the end and back changes the counter, caption and packets`, STEP, async () => {
    await openLesson();
    const { total } = await position();
    const captions = [await caption()];
    const seen = [];
    for (let i = 1; i <= total; i++) {
      await click('[data-testid=step-forward]');
      await atStep(i, total);
      captions.push(await caption());
      const names = await packetNames();
      assert.ok(names.length <= 1, 'one packet on stage at a time');
      seen.push(...names);
      if (i === 5) await shot('step-05');
    }
    assert.deepEqual(seen.filter((n, i) => i === 0 || n !== seen[i - 1] || n === 'Ack'), SEED_PACKETS);
    assert.ok(new Set(captions).size >= 6, `the caption changes as the lesson goes (${new Set(captions).size} distinct)`);
    assert.equal(await (await session.find('[data-testid=step-forward]')).enabled(), false, 'Step forward is disabled at the end');
    for (let i = total - 1; i >= 0; i--) {
      await click('[data-testid=step-back]');
      await atStep(i, total);
      assert.equal(await caption(), captions[i], `the caption at step ${i} is the one it had going forward`);
    }
    assert.equal(await (await session.find('[data-testid=step-back]')).enabled(), false, 'Step back is disabled at the start');
    assert.deepEqual(await packetNames(), []);
    await assertClean('stepping');
  });

  test(`${browser}: Play advances the lesson and Pause holds it`, STEP, async () => {
    await openLesson();
    const { total } = await position();
    await click('label.speed select option[value="4"]');
    await session.until(() => document.querySelector('label.speed select').value === '4', [], { message: 'speed 4×' });
    await click('[data-testid=play]');
    assert.equal(await session.exec(() => document.querySelector('[data-testid=play]').getAttribute('aria-pressed')), 'true');
    await session.until(() => /^Step [2-9]/.test(document.querySelector('[data-testid=step-counter]').textContent.trim()),
      [], { timeout: 20_000, message: 'Play to reach step 2' });
    assert.equal(await session.text('[data-testid=play]'), 'Pause');
    await click('[data-testid=play]');
    await session.until(() => document.querySelector('[data-testid=play]').getAttribute('aria-pressed') === 'false', [], { message: 'paused' });
    const paused = (await position()).pos;
    assert.ok(paused >= 2 && paused < total, `paused at ${paused} of ${total}`);
    await sleep(1_200);
    assert.equal((await position()).pos, paused, 'no step while paused');
    assert.equal(await session.text('[data-testid=play]'), 'Play');
    await assertClean('play');
  });

  test(`${browser}: Go deeper: a filter narrows the packet list, a row opens the inspector and moves the lesson`, STEP, async () => {
    await openLesson();
    await showDeeper();
    const filter = await session.find('[data-testid=filter]');
    await filter.click();
    await filter.clear();
    await filter.type(`ftp.request.command == "PORT"${Keys.ENTER}`);
    await session.until(() => document.querySelectorAll('[data-testid=packet-row]').length === 1, [], { message: 'one PORT row' });
    assert.match(await session.text('[data-testid=packet-count]'), /^Showing 1 of \d+ packets$/);
    const frame = await session.exec(() => document.querySelector('[data-testid=packet-row]').dataset.frame);
    await click(`[data-testid=packet-row][data-frame="${frame}"]`);
    await session.until((f) => document.querySelector('[data-testid=inspector] h3')?.textContent.startsWith(`Frame ${f}:`),
      [frame], { message: `the inspector to show frame ${frame}` });
    const layers = await session.exec(() =>
      [...document.querySelectorAll('[data-testid=inspector] [data-testid=layer] summary')].map((s) => s.textContent.trim()));
    assert.deepEqual(layers, ['Ethernet II', 'Internet Protocol Version 4', 'Transmission Control Protocol', 'File Transfer Protocol (FTP)']);
    const hex = (await session.text('[data-testid=inspector] [data-testid=hex] .hex')).replace(/\s/g, '');
    assert.ok(Buffer.from(hex, 'hex').includes(Buffer.from('PORT 1,1,1,1,213,177')), 'the hex dump carries the PORT command');
    assert.deepEqual(await packetNames(), ['PORT'], 'the lesson moved to the PORT step');
    assert.equal(await session.exec((f) => document.querySelector(`[data-testid=packet-row][data-frame="${f}"]`).getAttribute('aria-selected'), frame), 'true');
    // The ladder: one arrow per key packet, PORT selected.
    await click('#tab-ladder');
    await session.until(() => document.querySelectorAll('[data-testid=ladder-arrow]').length === 11, [], { message: '11 ladder arrows' });
    assert.match(await session.text('[data-testid=ladder-arrow].selected'), /PORT/);
    await assertClean('go deeper');
  });

  test(`${browser}: Download .pcap hands over a capture that tshark decodes`, STEP, async (t) => {
    await openLesson();
    await showDeeper();
    const buttons = await session.findAll('.downloads button');
    const labels = await Promise.all(buttons.map((b) => b.text()));
    const i = labels.findIndex((l) => l.trim() === 'Download .pcap');
    assert.ok(i >= 0, `a Download .pcap button among ${labels.join(' | ')}`);
    await buttons[i].click();
    // What the page handed to the browser: the blob behind the <a download> it clicked.
    const blob = await session.execAsync(async () => {
      const until = performance.now() + 10_000;
      for (;;) {
        const b = (window.__crossBlobs ?? []).find((x) => x.clicked && /\.pcap$/.test(x.name));
        if (b) {
          const bytes = new Uint8Array(await b.blob.arrayBuffer());
          let bin = '';
          for (const x of bytes) bin += String.fromCharCode(x);
          return { name: b.name, type: b.blob.type, size: bytes.length, base64: btoa(bin) };
        }
        if (performance.now() > until) return null;
        await new Promise((ok) => setTimeout(ok, 100));
      }
    });
    assert.ok(blob, 'the page created a blob URL and clicked an <a download> for it');
    assert.match(blob.name, /^ftp-basics.*\.pcap$/);
    assert.equal(blob.type, 'application/vnd.tcpdump.pcap');
    const bytes = Buffer.from(blob.base64, 'base64');
    assert.equal(bytes.length, blob.size);
    assert.ok(bytes.length > 24, `${bytes.length} bytes`);
    const path = join(tmp.dir, 'from-page.pcap');
    await writeFile(path, bytes);
    const frames = pcapFrames(path);
    assert.match(await session.text('[data-testid=packet-count]'), new RegExp(`^Showing ${frames.length} of ${frames.length} packets$`));
    const commands = tshark(['-r', path, '-Y', 'ftp.request', '-T', 'fields', '-e', 'ftp.request.command'])
      .split('\n').filter((c) => ['PORT', 'RETR', 'QUIT'].includes(c));
    assert.deepEqual(commands, ['PORT', 'RETR', 'QUIT']);
    // And the file the browser saved, where it can be seen.
    const saved = await ctx.browser.downloads(blob.name);
    if (saved === null) {
      t.diagnostic(`${browser}: the saved file cannot be observed; checked the blob the page handed over (${bytes.length} bytes)`);
    } else {
      assert.ok(saved.equals(bytes), `the saved ${blob.name} (${saved.length} bytes) is the page's capture (${bytes.length} bytes)`);
      t.diagnostic(`${browser}: saved ${blob.name}, ${saved.length} bytes, equal to the page's blob`);
    }
    await assertClean('download');
  });

  test(`${browser}: the FAQ page shows its questions`, STEP, async () => {
    await session.goto(url('?page=faq'));
    await session.waitFor('[data-testid=faq-entry]', { timeout: 30_000 });
    const questions = await session.exec(() => [...document.querySelectorAll('[data-testid=faq-entry] h2')].map((h) => h.textContent.trim()));
    assert.ok(questions.length >= 13, `${questions.length} questions`);
    for (const topic of FAQ_TOPICS) assert.ok(questions.some((q) => topic.test(q)), `a question about ${topic}: ${questions.join(' | ')}`);
    assert.equal(await session.exec(() => document.querySelectorAll('h1').length), 1);
    await assertClean('faq');
  });

  test(`${browser}: Try it yourself: "get foo" at H1's terminal sends PORT and the file arrives`, STEP, async () => {
    await session.goto(url('?page=try'));
    const input = await session.waitFor('[data-testid=terminal-input]', { timeout: 30_000 });
    // At 4× the steps the line causes play within seconds.
    const [speed] = await session.findAll('label.speed select option[value="4"]');
    if (speed) await speed.click();
    const lines = () => session.exec(() => [...document.querySelectorAll('[data-testid=console] .line')].map((l) => l.textContent.trim()));
    await input.click();
    await input.type(`get foo${Keys.ENTER}`);
    await session.until(() => [...document.querySelectorAll('[data-testid=console] .line')].some((l) => l.textContent.trim() === 'ftp> get foo'),
      [], { message: 'the typed line in the console' });
    // The new steps play by themselves, from where they begin, until the file is in.
    await session.until(() => {
      const l = [...document.querySelectorAll('[data-testid=console] .line')].map((x) => x.textContent.trim());
      return l.some((x) => /^226 Transfer complete/.test(x)) ? l : null;
    }, [], { timeout: 60_000, message: '226 Transfer complete' }).catch(async (e) => {
      throw new Error(`${e.message}\nconsole:\n${(await lines()).join('\n')}`);
    });
    const all = await lines();
    assert.ok(all.some((l) => /^150 Opening BINARY mode data connection for foo/.test(l)), all.join('\n'));
    assert.equal(await input.property('value'), '', 'the input is cleared after Enter');
    await assertClean('try');
  });
}

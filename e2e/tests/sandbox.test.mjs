// Embedding in a sandboxed iframe: `<iframe sandbox="allow-scripts">` gives the
// lesson an opaque origin, so its module script and its wasm are cross-origin
// fetches. With `Access-Control-Allow-Origin: *` on the files (README, "Hosting")
// the embed works — storage throws there and must not matter; without the header
// the page explains what the host must send instead of staying blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { serveDist } from '../support/server.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';

const site = {};
before(async () => {
  site.cors = await serveDist(undefined, { 'access-control-allow-origin': '*' });
  site.plain = await serveDist();
  site.browser = await launch();
});
after(async () => {
  await site.browser?.close();
  await site.cors?.close();
  await site.plain?.close();
});

/** A course page on another origin that embeds `src` in a sandboxed iframe. */
async function coursePage(src) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Course</title></head><body>
    <h1>Week 3: FTP</h1>
    <iframe title="FTP Basics" sandbox="allow-scripts" width="900" height="640" src="${src}"></iframe>
    </body></html>`;
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://localhost:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

test('in <iframe sandbox="allow-scripts"> the embedded lesson loads, steps and plays', async () => {
  const course = await coursePage(`${site.cors.url}?scenario=passive&step=3&embed=1`);
  try {
    const page = await newPage(site.browser);
    await page.goto(course.url);
    const frame = page.frameLocator('iframe');
    const counter = frame.getByTestId('step-counter');
    await counter.waitFor({ timeout: 20000 });
    assert.match(await counter.textContent(), /^Step 3 of \d+$/);
    // Embed mode: the stage, caption and controls only.
    assert.equal(await frame.getByTestId('scenario-picker').count(), 0);
    await frame.getByTestId('step-forward').click();
    assert.match(await counter.textContent(), /^Step 4 of \d+$/);
    await frame.getByTestId('step-back').click();
    assert.match(await counter.textContent(), /^Step 3 of \d+$/);
    assert.ok((await frame.getByTestId('caption').innerText()).length > 20, 'a caption shows');
    // The iframe really is opaque-origin: storage throws in it, and the lesson does not care.
    const origin = await page.frames()[1].evaluate(() => self.origin);
    assert.equal(origin, 'null');
    assert.equal(await frame.getByTestId('boot').count(), 0, 'the loading text is gone');
    await screenshot(page, 'sandboxed-iframe');
    assert.deepEqual(page.problems, []);
  } finally {
    await course.close();
  }
});

test('without Access-Control-Allow-Origin the sandboxed embed says what the host must send', async () => {
  const course = await coursePage(`${site.plain.url}?embed=1`);
  try {
    const page = await newPage(site.browser);
    await page.goto(course.url);
    const frame = page.frameLocator('iframe');
    const failed = frame.locator('.boot-failed').first();
    await failed.waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await failed.innerText(), /Access-Control-Allow-Origin: \*/);
    assert.equal(await frame.getByTestId('step-counter').count(), 0);
  } finally {
    await course.close();
  }
});

test('served normally, the loading text goes away as soon as the lesson mounts', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.plain.url);
  await page.getByTestId('step-counter').waitFor();
  assert.equal(await page.getByTestId('boot').count(), 0);
  assert.deepEqual(page.problems, []);
});

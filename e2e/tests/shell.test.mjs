// The built site loads from a sub-path in headless Chromium and shows the topology.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from '../support/server.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads from a sub-path and shows H1 and S1 with their addresses', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  const h1 = page.getByTestId('host-h1');
  const s1 = page.getByTestId('host-s1');
  await h1.waitFor();
  assert.match(await h1.textContent(), /H1\s*1\.1\.1\.1/);
  assert.match(await s1.textContent(), /S1\s*1\.1\.2\.1/);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  await screenshot(page, 'shell');
  assert.deepEqual(page.problems, []);
});

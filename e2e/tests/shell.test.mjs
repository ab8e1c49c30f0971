// The built site loads from a sub-path in headless Chromium and shows the topology.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';

const site = useSite();

test('the page loads from a sub-path and shows H1 and S1 with their addresses', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  const h1 = page.getByTestId('host-client');
  const s1 = page.getByTestId('host-server');
  await h1.waitFor();
  assert.match(await h1.textContent(), /H1\s*1\.1\.1\.1/);
  assert.match(await s1.textContent(), /S1\s*1\.1\.2\.1/);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  await screenshot(page, 'shell');
  assert.deepEqual(page.problems, []);
});

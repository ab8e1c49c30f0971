// The FAQ: its own route, every question a heading with an anchor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';

const site = useSite();

// Topics the FAQ must answer (seed 001's ten questions, plus seeds 002 and 004).
const TOPICS = [
  /what is ftp/i, /what does ftp do/i, /two connections|control connection and a data/i,
  /set up|torn down|tear/i, /active.*passive|passive.*active/i, /commands/i, /repl/i,
  /PORT/, /error/i, /gateway|NAT|router/i, /RETR|STOR/, /SFTP|FTPS|TFTP/, /Wireshark/i,
];

test('the tutorial links to the FAQ, which shows every question as an anchored heading', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url);
  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await page.waitForURL(/\?page=faq/);
  const entries = page.getByTestId('faq-entry');
  await entries.first().waitFor();
  const n = await entries.count();
  assert.ok(n >= 13, `${n} questions`);
  const questions = await page.locator('[data-testid=faq-entry] h2').allTextContents();
  for (const topic of TOPICS) {
    assert.ok(questions.some((q) => topic.test(q)), `a question about ${topic}: ${questions.join(' | ')}`);
  }
  const ids = await entries.evaluateAll((els) => els.map((e) => e.id));
  assert.equal(new Set(ids).size, ids.length, 'unique anchors');
  for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
  assert.equal(await page.locator('h1').count(), 1);
  await screenshot(page, 'faq');
  assert.deepEqual(page.problems, []);
});

test('an FAQ anchor opens scrolled to its question', async () => {
  const page = await newPage(site.browser, { viewport: { width: 1000, height: 600 } });
  await page.goto(`${site.server.url}?page=faq#what-does-port-do`);
  const target = page.locator('#what-does-port-do');
  await target.waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('what-does-port-do').getBoundingClientRect();
    return r.top >= 0 && r.top < 200;
  });
  assert.match(await target.innerText(), /54705/);
});

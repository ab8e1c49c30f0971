// URL state: every parameter, the address following the learner, 30+ invalid
// values (each: a notice, a working page, no console error), embed mode.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

let page, tutorial;
const site = useSite();
beforeEach(async () => {
  page = await newPage(site.browser);
  tutorial = new TutorialPage(page, site.server.url);
});

test('step opens the lesson at that moment, and the address follows the learner', async () => {
  await tutorial.open({ query: '?step=10' });
  assert.equal((await tutorial.position()).pos, 10);
  assert.deepEqual(await tutorial.packetNames(), ['PORT']);
  await tutorial.stepForward();
  await tutorial.stepForward();
  assert.match(await page.evaluate(() => location.search), /[?&]step=12\b/);
  // Sharing that address opens the same moment, console and caption included.
  const shared = await tutorial.snapshot();
  const again = await newPage(site.browser);
  const other = new TutorialPage(again, site.server.url);
  await other.open({ query: await page.evaluate(() => location.search) });
  assert.deepEqual(await other.snapshot(), shared);
  await tutorial.button('Restart').click();
  assert.doesNotMatch(await page.evaluate(() => location.search), /step=/);
});

test('scenario and step together', async () => {
  await tutorial.open({ query: '?scenario=passive&step=10' });
  assert.deepEqual(await tutorial.packetNames(), ['PASV']);
});

test('from and to lock the lesson to a range of steps', async () => {
  await tutorial.open({ query: '?from=11&to=14' });
  assert.equal((await tutorial.position()).pos, 11);
  assert.equal(await tutorial.button('Step back').isDisabled(), true);
  await page.keyboard.press('End');
  assert.equal((await tutorial.position()).pos, 14);
  assert.equal(await tutorial.button('Step forward').isDisabled(), true);
  await page.keyboard.press('Home');
  assert.equal((await tutorial.position()).pos, 11);
  await page.getByLabel('Speed').selectOption('4');
  await tutorial.button('Play').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=step-counter]').textContent.startsWith('Step 14 '));
  await tutorial.button('Play').waitFor();
  assert.equal((await tutorial.position()).pos, 14, 'Play stops at to');
});

test('autoplay=1 starts playing', async () => {
  await page.goto(`${site.server.url}?autoplay=1`);
  await tutorial.button('Pause').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=step-counter]').textContent.startsWith('Step 0 '));
});

test('embed=1 shows only the stage, caption and controls, and links to the full lesson', async () => {
  await page.goto(`${site.server.url}?scenario=passive&step=3&embed=1`);
  await tutorial.counter.waitFor();
  assert.equal(await page.getByTestId('scenario-picker').count(), 0);
  assert.equal(await page.locator('.deeper').count(), 0);
  assert.equal(await page.getByTestId('overview').count(), 0);
  assert.equal(await page.locator('h1').count(), 1);
  assert.ok(await page.locator('svg.stage').isVisible());
  assert.ok(await tutorial.caption.isVisible());
  assert.equal((await tutorial.position()).pos, 3);
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 4);
  const full = await page.getByRole('link', { name: 'Open the full lesson' }).getAttribute('href');
  assert.doesNotMatch(full, /embed=1/);
  assert.match(full, /scenario=passive/);
  await screenshot(page, 'embed');
  assert.deepEqual(page.problems, []);
});

test('the Embed dialog writes an iframe snippet for this scenario and step', async () => {
  await tutorial.open({ query: '?scenario=epsv' });
  await tutorial.stepForward();
  await tutorial.stepForward();
  await tutorial.button('Embed').click();
  const code = await page.getByTestId('embed-code').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/course\/ftp\/\?scenario=epsv&amp;step=2&amp;embed=1"/);
  assert.match(code, /sandbox="allow-scripts"/);
  // The snippet's address really opens that moment in embed mode.
  const src = /src="([^"]+)"/.exec(code)[1].replace(/&amp;/g, '&');
  const framed = await newPage(site.browser);
  await framed.goto(src);
  const t = new TutorialPage(framed, '');
  await t.counter.waitFor();
  assert.equal((await t.position()).pos, 2);
  assert.equal(await framed.getByTestId('scenario-picker').count(), 0);
});

// Each of these must show a notice, keep a working page and log no error.
const INVALID = [
  '?scenario=nope',
  '?scenario=',
  '?scenario=ACTIVE',
  '?scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  `?scenario=${'x'.repeat(3000)}`,
  '?page=nope',
  '?page=%00',
  '?step=abc',
  '?step=-1',
  '?step=1.5',
  '?step=999',
  '?step=',
  '?step=1e3',
  '?step=0x10',
  '?step=99999999999999999999',
  '?step=%20',
  '?step=%E2%88%9E',
  `?step=${'9'.repeat(200)}`,
  '?from=20&to=3',
  '?from=abc',
  '?to=-5',
  '?from=999',
  '?to=999',
  '?step=2&from=5&to=9',
  '?step=20&from=5&to=9',
  '?autoplay=yes',
  '?autoplay=2',
  '?embed=maybe',
  '?lang=fr',
  '?lang=',
  `?lang=${'e'.repeat(100)}`,
  `?x=${'a'.repeat(5000)}`,
  '?step=%',
  '?scenario=passive&step=%zz',
];

test(`${INVALID.length} invalid values: a notice, a working page, no console error`, async () => {
  assert.ok(INVALID.length >= 30);
  for (const query of INVALID) {
    const p = await newPage(site.browser);
    const t = new TutorialPage(p, site.server.url);
    await p.goto(site.server.url + query);
    await t.counter.waitFor({ timeout: 10_000 });
    const notice = p.getByTestId('notice');
    assert.equal(await notice.count(), 1, `a notice for ${query.slice(0, 60)}`);
    const text = (await notice.textContent()).trim();
    assert.ok(text.length > 10 && text.length < 400, `a short notice for ${query.slice(0, 60)}: ${text}`);
    if (await t.overview.isVisible()) await t.button('Start the tutorial').click();
    const { pos, total } = await t.position();
    assert.ok(pos <= total);
    if (pos < total) {
      await t.stepForward();
      assert.equal((await t.position()).pos, pos + 1, `stepping works after ${query.slice(0, 60)}`);
    }
    assert.deepEqual(p.problems, [], `no console error for ${query.slice(0, 60)}`);
    await p.context().close();
  }
});

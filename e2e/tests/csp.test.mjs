// A strict Content-Security-Policy: dist/ served with exactly the header that
// `.ci/csp.sh` prints (the one README.md tells hosts to copy). The tutorial, the
// animation, the packet list and the FAQ must work with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serveDist } from '../support/server.mjs';
import { launch, newPage, screenshot } from '../support/browser.mjs';
import { TutorialPage } from '../pages/tutorial.mjs';

const REPO = resolve(import.meta.dirname, '../..');
// The header's value, as the script prints it for the current dist/.
const POLICY = execFileSync('bash', [resolve(REPO, '.ci/csp.sh'), '--value'], { encoding: 'utf8' }).trim();
// The same policy without the loader's hash: the control that proves it is enforced.
const UNHASHED = POLICY.replace(/ 'sha256-[^']*'/g, '');

const site = {};
before(async () => {
  site.server = await serveDist(undefined, { 'content-security-policy': POLICY });
  site.unhashed = await serveDist(undefined, { 'content-security-policy': UNHASHED });
  site.browser = await launch();
});
after(async () => {
  await site.browser?.close();
  await site.server?.close();
  await site.unhashed?.close();
});

/** A page that records every CSP violation in window.__csp and every request off the origin. */
async function cspPage(options) {
  const page = await newPage(site.browser, options);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      true,
    );
  });
  page.offOrigin = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(new URL(site.server.url).origin) && !req.url().startsWith(new URL(site.unhashed.url).origin)) {
      page.offOrigin.push(req.url());
    }
  });
  return page;
}

const violations = (page) => page.evaluate(() => window.__csp);

/** The travelling packet's computed custom properties and animation. */
function packetMotion(page) {
  return page.locator('svg.stage g.packet').first().evaluate((g) => {
    const cs = getComputedStyle(g);
    return {
      dx: cs.getPropertyValue('--dx').trim(),
      ms: cs.getPropertyValue('--travel-ms').trim(),
      animation: cs.animationName,
      classes: g.getAttribute('class'),
    };
  });
}

test('the policy is the minimum the issue asks for plus the loader hash, and nothing looser', () => {
  assert.match(
    POLICY,
    /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+; object-src 'none'; base-uri 'none'$/,
  );
  assert.doesNotMatch(POLICY, /unsafe-inline|'unsafe-eval'|\*|data:|blob:/);
});

test('under the CSP header the tutorial loads, steps, plays and animates with no violation', async () => {
  const page = await cspPage();
  const tutorial = new TutorialPage(page, site.server.url);
  const response = await page.goto(site.server.url);
  assert.equal(response.headers()['content-security-policy'], POLICY, 'the test server sends the header');
  await tutorial.counter.waitFor();
  if (await tutorial.overview.isVisible()) await tutorial.button('Start the tutorial').click();

  // Step forward: the counter moves, and by step 2 (the SYN) a packet appears,
  // travelling with its custom properties set.
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 1);
  await tutorial.stepForward();
  assert.equal((await tutorial.position()).pos, 2);
  await tutorial.packets.first().waitFor();
  assert.ok((await tutorial.packetNames()).length > 0, 'a packet on the stage');
  const stepped = await packetMotion(page);
  assert.match(stepped.dx, /^-?\d+(\.\d+)?px$/, `--dx is set: ${JSON.stringify(stepped)}`);
  assert.notEqual(stepped.dx, '0px');
  assert.match(stepped.ms, /^\d+ms$/, `--travel-ms is set: ${JSON.stringify(stepped)}`);

  // Play: the position advances and the packet runs its CSS animation.
  await page.getByLabel('Speed').selectOption('1');
  await tutorial.button('Play').click();
  await page.waitForFunction(() => /^Step ([2-9]|\d\d)/.test(document.querySelector('[data-testid=step-counter]').textContent));
  const playing = await page.waitForFunction(() => {
    const g = document.querySelector('svg.stage g.packet.travel');
    return g && g.getAnimations().some((a) => a.animationName === 'travel') && getComputedStyle(g).getPropertyValue('--dx').trim();
  });
  assert.match(await playing.jsonValue(), /^-?\d+(\.\d+)?px$/);
  const motion = await packetMotion(page);
  assert.equal(motion.animation, 'travel', JSON.stringify(motion));
  await tutorial.button('Pause').click();

  // The packet list: rows absolutely positioned one under another, in a tall spacer.
  const rows = page.getByTestId('packet-row');
  await rows.nth(1).waitFor();
  const tops = await rows.evaluateAll((els) => els.slice(0, 2).map((e) => getComputedStyle(e).top));
  assert.notEqual(tops[0], tops[1], `rows positioned: ${tops}`);
  assert.match(tops[1], /^[1-9]\d*(\.\d+)?px$/);
  const space = await page.locator('.rows-space').evaluate((el) => ({
    height: el.getBoundingClientRect().height,
    styled: el.style.height,
  }));
  assert.match(space.styled, /^\d+(\.\d+)?px$/, 'the spacer has its height');
  assert.ok(space.height > 0);
  await screenshot(page, 'csp-tutorial');

  // The FAQ, through the link and loaded directly.
  await page.getByRole('link', { name: 'FAQ', exact: true }).click();
  await page.waitForURL(/\?page=faq/);
  await page.getByTestId('faq-entry').first().waitFor();
  assert.deepEqual(await violations(page), []);
  await page.goto(`${site.server.url}?page=faq`);
  await page.getByTestId('faq-entry').first().waitFor();

  assert.deepEqual(await violations(page), [], 'no securitypolicyviolation event');
  assert.deepEqual(page.problems, [], 'no console error or warning');
  assert.deepEqual(page.offOrigin, [], 'no request leaves the origin');
});

test('the policy is enforced: an inline style attribute is reported, and without the hash the loader is blocked', async () => {
  // The listener sees what the policy blocks (so an empty list above means something).
  const page = await cspPage();
  await page.goto(site.server.url);
  await page.getByTestId('step-counter').waitFor();
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.match((await violations(page)).join('\n'), /^style-src/m);

  // The same header minus the sha256: trunk's inline loader never runs.
  const blocked = await cspPage();
  await blocked.goto(site.unhashed.url);
  await blocked.waitForFunction(() => window.__csp.length > 0);
  assert.match((await violations(blocked)).join('\n'), /^script-src/m);
  assert.equal(await blocked.getByTestId('step-counter').count(), 0, 'the app did not start');
});

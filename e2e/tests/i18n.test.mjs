// English and Spanish: chosen by lang=, else by the browser; a visible switch;
// <html lang> follows; accessible names equal visible labels in both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/site.mjs';
import { newPage, screenshot } from '../support/browser.mjs';

const site = useSite();
const ES_CONTROLS = ['Paso adelante', 'Reproducir', 'Paso atrás', 'Reiniciar', 'Página siguiente', 'Página anterior'];

async function open(query, options = {}) {
  const page = await newPage(site.browser, options);
  await page.goto(site.server.url + query);
  await page.getByTestId('step-counter').waitFor();
  return page;
}

test('lang=es: Spanish controls, caption and <html lang="es">', async () => {
  const page = await open('?lang=es');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  for (const label of ES_CONTROLS) {
    const b = page.getByRole('button', { name: label, exact: true });
    assert.equal(await b.count(), 1, label);
    assert.equal((await b.innerText()).trim(), label);
  }
  assert.match(await page.getByTestId('step-counter').textContent(), /^Paso 0 de \d+$/);
  assert.match(await page.getByTestId('page-title').textContent(), /^Página 1 de 6: /);
  assert.match(await page.getByTestId('caption').innerText(), / la | el | de /);
  await page.getByRole('button', { name: 'Empezar el tutorial', exact: true }).click();
  await page.getByRole('button', { name: 'Paso adelante', exact: true }).click();
  assert.match(await page.getByTestId('now').textContent(), /^El usuario escribe “ftp 1\.1\.2\.1” en H1/);
  await screenshot(page, 'spanish');
  assert.deepEqual(page.problems, []);
});

test('the browser language picks Spanish when no lang is given', async () => {
  const page = await open('', { locale: 'es-AR' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.getByRole('button', { name: 'Paso adelante', exact: true }).count(), 1);
  const en = await open('', { locale: 'en-GB' });
  assert.equal(await en.locator('html').getAttribute('lang'), 'en');
});

test('the language switch keeps the scenario and moves to the other language', async () => {
  const page = await open('?scenario=passive');
  const sw = page.getByTestId('language-switch');
  await sw.getByRole('link', { name: 'Español' }).click();
  await page.waitForURL(/lang=es/);
  assert.match(page.url(), /scenario=passive/);
  await page.getByTestId('step-counter').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await sw.getByRole('link', { name: 'Español' }).getAttribute('aria-current'), 'true');
  // The site navigation keeps the language.
  const faq = await page.getByRole('link', { name: 'Preguntas frecuentes', exact: true }).getAttribute('href');
  assert.match(faq, /lang=es/);
});

test('an unknown lang shows a notice and uses the browser language', async () => {
  const page = await open('?lang=fr');
  assert.match(await page.getByTestId('notice').textContent(), /“fr”/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});

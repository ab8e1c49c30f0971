// English, Spanish and Portuguese (Brazil): chosen by lang=, else by the browser; a visible switch;
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

const PT_CONTROLS = ['Próximo passo', 'Reproduzir', 'Passo anterior', 'Reiniciar', 'Próxima página', 'Página anterior'];

test('lang=pt: Portuguese controls, caption and <html lang="pt-BR">; its own chunk', async () => {
  const page = await open('?lang=pt');
  assert.equal(await page.locator('html').getAttribute('lang'), 'pt-BR');
  for (const label of PT_CONTROLS) {
    const b = page.getByRole('button', { name: label, exact: true });
    assert.equal(await b.count(), 1, label);
    assert.equal((await b.innerText()).trim(), label);
  }
  assert.match(await page.getByTestId('step-counter').textContent(), /^Passo 0 de \d+$/);
  assert.match(await page.getByTestId('page-title').textContent(), /^Página 1 de 6: /);
  assert.match(await page.getByTestId('caption').innerText(), / o | a | de | do /);
  await page.getByRole('button', { name: 'Começar o tutorial', exact: true }).click();
  await page.getByRole('button', { name: 'Próximo passo', exact: true }).click();
  assert.match(await page.getByTestId('now').textContent(), /ftp 1\.1\.2\.1/);
  assert.match(await page.getByTestId('step-counter').textContent(), /^Passo 1 de \d+$/);
  await screenshot(page, 'portuguese');
  assert.deepEqual(page.problems, []);
});

test('pt-BR (or pt) from the browser picks Portuguese; the switch names it in Portuguese', async () => {
  for (const locale of ['pt-BR', 'pt-PT']) {
    const page = await open('', { locale });
    assert.equal(await page.locator('html').getAttribute('lang'), 'pt-BR', locale);
    assert.equal(await page.getByRole('button', { name: 'Próximo passo', exact: true }).count(), 1, locale);
  }
  const page = await open('?scenario=epsv&lang=es');
  const sw = page.getByTestId('language-switch');
  const link = sw.getByRole('link', { name: 'Português' });
  assert.equal(await link.getAttribute('hreflang'), 'pt-BR');
  await link.click();
  await page.waitForURL(/lang=pt/);
  assert.match(page.url(), /scenario=epsv/);
  await page.getByTestId('step-counter').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'pt-BR');
  const faq = await page.getByRole('link', { name: 'Perguntas frequentes', exact: true }).getAttribute('href');
  assert.match(faq, /lang=pt/);
});

test('lang=pt: the FAQ, the inspector and a filter error speak Portuguese', async () => {
  const faq = await newPage(site.browser);
  await faq.goto(site.server.url + '?page=faq&lang=pt');
  await faq.getByTestId('faq-entry').first().waitFor();
  assert.match(await faq.locator('h1').first().textContent(), /perguntas frequentes/i);
  assert.match(await faq.getByTestId('faq-entry').first().innerText(), /O que é (o )?FTP\?/);
  const page = await open('?lang=pt&step=10'); // PORT
  const overview = page.getByTestId('overview');
  if (await overview.isVisible().catch(() => false)) await overview.locator('button.primary').click();
  const packet = page.getByTestId('packet');
  await packet.waitFor();
  await packet.click();
  const inspector = page.getByTestId('inspector');
  await inspector.waitFor();
  const layers = (await inspector.getByTestId('layer').locator('summary').allTextContents()).map((t) => t.trim());
  assert.equal(layers[0], 'Ethernet II');
  assert.ok(!layers.includes('Transmission Control Protocol'), `${layers}`);
  assert.equal(await inspector.getByText('Not set', { exact: false }).count(), 0);
  assert.deepEqual(page.problems, []);
});

test('an unknown lang shows a notice and uses the browser language', async () => {
  const page = await open('?lang=fr');
  assert.match(await page.getByTestId('notice').textContent(), /“fr”/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
});

// --- Every page and deeper view in Spanish -----------------------------------

/** Labels the English interface shows; none may remain on a Spanish page. */
const ENGLISH_LABELS = [
  'Packet inspector', 'Frame bytes in hexadecimal', 'Download .pcapng', 'Download .pcap',
  'Views of the session', 'Packet list', 'Ladder diagram', 'Ladder diagram of the session', 'Follow stream',
  'Display filter', 'Apply', 'Clear', 'Time', 'Source', 'Destination', 'Protocol', 'Length', 'Info',
  'Source Port', 'Destination Port', 'Time to Live', 'Sequence Number', 'Acknowledgment Number', 'Header Length',
  'Transmission Control Protocol', 'Internet Protocol Version 4', 'File Transfer Protocol (FTP)', 'FTP Data',
  'From', 'To', 'TCP flags', 'Sequence number', 'Acknowledgment number', 'Window', 'Payload', 'Frame', 'Close',
  'Embed', 'Copy', 'Transcript (text only)', 'Theme', 'Auto', 'Light', 'Dark',
  'Run', "H1's terminal", 'Restart', 'Step back', 'Step forward', 'Play', 'Pause',
  'Side-by-side controls', 'Active vs passive, side by side', 'Try it yourself: FTP from H1',
  'Embed this moment in a course page', 'Control connection', 'Data connection', 'Save foo',
  'TCP graph', 'Time-sequence graph: one point per segment of data', 'Show the whole receive window', 'Connection',
];
/** English words that may not start a label on a Spanish page (Wireshark-style values included). */
const ENGLISH_STARTS = ['Frame ', 'Packet ', 'Control connection', 'Data connection', 'Save ', 'Select a packet', 'Point at'];
const ENGLISH_VALUES = ['Not set', '(relative)', "Don't fragment", 'the ACK flag is not set'];

/** Every label-like text on the page: names, headings, buttons, column heads, attributes. */
async function labels(page) {
  return page.evaluate(() => {
    const out = [];
    const sel = 'button, [role=tab], h1, h2, h3, summary, label, legend, th, [role=columnheader], dt, caption, option, .f-label, .legend, .hint, .help, p.count';
    for (const el of document.querySelectorAll(sel)) {
      if (el.closest('[hidden]')) continue;
      out.push(el.textContent.trim().replace(/:\s*$/, ''));
    }
    for (const el of document.querySelectorAll('[aria-label], [placeholder], title')) {
      if (el.tagName === 'title') out.push(el.textContent.trim());
      for (const a of ['aria-label', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    }
    return out.filter(Boolean);
  });
}

async function expectNoEnglish(page, where) {
  const found = (await labels(page)).filter((l) => ENGLISH_LABELS.includes(l) || ENGLISH_STARTS.some((s) => l.startsWith(s)));
  assert.deepEqual(found, [], `${where}: English labels on a Spanish page`);
  const values = await page.locator('.f-value').allTextContents();
  for (const v of values) for (const w of ENGLISH_VALUES) assert.ok(!v.includes(w), `${where}: “${w}” in the value ${v}`);
}

async function openEs(query) {
  const page = await newPage(site.browser, { locale: 'es-ES' });
  await page.goto(site.server.url + query);
  await page.locator('main').waitFor();
  const overview = page.getByTestId('overview');
  if (await overview.isVisible().catch(() => false)) await overview.locator('button.primary').click();
  return page;
}

const esButton = (page, name) => page.getByRole('button', { name, exact: true });

test('lang=es: packet details, inspector, packet list, ladder, follow stream, sequence graph and downloads are Spanish', async () => {
  const page = await openEs('?lang=es&step=9');
  await page.getByTestId('step-counter').waitFor();
  // Step to the PORT packet (step 10) and open its details.
  await page.getByTestId('step-forward').click();
  const packet = page.getByTestId('packet');
  await packet.waitFor();
  assert.equal((await packet.textContent()).trim(), 'PORT');
  await packet.click();
  const details = page.getByTestId('packet-details');
  assert.equal((await details.locator('h2').textContent()).trim(), 'Paquete: PORT');
  const dts = (await details.locator('dt').allTextContents()).map((t) => t.trim());
  for (const dt of ['Origen', 'Destino', 'Indicadores TCP', 'Número de secuencia', 'Ventana', 'Carga útil', 'Trama']) assert.ok(dts.includes(dt), `${dt} in ${dts}`);
  assert.match(await page.getByTestId('port-decode').innerText(), /H1 escuchará en la IP 1\.1\.1\.1, puerto 54705\./);
  assert.match(await page.getByTestId('port-decode').innerText(), /213 × 256 \+ 177 = 54705/);
  assert.equal(await esButton(details, 'Cerrar').count(), 1);

  // The inspector shows the selected frame, with Spanish layers, fields and values.
  const inspector = page.getByTestId('inspector');
  assert.match(await inspector.locator('h3').textContent(), /^Trama \d+: \d+ bytes en el cable$/);
  assert.deepEqual(
    (await inspector.getByTestId('layer').locator('summary').allTextContents()).map((t) => t.trim()),
    ['Ethernet II', 'Protocolo de Internet, versión 4 (IPv4)', 'Protocolo de control de transmisión (TCP)', 'Protocolo de transferencia de archivos (FTP)'],
  );
  const field = (abbrev) => inspector.locator(`[data-testid=field][data-abbrev="${abbrev}"]`);
  assert.match(await field('ip.ttl').innerText(), /^Tiempo de vida: 64/);
  assert.match(await field('tcp.flags.syn').innerText(), /^Syn: No activado/);
  assert.match(await field('tcp.seq').innerText(), /\(relativo\), en bruto \d+/);
  assert.match(await field('ftp.request.command').locator('.f-explain').textContent(), /^PORT: el cliente da su dirección IP/);
  assert.equal(await inspector.getByRole('region', { name: 'Bytes de la trama en hexadecimal' }).count(), 1);
  await field('ftp.request.command').hover();
  assert.equal(await inspector.locator('[data-testid=hex] .hex mark.lit').textContent(), '50 4f 52 54', 'the field still lights its bytes');

  // The packet list.
  assert.equal(await page.getByRole('tablist', { name: 'Vistas de la sesión' }).count(), 1);
  const table = page.getByRole('table', { name: 'Lista de paquetes' });
  assert.deepEqual(
    (await table.getByRole('columnheader').allTextContents()).map((t) => t.trim()),
    ['N.º', 'Tiempo', 'Origen', 'Destino', 'Protocolo', 'Bytes', 'Información'],
  );
  assert.match(await page.getByTestId('filter').getAttribute('placeholder'), /^p\. ej\. /);
  assert.match(await page.getByTestId('packet-count').textContent(), /^Se muestran \d+ de \d+ paquetes$/);
  await expectNoEnglish(page, 'details, inspector, packet list');
  await screenshot(page, 'spanish-inspector');
  // A refused filter is explained in Spanish, quoting what the learner typed.
  await page.getByTestId('filter').fill('fpt');
  assert.equal((await page.getByTestId('filter-error').textContent()).trim(), '"fpt" no es el nombre de ningún campo ni protocolo.');
  await page.getByTestId('filter').fill('tcp.port = 21');
  assert.match(await page.getByTestId('filter-error').textContent(), /^"=" no es un operador: para comparar se usa "=="\.$/);
  await page.getByTestId('filter').fill('');

  // Downloads.
  const [dl] = await Promise.all([page.waitForEvent('download'), esButton(page, 'Descargar .pcap').click()]);
  assert.equal(dl.suggestedFilename(), 'ftp-basics-active.pcap');
  assert.equal(await esButton(page, 'Descargar .pcapng').count(), 1);

  // The ladder diagram.
  await page.getByRole('tab', { name: 'Diagrama de escalera', exact: true }).click();
  // The tab's view is a chunk of its own: wait until it is there.
  await page.getByTestId('ladder-arrow').first().waitFor();
  assert.equal(await page.getByRole('group', { name: 'Diagrama de escalera de la sesión' }).count(), 1);
  await expectNoEnglish(page, 'ladder');

  // Follow stream.
  await page.getByRole('tab', { name: 'Seguir el flujo', exact: true }).click();
  const follow = page.getByTestId('follow');
  assert.match(await follow.locator('.legend').innerText(), /H1 \(cliente\)\s+S1 \(servidor\)/);
  assert.match(await follow.locator('h3').first().textContent(), /^Conexión de control 1\.1\.1\.1:\d+ ↔ 1\.1\.2\.1:21$/);
  assert.match(await page.getByTestId('data-stream').locator('h3').textContent(), /^Conexión de datos: RETR foo \(\d+ bytes, del servidor al cliente\)$/);
  assert.equal(await esButton(follow, 'Guardar foo').count(), 1);
  await expectNoEnglish(page, 'follow stream');

  // The time-sequence graph.
  await page.getByRole('tab', { name: 'Gráfica TCP', exact: true }).click();
  const chart = page.getByRole('listbox', { name: 'Gráfica tiempo-secuencia: un punto por cada segmento de datos' });
  await chart.waitFor();
  assert.match(await page.getByTestId('tsg-focus').getAttribute('aria-label'), /^Trama \d+, 0\.\d{3} s, bytes \d+–\d+$/);
  assert.match(await page.locator('.tsg-legend').innerText(), /datos\s+retransmisión\s+perdido\s+ACK\s+ventana de recepción/);
  assert.match(await page.getByTestId('tsg-summary').textContent(), /^S1 envió 3584 bytes a H1 en 3 segmentos, /);
  assert.equal(await esButton(page, 'Mostrar toda la ventana de recepción').count(), 1);
  await expectNoEnglish(page, 'time-sequence graph');

  // The transcript and the theme switch.
  assert.equal((await page.getByTestId('session-transcript').locator('summary').textContent()).trim(), 'Transcripción (solo texto)');
  assert.equal(await page.getByRole('combobox', { name: 'Tema', exact: true }).count(), 1);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('lang=es: the Embed dialog is Spanish and titles the iframe in Spanish', async () => {
  const page = await openEs('?lang=es&scenario=passive&step=3');
  await esButton(page, 'Insertar').click();
  const dialog = page.getByTestId('embed-dialog');
  assert.equal((await dialog.locator('h2').textContent()).trim(), 'Inserta este momento en la página de un curso');
  assert.match(await dialog.locator('p').first().textContent(), /^Pega esto en tu página/);
  assert.match(await page.getByTestId('embed-code').inputValue(), /title="Fundamentos de FTP, animado"/);
  assert.equal(await esButton(dialog, 'Copiar').count(), 1);
  assert.equal(await esButton(dialog, 'Cerrar').count(), 1);
  await expectNoEnglish(page, 'embed dialog');
  await esButton(dialog, 'Cerrar').click();
  assert.equal(await dialog.isVisible(), false);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('lang=es: Try it yourself speaks Spanish, the client itself stays as it prints', async () => {
  const page = await openEs('?page=try&lang=es');
  assert.equal((await page.locator('h1').textContent()).trim(), 'Pruébalo tú: FTP desde H1');
  assert.equal((await page.locator('#terminal-title').textContent()).trim(), 'Terminal de H1');
  assert.equal(await esButton(page, 'Ejecutar').count(), 1);
  assert.equal(await esButton(page, 'Empezar de cero').count(), 1);
  const input = page.getByTestId('terminal-input');
  await input.fill('help');
  await input.press('Enter');
  await input.fill('gett foo');
  await input.press('Enter');
  const lines = (await page.getByTestId('console').locator('.line').allTextContents()).map((l) => l.trim());
  assert.ok(lines.includes('Comandos que puedes escribir (el cliente los convierte en comandos FTP):'), lines.join('\n'));
  assert.ok(lines.some((l) => /^get remote-file \[local-file\]\s+Descarga un archivo del servidor .*\(también recv\)$/.test(l)), lines.join('\n'));
  assert.ok(lines.includes('?Invalid command.'), 'what the client prints stays as it prints it');
  assert.ok(lines.includes('¿Querías decir get? Escribe help para ver la lista de comandos.'), lines.join('\n'));
  await expectNoEnglish(page, 'try it yourself');
  await screenshot(page, 'spanish-terminal');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('lang=es: Active vs passive is Spanish; its live region says each step once', async () => {
  const page = await openEs('?page=compare&lang=es');
  // The header stands while the page's chunk loads: wait for the page itself.
  await page.getByTestId('compare-counter').waitFor();
  assert.equal((await page.locator('h1').textContent()).trim(), 'Activo frente a pasivo, uno al lado del otro');
  assert.equal(await page.getByRole('group', { name: 'Controles de la comparación' }).count(), 1);
  for (const b of ['Reiniciar', 'Paso atrás', 'Reproducir', 'Paso adelante']) assert.equal(await esButton(page, b).count(), 1, b);
  assert.equal((await page.getByTestId('compare-counter').textContent()).trim(), 'Paquete 0 de 11');
  assert.deepEqual(
    (await page.locator('.compare h2').allTextContents()).map((t) => t.trim()),
    ['Modo activo: PORT, el servidor se conecta', 'Modo pasivo: PASV, el cliente se conecta'],
  );
  await expectNoEnglish(page, 'compare');
  // One live region for the page; the sides' own lines are not live.
  assert.equal(await page.locator('main [aria-live]').count(), 1);
  const live = page.getByTestId('compare-announce');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await live.evaluate((el) => {
    window.__said = [];
    new MutationObserver(() => {
      const t = el.textContent;
      if (window.__said[window.__said.length - 1] !== t) window.__said.push(t);
    }).observe(el, { subtree: true, childList: true, characterData: true });
  });
  for (let i = 0; i < 4; i++) {
    await page.getByTestId('step-forward').click();
    await page.waitForFunction((n) => window.__said.length >= n, i + 1);
    await page.waitForTimeout(150);
  }
  const said = await page.evaluate(() => window.__said);
  assert.equal(said.length, 4, `one announcement per step: ${JSON.stringify(said)}`);
  said.forEach((t, i) => assert.match(t, new RegExp(`^Paquete ${i + 1} de 11\\. Activo: \\w+, \\w+ → \\w+\\. Pasivo: \\w+, \\w+ → \\w+\\.$`), t));
  assert.equal(said[3], 'Paquete 4 de 11. Activo: data_Conn, S1 → H1. Pasivo: data_Conn, H1 → S1.');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the compare page announces in English too, once per step', async () => {
  const page = await newPage(site.browser);
  await page.goto(site.server.url + '?page=compare');
  const live = page.getByTestId('compare-announce');
  await live.waitFor({ state: 'attached' });
  await page.getByTestId('step-forward').click();
  await page.getByTestId('step-forward').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=compare-announce]').textContent.startsWith('Packet 2 '));
  assert.match(await live.textContent(), /^Packet 2 of 11\. Active: Ack, S1 → H1\. Passive: Ack, S1 → H1\.$/);
  await page.context().close();
});

test('lang=es: FAQ and lesson pages have no English labels left', async () => {
  for (const query of ['?page=faq&lang=es', '?lang=es&scenario=two-pcs&step=20']) {
    const page = await openEs(query);
    await expectNoEnglish(page, query);
    await page.context().close();
  }
});

test('notices on every page, in the page language (the fallback when lang itself is bad)', async () => {
  const cases = [
    { query: '?page=faq&lang=xx', locale: 'en-US', text: /^There is no language “xx” \(en, es or pt\); the browser's language is used\.$/, ready: 'faq-entry' },
    { query: '?page=faq&lang=xx', locale: 'es-ES', text: /^No existe el idioma “xx” \(en, es o pt\); se usa el idioma del navegador\.$/, ready: 'faq-entry' },
    { query: '?page=try&step=zz', locale: 'en-US', text: /^step must be a whole number of steps, not “zz”; it was ignored\.$/, ready: 'terminal-input' },
    { query: '?page=try&lang=es&step=zz', locale: 'en-US', text: /^step debe ser un número entero de pasos, no “zz”; se ha ignorado\.$/, ready: 'terminal-input' },
    { query: '?page=compare&lang=es&autoplay=maybe', locale: 'en-US', text: /^autoplay admite 1 o 0, no “maybe”; se ha ignorado\.$/, ready: 'compare-counter' },
    { query: '?lang=es&scenario=nope&step=zz', locale: 'en-US', text: /^No existe el escenario “nope”; .+ step debe ser un número entero/, ready: 'step-counter' },
  ];
  for (const c of cases) {
    const page = await newPage(site.browser, { locale: c.locale });
    await page.goto(site.server.url + c.query);
    await page.getByTestId(c.ready).first().waitFor();
    const notice = page.getByTestId('notice');
    assert.equal(await notice.count(), 1, `one notice for ${c.query}`);
    assert.ok(await notice.isVisible());
    assert.match((await notice.textContent()).trim(), c.text, `${c.query} (${c.locale})`);
    // Inside <main>, right after the header.
    assert.equal(await page.locator('main > header + [data-testid=notice]').count(), 1, c.query);
    assert.deepEqual(page.problems, [], c.query);
    await page.context().close();
  }
});

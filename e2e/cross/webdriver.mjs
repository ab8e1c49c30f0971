// A tiny W3C WebDriver client over fetch (no dependency), and a launcher for
// a driver binary (geckodriver, WebKitWebDriver) on a free loopback port.
// Only the commands the cross-browser journey needs are here.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * Processes this test file started, killed with SIGKILL if it exits or is
 * signalled before stopping them itself (a cancelled run leaves nothing behind).
 * Entries are { pid, group }: group kills the whole process group.
 */
const live = new Set();
const cleanups = new Set();
let reaper = false;
export function track(pid, group = false) {
  const entry = { pid, group };
  live.add(entry);
  installReaper();
  return () => live.delete(entry);
}

/** Runs synchronous `fn` if the process exits or is signalled first; returns an "unregister". */
export function atExit(fn) {
  cleanups.add(fn);
  installReaper();
  return () => cleanups.delete(fn);
}

function installReaper() {
  if (!reaper) {
    reaper = true;
    const killAll = () => {
      for (const e of live) {
        try { process.kill(e.group ? -e.pid : e.pid, 'SIGKILL'); } catch { /* gone */ }
      }
      live.clear();
      for (const fn of cleanups) {
        try { fn(); } catch { /* best effort */ }
      }
      cleanups.clear();
    };
    process.once('exit', killAll);
    for (const [sig, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
      process.once(sig, () => {
        killAll();
        process.exit(128 + n);
      });
    }
  }
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export async function freePort() {
  const srv = createServer();
  await new Promise((ok, fail) => srv.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = srv.address();
  await new Promise((ok) => srv.close(ok));
  return port;
}

/**
 * Polls `fn` until it returns a truthy value (returned) or `timeout` ms pass
 * (throws). An error `fn` throws counts as "not yet", unless it is marked fatal.
 */
export async function waitFor(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      if (e?.fatal) throw e;
      last = e;
    }
    if (Date.now() > until) {
      const why = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${why})`);
    }
    await sleep(interval);
  }
}

/**
 * Starts `binary args` in its own process group (so stopping it also stops the
 * browser it launched) and waits until its /status answers, at most `timeout` ms.
 * Returns { url, log(), stop() }; stop() is idempotent and bounded.
 */
export async function startDriver(binary, args, { env = process.env, timeout = 30_000, port } = {}) {
  port ??= await freePort();
  const child = spawn(binary, args(port), { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const keep = (d) => {
    output += d;
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const untrack = child.pid === undefined ? () => {} : track(child.pid, true);
  const exit = new Promise((ok) => child.once('exit', (code, signal) => {
    exited = true;
    ok({ code, signal });
  }));
  child.once('error', (e) => {
    keep(`cannot start ${binary}: ${e.message} (\`bash .ci/install.sh test\` installs the browsers and drivers)\n`);
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  // The browser and its helpers share the driver's process group: end them all.
  const stop = async () => {
    if (child.pid === undefined) return;
    if (!exited) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const done = await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]);
      if (!done) await Promise.race([exit, sleep(2_000)]);
    }
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
    untrack();
  };
  try {
    await waitFor(async () => {
      if (exited) throw Object.assign(new Error(`${binary} exited early:\n${output}`), { fatal: true });
      const res = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) });
      return res.ok;
    }, { timeout, interval: 200, message: `${binary} to listen on ${port}` });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, log: () => output, stop };
}

export class WebDriverError extends Error {
  constructor(command, value) {
    super(`${command}: ${value?.error ?? 'error'}: ${value?.message ?? JSON.stringify(value)}`);
    this.error = value?.error;
  }
}

/** One WebDriver session. */
export class Session {
  /** Creates a session on the driver at `url` with W3C `capabilities` (alwaysMatch). */
  static async create(url, capabilities, { timeout = 60_000 } = {}) {
    const s = new Session(url, null);
    const value = await s.#send('POST', '/session', { capabilities: { alwaysMatch: capabilities } }, timeout);
    s.id = value.sessionId;
    s.capabilities = value.capabilities;
    return s;
  }

  constructor(url, id) {
    this.url = url;
    this.id = id;
  }

  async #send(method, path, body, timeout = 30_000) {
    const command = `${method} ${path}`;
    const res = await fetch(this.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      throw new WebDriverError(command, { error: `HTTP ${res.status}`, message: text.slice(0, 500) });
    }
    if (!res.ok || (json.value && json.value.error)) throw new WebDriverError(command, json.value);
    return json.value;
  }

  cmd(method, path, body, timeout) {
    return this.#send(method, `/session/${this.id}${path}`, body, timeout);
  }

  async quit() {
    if (!this.id) return;
    const id = this.id;
    this.id = null;
    await this.#send('DELETE', `/session/${id}`, undefined, 15_000);
  }

  goto(url) {
    return this.cmd('POST', '/url', { url }, 60_000);
  }

  currentUrl() {
    return this.cmd('GET', '/url');
  }

  setTimeouts(t) {
    return this.cmd('POST', '/timeouts', t);
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  /** Runs `fn` (a function or a function body string) in the page with `args`; returns its value. */
  exec(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd('POST', '/execute/sync', { script, args }, 60_000);
  }

  /** Runs async `fn` in the page; its returned promise's value comes back. */
  execAsync(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve((${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((v) => done({ ok: v }), (e) => done({ err: String(e && e.stack || e) }));`;
    return this.cmd('POST', '/execute/async', { script, args }, 60_000).then((r) => {
      if (r && 'err' in r) throw new Error(`in page: ${r.err}`);
      return r?.ok;
    });
  }

  /** Polls the page until `fn(...args)` is truthy there; returns that value. */
  until(fn, args = [], { timeout = 10_000, message } = {}) {
    return waitFor(() => this.exec(fn, ...args), { timeout, message: message ?? String(fn) });
  }

  async find(css) {
    return new Element(this, (await this.cmd('POST', '/element', { using: 'css selector', value: css }))[ELEMENT], css);
  }

  async findAll(css) {
    const found = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((e) => new Element(this, e[ELEMENT], css));
  }

  /** Waits until `css` matches a displayed element, then returns it. */
  async waitFor(css, { timeout = 15_000 } = {}) {
    return waitFor(async () => {
      const [el] = await this.findAll(css);
      return el && (await el.displayed()) ? el : null;
    }, { timeout, message: `${css} to show` });
  }

  /** Text of the first element matching `css` (its textContent, trimmed), or null. */
  text(css) {
    return this.exec((sel) => document.querySelector(sel)?.textContent.trim() ?? null, css);
  }

  /** A PNG screenshot of the viewport, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot', undefined, 60_000), 'base64');
  }
}

export class Element {
  constructor(session, id, css) {
    this.session = session;
    this.id = id;
    this.css = css;
  }

  cmd(method, path, body) {
    return this.session.cmd(method, `/element/${this.id}${path}`, body);
  }

  click() {
    return this.cmd('POST', '/click', {});
  }

  clear() {
    return this.cmd('POST', '/clear', {});
  }

  /** Types `text` into the element (W3C key codes allowed, e.g. Keys.ENTER). */
  type(text) {
    return this.cmd('POST', '/value', { text });
  }

  text() {
    return this.cmd('GET', '/text');
  }

  property(name) {
    return this.cmd('GET', `/property/${name}`);
  }

  enabled() {
    return this.cmd('GET', '/enabled');
  }

  displayed() {
    return this.cmd('GET', '/displayed');
  }
}

export const Keys = { ENTER: '\uE007' };

// Starts Debian's Xvfb on a free display for a browser that needs an X server
// (WebKitGTK's MiniBrowser), and stops it again: bounded, nothing left over.
import { spawn } from 'node:child_process';
import { sleep, track } from './webdriver.mjs';

/** Resolves to { display: ':N', stop() } once Xvfb is ready (at most `timeout` ms). */
export async function startXvfb({ binary = process.env.XVFB ?? 'Xvfb', size = '1280x1024x24', timeout = 15_000 } = {}) {
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
  const child = spawn(binary, ['-displayfd', '3', '-screen', '0', size, '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => { err = (err + d).slice(-4_000); });
  let exited = false;
  const untrack = child.pid === undefined ? () => {} : track(child.pid);
  const exit = new Promise((ok) => child.once('exit', () => { exited = true; ok(); }));
  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      if (!(await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]))) {
        child.kill('SIGKILL');
        await Promise.race([exit, sleep(2_000)]);
      }
    }
    untrack();
  };
  try {
    const display = await new Promise((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`Xvfb gave no display within ${timeout} ms:\n${err}`)), timeout);
      child.stdio[3].on('data', (d) => {
        out += d;
        if (out.includes('\n')) {
          clearTimeout(timer);
          ok(`:${out.trim()}`);
        }
      });
      child.once('error', (e) => { clearTimeout(timer); fail(new Error(`cannot start ${binary}: ${e.message} (apt-get install xvfb)`)); });
      child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Xvfb exited (${code}):\n${err}`)); });
    });
    return { display, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

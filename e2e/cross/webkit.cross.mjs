// The core journey in WebKit (Safari's engine): Debian's WebKitGTK MiniBrowser
// in automation mode, driven by WebKitWebDriver (webkit2gtk-driver), on an
// Xvfb display this file starts and stops itself. Run with `node --test`.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { journey } from './journey.mjs';
import { startXvfb } from './xvfb.mjs';
import { startDriver, Session, waitFor } from './webdriver.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

journey('webkit', async (dir) => {
  const xvfb = await startXvfb();
  // WebKitGTK saves downloads in the XDG download folder: point it into dir.
  const downloadDir = join(dir, 'downloads');
  const config = join(dir, 'config');
  await mkdir(downloadDir, { recursive: true });
  await mkdir(config, { recursive: true });
  await writeFile(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
  const env = {
    ...process.env,
    DISPLAY: xvfb.display,
    XDG_CONFIG_HOME: config,
    NO_AT_BRIDGE: '1',
    // No GPU here: software rendering, no compositing.
    LIBGL_ALWAYS_SOFTWARE: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  };
  let driver;
  try {
    driver = await startDriver(DRIVER, (port) => [`--port=${port}`, '--host=127.0.0.1'], { env });
    const session = await Session.create(driver.url, {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
    await session.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
    return {
      session,
      stop: async () => {
        await driver.stop();
        await xvfb.stop();
      },
      downloads: async (name) => waitFor(async () => {
        const files = await readdir(downloadDir).catch(() => []);
        if (!files.includes(name)) return null;
        const bytes = await readFile(join(downloadDir, name));
        return bytes.length ? bytes : null;
      }, { timeout: 5_000, message: `WebKit to save ${name}` }).catch(() => null),
    };
  } catch (e) {
    const log = driver?.log().slice(-4_000) ?? '';
    await driver?.stop();
    await xvfb.stop();
    throw new Error(`${e.message}\nWebKitWebDriver's log:\n${log}`);
  }
});

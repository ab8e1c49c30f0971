// The core journey in Firefox ESR (Debian's firefox-esr, headless), driven by
// geckodriver (cargo install, see .ci/install.sh). Run with `node --test`.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { journey } from './journey.mjs';
import { startDriver, Session, waitFor } from './webdriver.mjs';

// cargo install's geckodriver (in $CARGO_HOME/bin, which PATH may lack outside `make test`).
const CARGO_BIN = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'bin');
const GECKODRIVER = process.env.GECKODRIVER ??
  (existsSync(join(CARGO_BIN, 'geckodriver')) ? join(CARGO_BIN, 'geckodriver') : 'geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

journey('firefox', async (dir) => {
  const downloadDir = join(dir, 'downloads');
  const driver = await startDriver(GECKODRIVER, (port) => ['--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  try {
    const session = await Session.create(driver.url, {
      browserName: 'firefox',
      acceptInsecureCerts: false,
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless', '-width=1280', '-height=900'],
        prefs: {
          // Downloads go straight to downloadDir, never a dialog.
          'browser.download.folderList': 2,
          'browser.download.dir': downloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          'browser.download.alwaysOpenPanel': false,
          'browser.download.manager.showWhenStarting': false,
          'browser.helperApps.neverAsk.saveToDisk': 'application/vnd.tcpdump.pcap,application/x-pcapng,application/octet-stream',
          // A quiet test browser: no first-run pages, no background traffic.
          'browser.shell.checkDefaultBrowser': false,
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.downloads.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
        },
      },
    });
    await session.setWindowRect({ width: 1280, height: 900 }).catch(() => {});
    return {
      session,
      stop: driver.stop,
      /** The file Firefox saved as `name` in downloadDir, once complete (at most 15 s). */
      downloads: async (name) => waitFor(async () => {
        const files = await readdir(downloadDir).catch(() => []);
        if (!files.includes(name) || files.some((f) => f.endsWith('.part'))) return null;
        const bytes = await readFile(join(downloadDir, name));
        return bytes.length ? bytes : null;
      }, { timeout: 15_000, message: `Firefox to save ${name} in ${downloadDir}` }),
    };
  } catch (e) {
    await driver.stop();
    throw new Error(`${e.message}\ngeckodriver's log:\n${driver.log().slice(-4_000)}`);
  }
});

// Opens a fresh browser of each engine through its own W3C WebDriver: the
// system's Chromium (chromedriver), Firefox ESR (geckodriver) and WebKitGTK,
// Safari's engine (WebKitWebDriver with MiniBrowser, under Xvfb). Every session
// gets its own driver process and a new, empty profile.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder } from 'selenium-webdriver';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium.js';

const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Each engine: its driver, the capabilities of a session in it, and what
 * is set once a session has started (`started`). */
export const ENGINES = {
  chromium: {
    driver: ['/usr/bin/chromedriver'],
    capabilities: ({ dark, width, height, scripts }) => ({
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: CHROMIUM,
        args: [
          '--headless=new',
          ...CHROMIUM_FLAGS,
          `--window-size=${width},${height}`,
          ...(dark ? ['--force-dark-mode'] : []),
          ...(scripts ? [] : ['--blink-settings=scriptEnabled=false']),
        ],
      },
    }),
    // Linux has no system contrast setting that Chromium reads: DevTools' emulation.
    started: async (driver, { contrast }) => {
      if (!contrast) return;
      const feature = { forced: { name: 'forced-colors', value: 'active' }, more: { name: 'prefers-contrast', value: 'more' } };
      await driver.sendDevToolsCommand('Emulation.setEmulatedMedia', { features: [feature[contrast]] });
    },
  },
  firefox: {
    // geckodriver's default WebSocket port is fixed: two at once need their own.
    driver: ['geckodriver', (port) => `--websocket-port=${port}`],
    capabilities: ({ dark, width, height, scripts, contrast }) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless', `--width=${width}`, `--height=${height}`],
        prefs: {
          'ui.systemUsesDarkTheme': dark ? 1 : 0,
          'javascript.enabled': scripts,
          // A contrast theme: "override the colours specified by the page: always".
          // More contrast: the system's accessibility theme, the page's colours kept.
          'browser.display.document_color_use': { forced: 2, more: 1 }[contrast] ?? 0,
          'ui.useAccessibilityTheme': contrast === 'more' ? 1 : 0,
          // No calls to Mozilla's servers from a test profile.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'extensions.getAddons.cache.enabled': false,
        },
      },
    }),
  },
  webkit: {
    driver: ['/usr/bin/WebKitWebDriver'],
    noContrastTheme: 'WebKit has no contrast themes (its forced-colors media query never matches)',
    // GTK's dark theme is what WebKitGTK reports as the system's preference.
    // GTK's high-contrast theme is how it asks for more contrast.
    env: ({ dark, contrast }) => ({
      GTK_THEME: `${contrast === 'more' ? 'HighContrast' : 'Adwaita'}${dark ? ':dark' : ''}`,
    }),
    // MiniBrowser takes WebKitSettings as options (--enable-javascript).
    capabilities: ({ scripts }) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: WEBKIT_BROWSER,
        args: ['--automation', ...(scripts ? [] : ['--enable-javascript=false'])],
      },
    }),
  },
};

/** The engines to test: $ENGINES (comma-separated) or all three. */
export function enginesToTest() {
  const names = (process.env.ENGINES ?? Object.keys(ENGINES).join(',')).split(',').filter(Boolean);
  for (const name of names) {
    if (!ENGINES[name]) throw new Error(`ENGINES: unknown engine "${name}" (known: ${Object.keys(ENGINES)})`);
  }
  return names;
}

/** Why an engine cannot run here, or null. */
export function missing(name) {
  if (name === 'webkit') {
    if (!existsSync(WEBKIT_BROWSER)) return `no ${WEBKIT_BROWSER}`;
    if (!process.env.DISPLAY) return 'no X display (run under xvfb-run)';
  }
  return null;
}

/** How to end each driver still running (with the browser it started). */
const running = new Set();

/** Ends every driver still running: after a test that timed out, its
 * browser may still be open. */
export function killAll() {
  for (const kill of [...running]) kill();
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the driver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no driver answered at ${url} within 15 s`);
}

/**
 * A new session of `engine` in a fresh profile; `scripts: false` turns the
 * page's JavaScript off (WebDriver's own scripts still run); `contrast`
 * 'forced' puts it in a contrast theme (forced colours), 'more' asks for
 * more contrast, each by the engine's own setting.
 * @param {{ dark?: boolean, width?: number, height?: number, scripts?: boolean, contrast?: 'forced' | 'more' }} options
 * @returns {Promise<{ engine: string, driver: import('selenium-webdriver').WebDriver, quit: () => Promise<void> }>}
 */
export async function openBrowser(engine, { dark = false, width = 1280, height = 900, scripts = true, contrast } = {}) {
  const spec = ENGINES[engine];
  if (contrast === 'forced' && spec.noContrastTheme) throw new Error(spec.noContrastTheme);
  const port = await freePort();
  const [command, ...extra] = spec.driver;
  const args = [`--port=${port}`];
  for (const arg of extra) args.push(typeof arg === 'function' ? arg(await freePort()) : arg);
  // In a process group of its own, so the browser it starts ends with it.
  const child = spawn(command, args, {
    env: { ...process.env, ...(spec.env?.({ dark, contrast }) ?? {}) },
    stdio: 'ignore',
    detached: true,
  });
  const kill = () => {
    running.delete(kill);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  running.add(kill);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForDriver(url, child);
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities(spec.capabilities({ dark, width, height, scripts, contrast }))
      .build();
    await spec.started?.(driver, { contrast });
    // No command may wait for ever: a hung page fails its test instead.
    await driver.manage().setTimeouts({ script: 10_000, pageLoad: 20_000 });
    // Only WebKit's window size is not a launch option. Its window is a real
    // one on Xvfb, where no window manager gives it the keyboard focus: the
    // focus follows the pointer, which Xvfb leaves in the screen's centre.
    // Centred, the window covers it, so the page is active and paints focus
    // rings (at 0,0 a phone-sized window did not: document.hasFocus() false).
    if (engine === 'webkit') {
      const [screenWidth, screenHeight] = await driver.executeScript('return [screen.width, screen.height]');
      const x = Math.max(0, Math.round((screenWidth - width) / 2));
      const y = Math.max(0, Math.round((screenHeight - height) / 2));
      await driver.manage().window().setRect({ x, y, width, height });
    }
    return {
      engine,
      driver,
      quit: async () => {
        await Promise.race([driver.quit().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
        kill();
      },
    };
  } catch (error) {
    kill();
    throw error;
  }
}

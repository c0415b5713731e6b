// The page through W3C WebDriver, found the way a screen reader finds it: by
// the role and accessible name the browser itself computes (WebDriver's
// "Get Computed Role" and "Get Computed Label"), in every engine.
import { By, Key } from 'selenium-webdriver';

export { Key };

export const CRITERIA = 13;
// Longer than a save can wait after the last change: two 400 ms quiet periods.
export const SAVE_WAIT_MS = 1000;
export const STORAGE_KEY = 'faceoff.prefs';

/** Where elements of a role can be, so only those are asked for their role. */
const CANDIDATES = {
  alert: '[role=alert]',
  article: 'article, [role=article]',
  button: 'button, [role=button]',
  combobox: 'select, [role=combobox]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  link: 'a[href]',
  radio: 'input[type=radio], [role=radio]',
  region: 'section, [role=region]',
  slider: 'input[type=range], [role=slider]',
  status: '[role=status], output',
  textbox: 'input[type=text], textarea, [role=textbox]',
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** In the page: the elements matching a selector whose label texts match a pattern. */
const PREFILTER = `
  const [selector, source, flags] = arguments;
  const wanted = source === null ? null : new RegExp(source, flags);
  const byId = (id) => document.getElementById(id)?.textContent;
  const texts = (el) =>
    [
      el.getAttribute('aria-label'),
      ...(el.getAttribute('aria-labelledby') || '').split(/\\s+/).map(byId),
      ...[...(el.labels || [])].map((label) => label.textContent),
      el.textContent,
      el.title,
    ].filter(Boolean).map((text) => text.replace(/\\s+/g, ' ').trim());
  return [...document.querySelectorAll(selector)].filter((el) => !wanted || texts(el).some((t) => wanted.test(t)));
`;

/** In the page: scrolls an element into view and waits for two frames. */
const SCROLL_INTO_VIEW = `
  const [element, done] = arguments;
  element.scrollIntoView({ block: 'center' });
  requestAnimationFrame(() => requestAnimationFrame(() => done()));
`;

// Case aside: Chromium's computed names follow CSS text-transform, and a
// screen reader reads "YOUR RECOMMENDATION" and "Your recommendation" alike.
const matches = (name, wanted) =>
  wanted instanceof RegExp ? wanted.test(name) : name.toLowerCase() === wanted.toLowerCase();

export class EnginePage {
  /** @param {import('selenium-webdriver').WebDriver} driver
   * @param {{ scripts?: boolean }} options whether the page's scripts run */
  constructor(driver, { scripts = true } = {}) {
    this.driver = driver;
    this.scripts = scripts;
  }

  /** Scrolls an element into view and lets it be laid out: for two frames,
   * or where the page's scripts are off (no frame callbacks), for 100 ms. */
  async scrollIntoView(element) {
    if (this.scripts) return this.driver.executeAsyncScript(SCROLL_INTO_VIEW, element);
    await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", element);
    await this.sleep(100);
  }

  /** The displayed elements with this role whose accessible name matches.
   * The page narrows the candidates by their label texts; the browser's own
   * accessibility computation decides, once each is scrolled into view
   * (Chromium leaves content it has not laid out, such as cards skipped by
   * content-visibility, out of its accessibility tree until then). */
  async allByRole(role, name) {
    const pattern = name === undefined ? null : name instanceof RegExp ? name : new RegExp(escape(name), 'i');
    const candidates = await this.driver.executeScript(
      PREFILTER,
      CANDIDATES[role],
      pattern && pattern.source,
      pattern && pattern.flags,
    );
    const found = [];
    // (Nothing comes back from a page that is being replaced.)
    for (const element of candidates ?? []) {
      try {
        await this.scrollIntoView(element);
        if (!(await element.isDisplayed())) continue;
        if ((await element.getAriaRole()) !== role) continue;
        if (name !== undefined && !matches((await element.getAccessibleName()).trim(), name)) continue;
        found.push(element);
      } catch (error) {
        // The element left the page while it was being read: it is not there.
        if (error.name !== 'StaleElementReferenceError') throw error;
      }
    }
    return found;
  }

  /** Waits for one displayed element of this role whose text matches: for
   * roles such as alert, whose accessible name does not come from their content. */
  async byRoleAndText(role, text, timeout = 5000) {
    let found = [];
    await this.waitFor(
      async () => {
        found = [];
        for (const element of await this.allByRole(role)) {
          if (text.test(await element.getText())) found.push(element);
        }
        return found.length === 1;
      },
      timeout,
      () => `one ${role} with the text ${text}, found ${found.length}`,
    );
    return found[0];
  }

  /** Waits (5 s at most) for exactly one displayed element of this role and name. */
  async byRole(role, name, timeout = 5000) {
    let found = [];
    await this.waitFor(async () => (found = await this.allByRole(role, name)).length === 1, timeout, () =>
      `one ${role} named ${name}, found ${found.length}`,
    );
    return found[0];
  }

  async waitFor(condition, timeout, describe) {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await condition()) return;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${describe()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  status() {
    return this.byRole('status', 'Your recommendation');
  }

  slider(criterion) {
    return this.byRole('slider', `Priority: ${criterion}`);
  }

  /** Opens an address and waits for the app: every slider enabled (the
   * cards are mounted a few a task) and the recommendation shown. */
  async open(url) {
    await this.driver.get(url);
    await this.ready();
  }

  async ready(timeout = 15_000) {
    await this.waitFor(
      () =>
        this.driver.executeScript(
          `const sliders = document.querySelectorAll('input[type=range]');
           return sliders.length === ${CRITERIA} && [...sliders].every((s) => !s.disabled)
             && !document.querySelector('.slot:not(.live)');`,
        ),
      timeout,
      () => `${CRITERIA} enabled sliders`,
    );
    await this.status();
  }

  /** WebKitWebDriver's Refresh command ends its web process: reload from the page. */
  async reload() {
    await this.driver.executeScript('window.__reloading = true; location.reload()');
    // The old document answers until the new one replaces it.
    await this.waitFor(
      async () =>
        (await this.driver.executeScript("return !window.__reloading && document.readyState === 'complete'")) === true,
      15_000,
      () => 'the reloaded page',
    );
    await this.ready();
  }

  async text(element) {
    return (await element.getText()).trim();
  }

  async value(criterion) {
    return (await this.slider(criterion)).getAttribute('value');
  }

  stored(key = STORAGE_KEY) {
    return this.driver.executeScript('return localStorage.getItem(arguments[0])', key);
  }

  url() {
    return this.driver.getCurrentUrl();
  }

  /** What the watching script (watch.js) saw: errors and CSP violations. */
  seen() {
    return this.driver.executeScript('return window.__seen || null');
  }

  sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

// The page as a person with a screen reader meets it: everything is found by
// role and accessible name. Shared by the browser specs.
import { test as base, expect } from '@playwright/test';

export { expect };

export const DJANGO_WINS = [
  'Core difference',
  'Built-in features',
  'Scalability',
  'Use cases',
  'Community and ecosystem',
  'Speed of development',
  'Security',
];
export const FLASK_WINS = [
  'Flexibility and customization',
  'Learning curve',
  'Performance',
  'Template engine',
  'Routing mechanism',
  'Third-party libraries and extensions',
];
export const ALL = [...DJANGO_WINS, ...FLASK_WINS];

/** The source article: the site it is on, and its address there. */
export const ARTICLE_SITE = 'https://www.hostitsmart.com';
export const ARTICLE = `${ARTICLE_SITE}/blog/difference-between-django-and-flask/`;

export const STORAGE_KEY = 'faceoff.prefs';
// Longer than a save can wait after the last change: two 400 ms quiet periods.
export const SAVE_WAIT_MS = 1000;
export const BACKUP_KEY = 'faceoff.prefs.backup';

export class ComparisonPage {
  constructor(page) {
    this.page = page;
    this.status = page.getByRole('status', { name: 'Your recommendation' });
    this.reset = page.getByRole('button', { name: 'Reset priorities' });
    this.copyLink = page.getByRole('button', { name: 'Copy link' });
    this.keepShared = page.getByRole('button', { name: 'Keep these' });
    this.backToMine = page.getByRole('button', { name: 'Back to mine' });
    this.sharedBanner = page.getByRole('region', { name: 'You are viewing shared priorities' });
    this.sliders = page.getByRole('slider');
    this.cards = page.getByRole('article');
  }

  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  /** Waits for the app: the page is prerendered, its live parts' controls
   * disabled until the app has mounted every one of them into its slot. */
  async ready() {
    await expect(this.status).toBeVisible();
    await expect(this.reset).toBeEnabled();
    await expect(this.page.locator('.slot:not(.live)')).toHaveCount(0);
  }

  slider(criterion) {
    return this.page.getByRole('slider', { name: `Priority: ${criterion}`, exact: true });
  }

  /** Sets a slider the way a script or assistive tech would: value, then an input event. */
  async setPriority(criterion, value) {
    await this.slider(criterion).evaluate((el, v) => {
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }

  async setAll(criteria, value) {
    for (const c of criteria) await this.setPriority(c, value);
  }

  /** Every slider's value, by criterion. */
  async priorities() {
    const values = {};
    for (const c of ALL) values[c] = await this.slider(c).inputValue();
    return values;
  }

  async stored(key = STORAGE_KEY) {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Waits until the saved preferences hold `weights` (by criterion id). */
  async expectSaved(weights) {
    await expect
      .poll(async () => JSON.parse((await this.stored()) ?? '{}').priorities ?? {})
      .toMatchObject(weights);
  }
}

/** Where a request came from: the page's frame, or a service worker. */
function requesterOrigin(request) {
  try {
    const worker = request.serviceWorker();
    return new URL(worker ? worker.url() : request.frame().url()).origin;
  } catch {
    return null;
  }
}

/** Playwright's `test`, whose `page` fails the test on any console error,
 * uncaught exception, Content-Security-Policy violation, or request from the
 * page to an origin other than its own. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors = [];
    const elsewhere = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('request', (request) => {
      // Navigations are the test's own doing; everything else is the page's.
      if (request.isNavigationRequest()) return;
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== requesterOrigin(request)) elsewhere.push(request.url());
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI}`),
      );
    });
    await use(page);
    expect(errors, 'console errors').toEqual([]);
    expect(elsewhere, 'requests to other origins').toEqual([]);
    const violations = await page.evaluate(() => window.__cspViolations).catch(() => []);
    expect(violations, 'CSP violations').toEqual([]);
  },
});

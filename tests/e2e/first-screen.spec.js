// The first screen is prerendered into the page at build time: a first-time
// visitor reads the recommendation before the app has even arrived, and the
// app then takes over in place. Each test holds the wasm back until it says.
import AxeBuilder from '@axe-core/playwright';
import { ComparisonPage, expect, test, STORAGE_KEY } from './app-page.js';

test.use({ serviceWorkers: 'block' });

/** Holds every wasm request until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const chartBars = (page) =>
  page.locator('.why-chart .bar-row').evaluateAll((rows) =>
    rows.map((row) => {
      const box = row.getBoundingClientRect();
      const [first, second] = [...row.querySelectorAll('.bar > span')].map((bar) => bar.getBoundingClientRect());
      return { label: row.textContent, top: Math.round(box.top), bars: [Math.round(first.width), Math.round(second.width)] };
    }),
  );

test('a first visit shows the recommendation before the app starts, and the app takes over in place', async ({ page }) => {
  const release = await holdWasm(page);
  const app = new ComparisonPage(page);
  await page.goto('/');
  await expect(app.status).toContainText('Too close to call');
  await expect(app.status).toContainText('Django is ahead by only 0.2 points');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django or Flask?');
  // Nothing pretends to work before it does.
  await expect(app.copyLink).toBeDisabled();
  await expect(app.reset).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
  await expect(page.getByText('Loading the comparison…')).toBeHidden();
  const prerendered = { status: await app.status.innerText(), bars: await chartBars(page) };
  // The chart is drawn from the same numbers: bars sorted and filled.
  expect(prerendered.bars.filter((row) => row.bars[0] + row.bars[1] > 0)).toHaveLength(13);
  // The result's panel is kept and only its content replaced: on wide screens
  // it scrolls, and WebKit took up to 200 ms to remove such an element.
  await page.locator('.result-panel').evaluate((panel) => (panel.dataset.kept = 'yes'));

  release();
  await app.ready();
  await expect(page.locator('.result-panel[data-kept="yes"]')).toHaveCount(1);
  await expect(app.sliders).toHaveCount(13);
  expect({ status: await app.status.innerText(), bars: await chartBars(page) }).toEqual(prerendered);
  await expect(page.getByRole('status', { name: 'Your recommendation' })).toHaveCount(1);
  await app.setPriority('Security', 10);
  await expect(app.status).not.toHaveText(prerendered.status);
});

test('a link carrying only campaign tags is still a first visit: the result at once, the tags ignored', async ({ page }) => {
  const release = await holdWasm(page);
  const app = new ComparisonPage(page);
  await page.goto('/?utm_source=newsletter&utm_medium=email&fbclid=AbC123');
  await expect(app.status).toContainText('Too close to call');
  await expect(page.getByText('Loading the comparison…')).toBeHidden();
  const prerendered = await app.status.innerText();
  release();
  await app.ready();
  expect(await app.status.innerText()).toBe(prerendered);
  await expect(app.sharedBanner).toBeHidden();
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    test(`the first screen has no WCAG 2.2 A or AA violations, ${colorScheme} theme, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      const release = await holdWasm(page);
      const app = new ComparisonPage(page);
      await page.goto('/');
      await expect(app.status).toContainText('Too close to call');
      await expect(app.reset).toBeDisabled();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      release();
      await app.ready();
    });
  }
}

/** Opens `path` with the wasm held back: "Loading" shows, never the first
 * visit's result, until the app starts. */
async function opensWithLoading(page, path) {
  const release = await holdWasm(page);
  const app = new ComparisonPage(page);
  await page.goto(path);
  await expect(page.getByText('Loading the comparison…')).toBeVisible();
  await expect(app.status).toBeHidden();
  release();
  await app.ready();
  await expect(page.getByText('Loading the comparison…')).toHaveCount(0);
  return app;
}

/** Stores `value` under `key` before the first visit's page runs. */
const seed = (page, key, value) =>
  page.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, [key, value]);

test('a shared link never shows the first visit\'s result: "Loading" until the app shows the link\'s', async ({ page }) => {
  const app = await opensWithLoading(page, '/?v=2&security=10&performance=0');
  await expect(app.slider('Security')).toHaveValue('10');
});

test('a campaign tag does not make a shared link a first visit', async ({ page }) => {
  const app = await opensWithLoading(page, '/?utm_source=chat&security=10');
  await expect(app.slider('Security')).toHaveValue('10');
});

test('a returning visitor never sees the first visit\'s result either', async ({ page }) => {
  await seed(page, STORAGE_KEY, JSON.stringify({ version: 2, priorities: { security: 10 } }));
  const app = await opensWithLoading(page, '/');
  await expect(app.slider('Security')).toHaveValue('10');
});

test('nor does a visitor who chose a theme (the first screen shows Auto)', async ({ page }) => {
  await seed(page, 'faceoff.theme', 'dark');
  await opensWithLoading(page, '/');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('nor does a visitor whose browser refuses storage (the first screen lacks the app\'s notice)', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await opensWithLoading(page, '/');
  await expect(page.getByText('does not let the page save your priorities')).toBeVisible();
});

test('without JavaScript the whole comparison, guide and sources read, with a note on what needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const note = page.getByText('The sliders and the live recommendation need JavaScript and WebAssembly');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Everything else on this page reads without them');
  await expect(page.getByRole('status', { name: 'Your recommendation' })).toContainText('Too close to call');
  // Nothing that only the app could make work is offered: no buttons, no
  // menus; the sliders and checklists that remain show they are disabled.
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  for (const control of await page.getByRole('checkbox').all()) await expect(control).toBeDisabled();
  // Nor told how to use what cannot work.
  for (const how of ['Change it on the card', 'Tick what describes your project', 'Point at or tab into a round']) {
    await expect(page.getByText(how).filter({ visible: true })).toHaveCount(0);
  }
  // Every round, in the article's order, with both takes, the verdict and its link.
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(13);
  await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText('Core difference');
  for (const card of await cards.all()) {
    await expect(card.getByRole('heading', { level: 4, name: /^(Django|Flask)/ })).toHaveCount(2);
    await expect(card.getByText(/^The article's verdict:/)).toHaveCount(1);
    await expect(card.getByRole('link', { name: /^Read this round in the article/ })).toHaveAttribute('href', /hostitsmart\.com/);
  }
  await expect(page.getByRole('slider')).toHaveCount(13);
  for (const slider of await page.getByRole('slider').all()) await expect(slider).toBeDisabled();
  // The guide and the sources.
  for (const name of ['Pros and cons', 'The two frameworks at a glance', 'Questions people ask', 'Sources and method']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const faq = page.locator('details.faq-item');
  await expect(faq).toHaveCount(8);
  await faq.first().locator('summary').click();
  await expect(faq.first().getByRole('paragraph')).toBeVisible();
  // The questions (their code comes on demand in the app) read too, behind their summary.
  await page.getByText('Not sure? Answer six quick questions').click();
  await expect(page.getByRole('group', { name: 'How big will the project grow?' })).toBeVisible();
  for (const control of await page.getByRole('radio').all()) await expect(control).toBeDisabled();
  await expect(page.getByRole('button')).toHaveCount(0);
  await context.close();
});

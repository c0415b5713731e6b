// Dark mode: follows the system, or the user's choice, remembered.
import { ComparisonPage, expect, test } from './app-page.js';

// The reload test holds the wasm back; a service worker would serve it anyway.
test.use({ serviceWorkers: 'block' });

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(244, 245, 247)';
const DARK_BG = 'rgb(16, 21, 27)';

test('the page follows the system theme until the user picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
  expect(await background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);
});

test('a chosen theme applies at once, is remembered, and is back before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await background(page)).toBe(DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('faceoff.theme'))).toBe('dark');

  // Reload with the wasm held back: the theme is already there without the app.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByText('Loading the comparison…')).toBeVisible();
  expect(await background(page)).toBe(DARK_BG);
  release();
  await expect(app.status).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  // Auto hands the choice back to the system.
  await page.getByRole('radio', { name: 'Auto' }).check();
  expect(await background(page)).toBe(LIGHT_BG);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
  expect(await background(page)).toBe(LIGHT_BG);
});

test('a damaged stored theme falls back to the system one', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('faceoff.theme', '<script>'));
  await page.emulateMedia({ colorScheme: 'dark' });
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
  expect(await background(page)).toBe(DARK_BG);
});

test('the theme is keyboard operable', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await new ComparisonPage(page).open();
  await page.getByRole('radio', { name: 'Auto' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background(page)).toBe(DARK_BG);
});

test('every colour token resolves, in both themes', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  // A token defined through itself (`--x: light-dark(var(--x), …)`) is invalid:
  // whatever uses it silently loses its colour, or its whole border.
  const unresolved = () =>
    page.evaluate(() => {
      const names = [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule.selectorText === ':root')
        .flatMap((rule) => [...rule.style].filter((name) => name.startsWith('--')))
        // The stylesheet's own theme switch (see the next test): one of the
        // two is empty on purpose in each theme.
        .filter((name) => !name.startsWith('--lightningcss-'));
      const root = getComputedStyle(document.documentElement);
      return { count: names.length, unresolved: names.filter((name) => root.getPropertyValue(name).trim() === '') };
    });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const { count, unresolved: missing } = await unresolved();
    expect(count, 'tokens found').toBeGreaterThan(20);
    expect(missing, `${scheme} theme`).toEqual([]);
  }
});

test('the stylesheet is written for browsers a few years old too', async ({ page }) => {
  await new ComparisonPage(page).open();
  const href = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').href);
  const css = await (await page.request.get(href)).text();
  // light-dark() came in Safari 17.5 and Chrome 123: before them every colour
  // would be lost. Media query ranges came in Safari 16.4.
  expect(css).not.toMatch(/light-dark\(/);
  expect(css).not.toMatch(/@media[^{]*\((width|height)\s*[<>]/);
  // The themes are switched by variables instead, dark by the system's
  // preference or the page's own choice.
  expect(css).toMatch(/prefers-color-scheme:\s*dark/);
  expect(css).toMatch(/\[data-theme="?dark"?\][^{]*\{[^}]*--lightningcss-dark:\s*initial/);
});

// Accessibility: axe in both themes and at phone and desktop widths,
// keyboard-only use, landmarks and headings, reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { ComparisonPage, expect, test } from './app-page.js';

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    test(`no WCAG 2.2 A or AA violations, ${colorScheme} theme, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      const app = new ComparisonPage(page);
      await app.open();
      // Open what is closed at first, so axe checks it too.
      await page.getByText('Not sure? Answer six quick questions').click();
      await expect(page.getByRole('button', { name: 'Apply to my sliders' })).toBeVisible();
      for (const summary of await page.locator('.faq summary').all()) await summary.click();
      await page.getByRole('button', { name: 'I disagree' }).first().click();
      await page.getByRole('button', { name: 'Decide as a team' }).click();
      await page.getByRole('textbox', { name: /Result links to add/ }).fill('Ana: /?v=2&security=10\nnot a link');
      await page.getByRole('button', { name: 'Add to the team' }).click();
      await expect(page.getByRole('textbox', { name: 'Name of Ana' })).toBeVisible();
      await page.getByRole('article', { name: 'Security' }).hover();
      // Off-screen cards skip rendering (content-visibility): render them all,
      // so that axe checks every colour, not only what is on screen.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('.card')) el.style.contentVisibility = 'visible';
      });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

for (const width of [320, 390]) {
  test(`at ${width} px nothing is wider than the screen (WCAG reflow)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await new ComparisonPage(page).open();
    // The last section rendered: everything above it is on the page too.
    await expect(page.getByRole('heading', { name: 'Questions people ask' })).toBeAttached();
    await expect(page.getByRole('article')).toHaveCount(13);
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        .slice(0, 5),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('landmarks and a heading outline without skipped levels', async ({ page }) => {
  await new ComparisonPage(page).open();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  const jumps = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
  expect(jumps).toEqual([]);
});

test('keyboard alone: skip link, sliders, profile, share, all with a visible focus ring', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the criteria' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#criteria$/);

  // Tab onwards until the first slider is reached, then use it.
  const first = app.slider('Core difference');
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  const ring = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('End');
  await expect(first).toHaveValue('10');
  await expect(app.status).toContainText('Django');

  // A profile chip by keyboard.
  const chip = page.getByRole('button', { name: 'API or microservice' });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(app.status).toContainText('Flask');
});

test('reduced motion turns transitions off', async ({ page }) => {
  // The one transition left is the highlight of a round's pros and cons;
  // the result's bars follow the sliders without animating.
  const item = page.getByRole('region', { name: 'Pros and cons' }).getByRole('listitem').first();
  const duration = () => item.evaluate((el) => getComputedStyle(el).transitionDuration);
  await new ComparisonPage(page).open();
  expect(await duration()).toBe('0.12s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(parseFloat(await duration())).toBeLessThan(0.001);
});

// Accessibility: axe in both themes and at phone and desktop widths,
// keyboard-only use, landmarks and headings, reduced motion.
import AxeBuilder from '@axe-core/playwright';
import { ComparisonPage, expect, test } from './app-page.js';
import { SHARES_OF_COLOUR, THEME_COLOURS } from './contrast.js';

/** Opens the app with what is closed at first opened (the questions, the
 * FAQ, a score editor, the team view with a member), a card hovered, and
 * every card rendered (off screen they skip rendering: content-visibility),
 * so that a check sees every colour. */
async function openEverything(page) {
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByText('Not sure? Answer six quick questions').click();
  await expect(page.getByRole('button', { name: 'Apply to my sliders' })).toBeVisible();
  for (const summary of await page.locator('.faq summary').all()) await summary.click();
  await page.getByRole('button', { name: 'I disagree' }).first().click();
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await page.getByRole('textbox', { name: /Result links to add/ }).fill('Ana: /?v=2&security=10\nnot a link');
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Ana' })).toBeVisible();
  await page.getByRole('article', { name: 'Security' }).hover();
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.card')) el.style.contentVisibility = 'visible';
  });
}

const violations = (results) => results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);

for (const colorScheme of ['light', 'dark']) {
  for (const width of [390, 1280]) {
    test(`no WCAG 2.2 A or AA violations, ${colorScheme} theme, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await openEverything(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations(results)).toEqual([]);
    });
  }

  // The system's "increase contrast" setting (macOS, iOS, Windows).
  for (const width of [390, 1280]) {
    test(`with more contrast asked for, every text reaches 7:1 (WCAG AAA), ${colorScheme} theme, ${width} px`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, contrast: 'more' });
      await page.setViewportSize({ width, height: 900 });
      await openEverything(page);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
      expect(violations(results)).toEqual([]);
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

/** The share of an element's on-screen pixels that are (nearly) `colour`,
 * an [r, g, b]: read from a screenshot, decoded in a blank page. */
async function shareOf(page, locator, colour) {
  await locator.scrollIntoViewIfNeeded();
  // Two frames: a card that had skipped rendering (content-visibility) paints.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const { x, y, width, height } = await locator.boundingBox();
  const box = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), colour };
  const png = (await page.screenshot()).toString('base64');
  const decoder = await page.context().newPage();
  try {
    const run = ({ body, args }) => new Promise((done) => new Function(body)(...args, done));
    const [share] = await decoder.evaluate(run, { body: SHARES_OF_COLOUR, args: [png, [box]] });
    return share;
  } finally {
    await decoder.close();
  }
}

test('in a contrast theme (forced colours) the bars, slider fills, flip marks and choices stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const app = new ComparisonPage(page);
  // Security at 9 and Core difference at 2: Security's slider has a flip mark.
  await app.open('/?v=2&security=9&core=2');
  const [text, highlight] = await page.evaluate(`(() => {${THEME_COLOURS}})()`);
  const security = page.getByRole('article', { name: 'Security' });
  // Django's 9 / 10 is a bar filled nine tenths of its length.
  expect(await shareOf(page, security.locator('.score-bar').first(), text)).toBeGreaterThan(0.5);
  // The chart's longest bar, Security's, on Django's side, fills most of its half.
  const chart = page.getByRole('figure', { name: /What pushes the result/ });
  const securityRow = chart.locator('.bar-row').filter({ hasText: 'security' });
  expect(await shareOf(page, securityRow.locator('.bar.side-0'), text)).toBeGreaterThan(0.5);
  // The verdict's strength: a full pip is ink, an empty one only its ring.
  const [on, off] = [security.locator('.pip.on').first(), security.locator('.pip:not(.on)').first()];
  expect(await shareOf(page, on, text)).toBeGreaterThan((await shareOf(page, off, text)) + 0.15);
  // The slider's track is filled up to 9 of 10, and its flip mark is drawn.
  expect(await shareOf(page, app.slider('Security'), highlight)).toBeGreaterThan(0.05);
  expect(await shareOf(page, security.locator('.flip-mark'), text)).toBeGreaterThan(0.5);
  // The chosen theme and profile stand out from the others.
  const theme = page.getByRole('group', { name: 'Theme' });
  expect(await shareOf(page, theme.locator('input:checked + span'), highlight)).toBeGreaterThan(0.5);
  const chip = page.getByRole('button', { name: 'API or microservice' });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  expect(await shareOf(page, chip, highlight)).toBeGreaterThan(0.5);
});

for (const width of [320, 1280]) {
  test(`at ${width} px, with a reader's own text spacing, no text is cut off (WCAG 1.4.12)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await new ComparisonPage(page).open('/?v=2&security=9&core=2');
    const clipped = await page.evaluate(() => {
      // The spacing WCAG names, as a reader's style sheet would set it.
      const sheet = document.styleSheets[0];
      sheet.insertRule('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }', sheet.cssRules.length);
      sheet.insertRule('p { margin-bottom: 2em !important; }', sheet.cssRules.length);
      // Render what is off screen too (content-visibility), so all of it is measured.
      for (const el of document.querySelectorAll('.card, .guide-section')) el.style.contentVisibility = 'visible';
      return [...document.querySelectorAll('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          if (!el.textContent.trim() || !el.checkVisibility()) return false;
          // Visually hidden text (a 1 px box) is meant for screen readers only.
          if (el.clientWidth <= 2 || el.clientHeight <= 2) return false;
          const cuts = /hidden|clip/.test(style.overflowX + style.overflowY);
          return cuts && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
    });
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

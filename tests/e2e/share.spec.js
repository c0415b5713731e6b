// Result links: copied, opened elsewhere, kept in the address bar, and safe
// against anything a hostile link can carry.
import { ALL, ComparisonPage, SAVE_WAIT_MS, STORAGE_KEY, expect, test } from './app-page.js';

test('a copied link shows the same result in a fresh browser', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 10);
  await app.setPriority('Learning curve', 0);
  await app.setPriority('Performance', 3);
  await app.copyLink.click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?v=2&/);
  expect(link.length).toBeLessThan(200);
  const sent = { priorities: await app.priorities(), status: await app.status.textContent() };

  const fresh = await browser.newContext();
  const other = new ComparisonPage(await fresh.newPage());
  await other.open(link);
  expect(await other.priorities()).toEqual(sent.priorities);
  await expect(other.status).toHaveText(sent.status);
  // The link differs from the defaults this new visitor would otherwise
  // see, so they are offered to keep it.
  await expect(other.sharedBanner).toBeVisible();
  await fresh.close();
});

test('a refused clipboard shows the link in a field, selected, to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Routing mechanism', 7);
  await app.copyLink.click();
  const field = page.getByRole('textbox', { name: /Copy this link/ });
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(/\?v=2&routing=7$/);
  await expect(field).toBeFocused();
  expect(await field.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
    await field.inputValue(),
  );
  await expect(page.getByText('Link copied')).toHaveCount(0);
});

test('the share sheet is offered only where the browser has one', async ({ page, context }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);

  const phone = await context.newPage();
  await phone.addInitScript(() => {
    navigator.share = async (data) => {
      window.__shared = data;
    };
  });
  const phoneApp = new ComparisonPage(phone);
  await phoneApp.open();
  await phoneApp.setPriority('Security', 2);
  await phone.getByRole('button', { name: 'Share…' }).click();
  await expect.poll(() => phone.evaluate(() => window.__shared?.url ?? '')).toMatch(/security=2/);
});

test('the address bar follows the sliders without adding history entries', async ({ page }) => {
  const app = new ComparisonPage(page);
  await page.goto('about:blank');
  await app.open();
  const length = await page.evaluate(() => history.length);
  const slider = app.slider('Scalability');
  await slider.focus();
  for (let i = 0; i < 100; i++) await page.keyboard.press(i % 3 ? 'ArrowLeft' : 'ArrowRight');
  await expect(slider).toHaveValue('1');
  await expect(page).toHaveURL(/\?v=2&scalability=1$/);
  expect(await page.evaluate(() => history.length)).toBe(length);
  // Back leaves the page, as for any page: slider moves are not history.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
});

test('a shared link never overwrites the recipient’s saved priorities; “Keep these” adopts it', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 1);
  await app.expectSaved({ security: 1 });

  await app.open('/?v=1&security=10&performance=0');
  await expect(app.sharedBanner).toBeVisible();
  await expect(app.slider('Security')).toHaveValue('10');
  await expect(app.slider('Performance')).toHaveValue('0');
  // Moving a slider while viewing does not touch what is saved.
  await app.setPriority('Routing mechanism', 9);
  await page.waitForTimeout(SAVE_WAIT_MS);
  expect(JSON.parse(await app.stored()).priorities).toMatchObject({ security: 1, routing: 5 });

  await app.keepShared.focus();
  await page.keyboard.press('Enter');
  await expect(app.sharedBanner).toHaveCount(0);
  // The button is gone: focus moves to the result, not to the top of the page.
  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeFocused();
  await app.expectSaved({ security: 10, performance: 0, routing: 9 });
});

test('“Back to mine” restores the recipient’s own priorities', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 1);
  await app.expectSaved({ security: 1 });
  const own = await app.status.textContent();

  await app.open('/?v=1&security=10');
  await expect(app.sharedBanner).toBeVisible();
  await app.backToMine.click();
  await expect(app.sharedBanner).toHaveCount(0);
  await expect(app.slider('Security')).toHaveValue('1');
  await expect(app.status).toHaveText(own);
  await expect(page).toHaveURL(/\?v=2&security=1$/);
});

test('a link equal to the recipient’s own priorities shows no banner', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open('/?v=1');
  await expect(app.sharedBanner).toHaveCount(0);
});

// Each: [query, what a careful reader expects of Security's slider, is a notice due?]
const HOSTILE = [
  ['?v=1&security=11', '10', true],
  ['?v=1&security=-4', '0', true],
  ['?v=1&security=7.5', '5', true],
  ['?v=1&security=NaN', '5', true],
  ['?v=1&security=Infinity', '5', true],
  ['?v=1&security=1e2', '5', true],
  ['?v=1&security=99999999999999999999999999', '10', true],
  ['?v=1&security=', '5', true],
  ['?v=1&security=%37', '7', false],
  ['?v=1&security=%', '5', true],
  ['?v=1&security=%ZZ%00', '5', true],
  ['?v=1&security=2&security=9', '2', true],
  ['?v=1&security=<img src=x onerror="window.__pwned=1">', '5', true],
  ['?v=1&<script>window.__pwned=1</script>=1&security=3', '3', false],
  ['?v=1&__proto__=1&constructor=2&security=4', '4', true],
  ['?v=1&utm_source=newsletter&security=6', '6', false],
  ['?v=banana&security=8', '8', true],
  ['?v=2&security=8', '8', false],
  ['?v=3&security=8', '5', true],
  ['?v=2&django.security=99&flask.core=x&pyramid.core=1', '5', true],
  ['?v=99999999999999999999&security=8', '5', true],
  [`?v=1&security=8&pad=${'x'.repeat(2000)}`, '5', true],
  ['?security=9', '9', false],
  ['?v=1&security=%E2%80%AE9', '5', true],
  ['?v=1&SECURITY=9', '5', false],
  ['?v=2&securty=9&utm_source=mail', '5', true],
  ['?page=2&securty=9', '5', false],
  ['?&&&=&==&v=1&security=6', '6', false],
  ['#?v=1&security=9', '5', false],
];

// One test per link: each loads the page afresh, so each gets its own time budget.
test('the hostile-link table covers at least 20 cases', () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
});

test('a mistyped criterion in a link is named in the notice; a campaign tag is not', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open('/?v=2&securty=9&performance=2&utm_source=mail');
  await expect(app.slider('Performance')).toHaveValue('2');
  await expect(app.slider('Security')).toHaveValue('5');
  const notice = page.getByText(/this link/i);
  await expect(notice).toContainText('“securty” matched nothing on this page and was ignored');
  await expect(notice).not.toContainText('utm_source');
});

for (const [query, expected, noticed] of HOSTILE) {
  test(`hostile or broken link ${JSON.stringify(query.slice(0, 60))}: no crash, nothing injected, ${noticed ? 'a' : 'no'} notice`, async ({ page }) => {
    const app = new ComparisonPage(page);
    await page.goto(`/${query}`);
    await expect(app.status).toBeVisible();
    await expect(app.sliders).toHaveCount(13);
    await expect(app.slider('Security')).toHaveValue(expected);
    for (const c of ALL) {
      const value = Number(await app.slider(c).inputValue());
      expect(value >= 0 && value <= 10, c).toBe(true);
    }
    await expect(page.getByText(/this link/i)).toHaveCount(noticed ? 1 : 0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect(page.locator('img[src="x"], body script:not([src])')).toHaveCount(0);
  });
}

test('a fresh visitor’s storage is untouched by merely opening a link', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open('/?v=1&security=2');
  await page.waitForTimeout(SAVE_WAIT_MS);
  expect(await app.stored(STORAGE_KEY)).toBeNull();
});

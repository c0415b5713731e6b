// "I disagree": the user's own scores count, are marked, saved, shared and reset.
import { ComparisonPage, STORAGE_KEY, expect, test } from './app-page.js';

async function disagree(page, criterion) {
  await page.getByRole('button', { name: `I disagree with the scores for ${criterion}` }).click();
}

function scoreField(page, framework, criterion) {
  return page.getByRole('spinbutton', { name: `Your score for ${framework} on ${criterion}` });
}

test('changing a score counts at once, is marked, and can be undone', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const card = page.getByRole('article', { name: 'Security' });
  await disagree(page, 'Security');
  const django = scoreField(page, 'Django', 'Security');
  await expect(django).toHaveValue('9');
  await expect(card).toContainText('ours: 9');
  await django.fill('2');
  await django.press('Enter');
  await expect(card.getByRole('heading', { name: /^Django scores 2/ })).toBeVisible();
  await expect(card).toContainText('(yours; ours 9)');
  await expect(card).toContainText('Your scores count here');
  // Django loses 7 points on one of 13 equally weighted criteria.
  await expect(app.status).toContainText('Flask fits your priorities');
  await expect(page).toHaveURL(/django\.security=2/);

  await page.getByRole('button', { name: 'Use our scores for Security' }).press('Enter');
  await expect(card.getByRole('heading', { name: /^Django scores 9/ })).toBeVisible();
  // The button went with the override; focus is back on the card's own control.
  await expect(page.getByRole('button', { name: 'I disagree with the scores for Security' })).toBeFocused();
  await expect(app.status).toContainText('Too close to call');
  await expect(page).not.toHaveURL(/django\.security/);
});

test('own scores are saved, travel in links, and reset all at once', async ({ page, browser }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await disagree(page, 'Performance');
  await scoreField(page, 'Flask', 'Performance').fill('4');
  await scoreField(page, 'Flask', 'Performance').press('Tab');
  await expect
    .poll(async () => JSON.parse((await app.stored(STORAGE_KEY)) ?? '{}').scores)
    .toEqual({ performance: { flask: 4 } });
  await page.reload();
  await expect(page.getByRole('article', { name: 'Performance' })).toContainText('(yours; ours 9)');

  const link = page.url();
  expect(link).toMatch(/flask\.performance=4/);
  const fresh = await browser.newContext();
  const other = new ComparisonPage(await fresh.newPage());
  await other.open(link);
  await expect(other.page.getByRole('article', { name: 'Performance' })).toContainText('(yours; ours 9)');
  await expect(other.status).toHaveText(await app.status.textContent());
  await fresh.close();

  await page.getByRole('button', { name: 'Use our scores everywhere' }).press('Enter');
  await expect(page.getByRole('article', { name: 'Performance' })).not.toContainText('yours');
  await expect(page.getByLabel('Show')).toBeFocused();
  await expect
    .poll(async () => JSON.parse((await app.stored(STORAGE_KEY)) ?? '{}').scores)
    .toEqual({});
});

test('a version 1 link and a version 1 saved value still open', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('faceoff.prefs', JSON.stringify({ version: 1, priorities: { security: 2 } }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  const app = new ComparisonPage(page);
  await app.open();
  await expect(app.slider('Security')).toHaveValue('2');
  await expect(page.getByText(/could not be|newer version/)).toHaveCount(0);
  await app.setPriority('Routing mechanism', 7);
  await expect.poll(async () => JSON.parse(await app.stored(STORAGE_KEY)).version).toBe(2);
  await app.open('/?v=1&security=9');
  await expect(app.slider('Security')).toHaveValue('9');
});

test('score fields ignore what is not a whole number from 0 to 10', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await disagree(page, 'Routing mechanism');
  const field = scoreField(page, 'Flask', 'Routing mechanism');
  await field.fill('42');
  await field.press('Tab');
  await expect(field).toHaveValue('10');
  await field.fill('');
  await field.press('Tab');
  await expect(field).toHaveValue('10');
});

test('the two score boxes line up: one above the other on a phone, side by side on a desktop', async ({ page }) => {
  const app = new ComparisonPage(page);
  const boxes = async () => {
    await disagree(page, 'Security');
    const django = await scoreField(page, 'Django', 'Security').boundingBox();
    const flask = await scoreField(page, 'Flask', 'Security').boundingBox();
    return { django, flask };
  };
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await app.open();
    const { django, flask } = await boxes();
    expect(flask.y, `${width} px: stacked`).toBeGreaterThan(django.y + django.height);
    expect(Math.abs(flask.x - django.x), `${width} px: one above the other`).toBeLessThan(1);
    // Nothing is pushed out of the page by the fields.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  const { django, flask } = await boxes();
  expect(flask.x).toBeGreaterThan(django.x + django.width);
  expect(Math.abs(flask.y - django.y)).toBeLessThan(1);
});

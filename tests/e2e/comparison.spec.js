// The comparison as a user meets it: cards, priority sliders and the live
// recommendation, found by role and accessible name.
import { ALL, ARTICLE, DJANGO_WINS, FLASK_WINS, ComparisonPage, expect, test } from './app-page.js';

test('shows 13 cards and 13 named sliders, at their defaults', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page).toHaveTitle(/Django or Flask/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django or Flask?');
  await expect(app.cards).toHaveCount(13);
  await expect(app.sliders).toHaveCount(13);
  for (const criterion of ALL) {
    await expect(page.getByRole('article', { name: criterion })).toBeVisible();
    const slider = app.slider(criterion);
    await expect(slider).toHaveValue('5');
    await expect(slider).toHaveAttribute('aria-valuetext', '5, moderate');
  }
});

test('each card shows both takes, the verdict, scores and a link to its section', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const card = page.getByRole('article', { name: 'Scalability' });
  await expect(card.getByRole('heading', { name: /^Django/ })).toContainText('9');
  await expect(card.getByRole('heading', { name: /^Flask/ })).toContainText('5');
  // The article's words, then our reading of them, labelled ours.
  await expect(card.getByText("The article's verdict:").locator('..')).toContainText('Django wins clearly (Our reading: a clear win, 3 of 3)');
  const link = card.getByRole('link', { name: /Read this round in the article: Scalability/ });
  await expect(link).toHaveAttribute(
    'href',
    `${ARTICLE}#%E2%9E%A2_Django_and_Flask_Difference_Scalability`,
  );
  const templates = page.getByRole('article', { name: 'Template engine' });
  await expect(templates.getByText("The article's verdict:").locator('..')).toContainText('Flask wins (Our reading: a narrow win, 1 of 3)');
  const performance = page.getByRole('article', { name: 'Performance' });
  await expect(performance.getByText("The article's verdict:").locator('..')).toContainText('Flask is the clear winner');
  await expect(page.getByText("The article's own count: Django wins 7 rounds, Flask wins 6.")).toBeVisible();
});

test('equal priorities are a close call, explained', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await expect(app.status).toContainText('Too close to call');
  await expect(app.status).toContainText('Django is ahead by only 0.2 points');
  await expect(app.status).toContainText('7.3 / 10');
  await expect(app.status).toContainText('7.1 / 10');
});

test('arrow keys move a slider and the recommendation follows at once', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const before = await app.status.textContent();
  const security = app.slider('Security');
  await security.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(security).toHaveValue('7');
  await expect(security).toHaveAttribute('aria-valuetext', '7, high');
  await expect(app.status).not.toHaveText(before);
  await expect(app.status).toContainText('Django fits your priorities');
  await page.keyboard.press('Home');
  await expect(security).toHaveValue('0');
  await expect(security).toHaveAttribute('aria-valuetext', '0, ignore');
});

test('a margin the shown totals do not add up to is written in hundredths', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const security = app.slider('Security');
  await security.focus();
  await page.keyboard.press('ArrowRight');
  // 7.33 and 7.06 shown as 7.3 and 7.1, 18/66 = 0.273 apart: "0.3" would not
  // be their difference.
  await expect(app.status).toContainText('7.3 / 10');
  await expect(app.status).toContainText('7.1 / 10');
  await expect(app.status).toContainText('Django leads by 0.27 points out of 10.');
});

test('a click on the track sets the slider', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const before = await app.status.textContent();
  const performance = app.slider('Performance');
  const box = await performance.boundingBox();
  await performance.click({ position: { x: box.width - 3, y: box.height / 2 } });
  await expect(performance).toHaveValue('10');
  await expect(app.status).not.toHaveText(before);
  await expect(app.status).toContainText('Flask is ahead by only 0.1 points');
});

test('Flask leads when only its rounds matter, Django when only its own do', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setAll(DJANGO_WINS, 0);
  await expect(app.status).toContainText('Flask fits your priorities better');
  await expect(app.status).toContainText('Flask leads by 2.5 points');
  await expect(app.status).toContainText('8.3 / 10');
  await app.setAll(DJANGO_WINS, 10);
  await app.setAll(FLASK_WINS, 0);
  await expect(app.status).toContainText('Django fits your priorities');
  await expect(app.status).toContainText('Django leads for you mainly because of scalability and built-in features');
});

test('every priority at zero says so, with no winner and no NaN', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setAll(ALL, 0);
  await expect(app.status).toContainText('No priorities set');
  await expect(app.status).toContainText('raise at least one slider');
  await expect(app.status).not.toContainText('fits your priorities');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('an exact tie is a close call with nobody ahead', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setAll(ALL, 0);
  // Django +2 on the core difference, Flask +2 on routing.
  await app.setPriority('Core difference', 3);
  await app.setPriority('Routing mechanism', 3);
  await expect(app.status).toContainText('Too close to call');
  await expect(app.status).toContainText('Both frameworks score exactly the same for you.');
});

test('Reset puts every slider back to its default', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const initial = await app.status.textContent();
  await app.setAll(FLASK_WINS, 10);
  await app.setPriority('Security', 1);
  await expect(app.status).not.toHaveText(initial);
  await app.reset.click();
  for (const criterion of ALL) await expect(app.slider(criterion)).toHaveValue('5');
  await expect(app.status).toHaveText(initial);
});

// The article beyond its rounds: overview and figures, pros and cons tied to
// rounds, "when to choose" lists, FAQ, sources, and ordering the cards.
import { ARTICLE, DJANGO_WINS, FLASK_WINS, ComparisonPage, expect, test } from './app-page.js';

test('the overview gives each framework its origin and dated figures', async ({ page }) => {
  await new ComparisonPage(page).open();
  const overview = page.getByRole('region', { name: 'The two frameworks at a glance' });
  await expect(overview).toContainText('2003 by Adrian Holovaty and Simon Willison');
  await expect(overview).toContainText('2010 by Armin Ronacher');
  await expect(overview).toContainText('12th of 36 technologies, used by about 12% of respondents (2024 survey)');
  await expect(overview).toContainText('10th of 36 technologies, used by about 13% of respondents (2024 survey)');
  await expect(overview).toContainText('about 84,000 (August 2025)');
  await expect(overview).toContainText('about 70,000 (August 2025)');
  await expect(overview.getByRole('link', { name: /What is Flask\? in the article/ })).toHaveAttribute(
    'href',
    `${ARTICLE}#What_is_Flask`,
  );
});

test('every pro and con of the article is listed, and a round highlights its own', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const section = page.getByRole('region', { name: 'Pros and cons' });
  await expect(section.getByRole('heading', { name: 'Pros (11)' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Pros (9)' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Cons (8)' })).toHaveCount(2);
  await expect(section.getByRole('listitem')).toHaveCount(11 + 8 + 9 + 8);
  const highlighted = section.locator('li.related');
  await expect(highlighted).toHaveCount(0);

  // Keyboard focus on the Security round highlights its two items.
  await app.slider('Security').focus();
  await expect(highlighted).toHaveCount(2);
  await expect(highlighted.nth(0)).toContainText('Safe defaults');
  await expect(highlighted.nth(1)).toContainText('Security is on you');
  await app.slider('Performance').focus();
  await expect(highlighted).toHaveCount(3);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(highlighted).toHaveCount(0);

  // So does the pointer.
  await page.getByRole('article', { name: 'Learning curve' }).hover();
  await expect(highlighted).toHaveCount(3);
  await expect(highlighted).toContainText(['More to learn', 'Quick to pick up', 'Advanced use takes study']);

  // The card lists them too, and each item links back to its round.
  await expect(page.getByRole('article', { name: 'Security' })).toContainText('Django: Safe defaults');
  const tag = section.getByRole('link', { name: 'Round: Security' }).first();
  await expect(tag).toHaveAttribute('href', '#card-security');
});

test('ticking "when to choose" items counts each side and offers the matching profiles', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const fit = page.getByRole('region', { name: 'Which one fits your project?' });
  const summary = fit.getByRole('status');
  await expect(summary).toHaveText('Tick what describes your project to see which side it matches.');
  await fit.getByRole('checkbox', { name: 'A tight deadline' }).check();
  await fit.getByRole('checkbox', { name: 'A small team or a solo developer' }).check();
  await expect(summary).toHaveText('1 item on each side: your project matches both equally.');
  await fit.getByRole('checkbox', { name: 'A prototype or MVP to build and test quickly' }).check();
  await expect(summary).toHaveText('Your project matches Flask more: 2 items against 1.');

  const profiles = fit.getByRole('button', { name: /^Use the/ });
  await expect(profiles).toHaveText([
    'Use the “Tight deadline” profile',
    'Use the “Prototype or MVP” profile',
    'Use the “Small team or solo” profile',
  ]);
  await fit.getByRole('button', { name: 'Use the “Tight deadline” profile' }).click();
  await expect(page.getByRole('button', { name: 'Tight deadline', pressed: true })).toBeVisible();
  await expect(app.status).toContainText('Django');
  await fit.getByRole('checkbox', { name: 'A tight deadline' }).uncheck();
  await expect(profiles).toHaveCount(2);
});

test('the FAQ is an accordion of eight questions that opens by keyboard', async ({ page }) => {
  await new ComparisonPage(page).open();
  const faq = page.getByRole('region', { name: 'Questions people ask' });
  const questions = faq.locator('summary');
  await expect(questions).toHaveCount(8);
  const answer = faq.getByText('Django ships its own ORM.', { exact: false });
  await expect(answer).toBeHidden();
  await faq.getByText('How do they work with databases?').focus();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(answer).toBeHidden();
  await expect(faq.getByRole('link', { name: /The FAQ in the article/ })).toHaveAttribute(
    'href',
    `${ARTICLE}#Frequently_Asked_Questions`,
  );
});

test('the sources say where the content is from and what is opinion', async ({ page }) => {
  await new ComparisonPage(page).open();
  const sources = page.getByRole('contentinfo');
  await expect(sources.getByRole('heading', { name: 'Sources and method' })).toBeVisible();
  await expect(sources.getByRole('link', { name: 'Difference Between Django and Flask: A Face-Off!' })).toHaveAttribute(
    'href',
    ARTICLE,
  );
  await expect(sources).toContainText('published 2025-08-05');
  await expect(sources.getByRole('term')).toHaveText(["The article's", "This tool's"]);
  await expect(sources).toContainText('None of it is the article\'s advice.');
});

/** The names of the cards, top to bottom. */
async function cardOrder(page) {
  return page.getByRole('article').evaluateAll((cards) => cards.map((c) => c.querySelector('h3').textContent));
}

test('cards can be filtered by winner and sorted by priority or difference', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const count = page.getByRole('region', { name: 'The 13 rounds' }).getByRole('status');
  await expect(count).toHaveText('Showing all 13 rounds.');

  await page.getByLabel('Show').selectOption({ label: 'Rounds Flask wins (6)' });
  await expect(count).toHaveText('Showing 6 of 13 rounds.');
  expect(await cardOrder(page)).toEqual(FLASK_WINS);
  await page.getByLabel('Show').selectOption({ label: 'Rounds Django wins (7)' });
  expect(await cardOrder(page)).toEqual(DJANGO_WINS);
  await page.getByLabel('Show').selectOption({ label: 'All rounds' });
  await expect(count).toHaveText('Showing all 13 rounds.');

  await app.setPriority('Security', 10);
  await app.setPriority('Routing mechanism', 9);
  await app.setPriority('Core difference', 0);
  await page.getByLabel('Order').selectOption({ label: 'Your priorities, highest first' });
  let order = await cardOrder(page);
  expect(order.slice(0, 3)).toEqual(['Security', 'Routing mechanism', 'Flexibility and customization']);
  expect(order.at(-1)).toBe('Core difference');
  // Sorted cards: the status names the first, so a screen reader hears the order.
  await expect(count).toHaveText('Showing all 13 rounds. First: Security.');

  // Moving a slider does not shuffle the cards under the pointer; the user re-sorts.
  const resort = page.getByRole('button', { name: 'Sort again by your new priorities' });
  await expect(resort).toBeHidden();
  await app.setPriority('Performance', 10);
  expect((await cardOrder(page)).slice(0, 2)).toEqual(['Security', 'Routing mechanism']);
  await resort.press('Enter');
  // Equal priorities keep the article's order: Performance is round 9, Security 10.
  expect((await cardOrder(page)).slice(0, 3)).toEqual(['Performance', 'Security', 'Routing mechanism']);
  await expect(resort).toBeHidden();
  await expect(count).toHaveText('Showing all 13 rounds. First: Performance.');
  // The button hid itself: focus stays among the card tools, not back at the top.
  await expect(page.getByLabel('Show')).toBeFocused();

  // The slider state survives the move.
  await expect(app.slider('Performance')).toHaveValue('10');

  await page.getByLabel('Order').selectOption({ label: 'Biggest difference first' });
  order = await cardOrder(page);
  expect(order.slice(0, 2)).toEqual(['Scalability', 'Performance']);
  await expect(count).toHaveText('Showing all 13 rounds. First: Scalability.');
  expect(order.at(-1)).toBe('Template engine');
  await page.getByLabel('Order').selectOption({ label: "The article's order" });
  await expect(count).toHaveText('Showing all 13 rounds.');
  expect(await cardOrder(page)).toEqual([
    'Core difference',
    'Flexibility and customization',
    'Built-in features',
    'Learning curve',
    'Scalability',
    'Use cases',
    'Community and ecosystem',
    'Speed of development',
    'Performance',
    'Security',
    'Template engine',
    'Routing mechanism',
    'Third-party libraries and extensions',
  ]);
});

test('a link to a section further down opens at that section', async ({ page }) => {
  await page.goto('/#faq');
  await expect(page.getByRole('status', { name: 'Your recommendation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions people ask' })).toBeInViewport();
  await page.goto('/#pros-cons');
  await expect(page.getByRole('heading', { name: 'Pros and cons', exact: true })).toBeInViewport();
});

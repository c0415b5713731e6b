// When the app cannot start or stops on an error, the page says so in plain
// words: never a blank page. These pages log errors on purpose, so they use
// Playwright's plain test, not the error-watching fixture.
import { expect, test } from '@playwright/test';
import { ComparisonPage, SAVE_WAIT_MS } from './app-page.js';

test.use({ serviceWorkers: 'block' });

const failure = (page) => page.getByRole('alert').filter({ hasText: 'The comparison could not start' });


test('a missing wasm file shows a readable message with a reload link', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(failure(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reload the page' })).toBeVisible();
  await expect(failure(page).getByRole('link', { name: 'the Host IT Smart blog' })).toBeVisible();
  await expect(page.getByText('Loading the comparison…')).toBeHidden();
  // The live parts' prerendered copies go too: their controls would never work.
  await expect(page.getByRole('status', { name: 'Your recommendation' })).toBeHidden();
  await expect(page.getByRole('slider')).toHaveCount(0);
  // The prose stays: the rounds can still be read, each with its link to the article.
  await expect(page.getByRole('article')).toHaveCount(13);
  await expect(page.getByRole('link', { name: /^Read this round in the article/ })).toHaveCount(13);
  // Every link within the page still leads somewhere; the jump to the rounds stays.
  const dead = await page.evaluate(() =>
    [...document.querySelectorAll('a[href^="#"]')]
      .map((a) => a.getAttribute('href').slice(1))
      .filter((id) => id && !document.getElementById(id)),
  );
  expect(dead).toEqual([]);
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The 13 rounds' })).toBeVisible();
});

test('on a wide screen the prose left after a failure takes the whole width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(failure(page)).toBeVisible();
  // Not the result's narrow column, left empty beside it.
  const rounds = await page.getByRole('heading', { name: 'The 13 rounds' }).locator('..').boundingBox();
  expect(rounds.width).toBeGreaterThan(800);
});

test('a corrupt wasm file shows the same message', async ({ page }) => {
  await page.route(/\.wasm$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not a wasm module' }),
  );
  await page.goto('/');
  await expect(failure(page)).toBeVisible();
});

test('a browser without WebAssembly (as in iOS Lockdown Mode) shows the same message', async ({ page }) => {
  await page.addInitScript(() => {
    delete globalThis.WebAssembly;
  });
  // A shared link: the page would say "Loading" until the app started.
  await page.goto('/?v=2&security=9');
  await expect(failure(page)).toBeVisible();
  await expect(page.getByText('Loading the comparison…')).toBeHidden();
  await expect(page.getByRole('article')).toHaveCount(13);
});

test('a trap in the running wasm (how a Rust panic ends) replaces the app with the message', async ({ page }) => {
  await page.goto('/');
  await new ComparisonPage(page).ready();
  const status = page.getByRole('status', { name: 'Your recommendation' });
  await expect(failure(page)).toBeHidden();
  // An ordinary script error after the start leaves the app alone...
  await page.evaluate(() => setTimeout(() => {
    throw new Error('some browser extension failed');
  }));
  await page.waitForTimeout(100);
  await expect(status).toBeVisible();
  // ...a wasm trap does not: the app's state can no longer be trusted.
  await page.evaluate(() => setTimeout(() => {
    throw new WebAssembly.RuntimeError('unreachable');
  }));
  await expect(failure(page)).toBeVisible();
  await expect(status).toBeHidden();
});

test("the team view's code failing to arrive is said in its place, the rest keeps working, and trying again loads it", async ({ page }) => {
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // The team view is a wasm part of its own, fetched when it first opens.
  let offline = true;
  await page.route(/\/split_team-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  const team = page.getByRole('region', { name: 'Decide as a team' });
  await expect(team.getByRole('alert')).toContainText('The team view could not be loaded');
  await expect(team.getByRole('heading', { name: 'Decide as a team' })).toBeFocused();
  await expect(failure(page)).toBeHidden();
  await app.setPriority('Performance', 10);
  await expect(app.status).toContainText('Flask');

  offline = false;
  await team.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Me' })).toHaveValue('Me');
  await expect(team.getByRole('alert')).toHaveCount(0);
  await expect(team.getByRole('heading', { name: 'Decide as a team' })).toBeFocused();
  expect(errors).toEqual([]);
});

test("a team link stays in the address bar while its view's code cannot arrive, and trying again opens it", async ({ page }) => {
  let offline = true;
  await page.route(/\/split_team-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const link = '/?v=t1&member=aaaaaaaaaaaaa**Ana&member=zz**Broken';
  const app = new ComparisonPage(page);
  await app.open(link);
  const team = page.getByRole('region', { name: 'Decide as a team' });
  await expect(team.getByRole('alert')).toContainText('The team view could not be loaded');
  // The user's own result still works, and does not take the team link's place.
  await app.setPriority('Performance', 10);
  await expect(app.status).toContainText('Flask');
  await page.waitForTimeout(SAVE_WAIT_MS);
  expect(new URL(page.url()).search).toBe(link.slice(1));

  offline = false;
  await team.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Ana' })).toHaveValue('Ana');
  await expect(team.getByRole('status')).toContainText('One member of this team link could not be read');
  await expect(page).toHaveURL(/\?v=t1&member=aaaaaaaaaaaaa\*\*Ana$/);
});

test("the questions' code failing to arrive is said in their place, and trying again loads them", async ({ page }) => {
  let offline = true;
  await page.route(/\/split_quiz-[0-9a-f]+\.wasm$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByText('Not sure? Answer six quick questions').click();
  const quiz = page.getByRole('region', { name: 'Not sure? Answer six quick questions' });
  await expect(quiz.getByRole('alert')).toContainText('The questions could not be loaded');
  await expect(failure(page)).toBeHidden();
  offline = false;
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(quiz.getByRole('button', { name: 'Apply to my sliders' })).toBeVisible();
  await expect(quiz.getByRole('alert')).toHaveCount(0);
});

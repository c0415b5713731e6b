// Offline use: the service worker caches the app after one visit, and a new
// release replaces the old cache, keeping the previous one for open tabs.
import { ComparisonPage, expect, test } from './app-page.js';
import { serveCopy } from './engines/served.mjs';
import { deploy, updateServiceWorker } from './release.mjs';

const controlled = (page) => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the page, and any share link, opens offline', async ({ page, context }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await expect.poll(() => controlled(page)).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(app.status).toBeVisible();
  await page.goto('/?v=2&security=9');
  await expect(app.slider('Security')).toHaveValue('9');
  await app.setPriority('Performance', 10);
  await expect(app.status).toContainText('Flask');
  // The team view's code, a wasm part of its own fetched on first use, was cached too.
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Me' })).toHaveValue('Me');
  // So was the questions' part.
  await page.getByText('Not sure? Answer six quick questions').click();
  await expect(page.getByRole('button', { name: 'Apply to my sliders' })).toBeVisible();
});

test('the service worker caches the whole app under one versioned name', async ({ page }) => {
  await new ComparisonPage(page).open();
  await expect.poll(() => controlled(page)).toBe(true);
  const names = await cacheNames(page);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^faceoff-[0-9a-f]{16}$/);
  const cached = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  }, names[0]);
  for (const kind of [/^\/$/, /\.wasm$/, /^\/faceoff-.*\.js$/, /^\/loader-.*\.js$/, /^\/split-.*\.js$/, /^\/split_team-.*\.wasm$/, /^\/split_quiz-.*\.wasm$/, /\.css$/, /manifest\.webmanifest$/, /icon-192\.png$/]) {
    expect(cached.some((path) => kind.test(path)), `${kind} cached`).toBe(true);
  }
  expect(cached.some((path) => /\.(gz|br)$/.test(path))).toBe(false);
});

test('a new release is served from then on, and a tab left open on the old one still opens its parts', async ({ page }) => {
  // A copy of dist/ on a port of its own, so the test can release a "new version".
  const server = await serveCopy();
  try {
    const app = new ComparisonPage(page);
    await app.open(server.url);
    await expect.poll(() => controlled(page)).toBe(true);
    const [first] = await cacheNames(page);

    const oldPart = await deploy(server.folder, 2);
    expect(await page.evaluate(updateServiceWorker)).toEqual([first, 'faceoff-0000000000000002']);
    expect(first).not.toBe('faceoff-0000000000000002');

    // This tab still runs release 1, whose questions' part the server no
    // longer has: the previous release's cache still holds it.
    expect((await page.request.get(new URL(oldPart, server.url).href)).status()).toBe(404);
    await page.getByText('Not sure? Answer six quick questions').click();
    await expect(page.getByRole('button', { name: 'Apply to my sliders' })).toBeVisible();

    await page.reload();
    await expect(page).toHaveTitle(/^Release 2: /);
    await expect(app.status).toBeVisible();

    // One release later, release 1's cache goes.
    await deploy(server.folder, 3);
    expect(await page.evaluate(updateServiceWorker)).toEqual(['faceoff-0000000000000002', 'faceoff-0000000000000003']);
    await page.reload();
    await expect(page).toHaveTitle(/^Release 3: /);
  } finally {
    await server.stop();
  }
});

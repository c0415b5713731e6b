// Offline use: the service worker caches the app after one visit, and a new
// release replaces the old cache.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComparisonPage, expect, test } from './app-page.js';

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

/** Serves a copy of dist/ on its own port, so the test can release a "new version". */
async function serveCopy(port) {
  const folder = await mkdtemp(join(tmpdir(), 'faceoff-release-'));
  await cp(new URL('../../dist', import.meta.url), folder, { recursive: true });
  const server = spawn(process.execPath, ['serve-dist.mjs', String(port), '/', folder], {
    cwd: new URL('.', import.meta.url),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return {
    folder,
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      server.kill();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

test('a new release replaces the old cache and is served from then on', async ({ page }) => {
  const release = await serveCopy(4180);
  try {
    const app = new ComparisonPage(page);
    await app.open(release.url);
    await expect.poll(() => controlled(page)).toBe(true);
    const [first] = await cacheNames(page);

    // The next release: a changed page and, so, a new service worker version.
    const swPath = join(release.folder, 'sw.js');
    const sw = await readFile(swPath, 'utf8');
    await writeFile(swPath, sw.replace(/const VERSION = "[0-9a-f]{16}"/, 'const VERSION = "0000000000000002"'));
    const indexPath = join(release.folder, 'index.html');
    const index = await readFile(indexPath, 'utf8');
    await writeFile(indexPath, index.replace('<title>', '<title>Release 2: '));
    // Their precompressed copies are the old release's: a real build rewrites them.
    for (const name of ['sw.js', 'index.html']) {
      for (const suffix of ['.br', '.gz']) await rm(join(release.folder, name + suffix));
    }

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect.poll(() => cacheNames(page)).toEqual(['faceoff-0000000000000002']);
    expect(first).not.toBe('faceoff-0000000000000002');
    await page.reload();
    await expect(page).toHaveTitle(/^Release 2: /);
    await expect(app.status).toBeVisible();
  } finally {
    await release.stop();
  }
});

// Deployable anywhere static: the same dist/ under a sub-path, link previews,
// icons, the manifest, and precompressed files.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import { absolutePreviewImage, headersUnder, parseSiteUrl } from '../../scripts/post-build/site-url.mjs';
import { ComparisonPage, expect, test } from './app-page.js';

const SUB = 'http://127.0.0.1:4174/django-vs-flask/';

test('under a sub-path the app loads, shares links and registers its worker there', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const app = new ComparisonPage(page);
  await app.open(SUB);
  expect(requests.filter((url) => !url.startsWith(SUB))).toEqual([]);

  await app.setPriority('Security', 9);
  await expect(page).toHaveURL(`${SUB}?v=2&security=9`);
  await app.copyLink.click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${SUB}?v=2&security=9`);

  const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
  expect(scope).toBe(SUB);

  const other = new ComparisonPage(await context.newPage());
  await other.open(link);
  await expect(other.slider('Security')).toHaveValue('9');
});

test('link previews: title, description, image; a favicon and an installable manifest', async ({ page, request }) => {
  await new ComparisonPage(page).open();
  const meta = (property) => page.locator(`meta[property="${property}"]`).getAttribute('content');
  expect(await meta('og:title')).toMatch(/^Django or Flask\?/);
  expect((await meta('og:description')).length).toBeGreaterThan(50);
  const image = await request.get(await meta('og:image'));
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');

  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect((await request.get(icon)).headers()['content-type']).toBe('image/svg+xml');

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref)).json();
  expect(manifest).toMatchObject({ display: 'standalone', start_url: './', scope: './' });
  const sizes = [];
  for (const entry of manifest.icons) {
    const response = await request.get(entry.src);
    expect(response.status(), entry.src).toBe(200);
    sizes.push(entry.sizes);
  }
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
});

test('SITE_URL makes the preview image absolute, and a wrong one is refused with the reason', async () => {
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const site = parseSiteUrl('https://example.org/django-vs-flask');
  expect(site).toBe('https://example.org/django-vs-flask/');
  const page = absolutePreviewImage(html, site);
  const absolute = 'content="https://example.org/django-vs-flask/social.png"';
  expect(page).toContain(absolute);
  // Nothing else changes: not the image's size, not the page.
  expect(page.replace(absolute, 'content=social.png')).toBe(html);

  expect(String(parseSiteUrl('example.org'))).toMatch(/SITE_URL is not an address/);
  expect(String(parseSiteUrl('ftp://example.org/'))).toMatch(/https:\/\/ or http:\/\//);
  expect(String(parseSiteUrl('https://example.org/?v=2'))).toMatch(/query or fragment/);
  expect(() => absolutePreviewImage('<meta property=og:image:width content=1>', site)).toThrow(/no og:image/);
});

test('SITE_URL with a path puts the paths of _headers under it, and only them', async () => {
  const headers = await readFile(new URL('../../dist/_headers', import.meta.url), 'utf8');
  const paths = (text) => text.split('\n').filter((line) => line.startsWith('/'));
  expect(paths(headers)).toEqual(['/*', '/sw.js', '/', '/index.html']);
  const moved = headersUnder(headers, parseSiteUrl('https://example.org/django-vs-flask/'));
  expect(paths(moved)).toEqual(['/django-vs-flask/*', '/django-vs-flask/sw.js', '/django-vs-flask/', '/django-vs-flask/index.html']);
  // The headers themselves, the policy included, are untouched.
  expect(moved.split('\n').filter((line) => !line.startsWith('/'))).toEqual(headers.split('\n').filter((line) => !line.startsWith('/')));
  expect(headersUnder(headers, parseSiteUrl('https://example.org'))).toBe(headers);
});

test('every script, wasm and stylesheet has .gz and .br copies that decode to it', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const files = (await readdir(dist)).filter((name) => /\.(js|wasm|css|html)$/.test(name));
  // The app's wasm, and the parts fetched when first shown (with code they share, in chunks).
  const wasm = files.filter((f) => f.endsWith('.wasm')).map((f) => f.replace(/-[0-9a-f]+(?=[_.])/, ''));
  expect(wasm.filter((f) => !/^chunk_\d+\.wasm$/.test(f))).toEqual(['faceoff_bg.wasm', 'split_quiz.wasm', 'split_team.wasm']);
  for (const name of files) {
    const original = await readFile(new URL(name, dist));
    expect(gunzipSync(await readFile(new URL(`${name}.gz`, dist))).equals(original), `${name}.gz`).toBe(true);
    expect(brotliDecompressSync(await readFile(new URL(`${name}.br`, dist))).equals(original), `${name}.br`).toBe(true);
  }
});

test("the stylesheet is one file, style/'s parts joined: one request, nothing imported", async ({ page }) => {
  const stylesheets = [];
  page.on('request', (request) => request.resourceType() === 'stylesheet' && stylesheets.push(request.url()));
  await new ComparisonPage(page).open();
  expect(stylesheets).toHaveLength(1);
  const css = await (await page.request.get(stylesheets[0])).text();
  expect(css).not.toContain('@import');
  // A rule from the first part and one from the last are both in it.
  expect(css).toContain('.skip-link');
  expect(css).toContain('forced-colors:active');
});

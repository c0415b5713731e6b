// A strict Content-Security-Policy, no inline scripts, and no request to any
// other origin (the shared fixture also checks the last two in every test).
import { readFile } from 'node:fs/promises';
import { test as plain } from '@playwright/test';
import { ComparisonPage, expect, test } from './app-page.js';

const policyOf = (page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

const directives = (policy) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

test('the policy allows scripts from the page\'s own origin only, with no inline code or eval', async ({ page }) => {
  await new ComparisonPage(page).open();
  const policy = directives(await policyOf(page));
  expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'none'"]);
});

test('styles come from the page\'s own stylesheet, and one inline style element allowed by its hash', async ({ page }) => {
  await new ComparisonPage(page).open();
  const [self, hash, ...more] = directives(await policyOf(page))['style-src'];
  expect([self, more]).toEqual(["'self'", []]);
  // The prerendered first screen's element: its hash is the one allowed.
  const inline = await page.locator('head style').evaluateAll((styles) => styles.map((s) => s.textContent));
  expect(inline).toHaveLength(1);
  const digest = await page.evaluate(async (text) => {
    const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return btoa(String.fromCharCode(...new Uint8Array(bytes)));
  }, inline[0]);
  expect(hash).toBe(`'sha256-${digest}'`);
});

plain('an injected style element or style attribute is refused', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await new ComparisonPage(page).ready();
  const outcome = await page.evaluate(async () => {
    const reported = [];
    document.addEventListener('securitypolicyviolation', (e) => reported.push(e.effectiveDirective));
    const style = document.createElement('style');
    style.textContent = 'body { visibility: hidden }';
    document.head.append(style);
    const probe = document.createElement('p');
    probe.setAttribute('style', 'visibility: hidden');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      reported: reported.sort(),
      body: getComputedStyle(document.body).visibility,
      probe: getComputedStyle(probe).visibility,
    };
  });
  expect(outcome).toEqual({
    reported: ['style-src-attr', 'style-src-elem'],
    body: 'visible',
    probe: 'visible',
  });
});

plain('the served page has no inline script at all', async ({ context, request }) => {
  const html = await (await request.get('/')).text();
  const page = await context.newPage();
  // Parsed as a browser would: the release's markup is minified.
  const scripts = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return [...parsed.scripts].map((s) => ({ src: s.getAttribute('src'), tag: s.outerHTML }));
  }, html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script.src, script.tag).toBeTruthy();
});

plain('an injected inline script is refused and reported', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Your recommendation' })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const reported = new Promise((resolve) =>
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return { directive: await reported, ran: window.injected === true };
  });
  expect(outcome).toEqual({ directive: 'script-src-elem', ran: false });
});

test('the headers file for static hosts carries the same policy, plus frame-ancestors', async ({ page }) => {
  await new ComparisonPage(page).open();
  const meta = await policyOf(page);
  const headers = await readFile(new URL('../../dist/_headers', import.meta.url), 'utf8');
  const header = headers.match(/Content-Security-Policy: (.*)/)[1];
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
});

test('a full session loads only files of its own origin, and nothing afterwards', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url())));
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 9);
  await page.getByText('Not sure? Answer six quick questions').click();
  await page.getByRole('button', { name: 'API or microservice' }).click();
  await page.locator('.faq summary').first().click();
  await page.waitForTimeout(500);
  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => url.origin !== 'http://127.0.0.1:4173').map(String)).toEqual([]);
});

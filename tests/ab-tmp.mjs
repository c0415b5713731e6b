import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
const [a, b] = process.argv.slice(2, 4);
const loads = Number(process.argv[4] ?? 20);
const watch = readFileSync(new URL('./e2e/engines/watch.js', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const times = { [a]: [], [b]: [] };
for (let i = 0; i < loads; i++) {
  for (const url of i % 2 ? [a, b] : [b, a]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(watch);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__seen && window.__seen.usable, null, { timeout: 15000 });
    times[url].push(await page.evaluate(() => window.__seen.usable));
    await context.close();
  }
}
const med = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
for (const [url, xs] of Object.entries(times)) console.log(url, 'median', med(xs).toFixed(0), 'ms');
await browser.close();

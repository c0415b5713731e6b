import { chromium } from '@playwright/test';
const url = process.argv[2];
const loads = Number(process.argv[3] ?? 20);
const variants = JSON.parse(process.argv[4] ?? '{"as is": ""}');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let i = 0; i < loads; i++) {
  for (const [name, css] of Object.entries(variants)) {
    const context = await b.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript((css) => {
      document.addEventListener('DOMContentLoaded', () => {
        if (css) { const s = document.createElement('style'); s.textContent = css; document.head.append(s); }
        const t = performance.now();
        document.body.getBoundingClientRect(); document.body.offsetHeight;
        window.__layout = performance.now() - t;
      });
    }, css);
    await page.goto(url);
    results[name].push(await page.evaluate(() => window.__layout));
    await context.close();
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(results)) console.log(k.padEnd(30), 'median', med(v).toFixed(1), 'max', Math.max(...v).toFixed(1));
await b.close();

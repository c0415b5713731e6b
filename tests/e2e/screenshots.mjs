// Screenshots of the release build at phone and desktop widths, for looking
// at the page as a person would. Usage: node screenshots.mjs [outdir] [query]
// (serve dist/ first, e.g. `node serve-dist.mjs 4173`).
import { chromium } from '@playwright/test';

const out = process.argv[2] ?? '../../screenshots';
const query = process.argv[3] ?? '';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[${name}] pageerror: ${e.message}`));
  await page.goto(`http://127.0.0.1:4173/${query}`);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/${name}.png` });
  await page.screenshot({ path: `${out}/${name}-full.png`, fullPage: true });
  await page.getByRole('article').nth(1).screenshot({ path: `${out}/${name}-card.png` });
  await page.close();
}
await browser.close();

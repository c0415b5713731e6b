// Draws the PNG icons (from public/icon.svg) and the link-preview image (the
// app itself at 1200 x 630) into public/. Run after changing the icon or the
// page's look, with a release build served: node serve-dist.mjs 4173 &
// node make-images.mjs [http://127.0.0.1:4173/]
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const publicDir = new URL('../../public/', import.meta.url);
const svg = await readFile(new URL('icon.svg', publicDir), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ deviceScaleFactor: 1 });

// `padding` keeps a maskable icon's content inside the safe circle (80 %).
for (const [name, size, padding] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['icon-maskable-512.png', 512, 0.12],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:#14532d;display:grid;place-items:center;height:100vh">
       <div style="width:${100 - 200 * padding}%">${svg}</div></body>`,
  );
  await page.screenshot({ path: new URL(name, publicDir).pathname });
}

const url = process.argv[2];
if (url) {
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.goto(url);
  await page.getByRole('status', { name: 'Your recommendation' }).waitFor();
  await page.screenshot({ path: new URL('social.png', publicDir).pathname });
}
await browser.close();

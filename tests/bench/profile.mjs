// CPU profiles of a first-visit load and of a keyboard slider sweep, in
// headless Chromium, against a build that keeps its wasm function names
// (run by scripts/profile.sh). Prints where the main thread's time goes,
// by function, and writes .cpuprofile files that Chromium's DevTools open.
// Usage: node profile.mjs <url> [presses=100] [out folder]
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/chromium.js';

const url = process.argv[2] ?? 'http://127.0.0.1:4195/';
const presses = Number(process.argv[3] ?? 100);
const outDir = process.argv[4] ?? new URL('../../target', import.meta.url).pathname;
const TOP = 25;

/** A Rust symbol without crate hashes and with its generic arguments elided. */
function shorten(name) {
  let out = '';
  let depth = 0;
  for (const char of name.replace(/\[[0-9a-f]{12,16}\]/g, '')) {
    if (char === '<') depth += 1;
    if (depth <= 1) out += char;
    if (char === '>') {
      depth = Math.max(0, depth - 1);
      if (depth === 1) out += '…>';
    }
  }
  out = out.replace(/<…>(…>)+/g, '<…>');
  return out.length > 140 ? `${out.slice(0, 139)}…` : out;
}

/** Self time per function (name and file), largest first. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id);
    const file = frame.url ? basename(frame.url) : '';
    const key = `${shorten(frame.functionName) || '(anonymous)'}${file ? `  [${file}]` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function report(title, profile) {
  const times = selfTimes(profile);
  const busy = times.filter(([name]) => name !== '(idle)').reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`\n${title}: ${busy.toFixed(1)} ms busy (idle left out)`);
  for (const [name, ms] of times.filter(([n]) => n !== '(idle)').slice(0, TOP)) {
    console.log(`${ms.toFixed(2).padStart(9)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)} %  ${name}`);
  }
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });

await cdp.send('Profiler.start');
// Waited for inside the page: Playwright's locators would show up in the profile.
await page.goto(url);
await page.evaluate(
  () =>
    new Promise((resolve) => {
      const ready = () => document.querySelector('input[type="range"]') && (resolve(), true);
      if (!ready()) new MutationObserver((_, watch) => ready() && watch.disconnect()).observe(document, { subtree: true, childList: true });
    }),
);
await page.waitForTimeout(1000);
const { profile: load } = await cdp.send('Profiler.stop');

const focusSlider = (n) => page.evaluate((n) => document.querySelectorAll('input[type="range"]')[n].focus(), n);
await focusSlider(0);
await cdp.send('Profiler.start');
for (let i = 0; i < presses; i++) {
  // Up to 10 and down to 0 in turn, so that every press changes the value.
  if (i % 20 === 0) await focusSlider((i / 20) % 13);
  await page.keyboard.press(i % 20 < 5 || i % 20 >= 15 ? 'ArrowRight' : 'ArrowLeft');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
}
const { profile: sweep } = await cdp.send('Profiler.stop');
await browser.close();

await writeFile(`${outDir}/load.cpuprofile`, JSON.stringify(load));
await writeFile(`${outDir}/sweep.cpuprofile`, JSON.stringify(sweep));
report('First-visit load, until a second after the first slider', load);
report(`Slider sweep, ${presses} key presses (per press: divide by ${presses})`, sweep);
console.log(`\nProfiles: ${outDir}/load.cpuprofile, ${outDir}/sweep.cpuprofile (open in DevTools' Performance panel)`);

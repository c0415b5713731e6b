// Load figures per engine (run by scripts/bench.sh under xvfb-run): the time
// from navigation until the app is usable (all 13 sliders enabled and the
// recommendation shown, as tests/e2e/engines/watch.js notes it), in Chromium,
// Firefox and WebKit, the same number of first-visit loads each (a fresh
// profile per load), taken in turns so that the machine's drift falls on all
// engines alike. The served copy carries watch.js, one small extra request in
// every engine. Reports; never fails on a number.
// Usage: node engines.mjs [loads=20] [out.json]   (ENGINES=firefox,webkit for some)
import { writeFile } from 'node:fs/promises';
import { enginesToTest, killAll, missing, openBrowser } from '../e2e/engines/browsers.mjs';
import { EnginePage } from '../e2e/engines/page.mjs';
import { serveCopy } from '../e2e/engines/served.mjs';
import { quantile } from './stats.mjs';

const loads = Number(process.argv[2] ?? 20);
const out = process.argv[3] ?? new URL('../../target/bench-engines.json', import.meta.url).pathname;

async function usableAfter(engine, url) {
  const browser = await openBrowser(engine);
  try {
    const page = new EnginePage(browser.driver);
    await page.open(url);
    const seen = await page.seen();
    if (typeof seen?.usable !== 'number') throw new Error(`${engine}: watch.js saw no usable page`);
    return seen.usable;
  } finally {
    await browser.quit();
  }
}

const engines = enginesToTest().filter((engine) => {
  const why = missing(engine);
  if (why) console.log(`${engine}: skipped, ${why}`);
  return !why;
});
const server = await serveCopy();
const times = Object.fromEntries(engines.map((engine) => [engine, []]));
try {
  for (let i = 0; i < loads; i++) {
    for (const engine of engines) times[engine].push(await usableAfter(engine, server.url));
  }
} finally {
  await server.stop();
  killAll();
}

const report = {};
console.log(`\n${'usable after (ms from navigation)'.padEnd(36)}${'median'.padStart(8)}${'p95'.padStart(8)}${'loads'.padStart(7)}`);
for (const engine of engines) {
  const row = { median: quantile(times[engine], 0.5), p95: quantile(times[engine], 0.95), loads: times[engine].length };
  report[engine] = { ...row, samples: times[engine] };
  console.log(`${engine.padEnd(36)}${row.median.toFixed(0).padStart(8)}${row.p95.toFixed(0).padStart(8)}${String(row.loads).padStart(7)}`);
}
await writeFile(out, JSON.stringify({ date: new Date().toISOString(), loads, engines: report }, null, 2));
console.log(`JSON: ${out}`);

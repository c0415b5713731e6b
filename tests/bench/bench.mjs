// The benchmark (run by scripts/bench.sh, which builds and serves dist/):
// first-visit page loads and a slider sweep in headless Chromium, then
// Lighthouse (mobile, five runs simulated and one applied, and desktop). Prints
// a table and writes JSON.
// Reports; never fails on a number: the size budget is the test suite's job.
// Usage: node bench.mjs <url> [loads=30] [out.json]
// NETWORK=slow4g throttles the page loads as Lighthouse's mobile preset does
// (150 ms round trip, 1.6 Mbps down, 750 kbps up), CPU=4 slows the CPU as it
// does; the sweep is never throttled.
// REFERENCE_URL (set by bench.sh): the same sweep on a plain page
// (tests/bench/reference/), the floor this machine's Chromium sets.
// BASELINE_URL (bench.sh's BASELINE): another build, measured in the same run
// with its page loads alternating with these, so that the machine's drift
// (often ±20 % over minutes here) falls on both alike; BASELINE_DIST, its
// folder, for its sizes. PEER_URL (bench.sh's PEER): a peer's page, in the
// Lighthouse runs. LIGHTHOUSE=off skips Lighthouse (and says so).
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { folderUrl, measure as measureSizes } from '../../scripts/size-report.mjs';
import { CHROMIUM } from '../e2e/chromium.js';
import { BENCH_FLAGS } from './browser.mjs';
import { instrument, instrumentSweep } from './in-page.mjs';
import { lighthouseAll } from './lighthouse.mjs';
import { peerSweep } from './peer.mjs';
import { printReport } from './report.mjs';
import { summary } from './stats.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4190/';
const loads = Number(process.argv[3] ?? 30);
// The page's own record of when it became usable (all 13 sliders enabled,
// every live part mounted), shared with the cross-engine suite.
const WATCH = new URL('../e2e/engines/watch.js', import.meta.url).pathname;
const out = process.argv[4] ?? new URL('../../target/bench.json', import.meta.url).pathname;
const SWEEP = 200;
const NETWORKS = {
  slow4g: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
};
const network = process.env.NETWORK ? NETWORKS[process.env.NETWORK] : null;
if (process.env.NETWORK && !network) throw new Error(`NETWORK: one of ${Object.keys(NETWORKS).join(', ')}`);
// CPU=4: page loads on a CPU slowed four times, Lighthouse's mobile factor.
const cpuSlowdown = Number(process.env.CPU ?? 1);
if (!(cpuSlowdown >= 1)) throw new Error('CPU: a slowdown factor, 1 or more');
const kindOf = (path) => ({ html: 'HTML', css: 'CSS', js: 'JS', wasm: 'wasm' })[path.split('.').pop()] ?? (path.endsWith('/') ? 'HTML' : 'other');

async function pageLoad(browser, target) {
  // A new context each time: a first visit, nothing cached, no service worker.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    extraHTTPHeaders: { 'accept-encoding': 'gzip' },
  });
  const page = await context.newPage();
  if (network || cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', network);
    }
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.addInitScript({ path: WATCH });
  await page.addInitScript(instrument);
  // Not waitForFunction: it evaluates Playwright's own script in the page,
  // 10 to 25 ms of main-thread work in the middle of the start-up.
  const measured = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'faceoff-bench: measured',
    timeout: 20_000,
  });
  await page.goto(target);
  await measured;
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const bytes = {};
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    for (const e of entries) bytes[new URL(e.name).pathname] = e.encodedBodySize;
    const marks = window.__bench;
    // Where the time to the recommendation goes: the app's files in, the
    // wasm compiled and started, the first paint of anything.
    const firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const appFiles = entries.filter((e) => /\.(wasm|js)$/.test(new URL(e.name).pathname));
    return {
      downloaded: Math.max(...appFiles.map((e) => e.responseEnd)),
      started: marks.started,
      firstPaint,
      rendered: firstPaint !== null && marks.inPage <= firstPaint ? firstPaint : marks.painted,
      responsive: marks.responsive,
      usable: window.__seen.usable,
      longTasks: marks.longTasks,
      bytes,
      heap: performance.memory?.usedJSHeapSize ?? null,
      wasmMemory: marks.wasm?.memory?.buffer.byteLength ?? null,
    };
  });
  await context.close();
  return result;
}

async function sweep(browser, target = url) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
  });
  await page.addInitScript(instrumentSweep);
  await page.goto(target);
  // The app's sliders, not the prerendered ones: all enabled.
  await page.waitForFunction(() => document.querySelectorAll('input[type=range]:not(:disabled)').length === 13);
  const memory = () =>
    page.evaluate(() => ({
      heap: performance.memory?.usedJSHeapSize ?? null,
      wasmMemory: window.__wasm?.memory?.buffer.byteLength ?? null,
    }));
  const before = await memory();
  await page.evaluate(() => (window.__sweep.length = 0));
  const sliders = page.getByRole('slider');
  for (let i = 0; i < SWEEP; i++) {
    // Slider after slider, as a keyboard user would: from 5 up to 10, down
    // to 0 and back to 5, so that every press changes the value.
    const step = i % 20;
    if (step === 0) await sliders.nth((i / 20) % 13).focus();
    await page.keyboard.press(step < 5 || step >= 15 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => window.__sweep.length >= n && window.__sweep[n - 1].paint !== undefined, i + 1);
  }
  const samples = await page.evaluate(() => window.__sweep);
  const after = await memory();
  await context.close();
  return { samples, before, after };
}

const baselineUrl = process.env.BASELINE_URL ?? null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: BENCH_FLAGS });
const runs = [];
const baselineRuns = [];
for (let i = 0; i < loads; i++) {
  // Alternate which build goes first, so neither always follows the other.
  const order = i % 2 === 0 ? [[url, runs], [baselineUrl, baselineRuns]] : [[baselineUrl, baselineRuns], [url, runs]];
  for (const [target, into] of order) if (target) into.push(await pageLoad(browser, target));
}
const swept = await sweep(browser);
const baselineSwept = baselineUrl ? await sweep(browser, baselineUrl) : null;
const peerSwept = process.env.PEER_URL ? await peerSweep(browser, process.env.PEER_URL, SWEEP).catch((e) => ({ error: String(e.message ?? e) })) : null;
const reference = process.env.REFERENCE_URL ? await sweep(browser, process.env.REFERENCE_URL) : null;
await browser.close();

/** Medians and 95th percentiles of one build's page loads and sweep. */
function summariseBuild(buildRuns, buildSweep) {
  const transferred = {};
  for (const run of buildRuns) {
    const byKind = {};
    for (const [path, size] of Object.entries(run.bytes)) byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + size;
    byKind.total = Object.values(byKind).reduce((a, b) => a + b, 0);
    for (const [k, v] of Object.entries(byKind)) (transferred[k] ??= []).push(v);
  }
  return {
    transferredGzip: Object.fromEntries(Object.entries(transferred).map(([k, v]) => [k, summary(v)])),
    firstPaintMs: summary(buildRuns.map((r) => r.firstPaint).filter((v) => v !== null)),
    downloadedMs: summary(buildRuns.map((r) => r.downloaded)),
    startedMs: summary(buildRuns.map((r) => r.started)),
    renderedMs: summary(buildRuns.map((r) => r.rendered)),
    respondsMs: summary(buildRuns.map((r) => r.responsive)),
    usableMs: summary(buildRuns.map((r) => r.usable)),
    longTasksDuringLoad: {
      count: summary(buildRuns.map((r) => r.longTasks.length)),
      longestMs: summary(buildRuns.map((r) => Math.max(0, ...r.longTasks.map((t) => t.duration)))),
      // The API reports only tasks over 50 ms, so the median longest task jumps
      // between 0 and 50-odd when about half the loads have one: this says how many.
      loadsWithOne: buildRuns.filter((r) => r.longTasks.length > 0).length,
      // Where they fall: before the first paint are the page's parse and first
      // layout (and the app's start, when the wasm is ready first).
      all: buildRuns.reduce((n, r) => n + r.longTasks.length, 0),
      beforeFirstPaint: buildRuns.reduce(
        (n, r) => n + r.longTasks.filter((t) => r.firstPaint !== null && t.start < r.firstPaint).length,
        0,
      ),
    },
    memoryAfterLoad: {
      heapBytes: summary(buildRuns.map((r) => r.heap)),
      wasmBytes: summary(buildRuns.map((r) => r.wasmMemory)),
    },
    sweep: {
      changes: buildSweep.samples.length,
      inputToDomMs: summary(buildSweep.samples.map((s) => s.dom).filter((v) => v !== undefined)),
      inputToPaintMs: summary(buildSweep.samples.map((s) => s.paint)),
      memoryBefore: buildSweep.before,
      memoryAfter: buildSweep.after,
    },
  };
}

const peerUrl = process.env.PEER_URL ?? null;
// LIGHTHOUSE=off: page loads and sweeps only, for a quick comparison of two builds.
const lighthouseResults =
  process.env.LIGHTHOUSE === 'off'
    ? { error: 'skipped (LIGHTHOUSE=off)' }
    : await lighthouseAll([url, baselineUrl, peerUrl].filter(Boolean)).catch((e) => ({
        error: String(e.message ?? e),
      }));
const sizesOf = async (folder) => {
  const { byKind, total } = await measureSizes(folder);
  return { ...byKind, total };
};
const results = {
  url,
  loads,
  network: process.env.NETWORK ?? null,
  cpuSlowdown,
  date: new Date().toISOString(),
  ...summariseBuild(runs, swept),
  sizesOnDisk: await sizesOf(),
  lighthouse: lighthouseResults[url] ?? lighthouseResults,
  baseline: baselineUrl && {
    url: baselineUrl,
    ...summariseBuild(baselineRuns, baselineSwept),
    sizesOnDisk: process.env.BASELINE_DIST ? await sizesOf(folderUrl(process.env.BASELINE_DIST)) : null,
    lighthouse: lighthouseResults[baselineUrl] ?? null,
  },
  peer: peerUrl && {
    url: peerUrl,
    lighthouse: lighthouseResults[peerUrl] ?? null,
    sweep: peerSwept.error
      ? peerSwept
      : {
          changes: peerSwept.samples.length,
          inputToDomMs: summary(peerSwept.samples.map((s) => s.dom).filter((v) => v !== undefined)),
          inputToPaintMs: summary(peerSwept.samples.map((s) => s.paint)),
        },
  },
  referenceSweep: reference && {
    url: process.env.REFERENCE_URL,
    inputToDomMs: summary(reference.samples.map((s) => s.dom).filter((v) => v !== undefined)),
    inputToPaintMs: summary(reference.samples.map((s) => s.paint)),
  },
};
await writeFile(out, JSON.stringify(results, null, 2));
printReport(results, out);

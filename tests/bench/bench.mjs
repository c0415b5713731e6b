// The benchmark (run by scripts/bench.sh, which builds and serves dist/):
// first-visit page loads and a slider sweep in headless Chromium, then
// Lighthouse (desktop). Prints a table and writes JSON. Reports; never fails
// on a number: the size budget is the test suite's job.
// Usage: node bench.mjs <url> [loads=20] [out.json]
// NETWORK=slow4g throttles the page loads as Lighthouse's mobile preset does
// (150 ms round trip, 1.6 Mbps down, 750 kbps up); the sweep is never throttled.
// REFERENCE_URL (set by bench.sh): the same sweep on a plain page
// (tests/bench/reference/), the floor this machine's Chromium sets.
// BASELINE_URL (bench.sh's BASELINE): another build, measured in the same run
// with its page loads alternating with these, so that the machine's drift
// (often ±20 % over minutes here) falls on both alike.
import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { measure as measureSizes } from '../../scripts/size-report.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4190/';
const loads = Number(process.argv[3] ?? 20);
const out = process.argv[4] ?? new URL('../../target/bench.json', import.meta.url).pathname;
const SWEEP = 200;
const NETWORKS = {
  slow4g: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
};
const network = process.env.NETWORK ? NETWORKS[process.env.NETWORK] : null;
if (process.env.NETWORK && !network) throw new Error(`NETWORK: one of ${Object.keys(NETWORKS).join(', ')}`);
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];

/** In the page before any script: when the recommendation is on screen, when
 * the first slider move shows, long tasks, the wasm instance. */
function instrument() {
  const marks = (window.__bench = { longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => {
    marks.wasm = e.detail.wasm;
    marks.started = performance.now();
  });
  /** Calls `then` with the first element matching `selector`, once there is one. */
  const whenPresent = (selector, then) => {
    const found = document.querySelector(selector);
    if (found) return then(found);
    const watch = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (element) {
        watch.disconnect();
        then(element);
      }
    });
    watch.observe(document, { subtree: true, childList: true });
  };
  // The recommendation is shown when a frame holding it is presented: the
  // first contentful paint if it was in the page by then (the prerendered
  // copy), else its Element Timing entry (the app's, on a visit that starts
  // without the copy; the attribute is set before it is painted).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'recommendation') marks.painted ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  whenPresent('.result-panel [role="status"] .headline', (headline) => {
    marks.inPage = performance.now();
    headline.setAttribute('elementtiming', 'recommendation');
  });
  // As soon as the app's first slider is there, move it, and note when the
  // app's recommendation (the prerendered one is gone by then) answers.
  whenPresent('input[type="range"]', (slider) => {
    const status = document.querySelector('.result-panel [role="status"]');
    const before = status.textContent;
    const moved = new MutationObserver(() => {
      if (status.textContent !== before) {
        marks.responsive = performance.now();
        moved.disconnect();
      }
    });
    moved.observe(status, { subtree: true, childList: true, characterData: true });
    slider.value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** In the page: for every trusted slider input, the script time from the
 * event reaching the page until the DOM has changed, and the time from the
 * key press (the event's own time stamp) until the next frame. */
function instrumentSweep() {
  const samples = (window.__sweep = []);
  addEventListener(
    'input',
    (event) => {
      const reached = performance.now();
      const sample = {};
      samples.push(sample);
      const changed = new MutationObserver(() => {
        sample.dom = performance.now() - reached;
        changed.disconnect();
      });
      changed.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      requestAnimationFrame(() => {
        // The message arrives once this frame has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (sample.paint = performance.now() - event.timeStamp);
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const summary = (values) => ({ median: quantile(values, 0.5), p95: quantile(values, 0.95), n: values.length });
const kindOf = (path) => ({ html: 'HTML', css: 'CSS', js: 'JS', wasm: 'wasm' })[path.split('.').pop()] ?? (path.endsWith('/') ? 'HTML' : 'other');

async function pageLoad(browser, target) {
  // A new context each time: a first visit, nothing cached, no service worker.
  const context = await browser.newContext({
    serviceWorkers: 'block',
    extraHTTPHeaders: { 'accept-encoding': 'gzip' },
  });
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(instrument);
  await page.goto(target);
  await page.waitForFunction(() => window.__bench.responsive !== undefined, null, { timeout: 20_000 });
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
  // The app, not the prerendered first screen: its sliders are there.
  await page.getByRole('slider').first().waitFor();
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

async function lighthouse() {
  const { default: run } = await import('lighthouse');
  const desktop = (await import('lighthouse/core/config/desktop-config.js')).default;
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const result = await run(url, { port: chrome.port, output: 'json', logLevel: 'error' }, desktop);
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    return Object.fromEntries(categories.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
  } finally {
    await chrome.kill();
  }
}

const baselineUrl = process.env.BASELINE_URL ?? null;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const runs = [];
const baselineRuns = [];
for (let i = 0; i < loads; i++) {
  // Alternate which build goes first, so neither always follows the other.
  const order = i % 2 === 0 ? [[url, runs], [baselineUrl, baselineRuns]] : [[baselineUrl, baselineRuns], [url, runs]];
  for (const [target, into] of order) if (target) into.push(await pageLoad(browser, target));
}
const swept = await sweep(browser);
const baselineSwept = baselineUrl ? await sweep(browser, baselineUrl) : null;
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
    longTasksDuringLoad: {
      count: summary(buildRuns.map((r) => r.longTasks.length)),
      longestMs: summary(buildRuns.map((r) => Math.max(0, ...r.longTasks.map((t) => t.duration)))),
      // The API reports only tasks over 50 ms, so the median longest task jumps
      // between 0 and 50-odd when about half the loads have one: this says how many.
      loadsWithOne: buildRuns.filter((r) => r.longTasks.length > 0).length,
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

const results = {
  url,
  loads,
  network: process.env.NETWORK ?? null,
  date: new Date().toISOString(),
  ...summariseBuild(runs, swept),
  sizesOnDisk: (await measureSizes()).byKind,
  baseline: baselineUrl && { url: baselineUrl, ...summariseBuild(baselineRuns, baselineSwept) },
  referenceSweep: reference && {
    url: process.env.REFERENCE_URL,
    inputToDomMs: summary(reference.samples.map((s) => s.dom).filter((v) => v !== undefined)),
    inputToPaintMs: summary(reference.samples.map((s) => s.paint)),
  },
  lighthouse: await lighthouse().catch((e) => ({ error: String(e.message ?? e) })),
};
await writeFile(out, JSON.stringify(results, null, 2));

const ms = (v) => (v === null ? '-' : `${v.toFixed(1)} ms`);
const kb = (v) => (v === null ? '-' : `${(v / 1024).toFixed(1)} KB`);
/** The plain page's rows: the floor for the sweep's two measures. */
const floorRows = (f) => [
  ['  plain page: input → DOM', ms(f.inputToDomMs.median), ms(f.inputToDomMs.p95), 'floor'],
  ['  plain page: key press → next frame', ms(f.inputToPaintMs.median), ms(f.inputToPaintMs.p95), 'floor'],
];
/** The table's rows for one build: name, median, p95, target; `floor`
 * goes under the frame-time row it compares with. */
const rowsFor = (r, floor = []) => [
  ...Object.entries(r.transferredGzip).map(([k, s]) => [`first load, ${k} (gzip)`, kb(s.median), kb(s.p95), k === 'total' ? '≤ 90 KB' : '']),
  ['navigation → first paint', ms(r.firstPaintMs.median), ms(r.firstPaintMs.p95), ''],
  ['navigation → wasm and JS downloaded', ms(r.downloadedMs.median), ms(r.downloadedMs.p95), ''],
  ['navigation → wasm started', ms(r.startedMs.median), ms(r.startedMs.p95), ''],
  ['navigation → recommendation shown', ms(r.renderedMs.median), ms(r.renderedMs.p95), '≤ 150 ms'],
  ['navigation → first slider move shown', ms(r.respondsMs.median), ms(r.respondsMs.p95), ''],
  ['long tasks during load (count)', r.longTasksDuringLoad.count.median, r.longTasksDuringLoad.count.p95, '0'],
  ['longest task during load', ms(r.longTasksDuringLoad.longestMs.median), ms(r.longTasksDuringLoad.longestMs.p95), '≤ 50 ms'],
  ['loads with a task over 50 ms', `${r.longTasksDuringLoad.loadsWithOne} of ${loads}`, '', 'none'],
  [`slider input → DOM (${r.sweep.changes} changes)`, ms(r.sweep.inputToDomMs.median), ms(r.sweep.inputToDomMs.p95), '≤ 1 ms median'],
  ['key press → next frame', ms(r.sweep.inputToPaintMs.median), ms(r.sweep.inputToPaintMs.p95), '≤ 16 ms p95'],
  ...floor,
  ['JS heap after load', kb(r.memoryAfterLoad.heapBytes.median), kb(r.memoryAfterLoad.heapBytes.p95), ''],
  ['wasm memory after load', kb(r.memoryAfterLoad.wasmBytes.median), kb(r.memoryAfterLoad.wasmBytes.p95), ''],
  ['JS heap before → after the sweep', kb(r.sweep.memoryBefore.heap), kb(r.sweep.memoryAfter.heap), ''],
  ['wasm memory before → after the sweep', kb(r.sweep.memoryBefore.wasmMemory), kb(r.sweep.memoryAfter.wasmMemory), ''],
];
const rows = rowsFor(results, results.referenceSweep ? floorRows(results.referenceSweep) : []);
// The baseline's cells by row name: its file types, for one, may differ.
const baseline = results.baseline && new Map(rowsFor(results.baseline).map(([name, ...cells]) => [name, cells]));
const line = (name, cells, target) => `${name.padEnd(42)}${cells.map((c) => String(c).padStart(12)).join('')}   ${target}`;
if (network) console.log(`\nPage loads throttled: NETWORK=${process.env.NETWORK}`);
if (baseline) console.log(`\nBaseline: ${baselineUrl}, its loads alternating with this build's`);
console.log(`\n${line('measure', ['median', 'p95', ...(baseline ? ['baseline', 'its p95'] : [])], 'target')}`);
for (const [name, median, p95, target] of rows) {
  const theirs = baseline ? (baseline.get(name) ?? ['', '']).slice(0, 2) : [];
  console.log(line(name, [median, p95, ...theirs], target));
}
console.log(`Lighthouse (desktop): ${JSON.stringify(results.lighthouse)}   target: performance 100, accessibility 100`);
console.log(`\nJSON: ${out}`);

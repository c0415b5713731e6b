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

const url = process.argv[2] ?? 'http://127.0.0.1:4190/';
const loads = Number(process.argv[3] ?? 30);
const LIGHTHOUSE_MOBILE_RUNS = 5;
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
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];

/** In the page before any script: when the recommendation is on screen, when
 * the first slider move shows, long tasks, the wasm instance. */
function instrument() {
  const marks = (window.__bench = { longTasks: [] });
  // Both marks taken: told through the console, which the harness hears
  // without running anything in the page during the start-up it measures.
  const reportWhenMeasured = () => {
    if (marks.responsive !== undefined && window.__seen.usable !== undefined) console.debug('faceoff-bench: measured');
  };
  addEventListener('faceoff-usable', reportWhenMeasured);
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
  // As soon as the app's first live slider is there (the prerendered ones
  // are disabled), move it, and note when the app's recommendation answers.
  whenPresent('input[type="range"]:not(:disabled)', (slider) => {
    const status = document.querySelector('.result-panel [role="status"]');
    const before = status.textContent;
    const moved = new MutationObserver(() => {
      if (status.textContent !== before) {
        marks.responsive = performance.now();
        moved.disconnect();
        reportWhenMeasured();
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

/** In the peer's page: builds the comparison this page makes, 13 weighted
 * criteria and two options scored 0 to 10. Its state lives in memory only,
 * so it is built through its own controls; it rebuilds them on each input. */
async function setUpPeer() {
  const one = (selector) => document.querySelector(selector);
  const every = (selector) => [...document.querySelectorAll(selector)];
  const type = (element, value) => {
    element.value = String(value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  for (const kind of ['criterion', 'option']) {
    while (one(`[data-type=remove-${kind}]`)) one(`[data-type=remove-${kind}]`).click();
  }
  // (Its ids are timestamps: one click per tick keeps them apart.)
  for (let i = 0; i < 13; i++) (one('#add-criterion').click(), await tick());
  for (let i = 0; i < 2; i++) (one('#add-option').click(), await tick());
  for (let i = 0; i < 13; i++) {
    type(every('[data-type=criterion-name]')[i], `Criterion ${i + 1}`);
    type(every('[data-type=criterion-weight]')[i], 5);
  }
  ['Django', 'Flask'].forEach((name, i) => type(every('[data-type=option-name]')[i], name));
  every('#decision-matrix tbody input').forEach((cell, i) => type(cell, (i * 3) % 11));
  return every('[data-type=criterion-weight]').length;
}

/** The peer's counterpart of the slider sweep: each change sets one
 * criterion's weight (a number field there) and fires its input event. */
async function peerSweep(browser, target) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrumentSweep);
  await page.goto(target);
  const criteria = await page.evaluate(setUpPeer);
  if (criteria !== 13) throw new Error(`peer: ${criteria} criteria set up, not 13`);
  await page.evaluate(() => (window.__sweep.length = 0));
  for (let i = 0; i < SWEEP; i++) {
    const weight = [5, 6, 7, 8, 9, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4][i % 20];
    await page.evaluate(
      ([index, value]) => {
        const field = document.querySelectorAll('[data-type=criterion-weight]')[index];
        field.value = String(value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      },
      [Math.floor(i / 20) % 13, weight],
    );
    await page.waitForFunction((n) => window.__sweep.length >= n && window.__sweep[n - 1].paint !== undefined, i + 1);
  }
  const samples = await page.evaluate(() => window.__sweep);
  await context.close();
  return { samples };
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

/** One Lighthouse run: its four scores, and the blocking time and paints
 * the performance score is made of. `mobile` is Lighthouse's default (a slow
 * phone: CPU slowed four times, a throttled network, simulated from a trace
 * taken at full speed); `applied` the same phone with the throttling applied
 * while the page loads, so that what it reports was painted then. */
async function lighthouse(target, mode) {
  const { default: run } = await import('lighthouse');
  const config = mode === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const throttling = mode === 'applied' ? { throttlingMethod: 'devtools' } : {};
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const { lhr } = await run(target, { port: chrome.port, output: 'json', logLevel: 'error', ...throttling }, config);
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    // What the browser saw, before Lighthouse's simulation of a slow phone:
    // the simulated largest paint waits for every request started before the
    // observed one (the wasm preload among them), even when nothing was
    // painted late.
    const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
    return {
      observedFcpMs: observed.observedFirstContentfulPaint ?? null,
      observedLcpMs: observed.observedLargestContentfulPaint ?? null,
      ...Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
      tbtMs: audit('total-blocking-time'),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
    };
  } finally {
    await chrome.kill();
  }
}

/** Medians over Lighthouse runs, and the gap from first to largest paint. */
function summariseLighthouse(lighthouseRuns) {
  const median = (key) => quantile(lighthouseRuns.map((r) => r[key]), 0.5);
  return {
    runs: lighthouseRuns.length,
    performance: median('performance'),
    accessibility: median('accessibility'),
    bestPractices: median('best-practices'),
    seo: median('seo'),
    tbtMs: median('tbtMs'),
    fcpMs: median('fcpMs'),
    lcpMs: median('lcpMs'),
    lcpAfterFcpMs: quantile(lighthouseRuns.map((r) => r.lcpMs - r.fcpMs), 0.5),
    observedLcpAfterFcpMs: quantile(lighthouseRuns.map((r) => r.observedLcpMs - r.observedFcpMs), 0.5),
    cls: median('cls'),
    all: lighthouseRuns,
  };
}

/** Lighthouse on every page given, runs taken in turns (mobile several
 * times, applied throttling and desktop once each), so that the machine's
 * drift falls on all alike. */
async function lighthouseAll(targets) {
  const modes = ['mobile', 'applied', 'desktop'];
  const found = Object.fromEntries(targets.map((t) => [t, Object.fromEntries(modes.map((m) => [m, []]))]));
  for (let i = 0; i < LIGHTHOUSE_MOBILE_RUNS; i++) {
    for (const target of targets) found[target].mobile.push(await lighthouse(target, 'mobile'));
  }
  for (const mode of modes.slice(1)) {
    for (const target of targets) found[target][mode].push(await lighthouse(target, mode));
  }
  return Object.fromEntries(
    targets.map((t) => [t, Object.fromEntries(modes.map((m) => [m, summariseLighthouse(found[t][m])]))]),
  );
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
const peerSwept = process.env.PEER_URL ? await peerSweep(browser, process.env.PEER_URL).catch((e) => ({ error: String(e.message ?? e) })) : null;
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

const ms = (v) => (v === null ? '-' : `${v.toFixed(1)} ms`);
const kb = (v) => (v === null ? '-' : `${(v / 1024).toFixed(1)} KB`);
/** The plain page's rows: the floor for the sweep's two measures. */
const floorRows = (f) => [
  ['  plain page: input → DOM', ms(f.inputToDomMs.median), ms(f.inputToDomMs.p95), 'floor'],
  ['  plain page: key press → next frame', ms(f.inputToPaintMs.median), ms(f.inputToPaintMs.p95), 'floor'],
];
const score = (v) => (v === null || v === undefined ? '-' : String(Math.round(v)));
/** Lighthouse's rows for one page: mobile (median of its runs) and desktop. */
const lighthouseRows = (l) =>
  !l || l.error
    ? [['Lighthouse', l?.error ?? '-', '', '']]
    : [
        [`Lighthouse mobile performance (median of ${l.mobile.runs})`, score(l.mobile.performance), '', '≥ 98'],
        ['    the same, throttling applied (1 run)', score(l.applied.performance), '', ''],
        ['  mobile total blocking time', ms(l.mobile.tbtMs), '', '≤ 50 ms'],
        ['    the same, throttling applied', ms(l.applied.tbtMs), '', ''],
        ['  mobile largest paint after first paint', ms(l.mobile.lcpAfterFcpMs), '', '≤ 100 ms'],
        ['    the same, as observed (unthrottled)', ms(l.mobile.observedLcpAfterFcpMs), '', ''],
        ['    the same, throttling applied (1 run)', ms(l.applied.lcpAfterFcpMs), '', ''],
        ['  mobile first contentful paint', ms(l.mobile.fcpMs), '', ''],
        ['    the same, throttling applied', ms(l.applied.fcpMs), '', ''],
        ['  mobile accessibility, best practices, SEO', `${score(l.mobile.accessibility)} ${score(l.mobile.bestPractices)} ${score(l.mobile.seo)}`, '', '100 100 100'],
        ['Lighthouse desktop performance', score(l.desktop.performance), '', '100'],
      ];
/** The table's rows for one build: name, median, p95, target; `floor`
 * goes under the frame-time row it compares with. */
const rowsFor = (r, floor = []) => [
  ...Object.entries(r.transferredGzip).map(([k, s]) => [`first load, ${k} (gzip, as served)`, kb(s.median), kb(s.p95), '']),
  ...(r.sizesOnDisk
    ? [
        ['first load on disk, total (gzip -9)', kb(r.sizesOnDisk.total.gzip), '', '≤ 172 KB'],
        ['first load on disk, total (brotli 11)', kb(r.sizesOnDisk.total.brotli), '', ''],
        ['  of which HTML (gzip, brotli)', kb(r.sizesOnDisk.HTML.gzip), kb(r.sizesOnDisk.HTML.brotli), ''],
        ['  of which wasm (gzip, brotli)', kb(r.sizesOnDisk.wasm.gzip), kb(r.sizesOnDisk.wasm.brotli), ''],
      ]
    : []),
  ['navigation → first paint', ms(r.firstPaintMs.median), ms(r.firstPaintMs.p95), ''],
  ['navigation → wasm and JS downloaded', ms(r.downloadedMs.median), ms(r.downloadedMs.p95), ''],
  ['navigation → wasm started', ms(r.startedMs.median), ms(r.startedMs.p95), ''],
  ['navigation → recommendation shown', ms(r.renderedMs.median), ms(r.renderedMs.p95), ''],
  ['navigation → first slider move shown', ms(r.respondsMs.median), ms(r.respondsMs.p95), ''],
  ['navigation → all 13 sliders enabled', ms(r.usableMs.median), ms(r.usableMs.p95), '≤ 250 ms'],
  ['long tasks during load (count)', r.longTasksDuringLoad.count.median, r.longTasksDuringLoad.count.p95, '0'],
  ['longest task during load', ms(r.longTasksDuringLoad.longestMs.median), ms(r.longTasksDuringLoad.longestMs.p95), '≤ 50 ms'],
  ['loads with a task over 50 ms', `${r.longTasksDuringLoad.loadsWithOne} of ${loads}`, '', 'none'],
  ['  those tasks begun before first paint', `${r.longTasksDuringLoad.beforeFirstPaint} of ${r.longTasksDuringLoad.all}`, '', ''],
  [`slider input → DOM (${r.sweep.changes} changes)`, ms(r.sweep.inputToDomMs.median), ms(r.sweep.inputToDomMs.p95), 'no worse than before'],
  ['key press → next frame', ms(r.sweep.inputToPaintMs.median), ms(r.sweep.inputToPaintMs.p95), '≤ 16 ms p95'],
  ...floor,
  ['JS heap after load', kb(r.memoryAfterLoad.heapBytes.median), kb(r.memoryAfterLoad.heapBytes.p95), ''],
  ['wasm memory after load', kb(r.memoryAfterLoad.wasmBytes.median), kb(r.memoryAfterLoad.wasmBytes.p95), ''],
  ['JS heap before → after the sweep', kb(r.sweep.memoryBefore.heap), kb(r.sweep.memoryAfter.heap), ''],
  ['wasm memory before → after the sweep', kb(r.sweep.memoryBefore.wasmMemory), kb(r.sweep.memoryAfter.wasmMemory), ''],
  ...lighthouseRows(r.lighthouse),
];
const rows = rowsFor(results, results.referenceSweep ? floorRows(results.referenceSweep) : []);
// The baseline's cells by row name: its file types, for one, may differ.
const baseline = results.baseline && new Map(rowsFor(results.baseline).map(([name, ...cells]) => [name, cells]));
const line = (name, cells, target) => `${name.padEnd(42)}${cells.map((c) => String(c).padStart(12)).join('')}   ${target}`;
if (network) console.log(`\nPage loads throttled: NETWORK=${process.env.NETWORK}`);
if (cpuSlowdown > 1) console.log(`Page loads on a CPU slowed ${cpuSlowdown} times (CPU=${cpuSlowdown})`);
if (baseline) console.log(`\nBaseline: ${baselineUrl}, its loads alternating with this build's`);
console.log(`\n${line('measure', ['median', 'p95', ...(baseline ? ['baseline', 'its p95'] : [])], 'target')}`);
for (const [name, median, p95, target] of rows) {
  const theirs = baseline ? (baseline.get(name) ?? ['', '']).slice(0, 2) : [];
  console.log(line(name, [median, p95, ...theirs], target));
}
if (results.peer) {
  console.log(`\nPeer: ${results.peer.url}, its Lighthouse runs in turn with this build's`);
  const { sweep: theirs } = results.peer;
  const sweepRows = theirs.error
    ? [['weight input → DOM', theirs.error, '', '']]
    : [
        [`weight input → DOM (${theirs.changes} changes)`, ms(theirs.inputToDomMs.median), ms(theirs.inputToDomMs.p95), ''],
        ['weight input → next frame', ms(theirs.inputToPaintMs.median), ms(theirs.inputToPaintMs.p95), ''],
      ];
  for (const [name, median, p95, target] of [...sweepRows, ...lighthouseRows(results.peer.lighthouse)]) {
    console.log(line(name, [median, p95], target));
  }
}
console.log(`\nJSON: ${out}`);

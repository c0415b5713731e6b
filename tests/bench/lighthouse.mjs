// Lighthouse runs for the benchmark: mobile (simulated, several runs), the
// same phone with its throttling applied, and desktop.
import { BENCH_FLAGS } from './browser.mjs';
import { CHROMIUM } from '../e2e/chromium.js';
import { quantile } from './stats.mjs';

const LIGHTHOUSE_MOBILE_RUNS = 5;

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
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...BENCH_FLAGS] });
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
export async function lighthouseAll(targets) {
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

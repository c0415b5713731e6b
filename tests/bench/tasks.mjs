// The main thread's tasks during first-visit loads, from Chromium's own trace:
// each task longer than a threshold, when it started, and what filled it
// (layout, style, script, wasm compiling), with the size of each layout. It
// shows which work makes a long task, where the CPU profile (profile.mjs)
// only says "(program)" for the browser's own work.
// Usage, with a release build served: node tasks.mjs <url> [loads=5] [min ms=8]
// (for a page without the app, such as a plain HTML file, set PLAIN=1).
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from '../e2e/chromium.js';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const loads = Number(process.argv[3] ?? 5);
const shortest = Number(process.argv[4] ?? 8) * 1000;
// The page's own record of when every live part is mounted (all 13 sliders
// enabled), shared with the benchmark and the cross-engine suite.
const WATCH = new URL('../e2e/engines/watch.js', import.meta.url).pathname;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm'];
// Work inside a task shorter than this is left out of its summary (µs).
const DETAIL = 3000;
const ms = (us) => (us / 1000).toFixed(0);

/** One line per long task on the page's main thread. */
function longTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? onMain[0].ts;
  return onMain
    .filter((task) => task.name === 'RunTask' && task.dur > shortest)
    .map((task) => {
      const inside = onMain.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > DETAIL,
      );
      const byName = new Map();
      for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
      const filled = [...byName]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, dur]) => `${name} ${ms(dur)}`)
        .join(', ');
      const layouts = inside
        .filter((e) => e.name === 'Layout')
        .map((e) => `${ms(e.dur)} ms over ${e.args?.beginData?.dirtyObjects} of ${e.args?.beginData?.totalObjects} objects`);
      const layoutNote = layouts.length ? ` (layouts: ${layouts.join('; ')})` : '';
      return `  at ${ms(task.ts - start)} ms, ${ms(task.dur)} ms: ${filled}${layoutNote}`;
    });
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  for (let load = 1; load <= loads; load++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript({ path: WATCH });
    await page.addInitScript(() => addEventListener('faceoff-usable', () => console.debug('faceoff: usable')));
    // Heard through the console: waitForFunction would evaluate Playwright's
    // own script in the page, a task of its own in the trace.
    const usable = process.env.PLAIN
      ? null
      : page.waitForEvent('console', { predicate: (m) => m.text() === 'faceoff: usable', timeout: 15_000 });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url);
    await usable;
    await page.waitForTimeout(500);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    console.log(`load ${load}: tasks over ${ms(shortest)} ms`);
    console.log(longTasks(trace.traceEvents ?? trace).join('\n') || '  none');
    await context.close();
  }
} finally {
  await browser.close();
}

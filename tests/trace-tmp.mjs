import { chromium } from '@playwright/test';
const url = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let r = 0; r < runs; r++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm'] });
  await page.goto(url);
  if (!process.env.PLAIN) await page.waitForFunction(() => document.querySelectorAll('.slot:not(.live)').length === 0, null, { timeout: 15000 });
  await page.waitForTimeout(500);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? onMain[0].ts;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > Number(process.env.MIN ?? 30) * 1000);
  const line = [];
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 3000);
    const by = new Map();
    for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(', ');
    const layouts = inside.filter((e) => e.name === 'Layout').map((e) => `${(e.dur / 1000).toFixed(0)}ms objs ${e.args?.beginData?.totalObjects}/${e.args?.beginData?.dirtyObjects}`);
    line.push(`  task at ${((t.ts - nav) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(0)} ms: ${top} [${layouts.join('; ')}]`);
  }
  console.log(`load ${r}:`); console.log(line.join('\n'));
  await context.close();
}
await browser.close();

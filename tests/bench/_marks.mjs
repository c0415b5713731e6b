import { chromium } from '@playwright/test';
const url = process.argv[2]; const loads = Number(process.argv[3] ?? 15); const cpu = Number(process.argv[4] ?? 1);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const rows = [];
for (let i = 0; i < loads; i++) {
  const c = await b.newContext({ serviceWorkers: 'block' }); const p = await c.newPage();
  if (cpu > 1) { const cdp = await c.newCDPSession(p); await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu }); }
  await p.goto(url); await p.waitForFunction(() => document.querySelectorAll('.slot:not(.live)').length === 0, null, { timeout: 20000 }); await p.waitForTimeout(200);
  rows.push(await p.evaluate(() => { const m = Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])); return m; }));
  await c.close();
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const d = (a, z) => med(rows.map((r) => r[z] - r[a])).toFixed(1);
console.log('state', d('start', 'state'), 'result', d('state', 'result'), 'rest', d('rest0', 'rest1'));
const slices = rows.map((r) => Object.keys(r).filter((k) => k.startsWith('slice')).map((k) => k.slice(6)).join(' | '));
console.log(slices.slice(0, 6).join('\n'));
await b.close();

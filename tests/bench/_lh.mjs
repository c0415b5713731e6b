import run from 'lighthouse';
import { launch } from 'chrome-launcher';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-precise-memory-info'];
for (const target of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...FLAGS] });
    const { lhr } = await run(target, { port: chrome.port, output: 'json', logLevel: 'error' });
    await chrome.kill();
    const lt = lhr.audits['long-tasks']?.details?.items ?? [];
    console.log(target, 'TBT', lhr.audits['total-blocking-time'].numericValue, 'long tasks:', lt.map((t) => `${t.url?.split('/').pop()}@${Math.round(t.startTime)}:${Math.round(t.duration)}`).join(' '));
  }
}

// The peer (bench.sh's PEER): transparent.tools' weighted decision matrix,
// set up as this page's comparison and swept like its sliders.
import { instrumentSweep } from './in-page.mjs';

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
export async function peerSweep(browser, target, changes) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrumentSweep);
  await page.goto(target);
  const criteria = await page.evaluate(setUpPeer);
  if (criteria !== 13) throw new Error(`peer: ${criteria} criteria set up, not 13`);
  await page.evaluate(() => (window.__sweep.length = 0));
  for (let i = 0; i < changes; i++) {
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

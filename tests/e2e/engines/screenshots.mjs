// Screenshots of the release in every engine, to look at side by side: the
// top of the page, a keyboard-focused slider below its round's score fields and
// a team view, at phone (390 px) and desktop (1280 px) width, in the light and
// dark themes. Not a test: it writes PNGs into screenshots/engines/ (ignored
// by git).
// Usage, after a release build: xvfb-run -a node tests/e2e/engines/screenshots.mjs
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { enginesToTest, killAll, missing, openBrowser } from './browsers.mjs';
import { EnginePage, Key } from './page.mjs';
import { serveCopy } from './served.mjs';

// Three members who disagree, one with scores of their own.
const TEAM = `v=t1&member=a5a55555a5555**Ana&member=5a5a55a55a5a5**Ben&member=55555${'a'.repeat(8)}*${'-'.repeat(16)}28${'-'.repeat(8)}*Cara`;
const folder = fileURLToPath(new URL('../../../screenshots/engines/', import.meta.url));
await mkdir(folder, { recursive: true });
const server = await serveCopy();
try {
  for (const engine of enginesToTest().filter((e) => !missing(e))) {
    for (const [width, height] of [[390, 844], [1280, 900]]) {
      for (const dark of [false, true]) {
        const browser = await openBrowser(engine, { dark, width, height });
        try {
          const page = new EnginePage(browser.driver);
          await page.open(server.url);
          const name = `${engine}-${width}-${dark ? 'dark' : 'light'}`;
          // Finding elements by role scrolls them into view. Firefox applies
          // such a scroll again when the page next lays out (here, as the
          // phone's result bar reacts to a scroll), undoing a scrollTo; a
          // scroll into view of the page's top replaces it instead.
          await browser.driver.executeScript(
            "document.documentElement.scrollIntoView({ block: 'start', behavior: 'instant' })",
          );
          await page.sleep(200);
          await writeFile(`${folder}${name}-top.png`, await browser.driver.takeScreenshot(), 'base64');
          // The round's own scores open above it, and a key press focuses the
          // slider from the keyboard, so its focus ring shows.
          await (await page.byRole('button', 'I disagree with the scores for Security')).sendKeys(Key.ENTER);
          const slider = await page.slider('Security');
          await slider.sendKeys(Key.ARROW_RIGHT);
          await browser.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", slider);
          await page.sleep(300);
          await writeFile(`${folder}${name}-slider.png`, await browser.driver.takeScreenshot(), 'base64');
          await page.open(`${server.url}?${TEAM}`);
          await browser.driver.executeScript("document.getElementById('team').scrollIntoView()");
          await page.sleep(300);
          await writeFile(`${folder}${name}-team.png`, await browser.driver.takeScreenshot(), 'base64');
          console.log(`${name}: written`);
        } finally {
          await browser.quit();
        }
      }
    }
  }
} finally {
  await server.stop();
  killAll();
}

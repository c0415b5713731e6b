// The user journeys in every engine: Chromium, Firefox and WebKit (Safari's
// engine), each through its own W3C WebDriver, against copies of the release
// build. Run by scripts/test.sh under xvfb-run; ENGINES=firefox,webkit picks some.
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ENGINES, enginesToTest, killAll, missing, openBrowser } from './browsers.mjs';
import { By } from 'selenium-webdriver';
import { EnginePage, Key, SAVE_WAIT_MS, STORAGE_KEY } from './page.mjs';
import { prepare, serve } from './served.mjs';
import { LOWEST_TEXT_CONTRAST, SHARES_OF_COLOUR, THEME_COLOURS } from '../contrast.js';
import { deploy, updateServiceWorker } from '../release.mjs';

const SUB_PATH = '/django-vs-flask/';
const FAILURE = 'The comparison could not start';

/** Where a failed journey leaves what its browser showed (git ignores it). */
const EVIDENCE = fileURLToPath(new URL('../test-results/engines/', import.meta.url));
let running = '';

/** A test of the suite: one that hangs (a browser that stops answering)
 * fails after 90 s instead of holding up the run. `skip`: why it cannot run. */
const journey = (name, body, { skip = false } = {}) =>
  test(name, { timeout: 90_000, skip }, () => {
    running = name;
    return body();
  });

/** Opens a fresh browser, runs `body` with its page, and always closes it.
 * A failure leaves a screenshot and the page's address, text and errors
 * behind, since a failure that comes once in many runs is seen only then. */
async function inBrowser(engine, options, body) {
  const browser = await openBrowser(engine, options);
  try {
    return await body(new EnginePage(browser.driver, options), browser.driver);
  } catch (error) {
    await keepEvidence(engine, browser.driver);
    throw error;
  } finally {
    await browser.quit();
  }
}

/** Saves what the browser shows after a failure; never hides the failure itself. */
async function keepEvidence(engine, driver) {
  const base = join(EVIDENCE, `${engine}-${running.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`);
  try {
    await mkdir(EVIDENCE, { recursive: true });
    await writeFile(`${base}.png`, await driver.takeScreenshot(), 'base64');
    const page = await driver.executeScript(
      'return { url: location.href, seen: window.__seen ?? null, text: document.body.innerText }',
    );
    await writeFile(`${base}.txt`, `${page.url}\n${JSON.stringify(page.seen)}\n\n${page.text}`);
    console.log(`# what ${engine} showed when "${running}" failed: ${base}.png and .txt`);
  } catch (error) {
    console.log(`# ${engine} could not show what it had when "${running}" failed: ${error.message}`);
  }
}

/** Runs `body` in a new blank tab (where the page's CSP does not refuse a
 * data: image), then closes it: a failure's evidence still shows the page. */
async function inBlankTab(driver, body) {
  const page = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  try {
    return await body();
  } finally {
    await driver.close();
    await driver.switchTo().window(page);
  }
}

/** Fails on anything the page saw go wrong (see watch.js). */
async function assertClean(page) {
  const seen = await page.seen();
  assert.ok(seen, 'watch.js did not run');
  assert.deepEqual(seen.errors, [], 'errors');
  assert.deepEqual(seen.csp, [], 'CSP violations');
}

/** Opens the six questions by keyboard, as their disclosure's summary. */
async function openQuestions(driver) {
  // A summary's role differs from engine to engine: found by its text.
  const summary = await driver.findElement(By.xpath("//summary[contains(., 'quick questions')]"));
  await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus()", summary);
  await driver.actions().sendKeys(Key.ENTER).perform();
}

/** Relative luminance (0 black .. 1 white) of a CSS rgb() colour. */
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const folders = {};
const servers = {};
before(async () => {
  for (const variant of ['watched', 'no-wasm', 'corrupt-wasm', 'start-trap']) folders[variant] = await prepare(variant);
  servers.site = await serve(folders.watched);
  servers.subPath = await serve(folders.watched, SUB_PATH);
});
after(async () => {
  for (const server of Object.values(servers)) await server.stop();
  for (const folder of Object.values(folders)) await rm(folder, { recursive: true, force: true });
  killAll();
});

for (const engine of enginesToTest()) {
  const why = missing(engine);
  describe(engine, { skip: why ? `${engine} cannot run here: ${why}` : false, concurrency: 1 }, () => {
    const site = () => servers.site.url;

    journey('loads with all 13 sliders enabled, no error and no CSP violation', () =>
      inBrowser(engine, {}, async (page) => {
        await page.open(site());
        await page.byRole('button', 'Reset priorities');
        await assertClean(page);
      }));

    journey('with scripts off, the comparison reads and nothing that needs the app is offered', () =>
      inBrowser(engine, { scripts: false }, async (page, driver) => {
        await driver.get(site());
        const body = await driver.findElement(By.css('body')).getText();
        assert.match(body, /The sliders and the live recommendation need JavaScript/);
        assert.match(await page.text(await page.status()), /Too close to call/);
        assert.equal((await page.allByRole('article')).length, 13, 'every round');
        assert.equal((await page.allByRole('heading', 'Sources and method')).length, 1);
        // Buttons and menus only the app could work are left out; the sliders
        // stay, showing each weight, and say they cannot be moved.
        assert.deepEqual(await page.allByRole('button'), [], 'no button');
        assert.deepEqual(await page.allByRole('combobox'), [], 'no menu');
        const sliders = await page.allByRole('slider');
        assert.equal(sliders.length, 13);
        for (const slider of sliders) assert.equal(await slider.isEnabled(), false, 'a disabled slider');
        // The page's own scripts never ran (WebDriver's do).
        assert.equal(await driver.executeScript('return window.__seen === undefined'), true);
      }));

    journey('a slider moved by keyboard changes the recommendation and the address; a reload keeps it', () =>
      inBrowser(engine, {}, async (page) => {
        await page.open(site());
        const before = await page.text(await page.status());
        const security = await page.slider('Security');
        await security.sendKeys(Key.HOME);
        await page.waitFor(async () => (await security.getAttribute('value')) === '0', 3000, () => 'Security at 0');
        const flask = await page.slider('Learning curve');
        await flask.sendKeys(Key.END);
        await page.waitFor(async () => (await page.text(await page.status())) !== before, 3000, () => 'a new recommendation');
        await page.waitFor(async () => (await page.url()).includes('security=0'), 3000, () => 'security=0 in the address');
        await page.sleep(SAVE_WAIT_MS);
        const moved = await page.text(await page.status());
        await page.reload();
        assert.equal(await page.value('Security'), '0');
        assert.equal(await page.value('Learning curve'), '10');
        assert.equal(await page.text(await page.status()), moved);
        await assertClean(page);
      }));

    journey('at phone width, a slider reached with Tab paints its focus ring', () =>
      inBrowser(engine, { width: 390, height: 844 }, async (page, driver) => {
        await page.open(site());
        const slider = await page.slider('Security');
        await driver.executeScript("arguments[0].scrollIntoView({ block: 'center' })", slider);
        const disagree = await page.byRole('button', 'I disagree with the scores for Security');
        await driver.executeScript('arguments[0].focus()', disagree);
        await page.sleep(200);
        // The whole window: WebKitWebDriver's element screenshots of the
        // track came back blank on one run. Nothing else changes on a Tab.
        const unfocused = await driver.takeScreenshot();
        await driver.actions().sendKeys(Key.TAB).perform();
        await page.waitFor(
          () => driver.executeScript('return document.activeElement === arguments[0]', slider),
          3000,
          () => 'the slider focused by Tab',
        );
        assert.equal(await driver.executeScript('return document.hasFocus()'), true, 'the page has the focus');
        await page.sleep(200);
        assert.notEqual(await driver.takeScreenshot(), unfocused, 'the focus ring changes the pixels');
      }));

    journey('a result link opened in a fresh profile shows the same result and leaves saved values alone', async () => {
      const sent = await inBrowser(engine, {}, async (page) => {
        await page.open(site());
        await (await page.slider('Performance')).sendKeys(Key.END);
        await (await page.slider('Scalability')).sendKeys(Key.HOME);
        await page.waitFor(async () => (await page.url()).includes('scalability=0'), 3000, () => 'the link');
        return { link: await page.url(), status: await page.text(await page.status()) };
      });
      await inBrowser(engine, {}, async (page) => {
        // The recipient has priorities of their own.
        await page.open(site());
        await (await page.slider('Security')).sendKeys(Key.END);
        await page.sleep(SAVE_WAIT_MS);
        const own = await page.stored();
        assert.match(own, /"security":10/);
        await page.open(sent.link);
        assert.equal(await page.text(await page.status()), sent.status);
        assert.equal(await page.value('Performance'), '10');
        await page.byRole('region', 'You are viewing shared priorities');
        await page.sleep(SAVE_WAIT_MS);
        assert.equal(await page.stored(), own);
        await assertClean(page);
      });
    });

    journey('a team link opens the team view; a member added with the keyboard joins it; saved values stay', () =>
      inBrowser(engine, {}, async (page, driver) => {
        await page.open(site());
        await (await page.slider('Security')).sendKeys(Key.END);
        await page.sleep(SAVE_WAIT_MS);
        const own = await page.stored();
        const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
        await page.open(`${site()}?v=t1&member=aaaaaaaaaaaaa**Ana&member=${'1'.repeat(13)}**${hostile}`);
        await page.byRole('heading', 'Decide as a team');
        await page.byRole('textbox', 'Name of Ana');
        await page.byRole('textbox', /^Name of <img src=x/);
        await page.byRole('region', "The team's recommendation");
        const links = await page.byRole('textbox', /^Result links to add/);
        await links.sendKeys(`Ben ${site()}?v=2&performance=10`);
        await (await page.byRole('button', 'Add to the team')).sendKeys(Key.ENTER);
        await page.byRole('textbox', 'Name of Ben');
        await page.waitFor(async () => /member=[^&]*Ben/.test(await page.url()), 3000, () => 'Ben in the team link');
        assert.equal(await page.value('Security'), '10', 'the own result stays on screen');
        const injected = await driver.executeScript(
          'return [window.__pwned, document.querySelectorAll(\'img[src="x"]\').length]',
        );
        assert.deepEqual(injected, [null, 0], 'a label is only text');
        await page.sleep(SAVE_WAIT_MS);
        assert.equal(await page.stored(), own);
        await assertClean(page);
      }));

    journey('the six questions open with the keyboard, fetch their code then, and set the sliders when applied', () =>
      inBrowser(engine, {}, async (page, driver) => {
        await page.open(site());
        const fetched = () =>
          driver.executeScript(
            "return performance.getEntriesByType('resource').some((e) => /\\/split_quiz-[0-9a-f]+\\.wasm$/.test(e.name))",
          );
        assert.equal(await fetched(), false, 'the questions\' code is not fetched before they are opened');
        await openQuestions(driver);
        const small = await page.byRole('radio', 'Small and focused', 10_000);
        assert.equal(await fetched(), true, 'the questions\' code is fetched when they are opened');
        for (const answer of [small, ...(await Promise.all(
          ['Very experienced', 'An API or microservice', 'I want full control'].map((name) => page.byRole('radio', name)),
        ))]) {
          await answer.click();
        }
        const preview = /4 of 6 answered\. These answers point to: Flask/;
        await page.waitFor(
          async () => preview.test(await driver.executeScript('return document.body.innerText')),
          3000,
          () => 'the answers\' preview',
        );
        assert.equal(await page.value('Scalability'), '5', 'nothing changes before Apply');
        await (await page.byRole('button', 'Apply to my sliders')).sendKeys(Key.ENTER);
        await page.waitFor(async () => (await page.value('Scalability')) === '2', 3000, () => 'Scalability at 2');
        assert.equal(await page.value('Performance'), '9');
        assert.equal(await page.value('Learning curve'), '2');
        assert.match(await page.text(await page.status()), /Flask fits your priorities/);
        await assertClean(page);
      }));

    journey('hostile links are clamped or refused with a notice, and inject nothing', () =>
      inBrowser(engine, {}, async (page, driver) => {
        const links = [
          ['?v=2&security=999', '10'],
          ['?v=2&security=<img src=x onerror="window.__pwned=1">', '5'],
          ['?v=99&security=8', '5'],
          ['?v=2&security=2&security=9', '2'],
        ];
        for (const [query, expected] of links) {
          await page.open(site() + query);
          assert.equal(await page.value('Security'), expected, query);
          const notices = await page.allByRole('button', /^Dismiss/);
          assert.ok(notices.length >= 1, `${query}: a notice that can be dismissed`);
          const body = await driver.executeScript('return document.body.innerText');
          assert.match(body, /this link/i, `${query}: the notice speaks of the link`);
          const injected = await driver.executeScript(
            'return [window.__pwned, document.querySelectorAll(\'img[src="x"], body script:not([src])\').length]',
          );
          assert.deepEqual(injected, [null, 0], `${query}: nothing injected`);
          await assertClean(page);
        }
      }));

    // Another tab of the same site stores a value mid-session: a newer
    // release's (deployed while this tab was open) or one this page cannot read.
    for (const [what, raw, notice] of [
      [
        'a newer release',
        JSON.stringify({ version: 99, priorities: { security: 1 }, scores: {}, newField: 'keep me' }),
        /saved by a newer version of this page/,
      ],
      ['an unreadable value', '{"version":2,"priorities":', /Another tab saved priorities this page could not fully read/],
    ]) {
      journey(`another tab stores ${what}: this tab keeps working and the value survives`, () =>
        inBrowser(engine, {}, async (page, driver) => {
          await page.open(site());
          await (await page.slider('Security')).sendKeys(Key.END);
          await page.sleep(SAVE_WAIT_MS);
          const first = await driver.getWindowHandle();
          // A window, not a tab: once in WebKitGTK the new tab never finished starting
          // (a tab in the background may get no animation frames).
          await driver.switchTo().newWindow('window');
          // Started, so that this tab has read storage before the value arrives.
          await page.open(site());
          await driver.executeScript('localStorage.setItem(arguments[0], arguments[1])', STORAGE_KEY, raw);
          await driver.switchTo().window(first);
          await (await page.slider('Performance')).sendKeys(Key.HOME);
          await (await page.slider('Learning curve')).sendKeys(Key.END);
          await page.waitFor(
            async () => notice.test(await driver.executeScript('return document.body.innerText')),
            5000,
            () => `the notice ${notice}`,
          );
          assert.equal(await page.value('Learning curve'), '10');
          await page.sleep(SAVE_WAIT_MS);
          const kept = await driver.executeScript('return Object.values(localStorage)');
          assert.ok(kept.includes(raw), `${raw} is still in storage: ${JSON.stringify(kept)}`);
          await assertClean(page);
        }));
    }

    journey('offline, a reload and a result link still open (service worker)', async () => {
      const server = await serve(folders.watched);
      try {
        await inBrowser(engine, {}, async (page, driver) => {
          await page.open(server.url);
          await driver.executeAsyncScript(
            'const done = arguments[arguments.length - 1]; navigator.serviceWorker.ready.then(() => done(true), () => done(false));',
          );
          await server.stop();
          await page.reload();
          assert.equal(
            await driver.executeScript('return !!navigator.serviceWorker.controller'),
            true,
            'the page is served by the service worker',
          );
          await page.open(`${server.url}?v=2&security=1`);
          assert.equal(await page.value('Security'), '1');
        });
      } finally {
        await server.stop();
      }
    });

    journey('a tab left open across a new release still opens the six questions (service worker)', async () => {
      const folder = await prepare('watched');
      const server = await serve(folder);
      try {
        await inBrowser(engine, {}, async (page, driver) => {
          await page.open(server.url);
          await page.waitFor(
            () => driver.executeScript('return !!navigator.serviceWorker.controller'),
            10_000,
            () => 'the service worker in control',
          );
          const [first] = await driver.executeScript('return caches.keys()');
          const oldPart = await deploy(folder, 2);
          const names = await driver.executeAsyncScript(
            `(${updateServiceWorker})().then(arguments[arguments.length - 1])`,
          );
          assert.deepEqual(names, [first, 'faceoff-0000000000000002'], 'the release before keeps its cache');
          // The server no longer has this tab's part: it comes from the old cache.
          assert.equal((await fetch(new URL(oldPart, server.url))).status, 404);
          await openQuestions(driver);
          await page.byRole('radio', 'Small and focused', 10_000);
          await assertClean(page);
        });
      } finally {
        await server.stop();
        await rm(folder, { recursive: true, force: true });
      }
    });

    journey('works under a sub-path, and its links keep the path', () =>
      inBrowser(engine, {}, async (page) => {
        await page.open(servers.subPath.url);
        await (await page.slider('Security')).sendKeys(Key.HOME);
        await page.waitFor(async () => (await page.url()).includes('security=0'), 3000, () => 'the link');
        assert.ok((await page.url()).startsWith(servers.subPath.url), await page.url());
        await assertClean(page);
      }));

    for (const dark of [false, true]) {
      journey(`follows the system's ${dark ? 'dark' : 'light'} theme`, () =>
        inBrowser(engine, { dark }, async (page, driver) => {
          await page.open(site());
          const [prefersDark, background] = await driver.executeScript(
            "return [matchMedia('(prefers-color-scheme: dark)').matches, getComputedStyle(document.body).backgroundColor]",
          );
          assert.equal(prefersDark, dark, 'the browser reports the system theme');
          const light = luminance(background);
          assert.ok(dark ? light < 0.2 : light > 0.8, `background ${background}`);
        }));
    }

    journey(
      'in a contrast theme the score bars, slider fill, flip mark and verdict pips stay visible',
      () =>
        inBrowser(engine, { contrast: 'forced' }, async (page, driver) => {
          // Security at 9 and Core difference at 2: Security's slider has a flip mark.
          await page.open(`${site()}?v=2&security=9&core=2`);
          assert.equal(await driver.executeScript("return matchMedia('(forced-colors: active)').matches"), true);
          const card = await page.byRole('article', 'Security');
          await driver.executeScript("arguments[0].scrollIntoView({ block: 'start' })", card);
          await page.sleep(300);
          const [text, highlight] = await driver.executeScript(THEME_COLOURS);
          const parts = {
            // Django's 9 / 10, a bar filled nine tenths of its length.
            bar: ['.score-bar', text],
            pipOn: ['.pip.on', text],
            pipOff: ['.pip:not(.on)', text],
            // The slider's track, filled to 9 of 10.
            slider: ['input[type=range]', highlight],
            flipMark: ['.flip-mark', text],
          };
          const boxes = await driver.executeScript(
            `const [card, parts] = arguments;
             return parts.map(([selector, colour]) => {
               const r = card.querySelector(selector).getBoundingClientRect();
               const [x, y] = [r.x, r.y].map((v) => Math.round(v * devicePixelRatio));
               const [width, height] = [r.width, r.height].map((v) => Math.max(1, Math.round(v * devicePixelRatio)));
               return { x, y, width, height, colour };
             });`,
            card,
            Object.values(parts),
          );
          const screenshot = await driver.takeScreenshot();
          const measured = await inBlankTab(driver, () => driver.executeAsyncScript(SHARES_OF_COLOUR, screenshot, boxes));
          const shares = Object.fromEntries(Object.keys(parts).map((name, i) => [name, measured[i]]));
          assert.ok(shares.bar > 0.5, `the score bar's fill: ${JSON.stringify(shares)}`);
          assert.ok(shares.pipOn > shares.pipOff + 0.15, `a full pip against an empty one: ${JSON.stringify(shares)}`);
          assert.ok(shares.slider > 0.05, `the slider's fill: ${JSON.stringify(shares)}`);
          assert.ok(shares.flipMark > 0.5, `the flip mark: ${JSON.stringify(shares)}`);
        }),
      { skip: ENGINES[engine].noContrastTheme ?? false },
    );

    for (const dark of [false, true]) {
      journey(`with more contrast asked for, every text reaches 7:1 (${dark ? 'dark' : 'light'})`, () =>
        inBrowser(engine, { contrast: 'more', dark }, async (page, driver) => {
          await page.open(`${site()}?v=2&security=9&core=2`);
          const asked = "return [matchMedia('(prefers-contrast: more)').matches, matchMedia('(prefers-color-scheme: dark)').matches]";
          assert.deepEqual(await driver.executeScript(asked), [true, dark], 'more contrast, in the theme asked for');
          const [ratio, where] = await driver.executeScript(LOWEST_TEXT_CONTRAST);
          assert.ok(ratio >= 7, `the lowest contrast is ${ratio.toFixed(2)}:1, ${where}`);
        }));
    }

    for (const variant of ['no-wasm', 'corrupt-wasm', 'start-trap']) {
      journey(`${variant}: the failure screen shows and the prose stays to read`, async () => {
        const server = await serve(folders[variant]);
        try {
          await inBrowser(engine, {}, async (page, driver) => {
            await driver.get(server.url);
            const alert = await page.byRoleAndText('alert', new RegExp(FAILURE), 10_000);
            assert.match(await page.text(alert), /Reload the page/);
            const still = await driver.executeScript(
              "return [...document.querySelectorAll('#loading, .slot')].map((e) => e.id)",
            );
            assert.deepEqual(still, [], 'the loading note and the dead controls are gone');
            assert.equal((await page.allByRole('status', 'Your recommendation')).length, 0);
            assert.equal((await page.allByRole('article')).length, 13, 'the rounds are still there to read');
          });
        } finally {
          await server.stop();
        }
      });
    }
  });
}

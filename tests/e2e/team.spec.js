// The team view: several people's result links combined into one decision,
// used with the keyboard alone and at phone width; nothing here may touch
// the person's own saved priorities.
import { ComparisonPage, expect, SAVE_WAIT_MS, STORAGE_KEY, test } from './app-page.js';

const ANA = '/?v=2&security=10&performance=1';
const BEN = '/?v=2&performance=10&learning=9&security=2';
const CARA = '/?v=2&scalability=0&flexibility=10&security=4';

const heading = (page) => page.getByRole('heading', { name: 'Decide as a team' });
const field = (page) => page.getByRole('textbox', { name: /Result links to add/ });
const messages = (page) => page.getByRole('region', { name: 'Decide as a team' }).getByRole('status');
const teamResult = (page) => page.getByRole('region', { name: "The team's recommendation" });
const saved = (page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** The user's own priorities, saved: security matters most to them. */
async function openWithOwnPriorities(page) {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 9);
  await page.waitForTimeout(SAVE_WAIT_MS);
  const own = await saved(page);
  expect(own).not.toBeNull();
  return { app, own };
}

/** Reaches `target` with Tab presses alone (at most `limit`). */
async function tabTo(page, target, limit = 12) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('not reached with Tab');
}

test('with the keyboard alone: start a team, add links with names, rename, remove, and reopen its link', async ({ page, baseURL }) => {
  const { app, own } = await openWithOwnPriorities(page);
  const start = page.getByRole('button', { name: 'Decide as a team' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toBeFocused();
  // The team starts with the user's own result.
  await expect(page.getByRole('textbox', { name: 'Name of Me' })).toHaveValue('Me');

  await tabTo(page, field(page));
  await page.keyboard.type(`Ana: ${baseURL}${ANA.slice(1)}\nBen ${baseURL}${BEN.slice(1)}\nnot a link`);
  await tabTo(page, page.getByRole('button', { name: 'Add to the team' }), 2);
  await page.keyboard.press('Enter');
  await expect(messages(page)).toContainText('Added Ana, Ben.');
  await expect(messages(page)).toContainText('“not a link” is not a result link of this page');
  // What was not used stays in the field to correct.
  await expect(field(page)).toHaveValue(/not a link/);
  const members = page.getByRole('list', { name: 'Members' }).getByRole('listitem');
  await expect(members).toHaveCount(3);
  await expect(members.nth(1)).toContainText(/Django by \d\.\d points/);
  await expect(members.nth(2)).toContainText(/Flask by \d\.\d points/);
  await expect(teamResult(page)).toContainText(/fits the team's priorities|Too close to call/);
  // Every criterion's team priority, the most disputed first: performance
  // (1 to 10), then security (2 to 10), then the learning curve (5 to 9).
  const priorities = teamResult(page).getByRole('list').first().getByRole('listitem');
  await expect(priorities).toHaveCount(13);
  await expect(priorities.nth(0)).toContainText(/^Performance\s*from 1 to 10, mean 5\.3$/);
  await expect(priorities.nth(1)).toContainText(/^Security\s*from 2 to 10, mean 7\.0$/);
  await expect(priorities.nth(2)).toContainText(/^Learning curve\s*from 5 to 9, mean 6\.3$/);
  await expect(priorities.nth(12)).toContainText('everyone at 5');

  // Rename with the keyboard: the change is made on leaving the field.
  const ana = page.getByRole('textbox', { name: 'Name of Ana' });
  await ana.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Anna');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Name of Anna' })).toBeVisible();
  await expect(page).toHaveURL(/member=[^&]*Anna/);

  // Remove Ben: focus returns to the team's heading, and it is said.
  await page.getByRole('button', { name: 'Remove Ben' }).focus();
  await page.keyboard.press('Enter');
  await expect(messages(page)).toContainText('Removed Ben.');
  await expect(heading(page)).toBeFocused();
  await expect(members).toHaveCount(2);

  // The address bar holds the team link; opening it elsewhere gives the same view.
  await expect(page).toHaveURL(/\?v=t1&member=/);
  const link = page.url();
  const group = await teamResult(page).locator('.headline').textContent();
  expect(await saved(page)).toBe(own);

  const other = await page.context().newPage();
  const again = new ComparisonPage(other);
  await again.open(link);
  await expect(other.getByRole('textbox', { name: 'Name of Anna' })).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Name of Me' })).toBeVisible();
  await expect(teamResult(other).locator('.headline')).toHaveText(group);
  // The user's own result and saved priorities are as they were.
  await expect(again.slider('Security')).toHaveValue('9');
  expect(await saved(other)).toBe(own);

  // Closing the team view gives the address bar back to the user's own result.
  await page.getByRole('button', { name: 'Close team view' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\?v=2&/);
  await expect(app.status).toBeVisible();
});

test('a dropped link joins the team at once', async ({ page, baseURL }) => {
  await openWithOwnPriorities(page);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await field(page).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/uri-list', text);
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, `# a comment line\n${baseURL}${CARA.slice(1)}`);
  await expect(messages(page)).toContainText('Added Member 2.');
  await expect(field(page)).toHaveValue('');
});

test("the team view's code is fetched by those who open it, not by every visitor", async ({ page }) => {
  const teamPartFetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/split_team-[0-9a-f]+\.wasm$/.test(e.name)));
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 9);
  await page.waitForTimeout(SAVE_WAIT_MS);
  expect(await teamPartFetched()).toBe(false);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await expect(heading(page)).toBeFocused();
  expect(await teamPartFetched()).toBe(true);
});

test('starting a team again while its view is open keeps what is being typed', async ({ page }) => {
  await openWithOwnPriorities(page);
  const start = page.getByRole('button', { name: 'Decide as a team' });
  await start.click();
  await field(page).fill('Ana: half a link');
  await start.click();
  await expect(heading(page)).toBeFocused();
  await expect(field(page)).toHaveValue('Ana: half a link');
});

test('adding one\'s own result again brings "Me" up to date instead of adding a second', async ({ page }) => {
  const { app } = await openWithOwnPriorities(page);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  const me = page.getByRole('textbox', { name: 'Name of Me' });
  await expect(me).toHaveCount(1);
  const addOwn = page.getByRole('button', { name: 'Add my own result' });
  await addOwn.click();
  await expect(messages(page)).toHaveText('Me already has your current priorities and scores.');
  const before = page.url();
  await app.setPriority('Performance', 10);
  await addOwn.click();
  await expect(messages(page)).toHaveText('Me now has your current priorities and scores.');
  await expect(me).toHaveCount(1);
  await expect(page).not.toHaveURL(before);
});

test('bad input is refused with a reason and leaves the saved priorities alone', async ({ page, baseURL }) => {
  const { own } = await openWithOwnPriorities(page);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  const links = Array.from({ length: 12 }, (_, i) => `${baseURL}?v=2&security=${i % 11}&performance=${Math.floor(i / 11)}`);
  await field(page).fill(
    [`Twin: ${baseURL}${ANA.slice(1)}`, `Again: ${baseURL}${ANA.slice(1)}`, `${baseURL}?v=99&security=3`, ...links].join('\n'),
  );
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(messages(page)).toContainText('Again has exactly the same priorities and scores as Twin');
  await expect(messages(page)).toContainText('comes from a newer version of this page');
  await expect(messages(page)).toContainText('a team view holds 12 members at most');
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(12);
  expect(await saved(page)).toBe(own);
});

test('a team link with hostile or future values says so and opens nothing it cannot read', async ({ page }) => {
  const { own } = await openWithOwnPriorities(page);
  const hostile = '/?v=t1&member=aaaaaaaaaaaaa**Ok&member=zz*<b>*Bad&member=5555555555555*zzzz*Odd';
  const app = new ComparisonPage(page);
  await app.open(hostile);
  await expect(page.getByRole('textbox', { name: 'Name of Ok' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(1);
  await expect(messages(page)).toContainText('2 members of this team link could not be read');
  // Once read, the address holds the team as it was opened: what could be read.
  await expect(page).toHaveURL(/\?v=t1&member=aaaaaaaaaaaaa\*\*Ok$/);
  expect(await saved(page)).toBe(own);

  // Nothing readable: the view opens empty and says why; the address is the user's own.
  await app.open('/?v=t1&member=zz*<b>*Bad');
  await expect(messages(page)).toContainText('One member of this team link could not be read');
  await expect(page.getByRole('list', { name: 'Members' }).getByRole('listitem')).toHaveCount(0);
  // An empty team has nothing to share: it says how to begin instead.
  await expect(teamResult(page)).toContainText('The team has no members yet');
  await expect(teamResult(page).getByRole('button')).toHaveCount(0);
  await expect(page).toHaveURL(/\?v=2&security=9$/);
  expect(await saved(page)).toBe(own);

  await app.open('/?v=t9&member=aaaaaaaaaaaaa**Ok');
  await expect(page.getByText('This team link comes from a newer version of this page')).toBeVisible();
  await expect(heading(page)).toHaveCount(0);
  await expect(app.slider('Security')).toHaveValue('9');
  expect(await saved(page)).toBe(own);
});

test('the team decision downloads as Markdown', async ({ page, baseURL }) => {
  await openWithOwnPriorities(page);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await field(page).fill(`Ana: ${baseURL}${ANA.slice(1)}`);
  await page.getByRole('button', { name: 'Add to the team' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    teamResult(page).getByRole('button', { name: 'Download .md' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^django-or-flask-team-decision-\d{4}-\d\d-\d\d\.md$/);
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  expect(text).toMatch(/^# Django or Flask: team decision record/);
  expect(text).toContain('| Ana |');
  expect(text).toContain('| Me |');
  expect(text).toContain(`<${page.url()}>`);
});

test("printed with a team in the view, the page is the team's decision, with its link", async ({ page, baseURL }) => {
  const { app } = await openWithOwnPriorities(page);
  await page.getByRole('button', { name: 'Decide as a team' }).click();
  await field(page).fill(`Ana: ${baseURL}${ANA.slice(1)}\nBen ${baseURL}${BEN.slice(1)}\nCara ${baseURL}${CARA.slice(1)}`);
  await page.getByRole('button', { name: 'Add to the team' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of Cara' })).toBeVisible();
  // Printing (here to PDF) is what writes the printed link.
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'print' });
  await expect(teamResult(page)).toBeVisible();
  await expect(app.status).toBeHidden();
  await expect(page.getByRole('heading', { name: 'The 13 rounds' })).toBeHidden();
  const printed = page.getByText(/^Reproduce this team's result: http/);
  await expect(printed).toBeVisible();
  expect(await printed.textContent()).toContain(new URL(page.url()).search);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeLessThanOrEqual(2);
});

test('at phone width the team view fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const app = new ComparisonPage(page);
  await app.open(`/?v=t1&member=aaaaaaaaaaaaa**Ana&member=${'1'.repeat(13)}**Ben%20Long-Surname`);
  await expect(heading(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of Ben Long-Surname' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const control of await page.getByRole('region', { name: 'Decide as a team' }).getByRole('button').all()) {
    const box = await control.boundingBox();
    if (box) expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
});

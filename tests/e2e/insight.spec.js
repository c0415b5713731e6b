// Decision insight: what drives the result, what would flip it, and profiles.
import { ComparisonPage, expect, test } from './app-page.js';

test('the chart says what pushes the result, largest first, and follows the sliders', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const chart = page.getByRole('img', { name: /What pushes the result/ });
  await expect(chart).toBeVisible();
  // Equal weights: scalability and performance (gap 4) push hardest.
  await expect(chart).toHaveAccessibleDescription(
    /^In points: scalability 0\.3 toward Django; performance 0\.3 toward Flask; /,
  );
  await app.setPriority('Security', 10);
  await expect(chart).toHaveAccessibleDescription(/^In points: security 0\.4 toward Django; /);
  await expect(app.status).toContainText('Django leads for you mainly because of security and scalability');
});

test('the chart draws the largest push on top, on the side it pushes toward', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 10);
  const chart = page.getByRole('img', { name: /What pushes the result/ });
  await expect(chart).toHaveAccessibleDescription(/^In points: security 0\.4 toward Django; /);
  // The bars are drawn, not read out: measure where each row and fill ended up.
  const rows = await chart.locator('.bar-row').evaluateAll((elements) =>
    elements
      .map((row) => ({
        label: row.querySelector('.bar-label').textContent,
        top: row.getBoundingClientRect().top,
        // The stretch of each half (Django's, then Flask's) its fill covers,
        // from 0 (the half's left) to 1; inside the border, where it is clipped.
        fills: [...row.querySelectorAll('.bar')].map((half) => {
          const left = half.getBoundingClientRect().left + half.clientLeft;
          const fill = half.firstElementChild.getBoundingClientRect();
          const at = (x) => Math.min(1, Math.max(0, (x - left) / half.clientWidth));
          return [at(fill.left), at(fill.right)];
        }),
      }))
      .sort((a, b) => a.top - b.top),
  );
  expect(rows.map((r) => r.label).slice(0, 2)).toEqual(['security', 'scalability']);
  const covered = ([from, to]) => to - from;
  // Security pushes hardest: a full bar from the axis leftwards, toward Django.
  expect(rows[0].fills[0][0]).toBeCloseTo(0, 2);
  expect(rows[0].fills[0][1]).toBeCloseTo(1, 2);
  expect(covered(rows[0].fills[1])).toBeCloseTo(0, 2);
  // Performance pushes toward Flask, less: a shorter bar from the axis rightwards.
  const performance = rows.find((r) => r.label === 'performance');
  expect(covered(performance.fills[0])).toBeCloseTo(0, 2);
  expect(performance.fills[1][0]).toBeCloseTo(0, 2);
  expect(performance.fills[1][1]).toBeGreaterThan(0.3);
  expect(performance.fills[1][1]).toBeLessThan(1);
});

test('the score meters fill to each framework\'s total out of 10', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 10);
  await expect(app.status).toContainText('Django leads');
  // Drawn, not read out: compare each meter's fill with the total beside it.
  const meters = await page.locator('.total').evaluateAll((totals) =>
    totals.map((total) => {
      const track = total.querySelector('.meter');
      const left = track.getBoundingClientRect().left;
      const fill = track.firstElementChild.getBoundingClientRect();
      const covered = (Math.min(fill.right, left + track.clientWidth) - Math.max(fill.left, left)) / track.clientWidth;
      return { covered, total: parseFloat(total.querySelector('.value').textContent) };
    }),
  );
  expect(meters).toHaveLength(2);
  for (const { covered, total } of meters) expect(covered).toBeCloseTo(total / 10, 2);
  expect(meters[0].total).toBeGreaterThan(meters[1].total);
});

test('each card says which slider value would flip the result, and it does', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const performance = app.slider('Performance');
  await expect(performance).toHaveAccessibleDescription('Flask would pull ahead from 9 upwards.');
  await expect(app.slider('Flexibility and customization')).toHaveAccessibleDescription(
    'No value of this slider changes who is ahead.',
  );
  await performance.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(performance).toHaveValue('8');
  await expect(app.status).toContainText('Django is ahead by less than 0.1 points');
  await page.keyboard.press('ArrowRight');
  await expect(performance).toHaveValue('9');
  await expect(app.status).toContainText('Flask is ahead by');
  // Now the same slider says how to flip it back.
  await expect(performance).toHaveAccessibleDescription('Django would pull ahead at 8 or below.');
});

test('the stability line names the smallest single change that flips the result', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await expect(app.status).toContainText(
    'Smallest change that flips it: Scalability from 5 to 1 (4 steps) puts Flask ahead.',
  );
  await app.setPriority('Scalability', 1);
  await expect(app.status).toContainText('Flask is ahead by less than 0.1 points');
  await app.setAll(['Core difference', 'Scalability', 'Security', 'Built-in features'], 10);
  await expect(app.status).toContainText('No single slider can change who is ahead.');
});

test('a profile sets every slider, shows as active, and becomes Custom on the first move', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  const api = page.getByRole('button', { name: 'API or microservice' });
  await expect(api).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Custom priorities: no profile matches your sliders.')).toBeVisible();
  await api.click();
  await expect(api).toHaveAttribute('aria-pressed', 'true');
  await expect(app.slider('Performance')).toHaveValue('10');
  await expect(app.slider('Template engine')).toHaveValue('0');
  await expect(page.getByText(/^Profile: API or microservice\. /)).toBeVisible();
  await expect(app.status).toContainText('Flask fits your priorities');
  await expect(page).toHaveURL(/performance=10/);

  await app.slider('Security').focus();
  await page.keyboard.press('ArrowUp');
  await expect(api).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Custom priorities: no profile matches your sliders.')).toBeVisible();

  await page.getByRole('button', { name: 'Large-scale platform' }).click();
  await expect(app.status).toContainText('Django fits your priorities');
});

test('the decision record copies and downloads as Markdown that reproduces the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Tight deadline' }).click();
  await expect(page).toHaveURL(/dev-speed=10/);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Record copied')).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(md).toMatch(/^# Django or Flask: decision record\n/);
  expect(md).toContain(`- **Date:** ${today}\n`);
  expect(md).toContain('- **Profile:** Tight deadline\n');
  expect(md).toContain(`- **Reproduce:** <${page.url()}>\n`);
  expect(md).toMatch(/- \*\*Result:\*\* Django fits your priorities/);
  expect(md).toContain('| 8 | [Speed of development](');
  expect(md.split('\n').filter((l) => /^\| \d+ \| \[/.test(l))).toHaveLength(13);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`django-or-flask-decision-${today}.md`);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(path, 'utf8')).toBe(md);
});

test('a refused clipboard shows the record in a field to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const app = new ComparisonPage(page);
  await app.open();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const field = page.getByRole('textbox', { name: /Copy this record/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/^# Django or Flask: decision record/);
});

test('printing gives a clean summary of at most two pages', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 9);
  // A score of the user's own belongs in the printed link too.
  await page.getByRole('button', { name: 'I disagree with the scores for Performance' }).click();
  const flask = page.getByRole('spinbutton', { name: 'Your score for Flask on Performance' });
  await flask.fill('4');
  await flask.press('Enter');
  // Printing (here to PDF) is what writes the printed link.
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'print' });
  await expect(app.status).toBeVisible();
  await expect(app.slider('Security')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  // The printed link reproduces what was on the page.
  const printed = page.getByText(/^Reproduce this result: http/);
  await expect(printed).toContainText('security=9');
  await expect(printed).toContainText('flask.performance=4');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('printing stays within two pages with every score replaced, notes under the scores', async ({ page }) => {
  // The longest printout there is: each take shows the user's score and ours.
  const ids = ['core', 'flexibility', 'features', 'learning', 'scalability', 'use-cases',
    'community', 'dev-speed', 'performance', 'security', 'templates', 'routing', 'extensions'];
  const app = new ComparisonPage(page);
  await app.open(`/?v=2&${ids.map((id) => `django.${id}=3&flask.${id}=10`).join('&')}`);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(2);
  // A card is half a page wide: the note goes under its score, clear of the name.
  await page.emulateMedia({ media: 'print' });
  const security = page.getByRole('article', { name: 'Security' });
  const name = await security.getByText('Flask', { exact: true }).first().boundingBox();
  const score = await security.getByText('(yours; ours 6)').boundingBox();
  expect(score.y).toBeGreaterThan(name.y + name.height / 2);
  expect(score.x).toBeGreaterThan(name.x + name.width);
});

test('the questionnaire sets the sliders only when applied, and can be done by keyboard', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  // The questions' code is fetched by those who open them, not by every visitor.
  const questionsFetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/split_quiz-[0-9a-f]+\.wasm$/.test(e.name)));
  expect(await questionsFetched()).toBe(false);
  await page.getByText('Not sure? Answer six quick questions').click();
  const apply = page.getByRole('button', { name: 'Apply to my sliders' });
  await expect(apply).toBeDisabled();
  expect(await questionsFetched()).toBe(true);

  await page.getByRole('radio', { name: 'Small and focused' }).check();
  // Keyboard: arrows move the choice within a question.
  await page.getByRole('radio', { name: 'New to them' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Very experienced' })).toBeChecked();
  await page.getByRole('radio', { name: 'An API or microservice' }).check();
  await page.getByRole('radio', { name: 'I want full control' }).check();
  await expect(page.getByText(/4 of 6 answered\. These answers point to: Flask/)).toBeVisible();

  // Nothing has changed yet.
  for (const c of ['Scalability', 'Performance', 'Learning curve']) {
    await expect(app.slider(c)).toHaveValue('5');
  }
  await apply.focus();
  await page.keyboard.press('Enter');
  await expect(app.slider('Scalability')).toHaveValue('2');
  await expect(app.slider('Performance')).toHaveValue('9');
  await expect(app.slider('Learning curve')).toHaveValue('2');
  await expect(app.slider('Template engine')).toHaveValue('1');
  await expect(app.status).toContainText('Flask fits your priorities');
  await expect(page.getByText('Done: the sliders now follow your answers.')).toBeVisible();

  await page.getByRole('button', { name: 'Clear answers' }).click();
  await expect(page.getByRole('radio', { name: 'Small and focused' })).not.toBeChecked();
  await expect(app.slider('Scalability')).toHaveValue('2');
});

// Saved preferences: kept across visits and tabs, never lost or corrupted,
// whatever the browser's storage does.
import { ALL, BACKUP_KEY, SAVE_WAIT_MS, STORAGE_KEY, ComparisonPage, expect, test } from './app-page.js';

/** Puts a raw value in storage before the app starts, once. */
async function seedStorage(page, raw) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [STORAGE_KEY, raw],
  );
}

/** A browser that refuses localStorage outright (as some privacy settings do). */
async function storageThrowsOnAccess(page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

test('priorities survive a reload and show up in a new tab', async ({ page, context }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 9);
  await app.setPriority('Performance', 2);
  await app.expectSaved({ security: 9, performance: 2 });
  const status = await app.status.textContent();

  await page.goto('/');
  await expect(app.slider('Security')).toHaveValue('9');
  await expect(app.slider('Performance')).toHaveValue('2');
  await expect(app.status).toHaveText(status);

  const tab = new ComparisonPage(await context.newPage());
  await tab.open();
  await expect(tab.slider('Security')).toHaveValue('9');
  await expect(tab.status).toHaveText(status);
});

test('a change made just before leaving is not lost', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Routing mechanism', 8);
  // Leave at once, well inside the write delay: pagehide must flush it.
  await page.goto('about:blank');
  await app.open();
  await expect(app.slider('Routing mechanism')).toHaveValue('8');
});

test('writes are debounced, not one per slider tick', async ({ page }) => {
  await page.addInitScript(() => {
    window.__writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'faceoff.prefs') window.__writes += 1;
      return setItem.call(this, key, value);
    };
  });
  const app = new ComparisonPage(page);
  await app.open();
  const slider = app.slider('Security');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 20; i++) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
  await app.expectSaved({ security: 10 });
  expect(await page.evaluate(() => window.__writes)).toBeLessThanOrEqual(3);
});

test('Reset also resets what is saved', async ({ page }) => {
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 1);
  await app.expectSaved({ security: 1 });
  await app.reset.click();
  await app.expectSaved({ security: 5 });
  await page.reload();
  await expect(app.slider('Security')).toHaveValue('5');
});

test('corrupted saved JSON: defaults, a notice, and the original kept as a backup', async ({ page }) => {
  const raw = '{"version":1,"priorities":{"security":9,,,';
  await seedStorage(page, raw);
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('Your saved priorities could not be read')).toBeVisible();
  for (const c of ALL) await expect(app.slider(c)).toHaveValue('5');
  expect(await app.stored(BACKUP_KEY)).toBe(raw);
  // A clean value replaces the damaged one, so the next visit is quiet.
  await app.expectSaved({ security: 5 });
  await page.reload();
  await expect(page.getByText('could not be read')).toHaveCount(0);
  expect(await app.stored(BACKUP_KEY)).toBe(raw);
});

test('bad weights and unknown criteria: the valid part is used, the rest reported', async ({ page }) => {
  const raw = JSON.stringify({
    version: 1,
    priorities: { security: 9, performance: 'lots', routing: 99, retired: 3 },
  });
  await seedStorage(page, raw);
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('Some of your saved priorities could not be used')).toBeVisible();
  await expect(app.slider('Security')).toHaveValue('9');
  await expect(app.slider('Performance')).toHaveValue('5');
  await expect(app.slider('Routing mechanism')).toHaveValue('5');
  expect(await app.stored(BACKUP_KEY)).toBe(raw);
});

test('a value from a newer version: what matches is shown, and it is never written over', async ({ page }) => {
  const raw = JSON.stringify({ version: 9, priorities: { security: 2 }, theme: 'dark' });
  await seedStorage(page, raw);
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('saved by a newer version of this page')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(app.slider('Security')).toHaveValue('2');
  // The page still answers; it just does not save.
  await app.setPriority('Performance', 9);
  await expect(app.slider('Performance')).toHaveValue('9');
  await page.waitForTimeout(SAVE_WAIT_MS);
  expect(await app.stored()).toBe(raw);
  expect(await app.stored(BACKUP_KEY)).toBeNull();
});

// Another tab of the same site stores a value mid-session: a newer release's
// (deployed while this tab was open) or one this page cannot read.
for (const [what, raw, notice] of [
  [
    'a newer release',
    JSON.stringify({ version: 99, priorities: { security: 1 }, scores: {}, newField: 'keep me' }),
    'saved by a newer version of this page',
  ],
  ['an unreadable value', '{"version":2,"priorities":', 'Another tab saved priorities this page could not fully read'],
]) {
  test(`another tab stores ${what} mid-session: this tab keeps working and the value survives`, async ({ context }) => {
    const [a, b] = [new ComparisonPage(await context.newPage()), new ComparisonPage(await context.newPage())];
    await a.open();
    await a.setPriority('Security', 9);
    await a.expectSaved({ security: 9 });
    // Started, so that this tab has read storage before the value arrives.
    await b.open();
    await b.page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, raw]);
    await a.setPriority('Performance', 2);
    await a.setPriority('Learning curve', 8);
    await expect(a.page.getByText(notice)).toBeVisible();
    await expect(a.slider('Learning curve')).toHaveValue('8');
    await a.page.waitForTimeout(SAVE_WAIT_MS);
    const kept = await a.page.evaluate(() => Object.values(localStorage));
    expect(kept).toContain(raw);
  });
}

test('an earlier backup is never overwritten', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('faceoff.prefs.backup', 'an older backup');
      localStorage.setItem('faceoff.prefs', 'not json');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('faceoff.prefs.backup.2')).toBeVisible();
  expect(await app.stored(BACKUP_KEY)).toBe('an older backup');
  expect(await app.stored(`${BACKUP_KEY}.2`)).toBe('not json');
});

test('storage that throws on access: the app works and says it cannot save', async ({ page }) => {
  await storageThrowsOnAccess(page);
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('does not let the page save your priorities')).toBeVisible();
  await app.setPriority('Security', 10);
  await expect(app.status).toContainText('Django');
  await expect(page.getByText('does not let the page save')).toHaveCount(1);
});

test('notices are dismissed one at a time and stay dismissed', async ({ page }) => {
  await storageThrowsOnAccess(page);
  const app = new ComparisonPage(page);
  await app.open('/?v=banana&security=8');
  const notice = (text) => page.locator('p', { has: page.getByText(text) });
  const storage = notice('does not let the page save your priorities');
  const link = notice(/this link/i);
  await expect(storage).toBeVisible();
  await expect(link).toBeVisible();

  await storage.getByRole('button', { name: 'Dismiss this notice' }).focus();
  await page.keyboard.press('Enter');
  await expect(storage).toBeHidden();
  await expect(link).toBeVisible();
  // Focus moves on to the other notice, not to the top of the page.
  await expect(link.getByRole('button', { name: 'Dismiss this notice' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(link).toBeHidden();
  await expect(page.getByRole('button', { name: 'Dismiss this notice' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your recommendation' })).toBeFocused();
  await app.setPriority('Security', 2);
  await expect(storage).toBeHidden();
});

test('storage that refuses every write: the app works and says it cannot save', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const app = new ComparisonPage(page);
  await app.open();
  await expect(page.getByText('does not let the page save your priorities')).toBeVisible();
  await app.setPriority('Learning curve', 10);
  await expect(app.slider('Learning curve')).toHaveValue('10');
});

test('storage that fills up later: one notice, and the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'faceoff.prefs') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const app = new ComparisonPage(page);
  await app.open();
  await app.setPriority('Security', 10);
  await expect(page.getByText('could not be saved')).toBeVisible();
  await app.setPriority('Security', 0);
  // Past the save's longest wait: the second save has failed too.
  await page.waitForTimeout(SAVE_WAIT_MS);
  await expect(page.getByText('could not be saved')).toHaveCount(1);
  await expect(app.slider('Security')).toHaveValue('0');
});

test('two tabs changing priorities at once keep both changes', async ({ context }) => {
  const [a, b] = [new ComparisonPage(await context.newPage()), new ComparisonPage(await context.newPage())];
  await a.open();
  await b.open();
  await a.setPriority('Security', 9);
  await b.setPriority('Performance', 1);
  for (const tab of [a, b]) {
    await expect(tab.slider('Security')).toHaveValue('9');
    await expect(tab.slider('Performance')).toHaveValue('1');
  }
  await a.expectSaved({ security: 9, performance: 1 });
  // A later change in one tab reaches the other.
  await b.setPriority('Security', 3);
  await expect(a.slider('Security')).toHaveValue('3');
  await expect(a.slider('Performance')).toHaveValue('1');
});

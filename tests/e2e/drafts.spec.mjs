// Drafts in localStorage or sessionStorage (opt-in with draftKey): saved
// with the time, only this form's own answers, removed when a submit goes
// through, by clearDraft(), and unread after draftDays.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openDemo, openFixture, watch } from './helpers.mjs';

const KEY = 'formkoll:draft:resultatredovisning-2024';

test('a draft survives a reload, and "Kasta utkastet" forgets it', async ({ page }) => {
  await openDemo(page);
  await page.locator('#q-1-1').fill('Ett utkast om samverkan med kommuner.');
  await page.locator('label[for="q-5-1b-nej"]').click();
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k), KEY)).toContain('Ett utkast om samverkan');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  await expect(page.locator('#q-1-1')).toHaveValue('Ett utkast om samverkan med kommuner.');
  await expect(page.locator('#q-5-1b-nej')).toBeChecked();
  // A fresh navigation (no form restore by the browser): the draft restores it.
  await page.goto('/www/index.html#again');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  await expect(page.locator('#q-1-1')).toHaveValue('Ett utkast om samverkan med kommuner.');
  await expect(page.locator('#q-5-1b-nej')).toBeChecked();
  await expect(page.locator('.formkoll-notice')).toHaveText(/Ett sparat utkast har återställts i 2 fält\./);
  await page.getByRole('button', { name: 'Kasta utkastet' }).click();
  await expect(page.locator('.formkoll-notice')).toHaveCount(0);
  // Focus does not fall back to the page top: it lands on the summary heading.
  await expect(page.locator('.formkoll-summary__heading')).toBeFocused();
  await expect(page.locator('#q-1-1')).toHaveValue('');
  await expect(page.locator('#q-5-1b-nej')).not.toBeChecked();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('a field the server filled in is never overwritten: the notice offers the draft', async ({ page }) => {
  await openFixture(page, 'basic');
  await page.evaluate(() => localStorage.setItem('formkoll:draft:offer', JSON.stringify({
    savedAt: Date.now(),
    template: 'resultatredovisning-2024-99',
    answers: { '6.1': 'Från utkastet.', '6.2': 'Utkastets version.' },
  })));
  await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'offer' }); });
  await expect(page.locator('#a61')).toHaveValue('Från utkastet.');
  await expect(page.locator('#a62')).toHaveValue('Text från servern.');
  const notices = page.locator('.formkoll-notice');
  await expect(notices).toHaveCount(2);
  await expect(notices.nth(0)).toContainText('Ett sparat utkast har återställts i 1 fält.');
  await expect(notices.nth(1)).toContainText('Det finns ett sparat utkast som skiljer sig från texten i 1 fält.');
  await page.getByRole('button', { name: 'Använd utkastet' }).click();
  await expect(page.locator('#a62')).toHaveValue('Utkastets version.');
  await expect(notices).toHaveCount(0);
});

test('a corrupt draft is ignored with a notice, never a crash', async ({ page }) => {
  const seen = await watch(page, 'http://127.0.0.1:');
  await openFixture(page, 'basic');
  for (const [key, value] of [['broken', '{"answers": {"6.1": '], ['wrongtype', '{"answers": {"6.1": 42}}'], ['othertemplate', `{"savedAt":${Date.now()},"template":"annan-mall","answers":{}}`]]) {
    await page.evaluate(([k, v]) => localStorage.setItem(`formkoll:draft:${k}`, v), [key, value]);
    await page.evaluate((k) => { window.handle?.detach(); window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: k }); }, key);
    await expect(page.locator('.formkoll-notice')).toHaveText(/Ett sparat utkast kunde inte läsas och används inte\./);
    await expect(page.locator('#a61')).toHaveValue('');
    await expect(page.locator('#a62')).toHaveValue('Text från servern.');
  }
  // Still working: typing counts.
  await page.locator('#a61').fill('abc');
  await expect(page.locator('#a61 + .formkoll-count .formkoll-count__share')).toContainText('3 tecken');
  expect(seen.pageErrors).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
});

test('drafts are namespaced by draftKey', async ({ page }) => {
  await openFixture(page, 'basic');
  await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'a' }); });
  await page.locator('#a61').fill('Rapport A');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('formkoll:draft:a'))).toContain('Rapport A');
  await page.evaluate(() => {
    window.handle.detach();
    document.getElementById('a61').value = '';
    window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'b' });
  });
  await expect(page.locator('#a61')).toHaveValue('');
  await expect(page.locator('.formkoll-notice')).toHaveCount(0);
  // Without draftKey nothing is stored.
  await page.evaluate(() => { window.handle.detach(); localStorage.clear(); window.handle = window.formkoll.attach(document.getElementById('form')); });
  await page.locator('#a61').fill('Inget utkast');
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

const TEMPLATE = 'resultatredovisning-2024-99';
const DAY = 86_400_000;

/** The stored text of draft `key` in `where` (localStorage by default). */
const stored = (page, key, where = 'localStorage') =>
  page.evaluate(([k, w]) => window[w].getItem(`formkoll:draft:${k}`), [key, where]);

/**
 * Attaches to the bare fixture's form with 6.1 as its only field (valid once
 * filled under scope 'form'). The form is sent with GET, which the test
 * server answers: a submit that goes through loads the page again.
 */
async function attachBare(page, options) {
  await page.evaluate((o) => {
    const form = document.getElementById('form');
    form.method = 'get';
    window.handle = window.formkoll.attach(form, { fields: { '6.1': '#f1' }, scope: 'form', ...o });
  }, options);
}

test.describe('a submit that goes through removes the draft', () => {
  test('without errors: after the next page loads nothing is restored and the storage is empty', async ({ page }) => {
    await openFixture(page, 'bare');
    await attachBare(page, { draftKey: 'sent' });
    // The page's own handler reads the form data and lets the submit go.
    await page.evaluate(() => {
      const form = document.getElementById('form');
      form.addEventListener('submit', () => { window.__read = [...new FormData(form).keys()].length; });
    });
    await page.locator('#f1').fill('Vi har tagit tillvara utvärderingar.');
    await expect.poll(() => stored(page, 'sent')).toContain('tillvara');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.waitForURL(/bare\.html\?/);
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    expect(await stored(page, 'sent')).toBeNull();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    await attachBare(page, { draftKey: 'sent' });
    await expect(page.locator('#f1')).toHaveValue('');
    await expect(page.locator('.formkoll-notice')).toHaveCount(0);
    expect(await page.evaluate(() => window.handle.draft())).toBeNull();
  });

  for (const submit of ['warn', 'off']) {
    test(`with errors under submit: '${submit}'`, async ({ page }) => {
      await openFixture(page, 'bare');
      // scope 'report': every other question of the template is missing.
      await attachBare(page, { draftKey: submit, submit, scope: 'report' });
      await page.locator('#f1').fill('Ett svar bland många som saknas.');
      await expect.poll(() => stored(page, submit)).toContain('Ett svar');
      expect((await page.evaluate(() => window.handle.result())).counts.errors).toBeGreaterThan(0);
      await page.getByRole('button', { name: 'Skicka' }).click();
      await page.waitForURL(/bare\.html\?/);
      await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
    });
  }
});

test.describe('the draft is kept when the submit does not go through', () => {
  test('the page cancels it (and reads new FormData) until clearDraft(); then typing saves again', async ({ page }) => {
    await openFixture(page, 'bare');
    await attachBare(page, { draftKey: 'kept' });
    // A portal that posts with fetch: it runs after formkoll's capture listener.
    await page.evaluate(() => {
      const form = document.getElementById('form');
      window.__posted = 0;
      // The body first, then the cancel: the submit is still being dispatched.
      form.addEventListener('submit', (e) => { new FormData(form); e.preventDefault(); window.__posted += 1; });
    });
    await page.locator('#f1').fill('Vi har tagit tillvara utvärderingar.');
    await expect.poll(() => stored(page, 'kept')).toContain('tillvara');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect.poll(() => page.evaluate(() => window.__posted)).toBe(1);
    // A FormData read later (the fetch body) does not remove it either.
    await page.evaluate(() => new FormData(document.getElementById('form')));
    await page.waitForTimeout(600);
    expect(page.url()).not.toContain('?');
    expect(await stored(page, 'kept')).toContain('tillvara');
    expect((await page.evaluate(() => window.handle.draft())).answers['6.1']).toBe('Vi har tagit tillvara utvärderingar.');
    // The server has it: the portal clears the draft; the text stays in the field.
    await page.evaluate(() => window.handle.clearDraft());
    expect(await stored(page, 'kept')).toBeNull();
    expect(await page.evaluate(() => window.handle.draft())).toBeNull();
    await expect(page.locator('#f1')).toHaveValue('Vi har tagit tillvara utvärderingar.');
    // Nothing is written back by itself (a submit's re-read, a page shown again) …
    await page.evaluate(() => document.getElementById('form').requestSubmit());
    await page.waitForTimeout(600);
    expect(await stored(page, 'kept')).toBeNull();
    // … until the person changes an answer.
    await page.locator('#f1').fill('En ny text.');
    await expect.poll(() => stored(page, 'kept')).toContain('En ny text.');
  });

  test('the page cancels it in a listener on window, which runs after formkoll', async ({ page }) => {
    await openFixture(page, 'bare');
    await attachBare(page, { draftKey: 'window' });
    await page.evaluate(() => window.addEventListener('submit', (e) => e.preventDefault()));
    await page.locator('#f1').fill('Vi har tagit tillvara utvärderingar.');
    await expect.poll(() => stored(page, 'window')).toContain('tillvara');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.waitForTimeout(600);
    expect(page.url()).not.toContain('?');
    expect(await stored(page, 'window')).toContain('tillvara');
  });

  test('formkoll stops it because of errors', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'blocked' });
    });
    await page.locator('#a61').fill('Ett utkast med fel kvar.');
    await expect.poll(() => stored(page, 'blocked')).toContain('Ett utkast');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page).toHaveTitle(/^Fel: /);
    await page.waitForTimeout(600);
    expect(await stored(page, 'blocked')).toContain('Ett utkast med fel kvar.');
  });
});

test('what is stored: the time and this form\'s own answers, never the report context; draft() returns it', async ({ page }) => {
  await openFixture(page, 'bare');
  await page.evaluate((template) => {
    window.handle = window.formkoll.attach(document.getElementById('form'), {
      fields: { '6.1': '#f1', '6.2': '#f2' },
      scope: 'form',
      draftKey: 'own',
      report: { template, answers: { '1.1': 'Kontext från ett tidigare steg.', '6.2': 'Serverns sparade 6.2.' } },
    });
  }, TEMPLATE);
  expect(await page.evaluate(() => window.handle.draft())).toBeNull();
  const before = Date.now();
  await page.locator('#f1').fill('Eget svar i 6.1.');
  await expect.poll(() => stored(page, 'own')).toContain('Eget svar');
  const text = await stored(page, 'own');
  expect(text).not.toContain('Kontext');
  expect(text).not.toContain('Serverns');
  expect(text).toMatch(/^\{"savedAt":\d+,"template":"resultatredovisning-2024-99","answers":\{/);
  const json = JSON.parse(text);
  // 6.2 is a field here: its (empty) text is this form's answer, not the context's.
  expect(json.answers).toEqual({ '6.1': 'Eget svar i 6.1.', '6.2': '' });
  expect(json.savedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(json.savedAt).toBeLessThanOrEqual(Date.now() + 1000);
  expect(await page.evaluate(() => window.handle.draft())).toEqual(json);
  // Without draftKey there is no draft, and clearDraft() does nothing.
  const off = await page.evaluate(() => {
    window.handle.detach();
    window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1' } });
    window.handle.clearDraft();
    return window.handle.draft();
  });
  expect(off).toBeNull();
  expect(await stored(page, 'own')).toBe(text);
});

test.describe('an expired draft is removed unread, with a notice', () => {
  test('older than draftDays (14 by default), or stored without a time by an earlier formkoll', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(([template, day]) => {
      localStorage.setItem('formkoll:draft:old', JSON.stringify({ savedAt: Date.now() - 15 * day, template, answers: { '6.1': 'Gammalt utkast.' } }));
      localStorage.setItem('formkoll:draft:timeless', JSON.stringify({ template, answers: { '6.1': 'Utkast utan tid.' } }));
    }, [TEMPLATE, DAY]);
    for (const key of ['old', 'timeless']) {
      await page.evaluate((k) => {
        window.handle?.detach();
        window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: k });
      }, key);
      const notice = page.locator('.formkoll-notice');
      await expect(notice).toHaveText('Ett sparat utkast var för gammalt och har tagits bort (utkast sparas i högst 14 dagar).');
      await expect(notice.getByRole('button')).toHaveCount(0);
      await expect(page.locator('#a61')).toHaveValue('');
      expect(await stored(page, key)).toBeNull();
    }
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  test('draftDays sets the age: two days is kept under 3 and removed under 1', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(([template, day]) => {
      localStorage.setItem('formkoll:draft:days', JSON.stringify({ savedAt: Date.now() - 2 * day, template, answers: { '6.1': 'Två dagar gammalt.' } }));
      window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'days', draftDays: 3 });
    }, [TEMPLATE, DAY]);
    await expect(page.locator('#a61')).toHaveValue('Två dagar gammalt.');
    await expect(page.locator('.formkoll-notice')).toHaveText(/återställts i 1 fält/);
    await page.evaluate(() => {
      window.handle.detach();
      document.getElementById('a61').value = '';
      window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'days', draftDays: 1, lang: 'en' });
    });
    await expect(page.locator('.formkoll-notice')).toHaveText('A saved draft was too old and has been removed (drafts are kept for at most 1 day).');
    await expect(page.locator('#a61')).toHaveValue('');
    expect(await stored(page, 'days')).toBeNull();
  });

  test('a draft saved by typing expires when the clock passes draftDays', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-03-02T09:00:00') });
    await openFixture(page, 'basic');
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'clock' });
    });
    await page.locator('#a61').fill('Skrivet en måndag.');
    await page.clock.runFor(1000);
    await expect.poll(() => stored(page, 'clock')).toContain('Skrivet en måndag.');
    const savedAt = JSON.parse(await stored(page, 'clock')).savedAt;
    expect(savedAt - new Date('2026-03-02T09:00:00').getTime()).toBeGreaterThanOrEqual(400);
    expect(savedAt - new Date('2026-03-02T09:00:00').getTime()).toBeLessThan(60_000);
    const reattach = () => page.evaluate(() => {
      window.handle.detach();
      document.getElementById('a61').value = '';
      window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'clock' });
    });
    // Thirteen days later it is still there …
    await page.clock.setSystemTime(new Date('2026-03-15T09:00:00'));
    await reattach();
    await expect(page.locator('#a61')).toHaveValue('Skrivet en måndag.');
    // … fifteen days later it is gone.
    await page.clock.setSystemTime(new Date('2026-03-17T09:00:00'));
    await reattach();
    await expect(page.locator('#a61')).toHaveValue('');
    await expect(page.locator('.formkoll-notice')).toHaveText(/för gammalt och har tagits bort/);
    expect(await stored(page, 'clock')).toBeNull();
  });
});

test("draftStorage: 'session' keeps the draft in this tab's sessionStorage, never in localStorage", async ({ page, context }) => {
  await openFixture(page, 'basic');
  const attachSession = (p) => p.evaluate(() => {
    window.handle = window.formkoll.attach(document.getElementById('form'), { draftKey: 'tab', draftStorage: 'session' });
  });
  await attachSession(page);
  await page.locator('#a61').fill('Bara i den här fliken.');
  await expect.poll(() => stored(page, 'tab', 'sessionStorage')).toContain('Bara i den här fliken.');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // The same tab, a fresh navigation: restored.
  await page.goto('/www/fixtures/basic.html?again');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  await attachSession(page);
  await expect(page.locator('#a61')).toHaveValue('Bara i den här fliken.');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  // Another tab has its own sessionStorage: nothing there.
  const other = await context.newPage();
  await openFixture(other, 'basic');
  await attachSession(other);
  await expect(other.locator('#a61')).toHaveValue('');
  await expect(other.locator('.formkoll-notice')).toHaveCount(0);
});

test('draftDays and draftStorage are checked before the page is touched, from attach and initAll', async ({ page }) => {
  await openFixture(page, 'bare');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const errors = await page.evaluate(() => {
    const form = document.getElementById('form');
    const tryAttach = (options) => {
      try { window.formkoll.attach(form, { draftKey: 'x', ...options }); return null; } catch (e) { return `${e.code} ${e.path}`; }
    };
    return [
      ...[0, -1, 1.5, '14', NaN, Infinity, true].map((draftDays) => tryAttach({ draftDays })),
      ...['cookie', 'Session', 1].map((draftStorage) => tryAttach({ draftStorage })),
    ];
  });
  expect(errors).toEqual([
    ...Array(7).fill('options.invalid draftDays'),
    ...Array(3).fill('options.invalid draftStorage'),
  ]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  // initAll: data-formkoll-draft-days and -draft-storage.
  const handles = await page.evaluate(() => {
    const auto = document.getElementById('auto');
    auto.dataset.formkollDraftKey = 'auto';
    auto.dataset.formkollDraftDays = 'fjorton';
    const bad = window.formkoll.initAll(auto).length;
    auto.dataset.formkollDraftDays = '2';
    auto.dataset.formkollDraftStorage = 'session';
    window.autoHandles = window.formkoll.initAll(auto);
    return [bad, window.autoHandles.length];
  });
  expect(handles).toEqual([0, 1]);
  await page.locator('#auto-1').fill('Automatiskt.');
  await expect.poll(() => stored(page, 'auto', 'sessionStorage')).toContain('Automatiskt.');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

// Drafts in localStorage (opt-in with draftKey).
import { test, expect } from '@playwright/test';
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
  for (const [key, value] of [['broken', '{"answers": {"6.1": '], ['wrongtype', '{"answers": {"6.1": 42}}'], ['othertemplate', '{"template":"annan-mall","answers":{}}']]) {
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

// "Klistra in hela dokumentet" on the demo page: the Word rendering of the
// real 2024 report pasted in, previewed, confirmed — and the form is the
// report, three sections over budget. The importer module (formkoll/importer)
// is loaded only when the button is pressed.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openDemo, meter, watch } from './helpers.mjs';
import { report } from '../expected.mjs';

const WORD = readFileSync(new URL('../fixtures/jamtland-2024-word.txt', import.meta.url), 'utf8');

async function openDialog(page) {
  await page.getByRole('button', { name: 'Klistra in hela dokumentet' }).click();
  const dialog = page.getByRole('dialog', { name: 'Klistra in hela dokumentet' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function pasteAndRead(dialog, text) {
  await dialog.getByLabel('Dokumentets text').fill(text);
  await dialog.getByRole('button', { name: 'Läs in texten' }).click();
}

test('the pasted document fills the form: sections 2, 3 and 5 over budget', async ({ page, baseURL }) => {
  const seen = await watch(page, baseURL);
  await openDemo(page);
  expect(seen.requests.some((u) => u.includes('/pkg/importer/'))).toBe(false);
  const dialog = await openDialog(page);
  expect(seen.requests.some((u) => u.includes('/pkg/importer/formkoll_bg.wasm'))).toBe(true);
  await pasteAndRead(dialog, WORD);
  // Which answer goes where: every question, its first words and count.
  const rows = dialog.locator('tbody tr');
  await expect(rows).toHaveCount(31);
  await expect(dialog.getByText('Hittade frågor: 31 av 31.')).toBeVisible();
  await expect(rows.filter({ hasText: '3.3' }).first()).toContainText('Att arbeta med territoriella perspektiv');
  await expect(rows.filter({ hasText: '5.1d' })).toContainText('Ej aktuellt');
  await expect(dialog.getByText('Kunde inte placeras')).toHaveCount(0);

  // axe-core with the dialog open.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await dialog.getByRole('button', { name: 'Fyll i formuläret' }).click();
  await expect(dialog).toHaveCount(0);
  const labels = await page.locator('.formkoll-budget__label').allTextContents();
  expect(labels).toEqual(report().labels);
  for (const n of [2, 3, 5]) await expect(meter(page, n)).toHaveClass(/formkoll-budget--over/);
  // The fields hold the report exactly: the same result as the fixture.
  const fixture = JSON.parse(readFileSync(new URL('../fixtures/jamtland-2024.json', import.meta.url), 'utf8'));
  await expect(page.locator('#q-3-3')).toHaveValue(fixture.answers['3.3']);
  const same = await page.evaluate((report) => {
    const r = window.formkollDemo.handle.result();
    return { score: r.score, counts: r.limits.map((l) => l.count), report };
  }, null);
  expect(same.counts).toEqual(report().counts);
  expect(same.score).toBe(report().score);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(await seen.violations()).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
});

test('a field with text is not overwritten unless the person chooses to replace it', async ({ page }) => {
  await openDemo(page);
  await page.locator('#q-1-1').fill('Vår egen text.');
  let dialog = await openDialog(page);
  await pasteAndRead(dialog, WORD);
  const replace = dialog.getByLabel('Fältet har redan text. Ersätt texten i fråga 1.1');
  await expect(replace).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Fyll i formuläret' }).click();
  await expect(page.locator('#q-1-1')).toHaveValue('Vår egen text.');
  await expect(page.locator('#q-1-2')).not.toHaveValue('');

  // Now the person chooses to replace 1.1.
  dialog = await openDialog(page);
  await pasteAndRead(dialog, WORD);
  await dialog.getByLabel('Fältet har redan text. Ersätt texten i fråga 1.1').check();
  await dialog.getByRole('button', { name: 'Fyll i formuläret' }).click();
  await expect(page.locator('#q-1-1')).toHaveValue(/^Region Jämtland Härjedalens regionala serviceprogram/);
});

test('what could not be placed is shown, and Cancel fills in nothing', async ({ page }) => {
  await openDemo(page);
  const dialog = await openDialog(page);
  await pasteAndRead(dialog, 'Region Jämtland Härjedalen\n' + WORD.replace('Ej aktuellt ☒', 'Ej aktuellt ☐'));
  await expect(dialog.getByRole('heading', { name: 'Kunde inte placeras' })).toBeVisible();
  await expect(dialog.getByText('Rad 1: Texten före första frågan')).toBeVisible();
  await expect(dialog.getByText(/Fråga 5\.1d: ingen ruta är markerad/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#q-1-1')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Klistra in hela dokumentet' })).toBeFocused();
});

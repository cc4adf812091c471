// "Rensa texten" as a review (src/dom/review.rs): each proposed change is
// listed with its context and a checkbox; only the checked ones are made, as
// one edit; "Ångra rensningen" brings back the exact text until the person
// types again. Texts whose fixes are certain: "fö r", "utveck- ling", U+200B.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { nb, openFixture } from './helpers.mjs';

const DIRTY = 'Arbetet fö r utveck- ling\u200b i länet.';
const share = (page) => page.locator('#a61 + .formkoll-count .formkoll-count__share');
const review = (page) => page.locator('.formkoll-review');
const items = (page) => review(page).locator('.formkoll-review__item');
const cleanButton = (page) => page.locator('.formkoll-hygiene button[data-formkoll-clean="6.1"]');

async function attachWith(page, text, options = {}) {
  await openFixture(page, 'basic');
  await page.evaluate((o) => { window.handle = window.formkoll.attach(document.getElementById('form'), o); }, options);
  await page.locator('#a61').fill(text);
  await expect(cleanButton(page)).toHaveCount(1);
}

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('"Rensa texten" shows each change before it is made', () => {
  test('three changes: a list with context; the two left checked are made, as one edit', async ({ page }) => {
    await attachWith(page, DIRTY);
    await expect(review(page)).toHaveCount(0); // nothing is made before the button is pressed
    await cleanButton(page).click();
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    await expect(review(page).locator('legend')).toHaveText('Fråga 6.1: 3 föreslagna ändringar');
    await expect(items(page)).toHaveCount(3);
    // In text order, each with its kind, its context and the change marked.
    await expect(items(page).nth(0)).toContainText('Blanksteg mitt i ordet');
    await expect(items(page).nth(0)).toContainText('Arbetet fö');
    await expect(items(page).nth(0).locator('del')).toHaveText('tas bort: ·');
    await expect(items(page).nth(1)).toContainText('Avstavning från PDF');
    await expect(items(page).nth(1)).toContainText('fö r utveck');
    await expect(items(page).nth(1).locator('del')).toContainText('-');
    await expect(items(page).nth(2)).toContainText('Osynligt tecken');
    await expect(items(page).nth(2)).toContainText('ling');
    await expect(items(page).nth(2).locator('del')).toHaveText('tas bort: ◌');
    await expect(items(page).nth(2)).toContainText('i länet.');
    // Every box starts checked, and focus is on the first.
    for (let k = 0; k < 3; k++) await expect(items(page).nth(k).getByRole('checkbox')).toBeChecked();
    await expect(items(page).nth(0).getByRole('checkbox')).toBeFocused();
    // The label names the checkbox (a click on the text toggles it).
    await items(page).nth(1).locator('label').click();
    await expect(items(page).nth(1).getByRole('checkbox')).not.toBeChecked();
    // The page's own input listener hears the one edit.
    await page.evaluate(() => {
      window.inputs = [];
      document.getElementById('a61').addEventListener('input', (e) => window.inputs.push(e.inputType ?? 'synthetic'));
    });
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.locator('#a61')).toHaveValue('Arbetet för utveck- ling i länet.');
    expect(await page.evaluate(() => window.inputs)).toHaveLength(1);
    await expect(page.locator('.formkoll-status')).toHaveText('Texten i fråga 6.1 är rensad (2 ändringar).');
    await expect(share(page)).toHaveText(nb('33 tecken av avsnittets 5 000'));
    await expect(page.locator('#a61')).toBeFocused();
    await expect(review(page).locator('fieldset')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toBeVisible();
    // The unchecked hyphenation is still proposed: one change, one line.
    await cleanButton(page).click();
    await expect(items(page)).toHaveCount(1);
    await expect(review(page).locator('legend')).toHaveText('Fråga 6.1: 1 föreslagen ändring');
    await expect(review(page).locator('.formkoll-review__hint')).toHaveText('Kryssa ur ändringen om du inte vill ha den.');
    const item = await items(page).first().boundingBox();
    const font = await items(page).first().locator('label').evaluate((l) => parseFloat(getComputedStyle(l).fontSize));
    expect(item.height).toBeLessThan(font * 2);
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.locator('#a61')).toHaveValue('Arbetet för utveckling i länet.');
    await expect(page.locator('.formkoll-status')).toHaveText('Texten i fråga 6.1 är rensad (1 ändring).');
    // Nothing left to propose: no hygiene block, no button.
    await expect(page.locator('.formkoll-hygiene')).toHaveCount(0);
    await expect(cleanButton(page)).toHaveCount(0);
  });

  test('"Avbryt" changes nothing and gives focus back to "Rensa texten"', async ({ page }) => {
    await attachWith(page, DIRTY);
    await cleanButton(page).click();
    await expect(items(page)).toHaveCount(3);
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(review(page)).toBeHidden();
    await expect(review(page).locator('fieldset')).toHaveCount(0);
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    await expect(cleanButton(page)).toBeFocused();
    await expect(page.locator('.formkoll-status')).toHaveText('');
    // Applying with every box unticked is a cancel too.
    await cleanButton(page).click();
    for (const box of await review(page).getByRole('checkbox').all()) await box.uncheck();
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    await expect(cleanButton(page)).toBeFocused();
  });

  test('"Ångra rensningen" restores the exact text; typing again takes the button away', async ({ page }) => {
    // Line breaks, a no-break space and an emoji around the changes must come back byte for byte.
    const text = `Rad ett\n\nBudget 11\u00a0000 kr 👩‍👩‍👧 fö r\u00ad oss.\nSista ra-\u200bden. `;
    await attachWith(page, text);
    await cleanButton(page).click();
    const n = await items(page).count();
    expect(n).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    const cleaned = await page.locator('#a61').inputValue();
    expect(cleaned).not.toBe(text);
    expect(cleaned).toBe(await page.evaluate((t) => window.formkoll.normalize(t).text, text));
    await page.getByRole('button', { name: 'Ångra rensningen' }).click();
    expect(await page.locator('#a61').inputValue()).toBe(text);
    await expect(page.locator('.formkoll-status')).toHaveText('Rensningen av fråga 6.1 är ångrad.');
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toHaveCount(0);
    await expect(page.locator('#a61')).toBeFocused();
    await expect(cleanButton(page)).toHaveCount(1);
    // Apply again, then type: the undo is over.
    await cleanButton(page).click();
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toBeVisible();
    await page.locator('#a61').press('End');
    await page.keyboard.type(' Mer.');
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toHaveCount(0);
    await expect(review(page)).toBeHidden();
  });

  test('the edit is one step of the browser\'s own undo history', async ({ page }) => {
    await attachWith(page, DIRTY);
    const counted = await share(page).textContent();
    await cleanButton(page).click();
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.locator('#a61')).toHaveValue('Arbetet för utveckling i länet.');
    await expect(share(page)).not.toHaveText(counted);
    await page.locator('#a61').press('Control+z');
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    // The browser's undo is typing as far as formkoll knows: its own button goes.
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toHaveCount(0);
    await expect(share(page)).toHaveText(counted);
  });

  test('typing while the list is open closes it: its changes were for the old text', async ({ page }) => {
    await attachWith(page, DIRTY);
    await cleanButton(page).click();
    await expect(items(page)).toHaveCount(3);
    await page.locator('#a61').press('End');
    await page.keyboard.type('!');
    await expect(review(page)).toBeHidden();
    await expect(page.locator('#a61')).toHaveValue(`${DIRTY}!`);
  });

  test('a text with nothing to clean has no button and no review', async ({ page }) => {
    await openFixture(page, 'basic');
    await page.evaluate(() => { window.handle = window.formkoll.attach(document.getElementById('form')); });
    await page.locator('#a61').fill('Arbetet för utveckling i länet. Budget 11\u00a0000 kr.');
    await page.waitForTimeout(600);
    await expect(page.locator('.formkoll-hygiene')).toHaveCount(0);
    await expect(page.locator('[data-formkoll-clean]')).toHaveCount(0);
    await expect(review(page)).toHaveCount(0);
  });

  test('keyboard only: Enter opens, Space unticks, Tab reaches the buttons, Enter applies', async ({ page }) => {
    await attachWith(page, DIRTY);
    await cleanButton(page).focus();
    await page.keyboard.press('Enter');
    const boxes = review(page).getByRole('checkbox');
    await expect(boxes.nth(0)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(boxes.nth(0)).not.toBeChecked();
    await page.keyboard.press('Tab');
    await expect(boxes.nth(1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(boxes.nth(2)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Genomför valda ändringar' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#a61')).toHaveValue('Arbetet fö r utveckling i länet.');
    await expect(page.locator('#a61')).toBeFocused();
    // From the answer, Tab reaches "Ångra rensningen"; Space on it undoes.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    await expect(page.locator('#a61')).toBeFocused();
    // Escape is not needed: "Avbryt" by keyboard gives focus back.
    await cleanButton(page).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Avbryt' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cleanButton(page)).toBeFocused();
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
  });

  test('the list is a named group for a screen reader, and axe finds no violations', async ({ page }) => {
    await attachWith(page, DIRTY);
    await cleanButton(page).click();
    const group = page.getByRole('group', { name: 'Fråga 6.1: 3 föreslagna ändringar' });
    await expect(group).toHaveAccessibleDescription('Kryssa ur de ändringar du inte vill ha.');
    await expect(group.getByRole('checkbox')).toHaveCount(3);
    // A checkbox's name says what changes, the removed part said as such.
    await expect(group.getByRole('checkbox').nth(2)).toHaveAccessibleName(/^Osynligt tecken.*ling.*tas bort: ◌.*i länet\./);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Genomför valda ändringar' }).click();
    await expect(page.getByRole('button', { name: 'Ångra rensningen' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('in English', async ({ page }) => {
    await attachWith(page, DIRTY, { lang: 'en' });
    await expect(cleanButton(page)).toHaveText('Clean up the text');
    await cleanButton(page).click();
    await expect(review(page).locator('legend')).toHaveText('Question 6.1: 3 proposed changes');
    await expect(review(page).locator('.formkoll-review__hint')).toHaveText('Untick the changes you do not want.');
    await expect(items(page).nth(0)).toContainText('Space inside a word');
    await expect(items(page).nth(1)).toContainText('Hyphenation from a PDF');
    await expect(items(page).nth(2)).toContainText('Invisible character');
    await expect(items(page).nth(2).locator('del')).toHaveText('removed: ◌');
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await page.getByRole('button', { name: 'Apply selected changes' }).click();
    await expect(page.locator('#a61')).toHaveValue('Arbetet för utveckling i länet.');
    await expect(page.locator('.formkoll-status')).toHaveText('The text of question 6.1 was cleaned up (3 changes).');
    await page.getByRole('button', { name: 'Undo clean-up' }).click();
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
    await expect(page.locator('.formkoll-status')).toHaveText('The clean-up of question 6.1 was undone.');
    expect(await axe(page)).toEqual([]);
  });

  test('detach() takes the review away and keeps the text', async ({ page }) => {
    await attachWith(page, DIRTY);
    await cleanButton(page).click();
    await expect(items(page)).toHaveCount(3);
    await page.evaluate(() => window.handle.detach());
    expect(await page.locator('[class*="formkoll"]').count()).toBe(0);
    await expect(page.locator('#a61')).toHaveValue(DIRTY);
  });
});

// Renders the README screenshots; runs only for `make screenshots`.
import { test, expect } from '@playwright/test';
import { openDemo, loadExample } from './helpers.mjs';

test.skip(!process.env.FORMKOLL_SCREENSHOTS, 'only for make screenshots');
test.use({ viewport: { width: 1200, height: 1500 }, deviceScaleFactor: 1 });

test('empty form', async ({ page }) => {
  await openDemo(page);
  await page.locator('#q-1-1').focus();
  await page.locator('#q-1-1').blur();
  await page.screenshot({ path: '../../docs/screenshot-empty.png' });
});

test('example report loaded', async ({ page }) => {
  await openDemo(page);
  await loadExample(page);
  await page.waitForTimeout(400);
  // The summary at the top, then section 2 going over budget.
  await page.locator('#load-example').blur();
  await page.screenshot({ path: '../../docs/screenshot-example.png' });
  // Section 2's last answer and its meter, over budget in colour and text.
  const over = page.locator('[data-formkoll-budget="2"] .formkoll-budget');
  await expect(over).toHaveClass(/formkoll-budget--over/);
  await page.setViewportSize({ width: 1200, height: 700 });
  await page.locator('#q-2-7').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('[data-formkoll-budget="2"]').scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: '../../docs/screenshot-budget.png' });
});

test('a blocked submit', async ({ page }) => {
  await openDemo(page);
  await loadExample(page);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.getByRole('button', { name: 'Skicka in redovisningen' }).click();
  await expect(page).toHaveTitle(/^Fel: /);
  await page.waitForTimeout(300);
  await page.screenshot({ path: '../../docs/screenshot-submit.png' });
});

test('the CMS page', async ({ page }) => {
  await page.goto('/www/cms.html');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  await page.click('#edit-example');
  await expect(page.locator('.formkoll-budget__label').nth(5)).toContainText('4');
  await page.locator('#edit-example').blur();
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.evaluate(() => document.querySelectorAll('.formkoll-budget')[1].scrollIntoView({ block: 'end' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: '../../docs/screenshot-cms.png' });
});

test('"Rensa texten" as a review', async ({ page }) => {
  await openDemo(page);
  // A pasted text with the damage a PDF copy leaves and an invisible character.
  const answer = page.locator('#q-1-1');
  await answer.fill('Regionen har arbetat fö r att stä rka samver- kan\u200b med kommunerna i länet.');
  const clean = page.locator('.formkoll-hygiene button[data-formkoll-clean="1.1"]');
  await expect(clean).toBeVisible();
  await clean.click();
  const review = page.locator('.formkoll-review');
  await expect(review.locator('input[type=checkbox]')).toHaveCount(4);
  await page.setViewportSize({ width: 1200, height: 800 });
  await review.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.formkoll-review').scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: '../../docs/screenshot-review.png' });
});

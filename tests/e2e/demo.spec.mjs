// The demo portal page: the 2024:99 form as plain HTML, enhanced by attach().
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { nb, openDemo, loadExample, meter, counterOf } from './helpers.mjs';
import { report, sv } from '../expected.mjs';

test.describe('when JavaScript is available', () => {
  test('the example report shows sections 2, 3 and 5 over budget with the exact numbers', async ({ page }) => {
    await openDemo(page);
    await loadExample(page);
    const labels = await page.locator('.formkoll-budget__label').allTextContents();
    // The expected values are the native CLI's check of the same report (tests/expected.mjs).
    const want = report();
    expect(labels).toEqual(want.labels);
    // Over budget in colour (a class) and in text, and only where it is over.
    for (const [i, over] of want.over.entries()) {
      const n = i + 1;
      if (over) await expect(meter(page, n)).toHaveClass(/formkoll-budget--over/);
      else await expect(meter(page, n)).not.toHaveClass(/formkoll-budget--over/);
    }
    await expect(counterOf(page, 'q-2-1')).toHaveClass(/formkoll-count--over/);
    await expect(counterOf(page, 'q-2-1')).toContainText(`Du har ${sv(want.limits[1].overBy)} tecken för mycket`);
    // The summary lists the three budget errors as links to each section's
    // largest answer (a budget is fixed by shortening).
    const errors = page.locator('.formkoll-error-summary a');
    await expect(errors).toHaveText(want.errors);
    const hrefs = await errors.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h.slice(0, 5))).toEqual(['#q-2-', '#q-3-', '#q-5-']);
    await errors.first().click();
    const largest = await page.evaluate(() => [...document.querySelectorAll('[data-formkoll-question^="2."]')]
      .reduce((a, b) => (b.value.length > a.value.length ? b : a)).id);
    await expect(page.locator(`#${largest}`)).toBeFocused();
    // result() is the same object as the check of the same report.
    const same = await page.evaluate(async () => {
      const { Rules } = await import('../pkg/formkoll.js');
      const report = await (await fetch('../tests/fixtures/jamtland-2024.json')).json();
      const expected = Rules.default().check(report);
      const got = window.formkollDemo.handle.result();
      return { expected: JSON.stringify(expected), got: JSON.stringify(got), score: got.score };
    });
    expect(same.got).toBe(same.expected);
    expect(same.score).toBe(want.score);
    await expect(page.locator('.formkoll-score__label')).toHaveText(want.scoreLabel);
    await expect(page.locator('.formkoll-score__bar')).toHaveAttribute('value', String(same.score));
  });

  test('typing updates the counter, the section budget and the score', async ({ page }) => {
    await openDemo(page);
    await expect(meter(page, 6).locator('.formkoll-budget__label')).toHaveText(nb('Avsnitt 6: 0 av 5 000 tecken — 5 000 kvar'));
    const before = await page.locator('.formkoll-score__label').textContent();
    // å, ä, ö, an emoji with a skin tone and a combining accent: 13 characters as seen.
    await page.locator('#q-6-1').pressSequentially('Hej å ä ö 👍🏽 e\u0301');
    await expect(counterOf(page, 'q-6-1').locator('.formkoll-count__share')).toHaveText(nb('13 tecken av avsnittets 5 000'));
    await expect(counterOf(page, 'q-6-1').locator('.formkoll-count__remaining')).toHaveText(nb('Du har 4 987 tecken kvar'));
    await expect(meter(page, 6).locator('.formkoll-budget__label')).toHaveText(nb('Avsnitt 6: 13 av 5 000 tecken — 4 987 kvar'));
    await expect(meter(page, 6).locator('.formkoll-budget__share').first()).toHaveText('Fråga 6.1: 13 tecken');
    await expect(page.locator('.formkoll-score__label')).not.toHaveText(before);
    // The visible count is hidden from screen readers; the textarea is described.
    await expect(counterOf(page, 'q-6-1').locator('.formkoll-count__visible')).toHaveAttribute('aria-hidden', 'true');
    const describedBy = await page.locator('#q-6-1').getAttribute('aria-describedby');
    const description = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent).join(' | '), describedBy);
    expect(description).toContain(nb('Svaren i Avsnitt 6 får tillsammans ha högst 5 000 tecken.'));
  });

  test('a 24 000-character paste is kept whole and maxlength is removed', async ({ page }) => {
    await openDemo(page);
    // The portal's own markup had a hard maxlength on 2.1.
    const raw = await (await page.request.get('/www/index.html')).text();
    expect(raw).toMatch(/id="q-2-1"[^>]*maxlength="15000"/);
    await expect(page.locator('#q-2-1')).not.toHaveAttribute('maxlength', /.*/);
    const text = 'Kompetensförsörjning i länet, år för år. '.repeat(600).slice(0, 24000);
    expect(text.length).toBe(24000);
    await page.locator('#q-2-1').focus();
    await page.keyboard.insertText(text);
    const value = await page.locator('#q-2-1').inputValue();
    expect(value.length).toBe(24000);
    expect(value).toBe(text);
    await expect(counterOf(page, 'q-2-1')).toContainText(nb('24 000 tecken av avsnittets 15 000'));
    await expect(counterOf(page, 'q-2-1')).toContainText(nb('Du har 9 000 tecken för mycket'));
    await expect(meter(page, 2).locator('.formkoll-budget__label')).toHaveText(nb('Avsnitt 2: 24 000 av 15 000 tecken — 9 000 för mycket'));
    expect(await page.locator('textarea[maxlength]').count()).toBe(0);
  });

  test('Nej without text shows the error, and the summary link focuses the field', async ({ page }) => {
    await openDemo(page);
    const textarea = page.locator('#q-5-1a');
    await expect(textarea).not.toHaveAttribute('aria-invalid', /.*/);
    await page.locator('label[for="q-5-1a-nej"]').click();
    const message = 'Fråga 5.1a: du har svarat Nej. Om nej, beskriv varför anslaget inte har bidragit till att nå målen.';
    const error = page.locator('.formkoll-error-message:not([hidden])');
    await expect(error).toHaveText(`Fel: ${message}`);
    await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    const errorId = await error.getAttribute('id');
    await expect(textarea).toHaveAttribute('aria-describedby', new RegExp(`\\b${errorId}\\b`));
    await expect(page.locator('.formkoll-choice-status').first()).toContainText('Beskrivning krävs för det valda alternativet.');
    const link = page.locator('.formkoll-error-summary a', { hasText: message });
    await expect(link).toHaveAttribute('href', '#q-5-1a');
    await link.click();
    await expect(textarea).toBeFocused();
    // As in GOV.UK's error summary, the question's label is scrolled into view too.
    await expect(page.locator('label[for="q-5-1a"]')).toBeInViewport();
    // Writing the explanation takes the error away.
    await page.keyboard.type('Målen i strategin var inte relevanta för anslaget.');
    await expect(textarea).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(page.locator('.formkoll-error-message:not([hidden])')).toHaveCount(0);
    await expect(page.locator('.formkoll-error-summary a', { hasText: message })).toHaveCount(0);
  });

  test('the screen-reader live region updates only after a pause', async ({ page }) => {
    await openDemo(page);
    const live = counterOf(page, 'q-6-1').locator('[aria-live="polite"]');
    await expect(live).toHaveClass(/formkoll-visually-hidden/);
    await expect(live).toHaveText('');
    await page.locator('#q-6-1').pressSequentially('abc');
    // Right after typing: the live region did not move, the visible count did.
    expect(await live.textContent()).toBe('');
    await expect(counterOf(page, 'q-6-1').locator('.formkoll-count__share')).toHaveText(nb('3 tecken av avsnittets 5 000'));
    await page.waitForTimeout(1500);
    expect(await live.textContent()).toBe(nb('Du har 4 997 tecken kvar. 3 tecken av avsnittets 5 000.'));
    // Typing again: unchanged at once, updated after the pause.
    await page.locator('#q-6-1').pressSequentially('de');
    expect(await live.textContent()).toBe(nb('Du har 4 997 tecken kvar. 3 tecken av avsnittets 5 000.'));
    await page.waitForTimeout(1500);
    expect(await live.textContent()).toBe(nb('Du har 4 995 tecken kvar. 5 tecken av avsnittets 5 000.'));
  });

  test('the English switch changes every formkoll message and keeps the text', async ({ page }) => {
    await openDemo(page);
    await page.locator('#q-1-1').fill('Vi har samverkat med länets kommuner.');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#q-1-1')).toHaveValue('Vi har samverkat med länets kommuner.');
    await expect(meter(page, 1).locator('.formkoll-budget__label')).toHaveText('Section 1: 37 of 11,000 characters — 10,963 remaining');
    await expect(counterOf(page, 'q-1-1')).toContainText('37 characters of the section\'s 11,000');
    await expect(page.locator('.formkoll-summary__heading')).toHaveText('Report check');
    await expect(page.locator('.formkoll-score__label')).toContainText('Completeness:');
    // One summary, one counter per field: the old ones were detached.
    await expect(page.locator('.formkoll-summary')).toHaveCount(1);
    await expect(page.locator('.formkoll-count')).toHaveCount(31);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(meter(page, 1).locator('.formkoll-budget__label')).toHaveText(nb('Avsnitt 1: 37 av 11 000 tecken — 10 963 kvar'));
  });

  test('axe-core finds no WCAG 2.1 A/AA violations with the example loaded', async ({ page }) => {
    await openDemo(page);
    await loadExample(page);
    await page.locator('label[for="q-5-1d-nej"]').click();
    await page.waitForTimeout(400);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    // And in English, with an explanation error showing.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#q-5-1d').fill('');
    await page.waitForTimeout(400);
    const en = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(en.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('when the module fails to load', () => {
  test('the form still works as plain HTML', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/pkg/formkoll_bg.wasm', (route) => route.abort());
    await page.goto('/www/index.html');
    await page.locator('#q-2-1').fill('Text utan formkoll.');
    await expect(page.locator('#q-2-1')).toHaveValue('Text utan formkoll.');
    await expect(page.locator('.formkoll-summary')).toHaveCount(0);
    await expect(page.locator('#load-example')).toBeHidden();
    await expect(page.locator('html')).not.toHaveAttribute('data-formkoll', /.*/);
    // The failure was caught by the page, not left as an uncaught error.
    expect(errors).toEqual([]);
  });
});

test.describe('when JavaScript is unavailable', () => {
  test.use({ javaScriptEnabled: false });

  test('the form is a plain working form', async ({ page }) => {
    await page.goto('/www/index.html');
    await expect(page.locator('textarea[data-formkoll-question]')).toHaveCount(31);
    await expect(page.locator('input[type="radio"][data-formkoll-choice]')).toHaveCount(9);
    await expect(page.locator('.formkoll-summary')).toHaveCount(0);
    await expect(page.locator('#load-example')).toBeHidden();
    await page.locator('#q-1-1').fill('Text utan JavaScript.');
    await expect(page.locator('#q-1-1')).toHaveValue('Text utan JavaScript.');
  });
});

// The second template's page (issue 24 item 4): www/lagesrapport.html, a
// plain form enhanced with attach(form, { rules: Rules.fromJson(text) }) —
// a per-question limit inside a section limit, a Ja/Delvis/Nej choice, line
// breaks counted as 2 — under the strict CSP, accessible.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watch } from './helpers.mjs';
import { sv } from '../expected.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TEMPLATE = JSON.parse(readFileSync(new URL('../../templates/lagesrapport-projekt.json', import.meta.url), 'utf8'));
const limit = (id) => TEMPLATE.limits.find((l) => l.id === id).max;

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(page) {
  await page.goto('/www/lagesrapport.html');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
}

const sectionLabel = (page) => page.locator('[data-formkoll-budget="A"] .formkoll-budget__label');
const questionLabel = (page) => page.locator('[data-formkoll-budget="question-A2"] .formkoll-budget__label');

test('loads with no console errors, no CSP violations, no foreign requests, and axe finds nothing', async ({ page, baseURL }) => {
  const seen = await watch(page, baseURL);
  const response = await page.goto('/www/lagesrapport.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  // The template's own limits, not 2024:99's: its A section and A2's own limit.
  await expect(sectionLabel(page)).toContainText(`av ${sv(limit('section-A'))} tecken`);
  await expect(questionLabel(page)).toContainText(`av ${sv(limit('question-A2'))} tecken`);
  expect(await axe(page)).toEqual([]);
  await page.click('#load-example');
  await expect(questionLabel(page)).toContainText('för mycket');
  expect(await axe(page)).toEqual([]);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveTitle(/^Fel: /);
  expect(await axe(page)).toEqual([]);
  expect(await seen.violations()).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
});

test('typing in A2 updates its own limit and the section limit, a line break counting 2', async ({ page }) => {
  await open(page);
  await page.fill('#q-a1', 'Tolv workshoppar.'); // 17
  const a2 = 'Första stycket.\n\nAndra stycket.'; // 31 characters, 2 of them line breaks
  await page.fill('#q-a2', a2);
  const a2Count = [...a2].length + (a2.match(/\n/g) ?? []).length; // 33 with line breaks as 2
  await expect(questionLabel(page)).toContainText(`${a2Count} av ${sv(limit('question-A2'))} tecken`);
  await expect(sectionLabel(page)).toContainText(`${17 + a2Count} av ${sv(limit('section-A'))} tecken`);
  // The counter under A2 shows its share of the section.
  await expect(page.locator('#q-a2 + .formkoll-count')).toContainText(`${a2Count} tecken av avsnittets`);
  // Over A2's own limit while the section still has room.
  const long = 'x'.repeat(limit('question-A2') - 1) + '\n'; // 1 501 with the line break as 2
  await page.fill('#q-a2', long);
  await expect(questionLabel(page)).toContainText(`${sv(limit('question-A2') + 1)} av ${sv(limit('question-A2'))} tecken`);
  await expect(page.locator('[data-formkoll-budget="question-A2"] .formkoll-budget')).toHaveClass(/formkoll-budget--over/);
  await expect(page.locator('[data-formkoll-budget="A"] .formkoll-budget')).not.toHaveClass(/formkoll-budget--over/);
});

test('Delvis needs an explanation: submit shows it in the error summary, Ja does not', async ({ page }) => {
  await open(page);
  await page.check('#q-a3-delvis');
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveTitle(/^Fel: /);
  const summary = page.locator('.formkoll-error-summary');
  await expect(summary).toContainText('Fråga A3: du har svarat Delvis.');
  await expect(summary).toContainText('Om delvis, beskriv vilka delar som är försenade och varför.');
  await expect(page.locator('#q-a3')).toHaveAttribute('aria-invalid', 'true');
  // Ja asks for no explanation: that error goes away.
  await page.check('#q-a3-ja');
  await page.locator('button[type="submit"]').click();
  await expect(page.locator('.formkoll-error-summary')).not.toContainText('Fråga A3: du har svarat');
});

test("the template's own indicators check fires in the browser and is satisfied by a word of its vocabulary", async ({ page }) => {
  await open(page);
  const message = 'Fråga A2: ange vilka indikatorer ni följer upp.';
  const codes = () => page.evaluate(() => window.lagesrapport.handle.result().findings
    .filter((f) => f.question === 'A2').map((f) => f.code));
  await page.fill('#q-a2', 'Vi följer upp resultaten med en enkät till företagen.');
  await expect(page.locator('.formkoll-summary')).toContainText(message);
  expect(await codes()).toContain('instruction.indicators');
  // "indikator*" is in the template's `indicators` vocabulary.
  await page.fill('#q-a2', 'Vi följer upp resultaten med en enkät och två indikatorer: antal företag och nya kunder.');
  await expect(page.locator('.formkoll-summary')).not.toContainText(message);
  expect(await codes()).not.toContain('instruction.indicators');
});

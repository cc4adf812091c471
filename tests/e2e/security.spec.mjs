// Security: strict CSP with zero violations, no other origins, and an XSS
// corpus in template strings and answers that renders as text only.
import { test, expect } from '@playwright/test';
import { openFixture, loadExample, watch } from './helpers.mjs';

const CORPUS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  "javascript:window.__xss=(window.__xss||0)+1",
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '<a href="javascript:window.__xss=1">x</a>&lt;b&gt;',
];

test('the demo works under the strict CSP header with zero violations, errors or foreign requests', async ({ page, baseURL }) => {
  const seen = await watch(page, baseURL);
  const response = await page.goto('/www/index.html');
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("style-src 'self'");
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
  await loadExample(page);
  await page.locator('#q-6-3').pressSequentially(' Mer text.');
  await page.locator('label[for="q-5-1d-nej"]').click();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Svenska' }).click();
  await page.locator('.formkoll-error-summary a').first().click();
  await page.waitForTimeout(1500);
  expect(await seen.violations()).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
  // The module, the wasm and the example really were fetched (from this origin).
  expect(seen.requests.some((u) => u.endsWith('/pkg/formkoll_bg.wasm'))).toBe(true);
  expect(seen.requests.some((u) => u.endsWith('/jamtland-2024.json'))).toBe(true);
  // The only styles formkoll sets itself are the visually-hidden ones, through
  // CSSOM (element.style), which style-src 'self' allows (zero violations above).
  expect(await page.locator('.formkoll-visually-hidden[style]').count()).toBeGreaterThan(0);
  expect(await page.locator('[class*="formkoll"]:not(.formkoll-visually-hidden)[style], [class*="formkoll"] :not(.formkoll-visually-hidden)[style]').count()).toBe(0);
});

test('an XSS corpus in template texts, labels, ids and answers renders as text', async ({ page, baseURL }) => {
  const seen = await watch(page, baseURL);
  await openFixture(page, 'basic');
  const tags = 'img, script, svg, iframe, a:not(.formkoll-link), b, object, embed';
  const before = await page.locator(`#form :is(${tags})`).count();
  const shown = await page.evaluate(async (corpus) => {
    const { Rules } = window.formkoll;
    const t = Rules.default().template();
    const bad = (i) => corpus[i % corpus.length];
    // Question texts, stems, footnotes, choice labels and prompts, section
    // titles, limit texts and the title all carry the corpus.
    t.title = bad(0);
    t.sections.forEach((s, i) => { s.title = bad(i); });
    t.questions.forEach((q, i) => {
      q.text = bad(i);
      if (q.footnote) q.footnote = bad(i + 1);
      if (q.stem) q.stem = bad(i + 2);
      for (const c of q.choices ?? []) { c.label = { sv: bad(i + 3), en: bad(i + 4) }; if (c.prompt) c.prompt = { sv: bad(i + 5), en: bad(i + 6) }; }
    });
    t.limits.forEach((l, i) => { l.text = bad(i); });
    // A question id carries markup too (it shows in every message about it).
    const evilId = '6.3<img src=x onerror="window.__xss=1">';
    t.questions.find((q) => q.id === '6.3').id = evilId;
    for (const l of t.limits) l.questions = l.questions.map((q) => (q === '6.3' ? evilId : q));
    for (const ins of t.instructions) ins.questions = ins.questions.map((q) => (q === '6.3' ? evilId : q));
    document.getElementById('a63').setAttribute('data-formkoll-question', evilId);
    const rules = Rules.fromJson(JSON.stringify(t));
    window.xssRules = rules;
    window.handle = window.formkoll.attach(document.getElementById('form'), { rules, draftKey: 'xss' });
    const nej = t.questions.find((q) => q.id === '5.1a').choices.find((c) => c.id === 'nej');
    return { evilId, label: nej.label.sv, prompt: nej.prompt.sv };
  }, CORPUS);
  // Answers carry the corpus; a choice whose explanation is missing puts the
  // label and the prompt into an error message.
  await page.locator('#a61').fill(CORPUS.join('\n'));
  await page.locator('#a63').fill(CORPUS[0] + '\u200b');
  await page.locator('label[for="c-nej"]').click();
  await page.waitForTimeout(600);
  const error = page.locator('.formkoll-error-message:not([hidden])');
  await expect(error).toHaveText(`Fel: Fråga 5.1a: du har svarat ${shown.label}. ${shown.prompt}`);
  await expect(page.locator('.formkoll-summary')).toContainText(`Fråga ${shown.evilId}`);
  await expect(page.locator('.formkoll-hygiene button')).toHaveCount(1);
  // A draft with the corpus restores as text too.
  await page.waitForTimeout(600);
  await page.evaluate(() => {
    window.handle.detach();
    for (const id of ['a61', 'a63']) document.getElementById(id).value = '';
    window.handle = window.formkoll.attach(document.getElementById('form'), { rules: window.xssRules, draftKey: 'xss' });
  });
  await expect(page.locator('#a61')).toHaveValue(CORPUS.join('\n'));
  await expect(page.locator('.formkoll-notice')).toContainText('återställts i 2 fält');
  expect(await page.locator(`#form :is(${tags})`).count()).toBe(before);
  expect(await page.locator(`.formkoll-summary :is(${tags})`).count()).toBe(0);
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await seen.violations()).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.foreignRequests).toEqual([]);
});

for (const [path, example] of [['/www/cms.html', '#edit-example'], ['/www/steg.html?steg=5', '#step-example'], ['/www/lagesrapport.html', '#load-example']]) {
  test(`${path} works under the strict CSP with zero violations, errors or foreign requests`, async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL);
    const response = await page.goto(path);
    expect(response.headers()['content-security-policy']).toContain("style-src 'self'");
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    // steg.html's example button stores the report and reloads the page: wait
    // for the reload, or the submit below may go to the page being replaced
    // (its "Fel: " title then gives way to the new page's own title).
    const reloaded = path.startsWith('/www/steg.html') ? page.waitForEvent('load') : null;
    await page.click(example);
    if (reloaded) await reloaded;
    await expect(page.locator('.formkoll-budget__label').first()).toContainText('av');
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    await page.locator('button[type="submit"]').click();
    await expect(page).toHaveTitle(/^Fel: /);
    await page.waitForTimeout(600);
    expect(await seen.violations()).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(seen.requests.some((u) => u.endsWith('/pkg/formkoll.css'))).toBe(true);
  });
}

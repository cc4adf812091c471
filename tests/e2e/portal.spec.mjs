// attach() on portal forms as they are (issue 9): a CMS form through
// `fields`, a page without formkoll's CSS, submit in GOV.UK's error-summary
// pattern, multi-step pages, events, initAll and coded errors.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { nb, openDemo, openFixture, loadExample, watch } from './helpers.mjs';
import { report, sv } from '../expected.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Records, for every submit, whether it was stopped. Call it after attach:
 * formkoll listens in the capture phase, and this listener (also capture,
 * added later) runs right after it, before the page's own handlers.
 */
async function recordSubmits(page, formSelector) {
  await page.evaluate((sel) => {
    window.__submits = [];
    window.__invalid = 0;
    const form = document.querySelector(sel);
    form.addEventListener('formkoll:invalid', () => { window.__invalid += 1; });
    form.addEventListener('submit', (e) => {
      window.__submits.push(e.defaultPrevented ? 'stopped' : 'sent');
      e.preventDefault(); // the test page never navigates
    }, { capture: true });
  }, formSelector);
  return () => page.evaluate(() => ({ submits: window.__submits, invalid: window.__invalid }));
}

async function openCms(page) {
  await page.goto('/www/cms.html');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
}

async function loadCmsExample(page) {
  await page.click('#edit-example');
  await expect(page.locator('.formkoll-budget__label').nth(5)).toContainText(sv(report().counts[5]));
}

/** Shortens the largest answer of each section over budget until none is. */
async function trimUnderBudget(page) {
  const over = await page.evaluate(() => window.formkollDemo.handle.result().limits.filter((l) => l.over_by > 0)
    .map((l) => ({ q: l.questions, over: l.over_by })));
  expect(over.length).toBe(3);
  for (const { q, over: by } of over) {
    const sizes = await page.evaluate((ids) => ids.map((id) => document.querySelector(`[data-formkoll-question="${id}"]`).value.length), q);
    const id = q[sizes.indexOf(Math.max(...sizes))];
    const field = page.locator(`[data-formkoll-question="${id}"]`);
    const text = await field.inputValue();
    await field.fill(text.slice(0, text.length - by - 50));
  }
}

test.describe('a CMS form enhanced through fields', () => {
  test('shows the real report\'s section 2 at 15 775 of 15 000, with no formkoll markup', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL);
    const raw = await (await page.request.get('/www/cms.html')).text();
    expect(raw).not.toMatch(/data-formkoll/);
    expect(raw).toContain('href="../pkg/formkoll.css"');
    await openCms(page);
    await loadCmsExample(page);
    const labels = page.locator('.formkoll-budget__label');
    await expect(labels.nth(1)).toHaveText(report().labels[1]);
    await expect(page.locator('#fld-4711 + .formkoll-count')).toContainText(`Du har ${sv(report().limits[1].overBy)} tecken för mycket`);
    // The numeric radio values are the template's options: 5.1d "3" is "ej_aktuellt".
    const result = await page.evaluate(() => window.cms.handle.result());
    const expected = await page.evaluate(async () => {
      const { Rules } = await import('../pkg/formkoll.js');
      return Rules.default().check(await (await fetch('../tests/fixtures/jamtland-2024.json')).json());
    });
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
    // The CMS's own fields are left alone.
    await expect(page.locator('#fld-102 + .formkoll-count')).toHaveCount(0);
    expect(await seen.violations()).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
  });

  test('axe-core finds no violations with the example loaded and after a blocked submit', async ({ page }) => {
    await openCms(page);
    await loadCmsExample(page);
    expect(await axe(page)).toEqual([]);
    await page.click('#edit-submit');
    await expect(page).toHaveTitle(/^Fel: /);
    await expect(page.locator('#fld-4711')).toHaveAttribute('aria-invalid', 'true');
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('without formkoll.css', () => {
  test('live regions are clipped to 1 px, no count shows twice, over budget reads as text', async ({ page }) => {
    await openFixture(page, 'bare');
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(0);
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), {
        fields: { '6.1': '#f1', '6.2': '#f2', '6.3': '#f3', '5.1a': { text: '#f4', choice: '[name="val_51a"]' } },
        choices: { '5.1a': { ja: '1', nej: '2' } },
      });
    });
    await page.locator('#f1').pressSequentially('Tio tecken');
    await page.waitForTimeout(1300); // the live region speaks after a pause
    const boxes = await page.evaluate(() => [...document.querySelectorAll('[aria-live], .formkoll-visually-hidden')]
      .map((el) => { const r = el.getBoundingClientRect(); return { w: r.width, h: r.height, text: el.textContent }; }));
    expect(boxes.length).toBeGreaterThanOrEqual(8);
    for (const b of boxes) {
      expect(b.w).toBeLessThanOrEqual(1);
      expect(b.h).toBeLessThanOrEqual(1);
    }
    const message = nb('Du har 4 990 tecken kvar');
    // The live region does say it (hidden), and each counter shows it exactly once.
    expect(boxes.some((b) => b.text.includes(message))).toBe(true);
    const visible = await page.evaluate((m) => [...document.querySelectorAll('.formkoll-count')].map((counter) =>
      [...counter.querySelectorAll('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.includes(m)))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; }).length), message);
    expect(visible).toEqual([1, 1, 1, 0]);
    const text = await page.locator('#form').innerText();
    expect(text).toContain(nb('10 tecken av avsnittets 5 000\nDu har 4 990 tecken kvar'));
    // Over budget without any colour: the words say it.
    await page.locator('#f2').fill('x'.repeat(5100));
    await expect(page.locator('#f2 + .formkoll-count')).toContainText(nb('Du har 110 tecken för mycket'));
    await expect(page.locator('.formkoll-budget__label').first()).toBeVisible();
  });
});

test('the CMS page without formkoll.css: hidden stays hidden, no count shows twice', async ({ page }) => {
  await page.route('**/pkg/formkoll.css', (route) => route.abort());
  await openCms(page);
  // The page's own cms.css is there; formkoll's rules are not.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.formkoll-summary') ?? document.body).borderTopStyle)).toBe('none');
  await loadCmsExample(page);
  await page.locator('#fld-4871').press('End');
  await page.locator('#fld-4871').pressSequentially(' Mer.');
  await page.waitForTimeout(1300);
  const hidden = await page.evaluate(() => [...document.querySelectorAll('[aria-live], .formkoll-visually-hidden')]
    .map((el) => { const r = el.getBoundingClientRect(); return Math.max(r.width, r.height); }));
  expect(hidden.length).toBe(62);
  expect(Math.max(...hidden)).toBeLessThanOrEqual(1);
  // Every counter shows its numbers once; what the live region says stays off screen.
  const twice = await page.evaluate(() => [...document.querySelectorAll('.formkoll-count')].filter((c) => {
    const shown = [...c.querySelectorAll('*')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1; })
      .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent));
    const share = c.querySelector('.formkoll-count__share').textContent;
    return share === '' || shown.filter((t) => t.includes(share)).length !== 1;
  }).length);
  // The live region of the field just typed in says the count too, hidden.
  await expect(page.locator('#fld-4871 + .formkoll-count [aria-live]')).toContainText('tecken av avsnittets');
  expect(twice).toBe(0);
  await expect(page.locator('#fld-4711 + .formkoll-count')).toContainText(`Du har ${sv(report().limits[1].overBy)} tecken för mycket`);
});

test.describe('submit', () => {
  test('the real report is stopped GOV.UK-style, and goes through once under budget', async ({ page }) => {
    await openDemo(page);
    const title = await page.title();
    await loadExample(page);
    const log = await recordSubmits(page, '#report');
    await page.getByRole('button', { name: 'Skicka in redovisningen' }).click();
    expect(await log()).toEqual({ submits: ['stopped'], invalid: 1 });
    await expect(page).toHaveTitle(`Fel: ${title}`);
    // Focus is in the summary, on the error list.
    const focused = await page.evaluate(() => document.activeElement.closest('.formkoll-summary') !== null
      && document.activeElement.classList.contains('formkoll-error-summary'));
    expect(focused).toBe(true);
    await expect(page.locator('#submit-status')).toHaveText('');
    // A budget's link focuses the section's largest answer.
    const link = page.locator('.formkoll-error-summary a', { hasText: 'Avsnitt 2' });
    const sizes = await page.evaluate(() => [1, 2, 3, 4, 5, 6, 7].map((n) => document.getElementById(`q-2-${n}`).value.length));
    const largest = `q-2-${sizes.indexOf(Math.max(...sizes)) + 1}`;
    await expect(link).toHaveAttribute('href', `#${largest}`);
    await link.click();
    await expect(page.locator(`#${largest}`)).toBeFocused();
    // Every field with text in an over-budget section is invalid, with its inline error.
    const field = page.locator('#q-2-1');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const ids = (await field.getAttribute('aria-describedby')).split(' ');
    const errorText = await page.evaluate((list) => list.map((id) => document.getElementById(id).textContent).join(' | '), ids);
    expect(errorText).toContain(`Fel: ${report().errors[0]}`);
    await expect(page.locator('#q-1-1')).not.toHaveAttribute('aria-invalid', /.*/);
    // Trimmed under budget: the errors and the title prefix go, the submit goes through.
    await trimUnderBudget(page);
    await expect(page.locator('.formkoll-field-error:not([hidden])')).toHaveCount(0);
    await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(page).toHaveTitle(title);
    await page.getByRole('button', { name: 'Skicka in redovisningen' }).click();
    expect((await log()).submits).toEqual(['stopped', 'sent']);
    await expect(page).toHaveTitle(title);
  });

  test('axe-core finds no violations on the demo after a blocked submit, in Swedish and English', async ({ page }) => {
    await openDemo(page);
    await loadExample(page);
    await page.getByRole('button', { name: 'Skicka in redovisningen' }).click();
    await expect(page).toHaveTitle(/^Fel: /);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await expect(page).toHaveTitle(/^Error: /);
    expect(await axe(page)).toEqual([]);
  });

  test("submit: 'warn' shows the errors and lets the submission go; 'off' leaves it alone", async ({ page }) => {
    await openFixture(page, 'bare');
    const title = await page.title();
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1', '6.2': '#f2' }, submit: 'warn' });
    });
    const log = await recordSubmits(page, '#form');
    await page.getByRole('button', { name: 'Skicka' }).click();
    expect(await log()).toEqual({ submits: ['sent'], invalid: 0 });
    await expect(page).toHaveTitle(`Fel: ${title}`);
    await expect(page.locator('#f1')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.formkoll-error-summary')).toBeFocused();
    await page.evaluate(() => {
      window.handle.detach();
      window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1' }, submit: 'off' });
    });
    await expect(page).toHaveTitle(title);
    await page.getByRole('button', { name: 'Skicka' }).click();
    expect((await log()).submits).toEqual(['sent', 'sent']);
    await expect(page).toHaveTitle(title);
    await expect(page.locator('[aria-invalid]')).toHaveCount(0);
  });

  test('a form submitted with no errors is not touched', async ({ page }) => {
    await openFixture(page, 'bare');
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1' }, scope: 'form' });
    });
    const log = await recordSubmits(page, '#form');
    await page.locator('#f1').fill('Vi har tagit tillvara utvärderingar.');
    await expect(page.locator('.formkoll-summary__ok')).toBeVisible();
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.getByRole('button', { name: 'Skicka' }).click();
    expect(await log()).toEqual({ submits: ['sent'], invalid: 0 });
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  });

  test('detach() removes the submit handling, inline errors and title prefix, and restores maxlength', async ({ page }) => {
    await openFixture(page, 'bare');
    const title = await page.title();
    const before = await page.evaluate(() => document.getElementById('form').outerHTML);
    await page.evaluate(() => {
      window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1', '6.2': '#f2' } });
    });
    const log = await recordSubmits(page, '#form');
    await expect(page.locator('#f1')).not.toHaveAttribute('maxlength', /.*/);
    await page.getByRole('button', { name: 'Skicka' }).click();
    await expect(page.locator('.formkoll-field-error:not([hidden])')).toHaveCount(2);
    await expect(page).toHaveTitle(`Fel: ${title}`);
    await page.evaluate(() => window.handle.detach());
    await expect(page).toHaveTitle(title);
    expect(await page.evaluate(() => document.getElementById('form').outerHTML)).toBe(before);
    await expect(page.locator('#f1')).toHaveAttribute('maxlength', '5000');
    await page.getByRole('button', { name: 'Skicka' }).click();
    expect((await log()).submits).toEqual(['stopped', 'sent']);
    await expect(page).toHaveTitle(title);
  });
});

test.describe('multi-step forms', () => {
  test("a step page with scope: 'form' lists no error for questions on other steps", async ({ page }) => {
    await page.goto('/www/steg.html?steg=2');
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    const raw = await (await page.request.get('/www/steg.html')).text();
    expect(raw).not.toMatch(/data-formkoll/);
    // Only step 2 is on the page; nothing is written yet: 6 required answers missing.
    await expect(page.locator('textarea')).toHaveCount(7);
    await expect(page.locator('.formkoll-scope')).toHaveText('Bara de 7 frågorna i det här formuläret kontrolleras (av redovisningens 31).');
    const r = await page.evaluate(() => window.steg.handle.result());
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.question)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    // With the whole report saved, step 2 shows section 2 over budget and nothing else.
    await page.click('#step-example');
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    await expect(page.locator('.formkoll-budget__label')).toHaveText(report().labels[1]);
    const errors = page.locator('.formkoll-error-summary li');
    await expect(errors).toHaveText([report().errors[0]]);
    const after = await page.evaluate(() => window.steg.handle.result());
    expect(after.questions.map((q) => q.id)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(after.findings.every((f) => f.question?.startsWith('2.') || f.section === '2')).toBe(true);
    // The report's other answers were context only: nothing was written into this page.
    await expect(page.locator('textarea[name="svar-1.1"]')).toHaveCount(0);
    // A step under budget submits and moves on.
    await page.goto('/www/steg.html?steg=1');
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    await expect(page.locator('.formkoll-error-summary')).toHaveCount(0);
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(page).toHaveURL(/steg=2$/);
  });

  test('a section budget includes the answers passed as report', async ({ page }) => {
    await openFixture(page, 'bare');
    const before = await page.evaluate(() => document.body.innerHTML);
    const label = await page.evaluate(() => {
      const report = { template: 'resultatredovisning-2024-99', answers: { '5.2': 'a'.repeat(7990), '5.3': 'b'.repeat(20), '1.1': 'Tidigare steg.' } };
      window.handle = window.formkoll.attach(document.getElementById('form'), {
        fields: { '5.1a': { text: document.getElementById('f4'), choice: document.querySelectorAll('[name="val_51a"]') } },
        choices: { '5.1a': { ja: '1', nej: '2' } },
        scope: 'form',
        report: JSON.stringify(report),
      });
      return document.querySelector('.formkoll-budget__label').textContent;
    });
    expect(label).toBe(nb('Avsnitt 5: 8 010 av 8 000 tecken — 10 för mycket'));
    await page.locator('label[for="r1"]').click();
    await page.locator('#f4').fill('Tjugo tecken i svar.');
    await expect(page.locator('.formkoll-budget__label')).toHaveText(nb('Avsnitt 5: 8 030 av 8 000 tecken — 30 för mycket'));
    const r = await page.evaluate(() => window.handle.result());
    expect(r.questions.map((q) => q.id)).toEqual(['5.1a']);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['limit.exceeded']);
    expect(r.findings.every((f) => f.question === '5.1a' || f.section === '5')).toBe(true);
    // The report's answers were never written into the page.
    await page.evaluate(() => window.handle.detach());
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await expect(page.locator('#f4')).toHaveValue('Tjugo tecken i svar.');
  });

  test('axe-core finds no violations on a step page, loaded and after a blocked submit', async ({ page }) => {
    await page.goto('/www/steg.html?steg=2');
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    await page.click('#step-example');
    await expect(page.locator('.formkoll-budget__label')).toContainText(sv(report().counts[1]));
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(page).toHaveTitle(/^Fel: /);
    await expect(page).toHaveURL(/steg=2$/);
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('coded errors from fields leave the page untouched', () => {
  for (const [name, fields, code, path] of [
    ['a selector that matches nothing', { '2.1': '#fld-4711' }, 'fields.not_found', 'fields.2.1'],
    ['a choice selector that matches nothing', { '5.1a': { text: '#f4', choice: '[name="nope"]' } }, 'fields.not_found', 'fields.5.1a'],
    ['the wrong kind of element', { '6.1': '#other' }, 'markup.invalid', 'fields.6.1'],
    ['radios that are not radios', { '5.1a': { text: '#f4', choice: '#f1' } }, 'markup.invalid', 'fields.5.1a'],
    ['a question the template lacks', { '9.9': '#f1' }, 'question.unknown', 'fields.9.9'],
    ['one textarea for two questions', { '6.1': '#f1', '6.2': '#f1' }, 'markup.invalid', 'fields.6.2'],
  ]) {
    test(`${name}: ${code} at ${path}`, async ({ page }) => {
      await openFixture(page, 'bare');
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const err = await page.evaluate((f) => {
        try {
          window.formkoll.attach(document.getElementById('form'), { fields: f });
          return null;
        } catch (e) {
          return { code: e.code, path: e.path, message: e.message, isError: e instanceof Error };
        }
      }, fields);
      expect(err).toMatchObject({ code, path, isError: true });
      expect(err.message).toContain(code);
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
      // And the form can still be enhanced afterwards.
      await page.evaluate(() => window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1' } }));
      await expect(page.locator('.formkoll-summary')).toHaveCount(1);
    });
  }
});

test('data attributes and fields mix; two fields for one question are refused', async ({ page }) => {
  await openFixture(page, 'basic');
  const got = await page.evaluate(() => {
    const form = document.getElementById('form');
    document.getElementById('a61').removeAttribute('data-formkoll-question');
    let clash = null;
    try { window.formkoll.attach(form, { fields: { '6.2': '#a61' } }); } catch (e) { clash = `${e.code} ${e.path}`; }
    const h = window.formkoll.attach(form, { fields: { '6.1': '#a61' } });
    const r = h.result();
    return { clash, counted: r.questions.filter((q) => q.count > 0).map((q) => q.id) };
  });
  expect(got.clash).toBe('markup.invalid fields.6.2');
  // 6.2 (data attribute, the server's text) and 6.1 (through fields) both count.
  await page.locator('#a61').fill('Genom fields.');
  await expect(page.locator('#a61 + .formkoll-count .formkoll-count__share')).toHaveText(nb('13 tecken av avsnittets 5 000'));
  expect(got.counted).toEqual(['6.2']);
});

test('the new options are checked before the page is touched', async ({ page }) => {
  await openFixture(page, 'bare');
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const errors = await page.evaluate(() => {
    const form = document.getElementById('form');
    const tryAttach = (options) => {
      try { window.formkoll.attach(form, options); return null; } catch (e) { return `${e.code} ${e.path}`; }
    };
    return [
      tryAttach({ scope: 'page' }),
      tryAttach({ submit: 'stop' }),
      tryAttach({ fields: ['#f1'] }),
      tryAttach({ fields: { '6.1': 42 } }),
      tryAttach({ fields: { '6.1': '##' } }),
      tryAttach({ fields: { '6.1': '#f1, #f2' } }),
      tryAttach({ choices: { '6.1': { ja: '1' } } }),
      tryAttach({ choices: { '5.1a': { kanske: '3' } } }),
      tryAttach({ report: '{"answers": {"1.1": 3}}' }),
      tryAttach({ report: { template: 'annan-mall', answers: {} } }),
    ];
  });
  expect(errors).toEqual([
    'options.invalid scope',
    'options.invalid submit',
    'options.invalid fields',
    'options.invalid fields.6.1',
    'options.invalid fields.6.1',
    'markup.invalid fields.6.1',
    'question.not_choice choices.6.1',
    'options.invalid choices.5.1a.kanske',
    'report.invalid report.answers.1.1',
    'report.template_mismatch report.template',
  ]);
  expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
});

test.describe('events and initAll', () => {
  test('formkoll:update fires on the form with the result, bubbling', async ({ page }) => {
    await openFixture(page, 'bare');
    await page.evaluate(() => {
      window.__updates = [];
      document.body.addEventListener('formkoll:update', (e) => {
        window.__updates.push({ target: e.target.id, isCustom: e instanceof CustomEvent, detail: JSON.stringify(e.detail), now: JSON.stringify(window.handle?.result()) });
      });
      window.handle = window.formkoll.attach(document.getElementById('form'), { fields: { '6.1': '#f1', '6.2': '#f2', '6.3': '#f3' }, scope: 'form' });
    });
    await page.locator('#f1').fill('Erfarenheter från utvärderingar.');
    await expect.poll(() => page.evaluate(() => window.__updates.length)).toBeGreaterThanOrEqual(2);
    const last = await page.evaluate(() => window.__updates.at(-1));
    expect(last.target).toBe('form');
    expect(last.isCustom).toBe(true);
    // detail is the same object as handle.result(), read inside the listener.
    expect(last.detail).toBe(last.now);
    expect(JSON.parse(last.detail).questions.find((q) => q.id === '6.1').count).toBe(32);
  });

  test('initAll enhances every form[data-formkoll] with its attributes and JSON fields', async ({ page, baseURL }) => {
    const seen = await watch(page, baseURL);
    await openFixture(page, 'bare');
    const handles = await page.evaluate(() => {
      const h = window.formkoll.initAll();
      window.handles = h;
      return { n: h.length, again: window.formkoll.initAll().length };
    });
    expect(handles).toEqual({ n: 1, again: 0 });
    // A root that is itself such a form is enhanced too (here: already is, so skipped).
    expect(await page.evaluate(() => window.formkoll.initAll(document.getElementById('auto')).length)).toBe(0);
    await page.evaluate(() => window.handles[0].detach());
    expect(await page.evaluate(() => { window.handles = window.formkoll.initAll(document.getElementById('auto')); return window.handles.length; })).toBe(1);
    // The plain form is untouched; the marked one is enhanced in English, for its own questions.
    await expect(page.locator('#form .formkoll-summary')).toHaveCount(0);
    await expect(page.locator('#auto .formkoll-summary__heading')).toHaveText('Report check');
    await page.locator('#auto-1').fill('Text');
    await expect(page.locator('#auto-1 + .formkoll-count')).toContainText('4 characters');
    const r = await page.evaluate(() => window.handles[0].result());
    expect(r.questions.map((q) => q.id)).toEqual(['1.1', '1.2']);
    // data-formkoll-submit="warn": the submit goes through, the errors are shown.
    const log = await recordSubmits(page, '#auto');
    await page.getByRole('button', { name: 'Send' }).click();
    expect((await log()).submits).toEqual(['sent']);
    await expect(page.locator('#auto-2')).toHaveAttribute('aria-invalid', 'true');
    expect(await seen.violations()).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
  });
});

// The engine-neutral browser suite (make test-engines): the same tests in
// every engine, against the values the native CLI gives (tests/expected.mjs),
// as the Chromium specs in tests/e2e/ are.
//
// A driver (firefox.mjs, webkit.mjs) is an object with:
//   engine, version            "firefox", "Firefox ESR 153.8.0esr"
//   goto(url), reload()        navigate; resolve once the page has loaded
//   eval(fn, ...args)          run fn in the page with JSON args; its (awaited) JSON result
//   click(selector)            a real pointer click on the first match
//   type(text)                 key presses into the focused element, "\n" as Enter
//   close()
// Waiting is always polling for a state (waitFor), never a fixed pause.
import { readFileSync } from 'node:fs';
import { report, count, sv, FIXTURE } from '../expected.mjs';
import { cleanText } from './clean-text.mjs';

const WORD = readFileSync(new URL('../fixtures/jamtland-2024-word.txt', import.meta.url), 'utf8');
const FIXTURE_JSON = JSON.parse(readFileSync(new URL(`../../${FIXTURE}`, import.meta.url), 'utf8'));

/** JSON with object keys sorted: WebKitWebDriver hands objects back in its own key order. */
export const canonical = (v) => JSON.stringify(v, (_, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]])) : x));

/** Fails with what was expected and what the page had. */
export function equal(got, want, what) {
  const [g, w] = [canonical(got), canonical(want)];
  if (g !== w) throw new Error(`${what}:\n      expected ${w}\n      got      ${g}`);
}

/**
 * Polls fn(...args) in the page until ok(value) holds; resolves to the value.
 * On timeout it fails with the last value seen.
 */
export async function waitFor(b, what, fn, args = [], ok = Boolean, ms = 15_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      last = await b.eval(fn, ...args);
      if (ok(last)) return last;
    } catch (e) {
      last = `(threw) ${e.message}`;
    }
    if (Date.now() > end) throw new Error(`${what}: still not so after ${ms} ms; last seen ${canonical(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls until the page's value equals want. */
export const waitEqual = (b, what, fn, args, want, ms) =>
  waitFor(b, what, fn, args, (v) => canonical(v) === canonical(want), ms);

/** Opens a page of the demo and waits until formkoll says it is ready. */
export async function open(b, env, path) {
  await b.goto(env.base + path);
  await waitEqual(b, `${path}: html[data-formkoll]`, () => document.documentElement.dataset.formkoll ?? null, [], 'ready');
}

/** Clicks the element in scope whose text is exactly text (as a person finds a button). */
export async function clickText(b, scope, text) {
  const mark = await b.eval((sel, t) => {
    const el = [...document.querySelectorAll(`${sel} button, ${sel} a, ${sel} label`)]
      .find((e) => e.textContent.trim() === t && e.getClientRects().length > 0);
    if (!el) return null;
    el.dataset.enginesTarget = String(Date.now());
    return el.dataset.enginesTarget;
  }, scope, text);
  if (!mark) throw new Error(`no visible button or link "${text}" in ${scope}`);
  await b.click(`[data-engines-target="${mark}"]`);
}

/** Focuses a field by clicking it, then types into it. */
async function typeInto(b, selector, text) {
  await b.click(selector);
  await waitEqual(b, `${selector} focused`, (s) => document.activeElement === document.querySelector(s), [selector], true);
  await b.type(text);
}

/** The page's budget labels, score label and error-summary messages. */
const shown = () => ({
  labels: [...document.querySelectorAll('.formkoll-budget__label')].map((e) => e.textContent),
  score: document.querySelector('.formkoll-score__label')?.textContent ?? null,
  errors: [...document.querySelectorAll('.formkoll-error-summary a')].map((e) => e.textContent),
});

/** What result() says of the limits and the score, in the CLI's terms. */
const resultOf = (handlePath) => {
  const r = handlePath.split('.').reduce((o, k) => o[k], window).result();
  return { score: r.score, limits: r.limits.map((l) => ({ section: l.section, count: l.count, max: l.max, remaining: l.remaining, overBy: l.over_by })) };
};

/** What shown() must be for the real report, from the CLI. */
const realShown = () => ({ labels: report().labels, score: report().scoreLabel, errors: report().errors });

/** Waits until the real report shows on the page: every label and the score as the CLI says. */
async function expectRealReport(b, handlePath) {
  const want = report();
  await waitEqual(b, 'budget labels, score and error summary', shown, [], realShown());
  equal(await b.eval(resultOf, handlePath), { score: want.score, limits: want.limits }, `${handlePath}.result(): score and limits`);
  const over = await b.eval(() => [...document.querySelectorAll('.formkoll-budget')].map((m) => m.classList.contains('formkoll-budget--over')));
  equal(over, want.over, 'sections marked over budget');
  // Every answer's own counter, found through its textarea (data attribute or the CMS's fields).
  const shares = await b.eval(() => {
    const fields = window.cms?.FIELDS;
    const ids = fields ? Object.keys(fields) : [...document.querySelectorAll('textarea[data-formkoll-question]')].map((t) => t.dataset.formkollQuestion);
    return Object.fromEntries(ids.map((id) => {
      const t = fields ? document.querySelector(fields[id].text ?? fields[id]) : document.querySelector(`textarea[data-formkoll-question="${id}"]`);
      return [id, t.nextElementSibling?.querySelector('.formkoll-count__share')?.textContent ?? null];
    }));
  });
  equal(shares, want.shares, "each answer's counter");
}

export const tests = [
  {
    name: 'the watchers catch a CSP violation and a page error (so "none" below means none)',
    async run(b, env) {
      await b.goto(`${env.base}/tests/engines/blank.html`);
      await b.eval(() => {
        const style = document.createElement('style'); // inline style: style-src 'self' blocks it
        style.textContent = 'p { color: red }';
        document.head.append(style);
        setTimeout(() => { throw new Error('engines self-test'); }, 0);
      });
      const seen = await env.watch.poll((w) => w.csp.length > 0 && w.errors.some((e) => e.kind === 'error'));
      if (!seen) throw new Error('the test server received no CSP report or no page error');
      await env.watch.reset();
    },
  },
  {
    name: 'attach: the demo page is enhanced (31 counters, 6 budgets, the summary)',
    async run(b, env) {
      await open(b, env, '/www/index.html');
      await waitEqual(b, 'counters, budgets, summary, maxlength', () => ({
        counters: document.querySelectorAll('.formkoll-count').length,
        budgets: document.querySelectorAll('.formkoll-budget').length,
        summary: document.querySelectorAll('.formkoll-summary').length,
        maxlength: document.querySelectorAll('textarea[maxlength]').length,
      }), [], { counters: 31, budgets: 6, summary: 1, maxlength: 0 });
    },
  },
  {
    name: 'attach: cms.html is enhanced through fields, its own fields left alone',
    async run(b, env) {
      await open(b, env, '/www/cms.html');
      await waitEqual(b, 'counters, budgets, summary', () => ({
        counters: document.querySelectorAll('.formkoll-count').length,
        budgets: document.querySelectorAll('.formkoll-budget').length,
        summary: document.querySelectorAll('.formkoll-summary').length,
        own: document.querySelectorAll('#fld-102 + .formkoll-count').length,
      }), [], { counters: 31, budgets: 6, summary: 1, own: 0 });
    },
  },
  {
    name: 'attach: steg.html step 2 is enhanced with its 7 questions in scope',
    async run(b, env) {
      await open(b, env, '/www/steg.html?steg=2');
      await waitEqual(b, 'counters and scope', () => ({
        counters: document.querySelectorAll('.formkoll-count').length,
        summary: document.querySelectorAll('.formkoll-summary').length,
        scope: document.querySelector('.formkoll-scope')?.textContent ?? null,
      }), [], { counters: 7, summary: 1, scope: 'Bara de 7 frågorna i det här formuläret kontrolleras (av redovisningens 31).' });
    },
  },
  {
    name: 'the real report on the demo: six section counts, limits, score and error summary as the CLI',
    async run(b, env) {
      await open(b, env, '/www/index.html');
      await b.click('#load-example');
      await expectRealReport(b, 'formkollDemo.handle');
    },
  },
  {
    name: 'the real report on cms.html: the same counts, limits, score and summary',
    async run(b, env) {
      await open(b, env, '/www/cms.html');
      await b.click('#edit-example');
      await expectRealReport(b, 'cms.handle');
    },
  },
  {
    name: 'the real report on steg.html step 2: section 2 and its one error as the CLI',
    async run(b, env) {
      await open(b, env, '/www/steg.html?steg=2');
      await b.click('#step-example'); // stores the report and reloads the page
      const want = report();
      await waitEqual(b, 'section 2 label and the error summary', () => ({
        labels: [...document.querySelectorAll('.formkoll-budget__label')].map((e) => e.textContent),
        errors: [...document.querySelectorAll('.formkoll-error-summary a')].map((e) => e.textContent),
      }), [], { labels: [want.labels[1]], errors: [want.errors[0]] });
      const got = await b.eval(resultOf, 'steg.handle');
      equal(got.limits, [want.limits[1]], 'steg.handle.result().limits');
      // The step's score is of its own 7 questions (scope: 'form'), so not the report's.
      equal(await b.eval(() => document.querySelector('.formkoll-score__label').textContent), `Fullständighet: ${got.score} av 100`, 'the score label');
    },
  },
  {
    name: 'typing "Hej é 👍🏽⏎x" (combining mark, emoji with skin tone, Enter) counts as the CLI does',
    async run(b, env) {
      const text = 'Hej e\u0301 👍🏽\nx';
      const n = count(text);
      equal(n, 9, 'formkoll count of the typed text');
      await open(b, env, '/www/index.html');
      await waitEqual(b, '#q-6-1 is empty', () => document.querySelector('#q-6-1').value, [], '');
      await typeInto(b, '#q-6-1', text);
      await waitEqual(b, 'the typed value', () => document.querySelector('#q-6-1').value, [], text);
      await waitEqual(b, "#q-6-1's counter", () => document.querySelector('#q-6-1 + .formkoll-count .formkoll-count__share').textContent,
        [], `${n} tecken av avsnittets ${sv(report().limits[5].max)}`);
      await waitEqual(b, 'section 6 budget', () => document.querySelectorAll('.formkoll-budget__label')[5].textContent,
        [], `Avsnitt 6: ${n} av ${sv(report().limits[5].max)} tecken — ${sv(report().limits[5].max - n)} kvar`);
    },
  },
  {
    name: 'a blocked submit: title "Fel: …", focus on the error summary, aria-invalid on the field',
    async run(b, env) {
      await open(b, env, '/www/index.html');
      const title = await b.eval(() => document.title);
      await b.click('#load-example');
      await waitEqual(b, 'the example loaded', shown, [], realShown());
      await b.click('#report button[type="submit"]');
      await waitEqual(b, 'after the submit', () => ({
        title: document.title,
        focus: document.activeElement?.classList.contains('formkoll-error-summary') ?? false,
        invalid: document.querySelector('#q-2-1').getAttribute('aria-invalid'),
        valid: document.querySelector('#q-1-1').getAttribute('aria-invalid'),
        sent: document.getElementById('submit-status').textContent,
      }), [], { title: `Fel: ${title}`, focus: true, invalid: 'true', valid: null, sent: '' });
    },
  },
  {
    name: '"Rensa texten" cleans a pasted text when clicked',
    async run(b, env) {
      await open(b, env, '/www/index.html');
      await cleanText(b, { waitEqual, clickText }, '#q-6-1', '6.1');
    },
  },
  {
    name: 'a draft comes back after a reload and on a fresh visit (draftKey)',
    async run(b, env) {
      const text = 'Ett utkast om samverkan.';
      await open(b, env, '/www/index.html');
      await typeInto(b, '#q-1-1', text);
      await waitEqual(b, 'typed', () => document.querySelector('#q-1-1').value, [], text);
      await b.reload();
      await waitEqual(b, 'after a reload', () => ({
        ready: document.documentElement.dataset.formkoll ?? null,
        value: document.querySelector('#q-1-1').value,
      }), [], { ready: 'ready', value: text });
      // A new address: the browser's own form restore cannot bring it back, only the draft.
      await open(b, env, '/www/index.html?fresh');
      await waitEqual(b, 'on a fresh visit', () => ({
        value: document.querySelector('#q-1-1').value,
        notice: document.querySelectorAll('.formkoll-notice').length > 0,
      }), [], { value: text, notice: true });
    },
  },
  {
    name: 'the importer dialog opens and fills the form with the real report',
    async run(b, env) {
      await open(b, env, '/www/index.html');
      await b.click('#import-document');
      await waitEqual(b, 'the dialog is open', () => {
        const d = document.querySelector('dialog.formkoll-import');
        return { open: d?.open ?? false, title: d && document.getElementById(d.getAttribute('aria-labelledby'))?.textContent };
      }, [], { open: true, title: 'Klistra in hela dokumentet' });
      // 60 000 characters: set as a paste would, not typed key by key.
      await b.eval((text) => {
        const t = document.querySelector('.formkoll-import__text');
        t.value = text;
        t.dispatchEvent(new Event('input', { bubbles: true }));
      }, WORD);
      await clickText(b, 'dialog.formkoll-import', 'Läs in texten');
      await waitEqual(b, 'the preview', () => document.querySelectorAll('dialog.formkoll-import tbody tr').length, [], 31);
      await clickText(b, 'dialog.formkoll-import', 'Fyll i formuläret');
      await waitEqual(b, 'the dialog is closed', () => document.querySelectorAll('dialog.formkoll-import[open]').length, [], 0);
      await expectRealReport(b, 'formkollDemo.handle');
      equal(await b.eval(() => document.querySelector('#q-3-3').value), FIXTURE_JSON.answers['3.3'], '#q-3-3 holds the report\'s answer');
    },
  },
];

// The CMS page's own script. The form is the CMS's (generated ids and
// names, radios valued 1/2/3); formkoll is told which field answers which
// question, and which radio value is which option. No markup changes.

import init, { attach } from '../pkg/formkoll.js';

const EXAMPLE_URL = '../tests/fixtures/jamtland-2024.json';

/** Question id → the CMS's field (a CSS selector), `{ text, choice }` for Ja/Nej questions. */
export const FIELDS = {
  '1.1': '#fld-4701',
  '1.2': '#fld-4702',
  '1.3': '#fld-4703',
  '1.4': '#fld-4704',
  '1.5': '#fld-4705',
  '2.1': '#fld-4711',
  '2.2': '#fld-4712',
  '2.3': '#fld-4713',
  '2.4': '#fld-4714',
  '2.5': '#fld-4715',
  '2.6': '#fld-4716',
  '2.7': '#fld-4717',
  '3.1': '#fld-4721',
  '3.2': '#fld-4722',
  '3.3': '#fld-4723',
  '3.4': '#fld-4724',
  '3.5': '#fld-4725',
  '4.1': '#fld-4731',
  '4.2': '#fld-4732',
  '4.3': '#fld-4733',
  '4.4': '#fld-4734',
  '4.5': '#fld-4735',
  '5.1a': { text: '#fld-4861', choice: '[name="val_51a"]' },
  '5.1b': { text: '#fld-4862', choice: '[name="val_51b"]' },
  '5.1c': { text: '#fld-4863', choice: '[name="val_51c"]' },
  '5.1d': { text: '#fld-4864', choice: '[name="val_51d"]' },
  '5.2': '#fld-4865',
  '5.3': '#fld-4866',
  '6.1': '#fld-4871',
  '6.2': '#fld-4872',
  '6.3': '#fld-4873',
};

/** The CMS stores options as numbers. */
export const CHOICES = {
  '5.1a': { ja: '1', nej: '2' },
  '5.1b': { ja: '1', nej: '2' },
  '5.1c': { ja: '1', nej: '2' },
  '5.1d': { ja: '1', nej: '2', ej_aktuellt: '3' },
};

const form = document.getElementById('webform-submission-redovisning-2024-form');
let handle = null;

/** Puts the real 2024 report into the CMS's fields, as a person pasting it would. */
async function loadExample() {
  const report = await (await fetch(EXAMPLE_URL)).json();
  for (const [id, answer] of Object.entries(report.answers)) {
    const target = FIELDS[id];
    if (!target) continue;
    const textarea = form.querySelector(typeof target === 'string' ? target : target.text);
    textarea.value = typeof answer === 'string' ? answer : answer.text ?? '';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    if (typeof answer === 'object' && answer.choice) {
      for (const radio of form.querySelectorAll(target.choice)) {
        if (radio.value === CHOICES[id][answer.choice] && !radio.checked) {
          radio.checked = true;
          radio.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    }
  }
}

async function start() {
  await init();
  handle = attach(form, { fields: FIELDS, choices: CHOICES });
  const example = document.getElementById('edit-example');
  example.hidden = false;
  example.addEventListener('click', () => {
    loadExample().catch((err) => console.error('cms: the example could not be loaded', err));
  });
  // The CMS would post the form; the demo keeps it on the page.
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    document.getElementById('edit-status').textContent = 'Tack! Redovisningen är mottagen (demo: ingenting skickas).';
  });
  window.cms = { get handle() { return handle; }, FIELDS, CHOICES };
  document.documentElement.dataset.formkoll = 'ready';
}

start().catch((err) => console.error('cms: formkoll not enhanced', err));

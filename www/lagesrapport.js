// The progress report page's own script: the rules are the template file's,
// read with Rules.fromJson — nothing about this form is compiled into
// formkoll. The template and the example are fetched from the same origin.

import init, { attach, Rules } from '../pkg/formkoll.js';

const TEMPLATE_URL = '../templates/lagesrapport-projekt.json';
const EXAMPLE_URL = '../tests/fixtures/lagesrapport-projekt.json';
const form = document.getElementById('lagesrapport');

/** Puts the example report into the fields, as a person pasting it would. */
async function loadExample() {
  const report = await (await fetch(EXAMPLE_URL)).json();
  for (const [id, answer] of Object.entries(report.answers)) {
    const textarea = form.querySelector(`textarea[data-formkoll-question="${CSS.escape(id)}"]`);
    if (!textarea) continue;
    textarea.value = typeof answer === 'string' ? answer : answer.text ?? '';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    if (typeof answer === 'object' && answer.choice) {
      const radio = form.querySelector(
        `input[data-formkoll-choice="${CSS.escape(id)}"][value="${CSS.escape(answer.choice)}"]`,
      );
      if (radio && !radio.checked) {
        radio.checked = true;
        radio.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
  }
}

async function start() {
  await init();
  const templateText = await (await fetch(TEMPLATE_URL)).text();
  const handle = attach(form, { rules: Rules.fromJson(templateText) });
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    document.getElementById('submit-status').textContent = 'Det här är en demo: ingenting skickas.';
  });
  const example = document.getElementById('load-example');
  example.hidden = false;
  example.addEventListener('click', () => {
    loadExample().catch((err) => console.error('lagesrapport: example not loaded', err));
  });
  window.lagesrapport = { handle };
  document.documentElement.dataset.formkoll = 'ready';
}

start().catch((err) => console.error('lagesrapport: formkoll not enhanced', err));

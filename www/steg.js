// The step pages' own script: one section per step. What a server would do
// is played here by sessionStorage: it keeps the answers of every step, the
// current step's fields are filled from it, and the other steps' answers are
// passed to formkoll as `report` (read-only context for budgets and score).

import init, { attach } from '../pkg/formkoll.js';

const KEY = 'formkoll-demo:steg-rapport-2024';
const EXAMPLE_URL = '../tests/fixtures/jamtland-2024.json';
const form = document.getElementById('step-form');
const steps = [...form.querySelectorAll('fieldset.step')];
const wanted = Number(new URLSearchParams(location.search).get('steg')) || 1;
const step = Math.min(Math.max(wanted, 1), steps.length);

/** The answers saved so far (the "server's" copy of the report). */
function saved() {
  try {
    const report = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return { template: 'resultatredovisning-2024-99', answers: report.answers ?? {} };
  } catch {
    return { template: 'resultatredovisning-2024-99', answers: {} };
  }
}

/** This step's fields: question id → its textarea, with its radios for a choice. */
function fieldsOfStep() {
  const fields = {};
  for (const textarea of form.querySelectorAll('textarea[name^="svar-"]')) {
    const id = textarea.name.slice('svar-'.length);
    const radios = `input[type="radio"][name="val-${CSS.escape(id)}"]`;
    fields[id] = form.querySelector(radios) ? { text: textarea, choice: radios } : textarea;
  }
  return fields;
}

/** Writes saved answers into this step's fields, as the server renders them. */
function fill(fields, report) {
  for (const [id, target] of Object.entries(fields)) {
    const answer = report.answers[id];
    if (answer === undefined) continue;
    const textarea = target.text ?? target;
    textarea.value = typeof answer === 'string' ? answer : answer.text ?? '';
    if (target.choice) {
      for (const r of form.querySelectorAll(target.choice)) r.checked = r.value === answer.choice;
    }
  }
}

/** Saves this step's answers into the report. */
function save(fields, report) {
  for (const [id, target] of Object.entries(fields)) {
    const text = (target.text ?? target).value;
    if (target.choice) {
      const chosen = form.querySelector(`${target.choice}:checked`);
      report.answers[id] = { choice: chosen ? chosen.value : null, text };
    } else {
      report.answers[id] = text;
    }
  }
  sessionStorage.setItem(KEY, JSON.stringify(report));
}

async function start() {
  // Only the current step is on the page.
  for (const s of steps) if (Number(s.dataset.step) !== step) s.remove();
  const current = steps[step - 1];
  document.getElementById('step-heading').textContent = current.querySelector('legend').textContent;
  document.title = `Steg ${step} av ${steps.length} – Resultatredovisning 2024 – Regionintranätet`;
  for (const [i, a] of [...document.querySelectorAll('.steps a')].entries()) {
    if (i + 1 === step) a.setAttribute('aria-current', 'step');
  }
  const last = step === steps.length;
  document.getElementById('step-next').textContent = last ? 'Skicka in redovisningen' : 'Spara och fortsätt';

  await init();
  const report = saved();
  const fields = fieldsOfStep();
  fill(fields, report);
  const handle = attach(form, { fields, scope: 'form', report });

  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    save(fields, report);
    if (last) document.getElementById('step-status').textContent = 'Det här är en demo: ingenting skickas.';
    else location.href = `steg.html?steg=${step + 1}`;
  });
  const example = document.getElementById('step-example');
  const reset = document.getElementById('step-reset');
  example.hidden = false;
  reset.hidden = false;
  example.addEventListener('click', async () => {
    const json = await (await fetch(EXAMPLE_URL)).text();
    sessionStorage.setItem(KEY, json);
    location.reload();
  });
  reset.addEventListener('click', () => {
    sessionStorage.removeItem(KEY);
    location.href = 'steg.html?steg=1';
  });
  window.steg = { handle, step, fields };
  document.documentElement.dataset.formkoll = 'ready';
}

start().catch((err) => console.error('steg: formkoll not enhanced', err));

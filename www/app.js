// The demo portal's own script: enhance the existing form with formkoll,
// fill in the real 2024 report on request, switch language.
//
// Progressive enhancement: if anything here fails (no WebAssembly, the
// module missing), the form below is a plain, working HTML form.

import init, { attach } from '../pkg/formkoll.js';

// The example report, served from the same origin (no other network).
const EXAMPLE_URL = '../tests/fixtures/jamtland-2024.json';
const DRAFT_KEY = 'resultatredovisning-2024';

// The page's own texts (formkoll's messages come from formkoll itself).
const PAGE_TEXT = {
  sv: {
    skip: 'Hoppa till innehållet',
    'nav-start': 'Start',
    'nav-reports': 'Rapportering',
    'nav-help': 'Hjälp',
    crumb: 'Resultatredovisning 2024',
    title: 'Resultatredovisning enligt förordning (2024:99)',
    lead: 'Mall för redovisning av det regionala utvecklingsarbetet under 2024. Varje avsnitt har ett gemensamt teckenutrymme för sina frågor.',
    example: 'Fyll i exempel: Region Jämtland Härjedalen 2024',
    import: 'Klistra in hela dokumentet',
    links: 'Samma redovisning på andra sätt:',
    'link-cms': 'som ett CMS-genererat formulär',
    'link-steg': 'i steg, ett avsnitt i taget',
    'links-other': 'Ett annat formulär med en egen mall:',
    'link-lagesrapport': 'lägesrapport för ett regionalt utvecklingsprojekt',
    submit: 'Skicka in redovisningen',
    submitted: 'Det här är en demo: ingenting skickas.',
    footer: 'Regionintranätet · Demo av formkoll. Inget du skriver lämnar den här datorn.',
    menu: 'Huvudmeny',
    breadcrumbs: 'Brödsmulor',
  },
  en: {
    skip: 'Skip to content',
    'nav-start': 'Home',
    'nav-reports': 'Reporting',
    'nav-help': 'Help',
    crumb: 'Results report 2024',
    title: 'Results report under ordinance (2024:99)',
    lead: 'Template for reporting the regional development work in 2024. The questions of each section share one character budget. The questions are in Swedish, as in the official template.',
    example: 'Fill in example: Region Jämtland Härjedalen 2024',
    import: 'Paste the whole document',
    links: 'The same report in other forms:',
    'link-cms': 'as a CMS-generated form',
    'link-steg': 'in steps, one section at a time',
    'links-other': 'Another form with a template of its own:',
    'link-lagesrapport': 'progress report of a regional development project',
    submit: 'Submit the report',
    submitted: 'This is a demo: nothing is sent.',
    footer: 'Regional intranet · formkoll demo. Nothing you write leaves this computer.',
    menu: 'Main menu',
    breadcrumbs: 'Breadcrumbs',
  },
};

const form = document.getElementById('report');
const exampleButton = document.getElementById('load-example');
let handle = null;
let lang = 'sv';

function enhance() {
  handle = attach(form, { lang, draftKey: DRAFT_KEY });
}

function showPageText() {
  const text = PAGE_TEXT[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = text[el.dataset.i18n] ?? el.textContent;
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', text[el.dataset.i18nLabel] ?? el.getAttribute('aria-label'));
  }
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  }
}

function switchLanguage(next) {
  if (next === lang) return;
  lang = next;
  showPageText();
  // Detach and attach again: the text in the fields stays as it is.
  handle?.detach();
  enhance();
}

async function loadExample() {
  const response = await fetch(EXAMPLE_URL);
  const report = await response.json();
  for (const [id, answer] of Object.entries(report.answers)) {
    const text = typeof answer === 'string' ? answer : answer.text ?? '';
    const textarea = form.querySelector(`textarea[data-formkoll-question="${CSS.escape(id)}"]`);
    if (textarea) {
      textarea.value = text;
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (typeof answer === 'object' && answer.choice) {
      for (const radio of form.querySelectorAll(`input[data-formkoll-choice="${CSS.escape(id)}"]`)) {
        if (radio.value === answer.choice && !radio.checked) {
          radio.checked = true;
          radio.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    }
  }
}

// The document importer is a second module (formkoll/importer), loaded
// only when someone asks to paste a document: the page does not pay for it
// otherwise. It fills the form through the fields, so the counters, budgets
// and score of the enhancement above follow at once.
let importer = null;
async function openImporter() {
  if (!importer) {
    importer = await import('../pkg/importer/formkoll.js');
    await importer.default();
  }
  importer.openImporter(form, { lang });
}

async function start() {
  await init();
  enhance();
  exampleButton.hidden = false;
  document.querySelector('.lang-switch').hidden = false;
  exampleButton.addEventListener('click', () => {
    loadExample().catch((err) => console.error('formkoll demo: the example could not be loaded', err));
  });
  const importButton = document.getElementById('import-document');
  importButton.hidden = false;
  importButton.addEventListener('click', () => {
    openImporter().catch((err) => console.error('formkoll demo: the importer could not be loaded', err));
  });
  for (const b of document.querySelectorAll('[data-lang]')) {
    b.addEventListener('click', () => switchLanguage(b.dataset.lang));
  }
  // formkoll stops a submit with errors (and says why); one that goes
  // through would be posted — here the demo keeps it on the page.
  form.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    document.getElementById('submit-status').textContent = PAGE_TEXT[lang].submitted;
  });
  // For tests and the curious: the live handle.
  window.formkollDemo = { get handle() { return handle; } };
  document.documentElement.dataset.formkoll = 'ready';
}

start().catch((err) => {
  // The form still works without formkoll; say why it is not enhanced.
  console.error('formkoll demo: not enhanced', err);
});

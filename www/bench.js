// The in-page half of the browser benchmark (tests/bench/run.mjs drives it).
//
// window.formkollBench offers:
//   init(mode)      cold module start in a fresh page: fetch, compile, instantiate
//                   (mode "split"), or the usual `await init()` (mode "streaming");
//                   then the embedded template's parse (Rules.default) and a first session
//   counting()      formkoll count vs Intl.Segmenter vs .length on the same strings,
//                   interleaved, per-call medians, JS↔WASM call cost included
//   sessionSet(n)   Session.set keystrokes in 3.1 from JS (no DOM), whole report vs 3.1 only
// Every number is measured here; nothing is assumed.

import init, { initSync, count, Rules } from '../pkg/formkoll.js';

const WASM_URL = new URL('../pkg/formkoll_bg.wasm', import.meta.url);
const FIXTURE_URL = new URL('../tests/fixtures/jamtland-2024.json', import.meta.url);
const TEMPLATE_URL = new URL('../templates/resultatredovisning-2024-99.json', import.meta.url);

let ready = null;
const ensureInit = () => (ready ??= init({ module_or_path: WASM_URL }));

async function report() {
  const response = await fetch(FIXTURE_URL);
  return response.json();
}

const answerText = (a) => (typeof a === 'string' ? a : a.text ?? '');

/** The strings counted: the same recipe as the native benchmark. */
async function texts() {
  const r = await report();
  const all = Object.values(r.answers).map(answerText).join('');
  const spice = ['👩🏻‍🚀', '🇸🇪', '👨‍👩‍👧‍👦', '1️⃣', '❤️', 'क्षि', '\u1100\u1161\u11A8', '👍🏽', '🇳🇴', 'e\u0301\u0302'];
  const emoji = all
    .normalize('NFD')
    .split(' ')
    .map((w, i) => (i % 5 === 4 ? w + spice[Math.floor(i / 5) % spice.length] : w))
    .join(' ');
  let mb = '';
  while (new TextEncoder().encode(mb).length < 1 << 20) mb += all;
  return [
    ['one answer (3.1)', answerText(r.answers['3.1'])],
    ['fixture (all answers)', all],
    ['emoji-combining', emoji],
    ['swedish-1mb', mb],
  ];
}

function segmenterCount(segmenter, text) {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};

/** Per-call time (ms) of each method, rounds interleaved; each round ≥ 10 ms. */
function race(methods, rounds = 15) {
  const reps = methods.map(([, f]) => {
    let n = 1;
    for (;;) {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) f();
      if (performance.now() - t0 >= 10 || n >= 1 << 20) return n;
      n *= 2;
    }
  });
  const times = methods.map(() => []);
  for (let r = 0; r < rounds; r++) {
    methods.forEach(([, f], m) => {
      const t0 = performance.now();
      for (let i = 0; i < reps[m]; i++) f();
      times[m].push((performance.now() - t0) / reps[m]);
    });
  }
  return times.map(median);
}

async function counting() {
  await ensureInit();
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const rows = [];
  for (const [name, text] of await texts()) {
    const bytes = new TextEncoder().encode(text).length;
    const ours = count(text);
    const theirs = segmenterCount(segmenter, text);
    const [tCount, tSeg, tLen] = race([
      ['count', () => count(text)],
      ['segmenter', () => segmenterCount(segmenter, text)],
      ['length', () => text.length],
    ], name === 'swedish-1mb' ? 7 : 15);
    rows.push({ name, bytes, utf16: text.length, count: ours, segmenterCount: theirs, length: text.length,
      ms: { count: tCount, segmenter: tSeg, length: tLen } });
  }
  return rows;
}

/** What a call costs with no work, and the string copy it implies. */
async function callCost() {
  await ensureInit();
  const all = (await texts())[1][1];
  const buf = new Uint8Array(all.length * 3);
  const enc = new TextEncoder();
  const [empty, encodeFixture] = race([
    ['count("")', () => count('')],
    ['encodeInto', () => enc.encodeInto(all, buf).written],
  ]);
  return { empty, encodeFixture };
}

async function sessionSet(n = 600) {
  await ensureInit();
  const r = await report();
  const rules = Rules.default();
  const only = { ...r, answers: { '3.1': r.answers['3.1'] } };
  // Both sessions get the same keystrokes, interleaved (alternating which
  // goes first), after a warm-up, so tier-up and machine noise hit both.
  const runs = [['31 answers loaded', rules.session(r)], ['1 answer loaded', rules.session(only)]];
  const base = answerText(r.answers['3.1']);
  const typed = 'Vi samverkar med kommunerna och näringslivet i länet. ';
  for (let k = 0; k < 100; k++) for (const [, s] of runs) s.set('3.1', base + typed.slice(0, k % typed.length));
  const times = runs.map(() => []);
  let text = base;
  for (let k = 0; k < n; k++) {
    text += typed[k % typed.length];
    const order = k % 2 ? [1, 0] : [0, 1];
    for (const j of order) {
      const t0 = performance.now();
      runs[j][1].set('3.1', text);
      times[j].push(performance.now() - t0);
    }
  }
  const out = {};
  runs.forEach(([name, session], j) => {
    out[name] = { n, p50: percentile(times[j], 50), p95: percentile(times[j], 95), max: Math.max(...times[j]) };
    session.free();
  });
  return out;
}

async function initTimes(mode) {
  const t = { start: performance.now() };
  if (mode === 'split') {
    const bytes = await (await fetch(WASM_URL)).arrayBuffer();
    t.fetched = performance.now();
    const module = await WebAssembly.compile(bytes);
    t.compiled = performance.now();
    initSync({ module });
    t.instantiated = performance.now();
  } else {
    await init({ module_or_path: WASM_URL });
    t.instantiated = performance.now();
  }
  const rules = Rules.default();
  t.template = performance.now();
  const session = rules.session();
  t.session = performance.now();
  session.free();
  rules.free();
  // The same template read from its JSON text by the JSON reader (what
  // Rules.default() did before the template became build-time data), after
  // the above, so the code both share is compiled already.
  const json = await (await fetch(TEMPLATE_URL)).text();
  t.jsonStart = performance.now();
  Rules.fromJson(json).free();
  t.jsonTemplate = performance.now();
  return t;
}

window.formkollBench = { init: initTimes, counting, callCost, sessionSet };

// Opened by hand (no driver): run the counting benchmark and show it.
if (!navigator.webdriver) {
  counting().then(
    (rows) => { document.getElementById('out').textContent = JSON.stringify(rows, null, 2); },
    (err) => { document.getElementById('out').textContent = String(err); },
  );
}

// Start-up benchmark, the method of the first runs (make bench-browser,
// tests/bench/run.mjs shows it beside www/bench-start.js): the glue is
// imported dynamically after the clock starts, so the wait for it — and
// whatever the page's own first rendering does on the main thread meanwhile —
// counts. From this module's first line to an enhanced form: fetch the glue and the wasm,
// compile and instantiate (`await init()`), then `attach()` — including the
// embedded template and the first session. Page loads are fresh browser
// contexts, so nothing is cached.
const t0 = performance.now();
const { default: init, attach } = await import('../pkg/formkoll.js');
const tGlue = performance.now();
await init({ module_or_path: new URL('../pkg/formkoll_bg.wasm', import.meta.url) });
const tInit = performance.now();
const form = document.getElementById('report');
const handle = attach(form, { lang: 'sv' });
const tAttach = performance.now();
// Enhanced: a character count under each answer, and a result for all 31 questions.
const enhanced = form.querySelectorAll('.formkoll-count').length > 0 && handle.result().questions.length === 31;
window.formkollStart = {
  glue: tGlue - t0,
  init: tInit - t0,
  attach: tAttach - tInit,
  total: tAttach - t0,
  scriptStart: t0,
  sinceNavigation: tAttach,
  enhanced,
};

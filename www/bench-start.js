// Start-up benchmark (make bench-browser, tests/bench/run.mjs): the demo
// form's page with this script instead of the demo's app.js, importing the
// glue the way app.js does (a static import: the browser fetches it with the
// module graph, before this script starts). From this module's first line
// to an enhanced form: `await init()` (fetch, compile and instantiate the
// wasm), then `attach()` — the embedded template and the first session.
// Page loads are fresh browser contexts, so nothing is cached.
import init, { attach } from '../pkg/formkoll.js';

const t0 = performance.now();
await init({ module_or_path: new URL('../pkg/formkoll_bg.wasm', import.meta.url) });
const tInit = performance.now();
const form = document.getElementById('report');
const handle = attach(form, { lang: 'sv' });
const tAttach = performance.now();
// Enhanced: a character count under each answer, and a result for all 31 questions.
const enhanced = form.querySelectorAll('.formkoll-count').length > 0 && handle.result().questions.length === 31;
// The glue's fetch (request to last byte), from resource timing: it happens
// before this script starts, so it is not part of `total`.
const glue = performance.getEntriesByName(new URL('../pkg/formkoll.js', import.meta.url).href)[0];
window.formkollStart = {
  glue: glue ? glue.responseEnd - glue.startTime : NaN,
  init: tInit - t0,
  attach: tAttach - tInit,
  total: tAttach - t0,
  scriptStart: t0,
  sinceNavigation: tAttach,
  enhanced,
};

// make bench-browser: formkoll in headless Chromium, measured against the
// anchors a portal would otherwise use (Intl.Segmenter, .length) in one run.
//
// Serves the repository from 127.0.0.1 (tests/bench/serve.mjs, in a worker
// thread: the strict CSP of the brief, plus COOP/COEP so performance.now()
// has 5 µs resolution), then:
//   1. module init in fresh browser contexts: fetch, compile, instantiate,
//      template parse, first session (www/bench.js)
//   2. count vs Intl.Segmenter vs .length on the same strings, interleaved
//   3. Session.set from JS, whole report vs only 3.1 loaded
//   4. keystroke → counters, budget and score updated in the DOM of the demo
//      form (www/index.html, attach()) with the real report loaded:
//      p50/p95 over KEYSTROKES keystrokes, with and without forced layout
// Prints Markdown tables (for docs/performance.md) and writes
// target/bench-browser.json. Not a test: nothing here passes or fails on speed.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium } from 'playwright-core';
import { ROOT, listen } from './serve.mjs';

const KEYSTROKES = Number(process.env.KEYSTROKES || 600);
const INIT_RUNS = Number(process.env.INIT_RUNS || 10);
const START_RUNS = Number(process.env.START_RUNS || 20);

// The demo page (www/index.html) as it is, its script swapped: the start-up
// benchmark's (www/bench-start.js), or none at all (the page without formkoll).
const DEMO_SCRIPT = '<script type="module" src="app.js"></script>';
const demo = await readFile(join(ROOT, 'www/index.html'), 'utf8');
if (!demo.includes(DEMO_SCRIPT)) throw new Error(`www/index.html no longer loads ${DEMO_SCRIPT}`);
const VIRTUAL = {
  '/www/bench-start.html': demo.replace(DEMO_SCRIPT, '<script type="module" src="bench-start.js"></script>'),
  '/www/bench-start-dynamic.html': demo.replace(DEMO_SCRIPT, '<script type="module" src="bench-start-dynamic.js"></script>'),
  '/www/bench-plain.html': demo.replace(DEMO_SCRIPT, ''),
  '/www/bench-compile.html': demo.replace(DEMO_SCRIPT, '<script type="module" src="bench-compile.js"></script>'),
};

// The server runs in its own thread. The start-up table also shows the
// previous method (a dynamic import of the glue after the clock starts,
// served from the driver's own event loop) in the same run, for comparison.
const worker = new Worker(new URL('./serve.mjs', import.meta.url), { workerData: { formkollBenchServer: true, virtual: VIRTUAL } });
const port = await new Promise((ok, fail) => { worker.once('message', ok); worker.once('error', fail); });
const base = `http://127.0.0.1:${port}`;
const inProcess = await listen(VIRTUAL);
const inProcessBase = `http://127.0.0.1:${inProcess.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const version = browser.version();

async function freshPage(path, origin = base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.goto(origin + path);
  return { context, page, errors };
}

const fmt = (ms) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
const mbs = (bytes, ms) => `${(bytes / ms / 1000).toFixed(0)} MB/s`;
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const out = { chromium: version, keystrokes: KEYSTROKES, load: (await readFile('/proc/loadavg', 'utf8').catch(() => '?')).split(' ').slice(0, 3).join(' ') };

try {
  // 0. Start-up: the demo form enhanced, from the module script's start,
  //    beside WebAssembly.compile of the same bytes and the page without
  //    formkoll, interleaved, each in a fresh context.
  const METHODS = [
    // [key, page, origin]
    ['static', '/www/bench-start.html', base],
    ['dynamic', '/www/bench-start-dynamic.html', base],
    ['before', '/www/bench-start-dynamic.html', inProcessBase],
  ];
  const KEYS = ['total', 'init', 'attach', 'glue', 'sinceNavigation', 'scriptStart'];
  const runs = Object.fromEntries(METHODS.map(([k]) => [k, Object.fromEntries(KEYS.map((x) => [x, []]))]));
  const start = { compile: [], plainLoad: [] };
  for (let i = 0; i < START_RUNS; i++) {
    for (const [key, path, origin] of METHODS) {
      const { context, page, errors } = await freshPage(path, origin);
      const r = await (await page.waitForFunction(() => window.formkollStart)).jsonValue();
      if (!r.enhanced) throw new Error(`${path}: the form was not enhanced`);
      if (errors.length) throw new Error(errors.join('\n'));
      for (const k of KEYS) runs[key][k].push(r[k]);
      await context.close();
    }
    {
      const { context, page, errors } = await freshPage('/www/bench-compile.html');
      const r = await (await page.waitForFunction(() => window.formkollCompile)).jsonValue();
      if (errors.length) throw new Error(errors.join('\n'));
      start.compile.push(r.compile);
      await context.close();
    }
    {
      const { context, page, errors } = await freshPage('/www/bench-plain.html');
      await page.waitForFunction(() => document.readyState === 'complete');
      const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
      if (errors.length) throw new Error(errors.join('\n'));
      start.plainLoad.push(nav.loadEventEnd);
      await context.close();
    }
  }
  for (const [key] of METHODS) {
    start[key] = Object.fromEntries(Object.entries(runs[key]).map(([k, v]) => [k, med(v)]));
  }
  out.startup = Object.fromEntries(Object.entries(start).map(([k, v]) => [k, Array.isArray(v) ? med(v) : v]));
  out.startup.runs = START_RUNS;

  // 1. Init, each in a fresh context (no compiled-code cache).
  const split = [];
  const streaming = [];
  for (let i = 0; i < INIT_RUNS; i++) {
    for (const [mode, list] of [['split', split], ['streaming', streaming]]) {
      const { context, page, errors } = await freshPage('/www/bench.html');
      await page.waitForFunction(() => window.formkollBench);
      list.push(await page.evaluate((m) => window.formkollBench.init(m), mode));
      if (errors.length) throw new Error(errors.join('\n'));
      await context.close();
    }
  }
  const d = (list, a, b) => med(list.map((t) => t[b] - t[a]));
  out.init = {
    fetch: d(split, 'start', 'fetched'), compile: d(split, 'fetched', 'compiled'),
    instantiate: d(split, 'compiled', 'instantiated'), template: d(split, 'instantiated', 'template'),
    session: d(split, 'template', 'session'),
    jsonTemplate: d(split, 'jsonStart', 'jsonTemplate'),
    streamingInit: d(streaming, 'start', 'instantiated'), streamingTotal: d(streaming, 'start', 'session'),
  };

  // 2 and 3. Counting and Session.set from JS.
  const { context, page, errors } = await freshPage('/www/bench.html');
  await page.waitForFunction(() => window.formkollBench);
  out.counting = await page.evaluate(() => window.formkollBench.counting());
  out.callCost = await page.evaluate(() => window.formkollBench.callCost());
  out.sessionSet = await page.evaluate((n) => window.formkollBench.sessionSet(n), KEYSTROKES);
  if (errors.length) throw new Error(errors.join('\n'));
  await context.close();

  // 4. Keystrokes in the demo form, enhanced by attach(), real report loaded.
  {
    const { context, page, errors } = await freshPage('/www/index.html');
    await page.waitForFunction(() => document.documentElement.dataset.formkoll === 'ready');
    await page.click('#load-example');
    await page.waitForFunction(() => {
      const r = window.formkollDemo.handle.result();
      return r.questions.filter((q) => q.count > 0).length >= 30;
    });
    out.dom = await page.evaluate(async (n) => {
      const ta = document.querySelector('textarea[data-formkoll-question="3.1"]');
      const typed = 'Vi samverkar med kommunerna och näringslivet i länet. ';
      const handler = [];
      const layout = [];
      // Baseline: the same typing with no input event (formkoll not told),
      // so the page's own style/layout cost of a changed textarea shows.
      const plain = [];
      const start = ta.value;
      for (let k = 0; k < n; k++) {
        ta.value += typed[k % typed.length];
        const t0 = performance.now();
        void document.body.offsetHeight;
        plain.push(performance.now() - t0);
      }
      ta.value = start;
      ta.dispatchEvent(new Event('input', { bubbles: true }));
      for (let k = 0; k < n; k++) {
        ta.value += typed[k % typed.length];
        const t0 = performance.now();
        ta.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = performance.now();
        void document.body.offsetHeight; // style and layout of what changed
        const t2 = performance.now();
        handler.push(t1 - t0);
        layout.push(t2 - t0);
        if (k % 50 === 49) await new Promise((r) => setTimeout(r, 0));
      }
      const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];
      const result = window.formkollDemo.handle.result();
      const q = result.questions.find((x) => x.id === '3.1');
      const limit = result.limits.find((l) => l.section === '3');
      // The DOM shows the new numbers: the section budget's text holds the sum.
      const shown = document.body.textContent.replace(/\u00a0/g, ' ');
      const fmtSv = (x) => x.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');
      return {
        n, textLength: ta.value.length, count: q.count, sectionCount: limit.count,
        domShowsSectionCount: shown.includes(fmtSv(limit.count)),
        handler: { p50: pct(handler, 50), p95: pct(handler, 95), max: Math.max(...handler) },
        withLayout: { p50: pct(layout, 50), p95: pct(layout, 95), max: Math.max(...layout) },
        layoutOnly: { p50: pct(plain, 50), p95: pct(plain, 95), max: Math.max(...plain) },
      };
    }, KEYSTROKES);
    if (errors.length) throw new Error(errors.join('\n'));
    await context.close();
  }
} finally {
  await browser.close();
  inProcess.close();
  await worker.terminate();
}

// Tables.
console.log(`\nChromium ${version} (headless), ${new Date().toISOString()}\n`);
console.log('Start-up: the demo form enhanced (median of %d fresh contexts each, interleaved; load average %s)\n', out.startup.runs, out.load);
const st = out.startup;
const row = (label, k) => `| ${label} | ${fmt(st.static[k])} | ${fmt(st.dynamic[k])} | ${fmt(st.before[k])} |`;
console.log('| measured | glue imported as www/app.js does (static), server in its own thread | glue imported after the clock starts (dynamic), own thread | before: dynamic, server in the driver\'s event loop |');
console.log('|---|---:|---:|---:|');
console.log(row('**module script start → enhanced form (`await init()` + `attach()`)**', 'total').replace(/\| ([0-9.]+ ms) \|/, '| **$1** |'));
console.log(row('… of which the glue (static: its fetch, before the script starts; dynamic: the import)', 'glue'));
console.log(row('… of which `await init()` (fetch + compile + instantiate; dynamic: + glue)', 'init'));
console.log(row('… of which `attach()` (template, session, DOM)', 'attach'));
console.log(row('module script start, since navigation', 'scriptStart'));
console.log(row('the page with formkoll, navigation → enhanced form', 'sinceNavigation'));
console.log(`| anchor: \`WebAssembly.compile\` of the same bytes (already fetched) | ${fmt(st.compile)} | | |`);
console.log(`| anchor: the same page without formkoll, navigation → load event | ${fmt(st.plainLoad)} | | |`);
console.log('\nModule init (median of %d fresh contexts)\n', INIT_RUNS);
console.log('| step | time |\n|---|---:|');
for (const [k, label] of [['fetch', 'fetch wasm (127.0.0.1)'], ['compile', 'WebAssembly.compile'], ['instantiate', 'instantiate (initSync)'],
  ['template', 'embedded template (Rules.default)'],
  ['jsonTemplate', 'the same template from its JSON text (Rules.fromJson, after the above)'], ['session', 'first session (empty report)'],
  ['streamingInit', '`await init()` (fetch + streaming compile + instantiate)'], ['streamingTotal', '`await init()` + template + session']]) {
  console.log(`| ${label} | ${fmt(out.init[k])} |`);
}
console.log('\nCounting: per call, JS↔WASM call cost included, medians of interleaved rounds\n');
console.log('| text | UTF-8 bytes | formkoll `count` | `Intl.Segmenter` | `.length` | Segmenter ÷ count |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of out.counting) {
  console.log(`| ${r.name} | ${r.bytes} | ${fmt(r.ms.count)} (${mbs(r.bytes, r.ms.count)}) | ${fmt(r.ms.segmenter)} (${mbs(r.bytes, r.ms.segmenter)}) | ${r.ms.length < 1e-4 ? '< 0.1 µs' : fmt(r.ms.length)} | ${(r.ms.segmenter / r.ms.count).toFixed(1)}× |`);
}
console.log(`\nJS↔WASM call alone, count(""): ${fmt(out.callCost.empty)}; TextEncoder.encodeInto of the fixture text (the UTF-16 → UTF-8 copy a string argument needs): ${fmt(out.callCost.encodeFixture)}`);
console.log('\nCounts (same strings): ' + out.counting.map((r) => `${r.name}: count ${r.count}, Segmenter ${r.segmenterCount}, .length ${r.length}`).join('; '));
console.log(`\nSession.set in 3.1 from JS, ${KEYSTROKES} keystrokes\n`);
console.log('| loaded | p50 | p95 | max |\n|---|---:|---:|---:|');
for (const [k, v] of Object.entries(out.sessionSet)) console.log(`| ${k} | ${fmt(v.p50)} | ${fmt(v.p95)} | ${fmt(v.max)} |`);
const dom = out.dom;
console.log(`\nKeystroke → counters, budget and score in the DOM (demo form, attach(), real report loaded), ${dom.n} keystrokes in 3.1\n`);
console.log('| measured | p50 | p95 | max |\n|---|---:|---:|---:|');
console.log(`| input handler (count, budget, score, summary updated) | ${fmt(dom.handler.p50)} | ${fmt(dom.handler.p95)} | ${fmt(dom.handler.max)} |`);
console.log(`| handler + forced style/layout | ${fmt(dom.withLayout.p50)} | ${fmt(dom.withLayout.p95)} | ${fmt(dom.withLayout.max)} |`);
console.log(`| baseline: style/layout of the typed textarea alone, no formkoll | ${fmt(dom.layoutOnly.p50)} | ${fmt(dom.layoutOnly.p95)} | ${fmt(dom.layoutOnly.max)} |`);
console.log(`\n3.1 after typing: ${dom.textLength} UTF-16 units, count ${dom.count}; section 3 sum ${dom.sectionCount} shown in the DOM: ${dom.domShowsSectionCount}`);

await mkdir(join(ROOT, 'target'), { recursive: true });
await writeFile(join(ROOT, 'target/bench-browser.json'), JSON.stringify(out, null, 2) + '\n');
console.log('\nwrote target/bench-browser.json');

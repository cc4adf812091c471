// Start-up A/B (issue 12): two builds of the package side by side, the demo
// form enhanced from the module script's start (www/bench-start.js), fresh
// Chromium contexts alternating between the builds so shared machine load
// falls on both alike. Prints medians of init / attach / total.
//
//   node tests/bench/ab-start.mjs pkg-before pkg     (RUNS=20 by default)
//
// Each DIR is a `make pkg` output under the repository root; the page of
// build B imports ../DIR/formkoll.js and fetches ../DIR/formkoll_bg.wasm.
// Not a test: nothing passes or fails on speed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chromium } from 'playwright-core';
import { ROOT } from './serve.mjs';

const [A = 'pkg-before', B = 'pkg'] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS || 20);
const demo = await readFile(join(ROOT, 'www/index.html'), 'utf8');
const script = await readFile(join(ROOT, 'www/bench-start.js'), 'utf8');
const page = (dir) => demo.replace('<script type="module" src="app.js"></script>',
  `<script type="module" src="ab-start-${dir}.js"></script>`);
const VIRTUAL = {};
for (const dir of [A, B]) {
  VIRTUAL[`/www/ab-start-${dir}.html`] = page(dir);
  VIRTUAL[`/www/ab-start-${dir}.js`] = script.replaceAll('../pkg/', `../${dir}/`);
}
const worker = new Worker(new URL('./serve.mjs', import.meta.url), { workerData: { formkollBenchServer: true, virtual: VIRTUAL } });
const port = await new Promise((ok, fail) => { worker.once('message', ok); worker.once('error', fail); });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const runs = { [A]: [], [B]: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const dir of i % 2 ? [B, A] : [A, B]) {
      const context = await browser.newContext();
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${port}/www/ab-start-${dir}.html`);
      await p.waitForFunction(() => window.formkollStart, null, { timeout: 30000 });
      const st = await p.evaluate(() => window.formkollStart);
      if (!st.enhanced) throw new Error(`${dir}: the form was not enhanced`);
      runs[dir].push(st);
      await context.close();
    }
  }
} finally {
  await browser.close();
  worker.postMessage('close');
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2; };
console.log(`| build | init ms | attach ms | total ms |  (median of ${RUNS} fresh contexts each, interleaved)`);
console.log('|---|---|---|---|');
for (const dir of [A, B]) {
  const r = runs[dir];
  console.log(`| ${dir} | ${med(r.map((x) => x.init)).toFixed(1)} | ${med(r.map((x) => x.attach)).toFixed(1)} | ${med(r.map((x) => x.total)).toFixed(1)} |`);
}
// Under shared load the medians drift between runs; the pairs (A and B
// loaded one after the other) see about the same load, so the median of
// their differences is the steadier figure.
const diff = (k) => med(runs[B].map((x, i) => x[k] - runs[A][i][k]));
console.log(`| ${B} − ${A}, median of paired differences | ${diff('init').toFixed(1)} | ${diff('attach').toFixed(1)} | ${diff('total').toFixed(1)} |`);

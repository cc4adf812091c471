// Interleaved A/B bench of two builds of the package in one Node process:
// Session.set (a keystroke in 3.1 of the real report), count(fixture) and
// check(report). Under shared load only such interleaved ratios mean
// anything (issue 12). Each DIR needs formkoll.cjs and formkoll_bg.wasm: a
// built pkg/, or wasm-bindgen --target nodejs output with formkoll.js copied
// to formkoll.cjs. Run it 2–3 times.
//
//   make pkg && cp -r pkg /tmp/before   # then change the build, make pkg
//   node tests/bench/node-ab.mjs /tmp/before "$PWD/pkg"
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
const req = createRequire(import.meta.url);
const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length !== 2) throw new Error('usage: node tests/bench/node-ab.mjs DIR_A DIR_B');
const mods = dirs.map((d) => req(d + '/formkoll.cjs'));
const fixturePath = new URL('../fixtures/jamtland-2024.json', import.meta.url);
const report = JSON.parse(readFileSync(fixturePath, 'utf8'));
const text = (a) => (typeof a === 'string' ? a : (a.text ?? ''));
const fixture = Object.values(report.answers).map(text).join('\n');
const base = text(report.answers['3.1']);
const typed = ' Vi har arbetat vidare med samverkan i regionen och följt upp målen.';
const ss = mods.map((m) => m.Rules.default().session(JSON.stringify(report), 'sv'));
const rules = mods.map((m) => m.Rules.default());
const t = { set: dirs.map(() => []), count: dirs.map(() => []), check: dirs.map(() => []) };
for (let r = 0; r < 60; r++) for (let j = 0; j < mods.length; j++) {
  let t0 = performance.now();
  for (let k = 0; k < 50; k++) ss[j].set('3.1', base + typed.slice(0, (k + r) % typed.length));
  t.set[j].push((performance.now() - t0) / 50 * 1000);
  t0 = performance.now();
  for (let k = 0; k < 20; k++) mods[j].count(fixture);
  t.count[j].push((performance.now() - t0) / 20 * 1000);
  t0 = performance.now();
  rules[j].check(report, 'sv');
  t.check[j].push((performance.now() - t0) * 1000);
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
for (const k of Object.keys(t)) {
  const cols = dirs.map((d, j) => `${d.split('/').pop()} ${med(t[k][j]).toFixed(1)}µs`).join('  ');
  console.log(k.padEnd(6), cols, 'ratio B/A', (med(t[k][1]) / med(t[k][0])).toFixed(2));
}

// What each part of the wasm module costs: raw bytes and gzip -9 of that part
// alone (the parts compress a little worse alone than together, so the column
// sums to more than the whole). Needs a module that still has its name section:
// `make size-breakdown` builds one (as make pkg does, but wasm-opt -Oz -g).
//   node scripts/wasm-size-breakdown.mjs MODULE.wasm [--list]   (--list: every function, largest first)
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const bytes = readFileSync(process.argv[2]);
const template = readFileSync(new URL('../templates/resultatredovisning-2024-99.json', import.meta.url));
let i = 8;
const leb = () => { let n = 0, s = 0, x; do { x = bytes[i++]; n += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return n; };
// Function indexes count imported functions first.
const imported = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).filter((x) => x.kind === 'function').length;
const bodies = [];
const segments = [];
const names = new Map();
const custom = [];
while (i < bytes.length) {
  const id = bytes[i++];
  const size = leb();
  const end = i + size;
  if (id === 10) {
    for (let k = leb(); k > 0; k--) { const n = leb(); bodies.push(bytes.subarray(i, i + n)); i += n; }
  } else if (id === 11) {
    for (let k = leb(); k > 0; k--) {
      const flag = leb();
      if (flag === 2) leb();
      if (flag !== 1) { while (bytes[i] !== 0x0b) i++; i++; }
      const n = leb(); segments.push(bytes.subarray(i, i + n)); i += n;
    }
  } else if (id === 0) {
    const l = leb(); const name = bytes.subarray(i, i + l).toString(); i += l;
    custom.push([name, size]);
    if (name === 'name') {
      while (i < end) {
        const sub = bytes[i++]; const n = leb(); const subEnd = i + n;
        if (sub === 1) for (let k = leb(); k > 0; k--) { const idx = leb(); const l2 = leb(); names.set(idx, bytes.subarray(i, i + l2).toString()); i += l2; }
        i = subEnd;
      }
    }
  }
  i = end;
}

const CATEGORIES = [
  ['serde_path_to_error (JSON paths in template/report errors)', /serde_path_to_error/],
  ['serde, serde_json, serde-wasm-bindgen (other)', /serde/],
  ['unicode-segmentation (code)', /unicode_segmentation/],
  ['formkoll dom (attach)', /formkoll::dom|attach|Enhancer|BudgetMeter|formhandle/i],
  ['formkoll JSON reader and writer', /formkoll::json|ToJson|write_json/],
  ['formkoll template model', /formkoll::template/],
  ['formkoll report, session, check, findings, score', /formkoll::(report|session|validate|finding|score|result|error)/],
  ['formkoll messages', /formkoll::messages/],
  ['formkoll hygiene, keywords, count, grapheme', /formkoll::(hygiene|keywords|count|grapheme)/],
  ['formkoll bindings', /formkoll::bindings|rules_|session_|^count$|^normalize$/],
  ['float formatting and parsing (core)', /flt2dec|dec2flt|zmij|f64|f32|ryu|lexical/],
  ['sorting (core::slice::sort)', /core::slice::sort/],
  ['wasm-bindgen, js-sys, web-sys glue', /wasm_bindgen|js_sys|web_sys|__wbindgen|__wbg|externref|closure/],
  ['allocator, collections (dlmalloc, alloc, hashbrown)', /dlmalloc|alloc::|hashbrown|<alloc|RawVec|Vec<|String/],
  ['core formatting, panics, strings, other std', /./],
];
const groups = new Map(CATEGORIES.map(([k]) => [k, []]));
const listing = [];
bodies.forEach((b, k) => {
  const name = names.get(imported + k) ?? '';
  const cat = CATEGORIES.find(([, re]) => re.test(name))?.[0] ?? CATEGORIES.at(-1)[0];
  groups.get(cat).push(b);
  listing.push([b.length, cat, name]);
});
if (process.argv.includes('--list')) {
  for (const [n, cat, name] of listing.sort((a, b) => b[0] - a[0])) console.log(`${n}\t${cat.slice(0, 24)}\t${name.slice(0, 140)}`);
}

// Data: find the template JSON and unicode-segmentation's grapheme table
// (its first rows: U+0000..U+0009 Control, U+000A LF) in the segments.
const data = Buffer.concat(segments);
const parts = [];
const t = data.indexOf(template.subarray(0, 200));
let rest = data;
if (t >= 0) {
  parts.push(['embedded template JSON (data)', data.subarray(t, t + template.length)]);
  rest = Buffer.concat([data.subarray(0, t), data.subarray(t + template.length)]);
}
const row = Buffer.from([0, 0, 0, 0, 9, 0, 0, 0]);
const g = rest.indexOf(row);
if (g >= 0) {
  // 12-byte rows (char, char, category) until the ranges stop increasing.
  let e = g;
  while (e + 12 <= rest.length && rest.readUInt32LE(e + 4) >= rest.readUInt32LE(e) && rest.readUInt32LE(e) <= 0x10ffff && rest.readUInt32LE(e + 4) <= 0x10ffff && (e === g || rest.readUInt32LE(e) > rest.readUInt32LE(e - 12 + 4))) e += 12;
  parts.push(['grapheme break table (data)', rest.subarray(g, e)]);
  rest = Buffer.concat([rest.subarray(0, g), rest.subarray(e)]);
}
parts.push(['other data (messages, Unicode case and segmentation lookups, strings, float tables)', rest]);

const gz = (b) => gzipSync(b, { level: 9 }).length;
const rows = [...groups].map(([k, bs]) => [k + ' (code)', Buffer.concat(bs)]).concat(parts)
  .filter(([, b]) => b.length > 0)
  .sort((a, b) => b[1].length - a[1].length);
console.log(`| part | raw bytes | gzip -9 alone |\n|---|---:|---:|`);
for (const [k, b] of rows) console.log(`| ${k} | ${b.length} | ${gz(b)} |`);
const stripped = custom.filter(([n]) => n === 'name').reduce((s, [, n]) => s + n, 0);
console.log(`| whole module without its name section | ${bytes.length - stripped} | — |`);
console.log(`\n${bodies.length} functions, ${names.size} named; custom sections: ${custom.map(([n, s]) => `${n} ${s}`).join(', ')}`);

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, listen } from './serve.mjs';
const demo = await readFile(join(ROOT, 'www/index.html'), 'utf8');
let glue = await readFile(join(ROOT, (process.argv[2] || 'pkg') + '/formkoll.js'), 'utf8');
glue = glue.replace('    return {\n        __proto__: null,\n        "./formkoll_bg.js": import0,', `    window.__calls = {}; window.__strs = {n:0, bytes:0};
    for (const k of Object.keys(import0)) { const f = import0[k]; if (typeof f === 'function') import0[k] = function (...a) { window.__calls[k] = (window.__calls[k] || 0) + 1; return f.apply(this, a); }; }
    return {
        __proto__: null,
        "./formkoll_bg.js": import0,`);
glue = glue.replace(/function getStringFromWasm0\(ptr, len\) \{/, 'function getStringFromWasm0(ptr, len) { window.__strs.n++; window.__strs.bytes += len;');
const V = { ['/' + (process.argv[2] || 'pkg') + '/formkoll.js']: glue, '/www/bench-start.html': demo.replace('<script type="module" src="app.js"></script>', '<script type="module" src="bench-start.js"></script>') };
const srv = await listen(V);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${srv.address().port}/www/bench-start.html`);
await page.waitForFunction(() => window.formkollStart);
const r = await page.evaluate(() => ({ calls: window.__calls, strs: window.__strs, st: window.formkollStart }));
const tot = Object.values(r.calls).reduce((a, b) => a + b, 0);
console.log('import calls', tot, 'strings from wasm', JSON.stringify(r.strs), JSON.stringify(r.st));
for (const [k, v] of Object.entries(r.calls).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v, k);
await browser.close(); srv.close();

// make test-engines: runs suite.mjs in Firefox ESR and WebKitGTK, one engine
// after the other, against scripts/serve.py --watch (the strict CSP with a
// report-uri, and guard.js first in every page). After each test the page is
// left for a blank one, storage is cleared, and any page error or CSP report
// the server received since the last test fails that test.
//
//   node tests/engines/run.mjs [firefox|webkit|all]    (or ENGINE=…)
//   ENGINES_PORT=8927: the test server; WebKitWebDriver gets the next port.
//   ENGINES_ONLY=importer: only the tests whose name matches.
// Ends with "test-engines: N passed, N failed"; each failure names the engine and its version.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { report } from '../expected.mjs';
import { tests } from './suite.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.ENGINES_PORT || 8927);
const BASE = `http://127.0.0.1:${PORT}`;
const TEST_TIMEOUT = 90_000;
// ENGINES_ONLY=regex runs the tests whose name matches (all by default).
const ONLY = new RegExp(process.env.ENGINES_ONLY || '');
const ENGINES = {
  firefox: () => import('./firefox.mjs').then((m) => m.launch()),
  webkit: () => import('./webkit.mjs').then((m) => m.launch({ port: PORT + 1 })),
};

const wanted = (process.argv[2] || process.env.ENGINE || 'all').split(',').filter(Boolean);
const engines = wanted.includes('all') ? Object.keys(ENGINES) : wanted;
for (const e of engines) {
  if (!ENGINES[e]) {
    console.error(`test-engines: unknown engine "${e}" (firefox, webkit or all)`);
    process.exit(2);
  }
}

/** What the test server received from the pages (serve.py --watch). */
const watch = {
  async get() { return (await fetch(`${BASE}/__watch`)).json(); },
  async reset() { return (await fetch(`${BASE}/__watch/reset`, { method: 'POST' })).json(); },
  /** Polls until pred(seen) holds (at most ms); resolves to whether it did. */
  async poll(pred, ms = 10_000) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (pred(await this.get())) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  },
};

async function startServer() {
  const server = spawn('python3', ['scripts/serve.py', '--port', String(PORT), '--dir', '.', '-q', '--watch', '/tests/engines/guard.js'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`scripts/serve.py exited (${server.exitCode}); is port ${PORT} taken?`);
    try {
      await watch.get();
      return server;
    } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  server.kill();
  throw new Error(`scripts/serve.py did not answer on ${BASE}`);
}

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, reject) => {
  const t = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  t.unref();
})]);

/** Leaves the page for a blank one of the same origin and clears its storage. */
async function park(b) {
  await b.goto(`${BASE}/tests/engines/blank.html`);
  await b.eval(() => { localStorage.clear(); sessionStorage.clear(); });
}

const failures = [];
let passed = 0;
const started = Date.now();
let server;
try {
  server = await startServer();
  report(); // the CLI's expected values, before any browser starts
  const env = { base: BASE, watch };
  for (const name of engines) {
    let b;
    try {
      b = await withTimeout(ENGINES[name](), 60_000, `starting ${name}`);
    } catch (e) {
      failures.push(`[${name}] could not start: ${e.message}`);
      console.log(`FAIL ${name}: could not start: ${e.message}`);
      continue;
    }
    console.log(`\n${b.version}`);
    await watch.reset();
    for (const t of tests.filter((x) => ONLY.test(x.name))) {
      const t0 = Date.now();
      let error = null;
      try {
        await withTimeout(t.run(b, env), TEST_TIMEOUT, t.name);
      } catch (e) {
        error = e.message;
      }
      try {
        await withTimeout(park(b), 30_000, 'leaving the page');
      } catch (e) {
        error ??= e.message;
      }
      const seen = await watch.reset();
      if (!error && (seen.errors.length || seen.csp.length)) {
        error = `no page errors and no CSP reports: got ${JSON.stringify(seen)}`;
      }
      const ms = Date.now() - t0;
      if (error) {
        failures.push(`[${b.version}] ${t.name}\n    ${error}`);
        console.log(`  FAIL ${t.name} (${ms} ms)\n    ${error}`);
      } else {
        passed += 1;
        console.log(`  ok   ${t.name} (${ms} ms)`);
      }
    }
    await b.close().catch(() => {});
  }
} catch (e) {
  failures.push(`test-engines: ${e.message}`);
  console.log(`FAIL ${e.message}`);
} finally {
  server?.kill();
}

if (failures.length) console.log(`\nFailures:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\ntest-engines: ${engines.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`test-engines: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

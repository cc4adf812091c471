// The benchmark's static server (tests/bench/run.mjs): the repository from
// 127.0.0.1 under the strict CSP of the brief, plus COOP/COEP so
// performance.now() has 5 µs resolution; nothing cached.
//
// `handler(virtual)` answers requests; run as a worker thread (run.mjs does)
// the server has its own event loop. In the driver's own process its
// answers waited behind Playwright's protocol traffic: a 38 KB glue file
// took up to 60–350 ms from request to response on a loaded machine
// (resource timing, 2 December 2026), which the start-up figure counted.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A request handler serving ROOT, with `virtual` (path → text) first. */
export function handler(virtual) {
  return async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = join(ROOT, path);
    if (!file.startsWith(ROOT)) { res.writeHead(403).end(); return; }
    try {
      const body = virtual[path] ?? await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
}

/** Listens on a free port of 127.0.0.1; resolves to the server. */
export async function listen(virtual) {
  const server = createServer(handler(virtual));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

// As a worker thread: serve workerData.virtual, post the port, close on 'close'.
if (!isMainThread && workerData?.formkollBenchServer) {
  const server = await listen(workerData.virtual);
  parentPort.postMessage(server.address().port);
  parentPort.on('message', (m) => { if (m === 'close') server.close(() => process.exit(0)); });
}

// WebKitGTK through Debian's WebKitWebDriver, which starts MiniBrowser and
// speaks W3C WebDriver over HTTP: the few commands the suite needs are sent
// with fetch (no client library: nothing but the local driver is called).
// MiniBrowser has no headless mode, so the driver runs under `xvfb-run -a`.
// Implements the driver interface of suite.mjs.
import { spawn } from 'node:child_process';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const ENTER = '\uE007';

const COMMAND_TIMEOUT = 30_000;

/** Calls the driver; resolves to the command's `value` or throws its error. */
async function call(base, method, path, body) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      // A command that hangs fails by its name, not as the whole test's timeout.
      signal: AbortSignal.timeout(COMMAND_TIMEOUT),
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Error(`WebKitWebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${e.message}`);
  }
  const json = await res.json().catch(() => ({ value: { error: `HTTP ${res.status}`, message: '' } }));
  if (!res.ok || json.value?.error) {
    throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message ?? ''}`.trim());
  }
  return json.value;
}

/** Polls the driver's /status until it answers, for at most `ms`. */
async function ready(base, proc, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`WebKitWebDriver exited (${proc.exitCode})`);
    try {
      if ((await call(base, 'GET', '/status')).ready !== false) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on ${base} in ${ms} ms`);
}

/** Starts WebKitWebDriver on `port` under Xvfb and opens a MiniBrowser session. */
export async function launch({ port }) {
  // Its own process group, so close() ends xvfb-run, Xvfb and the driver together.
  const proc = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
  const stop = () => { try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ } };
  const base = `http://127.0.0.1:${port}`;
  let session;
  try {
    await ready(base, proc, 20_000);
    session = await call(base, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          pageLoadStrategy: 'eager',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n${stderr}`);
  }
  const s = (path) => `/session/${session.sessionId}${path}`;
  const find = async (selector) => (await call(base, 'POST', s('/element'), { using: 'css selector', value: selector }))[ELEMENT];
  const { browserName, browserVersion } = session.capabilities;
  // With pageLoadStrategy 'eager' a navigation returns at DOMContentLoaded,
  // and a script still waiting in the old document never returns: so poll
  // with short scripts until a new document (no mark) has loaded.
  const loaded = async () => {
    const end = Date.now() + COMMAND_TIMEOUT;
    for (;;) {
      const done = await call(base, 'POST', s('/execute/sync'), {
        script: 'return !window.__enginesOld && document.readyState === "complete";', args: [],
      }).catch(() => false);
      if (done) return;
      if (Date.now() > end) throw new Error(`WebKitWebDriver: the page did not load in ${COMMAND_TIMEOUT} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    engine: 'webkit',
    version: `WebKitGTK ${browserVersion} (${browserName})`,
    async goto(url) {
      await this.eval(() => { window.__enginesOld = true; });
      await call(base, 'POST', s('/url'), { url });
      await loaded();
    },
    async reload() {
      await this.eval(() => { window.__enginesOld = true; });
      await call(base, 'POST', s('/refresh'), {});
      await loaded();
    },
    async eval(fn, ...args) {
      // The spec's execute awaits a returned promise.
      return call(base, 'POST', s('/execute/sync'), { script: `return (${fn}).apply(null, arguments);`, args });
    },
    async click(selector) { await call(base, 'POST', s(`/element/${await find(selector)}/click`), {}); },
    // Key presses (Actions API), one a code point, "\n" as Enter: element
    // Send Keys drops emoji and newlines in WebKitGTK.
    async type(text) {
      const actions = [];
      for (const ch of text) {
        const value = ch === '\n' ? ENTER : ch;
        actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
      }
      await call(base, 'POST', s('/actions'), { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await call(base, 'DELETE', s('/actions'));
    },
    async close() {
      await call(base, 'DELETE', s('')).catch(() => {});
      stop();
    },
  };
}

// Playwright for formkoll's browser tests: Debian's Chromium (no browser
// download), pages served by scripts/serve.py with the strict CSP header.
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 8917);

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['./count-reporter.mjs']],
  outputDir: '../../target/e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `python3 scripts/serve.py --port ${PORT} -q`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/www/index.html`,
    // Never reuse: a server on this port serving another folder would test the wrong files.
    reuseExistingServer: false,
    timeout: 20_000,
  },
});

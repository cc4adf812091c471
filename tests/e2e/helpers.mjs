// Shared by the specs: page watchers and small readers.
import { expect } from '@playwright/test';
import { report, sv } from '../expected.mjs';

/** "15 775" with the no-break space formkoll writes in Swedish. */
export { nb } from '../expected.mjs';

/**
 * Records everything that must stay empty on a strict portal: console
 * errors, uncaught exceptions, CSP violations and requests to other origins.
 */
export async function watch(page, origin) {
  const seen = { consoleErrors: [], pageErrors: [], foreignRequests: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  page.on('request', (r) => {
    seen.requests.push(r.url());
    if (!r.url().startsWith(origin)) seen.foreignRequests.push(r.url());
  });
  // Injected by the browser's debugger protocol, so CSP does not apply to it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  seen.violations = () => page.evaluate(() => window.__cspViolations);
  return seen;
}

/** Opens the demo page and waits until formkoll has enhanced the form. */
export async function openDemo(page) {
  await page.goto('/www/index.html');
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
}

/** Opens a fixture page and waits until formkoll is loaded (not attached). */
export async function openFixture(page, name) {
  await page.goto(`/www/fixtures/${name}.html`);
  await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
}

/** Clicks the example button and waits for the last section's meter to fill. */
export async function loadExample(page) {
  await page.click('#load-example');
  await expect(page.locator('.formkoll-budget__label').nth(5)).toContainText(sv(report().counts[5]));
}

/** The meter of section n (1-based) on the demo page. */
export const meter = (page, n) => page.locator(`[data-formkoll-budget="${n}"] .formkoll-budget`);

/** The counter after the textarea with this id. */
export const counterOf = (page, id) => page.locator(`#${id} + .formkoll-count`);

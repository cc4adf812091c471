// The server's verdict for one step equals the browser's: on every step of
// www/steg.html, attach(form, { scope: 'form', report }) gives the same
// findings, counts and score as rules.check(report, { questions }) in the
// page and as `formkoll check REPORT --questions … --format json` (issue 24).
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli, FIXTURE } from '../expected.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = readFileSync(ROOT + FIXTURE, 'utf8');
const STEPS = 6;

/** What makes a verdict: every finding as shown, the counts and the score. */
const verdict = (r) => ({
  questions: r.questions.map((q) => [q.id, q.count, q.answered]),
  limits: r.limits.map((l) => [l.id, l.count]),
  findings: r.findings.map((f) => [f.code, f.severity, f.question, f.message]),
  counts: r.counts,
  score: r.score,
  breakdown: r.score_breakdown,
  valid: r.valid,
});

for (let step = 1; step <= STEPS; step++) {
  test(`step ${step} of steg.html: scope 'form' = rules.check({ questions }) = formkoll check --questions`, async ({ page }) => {
    // The whole real report saved, as the step pages' "server" keeps it.
    await page.addInitScript((json) => sessionStorage.setItem('formkoll-demo:steg-rapport-2024', json), fixture);
    await page.goto(`/www/steg.html?steg=${step}`);
    await expect(page.locator('html')).toHaveAttribute('data-formkoll', 'ready');
    const { browser, server, ids } = await page.evaluate(async () => {
      const { Rules } = await import('../pkg/formkoll.js');
      const ids = Object.keys(window.steg.fields);
      const report = sessionStorage.getItem('formkoll-demo:steg-rapport-2024');
      return {
        ids,
        browser: window.steg.handle.result(),
        server: Rules.default().check(report, { questions: ids }),
      };
    });
    expect(ids.length).toBeGreaterThan(0);
    expect(browser.questions.map((q) => q.id)).toEqual(ids);
    expect(verdict(server)).toEqual(verdict(browser));
    const native = JSON.parse(cli(['check', FIXTURE, '--questions', ids.join(','), '--format', 'json'], { ok: [0, 1] }));
    expect(verdict(native)).toEqual(verdict(browser));
  });
}

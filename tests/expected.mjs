// What the browser suites expect of the real report, from one place: the
// native CLI's own check of tests/fixtures/jamtland-2024.json, asked at test
// time (the literal numbers are pinned once, in tests/fixture.rs). Used by
// the Chromium specs (tests/e2e/) and the Firefox/WebKit suite (tests/engines/),
// so every engine is held to the same values as the native core.
//
//   import { report, count } from '../expected.mjs';
//   report().labels[1]  // "Avsnitt 2: 15 775 av 15 000 tecken — 775 för mycket" (no-break spaces)
//   count('e\u0301')    // 1, as `formkoll count` says
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURE = 'tests/fixtures/jamtland-2024.json';

/** "15 775" with the no-break space formkoll writes in Swedish. */
export const nb = (s) => s.replace(/(?<=\d) (?=\d{3}\b)/g, '\u00a0');

/** A number as the Swedish messages write it: 15 775, with a no-break space. */
export const sv = (n) => nb(String(n).replace(/\B(?=(\d{3})+$)/g, ' '));

/**
 * Runs the release CLI (built by cargo if it is not yet) and returns its
 * stdout. `ok` lists the exit codes that are an answer, not a failure.
 */
export function cli(args, { input, ok = [0] } = {}) {
  const r = spawnSync('cargo', ['run', '--release', '--quiet', '--bin', 'formkoll', '--', ...args], {
    cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (!ok.includes(r.status)) {
    throw new Error(`formkoll ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  }
  return r.stdout;
}

let cached;
/**
 * The CLI's check of the real report (`formkoll check FIXTURE --format json`)
 * and what a page must show for it: each section's budget label, the score's
 * label, the error summary's messages in order, and each answer's counter.
 */
export function report() {
  if (cached) return cached;
  const json = JSON.parse(cli(['check', FIXTURE, '--format', 'json'], { ok: [1] }));
  const limits = json.limits.map(({ section, count, max, remaining, over_by: overBy }) => ({ section, count, max, remaining, overBy }));
  cached = {
    json,
    score: json.score,
    limits,
    counts: limits.map((l) => l.count),
    over: limits.map((l) => l.overBy > 0),
    labels: limits.map((l) => `Avsnitt ${l.section}: ${sv(l.count)} av ${sv(l.max)} tecken — `
      + (l.overBy > 0 ? `${sv(l.overBy)} för mycket` : `${sv(l.remaining)} kvar`)),
    scoreLabel: `Fullständighet: ${json.score} av 100`,
    errors: json.findings.filter((f) => f.severity === 'error').map((f) => f.message),
    // Each answer's counter: "2 464 tecken av avsnittets 11 000", by question id.
    shares: Object.fromEntries(json.questions.map((q) => {
      const limit = json.limits.find((l) => l.id === q.limits?.[0]);
      return [q.id, limit ? `${sv(q.count)} tecken av avsnittets ${sv(limit.max)}` : null];
    })),
  };
  return cached;
}

/** How many characters `formkoll count` says the text has (the last word of its output). */
export function count(text) {
  return Number(cli(['count'], { input: text }).trim().split(/\s+/).pop());
}

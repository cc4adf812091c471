// Shared by the node:test suites: the built package (pkg/, loaded with
// initSync as a Node user would), the real fixture and the native CLI.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const pkgDir = join(root, "pkg");
export const fixturePath = join(root, "tests/fixtures/jamtland-2024.json");
export const fixtureText = readFileSync(fixturePath, "utf8");

const formkoll = await import(pathToFileURL(join(pkgDir, "formkoll.js")).href);
formkoll.initSync({ module: readFileSync(join(pkgDir, "formkoll_bg.wasm")) });
export const { Rules, Session, count, normalize, fixes } = formkoll;

/** A fresh scratch directory. */
export function scratch() {
  return mkdtempSync(join(tmpdir(), "formkoll-node-"));
}

/**
 * `formkoll check FILE --format json [--lang L]` through cargo (the release
 * binary `make test-node` has built), parsed. Exit 1 means "the report has
 * errors", not a failure of the command.
 */
export function cliCheck(file, lang = "sv") {
  const run = spawnSync(
    "cargo",
    ["run", "--release", "--quiet", "--bin", "formkoll", "--", "check", file, "--format", "json", "--lang", lang],
    { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 },
  );
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`formkoll check exited ${run.status}: ${run.stderr}`);
  }
  return JSON.parse(run.stdout);
}

/** Writes `text` to a scratch file and returns its path. */
export function writeScratch(name, text) {
  const path = join(scratch(), name);
  writeFileSync(path, text);
  return path;
}

/** The fixture with every answer text transformed by `f`. */
export function variant(f) {
  const report = JSON.parse(fixtureText);
  for (const [id, answer] of Object.entries(report.answers)) {
    report.answers[id] = typeof answer === "string" ? f(answer) : { ...answer, text: f(answer.text) };
  }
  return JSON.stringify(report, null, 2);
}

/** The parts of a result that make the verdict (not the message wording). */
export function verdict(result) {
  return {
    valid: result.valid,
    score: result.score,
    counts: result.counts,
    limits: result.limits,
    questions: result.questions,
    codes: result.findings.map((f) => f.code),
    score_breakdown: result.score_breakdown,
  };
}

/** Calls `f`, which must throw; returns the error. */
export function thrown(f) {
  try {
    f();
  } catch (err) {
    return err;
  }
  throw new Error("expected a throw");
}

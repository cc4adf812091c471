#!/usr/bin/env node
// `npx formkoll`: the formkoll command line, run by the package's own
// WebAssembly module (formkoll/cli: the core plus the command line, a module
// of its own so that pages never load the CLI) — the same code as the native
// `formkoll` binary (src/cli/ in the Rust crate), so the output and the exit
// codes are the same: 0 valid (or success), 1 the report has errors, 2
// unusable input. This file only reads files and stdin and writes what the
// CLI returns.
"use strict";
const fs = require("node:fs");
const util = require("node:util");
const { runCli } = require("../cli/formkoll.cjs");

// A reason worded like the native CLI's ("No such file or directory (os error 2)").
function reason(err) {
  const known = typeof err.errno === "number" && util.getSystemErrorMap().get(err.errno);
  if (!known) return String(err.message || err);
  const text = known[1].charAt(0).toUpperCase() + known[1].slice(1);
  return `${text} (os error ${-err.errno})`;
}

function read(path) {
  try {
    const bytes = fs.readFileSync(path === null ? 0 : path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    throw new Error(reason(err));
  }
}

const out = runCli(process.argv.slice(2), read);
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
// exitCode, not exit(): a large output to a pipe is written in full first.
process.exitCode = out.exit;

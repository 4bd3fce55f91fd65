#!/usr/bin/env node
// Validates Kubernetes manifests (multi-document YAML) against the Kubernetes OpenAPI schemas shipped by
// kubernetes-models, plus unknown-field detection. Each document is picked by apiVersion + kind; an
// apiVersion/kind without a schema is a finding, never a silent pass.
// Usage: node validate-k8s.mjs <manifest.yaml>...
// Output and exit codes: see lib/cli.mjs.
import { runCli, readInput, finding, UsageError } from "./lib/cli.mjs";
import { parseYamlFile, positionOf } from "./lib/yaml-source.mjs";
import { checkKubernetesObject } from "./lib/kubernetes-check.mjs";

const TOOL = "kubernetes-models";

runCli("node validate-k8s.mjs <manifest.yaml>...", async (files) => {
  if (files.length === 0) throw new UsageError("no manifest files given");
  const findings = [];
  for (const file of files) {
    const text = await readInput(file);
    const parsed = parseYamlFile(file, text, TOOL, { version: "1.1" });
    findings.push(...parsed.findings);
    for (const { doc, value } of parsed.documents) {
      if (value === null || value === undefined) continue; // empty document, e.g. a trailing `---`
      for (const problem of await checkKubernetesObject(value)) {
        const { line, column } = positionOf(doc, parsed.lineCounter, problem.segments, { atKey: problem.atKey });
        findings.push(finding(file, TOOL, line, column, problem.message, problem.kind));
      }
    }
  }
  return findings;
});

#!/usr/bin/env node
// Validates Helm values files against a chart's values.schema.json, the check `helm install/lint` runs:
// the files are merged in order (like `helm -f values.yaml -f values-prod.yaml`) and the result is
// validated with ajv. Each finding points at the file and line that supplied the offending value.
// Usage: node validate-values.mjs <values.schema.json> <values.yaml>...
// Output and exit codes: see lib/cli.mjs.
import { runCli, readInput, finding, UsageError } from "./lib/cli.mjs";
import { parseYamlFile, locate } from "./lib/yaml-source.mjs";
import { describeAjvError } from "./lib/ajv-errors.mjs";
import { mergeHelmValues } from "./lib/helm-values-merge.mjs";
import { compileValuesSchema } from "./lib/values-schema.mjs";

const TOOL = "ajv";

runCli("node validate-values.mjs <values.schema.json> <values.yaml>...", async ([schemaFile, ...valuesFiles]) => {
  if (!schemaFile || valuesFiles.length === 0) throw new UsageError("need a schema file and at least one values file");
  let schema;
  try {
    schema = JSON.parse(await readInput(schemaFile));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    return [finding(schemaFile, TOOL, null, null, `invalid JSON: ${err.message}`, "invalid-schema")];
  }
  const { validate, schemaErrors } = compileValuesSchema(schema);
  if (schemaErrors) return schemaErrors.map((m) => finding(schemaFile, TOOL, null, null, m, "invalid-schema"));

  const findings = [];
  const sources = []; // { file, doc, lineCounter } in merge order
  let merged = {};
  for (const file of valuesFiles) {
    // Helm reads values with sigs.k8s.io/yaml (YAML 1.1): `enabled: yes` is a boolean there.
    const parsed = parseYamlFile(file, await readInput(file), TOOL, { version: "1.1" });
    findings.push(...parsed.findings);
    if (parsed.documents.length > 1) {
      findings.push(finding(file, TOOL, null, null, "values file has more than one YAML document", "yaml-syntax"));
    }
    const first = parsed.documents[0];
    const value = first?.value ?? {};
    if (typeof value !== "object" || Array.isArray(value)) {
      findings.push(finding(file, TOOL, 1, 1, "values file must be a YAML map", "type"));
      continue;
    }
    if (first) sources.push({ file, doc: first.doc, lineCounter: parsed.lineCounter });
    merged = mergeHelmValues(merged, value);
  }
  if (findings.length > 0) return findings; // validating a half-read merge would only add noise

  if (!validate(merged)) {
    for (const error of validate.errors) findings.push(toFinding(error, sources, valuesFiles.at(-1)));
  }
  return findings;
});

// Points at the last file (in merge order) that defines the failing path, i.e. the file whose value won.
// A missing required property is reported at its parent object in the last file that defines that object.
function toFinding(error, sources, lastFile) {
  const { segments, atKey, message, kind } = describeAjvError(error);
  for (const source of [...sources].reverse()) {
    const { found, position } = locate(source.doc, source.lineCounter, segments, { atKey });
    if (found) return finding(source.file, TOOL, position.line, position.column, message, kind);
  }
  return finding(lastFile, TOOL, null, null, message, kind);
}

// Runs a workflow through @actions/workflow-parser, GitHub's own TypeScript parser (the one behind the
// Actions VS Code extension). Two phases, as the language service does:
//   1. parseWorkflow: YAML -> template tokens, validated against GitHub's workflow schema
//      (unknown keys, wrong types, invalid `${{ }}` expression syntax, bad cron, ...).
//   2. convertWorkflowTemplate with ErrorPolicy.TryConversion: builds the job graph even when phase 1 found
//      errors, adding semantic errors (needs on unknown jobs, cycles, duplicate ids, ...).
import { register } from "node:module";
import { finding } from "./cli.mjs";

// The package imports .json without import attributes; install the hook before loading it (see the hook file).
register("./json-import-hook.mjs", import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");
// ErrorPolicy is not re-exported from the package index; the package exports every dist module ("./*").
const { ErrorPolicy } = await import("@actions/workflow-parser/model/convert");

export const TOOL = "workflow-parser";

/** Returns the findings for one workflow file's content. */
export async function checkWithWorkflowParser(file, content) {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const schemaErrorCount = parsed.context.errors.getErrors().length;
  if (parsed.value !== undefined) {
    await convertWorkflowTemplate(parsed.context, parsed.value, undefined, {
      errorPolicy: ErrorPolicy.TryConversion,
    });
  }
  return parsed.context.errors.getErrors().map((error, index) =>
    finding(
      file,
      TOOL,
      error.range?.start.line,
      error.range?.start.column,
      // YAML syntax errors carry a multi-line code frame; its first line already names the problem.
      error.rawMessage.split("\n")[0].trim(),
      index < schemaErrorCount ? "schema" : "semantic",
    ),
  );
}

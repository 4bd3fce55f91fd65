// Node module-customization hook: lets plain Node load `import x from "./file.json"`.
//
// Why: @actions/workflow-parser 0.3.61 imports its schema JSON without an import attribute
// (`with { type: "json" }`). Its bundlers/jest accept that; Node's ESM loader rejects it with
// ERR_IMPORT_ATTRIBUTE_MISSING. Instead of patching node_modules, we serve every .json module
// as an ES module whose default export is the parsed document, which is what the package expects.
import { readFile } from "node:fs/promises";

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && url.endsWith(".json")) {
    const text = await readFile(new URL(url), "utf8");
    // Re-serialize through JSON.parse so a malformed file fails here with a clear error.
    const source = `export default ${JSON.stringify(JSON.parse(text))};`;
    return { format: "module", source, shortCircuit: true };
  }
  return nextLoad(url, context);
}

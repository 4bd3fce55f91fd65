// Compiles a Helm values.schema.json with ajv the way Helm uses it: JSON Schema draft-07, all errors
// reported, formats checked. strict:false because Helm ignores keywords it does not know (chart authors
// use `title`, `$comment`, `x-*` annotations, ...); ajv's strict mode would reject the schema for those.
import Ajv from "ajv";
import addFormats from "ajv-formats";

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

/** Returns { validate } or { schemaErrors: [message] } when the schema itself is invalid. */
export function compileValuesSchema(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    return { schemaErrors: ["schema is not a JSON object"] };
  }
  if (schema.$schema !== undefined && !DRAFT_07.test(schema.$schema)) {
    return { schemaErrors: [`$schema ${schema.$schema} is not draft-07, the dialect Spectra generates`] };
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // validateSchema checks the schema against the draft-07 meta-schema: a generated schema with
  // `"type": "strin"` or `"required": "name"` is a finding, not a crash.
  if (!ajv.validateSchema(schema)) {
    return { schemaErrors: ajv.errors.map((e) => `${e.instancePath || "/"}: ${e.message}`) };
  }
  try {
    return { validate: ajv.compile(schema) };
  } catch (err) {
    return { schemaErrors: [err.message] }; // e.g. an unresolvable $ref
  }
}

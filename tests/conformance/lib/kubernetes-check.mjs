// Validates one Kubernetes object (already parsed) with kubernetes-models: types, enums, formats, patterns
// and required fields from the Kubernetes OpenAPI schema, plus unknown fields (see unknown-field-tracer).
import { findModelClass } from "./kubernetes-model-registry.mjs";
import { validateTracingUnknownFields } from "./unknown-field-tracer.mjs";
import { describeAjvError } from "./ajv-errors.mjs";

// Fields the Kubernetes API has but kubernetes-models' compiled schemas drop: its generator strips every
// property named `description` (PriorityClass.description, CRD column/schema descriptions, ...) and the
// `x-kubernetes-*` extensions of CRD schemas (JSONSchemaProps). Found by maintenance/find-schema-gaps.mjs,
// which compares the shipped .d.ts interfaces with the validators; re-run it when bumping kubernetes-models.
const FIELDS_MISSING_FROM_SCHEMAS = (key) => key === "description" || key.startsWith("x-kubernetes-");

/**
 * Returns problems as { segments, atKey, message, kind }; the caller turns them into positioned findings.
 */
export async function checkKubernetesObject(object) {
  if (object === null || typeof object !== "object" || Array.isArray(object)) {
    return [{ segments: [], atKey: false, message: "document is not a Kubernetes object (a YAML map)", kind: "not-an-object" }];
  }
  const { apiVersion, kind } = object;
  const model = await findModelClass(apiVersion, kind);
  if (model === null) {
    return [{
      segments: ["kind"],
      atKey: false,
      message: `unknown apiVersion/kind ${apiVersion}/${kind}: no schema in kubernetes-models (or a CRD package listed in kubernetes-model-registry.mjs)`,
      kind: "unknown-kind",
    }];
  }

  const { result: schemaErrors, unknownFields } = validateTracingUnknownFields(object, (data) => runModelValidation(model, data));
  const problems = schemaErrors.map(describeAjvError);
  for (const segments of unknownFields.filter((s) => !FIELDS_MISSING_FROM_SCHEMAS(s.at(-1)))) {
    problems.push({
      segments,
      atKey: true,
      message: `/${segments.join("/")}: unknown field "${segments.at(-1)}" (not in the ${apiVersion} ${kind} schema)`,
      kind: "unknown-field",
    });
  }
  return problems;
}

// The model's validate() runs the compiled ajv validator with `this` as data and throws ajv's
// ValidationError (with localized messages) on failure; calling it on our proxy avoids the Model
// constructor, which would copy (and so enumerate) every object and defeat the unknown-field tracer.
function runModelValidation(model, data) {
  try {
    model.prototype.validate.call(data);
    return [];
  } catch (err) {
    if (err?.validation === true && Array.isArray(err.errors)) return err.errors;
    throw err;
  }
}

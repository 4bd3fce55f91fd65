// Turns an ajv error (kubernetes-models' compiled validators and our values-schema ajv both produce them)
// into a precise problem: the path to point at and a message that names the offending value, so a reader
// does not need the schema open to understand a failure.
import { pointerSegments } from "./yaml-source.mjs";

/** Returns { segments, atKey, message, kind } for one ajv error object. */
export function describeAjvError(error) {
  const segments = pointerSegments(error.instancePath);
  const where = error.instancePath || "/";
  let message = `${where}: ${error.message}`;
  let atKey = false;
  if (error.keyword === "additionalProperties") {
    // ajv reports the parent object; point at the extra key itself.
    segments.push(error.params.additionalProperty);
    atKey = true;
    message = `${where}: unknown property "${error.params.additionalProperty}" (additionalProperties is false)`;
  } else if (error.keyword === "enum") {
    message += ` (allowed: ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")})`;
  }
  return { segments, atKey, message, kind: error.keyword };
}

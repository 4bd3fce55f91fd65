// Merges values files the way `helm install -f a.yaml -f b.yaml` does (Helm's chartutil coalescing):
// maps merge recursively, the later file wins for scalars, lists are replaced whole, and `null` in a later
// file deletes the key (Helm's documented way to unset a chart default).

const isMap = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** Returns a new object: `base` overlaid with `override`. Neither input is modified. */
export function mergeHelmValues(base, override) {
  const result = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete result[key];
    else if (isMap(value) && isMap(result[key])) result[key] = mergeHelmValues(result[key], value);
    else result[key] = value;
  }
  return result;
}

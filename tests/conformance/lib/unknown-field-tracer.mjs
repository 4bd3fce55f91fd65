// Finds fields that the Kubernetes OpenAPI schema does not define (a typo like `imagePullPolcy`, or a field
// at the wrong level). kubernetes-models validates types, enums and required fields but, like the OpenAPI
// schemas it is generated from, allows unknown properties; `kubectl apply` (server-side field validation)
// rejects them. kubernetes-models ships only compiled ajv validators, not the JSON schemas, so we let the
// validator itself tell us which fields it knows: the compiled code reads every property its schema
// declares (`data.replicas`, `data.selector`, ...) on every object it checks. We run it on a proxy that
// records those reads; an own key of a checked object that was never read is unknown.
//   - An object the validator enumerated (for..in / Object.keys: labels, annotations, ConfigMap data, any
//     additionalProperties map) accepts any key: skipped.
//   - An object the validator never looked into (x-kubernetes-preserve-unknown-fields, free-form fields
//     such as Argo CD `helm.valuesObject`) records no reads: skipped.

/** Runs `validate(proxy)` and returns { result, unknownFields: [[...segments]] }. */
export function validateTracingUnknownFields(value, validate) {
  const reads = new WeakMap(); // object -> Set of property names read
  const enumerated = new WeakSet();
  const proxies = new WeakMap();
  const wrap = (target) => {
    if (target === null || typeof target !== "object") return target;
    let proxy = proxies.get(target);
    if (!proxy) {
      proxy = new Proxy(target, {
        get(t, key, receiver) {
          if (typeof key === "string") readsOf(t).add(key);
          return wrap(Reflect.get(t, key, receiver));
        },
        has(t, key) {
          if (typeof key === "string") readsOf(t).add(key);
          return Reflect.has(t, key);
        },
        ownKeys(t) {
          enumerated.add(t);
          return Reflect.ownKeys(t);
        },
      });
      proxies.set(target, proxy);
    }
    return proxy;
  };
  const readsOf = (t) => {
    let set = reads.get(t);
    if (!set) reads.set(t, (set = new Set()));
    return set;
  };

  const result = validate(wrap(value));
  const unknownFields = [];
  const walk = (node, path) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, String(i)]));
      return;
    }
    const seen = reads.get(node);
    const checkKeys = seen !== undefined && seen.size > 0 && !enumerated.has(node);
    for (const key of Object.keys(node)) {
      if (checkKeys && !seen.has(key)) unknownFields.push([...path, key]);
      walk(node[key], [...path, key]);
    }
  };
  walk(value, []);
  return { result, unknownFields };
}

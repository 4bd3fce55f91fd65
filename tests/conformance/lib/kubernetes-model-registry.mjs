// Finds the kubernetes-models class for an apiVersion + kind. Packages are searched in order; each exposes
// one module per group/version ("kubernetes-models/apps/v1", "@kubernetes-models/argo-cd/argoproj.io/v1alpha1").
// Adding support for another CRD package (cert-manager, ...) means adding it to package.json and this list.
const MODEL_PACKAGES = ["kubernetes-models", "@kubernetes-models/argo-cd"];

// Guards the dynamic import: only well-formed "group/version" or "version" strings become module specifiers.
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?v[0-9]+(?:(?:alpha|beta)[0-9]+)?$/;
const moduleCache = new Map();

async function loadGroupVersion(pkg, apiVersion) {
  const specifier = `${pkg}/${apiVersion}`;
  if (!moduleCache.has(specifier)) {
    moduleCache.set(
      specifier,
      import(specifier).catch((err) => {
        // Only "this package has no such group/version" means unknown; anything else is a real crash.
        if (err.code === "ERR_PACKAGE_PATH_NOT_EXPORTED" || err.code === "ERR_MODULE_NOT_FOUND") return null;
        throw err;
      }),
    );
  }
  return moduleCache.get(specifier);
}

/** Returns the model class (with `prototype.validate`) or null when no package knows apiVersion/kind. */
export async function findModelClass(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !API_VERSION.test(apiVersion)) return null;
  for (const pkg of MODEL_PACKAGES) {
    const mod = await loadGroupVersion(pkg, apiVersion);
    const model = mod?.[kind];
    if (typeof model === "function" && model.apiVersion === apiVersion && model.kind === kind) return model;
  }
  return null;
}

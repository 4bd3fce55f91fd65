#!/usr/bin/env node
// Maintenance tool, not a validator: lists properties that kubernetes-models' TypeScript interfaces declare
// but its compiled validators never read. The unknown-field check would report such properties as unknown,
// so each one printed here must be in FIELDS_MISSING_FROM_SCHEMAS (lib/kubernetes-check.mjs).
// Run after bumping kubernetes-models or a CRD package: node maintenance/find-schema-gaps.mjs
// (5.1.0 + argo-cd 4.0.0: `description` on 11 types and the 8 `x-kubernetes-*` keys of JSONSchemaProps.)
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PACKAGES = ["kubernetes-models", "@kubernetes-models/apimachinery", "@kubernetes-models/argo-cd"];

function* modelTypings(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "_schemas") yield* modelTypings(full);
    else if (entry.name.endsWith(".d.ts")) yield full;
  }
}

const gaps = new Map(); // property -> type files
let checked = 0;
for (const pkg of PACKAGES) {
  const root = path.dirname(require.resolve(`${pkg}/package.json`));
  for (const typing of modelTypings(root)) {
    const modelJs = typing.replace(/\.d\.ts$/, ".js");
    if (!fs.existsSync(modelJs)) continue;
    const schemaImport = fs.readFileSync(modelJs, "utf8").match(/from"(\.[^"]*_schemas\/[^"]*)"/);
    const iface = fs.readFileSync(typing, "utf8").match(/export interface I\w+[^{]*\{([\s\S]*?)\n\}/);
    if (!schemaImport || !iface) continue;
    const validator = fs.readFileSync(path.resolve(path.dirname(modelJs), schemaImport[1]), "utf8");
    checked++;
    for (const [, prop] of iface[1].matchAll(/^ {4}"([^"]+)"\??:/gm)) {
      if (!validator.includes(`data.${prop}`) && !validator.includes(`"${prop}"`)) {
        gaps.set(prop, [...(gaps.get(prop) ?? []), path.relative(root, typing)]);
      }
    }
  }
}
console.log(`checked ${checked} model types`);
for (const [prop, files] of gaps) console.log(`${prop}: ${files.length} type(s), e.g. ${files.slice(0, 3).join(", ")}`);

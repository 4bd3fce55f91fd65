// Parses YAML the way the consuming tool does and maps JSON paths back to line/column, so every finding
// points at the exact key or value in the file.
import { parseAllDocuments, LineCounter, isMap, isSeq, isAlias, isPair } from "yaml";
import { finding } from "./cli.mjs";

/**
 * Parses a (multi-document) YAML file.
 * version "1.1" is what Kubernetes and Helm read (sigs.k8s.io/yaml is go-yaml v2: `yes`/`on` are booleans,
 * `0644` is octal), so a value that only looks right under YAML 1.2 is caught by the type checks.
 * Returns { documents: [{ doc, value }], findings } where findings are YAML syntax errors.
 */
export function parseYamlFile(file, text, tool, { version }) {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { version, lineCounter, prettyErrors: false });
  const findings = [];
  const documents = [];
  for (const doc of docs) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      findings.push(finding(file, tool, pos.line, pos.col, error.message.split("\n")[0], "yaml-syntax"));
    }
    if (doc.errors.length === 0) documents.push({ doc, value: doc.toJS({ maxAliasCount: 1000 }) });
  }
  return { documents, findings, lineCounter };
}

/** Splits an ajv/JSON-pointer instancePath ("/spec/containers/0/image") into segments. */
export function pointerSegments(pointer) {
  if (!pointer) return [];
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Returns {line, column} of the node at `segments` in `doc`: the key of the last segment when `atKey`
 * (unknown fields), else its value. Falls back to the deepest node found, so a finding always has a position.
 */
export function positionOf(doc, lineCounter, segments, { atKey = false } = {}) {
  return locate(doc, lineCounter, segments, { atKey }).position;
}

/** Like positionOf, plus `found`: whether the whole path exists in this document. */
export function locate(doc, lineCounter, segments, { atKey = false } = {}) {
  let node = doc.contents;
  let best = node?.range?.[0];
  let depth = 0;
  for (; depth < segments.length && node; depth++) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(p.key?.value ?? p.key) === segments[depth]);
      if (!pair) break;
      if (depth === segments.length - 1 && atKey && pair.key?.range) {
        return { found: true, position: toPosition(lineCounter, pair.key.range[0]) };
      }
      best = pair.value?.range?.[0] ?? pair.key?.range?.[0] ?? best;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segments[depth])];
      best = node?.range?.[0] ?? best;
    } else {
      break;
    }
  }
  const found = depth === segments.length && node !== undefined;
  return { found, position: best === undefined ? { line: null, column: null } : toPosition(lineCounter, best) };
}

function toPosition(lineCounter, offset) {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

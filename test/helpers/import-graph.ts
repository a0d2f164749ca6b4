/**
 * Reads the static import graph of the TypeScript sources (no bundler, just the import statements), so
 * architecture tests can say which packages a module pulls in, directly or through its own imports.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export const SRC = new URL("../../src/", import.meta.url).pathname;

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?["']([^"']+)["']/gm;

export interface ModuleImports {
  /** Relative imports resolved to source files. */
  readonly local: string[];
  /** Package specifiers and node builtins. */
  readonly external: string[];
  /** True when the module contains `import type` only for an external (erased at run time). */
  readonly source: string;
}

export function readImports(file: string): ModuleImports {
  const source = readFileSync(file, "utf8");
  const local: string[] = [];
  const external: string[] = [];
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const statement = match[0];
    const specifier = match[1] ?? "";
    if (/^\s*(?:import|export)\s+type\s/.test(statement)) continue;
    if (specifier.startsWith(".")) local.push(resolveSource(dirname(file), specifier));
    else external.push(specifier);
  }
  return { local, external, source };
}

function resolveSource(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.endsWith(".ts")) return candidate;
  }
  return base;
}

/** Every external specifier reachable from `entry` through static imports, with the path that reaches it. */
export function reachableExternals(entry: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const { local, external } = readImports(file);
    for (const specifier of external)
      if (!found.has(specifier)) found.set(specifier, [...trail, relative(SRC, file)]);
    for (const next of local) visit(next, [...trail, relative(SRC, file)]);
  };
  visit(entry, []);
  return found;
}

export function listSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(dir, name));
}

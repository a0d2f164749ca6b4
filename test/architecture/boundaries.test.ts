/**
 * The architecture rules of AGENTS.md, enforced: the core is platform-neutral and pure, the CLI never pulls in
 * the chat SDKs or the validation stack, and botbuilder stays inside the Teams adapter folder.
 */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { listSources, reachableExternals, readImports, SRC } from "../helpers/import-graph.js";

const CORE = join(SRC, "core");
const CORE_ALLOWED = new Set(["fuse.js", "stemmer"]);

describe("src/core", () => {
  it.each(listSources(CORE).map((file) => [relative(SRC, file), file]))(
    "%s imports no platform, HTTP or I/O module",
    (_name, file) => {
      const { external, local, source } = readImports(file);
      for (const specifier of external)
        expect(CORE_ALLOWED.has(specifier), `${specifier} in ${file}`).toBe(true);
      for (const target of local) expect(target.startsWith(CORE), `${target} from ${file}`).toBe(true);
      expect(source).not.toMatch(/process\.env|process\.stdout|console\./);
    },
  );
});

describe("the CLI", () => {
  it("reaches neither the chat SDKs nor zod or yaml through static imports", () => {
    const externals = reachableExternals(join(SRC, "cli/main.ts"));
    for (const specifier of externals.keys()) {
      expect(specifier, `${specifier} via ${externals.get(specifier)?.join(" > ")}`).not.toMatch(
        /^(?:@slack\/|botbuilder|express|zod|yaml|pino|@microsoft\/)/,
      );
    }
  });
});

describe("botbuilder", () => {
  it("is imported only inside src/adapters/teams/", () => {
    for (const file of listSources(SRC)) {
      const { external } = readImports(file);
      const usesBotFramework = external.some((specifier) => /^botbuilder|^botframework-/.test(specifier));
      if (usesBotFramework) expect(relative(SRC, file), file).toMatch(/^adapters\/teams\//);
    }
  });
});

describe("module shape", () => {
  it.each(listSources(SRC).map((file) => [relative(SRC, file), file]))(
    "%s opens with a comment and has no default export",
    (_name, file) => {
      const { source } = readImports(file);
      expect(source.replace(/^#!.*\n/, "")).toMatch(/^\/\*\*|^\/\//);
      expect(source).not.toMatch(/^export default /m);
    },
  );

  it("index.ts files only re-export", () => {
    for (const file of listSources(SRC).filter((name) => name.endsWith("/index.ts"))) {
      const code = readImports(file)
        .source.replace(/\/\*\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      for (const statement of code
        .split(";")
        .map((part) => part.trim())
        .filter(Boolean)) {
        expect(statement, file).toMatch(/^export /);
        expect(statement, file).toMatch(/ from ["']/);
      }
    }
  });
});

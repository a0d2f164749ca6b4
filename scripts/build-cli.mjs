/**
 * Build step: bundles the `whoowns` bin (src/cli/main.ts) into one file over tsc's dist/cli/main.js. Resolving and
 * compiling some fifty modules was a third of the CLI's cold start; one file cuts that to a single compile. The
 * file stays at the same depth in dist, so its paths to the knowledge snapshot and folder are unchanged. zod and
 * yaml stay outside, in a chunk: they load only when a knowledge directory has to be validated.
 */
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry a content hash: drop the previous build's so stale chunks do not pile up.
rmSync(new URL("../dist/cli/chunks/", import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: [new URL("../src/cli/main.ts", import.meta.url).pathname],
  outdir: new URL("../dist/cli/", import.meta.url).pathname,
  // The knowledge-directory loader (zod, yaml) becomes a chunk that only a KNOWLEDGE_DIR start imports.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  allowOverwrite: true,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["zod", "yaml"],
  sourcemap: false,
  logLevel: "warning",
  legalComments: "none",
});

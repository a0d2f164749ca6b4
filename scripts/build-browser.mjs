/**
 * Build step: bundles the local web chat's page script (src/local-chat/browser, with markdown-it) for the
 * browser into dist/local-chat/chat-page.js. The adaptivecards library is not bundled: the page loads the
 * library's own browser build, as Teams-like hosts do.
 */
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../src/local-chat/browser/chat-page.ts", import.meta.url).pathname],
  outfile: new URL("../dist/local-chat/chat-page.js", import.meta.url).pathname,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: false,
  logLevel: "warning",
  legalComments: "none",
});

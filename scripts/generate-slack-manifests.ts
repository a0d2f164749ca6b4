/**
 * `npm run manifests:slack`: writes manifests/slack/manifest.socket.yml and manifest.http.yml from the typed
 * source (src/adapters/slack/manifest/build-slack-manifest.ts). `--check` only compares and exits 1 on a
 * difference, for CI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildSlackManifest,
  MANIFEST_FILES,
  type ManifestMode,
} from "../src/adapters/slack/manifest/build-slack-manifest.js";
import { renderManifestYaml } from "../src/adapters/slack/manifest/render-manifest-yaml.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const check = process.argv.includes("--check");
let stale = 0;
for (const mode of Object.keys(MANIFEST_FILES) as ManifestMode[]) {
  const path = `${root}${MANIFEST_FILES[mode]}`;
  const yaml = renderManifestYaml(buildSlackManifest(mode), mode);
  if (check) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // A missing file is as stale as a different one.
    }
    if (current !== yaml) {
      stale++;
      process.stderr.write(`${MANIFEST_FILES[mode]} is out of date: run npm run manifests:slack\n`);
    }
  } else {
    writeFileSync(path, yaml);
    process.stdout.write(`wrote ${MANIFEST_FILES[mode]}\n`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;

/**
 * `npm run package:teams`: builds the Teams app package (manifest.json plus the two icons, zipped with jszip)
 * from manifests/teams/, with the bot id taken from MICROSOFT_APP_ID (environment or .env) and the app version
 * from package.json, validated offline against the manifest schema that @microsoft/app-manifest ships.
 *
 *   npm run package:teams [-- --out path/to/app.zip] [--website-url URL --privacy-url URL --terms-url URL]
 *
 * Writes dist/whoowns-teams.zip by default. Exit 0 on success, 2 on bad usage or an invalid manifest.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ManifestUtil, type TeamsAppManifest } from "@microsoft/app-manifest";
import { config as loadDotenv } from "dotenv";
import JSZip from "jszip";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MANIFEST_DIR = join(ROOT, "manifests/teams");
/** The botId in the committed manifest; replaced by the real one here. */
export const BOT_ID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PackageOptions {
  readonly appId: string | undefined;
  readonly out?: string;
  readonly websiteUrl?: string;
  readonly privacyUrl?: string;
  readonly termsUrl?: string;
}

export interface PackageResult {
  readonly path: string;
  readonly manifest: TeamsAppManifest;
  /** Things worth fixing before publishing beyond sideloading (placeholder URLs). */
  readonly warnings: readonly string[];
}

export class PackageError extends Error {}

export async function packageTeamsApp(options: PackageOptions): Promise<PackageResult> {
  const appId = options.appId?.trim();
  if (!appId)
    throw new PackageError("MICROSOFT_APP_ID is not set: set it to the bot's Microsoft App ID (a GUID)");
  if (!GUID.test(appId)) throw new PackageError(`MICROSOFT_APP_ID must be a GUID (got "${appId}")`);
  const manifest = JSON.parse(readFileSync(join(MANIFEST_DIR, "manifest.json"), "utf8")) as TeamsAppManifest;
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  manifest.version = version;
  for (const bot of manifest.bots ?? []) bot.botId = appId;
  for (const extension of manifest.composeExtensions ?? []) extension.botId = appId;
  if (options.websiteUrl) manifest.developer.websiteUrl = options.websiteUrl;
  if (options.privacyUrl) manifest.developer.privacyUrl = options.privacyUrl;
  if (options.termsUrl) manifest.developer.termsOfUseUrl = options.termsUrl;
  if (JSON.stringify(manifest).includes(BOT_ID_PLACEHOLDER))
    throw new PackageError("a bot id placeholder is left");
  const problems = await ManifestUtil.validateManifestAgainstSchema(
    manifest,
    loadSchema(manifest.manifestVersion),
  );
  if (problems.length > 0)
    throw new PackageError(`manifest.json does not validate:\n  ${problems.join("\n  ")}`);
  const zip = new JSZip();
  zip.file("manifest.json", `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) {
    zip.file(icon, readFileSync(join(MANIFEST_DIR, icon)));
  }
  const path = resolve(options.out ?? join(ROOT, "dist/whoowns-teams.zip"));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const warnings = Object.entries(manifest.developer)
    .filter(([, value]) => typeof value === "string" && value.startsWith("https://example.com/"))
    .map(
      ([key]) =>
        `developer.${key} is a placeholder: pass --${key.replace(/Url$|OfUseUrl$/, "")}-url before publishing`,
    );
  return { path, manifest, warnings };
}

/** The schema for a manifest version, from the copies @microsoft/app-manifest ships (no network). */
export function loadSchema(manifestVersion: string) {
  const require = createRequire(import.meta.url);
  const file = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`,
  );
  return JSON.parse(readFileSync(file, "utf8"));
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true, path: join(ROOT, ".env") });
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      "website-url": { type: "string" },
      "privacy-url": { type: "string" },
      "terms-url": { type: "string" },
    },
  });
  try {
    const result = await packageTeamsApp({
      appId: process.env.MICROSOFT_APP_ID,
      ...(values.out ? { out: values.out } : {}),
      ...(values["website-url"] ? { websiteUrl: values["website-url"] } : {}),
      ...(values["privacy-url"] ? { privacyUrl: values["privacy-url"] } : {}),
      ...(values["terms-url"] ? { termsUrl: values["terms-url"] } : {}),
    });
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    process.stdout.write(`${result.path}\n`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`package:teams: ${error.message}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

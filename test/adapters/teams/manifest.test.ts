/**
 * The Teams app manifest validates offline against the schema @microsoft/app-manifest ships, matches what the
 * bot implements (commands, search extension, scopes), its icons have the sizes and transparency Teams requires,
 * and `npm run package:teams` builds a zip with the real bot id.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ManifestUtil, type TeamsAppManifest } from "@microsoft/app-manifest";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { drawColorIcon, drawOutlineIcon, encodePng } from "../../../manifests/teams/draw-icons.js";
import {
  BOT_ID_PLACEHOLDER,
  loadSchema,
  PackageError,
  packageTeamsApp,
} from "../../../scripts/package-teams.js";
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from "../../../src/adapters/teams/limits.js";
import { TEAMS_COMMANDS } from "../../../src/adapters/teams/render-guidance-cards.js";
import { readPng } from "./helpers/read-png.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
const DIR = join(ROOT, "manifests/teams");
const manifest = JSON.parse(readFileSync(join(DIR, "manifest.json"), "utf8")) as TeamsAppManifest;
const APP_ID = "6f1c2b9e-8d7a-4c3b-9e2f-1a2b3c4d5e6f";
const scratch = mkdtempSync(join(tmpdir(), "whoowns-teams-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("manifests/teams/manifest.json", () => {
  it("is on schema 1.22 or later and validates against the shipped schema", async () => {
    const [major, minor] = manifest.manifestVersion.split(".").map(Number);
    expect((major ?? 0) * 100 + (minor ?? 0)).toBeGreaterThanOrEqual(122);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(
      await ManifestUtil.validateManifestAgainstSchema(manifest, loadSchema(manifest.manifestVersion)),
    ).toEqual([]);
  });

  it("rejects a broken copy (the validation is real)", async () => {
    const broken = { ...manifest, name: { short: "x".repeat(31) }, bots: [{ scopes: ["personal"] }] };
    const problems = await ManifestUtil.validateManifestAgainstSchema(
      broken as unknown as TeamsAppManifest,
      loadSchema(manifest.manifestVersion),
    );
    expect(problems.join("\n")).toMatch(/name\/short/);
    expect(problems.join("\n")).toMatch(/botId/);
  });

  it("declares the bot in every scope with the ask, compare and help commands per scope", () => {
    const bot = manifest.bots?.[0];
    expect(bot?.botId).toBe(BOT_ID_PLACEHOLDER);
    expect([...(bot?.scopes ?? [])].sort()).toEqual(["groupChat", "personal", "team"]);
    const lists = bot?.commandLists ?? [];
    expect(lists.flatMap((list) => list.scopes).sort()).toEqual(["groupChat", "personal", "team"]);
    const names = TEAMS_COMMANDS.map(([usage]) => usage.split(" ")[0]);
    for (const list of lists) expect(list.commands.map((command) => command.title)).toEqual(names);
  });

  it("declares the search extension the bot answers, with an initial run", () => {
    const extension = manifest.composeExtensions?.[0];
    expect(extension?.botId).toBe(BOT_ID_PLACEHOLDER);
    const command = extension?.commands?.[0];
    expect(command?.id).toBe(SEARCH_COMMAND_ID);
    expect(command?.type).toBe("query");
    expect(command?.initialRun).toBe(true);
    expect(command?.parameters?.map((parameter) => parameter.name)).toEqual([SEARCH_PARAMETER]);
  });

  it("has https developer, privacy and terms URLs and valid domains", () => {
    for (const url of [
      manifest.developer.websiteUrl,
      manifest.developer.privacyUrl,
      manifest.developer.termsOfUseUrl,
    ])
      expect(url).toMatch(/^https:\/\//);
    expect(Array.isArray(manifest.validDomains)).toBe(true);
  });
});

describe("icons", () => {
  it("color.png is a 192x192 full-colour PNG", () => {
    const png = readPng(readFileSync(join(DIR, manifest.icons.color)));
    expect([png.width, png.height]).toEqual([192, 192]);
    const pixels = png.pixels ?? Buffer.alloc(0);
    const colours = new Set<string>();
    for (let offset = 0; offset < pixels.length; offset += 4)
      colours.add(pixels.subarray(offset, offset + 3).toString("hex"));
    expect(colours.size).toBeGreaterThan(3);
  });

  it("outline.png is 32x32, transparent, and white wherever it is drawn", () => {
    const png = readPng(readFileSync(join(DIR, manifest.icons.outline)));
    expect([png.width, png.height, png.colourType]).toEqual([32, 32, 6]);
    const pixels = png.pixels ?? Buffer.alloc(0);
    let transparent = 0;
    let drawn = 0;
    for (let offset = 0; offset < pixels.length; offset += 4) {
      const alpha = pixels[offset + 3] ?? 0;
      if (alpha === 0) transparent++;
      else {
        drawn++;
        expect([...pixels.subarray(offset, offset + 3)]).toEqual([255, 255, 255]);
      }
    }
    expect(pixels[3]).toBe(0);
    expect(transparent).toBeGreaterThan(drawn);
    expect(drawn).toBeGreaterThan(50);
  });
});

describe("icon sources", () => {
  it("the committed PNGs are exactly what manifests/teams/draw-icons.ts draws", () => {
    expect(encodePng(192, 192, drawColorIcon(192)).equals(readFileSync(join(DIR, "color.png")))).toBe(true);
    expect(encodePng(32, 32, drawOutlineIcon(32)).equals(readFileSync(join(DIR, "outline.png")))).toBe(true);
  });
});

describe("npm run package:teams", () => {
  it("zips the manifest with the real bot id and the icons", async () => {
    const out = join(scratch, "app.zip");
    const result = await packageTeamsApp({ appId: APP_ID, out, privacyUrl: "https://example.org/privacy" });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const packaged = JSON.parse(
      (await zip.file("manifest.json")?.async("string")) ?? "{}",
    ) as TeamsAppManifest;
    expect(packaged.bots?.[0]?.botId).toBe(APP_ID);
    expect(packaged.composeExtensions?.[0]?.botId).toBe(APP_ID);
    expect(packaged.developer.privacyUrl).toBe("https://example.org/privacy");
    expect(JSON.stringify(packaged)).not.toContain(BOT_ID_PLACEHOLDER);
    const icon = await zip.file("outline.png")?.async("nodebuffer");
    expect(icon?.equals(readFileSync(join(DIR, "outline.png")))).toBe(true);
    expect(result.warnings.some((warning) => warning.includes("privacyUrl"))).toBe(false);
  });

  it("refuses a missing or malformed MICROSOFT_APP_ID", async () => {
    await expect(packageTeamsApp({ appId: undefined })).rejects.toThrow(PackageError);
    await expect(packageTeamsApp({ appId: "not-a-guid" })).rejects.toThrow(/GUID/);
  });

  it("runs as the npm script with the id from the environment", async () => {
    const out = join(scratch, "cli.zip");
    const { stdout } = await promisify(execFile)(
      "npm",
      ["run", "--silent", "package:teams", "--", "--out", out],
      {
        env: { ...process.env, MICROSOFT_APP_ID: APP_ID },
        cwd: ROOT,
      },
    );
    expect(stdout.trim()).toBe(out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("manifest.json")?.async("string")).toContain(APP_ID);
  });
});

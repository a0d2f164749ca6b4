/**
 * The committed Slack manifests equal what the typed source generates, and say what the code relies on: the
 * command, the shortcut, the events listened to, least-privilege scopes, and request URLs only in HTTP mode.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  buildSlackManifest,
  MANIFEST_FILES,
  type ManifestMode,
  PLACEHOLDER_REQUEST_URL,
  SHORTCUT_CALLBACK_ID,
  SLASH_COMMAND,
} from "../../../src/adapters/slack/manifest/build-slack-manifest.js";
import { renderManifestYaml } from "../../../src/adapters/slack/manifest/render-manifest-yaml.js";

const ROOT = new URL("../../../", import.meta.url).pathname;
const MODES: ManifestMode[] = ["socket", "http"];
const read = (mode: ManifestMode) => readFileSync(`${ROOT}${MANIFEST_FILES[mode]}`, "utf8");

describe("Slack manifests", () => {
  it.each(MODES)("the committed %s manifest is the generated one (run npm run manifests:slack)", (mode) => {
    expect(read(mode)).toBe(renderManifestYaml(buildSlackManifest(mode), mode));
  });

  it.each(MODES)(
    "the %s manifest declares the command, shortcut, events, Home tab and scopes the code uses",
    (mode) => {
      const manifest = parse(read(mode));
      expect(manifest.features.slash_commands).toEqual([
        expect.objectContaining({ command: SLASH_COMMAND, usage_hint: expect.stringContaining("compare") }),
      ]);
      expect(manifest.features.shortcuts).toEqual([
        expect.objectContaining({ type: "message", callback_id: SHORTCUT_CALLBACK_ID, name: "Ask whoowns" }),
      ]);
      expect(manifest.features.app_home).toEqual({
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      });
      expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
        ["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"].sort(),
      );
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
      expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
      ]);
      expect(manifest.oauth_config.scopes.user).toBeUndefined();
    },
  );

  it("puts request URLs only in the HTTP manifest, and turns Socket Mode on only in the other", () => {
    const socket = read("socket");
    const http = parse(read("http"));
    expect(socket).not.toMatch(/request_url|url:/);
    expect(parse(socket).settings.socket_mode_enabled).toBe(true);
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe(PLACEHOLDER_REQUEST_URL);
    expect(http.settings.interactivity.request_url).toBe(PLACEHOLDER_REQUEST_URL);
    expect(http.features.slash_commands[0].url).toBe(PLACEHOLDER_REQUEST_URL);
    expect(PLACEHOLDER_REQUEST_URL).toBe("https://your-host.example.com/slack/events");
  });
});

/**
 * The Slack app manifests, as data typed with @slack/web-api's `Manifest` (so tsc rejects an unknown scope or
 * event). `npm run manifests:slack` writes them to manifests/slack/ as YAML, and a test keeps the committed
 * files equal to what this returns. Least privilege: the bot scopes are exactly what the listeners use.
 */
import type { Manifest } from "@slack/web-api/dist/types/request/manifest.js";

export type ManifestMode = "socket" | "http";

/** The slash command, the message shortcut's callback id and the HTTP route: the listeners use these too. */
export const SLASH_COMMAND = "/whoowns";
export const SHORTCUT_CALLBACK_ID = "ask_whoowns";
export const SLACK_EVENTS_PATH = "/slack/events";

/** Replace with the public https address of `npm start` (POST /slack/events) before creating the app. */
export const PLACEHOLDER_REQUEST_URL = `https://your-host.example.com${SLACK_EVENTS_PATH}`;

const LONG_DESCRIPTION = [
  "whoowns answers questions about the AWS shared-responsibility model for containers: who patches the node OS on",
  "Fargate, who upgrades CoreDNS on managed node groups, whether DaemonSets run on Fargate, what changes when you",
  "move from self-managed nodes to EKS Auto Mode. Ask with /whoowns, mention @whoowns in a channel (it answers in",
  "the thread), send it a direct message, or use the Ask whoowns shortcut on a message. Answers show who owns what",
  "on each runtime, what AWS and you each do, uncertainty where the sources leave it open, and the AWS",
  "documentation behind every answer. Answers are private until you share them with the channel.",
].join(" ");

export function buildSlackManifest(mode: ManifestMode): Manifest {
  const url = mode === "http" ? { url: PLACEHOLDER_REQUEST_URL } : {};
  const requestUrl = mode === "http" ? { request_url: PLACEHOLDER_REQUEST_URL } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: "whoowns",
      description: "Who owns what in the AWS shared-responsibility model for containers (EKS, Fargate, ECS).",
      long_description: LONG_DESCRIPTION,
      background_color: "#232f3e",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "whoowns", always_online: true },
      shortcuts: [
        {
          name: "Ask whoowns",
          type: "message",
          callback_id: SHORTCUT_CALLBACK_ID,
          description: "Ask who owns what this message is about; the answer is private to you.",
        },
      ],
      slash_commands: [
        {
          command: SLASH_COMMAND,
          description: "Who owns it on AWS containers: you or AWS?",
          usage_hint: "<question> | compare <runtime> <runtime>... [category] | help",
          should_escape: false,
          ...url,
        },
      ],
    },
    oauth_config: {
      // commands: /whoowns; chat:write: answers, ephemeral answers and shares; app_mentions:read: mentions;
      // im:history: direct messages (message.im). The Home tab, modals and lifecycle events need no scope.
      scopes: { bot: ["app_mentions:read", "chat:write", "commands", "im:history"] },
    },
    settings: {
      event_subscriptions: {
        ...requestUrl,
        bot_events: ["app_home_opened", "app_mention", "app_uninstalled", "message.im", "tokens_revoked"],
      },
      interactivity: { is_enabled: true, ...requestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: mode === "socket",
      token_rotation_enabled: false,
    },
  };
}

/** Where each manifest lives, relative to the repository root. */
export const MANIFEST_FILES: Readonly<Record<ManifestMode, string>> = {
  socket: "manifests/slack/manifest.socket.yml",
  http: "manifests/slack/manifest.http.yml",
};

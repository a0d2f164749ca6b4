/**
 * Signed requests as Slack sends them to POST /slack/events: HMAC-SHA256 "v0" signatures over
 * `v0:<timestamp>:<raw body>`, events as JSON, slash commands and interactions form-encoded.
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
import { createHmac } from "node:crypto";

export const SIGNING_SECRET = "test-signing-secret-0123456789";

export interface SignOptions {
  readonly secret?: string;
  /** Seconds since the epoch; defaults to now. */
  readonly timestamp?: number;
  /** Leave the signature headers out. */
  readonly unsigned?: boolean;
  readonly headers?: Record<string, string>;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export async function postSigned(
  baseUrl: string,
  body: string,
  contentType: string,
  options: SignOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": contentType, ...options.headers };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = signature(options.secret ?? SIGNING_SECRET, timestamp, body);
  }
  return fetch(`${baseUrl}/slack/events`, { method: "POST", headers, body });
}

let eventCounter = 0;

/** An Events API callback around `event`, with a fresh event_id unless one is given. */
export function eventBody(event: Record<string, unknown>, eventId?: string): Record<string, unknown> {
  eventCounter++;
  return {
    token: "legacy-verification-token",
    team_id: "T0000001",
    api_app_id: "A0000001",
    type: "event_callback",
    event_id: eventId ?? `Ev${Date.now()}${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

export function postEvent(
  baseUrl: string,
  body: Record<string, unknown>,
  options?: SignOptions,
): Promise<Response> {
  return postSigned(baseUrl, JSON.stringify(body), "application/json", options);
}

export function commandBody(
  text: string,
  responseUrl: string,
  overrides: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0000001",
    team_domain: "example",
    channel_id: "C0000001",
    channel_name: "general",
    user_id: "U0000001",
    user_name: "alex",
    command: "/whoowns",
    text,
    api_app_id: "A0000001",
    response_url: responseUrl,
    trigger_id: "1.2.3",
    ...overrides,
  }).toString();
}

export function postCommand(baseUrl: string, body: string, options?: SignOptions): Promise<Response> {
  return postSigned(baseUrl, body, "application/x-www-form-urlencoded", options);
}

export function postInteraction(
  baseUrl: string,
  payload: Record<string, unknown>,
  options?: SignOptions,
): Promise<Response> {
  return postSigned(
    baseUrl,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
    options,
  );
}

/** A block_actions payload for a click on `element` of a message card (ephemeral unless `channelMessage`). */
export function blockActionPayload(options: {
  readonly blockId: string;
  readonly element: Record<string, unknown>;
  readonly responseUrl: string;
  readonly user?: string;
  readonly selected?: string;
  readonly threadTs?: string;
  readonly container?: Record<string, unknown>;
  readonly view?: Record<string, unknown>;
}): Record<string, unknown> {
  const element = options.element;
  const action: Record<string, unknown> = {
    type: element.type,
    action_id: element.action_id,
    block_id: options.blockId,
    action_ts: "1700000001.000100",
  };
  if (element.type === "button") {
    action.value = element.value;
    action.text = element.text;
  } else {
    action.selected_option = {
      text: { type: "plain_text", text: options.selected },
      value: options.selected,
    };
  }
  return {
    type: "block_actions",
    user: { id: options.user ?? "U0000001", username: "alex", name: "alex", team_id: "T0000001" },
    api_app_id: "A0000001",
    token: "legacy-verification-token",
    container: options.container ?? {
      type: "message",
      message_ts: "1700000000.000100",
      channel_id: "C0000001",
      is_ephemeral: true,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    },
    trigger_id: "1.2.3",
    team: { id: "T0000001", domain: "example" },
    channel: { id: "C0000001", name: "general" },
    response_url: options.responseUrl,
    actions: [action],
    ...(options.view ? { view: options.view } : {}),
  };
}

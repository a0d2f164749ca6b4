/**
 * The logs of a whole run of the compiled server (`node dist/main.js`, LOG_LEVEL=debug so the SDKs say all they
 * can), with Slack in HTTP mode and Teams authenticated, known secrets, and failures on purpose: bad, stale and
 * missing Slack signatures, tampered bodies, Web API errors (500, 429, platform errors, a revoked token), a
 * failing response_url, and missing, malformed, forged and expired Bot Framework tokens. Everything the
 * process printed is searched: no token, secret, signature or Authorization header value appears; every line
 * is structured JSON; every request has its own id, sent back in `x-request-id` and carried by the lines
 * written while it was handled, its own completion line included.
 */
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardInvokeActivity, searchActivity } from "../adapters/teams/helpers/activities.js";
import {
  channelClaims,
  type FakeOpenId,
  signToken,
  startFakeOpenId,
} from "../adapters/teams/helpers/fake-openid.js";
import { BOT_USER_ID, type FakePlatforms, startFakePlatforms } from "./helpers/fake-platforms.js";
import { type Exit, spawnWhoowns, type WhoownsProcess } from "./helpers/spawn-whoowns.js";

const BOT_TOKEN = "xoxb-0000000001-0000000002-logsessionsecrettoken";
const SIGNING_SECRET = "log-session-signing-secret-5f1c";
const APP_ID = "3f2b6c1d-9a8e-4f7b-8c6d-5e4f3a2b1c0d";
const APP_PASSWORD = "log-session-app-password~Q8.x";

interface Sent {
  readonly path: string;
  readonly status: number;
  readonly requestId: string | null;
}

let platforms: FakePlatforms;
let openId: FakeOpenId;
let server: WhoownsProcess;
let exit: Exit;
const sent: Sent[] = [];
/** Every credential-like value that went over the wire: signatures, Authorization headers, tokens. */
const secrets = new Set<string>([BOT_TOKEN, SIGNING_SECRET, APP_PASSWORD]);

async function send(path: string, body: string, headers: Record<string, string>): Promise<Sent> {
  for (const [name, value] of Object.entries(headers)) {
    if (name === "x-slack-signature" || name === "authorization") {
      secrets.add(value);
      for (const part of value.split(/[\s=.]/)) if (part.length >= 16) secrets.add(part);
    }
  }
  const response = await fetch(`${server.url}${path}`, { method: "POST", headers, body });
  await response.text();
  const record = { path, status: response.status, requestId: response.headers.get("x-request-id") };
  sent.push(record);
  return record;
}

function signed(body: string, options: { secret?: string; age?: number } = {}): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000) - (options.age ?? 0);
  const digest = createHmac("sha256", options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex");
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${digest}` };
}

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const JSON_TYPE = { "content-type": "application/json" };

function command(text: string, responseId: string): string {
  return new URLSearchParams({
    command: "/whoowns",
    text,
    user_id: "U0LOGS",
    channel_id: "C0LOGS",
    team_id: "T0000001",
    response_url: platforms.responseUrl(responseId),
    trigger_id: "1.2.3",
  }).toString();
}

let events = 0;
function mention(channel: string): string {
  const ts = `1700000800.0001${++events}`;
  return JSON.stringify({
    type: "event_callback",
    event_id: `Ev0LOGS${events}`,
    team_id: "T0000001",
    api_app_id: "A0000001",
    event: { type: "app_mention", user: "U0LOGS", channel, text: `<@${BOT_USER_ID}> help`, ts, event_ts: ts },
  });
}

const postsTo = (channel: string) =>
  platforms.received.filter(
    (entry) =>
      entry.path.startsWith("/api/chat.postMessage") &&
      new URLSearchParams(entry.body).get("channel") === channel,
  );

async function runSlackSession(): Promise<void> {
  const ok = command("who patches the node os on fargate?", "logs-1");
  const card = (await (
    await fetch(`${server.url}/slack/events`, {
      method: "POST",
      headers: { ...FORM, ...signed(ok) },
      body: ok,
    })
  ).json()) as {
    blocks: { block_id?: string; elements?: { action_id: string; text: { text: string } }[] }[];
  };
  secrets.add(signed(ok)["x-slack-signature"] ?? "");
  await send("/slack/events", ok, { ...FORM, ...signed(ok) });
  await send("/slack/events", ok, { ...FORM, ...signed(ok, { secret: "not-the-signing-secret" }) });
  await send("/slack/events", ok, { ...FORM, ...signed(ok, { age: 600 }) });
  await send("/slack/events", ok, FORM);
  await send("/slack/events", ok.replace("fargate", "ec2"), { ...FORM, ...signed(ok) });

  platforms.script("/api/chat.postMessage", { status: 500, body: { ok: false, error: "internal_error" } }, 4);
  const failing = mention("C0LOGS500");
  await send("/slack/events", failing, { ...JSON_TYPE, ...signed(failing) });
  await platforms.waitFor(() => postsTo("C0LOGS500").length >= 5, "the friendly note after 500s", 15_000);

  platforms.script("/api/chat.postMessage", { body: { ok: false, error: "channel_not_found" } }, 2);
  const notFound = mention("C0LOGS404");
  await send("/slack/events", notFound, { ...JSON_TYPE, ...signed(notFound) });
  await platforms.waitFor(() => postsTo("C0LOGS404").length >= 2, "the refused posts");

  platforms.script(
    "/api/chat.postMessage",
    { status: 429, headers: { "retry-after": "0" }, body: { ok: false, error: "ratelimited" } },
    1,
  );
  const limited = mention("C0LOGS429");
  await send("/slack/events", limited, { ...JSON_TYPE, ...signed(limited) });
  await platforms.waitFor(() => postsTo("C0LOGS429").length >= 2, "the retried post");

  const actions = card.blocks.find((block) =>
    block.elements?.some((element) => element.text?.text === "Compare all runtimes"),
  );
  const button = actions?.elements?.find((element) => element.text?.text === "Compare all runtimes");
  platforms.script("/response/logs-click", { status: 502, body: "bad gateway" }, 1);
  const click = new URLSearchParams({
    payload: JSON.stringify({
      type: "block_actions",
      user: { id: "U0LOGS" },
      team: { id: "T0000001" },
      channel: { id: "C0LOGS" },
      container: { type: "message", channel_id: "C0LOGS", is_ephemeral: true },
      trigger_id: "1.2.3",
      response_url: platforms.responseUrl("logs-click"),
      actions: [{ type: "button", action_id: button?.action_id, block_id: actions?.block_id, value: "x" }],
    }),
  }).toString();
  await send("/slack/events", click, { ...FORM, ...signed(click) });
  await platforms.waitFor(
    () => platforms.received.filter((entry) => entry.path === "/response/logs-click").length >= 2,
    "the retried card update",
  );

  platforms.script("/api/chat.postMessage", { body: { ok: false, error: "invalid_auth" } }, 1);
  const revoked = mention("C0LOGSREVOKED");
  await send("/slack/events", revoked, { ...JSON_TYPE, ...signed(revoked) });
  await platforms.waitFor(() => /Slack access ended/.test(server.stdout()), "the revocation");
}

async function runTeamsSession(): Promise<void> {
  const serviceUrl = platforms.connectorUrl;
  const search = JSON.stringify(
    searchActivity([{ name: "query", value: "kubelet on fargate" }], { serviceUrl }),
  );
  const claims = channelClaims(APP_ID, serviceUrl);
  const valid = signToken(claims, openId.trustedKey);
  const forged = signToken(claims, openId.untrustedKey);
  const expired = signToken({ ...claims, exp: Math.floor(Date.now() / 1000) - 3600 }, openId.trustedKey);
  const statuses = [
    (await send("/api/messages", search, JSON_TYPE)).status,
    (await send("/api/messages", search, { ...JSON_TYPE, authorization: "Bearer not.a.jwt" })).status,
    (
      await send("/api/messages", search, {
        ...JSON_TYPE,
        authorization: "Basic dXNlcjpsb2ctc2Vzc2lvbi1wYXNz",
      })
    ).status,
    (await send("/api/messages", search, { ...JSON_TYPE, authorization: `Bearer ${forged}` })).status,
    (await send("/api/messages", search, { ...JSON_TYPE, authorization: `Bearer ${expired}` })).status,
    (await send("/api/messages", search, { ...JSON_TYPE, authorization: `Bearer ${valid}` })).status,
  ];
  const invoke = JSON.stringify(
    cardInvokeActivity("answer", { k: "answer", v: "old", t: "kubelet", r: null }, { serviceUrl }),
  );
  statuses.push(
    (await send("/api/messages", invoke, { ...JSON_TYPE, authorization: `Bearer ${valid}` })).status,
  );
  expect(statuses).toEqual([401, 401, 401, 401, 401, 200, 200]);
}

beforeAll(async () => {
  platforms = await startFakePlatforms();
  openId = await startFakeOpenId();
  server = await spawnWhoowns({
    LOG_LEVEL: "debug",
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: platforms.slackApiUrl,
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: APP_PASSWORD,
    MICROSOFT_APP_TENANT_ID: "tenant-1",
    MICROSOFT_OPENID_METADATA_URL: openId.metadataUrl,
  });
  await runSlackSession();
  await runTeamsSession();
  exit = await server.stop("SIGTERM");
}, 60_000);

afterAll(async () => {
  // A session that failed half-way leaves the server running: end it.
  if (server && !exit) await server.stop("SIGKILL");
  await platforms?.close();
  await openId?.close();
});

const lines = () => exit.stdout.split("\n").filter((line) => line.trim() !== "");
const parsed = () => lines().map((line) => JSON.parse(line) as Record<string, unknown>);

describe("a full run's logs", () => {
  it("ran the whole session and stopped cleanly", () => {
    expect(exit.code).toBe(0);
    expect(sent.map((entry) => entry.status)).toEqual([
      200, 401, 401, 401, 401, 200, 200, 200, 200, 200, 401, 401, 401, 401, 401, 200, 200,
    ]);
    expect(exit.stdout).toContain("Slack connected");
    expect(exit.stdout).toContain("teams: request not authenticated");
  });

  it("contain no token, secret, signature or Authorization header value", () => {
    const output = `${exit.stdout}\n${exit.stderr}`;
    expect(secrets.size).toBeGreaterThan(20);
    for (const secret of secrets)
      expect(output.includes(secret), `a secret in the logs: ${secret.slice(0, 12)}…`).toBe(false);
    expect(output).not.toMatch(/xox[abposr]-\d/);
    expect(output).not.toMatch(/Bearer\s+[A-Za-z0-9._~+/=-]{8,}/);
    expect(output).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ/);
    expect(output).not.toMatch(/v0=[0-9a-f]{64}/);
  });

  it("are structured: one JSON object a line, with a level, a time and a message", () => {
    expect(exit.stderr).toBe("");
    expect(lines().length).toBeGreaterThan(50);
    for (const line of parsed()) {
      expect(typeof line.level).toBe("number");
      expect(typeof line.time).toBe("number");
      expect(typeof line.msg).toBe("string");
    }
  });

  it("give every request its own id, in the x-request-id header and on its completion line", () => {
    const ids = sent.map((entry) => entry.requestId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(sent.length);
    const completed = parsed().filter((line) => line.msg === "request completed" && line.path !== "/healthz");
    for (const entry of sent) {
      const own = completed.filter((line) => line.requestId === entry.requestId);
      expect(own.map((line) => [line.method, line.path, line.status])).toEqual([
        ["POST", entry.path, entry.status],
      ]);
    }
  });

  it("carry the request id on what the surfaces and SDKs log while handling it, after the ack too", () => {
    const idsWith = (status: number, path: string) =>
      new Set(
        sent
          .filter((entry) => entry.status === status && entry.path === path)
          .map((entry) => entry.requestId),
      );
    const slackRefused = idsWith(401, "/slack/events");
    const teamsRefused = idsWith(401, "/api/messages");
    const answered = idsWith(200, "/slack/events");
    const linesSaying = (pattern: RegExp) => parsed().filter((line) => pattern.test(String(line.msg)));
    const verification = linesSaying(/^Request verification failed/);
    expect(verification.length).toBeGreaterThanOrEqual(4);
    for (const line of verification) expect(slackRefused.has(String(line.requestId))).toBe(true);
    const teams = linesSaying(/^teams: request not authenticated/);
    expect(teams).toHaveLength(5);
    for (const line of teams) expect(teamsRefused.has(String(line.requestId))).toBe(true);
    // Posting a mention's answer happens after its ack was sent, and still carries the mention's request id.
    const failed = linesSaying(/^answering a message failed/);
    expect(failed.length).toBeGreaterThanOrEqual(2);
    for (const line of failed) expect(answered.has(String(line.requestId))).toBe(true);
  });
});

/**
 * Hostile request bodies at every route that reads one (Slack's /slack/events, Teams' /api/messages, the local
 * chat's JSON routes and connector): empty bodies, no or wrong content types, invalid UTF-8, JSON nested 10,000
 * levels deep at the top and inside otherwise valid payloads, prototype-pollution keys, and 5 MB bodies with
 * and without a length. Each request completes (no hang) with a clear answer or a 4xx, never a 5xx; bodies are
 * capped (413); a refused upload leaves its keep-alive connection usable; the server keeps answering /healthz.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageActivity } from "../adapters/teams/helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "../adapters/teams/helpers/fake-connector.js";
import { type FakePlatforms, startFakePlatforms } from "./helpers/fake-platforms.js";
import {
  deepJson,
  type RawResponse,
  rawRequest,
  slackSignature,
  uploadThenGet,
} from "./helpers/raw-request.js";
import { type InProcess, startInProcess } from "./helpers/start-in-process.js";

const SECRET = "hostile-bodies-signing-secret-42";
const FIVE_MB = 5 * 1024 * 1024;

let platforms: FakePlatforms;
let connector: FakeConnector;
/** Slack in HTTP mode plus Teams in unauthenticated local mode, on one server. */
let bots: InProcess;
/** No credentials: the local web chat. */
let local: InProcess;

beforeAll(async () => {
  platforms = await startFakePlatforms();
  connector = await startFakeConnector();
  bots = await startInProcess({
    SLACK_BOT_TOKEN: "xoxb-0000000001-0000000002-hostilebodies",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: platforms.slackApiUrl,
  });
  local = await startInProcess({});
});
afterAll(async () => {
  await bots?.stop();
  await local?.stop();
  await platforms?.close();
  await connector?.close();
});

interface Case {
  readonly label: string;
  readonly body: string | Buffer;
  readonly type?: string;
  readonly signed?: boolean;
  readonly headers?: Record<string, string>;
  /** When the exact answer matters (authentication, caps); otherwise any status below 500 will do. */
  readonly status?: number;
}

/** Sends every case at once (the slow ones overlap) and returns label -> status. */
async function send(url: string, path: string, cases: readonly Case[]): Promise<Record<string, number>> {
  const responses = await Promise.all(
    cases.map((entry) =>
      rawRequest(url, {
        path,
        body: entry.body,
        headers: {
          ...(entry.type ? { "content-type": entry.type } : {}),
          ...(entry.signed ? slackSignature(SECRET, entry.body) : {}),
          ...entry.headers,
        },
      }),
    ),
  );
  return Object.fromEntries(
    cases.map((entry, index) => [entry.label, (responses[index] as RawResponse).status]),
  );
}

function expectAnswered(statuses: Record<string, number>, cases: readonly Case[]): void {
  const expected = Object.fromEntries(cases.map((entry) => [entry.label, entry.status ?? "4xx or 200"]));
  const seen = Object.fromEntries(
    cases.map((entry) => {
      const status = statuses[entry.label] ?? 0;
      if (entry.status !== undefined) return [entry.label, status];
      return [entry.label, status >= 200 && status < 500 ? "4xx or 200" : status];
    }),
  );
  expect(seen).toEqual(expected);
}

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";
const chunked = { "transfer-encoding": "chunked" };
const bigJson = Buffer.from(`{"text":"${"x".repeat(FIVE_MB)}"}`);

describe("POST /slack/events", () => {
  const event = (extra: string) =>
    `{"type":"event_callback","event_id":"EvDeep1","team_id":"T0000001","api_app_id":"A0000001","event":{"type":"app_mention","user":"U0DEEP","channel":"C0DEEP","text":"<@UBOT0001> help","ts":"1.1","deep":${extra}}}`;
  const cases: Case[] = [
    { label: "an unsigned body", body: "{}", type: JSON_TYPE, status: 401 },
    {
      label: "a wrongly signed body",
      body: "{}",
      type: JSON_TYPE,
      headers: slackSignature("not-the-secret", "{}"),
      status: 401,
    },
    { label: "an empty JSON body", body: "", type: JSON_TYPE, signed: true },
    { label: "an empty form", body: "", type: FORM, signed: true },
    { label: "no content type", body: "who owns etcd", signed: true },
    { label: "text/plain", body: "who owns etcd", type: "text/plain", signed: true },
    { label: "XML", body: "<?xml version='1.0'?><a/>", type: "application/xml", signed: true },
    {
      label: "multipart",
      body: '--x\r\nContent-Disposition: form-data; name="payload"\r\n\r\n{}\r\n--x--',
      type: "multipart/form-data; boundary=x",
      signed: true,
    },
    { label: "invalid UTF-8", body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), type: JSON_TYPE, signed: true },
    { label: "objects nested 10,000 deep", body: deepJson(10_000), type: JSON_TYPE, signed: true },
    { label: "arrays nested 10,000 deep", body: deepJson(10_000, "1", true), type: JSON_TYPE, signed: true },
    {
      label: "an event with a field nested 10,000 deep",
      body: event(deepJson(10_000)),
      type: JSON_TYPE,
      signed: true,
      status: 200,
    },
    {
      label: "an interaction payload that is not JSON",
      body: "payload=%7Bnot",
      type: FORM,
      signed: true,
      status: 400,
    },
    {
      label: "a click nested 10,000 deep",
      body: `payload=${encodeURIComponent(`{"type":"block_actions","user":{"id":"U0DEEP"},"actions":[{"action_id":"whoowns.share","block_id":"wo.p.a.0","value":${deepJson(10_000)}}]}`)}`,
      type: FORM,
      signed: true,
      status: 200,
    },
    { label: "5 MB unsigned", body: bigJson, type: JSON_TYPE, status: 413 },
    { label: "5 MB signed", body: bigJson, type: JSON_TYPE, signed: true, status: 413 },
    {
      label: "5 MB signed, chunked",
      body: bigJson,
      type: JSON_TYPE,
      signed: true,
      headers: chunked,
      status: 413,
    },
  ];

  it("answers every hostile body with 200 or a 4xx, in bounded time, and caps bodies", async () => {
    expectAnswered(await send(bots.url, "/slack/events", cases), cases);
  });
});

describe("POST /api/messages", () => {
  const activity = (overrides: Record<string, unknown>) =>
    JSON.stringify({ ...messageActivity("help", { serviceUrl: connector.url }), ...overrides });
  const withDeep = (field: string, overrides: Record<string, unknown> = {}) =>
    activity({ [field]: "__DEEP__", ...overrides }).replace('"__DEEP__"', deepJson(10_000));
  // Built in the test: the fake connector's URL is known only once it started.
  const cases = (): Case[] => [
    { label: "an empty JSON body", body: "", type: JSON_TYPE, status: 400 },
    { label: "an empty text body", body: "", type: "text/plain", status: 400 },
    { label: "no content type", body: activity({}), status: 400 },
    { label: "XML", body: "<activity/>", type: "application/xml", status: 400 },
    { label: "a form", body: "type=message", type: FORM, status: 400 },
    {
      label: "multipart",
      body: "--x\r\n\r\n{}\r\n--x--",
      type: "multipart/form-data; boundary=x",
      status: 400,
    },
    {
      label: "an activity in UTF-16",
      body: Buffer.from(activity({}), "utf16le"),
      type: "application/json; charset=utf-16",
    },
    {
      label: "a charset JSON never uses",
      body: activity({}),
      type: "application/json; charset=koi8-r",
      status: 400,
    },
    { label: "invalid UTF-8", body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), type: JSON_TYPE, status: 400 },
    { label: "objects nested 10,000 deep", body: deepJson(10_000), type: JSON_TYPE, status: 400 },
    { label: "arrays nested 10,000 deep", body: deepJson(10_000, "1", true), type: JSON_TYPE, status: 400 },
    {
      label: "channelData nested 10,000 deep",
      body: withDeep("channelData", { id: "deep-1" }),
      type: JSON_TYPE,
      status: 200,
    },
    {
      label: "an Action.Submit value nested 10,000 deep",
      body: withDeep("value", { id: "deep-2", text: "" }),
      type: JSON_TYPE,
      status: 200,
    },
    {
      label: "an invoke value nested 10,000 deep",
      body: withDeep("value", { id: "deep-3", type: "invoke", name: "adaptiveCard/action" }),
      type: JSON_TYPE,
      status: 400,
    },
    {
      label: "an entity nested 10,000 deep",
      body: withDeep("entities", { id: "deep-4" }).replace(deepJson(10_000), `[${deepJson(10_000)}]`),
      type: JSON_TYPE,
    },
    { label: "5 MB", body: bigJson, type: JSON_TYPE, status: 413 },
    { label: "5 MB, chunked", body: bigJson, type: JSON_TYPE, headers: chunked, status: 413 },
  ];

  it("answers every hostile body with 200 or a 4xx, in bounded time, and caps bodies", async () => {
    const table = cases();
    expectAnswered(await send(bots.url, "/api/messages", table), table);
  });

  it("keeps prototype-pollution keys as plain data", async () => {
    const body = activity({ id: "proto-1" }).replace(
      /^\{/,
      '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},',
    );
    const response = await rawRequest(bots.url, {
      path: "/api/messages",
      body,
      headers: { "content-type": JSON_TYPE },
    });
    expect(response.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("the local web chat's routes", () => {
  const cases = (path: string): Case[] => [
    { label: `${path}: text/plain`, body: "who owns etcd", type: "text/plain", status: 415 },
    { label: `${path}: no content type`, body: "{}", status: 415 },
    { label: `${path}: an empty JSON body`, body: "", type: JSON_TYPE },
    { label: `${path}: malformed JSON`, body: "{not json", type: JSON_TYPE, status: 400 },
    { label: `${path}: nested 2,500 deep`, body: deepJson(2_500), type: JSON_TYPE },
    { label: `${path}: nested 10,000 deep`, body: deepJson(10_000), type: JSON_TYPE },
    {
      label: `${path}: pollution keys`,
      body: '{"__proto__":{"polluted":"yes"},"question":"help"}',
      type: JSON_TYPE,
    },
    { label: `${path}: 5 MB`, body: bigJson, type: JSON_TYPE, status: 413 },
  ];

  it.each([
    "/local-chat/block-kit",
    "/local-chat/conversations",
    "/local-chat/connector/v3/conversations/nope/activities",
  ])("%s answers every hostile body with 200 or a 4xx and caps bodies", async (path) => {
    const table = cases(path);
    expectAnswered(await send(local.url, path, table), table);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("answers an event stream request for a conversation it never opened with 404", async () => {
    for (const id of ["nope", "%00", "local-../../etc", "x".repeat(5000)]) {
      const response = await rawRequest(local.url, {
        method: "GET",
        path: `/local-chat/events?conversation=${id}`,
      });
      expect(response.status).toBe(404);
    }
  });
});

describe("a refused upload", () => {
  it.each([
    ["/slack/events", { "content-type": JSON_TYPE, ...slackSignature(SECRET, bigJson) }],
    ["/api/messages", { "content-type": JSON_TYPE }],
  ])("to %s leaves its keep-alive connection usable for the next request", async (path, headers) => {
    expect(await uploadThenGet(bots.url, path, headers, bigJson, "/healthz")).toEqual([
      "HTTP/1.1 413",
      "HTTP/1.1 200",
    ]);
  });
});

describe("afterwards", () => {
  it("both servers still answer /healthz and never answered with a 5xx", async () => {
    for (const server of [bots, local]) {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const completed = server.logs().filter((line) => line.msg === "request completed");
      expect(completed.length).toBeGreaterThan(10);
      expect(completed.filter((line) => typeof line.status !== "number" || line.status >= 500)).toEqual([]);
      expect(server.logs().filter((line) => line.msg === "request failed")).toEqual([]);
    }
  });
});

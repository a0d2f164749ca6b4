/**
 * Unauthenticated endpoints exist only for local use. Without credentials, /api/messages and the local web chat
 * are served on a loopback bind and left out on a public one; with Microsoft credentials a public bind gets the
 * authenticated endpoint and still no local chat. In unauthenticated mode, requests naming a non-loopback Host
 * (a DNS-rebinding page) or a non-loopback serviceUrl (which would make the bot post off the machine) are
 * refused with 403 before anything runs, and the local chat's own routes refuse foreign Host headers too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardInvokeActivity, messageActivity, searchActivity } from "../adapters/teams/helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "../adapters/teams/helpers/fake-connector.js";
import { startFakeOpenId } from "../adapters/teams/helpers/fake-openid.js";
import { rawRequest } from "./helpers/raw-request.js";
import { type InProcess, startInProcess } from "./helpers/start-in-process.js";

let connector: FakeConnector;
let local: InProcess;

beforeAll(async () => {
  connector = await startFakeConnector();
  local = await startInProcess({});
});
afterAll(async () => {
  await local?.stop();
  await connector?.close();
});

const LOCAL_ROUTES: readonly [string, string][] = [
  ["GET", "/"],
  ["GET", "/local-chat/app.js"],
  ["GET", "/local-chat/chat.css"],
  ["POST", "/local-chat/conversations"],
  ["POST", "/local-chat/block-kit"],
  ["GET", "/local-chat/events?conversation=x"],
  ["POST", "/local-chat/connector/v3/conversations/x/activities"],
];

async function statusOf(
  url: string,
  method: string,
  path: string,
  host?: string,
  body = "{}",
): Promise<number> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(host ? { host } : {}) };
  const response = await rawRequest(url, { method, path, headers, ...(method === "POST" ? { body } : {}) });
  return response.status;
}

describe("which endpoints exist", () => {
  it("without credentials on a public bind: health checks only, no /api/messages and no local chat", async () => {
    const open = await startInProcess({ HOST: "0.0.0.0" });
    try {
      expect(open.running.surfaces).toEqual([]);
      expect(open.running.localChat).toBe(false);
      const activity = JSON.stringify(messageActivity("help", { serviceUrl: connector.url }));
      expect(await statusOf(open.url, "POST", "/api/messages", undefined, activity)).toBe(404);
      for (const [method, path] of LOCAL_ROUTES)
        expect(await statusOf(open.url, method, path), path).toBe(404);
      expect(await statusOf(open.url, "GET", "/healthz")).toBe(200);
      expect(connector.calls).toEqual([]);
    } finally {
      await open.stop();
    }
  });

  it("without credentials on a loopback bind: the unauthenticated endpoint and the local chat", async () => {
    expect(local.running.surfaces).toEqual(["teams", "local-chat"]);
    const activity = JSON.stringify(messageActivity("help", { serviceUrl: connector.url }));
    expect(await statusOf(local.url, "POST", "/api/messages", undefined, activity)).toBe(200);
    expect(await statusOf(local.url, "GET", "/")).toBe(200);
    expect(await statusOf(local.url, "POST", "/local-chat/conversations")).toBe(200);
  });

  it("with Microsoft credentials on a public bind: only the authenticated endpoint", async () => {
    const openId = await startFakeOpenId();
    const authenticated = await startInProcess({
      HOST: "0.0.0.0",
      MICROSOFT_APP_ID: "3f2b6c1d-9a8e-4f7b-8c6d-5e4f3a2b1c0d",
      MICROSOFT_APP_PASSWORD: "local-only-test-password",
      MICROSOFT_APP_TENANT_ID: "tenant-1",
      MICROSOFT_OPENID_METADATA_URL: openId.metadataUrl,
    });
    try {
      expect(authenticated.running.surfaces).toEqual(["teams"]);
      const activity = JSON.stringify(searchActivity([], { serviceUrl: connector.url }));
      expect(await statusOf(authenticated.url, "POST", "/api/messages", undefined, activity)).toBe(401);
      for (const [method, path] of LOCAL_ROUTES)
        expect(await statusOf(authenticated.url, method, path), path).toBe(404);
    } finally {
      await authenticated.stop();
      await openId.close();
    }
  });
});

describe("unauthenticated local mode", () => {
  const FOREIGN_HOSTS = [
    "evil.example",
    "evil.example:3978",
    "127.0.0.1.evil.example",
    "localhost.evil.example:80",
    "10.0.0.5:3978",
    "0.0.0.0:3978",
    "[::2]:3978",
    "[fe80::1]",
  ];

  it.each(FOREIGN_HOSTS)("refuses /api/messages with Host %s (403) and sends nothing", async (host) => {
    const before = connector.calls.length;
    const message = JSON.stringify(messageActivity("help", { serviceUrl: connector.url }));
    const invoke = JSON.stringify(cardInvokeActivity("answer", {}, { serviceUrl: connector.url }));
    expect(await statusOf(local.url, "POST", "/api/messages", host, message)).toBe(403);
    expect(await statusOf(local.url, "POST", "/api/messages", host, invoke)).toBe(403);
    expect(connector.calls.length).toBe(before);
  });

  it.each(["localhost", "localhost:3978", "127.0.0.1", "127.0.0.2:80", "[::1]:3978"])(
    "accepts /api/messages with the loopback Host %s",
    async (host) => {
      const message = JSON.stringify(messageActivity("help", { serviceUrl: connector.url }));
      expect(await statusOf(local.url, "POST", "/api/messages", host, message)).toBe(200);
    },
  );

  it.each([
    "https://smba.trafficmanager.net/amer/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1:8080/",
    "http://0.0.0.0:3978/",
    "http://127.0.0.1.evil.example/",
    "http://localhost.evil.example/",
    "http://evil.example/127.0.0.1/",
    "http://user@evil.example/",
  ])(
    "refuses an activity whose serviceUrl is %s (403), for messages and invokes alike",
    async (serviceUrl) => {
      const before = connector.calls.length;
      for (const activity of [
        messageActivity("who patches the node os on fargate?", { serviceUrl }),
        cardInvokeActivity("answer", {}, { serviceUrl }),
        searchActivity([{ name: "query", value: "kubelet" }], { serviceUrl }),
      ])
        expect(await statusOf(local.url, "POST", "/api/messages", undefined, JSON.stringify(activity))).toBe(
          403,
        );
      expect(connector.calls.length).toBe(before);
    },
  );

  it.each(LOCAL_ROUTES)("the local chat refuses %s %s with a foreign Host (403)", async (method, path) => {
    expect(await statusOf(local.url, method, path, "evil.example:3978")).toBe(403);
    expect(await statusOf(local.url, method, path, "127.0.0.1.evil.example")).toBe(403);
  });
});

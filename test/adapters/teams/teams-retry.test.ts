/**
 * Outbound calls to the connector through the real server and CloudAdapter: 429 (with Retry-After), 412, 502 and
 * 504 are retried with backoff and then succeed, posting once; a permanent failure is logged and does not crash
 * or repeat anything beyond the policy; a rejected card falls back to one short text. The SDK's own retries are
 * off, so the fake sees exactly the attempts our policy makes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_FACING_RETRY } from "../../../src/adapters/shared/retry-with-backoff.js";
import { classifyConnectorError } from "../../../src/adapters/teams/send-with-retry.js";
import { messageActivity } from "./helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "./helpers/fake-connector.js";
import { startTestBot, type TestBot } from "./helpers/start-test-bot.js";

let bot: TestBot;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTestBot();
});

afterAll(async () => {
  await bot.close();
  await connector.close();
});

async function ask(id: string) {
  const before = connector.calls.length;
  const response = await bot.post(
    messageActivity("who owns the kubelet?", { serviceUrl: connector.url, id }),
  );
  return { status: response.status, calls: connector.calls.slice(before) };
}

describe("connector failures", () => {
  it.each([{ status: 429, retryAfter: "0" }, { status: 412 }, { status: 502 }, { status: 504 }])(
    "retries $status, then posts the answer once",
    async (failure) => {
      connector.failNext(failure, failure);
      const { status, calls } = await ask(`retry-${failure.status}`);
      expect(status).toBe(200);
      expect(calls.map((call) => call.status)).toEqual([failure.status, failure.status, 200]);
      expect(new Set(calls.map((call) => JSON.stringify(call.body))).size).toBe(1);
      expect(calls.filter((call) => call.status === 200)).toHaveLength(1);
    },
  );

  it("gives up after the policy's retries, logs it, answers the request and keeps serving", async () => {
    const attempts = USER_FACING_RETRY.retries + 1;
    connector.failNext(...Array.from({ length: attempts }, () => ({ status: 502 })));
    const { status, calls } = await ask("permanent-1");
    expect(status).toBe(200);
    expect(calls.map((call) => call.status)).toEqual(Array.from({ length: attempts }, () => 502));
    const failure = bot.logs().find((line) => line.msg === "teams: could not post the reply");
    expect(failure?.code).toBe("PLATFORM_FAILED");
    expect(failure?.status).toBe(502);
    const next = await ask("after-permanent");
    expect(next.calls.map((call) => call.status)).toEqual([200]);
  });

  it("does not retry a rejected card, and sends one short text instead", async () => {
    connector.failNext({ status: 413 });
    const { calls } = await ask("too-big-1");
    expect(calls.map((call) => call.status)).toEqual([413, 200]);
    expect(calls[1]?.body.text).toMatch(/could not show that answer here/);
    expect(calls[1]?.body.attachments).toBeUndefined();
  });
});

describe("classifyConnectorError", () => {
  const restError = (statusCode: number, retryAfter?: string) =>
    Object.assign(new Error("x"), {
      statusCode,
      response: { headers: { get: (name: string) => (name === "retry-after" ? retryAfter : undefined) } },
    });

  it("retries only 429, 412, 502 and 504, honouring Retry-After", () => {
    expect(classifyConnectorError(restError(429, "2"))).toEqual({ retry: true, afterMs: 2000 });
    for (const status of [412, 502, 504])
      expect(classifyConnectorError(restError(status))).toEqual({ retry: true });
    for (const status of [400, 401, 403, 404, 413, 500, 503]) {
      expect(classifyConnectorError(restError(status))).toEqual({ retry: false });
    }
    expect(classifyConnectorError(new Error("ECONNRESET"))).toEqual({ retry: false });
  });
});

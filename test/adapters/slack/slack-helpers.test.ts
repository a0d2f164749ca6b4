/**
 * The small pieces behind the Slack surface: mrkdwn escaping and cutting, markup stripping, card ids, the
 * per-channel post queue, the reply cache, recent topics, response_url error reading and the Bolt logger.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createAnswerMemo } from "../../../src/adapters/slack/answer-memo.js";
import { actionIds, blockId, parseActionId, parseBlockId } from "../../../src/adapters/slack/card-ids.js";
import { createChannelQueue } from "../../../src/adapters/slack/channel-queue.js";
import { connectSocketMode } from "../../../src/adapters/slack/connect-socket-mode.js";
import { createBoltLogger } from "../../../src/adapters/slack/create-bolt-logger.js";
import {
  escapeMrkdwn,
  link,
  mentionUser,
  truncate,
  unescapeMrkdwn,
} from "../../../src/adapters/slack/mrkdwn.js";
import { postToResponseUrl } from "../../../src/adapters/slack/post-to-response-url.js";
import { createRecentTopics } from "../../../src/adapters/slack/recent-topics.js";
import { createReplyCache } from "../../../src/adapters/slack/reply-cache.js";
import { type SlackSendError, toSlackSendError } from "../../../src/adapters/slack/slack-send-error.js";
import { stripSlackMarkup } from "../../../src/adapters/slack/strip-slack-markup.js";
import type { Reply } from "../../../src/core/index.js";
import { createLogger } from "../../../src/logger.js";

describe("mrkdwn", () => {
  it("escapes only &, < and >, and round-trips", () => {
    const raw = `<!channel> & <@U1> "quoted" 'single' *bold*`;
    expect(escapeMrkdwn(raw)).toBe(`&lt;!channel&gt; &amp; &lt;@U1&gt; "quoted" 'single' *bold*`);
    expect(unescapeMrkdwn(escapeMrkdwn(raw))).toBe(raw);
  });

  it("cuts to a limit with an ellipsis, never inside an escape or a surrogate pair", () => {
    expect(truncate("abcdef", 10)).toBe("abcdef");
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab &amp; cd", 6)).toBe("ab …");
    expect(truncate("ab🟧cd", 4)).toBe("ab…");
    const linked = `see ${link("https://docs.aws.amazon.com/eks/latest/userguide/security.html", "EKS security")} now`;
    for (let max = 5; max < linked.length; max++) {
      const cut = truncate(linked, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.lastIndexOf("<")).toBeLessThanOrEqual(cut.lastIndexOf(">"));
    }
  });

  it("makes links whose titles cannot break out, and mentions only of real user ids", () => {
    expect(link("https://docs.aws.amazon.com/a b", "A <b> & c")).toBe(
      "<https://docs.aws.amazon.com/a%20b|A &lt;b&gt; &amp; c>",
    );
    expect(mentionUser("U0123ABC")).toBe("<@U0123ABC>");
    expect(mentionUser("U1> <!channel")).toBeNull();
  });
});

describe("stripSlackMarkup", () => {
  it("removes mentions and broadcasts, keeps channel names and link labels, undoes Slack's escapes", () => {
    expect(
      stripSlackMarkup(
        "<@U123> who owns <!here> patching on <#C1|ops>? see <https://x.example|the doc> &amp; <https://y.example>",
      ),
    ).toBe("who owns patching on #ops? see the doc & https://y.example");
    expect(stripSlackMarkup("<!subteam^S1|@platform> is &lt;this&gt; ours")).toBe("is <this> ours");
  });
});

describe("card ids", () => {
  it("round-trip audience, shareability and cache key through block ids", () => {
    for (const card of [
      { audience: "private" as const, shareable: true, cardKey: "abc123" },
      { audience: "private" as const, shareable: false, cardKey: null },
      { audience: "shared" as const, shareable: false, cardKey: "zz9" },
    ])
      expect(parseBlockId(blockId(card, 3))).toEqual(card);
    expect(parseBlockId("wo.x.abc.0")).toBeNull();
    expect(parseBlockId("wo.p.ABC.0")).toBeNull();
    expect(parseBlockId(42)).toBeNull();
  });

  it("round-trip verbs and select bases through action ids, refusing anything else", () => {
    expect(parseActionId(actionIds.ask(4))).toEqual({ kind: "ask" });
    expect(parseActionId(actionIds.sources(false))).toEqual({ kind: "sources", show: false });
    expect(parseActionId(actionIds.page(1, 2))).toEqual({ kind: "page", group: 1, index: 2 });
    expect(parseActionId(actionIds.runtime('{"k":"answer"}'))).toEqual({
      kind: "runtime",
      base: '{"k":"answer"}',
    });
    expect(parseActionId(actionIds.category("x"))).toEqual({ kind: "category", base: "x" });
    for (const bad of [
      "whoowns.page.x.1",
      "whoowns.runtime:***",
      "other.ask.1",
      "whoowns.",
      `whoowns.ask.${"1".repeat(300)}`,
    ])
      expect(parseActionId(bad)).toBeNull();
  });
});

describe("createChannelQueue", () => {
  it("spaces posts in one channel a second apart, in order, and leaves other channels alone", async () => {
    let now = 0;
    const waits: number[] = [];
    const queue = createChannelQueue({
      intervalMs: 1000,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    const order: string[] = [];
    const post = (channel: string, name: string) =>
      queue.run(channel, async () => order.push(`${name}@${now}`));
    await Promise.all([post("C1", "a"), post("C1", "b"), post("C2", "x"), post("C1", "c")]);
    expect(order).toEqual(["a@0", "x@0", "b@1000", "c@2000"]);
    expect(waits).toEqual([1000, 1000]);
  });

  it("keeps going after a failed post", async () => {
    const queue = createChannelQueue({ intervalMs: 0 });
    await expect(queue.run("C1", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run("C1", async () => "next")).resolves.toBe("next");
  });
});

describe("reply cache and recent topics", () => {
  const reply = { type: "help", knowledgeVersion: "v", notices: [], examples: [], runtimes: [] } as Reply;

  it("returns a reply by its key until it expires or is pushed out", () => {
    let now = 0;
    const cache = createReplyCache({ maxEntries: 2, ttlMs: 100, now: () => now });
    const first = cache.put(reply);
    expect(first).toMatch(/^[a-z0-9]{1,16}$/);
    expect(cache.get(first)).toBe(reply);
    now = 100;
    expect(cache.get(first)).toBeUndefined();
    const [a, b, c] = [cache.put(reply), cache.put(reply), cache.put(reply)];
    expect([cache.get(a ?? ""), cache.get(b ?? ""), cache.get(c ?? "")]).toEqual([undefined, reply, reply]);
    expect(cache.get(null)).toBeUndefined();
  });

  it("keeps each person's latest topics, newest first, without duplicates", () => {
    const recents = createRecentTopics({ perUser: 2, maxUsers: 2 });
    recents.record("U1", { id: "a", name: "A" });
    recents.record("U1", { id: "b", name: "B" });
    recents.record("U1", { id: "a", name: "A" });
    recents.record("U1", { id: "c", name: "C" });
    expect(recents.list("U1").map((topic) => topic.id)).toEqual(["c", "a"]);
    recents.record("U2", { id: "a", name: "A" });
    recents.record("U3", { id: "a", name: "A" });
    expect(recents.list("U1")).toEqual([]);
    expect(recents.list("U3")).toHaveLength(1);
  });
});

describe("Slack errors", () => {
  it("reads Web API errors: what to retry, after how long, and Slack's own code", () => {
    expect(toSlackSendError({ code: "slack_webapi_rate_limited_error", retryAfter: 3 }).retry).toEqual({
      retry: true,
      afterMs: 3000,
    });
    expect(toSlackSendError({ code: "slack_webapi_http_error", statusCode: 503 })).toMatchObject({
      platformCode: "http_503",
      retry: { retry: true },
    });
    expect(toSlackSendError({ code: "slack_webapi_http_error", statusCode: 400 }).retry.retry).toBe(false);
    expect(
      toSlackSendError({ code: "slack_webapi_platform_error", data: { error: "invalid_blocks" } }),
    ).toMatchObject({
      platformCode: "invalid_blocks",
      retry: { retry: false },
      code: "PLATFORM_FAILED",
    });
    expect(toSlackSendError(new Error("?")).platformCode).toBe("unknown_error");
  });

  it("reads response_url answers: success, Slack's error, expired, rate limited and server errors", async () => {
    const answers: [number, string, Record<string, string>][] = [
      [200, '{"ok":true}', {}],
      [200, "ok", {}],
      [200, '{"ok":false,"error":"invalid_blocks"}', {}],
      [400, "invalid_blocks", {}],
      [404, "expired_url", {}],
      [429, "", { "retry-after": "2" }],
      [503, "", {}],
    ];
    let next = 0;
    const server = createServer((_request, response) => {
      const [status, body, headers] = answers[next++] ?? [500, "", {}];
      response.writeHead(status, headers).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/r`;
    const outcome = async () => {
      try {
        await postToResponseUrl(url, { text: "hi" });
        return "ok";
      } catch (error) {
        const failure = error as SlackSendError;
        return `${failure.platformCode}:${failure.retry.retry}:${failure.retry.afterMs ?? ""}`;
      }
    };
    const results: string[] = [];
    for (let index = 0; index < answers.length; index++) results.push(await outcome());
    server.close();
    expect(results).toEqual([
      "ok",
      "ok",
      "invalid_blocks:false:",
      "invalid_blocks:false:",
      "expired_url:false:",
      "ratelimited:true:2000",
      "http_503:true:",
    ]);
  });
});

describe("connectSocketMode", () => {
  const quiet = createLogger({ level: "silent" });

  it("keeps retrying a connection that fails for a passing reason, without failing the start", async () => {
    let attempts = 0;
    let connected!: () => void;
    const done = new Promise<void>((resolve) => {
      connected = resolve;
    });
    const socket = connectSocketMode({
      start: async () => {
        attempts++;
        if (attempts < 3) throw { code: "slack_webapi_request_error", message: "ECONNREFUSED" };
        connected();
      },
      stop: async () => undefined,
      logger: quiet,
      retryDelaysMs: [1, 1],
    });
    await socket.start();
    await done;
    expect(attempts).toBe(3);
    await socket.stop();
  });

  it("gives up at once on a rejected app token, and stops cleanly", async () => {
    let attempts = 0;
    let stops = 0;
    const socket = connectSocketMode({
      start: async () => {
        attempts++;
        throw {
          code: "slack_webapi_platform_error",
          data: { error: "invalid_auth" },
          message: "invalid_auth",
        };
      },
      stop: async () => {
        stops++;
      },
      logger: quiet,
      retryDelaysMs: [1],
    });
    await socket.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await socket.stop();
    expect([attempts, stops]).toEqual([1, 0]);
  });
});

describe("createBoltLogger", () => {
  it("writes Bolt's messages to the project's logger at its level, with errors as err and secrets scrubbed", () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createBoltLogger(createLogger({ level: "info", destination: destination as never }));
    logger.setLevel("debug" as never);
    logger.debug("hidden at info");
    logger.warn("token xoxb-1234567890-abcdefghij in", { a: 1 });
    logger.error("failed", new Error("boom"));
    const entries = lines.map(
      (line) => JSON.parse(line) as { msg: string; level: number; err?: { message: string } },
    );
    expect(entries.map((entry) => entry.msg)).toEqual(['token [redacted] in {"a":1}', "failed"]);
    expect(entries[1]?.err?.message).toBe("boom");
    expect(logger.getLevel()).toBe("info");
  });
});

describe("createAnswerMemo", () => {
  it("keeps the most recently used entries up to its size", () => {
    const memo = createAnswerMemo<number>({ maxEntries: 2 });
    memo.set("a", 1);
    memo.set("b", 2);
    expect(memo.get("a")).toBe(1);
    memo.set("c", 3);
    expect([memo.get("a"), memo.get("b"), memo.get("c"), memo.size()]).toEqual([1, undefined, 3, 2]);
  });
});

/**
 * Hostile input through the Teams adapter over HTTP (the real server in unauthenticated local mode, a loopback
 * fake connector) and through the local web chat: messages in every conversation kind, card button invokes
 * with arbitrary data, search queries and command ids, all carrying any unicode, control characters, markdown
 * and link injection (`[x](javascript:…)`, `![img](…)`, `<script>`), mention spam and 100 KB texts. Every request
 * gets a clear reply or a 4xx, never a 5xx, and nothing user-typed becomes a link, an image or markup in a card.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionData } from "../../src/adapters/shared/action-payload.js";
import { cardInvokeActivity, messageActivity, searchActivity } from "../adapters/teams/helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "../adapters/teams/helpers/fake-connector.js";
import { bundledKnowledge, startTestBot, type TestBot } from "../adapters/teams/helpers/start-test-bot.js";
import { validateCard } from "../adapters/teams/helpers/validate-card.js";
import {
  cardInjections,
  HUGE_TEXTS,
  hostileText,
  knowledgeUrls,
  slackBroadcasts,
} from "./helpers/hostile-input.js";

let bot: TestBot;
let connector: FakeConnector;
let allowed: Set<string>;
let sequence = 0;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTestBot({ questionsPerMinute: 100_000 });
  allowed = knowledgeUrls(await bundledKnowledge());
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
});

const conversationKinds = fc.constantFrom<"personal" | "groupChat" | "channel">(
  "personal",
  "groupChat",
  "channel",
);

/** Sends `text` as a message and returns what the bot posted for it (the text and card a person would see). */
async function message(text: string, kind: "personal" | "groupChat" | "channel" = "personal") {
  const conversationId = `a:hostile-${++sequence}`;
  const before = connector.calls.length;
  const activity = messageActivity(text, {
    serviceUrl: connector.url,
    conversationType: kind,
    conversationId,
    mention: kind !== "personal",
    from: { id: `29:user-${sequence}`, aadObjectId: `aad-${sequence}` },
  });
  const response = await bot.post(activity);
  expect(response.status).toBe(200);
  const posts = connector.calls.slice(before).filter((call) => call.path.includes(conversationId));
  expect(posts).toHaveLength(1);
  const { text: shown, summary, attachments } = posts[0]?.body ?? {};
  return { text: shown, summary, attachments };
}

describe("messages carrying hostile text", () => {
  it("are answered once with a card that links only to the knowledge's sources", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, conversationKinds, async (text, kind) => {
        const posted = await message(text, kind);
        expect(cardInjections(posted, allowed)).toEqual([]);
        const card = (posted.attachments as { content: unknown }[] | undefined)?.[0]?.content;
        expect(validateCard(card)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it.each(HUGE_TEXTS.map((text) => [text.slice(0, 24), text]))(
    "are answered when 100 KB long (%s…)",
    async (_label, text) => {
      expect(cardInjections(await message(text, "channel"), allowed)).toEqual([]);
    },
  );
});

describe("card button invokes with arbitrary data", () => {
  const version = "any";
  const data = fc.oneof(
    fc.anything({ maxDepth: 4 }),
    fc.record({
      k: fc.constantFrom("answer", "compare", "list"),
      v: fc.string(),
      t: hostileText,
      r: hostileText,
    }),
    fc.constant(actionData({ kind: "answer", version, topic: "kubelet", runtime: null })),
  );

  it("answer 200 with a card (the out-of-date card for anything not ours), or 400, never a link out", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileText, fc.anything({ maxDepth: 2 })), data, async (verb, value) => {
        const response = await bot.post(cardInvokeActivity(verb, value, { serviceUrl: connector.url }));
        expect([200, 400]).toContain(response.status);
        expect(cardInjections(response.body, allowed)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});

describe("search queries and command ids", () => {
  it("return cards or a message, never a link or markup from the query", async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        fc.oneof(fc.constant("searchTopics"), hostileText),
        async (query, command) => {
          const response = await bot.post(
            searchActivity([{ name: "query", value: query }], { serviceUrl: connector.url }, command),
          );
          expect(response.status).toBeLessThan(500);
          expect(cardInjections(response.body, allowed)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("names an unknown command back only when it is a plain identifier", async () => {
    const injected = await bot.post(
      searchActivity([], { serviceUrl: connector.url }, "[x](javascript:alert(1))"),
    );
    expect(injected.body).toEqual({ composeExtension: { type: "message", text: "Unknown command." } });
    const plain = await bot.post(searchActivity([], { serviceUrl: connector.url }, "otherCommand"));
    expect(plain.body).toEqual({
      composeExtension: { type: "message", text: "Unknown command otherCommand." },
    });
  });
});

describe("the local web chat's Block Kit preview", () => {
  it("renders any question without anything that could ping or link, or refuses it as too large", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (question) => {
        const response = await fetch(`${bot.url}/local-chat/block-kit`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ question }),
        });
        // The page's question box is small: a body over the route's 16 KB cap is refused with 413.
        expect([200, 413]).toContain(response.status);
        if (response.status === 200) expect(slackBroadcasts(await response.json(), allowed)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the checks themselves", () => {
  it("flag pings, foreign links, images and markup", () => {
    const source = [...allowed][0] ?? "";
    expect(slackBroadcasts({ text: `<${source}|Docs &amp; more>` }, allowed)).toEqual([]);
    for (const text of [
      "<!channel>",
      "<!here|here>",
      "<@U0VICTIM>",
      "<#C1|x>",
      "<https://evil.example|x>",
      "<mailto:a@b.c>",
    ])
      expect(slackBroadcasts({ blocks: [{ text }] }, allowed), text).toEqual([text]);
    expect(cardInjections({ type: "Action.OpenUrl", url: source }, allowed)).toEqual([]);
    for (const node of [
      { type: "Image", url: source },
      { type: "Action.OpenUrl", url: "https://evil.example/" },
      { type: "TextBlock", text: "[x](javascript:alert(1))" },
      { type: "TextBlock", text: "![i](https://evil.example/p.png)" },
      { type: "TextBlock", text: "see https://evil.example/x" },
      { type: "TextBlock", text: "<script>alert(1)</script>" },
      { type: "Container", selectAction: { type: "Action.OpenUrl", url: source }, items: [] },
    ])
      expect(cardInjections(node, allowed).length, JSON.stringify(node)).toBeGreaterThan(0);
  });
});

describe("afterwards", () => {
  it("the server still answers /healthz and never answered with a 5xx", async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const completed = bot.logs().filter((line) => line.msg === "request completed");
    expect(completed.length).toBeGreaterThan(250);
    expect(completed.filter((line) => typeof line.status !== "number" || line.status >= 500)).toEqual([]);
  });
});

/**
 * POST /api/messages on the real server (startWhoowns, no credentials, loopback bind) through the real
 * CloudAdapter, with a loopback fake connector recording what the bot sends. Card invokes and search queries are
 * answered in the HTTP body; bad input gets 4xx, never 500; a public bind without credentials has no endpoint.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionData } from "../../../src/adapters/shared/action-payload.js";
import { TEAMS_LIMITS } from "../../../src/adapters/teams/limits.js";
import {
  type AnswerReply,
  answerHeadline,
  createResponder,
  type Responder,
  RUNTIME_IDS,
} from "../../../src/core/index.js";
import { cardInvokeActivity, messageActivity, searchActivity } from "./helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "./helpers/fake-connector.js";
import { bundledKnowledge, startTestBot, type TestBot } from "./helpers/start-test-bot.js";
import { cardText, collect, validateCard } from "./helpers/validate-card.js";

let bot: TestBot;
let connector: FakeConnector;
let version: string;
let responder: Responder;

beforeAll(async () => {
  connector = await startFakeConnector();
  bot = await startTestBot();
  responder = createResponder(await bundledKnowledge());
  version = responder.knowledge.version;
});

/** The answer card's heading for a topic on a runtime, as the core words it. */
function headline(topic: string, runtime: string): string {
  return answerHeadline(
    responder.respondToAction({ kind: "answer", version, topic, runtime }) as AnswerReply,
  );
}

afterAll(async () => {
  await bot.close();
  await connector.close();
});

const options = () => ({ serviceUrl: connector.url });

describe("messages over HTTP", () => {
  it("posts the answer card to the conversation at the serviceUrl the activity names", async () => {
    const before = connector.calls.length;
    const response = await bot.post(
      messageActivity("who owns the kubelet on mng?", { ...options(), id: "m-1" }),
    );
    expect(response.status).toBe(200);
    const [call, ...more] = connector.calls.slice(before);
    expect(more).toEqual([]);
    expect(call?.method).toBe("POST");
    expect(call?.path).toBe("/v3/conversations/a:personal-1/activities/m-1");
    const attachment = (
      call?.body.attachments as { contentType: string; content: unknown }[] | undefined
    )?.[0];
    expect(attachment?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateCard(attachment?.content)).toEqual([]);
    expect(cardText(attachment?.content)).toContain(headline("kubelet", "eks-mng"));
    expect(String(call?.body.summary).startsWith(headline("kubelet", "eks-mng"))).toBe(true);
  });

  it("answers a channel mention in the post's thread", async () => {
    const before = connector.calls.length;
    const activity = messageActivity("what is fargate?", {
      ...options(),
      conversationType: "channel",
      mention: true,
      id: "post-9",
    });
    expect((await bot.post(activity)).status).toBe(200);
    expect(connector.calls.slice(before).map((call) => call.path)).toEqual([
      "/v3/conversations/19:channel@thread.tacv2;messageid=post-9/activities/post-9",
    ]);
  });

  it("accepts activities for any serviceUrl in local mode (the local chat acts as its own channel)", async () => {
    const other = await startFakeConnector();
    try {
      const response = await bot.post(messageActivity("help", { serviceUrl: other.url }));
      expect(response.status).toBe(200);
      expect(other.posted()).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});

describe("card buttons (Action.Execute invokes)", () => {
  it("answers in the HTTP body with the updated card for the person who clicked", async () => {
    const before = connector.calls.length;
    const data = actionData({ kind: "answer", version, topic: "os-patching", runtime: "eks-auto" });
    const response = await bot.post(cardInvokeActivity("answer", data, options()));
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: unknown };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(validateCard(body.value)).toEqual([]);
    expect(cardText(body.value)).toContain(headline("os-patching", "eks-auto"));
    expect(connector.calls.length).toBe(before);
  });

  it("applies the category picker merged into the data", async () => {
    const data = {
      ...actionData({ kind: "compare", version, runtimes: ["eks-ec2", "eks-fargate"], category: null }),
      category: "identity",
    };
    const response = await bot.post(cardInvokeActivity("compare", data, options()));
    const card = (response.body as { value: unknown }).value;
    expect(cardText(card)).toContain("(Identity and access)");
  });

  it("pages a six-runtime comparison: the next-runtimes button shows the remaining two", async () => {
    const first = await bot.post(
      cardInvokeActivity(
        "compare",
        actionData({ kind: "compare", version, runtimes: [...RUNTIME_IDS], category: "compute" }),
        options(),
      ),
    );
    const next = collect((first.body as { value: unknown }).value).find((node) =>
      String(node.title).startsWith("Next runtimes"),
    );
    const second = await bot.post(cardInvokeActivity(next?.verb, next?.data, options()));
    expect(cardText((second.body as { value: unknown }).value)).toContain(
      "Who owns what: Amazon ECS on EC2 vs Amazon ECS on AWS Fargate (Compute and nodes)",
    );
  });

  it.each([
    ["a tampered topic", "answer", { k: "answer", v: "x", t: "../../etc", r: null }],
    ["an old knowledge version", "answer", { k: "answer", v: "old-version", t: "kubelet", r: null }],
    ["a verb that does not match", "compare", { k: "answer", v: "x", t: "kubelet", r: null }],
    ["no data at all", "answer", undefined],
  ])("answers %s with the out-of-date card, not an error", async (_label, verb, data) => {
    const response = await bot.post(cardInvokeActivity(verb, data, options()));
    expect(response.status).toBe(200);
    expect(cardText((response.body as { value: unknown }).value)).toMatch(/out of date/i);
  });

  it("rejects an adaptiveCard/action invoke that is not an Action.Execute with 400", async () => {
    const activity = {
      ...cardInvokeActivity("answer", {}, options()),
      value: { action: { type: "Action.Submit" } },
    };
    expect((await bot.post(activity)).status).toBe(400);
    expect((await bot.post({ ...activity, value: "nonsense" })).status).toBe(400);
  });
});

describe("messaging extension (composeExtension/query)", () => {
  type Result = {
    composeExtension: {
      type: string;
      text?: string;
      attachments?: { content: unknown; preview: { content: { title: string } } }[];
    };
  };

  it("returns a comparison card for compare fargate mng", async () => {
    const response = await bot.post(
      searchActivity([{ name: "query", value: "compare fargate mng" }], options()),
    );
    expect(response.status).toBe(200);
    const { composeExtension } = response.body as Result;
    expect(composeExtension.type).toBe("result");
    const [first] = composeExtension.attachments ?? [];
    expect(validateCard(first?.content)).toEqual([]);
    expect(cardText(first?.content)).toContain(
      "Who owns what: Amazon EKS managed node groups vs Amazon EKS on AWS Fargate",
    );
  });

  it("returns the answer and its related topics for a question", async () => {
    const response = await bot.post(
      searchActivity([{ name: "query", value: "kubelet on fargate" }], options()),
    );
    const titles =
      (response.body as Result).composeExtension.attachments?.map((item) => item.preview.content.title) ?? [];
    expect(titles[0]).toBe(headline("kubelet", "eks-fargate"));
    expect(titles.length).toBeGreaterThan(1);
  });

  it("lists common topics on the initial run (no query)", async () => {
    const response = await bot.post(searchActivity([{ name: "initialRun", value: "true" }], options()));
    const attachments = (response.body as Result).composeExtension.attachments ?? [];
    expect(attachments.length).toBeGreaterThanOrEqual(5);
    expect(Buffer.byteLength(JSON.stringify(response.body))).toBeLessThanOrEqual(
      TEAMS_LIMITS.searchResponseBytes + 200,
    );
    for (const attachment of attachments) expect(validateCard(attachment.content)).toEqual([]);
  });

  it("says so for an unknown command and rejects a malformed query", async () => {
    const unknown = await bot.post(searchActivity([], options(), "somethingElse"));
    expect((unknown.body as Result).composeExtension).toEqual({
      type: "message",
      text: "Unknown command somethingElse.",
    });
    const malformed = { ...searchActivity([], options()), value: { parameters: "x" } };
    expect((await bot.post(malformed)).status).toBe(400);
  });
});

describe("bad input", () => {
  const cases = [
    {
      label: "a non-JSON content type",
      body: "type=message",
      type: "application/x-www-form-urlencoded",
      status: 400,
    },
    { label: "malformed JSON", body: "{not json", type: "application/json", status: 400 },
    { label: "a JSON array", body: "[]", type: "application/json", status: 400 },
    {
      label: "an activity without a conversation",
      body: JSON.stringify({ type: "message", channelId: "msteams" }),
      type: "application/json",
      status: 400,
    },
    {
      label: "a serviceUrl that is not http(s)",
      body: JSON.stringify(messageActivity("help", { serviceUrl: "file:///etc/passwd" })),
      type: "application/json",
      status: 400,
    },
    {
      label: "an oversized body",
      body: JSON.stringify({ type: "message", text: "x".repeat(300 * 1024) }),
      type: "application/json",
      status: 413,
    },
  ];
  it.each(cases)("answers $label with $status", async ({ body, type, status }) => {
    const response = await bot.post(body, { "content-type": type });
    expect(response.status).toBe(status);
  });

  it("answers unknown invoke names with 400 and ignores other activity types", async () => {
    const before = connector.calls.length;
    const invoke = { ...cardInvokeActivity("x", {}, options()), name: "task/fetch" };
    expect((await bot.post(invoke)).status).toBe(400);
    const typing = { ...messageActivity("", options()), type: "typing" };
    expect((await bot.post(typing)).status).toBe(200);
    expect(connector.calls.length).toBe(before);
  });
});

describe("a public bind without Microsoft credentials", () => {
  it("leaves /api/messages out, with a log line saying why", async () => {
    const open = await startTestBot({ host: "0.0.0.0" });
    try {
      expect(open.running.surfaces).not.toContain("teams");
      const response = await open.post(messageActivity("help", options()));
      expect(response.status).toBe(404);
      expect(open.logs().some((line) => String(line.msg).includes("/api/messages left out"))).toBe(true);
    } finally {
      await open.close();
    }
  });
});

/**
 * The Teams bot's handlers through botbuilder's TestAdapter (no HTTP): personal, group and channel messages,
 * commands, the Action.Submit fallback, welcome once per install, rate limits, redeliveries and activities it
 * should ignore.
 */
import { type Activity, TestAdapter } from "botbuilder";
import { beforeAll, describe, expect, it } from "vitest";
import { actionData } from "../../../src/adapters/shared/action-payload.js";
import { createCardContext } from "../../../src/adapters/teams/card-context.js";
import { createSendWithRetry } from "../../../src/adapters/teams/send-with-retry.js";
import { WhoownsTeamsBot } from "../../../src/adapters/teams/teams-bot.js";
import {
  type AnswerReply,
  answerHeadline,
  createResponder,
  type Responder,
  renderText,
} from "../../../src/core/index.js";
import { createLogger } from "../../../src/logger.js";
import {
  BOT,
  installationActivity,
  membersAddedActivity,
  messageActivity,
  submitActivity,
  USER,
} from "./helpers/activities.js";
import { bundledKnowledge } from "./helpers/start-test-bot.js";
import { cardText } from "./helpers/validate-card.js";

let responder: Responder;

beforeAll(async () => {
  responder = createResponder(await bundledKnowledge());
});

const SERVICE_URL = "http://127.0.0.1:9/";

function setUp(questionsPerMinute = 100) {
  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: { write: (line: string) => void lines.push(line) },
  });
  const bot = new WhoownsTeamsBot({
    responder,
    cards: createCardContext(responder.knowledge),
    logger,
    rateLimit: { questionsPerMinute, sharesPerMinute: 5 },
    sender: createSendWithRetry({ retries: 0, baseMs: 1, maxMs: 1 }),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  const sent = () => adapter.activeQueue.splice(0) as Partial<Activity>[];
  const run = async (activity: unknown) => {
    await adapter.processActivity(activity as Partial<Activity>);
    return sent();
  };
  return { run, logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** The answer card's heading for a topic on a runtime, as the core words it. */
function headline(topic: string, runtime: string): string {
  const version = responder.knowledge.version;
  return answerHeadline(
    responder.respondToAction({ kind: "answer", version, topic, runtime }) as AnswerReply,
  );
}

function card(activity: Partial<Activity> | undefined) {
  return activity?.attachments?.[0]?.content as Record<string, unknown> | undefined;
}

describe("messages", () => {
  it("answers a personal chat message with a card and the plain-text fallback", async () => {
    const { run } = setUp();
    const [reply, ...rest] = await run(
      messageActivity("who patches the node os on fargate?", { serviceUrl: SERVICE_URL }),
    );
    expect(rest).toEqual([]);
    expect(reply?.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(cardText(card(reply))).toContain(headline("os-patching", "eks-fargate"));
    const expected = responder.respond("who patches the node os on fargate?");
    expect(reply?.summary).toBe(renderText(expected, createCardContext(responder.knowledge).names));
    expect(reply?.text).toBeUndefined();
  });

  it("strips its own mention in a group chat", async () => {
    const { run } = setUp();
    const [reply] = await run(
      messageActivity("who upgrades coredns on mng?", {
        serviceUrl: SERVICE_URL,
        conversationType: "groupChat",
        mention: true,
      }),
    );
    expect(cardText(card(reply))).toContain("Cluster DNS (CoreDNS) on Amazon EKS managed node groups");
  });

  it("answers in channels only when mentioned, in the thread of the post", async () => {
    const { run } = setUp();
    const quiet = await run(
      messageActivity("who owns the kubelet?", { serviceUrl: SERVICE_URL, conversationType: "channel" }),
    );
    expect(quiet).toEqual([]);
    const [reply] = await run(
      messageActivity("who owns the kubelet?", {
        serviceUrl: SERVICE_URL,
        conversationType: "channel",
        mention: true,
        id: "root-post-7",
      }),
    );
    expect(reply?.conversation?.id).toBe("19:channel@thread.tacv2;messageid=root-post-7");
    expect(reply?.replyToId).toBe("root-post-7");
    expect(cardText(card(reply))).toContain("kubelet version and configuration");
  });

  it.each([
    [
      "ask who owns the kubelet on fargate?",
      "kubelet version and configuration on Amazon EKS on AWS Fargate",
    ],
    [
      "compare fargate mng networking",
      "Who owns what: Amazon EKS managed node groups vs Amazon EKS on AWS Fargate (Networking)",
    ],
    ["help", "Ask whoowns who owns what"],
    ["ask", "Ask whoowns who owns what"],
  ])("reads the command %j", async (text, heading) => {
    const { run } = setUp();
    const [reply] = await run(messageActivity(text, { serviceUrl: SERVICE_URL, mention: true }));
    expect(cardText(card(reply))).toContain(heading);
  });

  it("answers an Action.Submit click (a message with a value and no text) with the new card", async () => {
    const { run } = setUp();
    const action = {
      kind: "answer",
      version: responder.knowledge.version,
      topic: "kubelet",
      runtime: "eks-auto",
    } as const;
    const [reply] = await run(submitActivity(actionData(action), { serviceUrl: SERVICE_URL }));
    expect(cardText(card(reply))).toContain(headline("kubelet", "eks-auto"));
    const [stale] = await run(
      submitActivity({ ...actionData(action), t: "no-such-topic" }, { serviceUrl: SERVICE_URL }),
    );
    expect(cardText(card(stale))).toMatch(/out of date/i);
  });

  it("drops a redelivered message and ignores its own messages", async () => {
    const { run } = setUp();
    const message = messageActivity("help", { serviceUrl: SERVICE_URL, id: "same-id" });
    expect(await run(message)).toHaveLength(1);
    expect(await run({ ...message })).toEqual([]);
    expect(await run(messageActivity("help", { serviceUrl: SERVICE_URL, from: { ...BOT } }))).toEqual([]);
  });

  it("tells a user over the rate limit once, then stays quiet until the window passes", async () => {
    const { run } = setUp(2);
    const ask = () => run(messageActivity("help", { serviceUrl: SERVICE_URL }));
    expect(await ask()).toHaveLength(1);
    expect(await ask()).toHaveLength(1);
    const [limited] = await ask();
    expect(limited?.text).toMatch(/faster than 2 questions a minute\. Try again in \d+ s\./);
    expect(await ask()).toEqual([]);
    const other = await run(
      messageActivity("help", { serviceUrl: SERVICE_URL, from: { id: "29:someone-else" } }),
    );
    expect(other).toHaveLength(1);
  });

  it("ignores typing, reactions and edits without replying or failing", async () => {
    const { run } = setUp();
    for (const type of ["typing", "messageReaction", "messageUpdate", "event"]) {
      const activity = { ...messageActivity("x", { serviceUrl: SERVICE_URL }), type };
      expect(await run(activity)).toEqual([]);
    }
  });
});

describe("install events", () => {
  it("sends the welcome card once when the bot is installed, not when people join", async () => {
    const { run, logs } = setUp();
    const options = { serviceUrl: SERVICE_URL, conversationId: "a:install-1" };
    expect(await run(membersAddedActivity([{ id: USER.id }], options))).toEqual([]);
    const [welcome] = await run(membersAddedActivity([{ id: BOT.id }], options));
    expect(cardText(card(welcome))).toContain("Thanks for adding whoowns");
    expect(await run(installationActivity("add", options))).toEqual([]);
    expect(logs().filter((line) => String(line.msg).includes("welcome"))).toHaveLength(1);
  });

  it("welcomes on installationUpdate add, forgets on remove, and welcomes a reinstall", async () => {
    const { run, logs } = setUp();
    const options = { serviceUrl: SERVICE_URL, conversationId: "a:install-2" };
    expect(await run(installationActivity("add", options))).toHaveLength(1);
    expect(await run(installationActivity("remove", options))).toEqual([]);
    expect(logs().some((line) => String(line.msg).includes("uninstalled"))).toBe(true);
    expect(await run(installationActivity("add", options))).toHaveLength(1);
  });
});

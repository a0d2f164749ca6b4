/**
 * Clicks on cards, through signed block_actions payloads to the real server: the runtime switch, compare all,
 * sources, candidates, suggestions, the category filter and paging update the card in place on its
 * response_url; "Share with channel" posts in the channel with a "Shared by" line and removes the preview;
 * clicks on a shared card answer the clicker privately; tampered or stale payloads get "out of date".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeAction } from "../../../src/adapters/shared/action-payload.js";
import { asCard, askCommand, type Card, click, findElement, responsesFor } from "./helpers/cards.js";
import { type FakeSlack, startFakeSlack } from "./helpers/fake-slack-api.js";
import { blockActionPayload, postInteraction } from "./helpers/slack-requests.js";
import { type StartedBot, startSlackBot } from "./helpers/start-slack-bot.js";

let fake: FakeSlack;
let bot: StartedBot;
let url: string;
beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startSlackBot(fake, {
    RATE_LIMIT_QUESTIONS_PER_MINUTE: "1000",
    RATE_LIMIT_SHARES_PER_MINUTE: "2",
  });
  url = bot.running.url;
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const OUT_OF_DATE = "This card is out of date";

async function clickAndRead(
  card: Card,
  match: string | RegExp,
  id: string,
  extra = {},
): Promise<Record<string, unknown>> {
  const response = await click(url, fake, findElement(card, match), id, extra);
  expect(response.status).toBe(200);
  const [body] = await responsesFor(fake, id);
  return body ?? {};
}

describe("updating a private card in place", () => {
  it("switches runtime with the static select", async () => {
    const card = await askCommand(url, fake, "who patches the node os on fargate?");
    const body = await clickAndRead(card, /^whoowns\.runtime:/, "switch", { selected: "eks-mng" });
    expect(body.replace_original).toBe(true);
    expect(body.response_type).toBeUndefined();
    expect(String(body.text)).toContain(
      "Node OS updates and security patches on Amazon EKS managed node groups: Shared",
    );
  });

  it("compares all runtimes, shows sources, and follows a related topic", async () => {
    const card = await askCommand(url, fake, "who patches the node os on fargate?");
    const all = await clickAndRead(card, "Compare all runtimes", "all");
    expect(String(all.text)).toContain("who owns it on each runtime");
    const sources = await clickAndRead(card, "Show sources", "sources");
    expect(JSON.stringify(sources.blocks)).toContain("*Sources*");
    expect(JSON.stringify(sources.blocks)).toContain("Hide sources");
    const hidden = await clickAndRead(asCard(sources), "Hide sources", "hidden");
    expect(JSON.stringify(hidden.blocks)).not.toContain("*Sources*");
  });

  it("keeps what only the question carried when showing sources (the capability asked about)", async () => {
    const card = await askCommand(url, fake, "can I run daemonsets on fargate");
    expect(card.text).toContain("not supported");
    const sources = await clickAndRead(card, "Show sources", "capability-sources");
    expect(String(sources.text)).toContain(
      card.text.split("\n").find((line) => line.includes("not supported")) ?? "missing",
    );
  });

  it("answers the candidate picked on a did-you-mean card, for the runtime asked about", async () => {
    const card = await askCommand(url, fake, "who owns encryption on fargate?");
    const candidate = findElement(card, /./);
    const name = (candidate.element.text as { text: string }).text;
    const body = await clickAndRead(card, name, "candidate");
    expect(String(body.text)).toContain(`${name} on Amazon EKS on AWS Fargate`);
  });

  it("answers a suggestion from a not-found card", async () => {
    const card = await askCommand(url, fake, "who owns the coffee machine");
    const first = findElement(card, /./);
    const name = (first.element.text as { text: string }).text;
    const body = await clickAndRead(card, name, "suggestion");
    expect(String(body.text)).toContain(`${name}: who owns it on each runtime`);
  });

  it("filters a comparison by category and pages through a long one", async () => {
    const card = await askCommand(url, fake, "compare fargate mng");
    const filtered = await clickAndRead(card, /^whoowns\.category:/, "category", { selected: "identity" });
    expect(String(filtered.text)).toContain("(Identity and access)");
    const next = await clickAndRead(card, "Next topics ›", "page");
    expect(JSON.stringify(next.blocks)).toMatch(/Topics \d+–\d+ of \d+/);
    expect(JSON.stringify(next.blocks)).not.toContain("Topics 1–");
    expect(JSON.stringify(next.blocks)).toContain("‹ Previous topics");
  });
});

describe("payloads that are stale or tampered with", () => {
  const cases: [string, (card: Card) => Parameters<typeof blockActionPayload>[0]][] = [
    [
      "a value that is not JSON",
      (card) => ({
        ...tamper(card, "Compare all runtimes"),
        element: { ...tamper(card, "Compare all runtimes").element, value: "not json" },
      }),
    ],
    [
      "an unknown topic id",
      (card) =>
        withValue(
          card,
          encodeAction({ kind: "answer", version: versionOf(card), topic: "no-such-topic", runtime: null }),
        ),
    ],
    [
      "an older knowledge version",
      (card) =>
        withValue(
          card,
          encodeAction({ kind: "answer", version: "0ld", topic: "os-patching", runtime: null }),
        ),
    ],
    [
      "an unknown runtime in the select",
      (card) => ({ ...tamper(card, /^whoowns\.runtime:/), selected: "gke-autopilot" }),
    ],
    [
      "a forged action id",
      (card) => ({
        ...tamper(card, "Compare all runtimes"),
        element: { ...tamper(card, "Compare all runtimes").element, action_id: "whoowns.bogus" },
      }),
    ],
    ["a forged block id", (card) => ({ ...tamper(card, "Compare all runtimes"), blockId: "wo.z.<@U1>.0" })],
    [
      "a select base that is not ours",
      (card) => ({
        ...tamper(card, /^whoowns\.runtime:/),
        element: { type: "static_select", action_id: "whoowns.runtime:e30" },
        selected: "eks-mng",
      }),
    ],
  ];

  function tamper(card: Card, match: string | RegExp): Parameters<typeof blockActionPayload>[0] {
    const found = findElement(card, match);
    return { blockId: found.blockId, element: found.element, responseUrl: "", selected: "eks-mng" };
  }
  function withValue(card: Card, value: string): Parameters<typeof blockActionPayload>[0] {
    const base = tamper(card, "Compare all runtimes");
    return { ...base, element: { ...base.element, value } };
  }
  function versionOf(card: Card): string {
    const value = findElement(card, "Compare all runtimes").element.value;
    return (JSON.parse(String(value)) as { v: string }).v;
  }

  it.each(cases)("answers %s with 'this card is out of date', not a crash", async (name, build) => {
    const card = await askCommand(url, fake, "who patches the node os on fargate?");
    const id = `stale-${name.replace(/\W+/g, "-")}`;
    const response = await postInteraction(
      url,
      blockActionPayload({ ...build(card), responseUrl: fake.responseUrl(id) }),
    );
    expect(response.status).toBe(200);
    const [body] = await responsesFor(fake, id);
    expect(String(body?.text)).toContain(OUT_OF_DATE);
    expect(body?.replace_original).toBe(true);
  });
});

describe("sharing with the channel", () => {
  it("posts the card in the channel with a Shared by line, then deletes the preview", async () => {
    const card = await askCommand(url, fake, "is ecs fargate in scope for pci dss", "U0SHARER");
    await click(url, fake, findElement(card, "Share with channel"), "share", { user: "U0SHARER" });
    const [posted, removed] = await responsesFor(fake, "share", 2);
    expect(posted).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(String(posted?.text)).toMatch(/^Shared by <@U0SHARER>\n/);
    expect(JSON.stringify(posted?.blocks)).toContain("Shared by <@U0SHARER>");
    // The framework scope came from the question, not from any button: the shared card still has it.
    expect(String(posted?.text)).toContain("PCI DSS");
    expect(JSON.stringify(posted?.blocks)).toMatch(/"block_id":"wo\.s\./);
    expect(JSON.stringify(posted?.blocks)).not.toContain("Share with channel");
    expect(removed).toEqual({ delete_original: true });
  });

  it("answers clicks on a shared card with a private copy instead of rewriting it", async () => {
    const card = await askCommand(url, fake, "who patches the node os on fargate?", "U0SHARE2");
    await click(url, fake, findElement(card, "Share with channel"), "share-2", { user: "U0SHARE2" });
    const [shared] = await responsesFor(fake, "share-2", 2);
    const body = await clickAndRead(asCard(shared ?? {}), /^whoowns\.runtime:/, "shared-click", {
      selected: "ecs-ec2",
      container: {
        type: "message",
        message_ts: "1700000000.000200",
        channel_id: "C0000001",
        is_ephemeral: false,
      },
    });
    expect(body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(body.text)).toContain("on Amazon ECS on EC2");
    expect(JSON.stringify(body.blocks)).toContain("Share with channel");
  });

  it("shares into the thread the card was in", async () => {
    const card = await askCommand(url, fake, "who patches the node os on fargate?", "U0THREAD");
    await click(url, fake, findElement(card, "Share with channel"), "share-thread", {
      user: "U0THREAD",
      threadTs: "1700000000.000300",
    });
    const [posted] = await responsesFor(fake, "share-thread", 2);
    expect(posted?.thread_ts).toBe("1700000000.000300");
  });

  it("shares posts in order when several come at once in one channel, and refuses kindly past the share limit", async () => {
    const cards = await Promise.all(
      ["who upgrades coredns?", "what is eks auto mode", "who patches the node os on fargate?"].map(
        (question) => askCommand(url, fake, question, "U0BUSY"),
      ),
    );
    const share = (index: number) =>
      click(
        url,
        fake,
        findElement(cards[index] ?? { text: "", blocks: [] }, "Share with channel"),
        `busy-${index}`,
        { user: "U0BUSY" },
      );
    // Two at once into the same channel: both are posted, one after the other.
    await Promise.all([share(0), share(1)]);
    const posted = await Promise.all([0, 1].map((index) => responsesFor(fake, `busy-${index}`, 2)));
    for (const [first, second] of posted) {
      expect(first?.response_type).toBe("in_channel");
      expect(second).toEqual({ delete_original: true });
    }
    await share(2);
    const refused = await responsesFor(fake, "busy-2");
    const inChannel = fake.responses.filter(
      (entry) => entry.id === "busy-2" && entry.body.response_type === "in_channel",
    );
    expect(refused[0]?.response_type).toBe("ephemeral");
    expect(String(refused[0]?.text)).toMatch(/You are sharing faster than I can keep up with/);
    expect(inChannel).toEqual([]);
  });
});

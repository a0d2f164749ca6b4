/**
 * The message shortcut "Ask whoowns" (a private answer in the message's thread, or through the response_url
 * when the bot cannot post there) and the App Home tab (owner counts per runtime, quick picks, the person's
 * recent topics; its buttons open a modal, and buttons in the modal update it).
 */
import { describe, expect, it } from "vitest";
import { askCommand, type Card, findElement, responsesFor } from "./helpers/cards.js";
import { blockActionPayload, eventBody, postEvent, postInteraction } from "./helpers/slack-requests.js";
import { useSlackBot } from "./helpers/start-slack-bot.js";

const slack = useSlackBot();

function shortcutPayload(message: Record<string, unknown>, responseId: string): Record<string, unknown> {
  return {
    type: "message_action",
    callback_id: "ask_whoowns",
    trigger_id: "1.2.3",
    message_ts: message.ts,
    response_url: slack.fake.responseUrl(responseId),
    message: { type: "message", user: "U0AUTHOR", ...message },
    user: { id: "U0ASKER", name: "sam" },
    channel: { id: "C0SHORTCUT", name: "platform" },
    team: { id: "T0000001", domain: "example" },
    token: "legacy-verification-token",
    action_ts: "1700000001.000001",
  };
}

describe("the Ask whoowns message shortcut", () => {
  it("answers privately to the person, in the message's thread", async () => {
    const response = await postInteraction(
      slack.bot.running.url,
      shortcutPayload(
        {
          text: "hey <@U0AUTHOR>, who patches the node os on fargate?",
          ts: "1700000010.000100",
          thread_ts: "1700000000.000001",
        },
        "sc-1",
      ),
    );
    expect(response.status).toBe(200);
    const call = await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postEphemeral")[0],
      "the ephemeral answer",
    );
    expect(call.params).toMatchObject({
      channel: "C0SHORTCUT",
      user: "U0ASKER",
      thread_ts: "1700000000.000001",
    });
    expect(String(call.params.text)).toContain(
      "Node OS updates and security patches on Amazon EKS on AWS Fargate: AWS",
    );
    expect(JSON.stringify(call.params.blocks)).toContain("Share with channel");
  });

  it("falls back to the response_url when the bot is not in the channel", async () => {
    slack.fake.handle("chat.postEphemeral", () => ({ body: { ok: false, error: "channel_not_found" } }));
    await postInteraction(
      slack.bot.running.url,
      shortcutPayload({ text: "what is eks auto mode", ts: "1700000020.000100" }, "sc-2"),
    );
    const [body] = await responsesFor(slack.fake, "sc-2");
    expect(body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(body?.text)).toContain("Amazon EKS Auto Mode");
  });
});

describe("the App Home tab", () => {
  async function openHome(user: string): Promise<Card> {
    const before = slack.fake.callsTo("views.publish").length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_home_opened",
        user,
        channel: "D0HOME",
        tab: "home",
        event_ts: `${Date.now() / 1000}`,
      }),
    );
    const call = await slack.fake.waitFor(() => slack.fake.callsTo("views.publish")[before], "views.publish");
    expect(call.params.user_id).toBe(user);
    const view = call.params.view as { type: string; blocks: Record<string, unknown>[] };
    expect(view.type).toBe("home");
    return { text: "", blocks: view.blocks };
  }

  it("shows what you own per runtime, quick picks, and your recent topics only", async () => {
    await askCommand(slack.bot.running.url, slack.fake, "who patches the node os on fargate?", "U0HOME");
    await askCommand(slack.bot.running.url, slack.fake, "who upgrades coredns?", "U0HOME");
    const home = await openHome("U0HOME");
    const json = JSON.stringify(home.blocks);
    expect(json).toContain("Amazon EKS on AWS Fargate");
    expect(json).toMatch(/🟦 Customer \(you\) \d+/);
    expect(json).toContain("Compare the EKS runtimes");
    expect(json).toContain("Your recent topics");
    expect(findElement(home, "Node OS updates and security patches")).toBeDefined();
    const someoneElse = JSON.stringify((await openHome("U0OTHER")).blocks);
    expect(someoneElse).not.toContain("Your recent topics");
    // The same question from someone else is served from the answer memo, and still counts as theirs.
    const again = await askCommand(
      slack.bot.running.url,
      slack.fake,
      "who patches the node os on fargate?",
      "U0HOME2",
    );
    expect(again.text).toContain("Node OS updates and security patches");
    expect(findElement(await openHome("U0HOME2"), "Node OS updates and security patches")).toBeDefined();
  });

  it("ignores the Messages tab", async () => {
    const before = slack.fake.callsTo("views.publish").length;
    await postEvent(
      slack.bot.running.url,
      eventBody({
        type: "app_home_opened",
        user: "U0HOME",
        channel: "D0HOME",
        tab: "messages",
        event_ts: "1.1",
      }),
    );
    await openHome("U0SENTINEL");
    expect(
      slack.fake
        .callsTo("views.publish")
        .slice(before)
        .map((call) => call.params.user_id),
    ).toEqual(["U0SENTINEL"]);
  });

  it("opens a Home button's card in a modal, and updates the modal from its own buttons", async () => {
    const home = await openHome("U0MODAL");
    const pick = findElement(home, "What do I own?");
    await postInteraction(
      slack.bot.running.url,
      blockActionPayload({
        blockId: pick.blockId,
        element: pick.element,
        responseUrl: "",
        user: "U0MODAL",
        container: { type: "view", view_id: "V0HOME" },
        view: { id: "V0HOME", type: "home", hash: "h0" },
      }),
    );
    const opened = await slack.fake.waitFor(() => slack.fake.callsTo("views.open")[0], "views.open");
    expect(opened.params.trigger_id).toBe("1.2.3");
    const modal = opened.params.view as { type: string; blocks: Record<string, unknown>[] };
    expect(modal.type).toBe("modal");
    expect(JSON.stringify(modal.blocks)).toContain(
      "Customer (you) on Amazon EKS with self-managed EC2 worker nodes",
    );
    expect(JSON.stringify(modal.blocks)).not.toContain("Share with channel");
    const next = findElement({ text: "", blocks: modal.blocks }, "Shared instead");
    await postInteraction(
      slack.bot.running.url,
      blockActionPayload({
        blockId: next.blockId,
        element: next.element,
        responseUrl: "",
        user: "U0MODAL",
        container: { type: "view", view_id: "V0MODAL" },
        view: { id: "V0MODAL", type: "modal", hash: "h1" },
      }),
    );
    const updated = await slack.fake.waitFor(() => slack.fake.callsTo("views.update")[0], "views.update");
    expect(updated.params).toMatchObject({ view_id: "V0MODAL", hash: "h1" });
    expect(JSON.stringify(updated.params.view)).toContain(
      "Shared on Amazon EKS with self-managed EC2 worker nodes",
    );
  });
});

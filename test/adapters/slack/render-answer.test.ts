/**
 * The Block Kit answer card: who owns a topic and what each side does, uncertainty, analogs and unsupported
 * cells, sources, the runtime switch and other buttons with their payloads; shared versus private cards; and
 * escaping of everything Slack would otherwise read as markup.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/adapters/shared/action-payload.js";
import { parseActionId, parseBlockId } from "../../../src/adapters/slack/card-ids.js";
import { checkBlockKitLimits } from "../../../src/adapters/slack/check-block-kit-limits.js";
import { renderBlockKit } from "../../../src/adapters/slack/render-block-kit.js";
import type { AnswerReply, Reply, Responder } from "../../../src/core/index.js";
import { OWNER_LABELS, OWNER_MARKERS } from "../../../src/core/index.js";
import { expectType } from "../../helpers/expect-type.js";
import {
  buttonTexts as buttonTextsOf,
  elements,
  loadResponder,
  renderOptions,
  visibleText,
} from "./helpers/render-fixtures.js";

let responder: Responder;
beforeAll(async () => {
  responder = await loadResponder();
});

const ask = (question: string) => responder.respond(question);
const buttonTexts = (reply: Reply, options = renderOptions(responder)) =>
  buttonTextsOf(responder, reply, options);
describe("answer card", () => {
  it("says who owns it on the runtime asked, what each side does, other runtimes and sources", () => {
    const reply = expectType(ask("who patches the node os on fargate?"), "answer");
    const message = renderBlockKit(reply, renderOptions(responder));
    const text = visibleText(message.blocks);
    expect(message.blocks[0]).toMatchObject({ type: "header", text: { text: reply.topic.name } });
    expect(text).toContain(`${OWNER_MARKERS.aws} ${reply.topic.name} on Amazon EKS on AWS Fargate: AWS`);
    expect(text).toContain(`AWS: ${reply.cell?.aws}`);
    expect(text).toContain(`You: ${reply.cell?.customer}`);
    expect(text).toContain(`Amazon EKS managed node groups: ${OWNER_MARKERS.shared} Shared`);
    for (const source of reply.sources) expect(text).toContain(`${source.title} ${source.url}`);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });

  it("offers a runtime switch, compare all runtimes, show sources and share, each with an accessibility label", () => {
    const reply = expectType(ask("who patches the node os on fargate?"), "answer");
    const message = renderBlockKit(reply, renderOptions(responder));
    const found = elements(message);
    const select = found.find((element) => element.type === "static_select") as {
      action_id: string;
      options: { value: string }[];
      initial_option: { value: string };
    };
    expect(select.initial_option.value).toBe("eks-fargate");
    expect(select.options.map((option) => option.value)).toEqual([
      "all",
      "eks-ec2",
      "eks-mng",
      "eks-fargate",
      "eks-auto",
      "ecs-ec2",
      "ecs-fargate",
    ]);
    const verb = parseActionId(select.action_id);
    expect(verb?.kind).toBe("runtime");
    expect(decodeAction(verb?.kind === "runtime" ? verb.base : "")).toMatchObject({
      kind: "answer",
      topic: reply.topic.id,
    });
    const compare = found.find(
      (element) => (element.text as { text: string } | undefined)?.text === "Compare all runtimes",
    );
    expect(decodeAction(compare?.value)).toEqual({
      kind: "answer",
      version: reply.knowledgeVersion,
      topic: reply.topic.id,
      runtime: null,
    });
    expect(buttonTexts(reply)).toEqual(expect.arrayContaining(["Show sources", "Share with channel"]));
    for (const element of found.filter((candidate) => candidate.type === "button"))
      expect(String(element.accessibility_label).length).toBeGreaterThan(5);
  });

  it("shows the sources with their addresses on request, with a button to hide them again", () => {
    const reply = expectType(ask("who patches the node os on fargate?"), "answer");
    const message = renderBlockKit(reply, renderOptions(responder, { showSources: true }));
    const sources = message.blocks.find(
      (block) => block.type === "section" && block.text?.text.startsWith("*Sources*"),
    );
    for (const source of reply.sources) expect(JSON.stringify(sources)).toContain(source.url);
    expect(buttonTexts(reply, renderOptions(responder, { showSources: true }))).toContain("Hide sources");
  });

  it("answers for every runtime in scope when none was named, without a compare-all button", () => {
    const reply = expectType(ask("who upgrades coredns?"), "answer");
    expect(reply.runtime).toBeNull();
    const message = renderBlockKit(reply, renderOptions(responder));
    const text = visibleText(message.blocks);
    for (const cell of reply.cells)
      expect(text).toContain(
        `${cell.runtime.name}: ${OWNER_MARKERS[cell.owner]} ${OWNER_LABELS[cell.owner]}`,
      );
    expect(buttonTexts(reply)).not.toContain("Compare all runtimes");
  });

  it("says plainly when a runtime does not support the thing, and when a cell is uncertain or an analog", () => {
    const unsupported = renderBlockKit(
      ask("who owns privileged containers on fargate?"),
      renderOptions(responder),
    );
    expect(visibleText(unsupported.blocks)).toContain("Not supported on Amazon EKS on AWS Fargate.");
    const uncertain = expectType(ask("who owns kube-proxy on ecs fargate?"), "answer");
    const text = visibleText(renderBlockKit(uncertain, renderOptions(responder)).blocks);
    expect(text).toContain(`Uncertain: ${uncertain.cell?.note}`);
    expect(text).toContain(`the nearest equivalent is ${uncertain.cell?.analog}`);
  });

  it("shows the capability asked about and the compliance scope of a framework question", () => {
    const capability = expectType(ask("can I run daemonsets on fargate"), "answer");
    expect(visibleText(renderBlockKit(capability, renderOptions(responder)).blocks)).toContain(
      "not supported",
    );
    const framework = expectType(ask("is ecs fargate in scope for pci dss"), "answer");
    const text = visibleText(renderBlockKit(framework, renderOptions(responder)).blocks);
    expect(text).toContain(framework.framework?.name ?? "missing framework");
    expect(text).toContain(framework.framework?.disclaimer ?? "missing disclaimer");
  });
});

describe("shared and private cards", () => {
  it("marks a shared card in its block ids, names who shared it, and offers no share button", () => {
    const reply = ask("who patches the node os on fargate?");
    const message = renderBlockKit(
      reply,
      renderOptions(responder, {
        card: { audience: "shared", shareable: false, cardKey: "k2" },
        sharedBy: "U0ABC123",
      }),
    );
    expect(visibleText(message.blocks.slice(0, 1))).toBe("Shared by <@U0ABC123>");
    expect(message.text.startsWith("Shared by <@U0ABC123>\n")).toBe(true);
    const ids = message.blocks.flatMap((block) => (block.type === "actions" ? [block.block_id] : []));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect(parseBlockId(id)).toEqual({ audience: "shared", shareable: false, cardKey: "k2" });
    expect(
      buttonTexts(
        reply,
        renderOptions(responder, { card: { audience: "shared", shareable: false, cardKey: null } }),
      ),
    ).not.toContain("Share with channel");
  });

  it("never puts a sharer that is not a Slack user id into the message", () => {
    const message = renderBlockKit(ask("help"), renderOptions(responder, { sharedBy: "<!channel>" }));
    expect(JSON.stringify(message)).not.toContain("<!channel>");
    expect(message.text.startsWith("Shared by")).toBe(false);
  });

  it("offers no share button on private cards that cannot be shared (DMs, modals)", () => {
    const options = renderOptions(responder, {
      card: { audience: "private", shareable: false, cardKey: null },
    });
    expect(buttonTexts(ask("who patches the node os on fargate?"), options)).not.toContain(
      "Share with channel",
    );
  });
});

describe("escaping", () => {
  it("escapes &, < and > from any text, so nothing can ping anyone or become a link", () => {
    const base = expectType(ask("who patches the node os on fargate?"), "answer");
    const hostile: AnswerReply = {
      ...base,
      notices: ["I read <!channel> and <@U999> & <https://evil.example|click>"],
      topic: { ...base.topic, name: "Patches & <!here> updates" },
    };
    const message = renderBlockKit(hostile, renderOptions(responder));
    // mrkdwn is where Slack reads control sequences; plain_text (headers, buttons) shows text as it is.
    const mrkdwn: string[] = [];
    JSON.stringify(message.blocks, (_key, value) => {
      if (value && typeof value === "object" && value.type === "mrkdwn") mrkdwn.push(value.text);
      return value;
    });
    const json = mrkdwn.join("\n");
    expect(mrkdwn.length).toBeGreaterThan(3);
    expect(json).not.toMatch(/<!channel>|<!here>|<@U999>|<https:\/\/evil/);
    expect(json).toContain("&lt;!channel&gt;");
    expect(json).toContain("Patches &amp; &lt;!here&gt; updates");
    expect(message.text).not.toMatch(/<!channel>|<@U999>/);
    expect(message.text).toContain("&lt;!channel&gt; and &lt;@U999&gt; &amp;");
    // Every mrkdwn object is verbatim, so Slack does not auto-link or auto-mention either.
    for (const block of message.blocks)
      if (block.type === "section" || block.type === "context")
        for (const text of block.type === "section" ? [block.text, ...(block.fields ?? [])] : block.elements)
          if (text) expect(text.verbatim).toBe(true);
  });
});

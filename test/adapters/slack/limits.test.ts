/**
 * Every card the knowledge can produce stays inside every Block Kit limit: all 84 topics on every runtime (and
 * on all runtimes), every comparison of two or more runtimes in every category (fields and table), every
 * difference, every owner list, every runtime overview, the guidance cards and the Home tab; in private,
 * shared and sources-expanded form, every page. Also: the checker itself catches each kind of violation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { SlackMessage } from "../../../src/adapters/slack/block-kit.js";
import { checkBlockKitLimits } from "../../../src/adapters/slack/check-block-kit-limits.js";
import { BLOCK_KIT_LIMITS } from "../../../src/adapters/slack/limits.js";
import { renderHome } from "../../../src/adapters/slack/render-home.js";
import { namesFromKnowledge, type RenderOptions } from "../../../src/adapters/slack/render-options.js";
import type { Action, Reply, Responder, RuntimeId } from "../../../src/core/index.js";
import { OWNERS, RUNTIME_IDS } from "../../../src/core/index.js";
import { loadResponder, renderAllPages, renderOptions } from "./helpers/render-fixtures.js";

let responder: Responder;
beforeAll(async () => {
  responder = await loadResponder();
});

function variants(): RenderOptions[] {
  return [
    renderOptions(responder),
    renderOptions(responder, {
      card: { audience: "shared", shareable: false, cardKey: "k3" },
      sharedBy: "U0ABCDEF1",
    }),
    renderOptions(responder, { showSources: true }),
  ];
}

function expectWithinLimits(reply: Reply, options: RenderOptions, label: string): number {
  let count = 0;
  for (const page of renderAllPages(reply, options)) {
    expect(checkBlockKitLimits(page), label).toEqual([]);
    count++;
  }
  return count;
}

const act = (action: Action) => responder.respondToAction(action);

describe("every real card fits Slack's limits", () => {
  it("answers: every topic on every runtime and on all runtimes", () => {
    const version = responder.knowledge.version;
    let rendered = 0;
    for (const topic of responder.knowledge.topics) {
      for (const runtime of [...RUNTIME_IDS, null]) {
        const reply = act({ kind: "answer", version, topic: topic.id, runtime });
        expect(reply.type).toBe("answer");
        for (const options of variants())
          rendered += expectWithinLimits(reply, options, `${topic.id} on ${runtime}`);
      }
    }
    expect(rendered).toBe(responder.knowledge.topics.length * 7 * 3);
    expect(responder.knowledge.topics.length).toBeGreaterThanOrEqual(84);
  });

  it("comparisons: every set of two or more runtimes, every category, as fields and as a table", () => {
    const version = responder.knowledge.version;
    const categories = [null, ...responder.knowledge.categories.map((category) => category.id)];
    let pages = 0;
    for (let mask = 1; mask < 1 << RUNTIME_IDS.length; mask++) {
      const runtimes = RUNTIME_IDS.filter((_, index) => mask & (1 << index)) as RuntimeId[];
      if (runtimes.length < 2) continue;
      for (const category of categories) {
        const reply = act({ kind: "compare", version, runtimes, category });
        expect(reply.type).toBe("comparison");
        pages += expectWithinLimits(reply, renderOptions(responder), `${runtimes} ${category}`);
        pages += expectWithinLimits(
          reply,
          renderOptions(responder, { tables: true }),
          `table ${runtimes} ${category}`,
        );
      }
    }
    expect(pages).toBeGreaterThan(57 * 14 * 2);
  });

  it("differences, owner lists and runtime overviews", () => {
    const version = responder.knowledge.version;
    for (const from of RUNTIME_IDS) {
      for (const to of RUNTIME_IDS) {
        if (from === to) continue;
        const reply = act({ kind: "difference", version, from, to });
        expect(reply.type).toBe("difference");
        for (const options of variants()) expectWithinLimits(reply, options, `${from} -> ${to}`);
      }
      for (const owner of OWNERS) {
        const reply = act({ kind: "list", version, runtime: from, owner });
        expect(reply.type).toBe("list");
        for (const options of variants()) expectWithinLimits(reply, options, `${owner} on ${from}`);
      }
      const overview = act({ kind: "runtime-info", version, runtime: from });
      for (const options of variants()) expectWithinLimits(overview, options, `about ${from}`);
    }
  });

  it("guidance: help, did-you-mean, not-found and out-of-date cards", () => {
    const replies = [
      "help",
      "",
      "who owns encryption on fargate?",
      "who owns the coffee machine",
      "who patches nodes on gke?",
      "quién parchea los nodos",
    ].map((question) => responder.respond(question));
    replies.push(responder.respondToAction(null));
    expect(new Set(replies.map((reply) => reply.type))).toEqual(new Set(["help", "clarify", "not-found"]));
    for (const reply of replies)
      for (const options of variants()) expectWithinLimits(reply, options, reply.type);
  });

  it("the Home tab, with the longest topic names as recent topics", () => {
    const longest = [...responder.knowledge.topics].sort((a, b) => b.name.length - a.name.length).slice(0, 5);
    const view = renderHome(responder, namesFromKnowledge(responder.knowledge), longest);
    const problems = checkBlockKitLimits(
      { text: "", blocks: view.blocks },
      { maxBlocks: BLOCK_KIT_LIMITS.blocksPerView, requireText: false },
    );
    expect(problems).toEqual([]);
    expect(JSON.stringify(view)).toContain(longest[0]?.name.slice(0, 40));
  });
});

describe("checkBlockKitLimits", () => {
  const text = (value: string) => ({ type: "mrkdwn" as const, text: value, verbatim: true as const });
  const button = (id: string, overrides: Record<string, unknown> = {}) => ({
    type: "button" as const,
    action_id: id,
    text: { type: "plain_text" as const, text: "ok" },
    value: "v",
    accessibility_label: "ok",
    ...overrides,
  });

  it("accepts a message within the limits", () => {
    expect(checkBlockKitLimits({ text: "hi", blocks: [{ type: "section", text: text("hi") }] })).toEqual([]);
  });

  it.each<[string, SlackMessage, RegExp]>([
    ["no fallback text", { text: " ", blocks: [] }, /text: missing/],
    [
      "too many blocks",
      { text: "t", blocks: Array.from({ length: 51 }, () => ({ type: "divider" as const })) },
      /blocks: 51 > 50/,
    ],
    [
      "a long section",
      { text: "t", blocks: [{ type: "section", text: text("x".repeat(3001)) }] },
      /text: 3001 > 3000/,
    ],
    [
      "too many fields",
      { text: "t", blocks: [{ type: "section", fields: Array.from({ length: 11 }, () => text("f")) }] },
      /fields: 11 > 10/,
    ],
    [
      "a long header",
      { text: "t", blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }] },
      /151 > 150/,
    ],
    [
      "too much block text",
      {
        text: "t",
        blocks: Array.from({ length: 5 }, () => ({ type: "section" as const, text: text("x".repeat(2900)) })),
      },
      /block text characters: 14500 > 12000/,
    ],
    [
      "a long button",
      {
        text: "t",
        blocks: [
          {
            type: "actions",
            elements: [button("a", { text: { type: "plain_text", text: "b".repeat(76) } })],
          },
        ],
      },
      /76 > 75/,
    ],
    [
      "a long label",
      {
        text: "t",
        blocks: [{ type: "actions", elements: [button("a", { accessibility_label: "l".repeat(76) })] }],
      },
      /accessibility_label: 76 > 75/,
    ],
    [
      "duplicate action ids",
      { text: "t", blocks: [{ type: "actions", elements: [button("a"), button("a")] }] },
      /duplicate action_id/,
    ],
    [
      "duplicate block ids",
      {
        text: "t",
        blocks: [
          { type: "divider", block_id: "x" },
          { type: "divider", block_id: "x" },
        ],
      },
      /duplicate block_id/,
    ],
    [
      "too many buttons",
      {
        text: "t",
        blocks: [
          { type: "actions", elements: Array.from({ length: 26 }, (_, index) => button(`b${index}`)) },
        ],
      },
      /elements: 26 > 25/,
    ],
    [
      "two tables",
      {
        text: "t",
        blocks: [
          { type: "table", rows: [] },
          { type: "table", rows: [] },
        ],
      },
      /table blocks: 2 > 1/,
    ],
    [
      "a long option value",
      {
        text: "t",
        blocks: [
          {
            type: "actions",
            elements: [
              {
                type: "static_select",
                action_id: "s",
                placeholder: { type: "plain_text", text: "p" },
                options: [{ text: { type: "plain_text", text: "o" }, value: "v".repeat(76) }],
              },
            ],
          },
        ],
      },
      /option value: 76 > 75/,
    ],
  ])("reports %s", (_name, message, problem) => {
    expect(checkBlockKitLimits(message).join("\n")).toMatch(problem);
  });
});

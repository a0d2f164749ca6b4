/**
 * The other Block Kit cards (comparison, owner list, difference, runtime overview, did-you-mean, not-found,
 * help) and the overflow cases: huge texts and hundreds of rows that must stay inside every limit, paged
 * without losing anything.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../../src/adapters/shared/action-payload.js";
import { checkBlockKitLimits } from "../../../src/adapters/slack/check-block-kit-limits.js";
import { BLOCK_KIT_LIMITS, LAYOUT } from "../../../src/adapters/slack/limits.js";
import { renderBlockKit } from "../../../src/adapters/slack/render-block-kit.js";
import type { AnswerReply, ComparisonReply, Reply, Responder } from "../../../src/core/index.js";
import { OWNER_LABELS, OWNER_MARKERS } from "../../../src/core/index.js";
import { expectType } from "../../helpers/expect-type.js";
import {
  buttonTexts as buttonTextsOf,
  elements,
  loadResponder,
  renderAllPages,
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
describe("comparison card", () => {
  it("shows topics as sections with one owner field per runtime, and a category filter", () => {
    const reply = expectType(ask("compare fargate and mng for networking"), "comparison");
    const message = renderBlockKit(reply, renderOptions(responder));
    const rows = message.blocks.filter((block) => block.type === "section" && block.fields);
    expect(rows).toHaveLength(reply.rows.length);
    const first = reply.rows[0];
    const owner = first?.owners["eks-fargate"];
    expect(JSON.stringify(rows[0])).toContain(
      `EKS on Fargate\\n${owner ? `${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}` : ""}`,
    );
    const select = elements(message).find((element) => element.type === "static_select") as {
      options: { value: string }[];
      initial_option: { value: string };
    };
    expect(select.initial_option.value).toBe("networking");
    expect(select.options.map((option) => option.value)).toEqual([
      "all",
      ...reply.categories.map((category) => category.id),
    ]);
    for (const option of select.options)
      expect(option.value.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.optionValue);
  });

  it("shows at most four runtimes per view and offers the others with a button", () => {
    const reply = expectType(
      ask("compare eks-ec2 eks-mng eks-fargate eks-auto ecs-ec2 ecs-fargate"),
      "comparison",
    );
    const first = renderBlockKit(reply, renderOptions(responder));
    for (const block of first.blocks)
      if (block.type === "section" && block.fields)
        expect(block.fields.length).toBeLessThanOrEqual(LAYOUT.runtimesPerView);
    expect(buttonTexts(reply)).toContain("Show ECS on EC2, ECS on Fargate");
    const second = renderBlockKit(reply, renderOptions(responder, { page: { group: 1, index: 0 } }));
    const header = second.blocks.find((block) => block.type === "header");
    expect(JSON.stringify(header)).toContain("ECS on EC2 vs ECS on Fargate");
  });

  it("pages rows that would exceed the limits, every row on exactly one page", () => {
    const reply = expectType(ask("compare fargate mng"), "comparison");
    const pages = renderAllPages(reply, renderOptions(responder));
    expect(pages.length).toBeGreaterThan(1);
    const titles = pages.flatMap((page) =>
      page.blocks.flatMap((block) => (block.type === "section" && block.fields ? [block.text?.text] : [])),
    );
    expect(titles).toHaveLength(reply.rows.length);
    expect(new Set(titles).size).toBe(reply.rows.length);
    expect(buttonTexts(reply)).toContain("Next topics ›");
    expect(buttonTexts(reply, renderOptions(responder, { page: { group: 0, index: 1 } }))).toContain(
      "‹ Previous topics",
    );
    // A page number past the end shows the last page instead of failing.
    const clamped = renderBlockKit(reply, renderOptions(responder, { page: { group: 9, index: 99 } }));
    expect(checkBlockKitLimits(clamped)).toEqual([]);
    expect(JSON.stringify(clamped)).toContain(`of ${reply.rows.length}`);
  });

  it("renders the same rows as one table block when asked, with a header row", () => {
    const reply = expectType(ask("compare fargate and mng for networking"), "comparison");
    const message = renderBlockKit(reply, renderOptions(responder, { tables: true }));
    const tables = message.blocks.filter((block) => block.type === "table");
    expect(tables).toHaveLength(1);
    const table = tables[0] as unknown as { rows: { text: string }[][] };
    expect(table.rows[0]?.map((cell) => cell.text)).toEqual([
      "Topic",
      "EKS managed node groups",
      "EKS on Fargate",
    ]);
    expect(table.rows).toHaveLength(reply.rows.length + 1);
    expect(message.blocks.some((block) => block.type === "section" && block.fields)).toBe(false);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });
});

describe("list, difference and runtime overview cards", () => {
  it("lists what one party owns on a runtime by category, with buttons for the other parties", () => {
    const reply = expectType(ask("what do I own on auto mode"), "list");
    const message = renderBlockKit(reply, renderOptions(responder));
    const text = visibleText(message.blocks);
    expect(text).toContain(
      `${OWNER_MARKERS[reply.owner]} ${OWNER_LABELS[reply.owner]} owns ${reply.topics.length} topics`,
    );
    for (const topic of reply.topics) expect(text).toContain(topic.name);
    expect(buttonTexts(reply)).toEqual(expect.arrayContaining(["Shared instead", "AWS instead"]));
  });

  it("lists each change of owner between two runtimes, with reverse and side-by-side buttons", () => {
    const reply = expectType(ask("what changes from ec2 to fargate"), "difference");
    const message = renderBlockKit(reply, renderOptions(responder));
    const text = visibleText(message.blocks);
    for (const change of reply.changes)
      expect(text).toContain(
        `${change.topic.name}: ${OWNER_MARKERS[change.from]} ${OWNER_LABELS[change.from]} → ${OWNER_MARKERS[change.to]} ${OWNER_LABELS[change.to]}`,
      );
    const reverse = elements(message).find(
      (element) => (element.text as { text: string }).text === "Reverse direction",
    );
    expect(decodeAction(reverse?.value)).toMatchObject({
      kind: "difference",
      from: reply.to,
      to: reply.from,
    });
  });

  it("gives a runtime overview with owner counts in words and what it can and cannot do", () => {
    const reply = expectType(ask("what is eks auto mode"), "runtime-info");
    const text = visibleText(renderBlockKit(reply, renderOptions(responder)).blocks);
    expect(text).toContain(`${OWNER_MARKERS.aws} AWS ${reply.ownership.aws}`);
    for (const capability of reply.capabilities)
      expect(text).toContain(`${capability.supported ? "Yes" : "No"}: ${capability.name}`);
  });
});

describe("guidance cards", () => {
  it("asks which topic with one button per candidate, keeping the runtime", () => {
    const reply = expectType(ask("who owns encryption on fargate?"), "clarify");
    const buttons = elements(renderBlockKit(reply, renderOptions(responder)));
    expect(buttons.map((button) => (button.text as { text: string }).text)).toEqual(
      reply.candidates.map((candidate) => candidate.name),
    );
    for (const [index, button] of buttons.entries())
      expect(decodeAction(button.value)).toEqual({
        kind: "answer",
        version: reply.knowledgeVersion,
        topic: reply.candidates[index]?.id,
        runtime: "eks-fargate",
      });
  });

  it("offers suggestions as buttons when nothing matched, and none for another language", () => {
    const reply = expectType(ask("who owns the coffee machine"), "not-found");
    const message = renderBlockKit(reply, renderOptions(responder));
    expect(visibleText(message.blocks)).toContain(reply.message);
    expect(buttonTexts(reply)).toEqual(reply.suggestions.map((suggestion) => suggestion.name));
    const foreign = expectType(ask("quién parchea los nodos"), "not-found");
    expect(elements(renderBlockKit(foreign, renderOptions(responder)))).toEqual([]);
  });

  it("helps with examples, the ways to ask in Slack, and a button per runtime", () => {
    const reply = expectType(ask("help"), "help");
    const message = renderBlockKit(reply, renderOptions(responder));
    const text = visibleText(message.blocks);
    for (const example of reply.examples) expect(text).toContain(example);
    expect(text).toContain("/whoowns compare fargate mng networking");
    expect(elements(message)).toHaveLength(reply.runtimes.length);
  });

  it("falls back to the text rendering for a reply type it does not know, instead of dropping it", () => {
    const base = ask("help");
    const unknown = { ...base, type: "poem" } as unknown as Reply;
    const message = renderBlockKit(unknown, renderOptions(responder));
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(message.blocks.every((block) => block.type === "section")).toBe(true);
    expect(checkBlockKitLimits(message)).toEqual([]);
  });
});

describe("overflow", () => {
  const long = (length: number, word = "x") =>
    `${word} `.repeat(Math.ceil(length / (word.length + 1))).slice(0, length);

  it("cuts texts that exceed their limits with an ellipsis and keeps the card within every limit", () => {
    const base = expectType(ask("who patches the node os on fargate?"), "answer");
    const cell = base.cell;
    if (!cell) throw new Error("expected a cell");
    const huge: AnswerReply = {
      ...base,
      notices: Array.from({ length: 20 }, (_, index) => `${index} ${long(400)}`),
      topic: { ...base.topic, name: long(400, "Topic"), summary: long(5000) },
      cell: { ...cell, aws: long(6000, "aws"), customer: long(6000, "you"), note: long(3000, "note") },
      cells: [{ ...cell, aws: long(6000, "aws") }],
      sources: Array.from({ length: 80 }, (_, index) => ({
        title: `Source ${index} ${long(200)}`,
        url: `https://docs.aws.amazon.com/${index}/${long(100, "p")}`,
      })),
      related: Array.from({ length: 30 }, (_, index) => ({
        id: `topic-${index}`,
        name: long(120, "Related"),
      })),
    };
    for (const showSources of [false, true]) {
      const message = renderBlockKit(huge, renderOptions(responder, { showSources }));
      expect(checkBlockKitLimits(message)).toEqual([]);
      expect(message.blocks.find((block) => block.type === "header")).toMatchObject({
        text: { text: expect.stringMatching(/…$/) },
      });
      expect(message.text.length).toBeGreaterThan(1000);
    }
  });

  it("pages a comparison of hundreds of long-named topics without losing any", () => {
    const base = expectType(
      ask("compare eks-ec2 eks-mng eks-fargate eks-auto ecs-ec2 ecs-fargate"),
      "comparison",
    );
    const rows = Array.from({ length: 400 }, (_, index) => ({
      ...base.rows[index % base.rows.length],
      topic: { id: `topic-${index}`, name: `Topic ${index} ${long(150, "name")}` },
    })) as ComparisonReply["rows"];
    const reply: ComparisonReply = { ...base, rows };
    for (const tables of [false, true]) {
      const pages = renderAllPages(reply, renderOptions(responder, { tables }));
      for (const page of pages) expect(checkBlockKitLimits(page)).toEqual([]);
      const shown = pages.map((page) => visibleText(page.blocks)).join("\n");
      for (let index = 0; index < 400; index += 37) expect(shown).toContain(`Topic ${index} name`);
    }
  });

  it("pages very long lists and differences, and splits too many buttons into several blocks", () => {
    const list = expectType(ask("what do I own on auto mode"), "list");
    const bigList = {
      ...list,
      topics: Array.from({ length: 900 }, (_, index) => ({
        id: `t-${index}`,
        name: `Item ${index} ${long(80)}`,
        category: `c-${index % 7}`,
        uncertain: index % 5 === 0,
      })),
    };
    const listPages = renderAllPages(bigList, renderOptions(responder));
    expect(listPages.length).toBeGreaterThan(5);
    const listed = listPages.map((page) => visibleText(page.blocks)).join("\n");
    for (let index = 0; index < 900; index += 41) expect(listed).toContain(`Item ${index} `);
    const difference = expectType(ask("what changes from ec2 to fargate"), "difference");
    const first = difference.changes[0];
    if (!first) throw new Error("expected a change");
    const bigDifference = {
      ...difference,
      changes: Array.from({ length: 700 }, (_, index) => ({
        ...first,
        topic: { id: `t-${index}`, name: `Change ${index} ${long(100)}` },
      })),
    };
    const differencePages = renderAllPages(bigDifference, renderOptions(responder));
    for (const page of [...listPages, ...differencePages]) expect(checkBlockKitLimits(page)).toEqual([]);
    const clarify = expectType(ask("who owns encryption on fargate?"), "clarify");
    const crowded = {
      ...clarify,
      candidates: Array.from({ length: 40 }, (_, index) => ({
        id: `c-${index}`,
        name: `Candidate ${index} ${long(200)}`,
      })),
    };
    const message = renderBlockKit(crowded, renderOptions(responder));
    expect(checkBlockKitLimits(message)).toEqual([]);
    expect(message.blocks.filter((block) => block.type === "actions")).toHaveLength(2);
    expect(elements(message)).toHaveLength(40);
  });
});

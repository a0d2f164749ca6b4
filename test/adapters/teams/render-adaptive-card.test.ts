/**
 * Every card the Teams renderer can produce over the bundled knowledge (each topic on each runtime and on all,
 * every comparison of every runtime subset and category, every difference, list and runtime card, clarify,
 * not-found and help) parses and validates with the adaptivecards library and fits the 28 KB budget; plus the
 * layout rules (owner words, uncertainty, unsupported, analogs, paging, category filter) and the overflow paths.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type CardContext, createCardContext } from "../../../src/adapters/teams/card-context.js";
import type { AdaptiveCard } from "../../../src/adapters/teams/card-elements.js";
import { TEAMS_LIMITS } from "../../../src/adapters/teams/limits.js";
import { cardBytes, fitText, renderAdaptiveCard } from "../../../src/adapters/teams/render-adaptive-card.js";
import {
  type AnswerReply,
  type ComparisonReply,
  createResponder,
  OWNER_LABELS,
  OWNER_MARKERS,
  OWNER_SHORT_LABELS,
  OWNERS,
  type Owner,
  type Reply,
  type Responder,
  RUNTIME_IDS,
  renderText,
} from "../../../src/core/index.js";
import { SAMPLE_QUESTIONS } from "./helpers/sample-questions.js";
import { bundledKnowledge } from "./helpers/start-test-bot.js";
import { cardText, collect, validateCard } from "./helpers/validate-card.js";

let responder: Responder;
let context: CardContext;
let version: string;

beforeAll(async () => {
  responder = createResponder(await bundledKnowledge());
  context = createCardContext(responder.knowledge);
  version = responder.knowledge.version;
});

function subsets<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++)
    result.push(items.filter((_, index) => mask & (1 << index)));
  return result;
}

function expectValid(reply: Reply, label: string): AdaptiveCard {
  const card = renderAdaptiveCard(reply, context);
  expect(validateCard(card), label).toEqual([]);
  return card;
}

describe("every card the renderer can produce", () => {
  it("answers: each topic on each runtime and on all runtimes", () => {
    let count = 0;
    for (const topic of responder.knowledge.topics) {
      for (const runtime of [...RUNTIME_IDS, null]) {
        const reply = responder.respondToAction({ kind: "answer", version, topic: topic.id, runtime });
        expect(reply.type).toBe("answer");
        expectValid(reply, `${topic.id} on ${runtime}`);
        count++;
      }
    }
    expect(count).toBe(responder.knowledge.topics.length * 7);
  });

  it("comparisons: every runtime subset, all topics and each category", () => {
    const categories = [null, ...responder.knowledge.categories.map((category) => category.id)];
    for (const runtimes of subsets(RUNTIME_IDS)) {
      for (const category of categories) {
        const reply = responder.respondToAction({ kind: "compare", version, runtimes, category });
        expect(reply.type).toBe("comparison");
        expectValid(reply, `${runtimes.join("+")} ${category}`);
      }
    }
  });

  it("differences, lists and runtime cards", () => {
    for (const from of RUNTIME_IDS) {
      expectValid(
        responder.respondToAction({ kind: "runtime-info", version, runtime: from }),
        `info ${from}`,
      );
      for (const owner of OWNERS) {
        expectValid(
          responder.respondToAction({ kind: "list", version, runtime: from, owner }),
          `${owner} ${from}`,
        );
      }
      for (const to of RUNTIME_IDS.filter((id) => id !== from)) {
        expectValid(responder.respondToAction({ kind: "difference", version, from, to }), `${from}->${to}`);
      }
    }
  });

  it("clarify, not-found (every reason), help and the welcome card", () => {
    const types = new Set<string>();
    const reasons = new Set<string>();
    for (const question of SAMPLE_QUESTIONS) {
      const reply = responder.respond(question);
      types.add(reply.type);
      if (reply.type === "not-found") reasons.add(reply.reason);
      expectValid(reply, question);
    }
    const stale = responder.respondToAction(null);
    reasons.add(stale.type === "not-found" ? stale.reason : stale.type);
    expectValid(stale, "stale card");
    expect(validateCard(renderAdaptiveCard(responder.respond("help"), context, { welcome: true }))).toEqual(
      [],
    );
    expect([...types].sort()).toEqual(["answer", "clarify", "help", "not-found"]);
    expect([...reasons].sort()).toEqual([
      "no-match",
      "other-cloud",
      "other-language",
      "out-of-scope",
      "stale-card",
    ]);
  });
});

describe("answer card", () => {
  const answer = (topic: string, runtime: string | null) =>
    responder.respondToAction({ kind: "answer", version, topic, runtime }) as AnswerReply;

  it("states the owner in words with its marker, what each side does, sources and the runtime switch", () => {
    const reply = answer("os-patching", "eks-fargate");
    const cell = reply.cell;
    const card = renderAdaptiveCard(reply, context);
    const text = cardText(card);
    expect(text).toContain(
      `Owner: ${OWNER_MARKERS[cell?.owner ?? "aws"]} ${OWNER_LABELS[cell?.owner ?? "aws"]}`,
    );
    expect(text).toContain(`What AWS does: ${cell?.aws}`);
    expect(text).toContain(`What you do: ${cell?.customer}`);
    const executes = collect(card).filter((node) => node.type === "Action.Execute");
    const switches = executes.filter((node) => node.verb === "answer").map((node) => node.title);
    expect(switches).toEqual([
      ...RUNTIME_IDS.filter((id) => id !== "eks-fargate").map((id) => context.shortNames[id]),
      "This topic on all runtimes",
    ]);
    const compareAll = executes.find((node) => node.verb === "compare");
    expect(compareAll?.title).toBe(`Compare all runtimes (${reply.topic.category.name})`);
    expect(compareAll?.data).toEqual({
      k: "compare",
      v: version,
      rs: [...RUNTIME_IDS],
      c: reply.topic.category.id,
    });
    const links = collect(card)
      .filter((node) => node.type === "Action.OpenUrl")
      .map((node) => node.url);
    expect(links).toEqual(reply.sources.map((source) => source.url));
  });

  it("says Not supported on the runtime, names analogs and flags uncertain cells plainly", () => {
    for (const topic of responder.knowledge.topics) {
      for (const runtime of RUNTIME_IDS) {
        const cell = topic.cells[runtime];
        if (cell.supported && !cell.analog && cell.confidence !== "uncertain") continue;
        const text = cardText(renderAdaptiveCard(answer(topic.id, runtime), context));
        const name = context.names[runtime];
        if (!cell.supported) expect(text, topic.id).toContain(`Not supported on ${name}`);
        if (cell.analog) expect(text, topic.id).toContain(`nearest equivalent is ${cell.analog}`);
        if (cell.confidence === "uncertain") expect(text, topic.id).toMatch(/Uncertain: .+/);
      }
    }
  });

  it("shows every runtime's owner, with uncertainty, when no runtime was named", () => {
    const reply = answer("kubelet", null);
    const text = cardText(renderAdaptiveCard(reply, context));
    expect(reply.cells.map((cell) => cell.runtime.id)).toEqual([...RUNTIME_IDS]);
    for (const cell of reply.cells) {
      const uncertain = cell.confidence === "uncertain" ? " (uncertain)" : "";
      const line = `${cell.runtime.name}: ${OWNER_MARKERS[cell.owner]} ${OWNER_LABELS[cell.owner]}`;
      expect(text).toContain(cell.supported ? `${line}${uncertain}` : line);
      if (cell.analog) expect(text).toContain(`nearest equivalent is ${cell.analog}`);
    }
  });
});

describe("comparison card", () => {
  const compare = (runtimes: string[], category: string | null) =>
    responder.respondToAction({ kind: "compare", version, runtimes, category }) as ComparisonReply;

  it("draws ColumnSet rows with short owner words for a short comparison", () => {
    const card = renderAdaptiveCard(compare(["eks-mng", "eks-fargate"], "networking"), context);
    const rows = collect(card).filter((node) => node.type === "ColumnSet");
    expect(rows.length).toBe(1 + compare(["eks-mng", "eks-fargate"], "networking").rows.length);
    const cni = compare(["eks-mng", "eks-fargate"], "networking").rows.find(
      (row) => row.topic.id === "cni-plugin",
    );
    const short = (owner: Owner | undefined) =>
      `${OWNER_MARKERS[owner ?? "aws"]} ${OWNER_SHORT_LABELS[owner ?? "aws"]}`;
    expect(cardText(card)).toContain(
      `${cni?.topic.name}\n${short(cni?.owners["eks-mng"])}\n${short(cni?.owners["eks-fargate"])}`,
    );
  });

  it("switches to one FactSet per category when all topics are compared, still under budget", () => {
    const reply = compare([...RUNTIME_IDS], null);
    const card = renderAdaptiveCard(reply, context);
    expect(cardBytes(card)).toBeLessThanOrEqual(TEAMS_LIMITS.cardBytes);
    const facts = collect(card).filter((node) => node.type === "FactSet");
    expect(facts.length).toBe(responder.knowledge.categories.length);
    const factCount = facts.reduce((sum, node) => sum + (node.facts as unknown[]).length, 0);
    expect(factCount).toBe(reply.rows.length);
  });

  it("shows at most 4 runtimes and offers the rest on a next-runtimes button", () => {
    const card = renderAdaptiveCard(compare([...RUNTIME_IDS], "compute"), context);
    const header = collect(card).find((node) => node.type === "ColumnSet") as {
      columns: { items: { text: string }[] }[];
    };
    expect(header.columns.map((column) => column.items[0]?.text)).toEqual([
      "Topic",
      ...RUNTIME_IDS.slice(0, 4).map((id) => context.shortNames[id]),
    ]);
    const next = collect(card).find((node) => String(node.title).startsWith("Next runtimes"));
    expect(next?.data).toEqual({ k: "compare", v: version, rs: ["ecs-ec2", "ecs-fargate"], c: "compute" });
  });

  it("offers a category filter with every category and the current one selected", () => {
    const card = renderAdaptiveCard(compare(["eks-ec2", "eks-auto"], "identity"), context);
    const picker = collect(card).find((node) => node.type === "Input.ChoiceSet");
    expect(picker?.value).toBe("identity");
    expect((picker?.choices as unknown[] | undefined)?.length).toBe(
      responder.knowledge.categories.length + 1,
    );
  });
});

describe("overflow", () => {
  it("cuts a card to the budget with a note, and shortens the fallback text with a marker", () => {
    const reply = responder.respondToAction({ kind: "answer", version, topic: "kubelet", runtime: null });
    const card = renderAdaptiveCard(reply, context, { budget: 3000 });
    expect(cardBytes(card)).toBeLessThanOrEqual(3000);
    expect(cardText(card)).toContain("This card was cut to fit Teams' size limit");
    expect(card.fallbackText.length).toBeLessThan(renderText(reply, context.names).length);
    expect(validateCard(card).filter((problem) => !problem.startsWith("size"))).toEqual([]);
  });

  it("fits text to a byte budget without splitting an emoji", () => {
    const text = `${"🟧 AWS\n".repeat(50)}`;
    const fitted = fitText(text, 100);
    expect(Buffer.byteLength(JSON.stringify(fitted)) - 2).toBeLessThanOrEqual(100);
    expect(fitted).toMatch(/shortened/);
    expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(fitText("short", 100)).toBe("short");
  });

  it("drops an address it would split when fitting text, so no stub of it becomes a link", () => {
    const url = "https://docs.aws.amazon.com/eks/latest/userguide/security.html";
    const text = `Sources: EKS User Guide ${url} and more`;
    for (let bytes = 60; bytes < Buffer.byteLength(text); bytes++) {
      const fitted = fitText(text, bytes);
      expect(Buffer.byteLength(JSON.stringify(fitted)) - 2).toBeLessThanOrEqual(bytes);
      const addresses = fitted.match(/https?:\/\/\S*/g) ?? [];
      for (const address of addresses) expect(address).toBe(url);
    }
  });

  it("renders an unknown reply type as its plain text instead of dropping it", () => {
    const help = responder.respond("help");
    const strange = { ...help, type: "future-kind" } as unknown as Reply;
    const card = renderAdaptiveCard(strange, context);
    expect(validateCard(card)).toEqual([]);
    expect(cardText(card)).toContain(renderText(strange, context.names));
  });
});

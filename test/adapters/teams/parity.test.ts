/**
 * Parity: every fact of a Reply (topic, owner words per runtime shown, what each side does, uncertainty notes,
 * analogs, support, sources, candidates, changes, list items) appears both in the Teams card and in the message's
 * plain-text fallback (`summary`, the core's render-text). Over every answer, difference, list and runtime card,
 * a spread of comparisons, and the sample questions.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type CardContext, createCardContext } from "../../../src/adapters/teams/card-context.js";
import { TEAMS_LIMITS } from "../../../src/adapters/teams/limits.js";
import { renderTeamsMessage } from "../../../src/adapters/teams/render-teams-message.js";
import {
  createResponder,
  OWNER_LABELS,
  OWNER_SHORT_LABELS,
  OWNERS,
  type Reply,
  type Responder,
  RUNTIME_IDS,
  type RuntimeId,
  renderText,
} from "../../../src/core/index.js";
import { SAMPLE_QUESTIONS } from "./helpers/sample-questions.js";
import { bundledKnowledge } from "./helpers/start-test-bot.js";
import { cardText, collect } from "./helpers/validate-card.js";

let responder: Responder;
let context: CardContext;
let version: string;

beforeAll(async () => {
  responder = createResponder(await bundledKnowledge());
  context = createCardContext(responder.knowledge);
  version = responder.knowledge.version;
});

interface Rendered {
  readonly card: unknown;
  readonly cardText: string;
  readonly fallback: string;
}

function render(reply: Reply): Rendered {
  const message = renderTeamsMessage(reply, context);
  const card = message.attachments[0]?.content;
  return { card, cardText: cardText(card), fallback: message.summary };
}

/** Strings that must appear verbatim in both renderings. */
function verbatimFacts(reply: Reply): string[] {
  switch (reply.type) {
    case "answer": {
      const facts = [reply.topic.name, ...reply.sources.flatMap((source) => [source.title, source.url])];
      for (const cell of reply.cells) {
        if (cell.aws) facts.push(cell.aws);
        if (cell.customer) facts.push(cell.customer);
        if (cell.note) facts.push(cell.note);
        if (cell.analog) facts.push(cell.analog);
        if (!cell.supported) facts.push(`Not supported on ${cell.runtime.name}`);
      }
      if (reply.capability) {
        facts.push(reply.capability.name, ...reply.capability.runtimes.map((support) => support.note));
      }
      if (reply.framework) {
        facts.push(reply.framework.name, reply.framework.note, reply.framework.disclaimer);
        for (const service of reply.framework.services) if (service.note) facts.push(service.note);
      }
      return facts;
    }
    case "comparison":
      return [
        ...(reply.focus ? [`You asked about ${reply.focus.name}`] : []),
        ...reply.rows.map((row) => row.topic.name),
      ];
    case "list":
      return [reply.runtime.name, OWNER_LABELS[reply.owner], ...reply.topics.map((topic) => topic.name)];
    case "difference":
      return [context.names[reply.from], context.names[reply.to], `${reply.unchanged} stay the same`];
    case "runtime-info":
      return [
        reply.runtime.name,
        reply.summary,
        ...reply.capabilities.flatMap((capability) => [capability.name, capability.note]),
        ...reply.sources.flatMap((source) => [source.title, source.url]),
      ];
    case "clarify":
      return reply.candidates.map((candidate) => candidate.name);
    case "not-found":
      return [reply.message, ...reply.suggestions.map((suggestion) => suggestion.name)];
    case "help":
      return [...reply.examples, ...reply.runtimes.map((runtime) => runtime.name)];
    default:
      return [];
  }
}

/** Some line names the runtime (long or short name) and carries the owner word (and "uncertain" when it is). */
function hasOwnerLine(
  text: string,
  runtime: RuntimeId,
  words: readonly string[],
  uncertain = false,
): boolean {
  const names = [context.names[runtime], context.shortNames[runtime]];
  return text
    .split("\n")
    .some(
      (line) =>
        names.some((name) => line.includes(name)) &&
        words.some((word) => line.includes(word)) &&
        (!uncertain || line.includes("uncertain")),
    );
}

function expectParity(reply: Reply, label: string): void {
  const rendered = render(reply);
  expect(rendered.fallback, label).toBe(renderText(reply, context.names));
  for (const fact of verbatimFacts(reply)) {
    expect(rendered.cardText, `${label}: card lacks "${fact}"`).toContain(fact);
    expect(rendered.fallback, `${label}: text lacks "${fact}"`).toContain(fact);
  }
  if (reply.type === "answer") {
    for (const id of reply.runtime ? RUNTIME_IDS : reply.scope) {
      const words = [OWNER_LABELS[reply.owners[id]]];
      expect(hasOwnerLine(rendered.cardText, id, words), `${label}: card owner on ${id}`).toBe(true);
      expect(hasOwnerLine(rendered.fallback, id, words), `${label}: text owner on ${id}`).toBe(true);
    }
    for (const cell of reply.cells.filter((entry) => entry.confidence === "uncertain")) {
      expect(rendered.cardText, label).toMatch(/Uncertain: /);
      expect(rendered.fallback, label).toMatch(/Uncertain: /);
      expect(cell.note === undefined || rendered.cardText.includes(cell.note), label).toBe(true);
    }
  }
  if (reply.type === "comparison") expectComparisonParity(reply, rendered, label);
  if (reply.type === "difference") {
    for (const change of reply.changes) {
      const line = (text: string) =>
        text.split("\n").find((entry) => entry.includes(change.topic.name)) ?? "";
      for (const text of [rendered.cardText, rendered.fallback]) {
        expect(line(text), label).toContain(OWNER_LABELS[change.from]);
        expect(line(text), label).toContain(OWNER_LABELS[change.to]);
      }
    }
  }
  if (reply.type === "list") {
    for (const topic of reply.topics.filter((entry) => entry.uncertain)) {
      expect(rendered.cardText, label).toContain(`${topic.name} (uncertain)`);
      expect(rendered.fallback, label).toContain(`${topic.name} (uncertain)`);
    }
  }
}

/** Each row's owners for the runtimes the card shows, in the card's layout, and for all runtimes in the text. */
function expectComparisonParity(
  reply: Extract<Reply, { type: "comparison" }>,
  rendered: Rendered,
  label: string,
) {
  const shown = reply.runtimes.slice(0, TEAMS_LIMITS.runtimesPerCard);
  const rows = collect(rendered.card).filter((node) => node.type === "ColumnSet") as {
    columns: { items: { text: string }[] }[];
  }[];
  const cells = new Map(
    rows.map((row) => [row.columns[0]?.items[0]?.text, row.columns.map((c) => c.items[0]?.text)]),
  );
  const facts = new Map(
    collect(rendered.card)
      .filter((node) => node.type === "FactSet")
      .flatMap((node) => node.facts as { title: string; value: string }[])
      .map((fact) => [fact.title, fact.value]),
  );
  for (const row of reply.rows) {
    const textLine =
      rendered.fallback.split("\n").find((line) => line.startsWith(`- ${row.topic.name}:`)) ?? "";
    shown.forEach((id, index) => {
      const owner = row.owners[id];
      expect(owner, label).toBeDefined();
      const short = `${OWNER_SHORT_LABELS[owner ?? "aws"]}${row.uncertain.includes(id) ? " (uncertain)" : ""}`;
      const cell =
        cells.get(row.topic.name)?.[index + 1] ?? facts.get(row.topic.name)?.split("; ")[index] ?? "";
      expect(cell.endsWith(short), `${label}: ${row.topic.name} on ${id}: "${cell}"`).toBe(true);
    });
    for (const id of reply.runtimes) {
      expect(textLine, label).toContain(`${context.names[id]}: ${OWNER_LABELS[row.owners[id] ?? "aws"]}`);
    }
  }
}

describe("Teams card and text fallback carry the same facts", () => {
  it("for every answer (each topic on each runtime and on all)", () => {
    for (const topic of responder.knowledge.topics) {
      for (const runtime of [...RUNTIME_IDS, null]) {
        expectParity(
          responder.respondToAction({ kind: "answer", version, topic: topic.id, runtime }),
          topic.id,
        );
      }
    }
  });

  it("for comparisons of two, three and four runtimes, by category and for all topics", () => {
    const sets: RuntimeId[][] = [
      ["eks-mng", "eks-fargate"],
      ["eks-ec2", "eks-auto", "ecs-fargate"],
      ["eks-ec2", "eks-mng", "eks-fargate", "eks-auto"],
    ];
    for (const runtimes of sets) {
      for (const category of [null, ...responder.knowledge.categories.map((entry) => entry.id)]) {
        expectParity(
          responder.respondToAction({ kind: "compare", version, runtimes, category }),
          runtimes.join("+"),
        );
      }
    }
  });

  it("for a comparison that asked about one topic, with that topic first", () => {
    const reply = responder.respond("compare node os patching across ecs on ec2 and ecs fargate");
    expect(reply.type === "comparison" && reply.focus?.id).toBe("os-patching");
    expectParity(reply, "focused comparison");
  });

  it("for every difference, list and runtime card", () => {
    for (const from of RUNTIME_IDS) {
      expectParity(responder.respondToAction({ kind: "runtime-info", version, runtime: from }), from);
      for (const owner of OWNERS) {
        expectParity(
          responder.respondToAction({ kind: "list", version, runtime: from, owner }),
          `${owner} ${from}`,
        );
      }
      for (const to of RUNTIME_IDS.filter((id) => id !== from)) {
        expectParity(responder.respondToAction({ kind: "difference", version, from, to }), `${from}->${to}`);
      }
    }
  });

  it("for clarify, not-found, help and answers with capabilities and frameworks", () => {
    for (const question of SAMPLE_QUESTIONS) expectParity(responder.respond(question), question);
  });

  it("says so when a very long reply's text fallback had to be shortened", () => {
    const reply = responder.respondToAction({
      kind: "compare",
      version,
      runtimes: [...RUNTIME_IDS],
      category: null,
    });
    const { fallback } = render(reply);
    const message = renderTeamsMessage(reply, context);
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(
      TEAMS_LIMITS.messageBytes - TEAMS_LIMITS.envelopeBytes,
    );
    expect(fallback).toContain("shortened; ask a narrower question");
    expect(fallback.startsWith(renderText(reply, context.names).split("\n")[0] ?? "-")).toBe(true);
  });
});

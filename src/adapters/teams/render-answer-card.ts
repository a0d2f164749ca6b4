/**
 * The answer card: who owns one topic (on one runtime or on each), what AWS does and what you do, uncertainty and
 * analogs said plainly, "Not supported on X" where the runtime does not allow it, the sources as links, and
 * buttons to switch runtime or compare the topic's category across every runtime.
 */
import type { AnswerReply, CellDetail } from "../../core/index.js";
import { answerHeadline } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import {
  actionSets,
  type CardAction,
  type CardElement,
  executeAction,
  factSet,
  heading,
  ownerBadge,
  textBlock,
} from "./card-elements.js";
import { renderSources, scopeStatusWords, serviceName } from "./render-card-parts.js";

export interface CardParts {
  readonly body: readonly CardElement[];
  readonly actions: readonly CardAction[];
  /** One sentence for speech and notifications. */
  readonly speak: string;
}

export function renderAnswerCard(reply: AnswerReply, context: CardContext): CardParts {
  const body: CardElement[] = [heading(answerHeadline(reply), "title")];
  if (reply.cell) {
    body.push(...renderCell(reply.cell, true));
    body.push(textBlock(reply.topic.summary, { isSubtle: true }));
  } else {
    body.push(textBlock(reply.topic.summary));
    for (const cell of reply.cells) body.push(...renderCell(cell, false));
  }
  body.push(...renderCapability(reply), ...renderFramework(reply));
  if (reply.runtime) {
    const current = reply.runtime.id;
    const others = context.runtimeIds.filter((id) => id !== current);
    body.push(
      heading("On the other runtimes"),
      factSet(others.map((id) => [context.shortNames[id], ownerBadge(reply.owners[id])])),
    );
  }
  body.push(...renderSources(reply.sources));
  body.push(...renderRuntimeSwitch(reply, context));
  const category = reply.topic.category;
  const actions: CardAction[] = [];
  if (reply.runtime) {
    const all = {
      kind: "answer",
      version: reply.knowledgeVersion,
      topic: reply.topic.id,
      runtime: null,
    } as const;
    actions.push(executeAction("This topic on all runtimes", all));
  }
  actions.push(
    executeAction(`Compare all runtimes (${category.name})`, {
      kind: "compare",
      version: reply.knowledgeVersion,
      runtimes: [...context.runtimeIds],
      category: category.id,
    }),
  );
  return { body, actions, speak: answerHeadline(reply) };
}

/** One runtime's cell: owner (with marker and word), what each side does, analog, support and uncertainty. */
function renderCell(cell: CellDetail, alone: boolean): CardElement[] {
  const runtime = cell.runtime.name;
  const owner = cell.supported
    ? ownerBadge(cell.owner)
    : `${ownerBadge(cell.owner)} (the platform enforces it)`;
  const uncertain = cell.confidence === "uncertain" ? " (uncertain)" : "";
  const elements: CardElement[] = alone
    ? []
    : [textBlock(`${runtime}: ${owner}${uncertain}`, { weight: "Bolder", separator: true })];
  const facts: [string, string][] = [];
  if (alone) facts.push(["Owner", `${owner}${uncertain}`]);
  if (cell.analog)
    facts.push(["Nearest equivalent", `On ${runtime} the nearest equivalent is ${cell.analog}.`]);
  if (cell.aws) facts.push(["What AWS does", cell.aws]);
  if (cell.customer) facts.push(["What you do", cell.customer]);
  if (facts.length > 0) elements.push(factSet(facts));
  if (!cell.supported) elements.push(textBlock(`Not supported on ${runtime}.`, { color: "Attention" }));
  if (cell.confidence === "uncertain") {
    elements.push(
      textBlock(`Uncertain: ${cell.note ?? "the sources do not settle this."}`, {
        color: "Warning",
        weight: "Bolder",
      }),
    );
  } else if (cell.note) {
    elements.push(textBlock(`Note: ${cell.note}`, { isSubtle: true }));
  }
  return elements;
}

function renderCapability(reply: AnswerReply): CardElement[] {
  const capability = reply.capability;
  if (!capability) return [];
  return [
    heading(capability.name),
    factSet(
      capability.runtimes.map((support) => [
        support.runtime.name,
        `${support.supported ? "Supported" : "Not supported"}${support.confidence === "uncertain" ? " (uncertain)" : ""}. ${support.note}`,
      ]),
    ),
  ];
}

function renderFramework(reply: AnswerReply): CardElement[] {
  const framework = reply.framework;
  if (!framework) return [];
  return [
    heading(`${framework.name}: compliance scope`),
    textBlock(framework.note),
    factSet(
      framework.services.map((entry) => [
        serviceName(entry.service),
        `${scopeStatusWords(entry.status)}${entry.note ? `. ${entry.note}` : ""}`,
      ]),
    ),
    textBlock(framework.disclaimer, { weight: "Bolder" }),
  ];
}

/** Buttons to see the same topic on another runtime, or on all of them. */
function renderRuntimeSwitch(reply: AnswerReply, context: CardContext): CardElement[] {
  const current = reply.runtime?.id ?? null;
  const version = reply.knowledgeVersion;
  const topic = reply.topic.id;
  const buttons = context.runtimeIds
    .filter((id) => id !== current)
    .map((id) => executeAction(context.shortNames[id], { kind: "answer", version, topic, runtime: id }));
  return [
    textBlock(current ? "Show this topic on:" : "Show one runtime in detail:", { isSubtle: true }),
    ...actionSets(buttons),
  ];
}

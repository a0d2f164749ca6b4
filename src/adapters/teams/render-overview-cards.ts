/**
 * Cards for replies that look across many topics of one or two runtimes: the owner list ("what do I own on
 * Fargate?"), the difference between two runtimes, and what a runtime is and cannot do.
 */
import type { DifferenceReply, ListReply, Owner, RuntimeInfoReply } from "../../core/index.js";
import { OWNER_LABELS, OWNERS } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import { groupByCategory } from "./card-context.js";
import {
  type CardAction,
  type CardElement,
  executeAction,
  factSet,
  heading,
  ownerBadge,
  textBlock,
} from "./card-elements.js";
import type { CardParts } from "./render-answer-card.js";
import { renderSources } from "./render-card-parts.js";

export function renderListCard(reply: ListReply, context: CardContext): CardParts {
  const title = `${ownerBadge(reply.owner)} on ${reply.runtime.name} (${reply.topics.length} topics)`;
  const body: CardElement[] = [heading(title, "title")];
  if (reply.topics.length === 0) body.push(textBlock(`No topics are ${OWNER_LABELS[reply.owner]} here.`));
  for (const group of groupByCategory(context, reply.topics)) {
    body.push(heading(group.name));
    body.push(
      textBlock(
        group.items.map((topic) => `- ${topic.name}${topic.uncertain ? " (uncertain)" : ""}`).join("\n"),
      ),
    );
  }
  const version = reply.knowledgeVersion;
  const runtime = reply.runtime.id;
  const actions: CardAction[] = OWNERS.filter(
    (owner): owner is Owner => owner !== reply.owner && owner !== "not-applicable",
  ).map((owner) =>
    executeAction(`${OWNER_LABELS[owner]} on ${reply.runtime.name}`, listAction(version, runtime, owner)),
  );
  actions.push(
    executeAction(`What is ${context.shortNames[runtime]}?`, { kind: "runtime-info", version, runtime }),
  );
  return {
    body,
    actions,
    speak: `${OWNER_LABELS[reply.owner]} on ${reply.runtime.name}: ${reply.topics.length} topics`,
  };
}

function listAction(version: string, runtime: string, owner: Owner) {
  return { kind: "list", version, runtime, owner } as const;
}

export function renderDifferenceCard(reply: DifferenceReply, context: CardContext): CardParts {
  const from = context.names[reply.from];
  const to = context.names[reply.to];
  const summary = `${reply.changes.length} topics change owner, ${reply.unchanged} stay the same.`;
  const body: CardElement[] = [heading(`Moving from ${from} to ${to}`, "title"), textBlock(summary)];
  for (const group of groupByCategory(context, reply.changes)) {
    body.push(heading(group.name));
    body.push(
      factSet(
        group.items.map((change) => [
          change.topic.name,
          `${ownerBadge(change.from)} → ${ownerBadge(change.to)}`,
        ]),
      ),
    );
  }
  const version = reply.knowledgeVersion;
  const actions: CardAction[] = [
    executeAction(`Compare ${context.shortNames[reply.from]} and ${context.shortNames[reply.to]}`, {
      kind: "compare",
      version,
      runtimes: [reply.from, reply.to],
      category: null,
    }),
    executeAction(`From ${context.shortNames[reply.to]} to ${context.shortNames[reply.from]}`, {
      kind: "difference",
      version,
      from: reply.to,
      to: reply.from,
    }),
  ];
  return { body, actions, speak: `Moving from ${from} to ${to}: ${summary}` };
}

export function renderRuntimeInfoCard(reply: RuntimeInfoReply, context: CardContext): CardParts {
  const body: CardElement[] = [heading(reply.runtime.name, "title"), textBlock(reply.summary)];
  const counts = OWNERS.filter((owner) => reply.ownership[owner] > 0).map(
    (owner) => [ownerBadge(owner), `${reply.ownership[owner]} topics`] as const,
  );
  body.push(heading("Topics by owner"), factSet(counts));
  if (reply.capabilities.length > 0) {
    body.push(heading("What it can and cannot do"));
    body.push(
      factSet(
        reply.capabilities.map((capability) => [
          capability.name,
          `${capability.supported ? "Yes" : "No"}${capability.confidence === "uncertain" ? " (uncertain)" : ""}. ${capability.note}`,
        ]),
      ),
    );
  }
  body.push(...renderSources(reply.sources));
  const version = reply.knowledgeVersion;
  const runtime = reply.runtime.id;
  const actions: CardAction[] = (["customer", "shared", "aws"] as const).map((owner) =>
    executeAction(
      `${OWNER_LABELS[owner]} on ${context.shortNames[runtime]}`,
      listAction(version, runtime, owner),
    ),
  );
  return { body, actions, speak: reply.runtime.name };
}

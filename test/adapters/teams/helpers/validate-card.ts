/**
 * Checks a card the way a client would before rendering it: parsed and validated by the `adaptivecards` library
 * (its UMD build, which loads in plain Node) for schema version 1.5, plus the rules this project holds Teams
 * cards to: size budget, no Table element, buttons that decode, https links, headings and speech text.
 */
import { createRequire } from "node:module";
import type * as AdaptiveCards from "adaptivecards";
import { decodeAction } from "../../../../src/adapters/shared/action-payload.js";
import { TEAMS_LIMITS } from "../../../../src/adapters/teams/limits.js";

const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js") as typeof AdaptiveCards;

/** Every problem found; an empty list means the card is fine. */
export function validateCard(card: unknown): string[] {
  const problems: string[] = [];
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let index = 0; index < context.eventCount; index++) {
    problems.push(`parse: ${context.getEventAt(index).message}`);
  }
  for (const event of parsed.validateProperties().validationEvents)
    problems.push(`validate: ${event.message}`);
  const json = JSON.stringify(card);
  const bytes = Buffer.byteLength(json, "utf8");
  if (bytes > TEAMS_LIMITS.cardBytes) problems.push(`size: ${bytes} bytes over ${TEAMS_LIMITS.cardBytes}`);
  const root = card as Record<string, unknown>;
  if (root.version !== "1.5") problems.push(`version ${String(root.version)}`);
  if (!root.speak) problems.push("no speak text");
  if (!root.fallbackText) problems.push("no fallbackText");
  if (JSON.stringify(root.msteams) !== JSON.stringify({ width: "Full" }))
    problems.push("msteams.width is not Full");
  const nodes = collect(card);
  if (nodes.some((node) => node.type === "Table")) problems.push("uses the Table element");
  if (
    !nodes.some((node) => node.type === "TextBlock" && (node.style === "heading" || node.weight === "Bolder"))
  )
    problems.push("no heading");
  for (const node of nodes) {
    if (node.type === "Action.Execute") {
      const action = decodeAction(node.data);
      if (!action) problems.push(`button "${String(node.title)}" carries an undecodable payload`);
      else if (action.kind !== node.verb)
        problems.push(`button "${String(node.title)}" verb ${String(node.verb)}`);
      if (String(node.title).length > TEAMS_LIMITS.actionTitleChars)
        problems.push(`long title ${String(node.title)}`);
    }
    if (node.type === "Action.OpenUrl" && !/^https:\/\//.test(String(node.url)))
      problems.push(`link ${String(node.url)}`);
    if (node.type === "ActionSet" && (node.actions as unknown[]).length > TEAMS_LIMITS.actionsPerSet)
      problems.push("ActionSet with too many buttons");
  }
  return problems;
}

/** Every object in the card with a `type`, depth first. */
export function collect(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.type === "string") found.push(record);
      for (const child of Object.values(record)) visit(child);
    }
  };
  visit(value);
  return found;
}

/** All visible text of a card: text blocks, facts, button titles and choice titles, joined by newlines. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  for (const node of collect(card)) {
    if (node.type === "TextBlock") parts.push(String(node.text));
    if (node.type === "FactSet") {
      for (const fact of node.facts as { title: string; value: string }[])
        parts.push(`${fact.title}: ${fact.value}`);
    }
    if (node.type === "Action.Execute" || node.type === "Action.OpenUrl") {
      parts.push(String(node.tooltip ?? node.title));
      if (node.type === "Action.OpenUrl") parts.push(String(node.url));
    }
  }
  return parts.join("\n");
}

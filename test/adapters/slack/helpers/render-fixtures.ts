/**
 * Replies and render options for the Block Kit tests: the real responder over the bundled knowledge, options
 * for each kind of card, every page of a paged card, and the visible text of a rendering (mrkdwn unescaped) to
 * look facts up in.
 */

import type { SlackBlock, SlackMessage } from "../../../../src/adapters/slack/block-kit.js";
import { unescapeMrkdwn } from "../../../../src/adapters/slack/mrkdwn.js";
import { renderBlockKit } from "../../../../src/adapters/slack/render-block-kit.js";
import { comparisonPages, runtimeGroups } from "../../../../src/adapters/slack/render-comparison.js";
import { namesFromKnowledge, type RenderOptions } from "../../../../src/adapters/slack/render-options.js";
import type { Reply, Responder } from "../../../../src/core/index.js";
import { createResponder } from "../../../../src/core/index.js";
import { loadKnowledge } from "../../../../src/knowledge/load-knowledge.js";

let cached: Responder | undefined;

export async function loadResponder(): Promise<Responder> {
  cached ??= createResponder((await loadKnowledge()).knowledge);
  return cached;
}

export function renderOptions(responder: Responder, overrides: Partial<RenderOptions> = {}): RenderOptions {
  return {
    ...namesFromKnowledge(responder.knowledge),
    card: { audience: "private", shareable: true, cardKey: "k1" },
    ...overrides,
  };
}

/** The labels of every button and option in the rendering of a reply, in order. */
export function buttonTexts(responder: Responder, reply: Reply, options = renderOptions(responder)) {
  return elements(renderBlockKit(reply, options)).map(
    (element) => (element.text as { text: string } | undefined)?.text,
  );
}

/** Every page (and runtime group) of a card; one rendering for replies that are not paged. */
export function renderAllPages(reply: Reply, options: RenderOptions): SlackMessage[] {
  const first = renderBlockKit(reply, options);
  const pages: SlackMessage[] = [];
  const groups = reply.type === "comparison" ? runtimeGroups(reply.runtimes).length : 1;
  for (let group = 0; group < groups; group++) {
    for (let index = 0; index < 200; index++) {
      const message = renderBlockKit(reply, { ...options, page: { group, index } });
      pages.push(message);
      if (!hasNextPage(message)) break;
    }
  }
  if (reply.type === "comparison") {
    const count = comparisonPages(reply, options).length * groups;
    if (pages.length !== count) throw new Error(`expected ${count} pages, rendered ${pages.length}`);
  }
  return pages.length > 0 ? pages : [first];
}

function hasNextPage(message: SlackMessage): boolean {
  return message.blocks.some(
    (block) =>
      block.type === "actions" &&
      block.elements.some((element) => element.type === "button" && element.text.text.startsWith("Next ")),
  );
}

/** What a person reads in the blocks: every text, field, cell, button and option, with mrkdwn unescaped. */
export function visibleText(blocks: readonly SlackBlock[]): string {
  const parts: string[] = [];
  const visit = (value: unknown, key: string | null) => {
    if (typeof value === "string") {
      if (key === "text") parts.push(value);
      return;
    }
    if (Array.isArray(value)) for (const item of value) visit(item, key);
    else if (value && typeof value === "object")
      for (const [child, item] of Object.entries(value)) visit(item, child);
  };
  visit(blocks, null);
  // Bold and italics are formatting, not content; links read as their title and address.
  return unescapeMrkdwn(
    parts
      .join("\n")
      .replace(/\*([^*\n]+)\*/g, "$1")
      .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:])/gm, "$1$2")
      .replace(/<(https:[^|>]+)\|([^>]+)>/g, "$2 $1"),
  );
}

/** All the buttons and selects of a message, by action id. */
export function elements(message: SlackMessage): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const block of message.blocks) {
    if (block.type === "actions") found.push(...(block.elements as unknown as Record<string, unknown>[]));
    if (block.type === "section" && block.accessory)
      found.push(block.accessory as unknown as Record<string, unknown>);
  }
  return found;
}

export function blockIdOf(message: SlackMessage, actionId: string): string {
  for (const block of message.blocks) {
    if (block.type === "actions" && block.elements.some((element) => element.action_id === actionId))
      return block.block_id ?? "";
  }
  throw new Error(`no element ${actionId}`);
}

/**
 * Reply -> Block Kit message: one exhaustive switch over the reply types, each card from its own renderer, the
 * `text` fallback always set from the core's text rendering (escaped, since Slack reads it as mrkdwn), and a
 * last guard that turns a card breaking any limit into its text instead of a message Slack would reject.
 * Pure: same reply and options, same message.
 */
import type { Reply } from "../../core/index.js";
import { renderText } from "../../core/index.js";
import { chunkLines, context, type SlackBlock, type SlackMessage, section } from "./block-kit.js";
import { checkBlockKitLimits } from "./check-block-kit-limits.js";
import { LAYOUT, BLOCK_KIT_LIMITS as LIMITS } from "./limits.js";
import { escapeMrkdwn, mentionUser, truncate } from "./mrkdwn.js";
import { renderAnswer } from "./render-answer.js";
import { renderComparison } from "./render-comparison.js";
import { renderClarify, renderHelp, renderNotFound, renderRuntimeInfo } from "./render-guidance.js";
import { renderDifference, renderList } from "./render-lists.js";
import type { RenderOptions } from "./render-options.js";

export function renderBlockKit(reply: Reply, options: RenderOptions): SlackMessage {
  const message = { text: fallbackText(reply, options), blocks: renderBlocks(reply, options) };
  return checkBlockKitLimits(message).length === 0 ? message : textOnly(message);
}

function renderBlocks(reply: Reply, options: RenderOptions): SlackBlock[] {
  switch (reply.type) {
    case "answer":
      return renderAnswer(reply, options);
    case "comparison":
      return renderComparison(reply, options);
    case "list":
      return renderList(reply, options);
    case "difference":
      return renderDifference(reply, options);
    case "runtime-info":
      return renderRuntimeInfo(reply, options);
    case "clarify":
      return renderClarify(reply, options);
    case "not-found":
      return renderNotFound(reply, options);
    case "help":
      return renderHelp(reply, options);
    default: {
      // A reply type this renderer does not know yet still reaches the user, as text.
      const unknown: never = reply;
      return chunkLines(fallbackText(unknown, options).split("\n")).map((text) => section(text));
    }
  }
}

/** The message's `text`: what notifications, search and clients without blocks show. */
export function fallbackText(reply: Reply, options: Pick<RenderOptions, "names" | "sharedBy">): string {
  const sharer = options.sharedBy ? mentionUser(options.sharedBy) : null;
  const body = escapeMrkdwn(renderText(reply, options.names));
  return truncate(sharer ? `Shared by ${sharer}\n${body}` : body, LIMITS.messageText);
}

/** The card as text sections within the limits, keeping its buttons, with a line saying it was shortened. */
function textOnly(message: SlackMessage): SlackMessage {
  const buttons = message.blocks.filter((block) => block.type === "actions").slice(0, 2);
  const budget = LIMITS.messageBlockChars - LAYOUT.reservedChars;
  const sections: SlackBlock[] = [];
  let used = 0;
  for (const text of chunkLines(message.text.split("\n"))) {
    if (used + text.length > budget || sections.length >= LIMITS.blocksPerMessage - LAYOUT.reservedBlocks)
      break;
    sections.push(section(text));
    used += text.length;
  }
  const note = context([
    "This card was shortened to fit Slack's limits; ask a narrower question for the rest.",
  ]);
  const fitted = { text: message.text, blocks: [...sections, note, ...buttons] };
  return checkBlockKitLimits(fitted).length === 0
    ? fitted
    : { text: message.text, blocks: [...sections, note] };
}

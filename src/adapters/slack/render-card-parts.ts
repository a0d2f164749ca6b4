/**
 * Pieces several cards share: the notices and "Shared by" lines on top, sources as links, and the buttons at
 * the bottom (share, paging) with our block and action ids.
 */
import type { Reply, Source } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  type ActionsBlock,
  actions,
  button,
  context,
  type SlackBlock,
  section,
} from "./block-kit.js";
import { actionIds, blockId } from "./card-ids.js";
import { escapeMrkdwn, link, mentionUser } from "./mrkdwn.js";
import { type RenderOptions, replyAction } from "./render-options.js";

/** "Shared by <@U…>" and the reply's notices, above the card. */
export function leadBlocks(reply: Reply, options: RenderOptions): SlackBlock[] {
  const lines: string[] = [];
  const sharer = options.sharedBy ? mentionUser(options.sharedBy) : null;
  if (sharer) lines.push(`Shared by ${sharer}`);
  for (const notice of reply.notices) lines.push(`Note: ${escapeMrkdwn(notice)}`);
  return lines.length > 0 ? [context(lines)] : [];
}

/** Sources as one compact line of links, or as a list with the addresses spelled out. */
export function sourceBlocks(sources: readonly Source[], expanded: boolean): SlackBlock[] {
  if (sources.length === 0) return [];
  if (!expanded) {
    return [context([`Sources: ${sources.map((source) => link(source.url, source.title)).join("  ·  ")}`])];
  }
  const lines = sources.map(
    (source) => `• ${link(source.url, source.title)}\n    ${escapeMrkdwn(source.url)}`,
  );
  return [section(`*Sources*\n${lines.join("\n")}`)];
}

/** The "Share with channel" button, when the card may be shared and is a card of facts. */
export function shareButton(reply: Reply, options: RenderOptions): ActionElement[] {
  const action = replyAction(reply);
  if (!options.card.shareable || options.card.audience === "shared" || !action) return [];
  return [
    button({
      actionId: actionIds.share(),
      text: "Share with channel",
      value: encodeAction(action),
      label: "Share this answer with everyone in the channel",
    }),
  ];
}

/** Previous and next buttons for a paged card; `group` selects the runtimes of a comparison. */
export function pagingButtons(
  reply: Reply,
  page: { readonly group: number; readonly index: number; readonly count: number },
  noun: string,
): ActionElement[] {
  const action = replyAction(reply);
  if (!action || page.count <= 1) return [];
  const value = encodeAction(action);
  const elements: ActionElement[] = [];
  if (page.index > 0) {
    elements.push(
      button({
        actionId: actionIds.page(page.group, page.index - 1),
        text: `‹ Previous ${noun}`,
        value,
        label: `Show the previous page of ${noun} (page ${page.index} of ${page.count})`,
      }),
    );
  }
  if (page.index < page.count - 1) {
    elements.push(
      button({
        actionId: actionIds.page(page.group, page.index + 1),
        text: `Next ${noun} ›`,
        value,
        label: `Show the next page of ${noun} (page ${page.index + 2} of ${page.count})`,
      }),
    );
  }
  return elements;
}

/** Actions blocks for a card, ids carrying the card's audience and cache key. */
export function cardActions(
  elements: readonly ActionElement[],
  options: RenderOptions,
  first = 0,
): ActionsBlock[] {
  return actions(elements, (index) => blockId(options.card, first + index));
}

/**
 * Cards that list topics: what one party owns on a runtime (grouped by category), and what changes owner
 * between two runtimes. Long lists are paged by characters, each page split into sections under the section
 * limit; buttons switch owner or direction, open a comparison, page and share.
 */
import type { Change, DifferenceReply, ListReply, Owner } from "../../core/index.js";
import { OWNER_LABELS, OWNERS } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  button,
  chunkLines,
  context,
  header,
  type SlackBlock,
  section,
} from "./block-kit.js";
import { actionIds } from "./card-ids.js";
import { LAYOUT, BLOCK_KIT_LIMITS as LIMITS } from "./limits.js";
import { bold, escapeMrkdwn } from "./mrkdwn.js";
import { lineCost, paginate, pickPage } from "./paginate.js";
import { cardActions, leadBlocks, pagingButtons, shareButton } from "./render-card-parts.js";
import { ownerWords, type RenderOptions } from "./render-options.js";

const PAGE_BUDGET = {
  blocks: LIMITS.blocksPerMessage - LAYOUT.reservedBlocks,
  chars: LIMITS.messageBlockChars - LAYOUT.reservedChars,
};

export function renderList(reply: ListReply, options: RenderOptions): SlackBlock[] {
  const items = reply.topics.map((topic) => ({
    topic,
    line: `• ${escapeMrkdwn(topic.name)}${topic.uncertain ? " (uncertain)" : ""}`,
  }));
  const pages = paginate(items, (item) => lineCost(item.line), PAGE_BUDGET);
  const { rows, index } = pickPage(pages, options.page?.index);
  const lines: string[] = [];
  let category: string | null = null;
  for (const item of rows) {
    if (item.topic.category !== category) {
      category = item.topic.category;
      lines.push(bold(options.categoryNames[category] ?? category));
    }
    lines.push(item.line);
  }
  const version = reply.knowledgeVersion;
  const others = OWNERS.filter(
    (owner): owner is Owner => owner !== reply.owner && owner !== "not-applicable",
  );
  const elements: ActionElement[] = [
    ...others.map((owner, position) =>
      button({
        actionId: actionIds.ask(position),
        text: `${OWNER_LABELS[owner]} instead`,
        value: encodeAction({ kind: "list", version, runtime: reply.runtime.id, owner }),
        label: `List what ${OWNER_LABELS[owner]} owns on ${reply.runtime.name}`,
      }),
    ),
    button({
      actionId: actionIds.ask(8),
      text: `About ${options.shortNames[reply.runtime.id] ?? reply.runtime.name}`,
      value: encodeAction({ kind: "runtime-info", version, runtime: reply.runtime.id }),
      label: `What ${reply.runtime.name} is and what it cannot do`,
    }),
    ...pagingButtons(reply, { group: 0, index, count: pages.length }, "topics"),
    ...shareButton(reply, options),
  ];
  const blocks: SlackBlock[] = [
    ...leadBlocks(reply, options),
    header(`${OWNER_LABELS[reply.owner]} on ${reply.runtime.name}`),
    section(
      `${ownerWords(reply.owner)} owns ${bold(`${reply.topics.length} topics`)} on ${escapeMrkdwn(reply.runtime.name)}.`,
    ),
    ...chunkLines(lines).map((text) => section(text)),
  ];
  if (pages.length > 1) blocks.push(context([`Page ${index + 1} of ${pages.length}`]));
  blocks.push(...cardActions(elements, options));
  return blocks;
}

export function renderDifference(reply: DifferenceReply, options: RenderOptions): SlackBlock[] {
  const from = options.names[reply.from] ?? reply.from;
  const to = options.names[reply.to] ?? reply.to;
  const items = reply.changes.map((change) => ({ change, line: changeLine(change) }));
  const pages = paginate(items, (item) => lineCost(item.line), PAGE_BUDGET);
  const { rows, index } = pickPage(pages, options.page?.index);
  const version = reply.knowledgeVersion;
  const elements: ActionElement[] = [
    button({
      actionId: actionIds.ask(0),
      text: "Reverse direction",
      value: encodeAction({ kind: "difference", version, from: reply.to, to: reply.from }),
      label: `What changes moving from ${to} to ${from}`,
    }),
    button({
      actionId: actionIds.ask(1),
      text: "Compare side by side",
      value: encodeAction({ kind: "compare", version, runtimes: [reply.from, reply.to], category: null }),
      label: `Compare ${from} and ${to} topic by topic`,
    }),
    ...pagingButtons(reply, { group: 0, index, count: pages.length }, "changes"),
    ...shareButton(reply, options),
  ];
  const blocks: SlackBlock[] = [
    ...leadBlocks(reply, options),
    header(`From ${options.shortNames[reply.from] ?? from} to ${options.shortNames[reply.to] ?? to}`),
    section(
      `Moving from ${bold(from)} to ${bold(to)}: ${bold(`${reply.changes.length} topics change owner`)}, ${reply.unchanged} stay the same.`,
    ),
    ...chunkLines(rows.map((item) => item.line)).map((text) => section(text)),
  ];
  if (pages.length > 1) blocks.push(context([`Page ${index + 1} of ${pages.length}`]));
  blocks.push(...cardActions(elements, options));
  return blocks;
}

function changeLine(change: Change): string {
  return `• ${bold(change.topic.name)}: ${ownerWords(change.from)} → ${ownerWords(change.to)}`;
}

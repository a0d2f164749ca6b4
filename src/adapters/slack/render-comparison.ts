/**
 * The comparison card: topics x runtimes, at most four runtimes per view, as section fields (one section per
 * topic, one field per runtime) or, as an enhancement, one `table` block. Rows are paged to stay inside the
 * block and character limits; pages depend only on the rows, so both renderings show the same page. A
 * category filter, paging buttons and "Share with channel" sit at the bottom.
 */
import type { ComparisonReply, ComparisonRow, RuntimeId } from "../../core/index.js";
import { comparisonFocusNote, OWNER_LABELS, OWNER_MARKERS } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  button,
  context,
  header,
  option,
  type SlackBlock,
  section,
  staticSelect,
  type TableBlock,
} from "./block-kit.js";
import { ALL_OPTION, actionIds } from "./card-ids.js";
import { LAYOUT, BLOCK_KIT_LIMITS as LIMITS } from "./limits.js";
import { bold, escapeMrkdwn, truncate } from "./mrkdwn.js";
import { type Cost, paginate, pickPage } from "./paginate.js";
import { cardActions, leadBlocks, pagingButtons, shareButton } from "./render-card-parts.js";
import { ownerLegend, type RenderOptions, replyAction } from "./render-options.js";

/** Runtimes in groups of at most four, in display order. */
export function runtimeGroups(runtimes: readonly RuntimeId[]): RuntimeId[][] {
  const groups: RuntimeId[][] = [];
  for (let start = 0; start < runtimes.length; start += LAYOUT.runtimesPerView)
    groups.push(runtimes.slice(start, start + LAYOUT.runtimesPerView));
  return groups.length > 0 ? groups : [[]];
}

export function comparisonPages(reply: ComparisonReply, options: RenderOptions): ComparisonRow[][] {
  // Paged with the costlier fields layout, so the table rendering (and its fallback) show the same rows.
  const group = runtimeGroups(reply.runtimes)[0] ?? [];
  return paginate(reply.rows, (row) => rowCost(row, group, options), {
    blocks: LIMITS.blocksPerMessage - LAYOUT.reservedBlocks,
    chars: Math.min(LIMITS.messageBlockChars, LIMITS.tableChars) - LAYOUT.reservedChars,
  });
}

export function renderComparison(reply: ComparisonReply, options: RenderOptions): SlackBlock[] {
  const groups = runtimeGroups(reply.runtimes);
  const groupIndex = Math.min(Math.max(0, options.page?.group ?? 0), groups.length - 1);
  const runtimes = groups[groupIndex] ?? [];
  const pages = comparisonPages(reply, options);
  const { rows, index } = pickPage(pages, options.page?.index);
  const category = reply.category
    ? (options.categoryNames[reply.category] ?? reply.category)
    : "All categories";
  const first = pages.slice(0, index).reduce((sum, page) => sum + page.length, 0);
  const where = [
    escapeMrkdwn(category),
    `Topics ${rows.length === 0 ? 0 : first + 1}–${first + rows.length} of ${reply.rows.length}`,
  ];
  if (groups.length > 1)
    where.push(
      `Runtimes ${groupIndex * LAYOUT.runtimesPerView + 1}–${groupIndex * LAYOUT.runtimesPerView + runtimes.length} of ${reply.runtimes.length}`,
    );
  const focus = comparisonFocusNote(reply);
  const blocks: SlackBlock[] = [
    ...leadBlocks(reply, options),
    header(`Who owns what: ${runtimes.map((id) => options.shortNames[id] ?? id).join(" vs ")}`),
    context([...(focus ? [escapeMrkdwn(focus)] : []), where.join("  ·  "), ownerLegend()]),
  ];
  if (rows.length === 0) blocks.push(section("No topics in this category."));
  else if (options.tables) blocks.push(tableBlock(rows, runtimes, options));
  else blocks.push(...rows.map((row) => rowSection(row, runtimes, options)));
  const elements: ActionElement[] = [
    categorySelect(reply),
    ...groupButtons(reply, groups, groupIndex, options),
    ...pagingButtons(reply, { group: groupIndex, index, count: pages.length }, "topics"),
    ...shareButton(reply, options),
  ];
  blocks.push(...cardActions(elements, options));
  return blocks;
}

function cellWords(row: ComparisonRow, id: RuntimeId): string {
  const owner = row.owners[id];
  const uncertain = row.uncertain.includes(id) ? " (uncertain)" : "";
  return owner ? `${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}${uncertain}` : "-";
}

function rowSection(row: ComparisonRow, runtimes: readonly RuntimeId[], options: RenderOptions): SlackBlock {
  return section(
    bold(row.topic.name),
    runtimes.map((id) => `${escapeMrkdwn(options.shortNames[id] ?? id)}\n${cellWords(row, id)}`),
  );
}

/** What a row costs in the fields layout: one section, its title and one field per runtime. */
function rowCost(row: ComparisonRow, runtimes: readonly RuntimeId[], options: RenderOptions): Cost {
  const fields = runtimes.reduce(
    (sum, id) => sum + escapeMrkdwn(options.shortNames[id] ?? id).length + 1 + cellWords(row, id).length,
    0,
  );
  return { blocks: 1, chars: escapeMrkdwn(row.topic.name).length + 2 + fields };
}

function tableBlock(
  rows: readonly ComparisonRow[],
  runtimes: readonly RuntimeId[],
  options: RenderOptions,
): TableBlock {
  const cell = (text: string) => ({ type: "raw_text" as const, text: truncate(text, LIMITS.fieldText) });
  return {
    type: "table",
    column_settings: [{ is_wrapped: true }],
    rows: [
      [cell("Topic"), ...runtimes.map((id) => cell(options.shortNames[id] ?? id))],
      ...rows
        .slice(0, LIMITS.tableRows - 1)
        .map((row) => [cell(row.topic.name), ...runtimes.map((id) => cell(cellWords(row, id)))]),
    ],
  };
}

function categorySelect(reply: ComparisonReply): ActionElement {
  const base = encodeAction({
    kind: "compare",
    version: reply.knowledgeVersion,
    runtimes: reply.runtimes,
    category: null,
  });
  return staticSelect({
    actionId: actionIds.category(base),
    placeholder: "Filter by category",
    options: [
      option("All categories", ALL_OPTION),
      ...reply.categories.map((category) => option(category.name, category.id)),
    ],
    initial: reply.category ?? ALL_OPTION,
  });
}

/** Buttons that move between groups of four runtimes; they start at the first page of topics. */
function groupButtons(
  reply: ComparisonReply,
  groups: readonly RuntimeId[][],
  current: number,
  options: RenderOptions,
): ActionElement[] {
  if (groups.length <= 1) return [];
  const action = replyAction(reply);
  if (!action) return [];
  const value = encodeAction(action);
  return groups.flatMap((group, index) => {
    if (index === current) return [];
    const names = group.map((id) => options.shortNames[id] ?? id).join(", ");
    return [
      button({
        actionId: actionIds.page(index, 0),
        text: `Show ${names}`,
        value,
        label: `Compare the runtimes ${names}`,
      }),
    ];
  });
}

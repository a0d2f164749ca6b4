/**
 * The comparison card: topics x runtimes with short owner words, never the Table element (blank on Teams
 * mobile). Up to `columnRowsMax` rows it draws ColumnSet rows under a header; longer comparisons use one FactSet
 * per category (topic -> "runtime: owner" pairs) so every row still fits the card budget. At most
 * `runtimesPerCard` runtimes are shown; a button shows the rest. A category picker filters the rows.
 */
import type { ComparisonReply, ComparisonRow, Owner, RuntimeId } from "../../core/index.js";
import { comparisonFocusNote, OWNER_LABELS, OWNERS } from "../../core/index.js";
import type { CardContext } from "./card-context.js";
import { groupByCategory } from "./card-context.js";
import {
  type CardAction,
  type CardElement,
  type ChoiceSetInput,
  type Column,
  type ColumnSet,
  executeAction,
  factSet,
  heading,
  ownerShortBadge,
  textBlock,
} from "./card-elements.js";
import { ALL_CATEGORIES, CATEGORY_INPUT_ID, TEAMS_LIMITS } from "./limits.js";
import type { CardParts } from "./render-answer-card.js";

export type ComparisonLayout = "rows" | "facts";

/** What the short owner words stand for, in the key above the rows. */
const LEGEND_NOTES: Partial<Record<Owner, string>> = {
  customer: ` = ${OWNER_LABELS.customer}`,
  "not-applicable": ` = ${OWNER_LABELS["not-applicable"]}`,
};

export function renderComparisonCard(
  reply: ComparisonReply,
  context: CardContext,
  layout: ComparisonLayout = reply.rows.length <= TEAMS_LIMITS.columnRowsMax ? "rows" : "facts",
): CardParts {
  const shown = reply.runtimes.slice(0, TEAMS_LIMITS.runtimesPerCard);
  const rest = reply.runtimes.slice(TEAMS_LIMITS.runtimesPerCard);
  const category = reply.categories.find((entry) => entry.id === reply.category);
  // Long names read best for two runtimes; beyond that they crowd the heading, so the short names stand in.
  const names = shown.length <= 2 ? context.names : context.shortNames;
  const title = `Who owns what: ${shown.map((id) => names[id]).join(" vs ")}${category ? ` (${category.name})` : ""}`;
  const body: CardElement[] = [heading(title, "title")];
  if (rest.length > 0) {
    body.push(
      textBlock(
        `Showing ${shown.length} of ${reply.runtimes.length} runtimes; the others (${rest.map((id) => context.names[id]).join(", ")}) are one click away.`,
        { isSubtle: true },
      ),
    );
  }
  body.push(
    textBlock(
      `Key: ${OWNERS.map((owner) => `${ownerShortBadge(owner)}${LEGEND_NOTES[owner] ?? ""}`).join(" · ")}`,
      {
        isSubtle: true,
        size: "Small",
      },
    ),
    textBlock(
      [comparisonFocusNote(reply), `${reply.rows.length} topic${reply.rows.length === 1 ? "" : "s"}`]
        .filter(Boolean)
        .join(" "),
      { isSubtle: true },
    ),
  );
  body.push(...(layout === "rows" ? renderRows(reply, shown, context) : renderFacts(reply, shown, context)));
  body.push(renderCategoryPicker(reply));
  const actions: CardAction[] = [
    executeAction("Show the chosen category", {
      kind: "compare",
      version: reply.knowledgeVersion,
      runtimes: [...reply.runtimes],
      category: reply.category,
    }),
  ];
  if (rest.length > 0) {
    actions.push(
      executeAction(`Next runtimes: ${rest.map((id) => context.shortNames[id]).join(", ")}`, {
        kind: "compare",
        version: reply.knowledgeVersion,
        runtimes: rest,
        category: reply.category,
        ...focusOf(reply),
      }),
    );
  }
  if (reply.runtimes.length < context.runtimeIds.length) {
    actions.push(
      executeAction("Compare all runtimes", {
        kind: "compare",
        version: reply.knowledgeVersion,
        runtimes: [...context.runtimeIds],
        category: reply.category,
        ...focusOf(reply),
      }),
    );
  }
  return { body, actions, speak: title };
}

/** The same rows, focused topic first, on the other runtimes too. */
function focusOf(reply: ComparisonReply): { focus?: string } {
  return reply.focus ? { focus: reply.focus.id } : {};
}

function cellWords(row: ComparisonRow, id: RuntimeId): string {
  const owner = row.owners[id];
  const uncertain = row.uncertain.includes(id) ? " (uncertain)" : "";
  return `${owner ? ownerShortBadge(owner) : "-"}${uncertain}`;
}

function renderRows(
  reply: ComparisonReply,
  shown: readonly RuntimeId[],
  context: CardContext,
): CardElement[] {
  const row = (cells: readonly string[], bold: boolean): ColumnSet => ({
    type: "ColumnSet",
    spacing: "Small",
    separator: true,
    columns: cells.map(
      (cell, index): Column => ({
        type: "Column",
        width: index === 0 ? 2 : 1,
        items: [textBlock(cell, bold ? { weight: "Bolder" } : {})],
      }),
    ),
  });
  const elements: CardElement[] = [row(["Topic", ...shown.map((id) => context.shortNames[id])], true)];
  for (const group of groupByCategory(context, reply.rows)) {
    if (reply.category === null) elements.push(heading(group.name));
    for (const entry of group.items) {
      elements.push(row([entry.topic.name, ...shown.map((id) => cellWords(entry, id))], false));
    }
  }
  return elements;
}

function renderFacts(
  reply: ComparisonReply,
  shown: readonly RuntimeId[],
  context: CardContext,
): CardElement[] {
  const elements: CardElement[] = [];
  for (const group of groupByCategory(context, reply.rows)) {
    elements.push(heading(group.name));
    elements.push(
      factSet(
        group.items.map((entry) => [
          entry.topic.name,
          shown.map((id) => `${context.shortNames[id]}: ${cellWords(entry, id)}`).join("; "),
        ]),
      ),
    );
  }
  return elements;
}

/** The category filter; its value arrives merged into the data of whichever button is pressed next. */
function renderCategoryPicker(reply: ComparisonReply): ChoiceSetInput {
  return {
    type: "Input.ChoiceSet",
    id: CATEGORY_INPUT_ID,
    label: "Category",
    style: "compact",
    value: reply.category ?? ALL_CATEGORIES,
    choices: [
      { title: "All categories", value: ALL_CATEGORIES },
      ...reply.categories.map((entry) => ({ title: entry.name, value: entry.id })),
    ],
  };
}

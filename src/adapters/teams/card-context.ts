/**
 * What the card renderers need from the knowledge besides the Reply itself: runtime display names (long for
 * headings, short for narrow cells and buttons) and category names. Built once per knowledge base, so the
 * renderers stay pure functions of (reply, context).
 */
import type { Knowledge, RuntimeId, RuntimeNames } from "../../core/index.js";
import { RUNTIME_IDS } from "../../core/index.js";

export interface CardContext {
  /** Long names by runtime id, as render-text uses them. */
  readonly names: RuntimeNames;
  /** Short names by runtime id ("EKS on Fargate"). */
  readonly shortNames: Readonly<Record<RuntimeId, string>>;
  /** Category names by id, in knowledge order. */
  readonly categories: ReadonlyMap<string, string>;
  /** Every runtime, in display order. */
  readonly runtimeIds: readonly RuntimeId[];
}

export function createCardContext(knowledge: Knowledge): CardContext {
  const byId = new Map(knowledge.runtimes.map((runtime) => [runtime.id, runtime]));
  const names = {} as Record<RuntimeId, string>;
  const shortNames = {} as Record<RuntimeId, string>;
  for (const id of RUNTIME_IDS) {
    const runtime = byId.get(id);
    names[id] = runtime?.name ?? id;
    shortNames[id] = runtime?.shortName ?? id;
  }
  return {
    names,
    shortNames,
    categories: new Map(knowledge.categories.map((category) => [category.id, category.name])),
    runtimeIds: RUNTIME_IDS,
  };
}

/** A category's name, or its id when the knowledge does not name it. */
export function categoryName(context: CardContext, id: string): string {
  return context.categories.get(id) ?? id;
}

/** Groups items by category in the knowledge's category order (unknown categories last, in first-seen order). */
export function groupByCategory<T extends { readonly category: string }>(
  context: CardContext,
  items: readonly T[],
): { readonly category: string; readonly name: string; readonly items: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const id of context.categories.keys()) groups.set(id, []);
  for (const item of items) {
    const group = groups.get(item.category);
    if (group) group.push(item);
    else groups.set(item.category, [item]);
  }
  return [...groups.entries()]
    .filter(([, members]) => members.length > 0)
    .map(([category, members]) => ({ category, name: categoryName(context, category), items: members }));
}

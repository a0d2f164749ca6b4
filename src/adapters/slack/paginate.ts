/**
 * Splits rows into pages that fit a budget of blocks and characters. Pages are a pure function of the rows and
 * the limits, so a page number in a button always names the same rows when the card is rendered again.
 */
export interface Cost {
  readonly blocks: number;
  readonly chars: number;
}

export function paginate<T>(items: readonly T[], costOf: (item: T) => Cost, budget: Cost): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let blocks = 0;
  let chars = 0;
  for (const item of items) {
    const cost = costOf(item);
    if (page.length > 0 && (blocks + cost.blocks > budget.blocks || chars + cost.chars > budget.chars)) {
      pages.push(page);
      page = [];
      blocks = 0;
      chars = 0;
    }
    page.push(item);
    blocks += cost.blocks;
    chars += cost.chars;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return balance(items, pages.length, costOf, budget) ?? pages;
}

/** The same number of pages with rows spread evenly (28 + 28 + 28 rather than 40 + 40 + 4), when they fit. */
function balance<T>(
  items: readonly T[],
  count: number,
  costOf: (item: T) => Cost,
  budget: Cost,
): T[][] | null {
  if (count <= 1) return null;
  const size = Math.ceil(items.length / count);
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  const fits = pages.every((page) => {
    const total = page.reduce(
      (sum, item) => {
        const cost = costOf(item);
        return { blocks: sum.blocks + cost.blocks, chars: sum.chars + cost.chars };
      },
      { blocks: 0, chars: 0 },
    );
    return total.blocks <= budget.blocks && total.chars <= budget.chars;
  });
  return fits && pages.length === count ? pages : null;
}

/** Page `index` clamped to the pages that exist, so an old page number never fails. */
export function pickPage<T>(pages: readonly T[][], index: number | undefined): { rows: T[]; index: number } {
  const last = Math.max(0, pages.length - 1);
  const at = Math.min(Math.max(0, Math.trunc(index ?? 0)), last);
  return { rows: pages[at] ?? [], index: at };
}

/** Lines grouped into section-sized chunks, then those chunks paged: for long bullet lists. */
export function lineCost(line: string): Cost {
  return { blocks: 0, chars: line.length + 1 };
}

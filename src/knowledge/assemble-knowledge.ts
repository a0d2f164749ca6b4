/**
 * Builds the immutable `Knowledge` from validated files: topics ordered by category then id, a content hash as
 * the version (so button payloads from an older knowledge base are recognised), everything deep-frozen.
 */
import { createHash } from "node:crypto";
import { deepFreeze } from "../core/knowledge/deep-freeze.js";
import type { Knowledge } from "../core/knowledge/model.js";
import type { Located, ParsedKnowledge } from "./parsed-knowledge.js";

type Required<T> = { readonly [K in keyof T]-?: Exclude<T[K], undefined> };
type Complete = Omit<Required<ParsedKnowledge>, "overlaps"> & Pick<ParsedKnowledge, "overlaps">;

export function assembleKnowledge(parsed: Complete): Knowledge {
  const categoryOrder = new Map(
    parsed.categories.value.categories.map((category, index) => [category.id, index]),
  );
  const topics = [...parsed.topics]
    .map((located: Located<(typeof parsed.topics)[number]["value"]>) => located.value)
    .sort(
      (a, b) =>
        (categoryOrder.get(a.category) ?? 0) - (categoryOrder.get(b.category) ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const content = {
    // The neutral aliases are aliases too; keeping them in their own YAML list is what marks them neutral.
    runtimes: parsed.runtimes.value.runtimes.map((runtime) => ({
      ...runtime,
      aliases: [...runtime.aliases, ...runtime.neutralAliases],
    })),
    categories: parsed.categories.value.categories,
    topics,
    capabilities: parsed.capabilities.value.capabilities,
    frameworks: parsed.compliance.value.frameworks,
    compliance: parsed.compliance.value.guidance,
    overlaps: parsed.overlaps?.value.overlaps ?? [],
  };
  const version = createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 12);
  return deepFreeze({ version, ...content });
}

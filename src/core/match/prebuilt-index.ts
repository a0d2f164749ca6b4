/**
 * The topic index as plain JSON, so the build can compute it once and the CLI and the bots start without
 * tokenising and stemming thousands of aliases. Tied to the knowledge version it was built from: a prebuilt index
 * for other knowledge is ignored and the index is built afresh.
 */
import type { Knowledge } from "../knowledge/model.js";
import {
  assembleTopicIndex,
  buildTopicIndex,
  type IndexedAlias,
  type TopicIndex,
} from "./build-topic-index.js";

/** JSON shape of a prebuilt index. */
export interface PrebuiltIndex {
  readonly version: string;
  readonly topicIds: readonly string[];
  readonly stems: readonly string[];
  readonly idf: readonly number[];
  readonly common: readonly number[];
  /** [topic, weight, size, names (0/1), capability or "", stems, needs, base] */
  readonly aliases: readonly (readonly [
    number,
    number,
    number,
    number,
    string,
    number[],
    number[],
    number[],
  ])[];
  /** [stems, alias id, joined stem or ""] */
  readonly phrases: readonly (readonly [string[], number, string])[];
  readonly vocabulary: readonly string[];
}

export function prebuildIndex(knowledge: Knowledge): PrebuiltIndex {
  const index = buildTopicIndex(knowledge);
  return {
    version: knowledge.version,
    topicIds: index.topicIds,
    stems: index.stems,
    idf: [...index.idf],
    common: [...index.common],
    aliases: index.aliases.map((alias) => [
      alias.topic,
      alias.weight,
      alias.size,
      alias.names ? 1 : 0,
      alias.capability ?? "",
      [...alias.stems],
      [...alias.needs],
      [...alias.base],
    ]),
    phrases: index.phraseEntries.map((entry) => [[...entry.stems], entry.value, entry.joined ?? ""]),
    vocabulary: [...index.vocabulary],
  };
}

/** The index for `knowledge`: from `prebuilt` when it was built for this version, otherwise built now. */
export function topicIndexFor(knowledge: Knowledge, prebuilt?: PrebuiltIndex): TopicIndex {
  if (!prebuilt || prebuilt.version !== knowledge.version) return buildTopicIndex(knowledge);
  const aliases: IndexedAlias[] = prebuilt.aliases.map(
    ([topic, weight, size, names, capability, stems, needs, base]) => ({
      topic,
      weight,
      size,
      names: names === 1,
      ...(capability ? { capability } : {}),
      stems: Int32Array.from(stems),
      needs: Int32Array.from(needs),
      base: Float64Array.from(base),
    }),
  );
  return assembleTopicIndex(
    prebuilt.topicIds,
    prebuilt.stems,
    Float64Array.from(prebuilt.idf),
    Uint8Array.from(prebuilt.common),
    aliases,
    prebuilt.phrases.map(([stems, value, joined]) => ({ stems, value, ...(joined ? { joined } : {}) })),
    new Set(prebuilt.vocabulary),
  );
}

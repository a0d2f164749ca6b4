/**
 * The topic index as plain JSON, so the build can compute it once and the CLI and the bots start without
 * tokenising and stemming thousands of aliases. Columns and ready-made phrase groups load in a few array copies.
 * Tied to the knowledge version it was built from: a prebuilt index for other knowledge is ignored and the index
 * is built afresh.
 */
import type { Knowledge } from "../knowledge/model.js";
import { assembleTopicIndex, buildTopicIndex, type TopicIndex } from "./build-topic-index.js";
import type { PhraseTable } from "./phrase-index.js";

/**
 * JSON shape of a prebuilt index: the typed columns of `TopicIndex` as number arrays. Stem weights are left out:
 * they are recomputed from the columns in a millisecond, and as JSON they were a third of the file.
 */
export interface PrebuiltIndex {
  readonly version: string;
  readonly topicIds: readonly string[];
  readonly stems: readonly string[];
  readonly idf: readonly number[];
  readonly common: readonly number[];
  readonly aliases: {
    readonly topic: readonly number[];
    readonly weight: readonly number[];
    readonly size: readonly number[];
    readonly names: readonly number[];
    readonly capability: readonly (readonly [number, string])[];
    readonly start: readonly number[];
    readonly stem: readonly number[];
    readonly need: readonly number[];
  };
  readonly phrases: PhraseTable<number>;
  readonly vocabulary: readonly string[];
}

export function prebuildIndex(knowledge: Knowledge): PrebuiltIndex {
  const index = buildTopicIndex(knowledge);
  const { aliases } = index;
  return {
    version: knowledge.version,
    topicIds: index.topicIds,
    stems: index.stems,
    idf: [...index.idf],
    common: [...index.common],
    aliases: {
      topic: [...aliases.topic],
      weight: [...aliases.weight],
      size: [...aliases.size],
      names: [...aliases.names],
      capability: [...aliases.capability],
      start: [...aliases.start],
      stem: [...aliases.stem],
      need: [...aliases.need],
    },
    phrases: index.phraseTable,
    vocabulary: [...index.vocabulary],
  };
}

/** The index for `knowledge`: from `prebuilt` when it was built for this version, otherwise built now. */
export function topicIndexFor(knowledge: Knowledge, prebuilt?: PrebuiltIndex): TopicIndex {
  if (!prebuilt || prebuilt.version !== knowledge.version) return buildTopicIndex(knowledge);
  const { aliases } = prebuilt;
  return assembleTopicIndex(
    prebuilt.topicIds,
    prebuilt.stems,
    Float64Array.from(prebuilt.idf),
    Uint8Array.from(prebuilt.common),
    {
      topic: Int32Array.from(aliases.topic),
      weight: Float64Array.from(aliases.weight),
      size: Int32Array.from(aliases.size),
      names: Uint8Array.from(aliases.names),
      capability: new Map(aliases.capability),
      start: Int32Array.from(aliases.start),
      stem: Int32Array.from(aliases.stem),
      need: Int32Array.from(aliases.need),
    },
    prebuilt.phrases,
    new Set(prebuilt.vocabulary),
  );
}

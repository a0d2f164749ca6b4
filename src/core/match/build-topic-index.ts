/**
 * Builds the topic index the matcher scores against, once per knowledge base: every name, alias, keyword,
 * capability alias and framework name as an "alias" of its topic with its stems, how much each stem is worth
 * there (rarity x field weight x prominence), and postings from stem to aliases. Numeric ids and flat arrays keep
 * scoring a question free of allocation-heavy maps.
 */
import type { Knowledge } from "../knowledge/model.js";
import { COMMON_WORDS } from "../text/common-words.js";
import { normaliseTerm } from "../text/normalise-text.js";
import { stemWord } from "../text/stem-word.js";
import { tokenise } from "../text/tokenise.js";
import { MATCHER_WEIGHTS } from "./matcher-weights.js";
import { createPhraseIndex, type PhraseIndex } from "./phrase-index.js";

export interface IndexedAlias {
  readonly topic: number;
  readonly weight: number;
  /** Stem ids, distinct. */
  readonly stems: Int32Array;
  /** How often each stem occurs ("docker in docker" needs "docker" twice). */
  readonly needs: Int32Array;
  /** Each stem's full contribution: rarity x field weight x prominence. */
  readonly base: Float64Array;
  /** Content words, stopwords included (they must be present but earn nothing). */
  readonly size: number;
  /** Covering it whole names the topic (names, aliases, capabilities; not keywords or framework names). */
  readonly names: boolean;
  readonly capability?: string;
}

export interface TopicIndex {
  readonly topicIds: readonly string[];
  readonly aliases: readonly IndexedAlias[];
  /** Stem -> id. */
  readonly stemIds: ReadonlyMap<string, number>;
  readonly stems: readonly string[];
  /** Per stem id: aliases containing it and the stem's position in each. */
  readonly postings: readonly { readonly aliases: Int32Array; readonly at: Int32Array }[];
  /** Per stem id: rarity, halved for everyday words, zero for ownership words. */
  readonly idf: Float64Array;
  /** Per stem id: 1 when it is an everyday English word's stem. */
  readonly common: Uint8Array;
  readonly phrases: PhraseIndex<number>;
  /** The entries `phrases` was built from, with joined stems, for a prebuilt copy. */
  readonly phraseEntries: readonly {
    readonly stems: readonly string[];
    readonly value: number;
    readonly joined?: string;
  }[];
  readonly vocabulary: ReadonlySet<string>;
}

interface DraftAlias {
  topic: number;
  stems: string[];
  needs: number[];
  size: number;
  weight: number;
  names: boolean;
  capability?: string;
}

export function buildTopicIndex(knowledge: Knowledge): TopicIndex {
  const topics = knowledge.topics;
  const topicIndex = new Map(topics.map((topic, index) => [topic.id, index]));
  const drafts: DraftAlias[] = [];
  const phrases: { stems: string[]; value: number }[] = [];
  const vocabulary = new Set<string>();
  const ownership = new Set<string>();

  const add = (text: string, topic: number, weight: number, names: boolean, capability?: string) => {
    const tokens = tokenise(normaliseTerm(text));
    const stems: string[] = [];
    const needs: number[] = [];
    let size = 0;
    let meaningful = false;
    for (const token of tokens) {
      vocabulary.add(token.raw);
      if (token.function) continue;
      size++;
      if (token.stop) ownership.add(token.stem);
      else meaningful = true;
      const at = stems.indexOf(token.stem);
      if (at >= 0) needs[at] = (needs[at] ?? 0) + 1;
      else {
        stems.push(token.stem);
        needs.push(1);
      }
    }
    if (!meaningful) return;
    if (tokens.length >= 2) phrases.push({ stems: tokens.map((token) => token.stem), value: drafts.length });
    drafts.push({ topic, stems, needs, size, weight, names, ...(capability ? { capability } : {}) });
  };

  topics.forEach((topic, index) => {
    add(topic.name, index, MATCHER_WEIGHTS.name, true);
    for (const alias of topic.aliases) add(alias, index, MATCHER_WEIGHTS.alias, true);
    for (const keyword of topic.keywords) add(keyword, index, MATCHER_WEIGHTS.keyword, false);
  });
  for (const capability of knowledge.capabilities) {
    const index = topicIndex.get(capability.topic);
    if (index === undefined) continue;
    for (const alias of [capability.name, ...capability.aliases]) {
      add(alias, index, MATCHER_WEIGHTS.capability, true, capability.id);
    }
  }
  // Framework names point at compliance ownership; scope words in the question tip it towards attestations.
  for (const [topicId, weight] of MATCHER_WEIGHTS.frameworkTopics) {
    const index = topicIndex.get(topicId);
    if (index === undefined) continue;
    for (const framework of knowledge.frameworks) {
      for (const alias of [framework.name, ...framework.aliases]) add(alias, index, weight, false);
    }
  }

  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const idOf = (stem: string) => {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stems.length;
      stems.push(stem);
      stemIds.set(stem, id);
    }
    return id;
  };
  for (const draft of drafts) for (const stem of draft.stems) idOf(stem);

  const topicsOfStem: Set<number>[] = stems.map(() => new Set());
  // Prominence: the share of a topic's names and aliases that contain the stem. "patch" is central to OS
  // patching and incidental to application software, which decides ties on one-word questions.
  const namedAliases = new Map<number, number>();
  const namedWithStem = new Map<number, number>();
  for (const draft of drafts) {
    for (const stem of draft.stems) topicsOfStem[idOf(stem)]?.add(draft.topic);
    if (!draft.names) continue;
    namedAliases.set(draft.topic, (namedAliases.get(draft.topic) ?? 0) + 1);
    for (const stem of draft.stems) {
      const key = draft.topic * stems.length + idOf(stem);
      namedWithStem.set(key, (namedWithStem.get(key) ?? 0) + 1);
    }
  }
  const commonStems = new Set([...COMMON_WORDS].map(stemWord));
  const idf = new Float64Array(stems.length);
  const common = new Uint8Array(stems.length);
  stems.forEach((stem, id) => {
    const rarity = Math.log(1 + topics.length / Math.max(1, topicsOfStem[id]?.size ?? 1));
    common[id] = commonStems.has(stem) ? 1 : 0;
    // Everyday words ("call", "report", "machine") are weaker evidence than domain words ("etcd", "kubelet").
    idf[id] = ownership.has(stem) ? 0 : common[id] ? rarity * MATCHER_WEIGHTS.commonWord : rarity;
  });

  const aliases: IndexedAlias[] = drafts.map((draft) => {
    const ids = Int32Array.from(draft.stems, idOf);
    const base = Float64Array.from(ids, (id) => {
      const prominence =
        1 +
        (MATCHER_WEIGHTS.prominence * (namedWithStem.get(draft.topic * stems.length + id) ?? 0)) /
          (namedAliases.get(draft.topic) ?? 1);
      return (idf[id] ?? 0) * draft.weight * prominence;
    });
    return {
      topic: draft.topic,
      weight: draft.weight,
      stems: ids,
      needs: Int32Array.from(draft.needs),
      base,
      size: draft.size,
      names: draft.names,
      ...(draft.capability ? { capability: draft.capability } : {}),
    };
  });
  const phraseEntries = phrases.map((entry) =>
    entry.stems.length >= 2 && entry.stems.length <= 3
      ? { ...entry, joined: stemWord(entry.stems.join("")) }
      : entry,
  );
  const topicIds = topics.map((topic) => topic.id);
  return assembleTopicIndex(topicIds, stems, idf, common, aliases, phraseEntries, vocabulary);
}

/** Everything derived from the stored parts: stem ids, postings, the phrase index. */
export function assembleTopicIndex(
  topicIds: readonly string[],
  stems: readonly string[],
  idf: Float64Array,
  common: Uint8Array,
  aliases: readonly IndexedAlias[],
  phraseEntries: TopicIndex["phraseEntries"],
  vocabulary: ReadonlySet<string>,
): TopicIndex {
  const lists: number[][] = stems.map(() => []);
  const positions: number[][] = stems.map(() => []);
  aliases.forEach((alias, aliasId) => {
    alias.stems.forEach((stemId, at) => {
      lists[stemId]?.push(aliasId);
      positions[stemId]?.push(at);
    });
  });
  return {
    topicIds,
    aliases,
    stemIds: new Map(stems.map((stem, id) => [stem, id])),
    stems,
    postings: lists.map((list, stemId) => ({
      aliases: Int32Array.from(list),
      at: Int32Array.from(positions[stemId] ?? []),
    })),
    idf,
    common,
    phrases: createPhraseIndex(phraseEntries),
    phraseEntries,
    vocabulary,
  };
}

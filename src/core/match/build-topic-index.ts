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
import { type PhraseIndex, type PhraseTable, phraseIndexOf, tabulatePhrases } from "./phrase-index.js";

/**
 * Every name, alias, keyword, capability alias and framework name of a topic, as columns: alias `a` owns
 * positions `start[a]` to `start[a + 1]` of `stem`, `need` and `base`. Columns load from JSON in a few array
 * copies, where thousands of small objects made start-up slow.
 */
export interface AliasTable {
  readonly topic: Int32Array;
  readonly weight: Float64Array;
  /** Content words, stopwords included (they must be present but earn nothing). */
  readonly size: Int32Array;
  /** 1 when covering it whole names the topic (names, aliases, capabilities; not keywords or framework names). */
  readonly names: Uint8Array;
  /** Alias id -> the capability it names. */
  readonly capability: ReadonlyMap<number, string>;
  readonly start: Int32Array;
  /** Stem ids, distinct within an alias. */
  readonly stem: Int32Array;
  /** How often each stem occurs ("docker in docker" needs "docker" twice). */
  readonly need: Int32Array;
  /** Each stem's full contribution: rarity x field weight x prominence. */
  readonly base: Float64Array;
}

/** Per stem id `s`: positions `start[s]` to `start[s + 1]` list the aliases containing it and where. */
export interface Postings {
  readonly start: Int32Array;
  readonly alias: Int32Array;
  /** The stem's position inside the alias. */
  readonly at: Int32Array;
}

export interface TopicIndex {
  readonly topicIds: readonly string[];
  readonly aliases: AliasTable;
  /** Stem -> id. */
  readonly stemIds: ReadonlyMap<string, number>;
  readonly stems: readonly string[];
  readonly postings: Postings;
  /** Per stem id: rarity, halved for everyday words, zero for ownership words. */
  readonly idf: Float64Array;
  /** Per stem id: 1 when it is an everyday English word's stem. */
  readonly common: Uint8Array;
  readonly phrases: PhraseIndex<number>;
  /** What `phrases` was built from, for a prebuilt copy. */
  readonly phraseTable: PhraseTable<number>;
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
  for (const draft of drafts) for (const stem of draft.stems) topicsOfStem[idOf(stem)]?.add(draft.topic);
  const commonStems = new Set([...COMMON_WORDS].map(stemWord));
  const idf = new Float64Array(stems.length);
  const common = new Uint8Array(stems.length);
  stems.forEach((stem, id) => {
    const rarity = Math.log(1 + topics.length / Math.max(1, topicsOfStem[id]?.size ?? 1));
    common[id] = commonStems.has(stem) ? 1 : 0;
    // Everyday words ("call", "report", "machine") are weaker evidence than domain words ("etcd", "kubelet").
    idf[id] = ownership.has(stem) ? 0 : common[id] ? rarity * MATCHER_WEIGHTS.commonWord : rarity;
  });

  const start = new Int32Array(drafts.length + 1);
  drafts.forEach((draft, id) => {
    start[id + 1] = (start[id] ?? 0) + draft.stems.length;
  });
  const columns: Omit<AliasTable, "base"> = {
    topic: Int32Array.from(drafts, (draft) => draft.topic),
    weight: Float64Array.from(drafts, (draft) => draft.weight),
    size: Int32Array.from(drafts, (draft) => draft.size),
    names: Uint8Array.from(drafts, (draft) => (draft.names ? 1 : 0)),
    capability: new Map(
      drafts.flatMap((draft, aliasId) => (draft.capability ? [[aliasId, draft.capability] as const] : [])),
    ),
    start,
    stem: Int32Array.from(drafts.flatMap((draft) => draft.stems.map(idOf))),
    need: Int32Array.from(drafts.flatMap((draft) => draft.needs)),
  };
  const topicIds = topics.map((topic) => topic.id);
  return assembleTopicIndex(topicIds, stems, idf, common, columns, tabulatePhrases(phrases), vocabulary);
}

/** Everything derived from the stored parts: stem ids, postings, the phrase index. */
export function assembleTopicIndex(
  topicIds: readonly string[],
  stems: readonly string[],
  idf: Float64Array,
  common: Uint8Array,
  columns: Omit<AliasTable, "base">,
  phraseTable: PhraseTable<number>,
  vocabulary: ReadonlySet<string>,
): TopicIndex {
  const aliases: AliasTable = {
    ...columns,
    base: weighAliasStems(columns, idf, topicIds.length, stems.length),
  };
  return {
    topicIds,
    aliases,
    stemIds: new Map(stems.map((stem, id) => [stem, id])),
    stems,
    postings: invertAliases(aliases, stems.length),
    idf,
    common,
    phrases: phraseIndexOf(phraseTable),
    phraseTable,
    vocabulary,
  };
}

/**
 * Each alias stem's full contribution: rarity x field weight x prominence, where prominence is the share of the
 * topic's names and aliases that contain the stem. "patch" is central to OS patching and incidental to
 * application software, which decides ties on one-word questions.
 */
function weighAliasStems(
  aliases: Omit<AliasTable, "base">,
  idf: Float64Array,
  topicCount: number,
  stemCount: number,
): Float64Array {
  const named = new Int32Array(topicCount);
  const namedWithStem = new Int32Array(topicCount * stemCount);
  const { topic, start, stem, names, weight } = aliases;
  for (let aliasId = 0; aliasId < topic.length; aliasId++) {
    if (names[aliasId] !== 1) continue;
    const owner = topic[aliasId] ?? 0;
    named[owner] = (named[owner] ?? 0) + 1;
    for (let position = start[aliasId] ?? 0; position < (start[aliasId + 1] ?? 0); position++) {
      const cell = owner * stemCount + (stem[position] ?? 0);
      namedWithStem[cell] = (namedWithStem[cell] ?? 0) + 1;
    }
  }
  const base = new Float64Array(stem.length);
  for (let aliasId = 0; aliasId < topic.length; aliasId++) {
    const row = (topic[aliasId] ?? 0) * stemCount;
    const topicNamed = named[topic[aliasId] ?? 0] || 1;
    for (let position = start[aliasId] ?? 0; position < (start[aliasId + 1] ?? 0); position++) {
      const id = stem[position] ?? 0;
      const prominence = 1 + (MATCHER_WEIGHTS.prominence * (namedWithStem[row + id] ?? 0)) / topicNamed;
      base[position] = (idf[id] ?? 0) * (weight[aliasId] ?? 0) * prominence;
    }
  }
  return base;
}

/** Counting sort of every (alias, position) pair by stem id, in alias order within a stem. */
function invertAliases(aliases: AliasTable, stemCount: number): Postings {
  const start = new Int32Array(stemCount + 1);
  for (const stem of aliases.stem) start[stem + 1] = (start[stem + 1] ?? 0) + 1;
  for (let stem = 0; stem < stemCount; stem++) start[stem + 1] = (start[stem + 1] ?? 0) + (start[stem] ?? 0);
  const alias = new Int32Array(aliases.stem.length);
  const at = new Int32Array(aliases.stem.length);
  const next = start.slice(0, stemCount);
  for (let aliasId = 0; aliasId < aliases.topic.length; aliasId++) {
    const from = aliases.start[aliasId] ?? 0;
    const to = aliases.start[aliasId + 1] ?? from;
    for (let position = from; position < to; position++) {
      const stem = aliases.stem[position] ?? 0;
      const slot = next[stem] ?? 0;
      next[stem] = slot + 1;
      alias[slot] = aliasId;
      at[slot] = position - from;
    }
  }
  return { start, alias, at };
}

/**
 * Ranks topics for the content words of a question. Each word adds its rarity (IDF) to a topic that has an alias
 * containing it, scaled by the alias's field weight and by how much of that alias the question covers: "etcd"
 * completes the alias "etcd" and counts fully, "machine" is a third of "amazon machine image" and counts little.
 * Word order does not matter ("patch the kubelet" covers "kubelet patching"); a contiguous alias adds a small
 * bonus. Built once per knowledge base; scoring is a few map lookups per word.
 */
import type { Knowledge } from "../knowledge/model.js";
import { COMMON_WORDS } from "../text/common-words.js";
import { normaliseTerm } from "../text/normalise-text.js";
import { stemWord } from "../text/stem-word.js";
import { type Token, tokenise } from "../text/tokenise.js";
import { MATCHER_WEIGHTS } from "./matcher-weights.js";
import { createPhraseIndex, type PhraseIndex } from "./phrase-index.js";

export interface TopicScore {
  readonly topicId: string;
  readonly score: number;
  /** True when some name or alias (not keyword) of the topic is fully covered by the question. */
  readonly phrase: boolean;
  /** Share (0..1) of the question's content the topic explains, weighted by word rarity. */
  readonly coverage: number;
  /** Question stems this topic explains, sorted. */
  readonly explained: readonly string[];
  /** `explained` plus the runtime words the topic also explains ("profile" in "fargate profiles"). */
  readonly support: readonly string[];
  /** True when some explained stem is a domain word, not an everyday English one ("manager", "call"). */
  readonly specific: boolean;
  /** Capabilities whose aliases the question covers fully (for "can I run GPUs on Fargate?"). */
  readonly capabilities: readonly string[];
}

export interface TopicMatcher {
  /**
   * Topics with any evidence, best first; ties broken by id so results are deterministic. Positions in
   * `runtimeWords` name a runtime or family: they count at a discount when topic words too ("node" in "managed
   * node groups") and never towards coverage.
   */
  readonly rank: (tokens: readonly Token[], runtimeWords: ReadonlySet<number>) => TopicScore[];
  /** Every word the matcher knows, for spelling correction. */
  readonly vocabulary: ReadonlySet<string>;
}

interface Alias {
  readonly topic: number;
  readonly weight: number;
  /** Distinct content stems. */
  readonly stems: readonly string[];
  /** How often each stem of `stems` occurs ("docker in docker" needs "docker" twice). */
  readonly needs: readonly number[];
  readonly size: number;
  readonly capability?: string;
  /** Whether covering it whole counts as naming the topic (names, aliases, capabilities; not keywords). */
  readonly names: boolean;
}

export function createTopicMatcher(knowledge: Knowledge): TopicMatcher {
  const topics = knowledge.topics;
  const topicIndex = new Map(topics.map((topic, index) => [topic.id, index]));
  const aliases: Alias[] = [];
  const postings = new Map<string, number[]>();
  const phrases: { stems: string[]; value: number }[] = [];
  const vocabulary = new Set<string>();
  const ownershipStems = new Set<string>();

  const addText = (text: string, topic: number, weight: number, names: boolean, capability?: string) => {
    const tokens = tokenise(normaliseTerm(text));
    for (const token of tokens) vocabulary.add(token.raw);
    // Ownership words inside an alias ("amazon linux", "customer data") must be present but earn nothing.
    const stems: string[] = [];
    const needs: number[] = [];
    let size = 0;
    let meaningful = false;
    for (const token of tokens) {
      if (token.function) continue;
      size++;
      if (token.stop) ownershipStems.add(token.stem);
      else meaningful = true;
      const at = stems.indexOf(token.stem);
      if (at >= 0) needs[at] = (needs[at] ?? 0) + 1;
      else {
        stems.push(token.stem);
        needs.push(1);
      }
    }
    if (!meaningful) return;
    const id = aliases.length;
    aliases.push({ topic, weight, stems, needs, size, names, ...(capability ? { capability } : {}) });
    for (const stem of stems) {
      const list = postings.get(stem) ?? [];
      list.push(id);
      postings.set(stem, list);
    }
    if (tokens.length >= 2) phrases.push({ stems: tokens.map((token) => token.stem), value: id });
  };

  topics.forEach((topic, index) => {
    addText(topic.name, index, MATCHER_WEIGHTS.name, true);
    for (const alias of topic.aliases) addText(alias, index, MATCHER_WEIGHTS.alias, true);
    for (const keyword of topic.keywords) addText(keyword, index, MATCHER_WEIGHTS.keyword, false);
  });
  for (const capability of knowledge.capabilities) {
    const index = topicIndex.get(capability.topic);
    if (index === undefined) continue;
    for (const alias of [capability.name, ...capability.aliases]) {
      addText(alias, index, MATCHER_WEIGHTS.capability, true, capability.id);
    }
  }
  // Framework names point at compliance ownership; scope words in the question tip it towards attestations.
  for (const [topicId, weight] of MATCHER_WEIGHTS.frameworkTopics) {
    const index = topicIndex.get(topicId);
    if (index === undefined) continue;
    for (const framework of knowledge.frameworks) {
      for (const alias of [framework.name, ...framework.aliases]) addText(alias, index, weight, false);
    }
  }

  const commonStems = new Set([...COMMON_WORDS].map(stemWord));
  // How central a word is to a topic: the share of the topic's names and aliases that contain it. "patch" is
  // central to OS patching and incidental to application software, which decides ties on one-word questions.
  const aliasCount = new Map<number, number>();
  const stemCount = new Map<string, number>();
  for (const alias of aliases) {
    if (!alias.names) continue;
    aliasCount.set(alias.topic, (aliasCount.get(alias.topic) ?? 0) + 1);
    for (const stem of alias.stems)
      stemCount.set(`${alias.topic} ${stem}`, (stemCount.get(`${alias.topic} ${stem}`) ?? 0) + 1);
  }
  const prominence = (topic: number, stem: string) =>
    1 +
    (MATCHER_WEIGHTS.prominence * (stemCount.get(`${topic} ${stem}`) ?? 0)) / (aliasCount.get(topic) ?? 1);
  const idf = new Map<string, number>();
  for (const [stem, list] of postings) {
    const topicCount = new Set(list.map((id) => aliases[id]?.topic)).size;
    const rarity = Math.log(1 + topics.length / topicCount);
    // Everyday words ("call", "report", "machine") are weaker evidence than domain words ("etcd", "kubelet").
    idf.set(
      stem,
      ownershipStems.has(stem) ? 0 : commonStems.has(stem) ? rarity * MATCHER_WEIGHTS.commonWord : rarity,
    );
  }
  const phraseIndex: PhraseIndex<number> = createPhraseIndex(phrases);
  /** Words the knowledge does not know still weigh in the question: they are what it is really about. */
  const unknownMass = (word: string) =>
    MATCHER_WEIGHTS.unknownWord * (COMMON_WORDS.has(word) ? MATCHER_WEIGHTS.commonWord : 1);

  return {
    vocabulary,
    rank(tokens, runtimeWords) {
      // Question stems with their counts; mass is what coverage is measured against.
      const counts = new Map<string, number>();
      const weights = new Map<string, number>();
      const discounted = new Set<string>();
      let totalMass = 0;
      const massed = new Set<string>();
      tokens.forEach((token, position) => {
        if (token.function) return;
        const known = postings.has(token.stem);
        if (runtimeWords.has(position)) {
          if (known && !token.stop) {
            counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
            if (!massed.has(token.stem)) discounted.add(token.stem);
          }
          return;
        }
        const weight = token.weight ?? 1;
        if (known) counts.set(token.stem, (counts.get(token.stem) ?? 0) + 1);
        weights.set(token.stem, Math.max(weights.get(token.stem) ?? 0, weight));
        // Two-letter words count only when the knowledge knows them ("os", "sg"), not "eu" or "bc".
        if (token.stop || massed.has(token.stem) || (token.raw.length <= 2 && !known)) return;
        massed.add(token.stem);
        discounted.delete(token.stem);
        totalMass += (known ? (idf.get(token.stem) ?? 0) : unknownMass(token.raw)) * weight;
      });
      const matched = new Map<number, number>();
      for (const [stem, count] of counts) {
        for (const id of postings.get(stem) ?? []) {
          const alias = aliases[id];
          const need = alias ? (alias.needs[alias.stems.indexOf(stem)] ?? 0) : 0;
          matched.set(id, (matched.get(id) ?? 0) + Math.min(count, need));
        }
      }

      const best = new Map<number, Map<string, number>>();
      const phrase = new Set<number>();
      const capabilities = new Map<number, Set<string>>();
      for (const [id, count] of matched) {
        const alias = aliases[id];
        if (!alias) continue;
        const coverage = count / alias.size;
        const factor = alias.weight * coverage ** MATCHER_WEIGHTS.coverageExponent;
        const perStem = best.get(alias.topic) ?? new Map<string, number>();
        for (const stem of alias.stems) {
          if (!counts.has(stem)) continue;
          const discount = discounted.has(stem) ? MATCHER_WEIGHTS.runtimeWord : (weights.get(stem) ?? 1);
          const value = (idf.get(stem) ?? 0) * factor * discount * prominence(alias.topic, stem);
          if (value > (perStem.get(stem) ?? -1)) perStem.set(stem, value);
        }
        best.set(alias.topic, perStem);
        if (coverage === 1 && alias.names) {
          phrase.add(alias.topic);
          if (alias.capability) {
            const set = capabilities.get(alias.topic) ?? new Set<string>();
            set.add(alias.capability);
            capabilities.set(alias.topic, set);
          }
        }
      }
      const bonus = new Map<number, number>();
      for (const hit of phraseIndex.findAll(tokens)) {
        const alias = aliases[hit.value];
        if (!alias) continue;
        bonus.set(
          alias.topic,
          Math.max(bonus.get(alias.topic) ?? 0, MATCHER_WEIGHTS.phraseBonus * alias.weight),
        );
      }

      const scores: TopicScore[] = [];
      for (const [topic, perStem] of best) {
        let score = bonus.get(topic) ?? 0;
        let explainedMass = 0;
        const explained: string[] = [];
        const support: string[] = [];
        for (const [stem, value] of perStem) {
          score += value;
          if (value > 0) support.push(stem);
          // Runtime words ("node" in "managed node groups") are not what a topic explains about the question.
          if (value <= 0 || discounted.has(stem)) continue;
          explained.push(stem);
          if (massed.has(stem)) explainedMass += (idf.get(stem) ?? 0) * (weights.get(stem) ?? 1);
        }
        // Evidence from runtime words alone ("worker nodes" inside "self-managed worker nodes") is no topic.
        if (score <= 0 || explained.length === 0) continue;
        scores.push({
          topicId: topics[topic]?.id ?? "",
          score: Math.round(score * 1000) / 1000,
          phrase: phrase.has(topic),
          coverage: totalMass > 0 ? Math.round((1000 * explainedMass) / totalMass) / 1000 : 0,
          explained: explained.sort(),
          support: support.sort(),
          specific: explained.some((stem) => !commonStems.has(stem)),
          capabilities: [...(capabilities.get(topic) ?? [])].sort(),
        });
      }
      return scores.sort((a, b) => b.score - a.score || a.topicId.localeCompare(b.topicId));
    },
  };
}

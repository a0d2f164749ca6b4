/**
 * Ranks topics for the content words of a question. Each word adds its worth in a topic (rarity x field weight x
 * prominence) scaled by how much of the alias that contains it the question covers: "etcd" completes the alias
 * "etcd" and counts fully, "machine" is a third of "amazon machine image" and counts little. Word order does not
 * matter ("patch the kubelet" covers "kubelet patching"); a contiguous multi-word alias adds a small bonus.
 * Scoring reuses scratch arrays, so a question costs a few array passes and no maps per alias.
 */
import type { Knowledge } from "../knowledge/model.js";
import { COMMON_WORDS } from "../text/common-words.js";
import type { Token } from "../text/tokenise.js";
import { MATCHER_WEIGHTS } from "./matcher-weights.js";
import { type PrebuiltIndex, topicIndexFor } from "./prebuilt-index.js";

export interface TopicScore {
  readonly topicId: string;
  readonly score: number;
  /** True when some name or alias (not keyword) of the topic is fully covered by the question. */
  readonly phrase: boolean;
  /** Share (0..1) of the question's content the topic explains, weighted by word rarity. */
  readonly coverage: number;
  /** Question stems this topic explains, sorted. */
  readonly explained: readonly string[];
  /** What each explained stem adds to the score, in the order of `explained`. */
  readonly explainedValues: readonly number[];
  /** True when some explained stem is a domain word, not an everyday English one ("manager", "call"). */
  readonly specific: boolean;
  /** Capabilities whose aliases the question covers fully (for "can I run GPUs on Fargate?"). */
  readonly capabilities: readonly string[];
  /** Token span [start, end) of the longest multi-word name or alias found word for word, or null. */
  readonly phraseSpan: readonly [number, number] | null;
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

interface QueryStem {
  readonly id: number;
  count: number;
  weight: number;
  /** Only ever seen as part of a runtime mention. */
  runtimeOnly: boolean;
  /** Counted towards the question's mass (a content word outside runtime mentions). */
  massed: boolean;
}

export function createTopicMatcher(knowledge: Knowledge, prebuilt?: PrebuiltIndex): TopicMatcher {
  const index = topicIndexFor(knowledge, prebuilt);
  const { aliases, idf, postings } = index;
  const topicCount = index.topicIds.length;
  // Scratch space reused by every call (rank is synchronous, so calls never overlap).
  const matched = new Float64Array(aliases.topic.length);
  const local = new Int32Array(index.stems.length).fill(-1);
  const touched = new Int32Array(aliases.topic.length);
  // Per topic: whether it has evidence in this call (and its place in `topics`), its phrase flag and bonus.
  const topicSlot = new Int32Array(topicCount).fill(-1);
  const topics = new Int32Array(topicCount);
  const phrase = new Uint8Array(topicCount);
  const bonus = new Float64Array(topicCount);
  /** Per topic: the longest name or alias found word for word (start, end; end 0 when none). */
  const spanStart = new Int32Array(topicCount);
  const spanEnd = new Int32Array(topicCount);
  /** Best value per (evidenced topic, question stem); grows with the longest question seen. */
  let best = new Float64Array(0);
  /** Words the knowledge does not know still weigh in the question: they are what it is really about. */
  const unknownMass = (word: string) =>
    MATCHER_WEIGHTS.unknownWord * (COMMON_WORDS.has(word) ? MATCHER_WEIGHTS.commonWord : 1);

  return {
    vocabulary: index.vocabulary,
    rank(tokens, runtimeWords) {
      const query: QueryStem[] = [];
      let totalMass = 0;
      const seenUnknown = new Set<string>();
      tokens.forEach((token, position) => {
        if (token.function) return;
        const id = index.stemIds.get(token.stem);
        const inRuntime = runtimeWords.has(position);
        if (id === undefined) {
          if (!inRuntime && !token.stop && token.raw.length > 2 && !seenUnknown.has(token.stem)) {
            seenUnknown.add(token.stem);
            totalMass += unknownMass(token.raw) * token.weight;
          }
          return;
        }
        if (inRuntime && token.stop) return;
        let entry = query[local[id] ?? -1];
        if (!entry) {
          local[id] = query.length;
          entry = { id, count: 0, weight: 0, runtimeOnly: true, massed: false };
          query.push(entry);
        }
        entry.count++;
        if (inRuntime) return;
        entry.runtimeOnly = false;
        entry.weight = Math.max(entry.weight, token.weight);
        if (token.stop || entry.massed) return;
        entry.massed = true;
        totalMass += (idf[id] ?? 0) * token.weight;
      });

      let touchedCount = 0;
      for (const entry of query) {
        const to = postings.start[entry.id + 1] ?? 0;
        for (let p = postings.start[entry.id] ?? to; p < to; p++) {
          const aliasId = postings.alias[p] ?? 0;
          const need = aliases.need[(aliases.start[aliasId] ?? 0) + (postings.at[p] ?? 0)] ?? 0;
          if (matched[aliasId] === 0) touched[touchedCount++] = aliasId;
          matched[aliasId] = (matched[aliasId] ?? 0) + Math.min(entry.count, need);
        }
      }

      const width = query.length;
      // Only topics some alias of which the question touched can score: rows of `best` are handed out to them
      // in order, so a question costs its evidence, not the size of the knowledge base.
      let topicsCount = 0;
      if (best.length < topicCount * width) best = new Float64Array(topicCount * width);
      const capabilities = new Map<number, Set<string>>();
      for (let t = 0; t < touchedCount; t++) {
        const aliasId = touched[t] ?? 0;
        const count = matched[aliasId] ?? 0;
        matched[aliasId] = 0;
        const topic = aliases.topic[aliasId] ?? 0;
        let slot = topicSlot[topic] ?? -1;
        if (slot < 0) {
          slot = topicsCount++;
          topicSlot[topic] = slot;
          topics[slot] = topic;
        }
        const coverage = count / (aliases.size[aliasId] ?? 1);
        const factor = coverage ** MATCHER_WEIGHTS.coverageExponent;
        const to = aliases.start[aliasId + 1] ?? 0;
        let ownWord = false;
        for (let position = aliases.start[aliasId] ?? to; position < to; position++) {
          const k = local[aliases.stem[position] ?? 0] ?? -1;
          // Most of an alias's stems are not in the question; skip them before touching `query`.
          if (k < 0) continue;
          const entry = query[k];
          if (!entry) continue;
          if (!entry.runtimeOnly) ownWord = true;
          const discount = entry.runtimeOnly ? MATCHER_WEIGHTS.runtimeWord : entry.weight;
          const value = (aliases.base[position] ?? 0) * factor * discount;
          const cell = slot * width + k;
          if (value > (best[cell] ?? 0)) best[cell] = value;
        }
        // An alias spelt out by a runtime's name alone ("ec2 instances" naming ECS on EC2) is no whole alias.
        if (coverage === 1 && ownWord && aliases.names[aliasId] === 1) {
          phrase[topic] = 1;
          const capability = aliases.capability.get(aliasId);
          if (capability) {
            const set = capabilities.get(topic) ?? new Set<string>();
            set.add(capability);
            capabilities.set(topic, set);
          }
        }
      }
      const hits = index.phrases.findAll(tokens);
      for (const hit of hits) {
        if (withinRuntime(hit, runtimeWords)) continue;
        const topic = aliases.topic[hit.value] ?? 0;
        // A whole alias in the words around the question is context too, and counts as much as its words.
        let said = 1;
        for (let position = hit.start; position < hit.end; position++)
          said = Math.min(said, tokens[position]?.weight ?? 1);
        const weight = (aliases.weight[hit.value] ?? 0) * said;
        bonus[topic] = Math.max(bonus[topic] ?? 0, MATCHER_WEIGHTS.phraseBonus * weight);
        const longer = hit.end - hit.start > (spanEnd[topic] ?? 0) - (spanStart[topic] ?? 0);
        if (longer && aliases.names[hit.value] === 1) {
          spanStart[topic] = hit.start;
          spanEnd[topic] = hit.end;
        }
      }
      for (const entry of query) local[entry.id] = -1;

      // Question stems in code-point order, so each topic's explained stems come out sorted without a sort.
      const byStem = query.map((_, k) => k);
      byStem.sort((a, b) =>
        compareText(index.stems[query[a]?.id ?? 0] ?? "", index.stems[query[b]?.id ?? 0] ?? ""),
      );
      /** The topic's score from its row of `best`, or null when it explains no content word of the question. */
      const scoreTopic = (topic: number, row: number): TopicScore | null => {
        if (!explainsAny(best, row, query)) return null;
        // Summed in question order, as the scores were tuned with.
        let score = bonus[topic] ?? 0;
        for (let k = 0; k < width; k++) score += best[row + k] ?? 0;
        let explainedMass = 0;
        let specific = false;
        const explained: string[] = [];
        const explainedValues: number[] = [];
        for (const k of byStem) {
          const value = best[row + k] ?? 0;
          const entry = query[k];
          // Runtime words ("node" in "managed node groups") are not what a topic explains about the question.
          if (value <= 0 || !entry || entry.runtimeOnly) continue;
          explained.push(index.stems[entry.id] ?? "");
          explainedValues.push(value);
          if (index.common[entry.id] !== 1) specific = true;
          if (entry.massed) explainedMass += (idf[entry.id] ?? 0) * entry.weight;
        }
        const named = capabilities.get(topic);
        return {
          topicId: index.topicIds[topic] ?? "",
          score: Math.round(score * 1000) / 1000,
          phrase: phrase[topic] === 1,
          coverage: totalMass > 0 ? Math.round((1000 * explainedMass) / totalMass) / 1000 : 0,
          explained,
          explainedValues,
          specific,
          capabilities: named ? [...named].sort() : NO_CAPABILITIES,
          phraseSpan: (spanEnd[topic] ?? 0) > 0 ? [spanStart[topic] ?? 0, spanEnd[topic] ?? 0] : null,
        };
      };
      const scores: TopicScore[] = [];
      for (let slot = 0; slot < topicsCount; slot++) {
        const topic = topics[slot] ?? 0;
        const row = slot * width;
        const score = scoreTopic(topic, row);
        if (score) scores.push(score);
        best.fill(0, row, row + width);
        topicSlot[topic] = -1;
        phrase[topic] = 0;
      }
      for (const hit of hits) {
        const topic = aliases.topic[hit.value] ?? 0;
        bonus[topic] = 0;
        spanStart[topic] = 0;
        spanEnd[topic] = 0;
      }
      // Code-point order, not localeCompare: ids are ASCII, and the first localeCompare call loads ICU collation
      // data, which was a tenth of the CLI's cold start.
      return scores.sort((a, b) => b.score - a.score || compareText(a.topicId, b.topicId));
    },
  };
}

const NO_CAPABILITIES: readonly string[] = Object.freeze([]);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether every word of a phrase hit names a runtime ("node groups" inside "managed node groups"). */
function withinRuntime(hit: { start: number; end: number }, runtimeWords: ReadonlySet<number>): boolean {
  for (let position = hit.start; position < hit.end; position++)
    if (!runtimeWords.has(position)) return false;
  return true;
}

/** Whether some non-runtime word of the question has evidence in the topic's row of `best` (most rows have none). */
function explainsAny(best: Float64Array, row: number, query: readonly QueryStem[]): boolean {
  for (let k = 0; k < query.length; k++) {
    if ((best[row + k] ?? 0) > 0 && query[k]?.runtimeOnly === false) return true;
  }
  return false;
}

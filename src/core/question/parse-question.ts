/**
 * Reads a question: normalises it, corrects typos against the knowledge vocabulary, finds runtimes, family
 * words, categories, frameworks and out-of-scope terms, and ranks topics on what is left. The result is facts
 * about the text; deciding what to answer is `decide-reply.ts`'s job.
 */
import type { Knowledge } from "../knowledge/model.js";
import { createPhraseIndex } from "../match/phrase-index.js";
import type { PrebuiltIndex } from "../match/prebuilt-index.js";
import { createSpellingCorrector } from "../match/spelling-corrector.js";
import { createTopicMatcher, type TopicScore } from "../match/topic-matcher.js";
import type { AskedParty } from "../reply.js";
import { MENTION_PATTERN, normaliseTerm, normaliseText } from "../text/normalise-text.js";
import { stemWord } from "../text/stem-word.js";
import { STOPWORDS } from "../text/stopwords.js";
import { askingSentence, splitSentences, stemPhrase, type Token, tokenise } from "../text/tokenise.js";
import { isProbablyNotEnglish } from "./detect-language.js";
import { dropExcludedAsides } from "./drop-excluded-asides.js";
import { createRuntimeFinder, type RuntimeFindings } from "./find-runtimes.js";
import { SHAPE_WORDS } from "./intent-patterns.js";
import { isSetAside } from "./is-set-aside.js";
import { createSplitWordJoiner } from "./join-split-words.js";
import { markFramingWords } from "./mark-framing-words.js";
import {
  NAME_NOUNS,
  NON_CONTAINER_TERMS,
  OFFICE_TERMS,
  OTHER_CLOUD_TERMS,
  PRICING_TERMS,
  SPEED_TERMS,
} from "./out-of-scope-terms.js";
import { readAskedParty } from "./read-asked-party.js";
import { isTaskRequest, OWNERSHIP_PATTERN } from "./read-task-request.js";
import { createJoinedWordSplitter } from "./split-joined-words.js";
import { weighClauses } from "./weigh-clauses.js";
import { weighTimePhrases } from "./weigh-time-phrases.js";

export interface ParsedQuestion {
  /** Normalised text (lowercase words). */
  readonly text: string;
  /** True when the raw input had nothing but white space and punctuation. */
  readonly blank: boolean;
  /** True when some word is neither a stopword nor part of a runtime or family mention. */
  readonly hasContent: boolean;
  /** Content words the knowledge does not know at all. */
  readonly unknownWords: readonly string[];
  /** `text` with each runtime mention replaced by "@rt", for intent patterns. */
  readonly shape: string;
  /**
   * `shape` of the sentence that asks alone: a pasted CLI line or log ("aws eks describe-nodegroup ...",
   * "Description: ...") before the question is context, not a request to describe the runtime.
   */
  readonly askingShape: string;
  readonly tokens: readonly Token[];
  readonly truncated: boolean;
  readonly english: boolean;
  /** "pricing" covers speed too: what a runtime costs or how fast it is, not who owns anything. */
  readonly outOfScope: "other-cloud" | "non-container" | "office" | "pricing" | null;
  /** The other cloud or AWS service stands in the sentence that asks, and no AWS runtime or family does. */
  readonly elsewhereAsked: boolean;
  readonly runtimes: RuntimeFindings;
  readonly category: string | null;
  readonly framework: string | null;
  readonly topics: readonly TopicScore[];
  readonly asked: AskedParty | null;
  /** A request to do something or explain how ("restart the pod", "how do I port-forward"), not who owns it. */
  readonly task: boolean;
}

export type QuestionParser = (raw: string) => ParsedQuestion;

/** A sentence this short that asks ("True?", "is that right?") asks about the sentence before it. */
const MAX_TAG_WORDS = 3;
/** Pronouns by which the sentence that asks points at the sentence before it. */
const BACK_REFERENCES = new Set(["it", "that", "this", "them", "those", "these", "they"]);

/** Who owns something, asked in so many words; with "takes care of" and "handles" for the yes/no forms. */
const OWNS_ASKED = /\b(?:takes? care|looks? after|handles?)\b/;

/**
 * True when a sentence other than `sentence` asks who owns something: "Our Datadog licence is billed per host.
 * On Auto Mode, who scales the nodes?" asks about scaling, the bill is why.
 */
function ownershipAskedElsewhere(tokens: readonly Token[], sentence: number | undefined): boolean {
  return splitSentences(tokens).some((words) => {
    if (words[0]?.sentence === sentence) return false;
    const text = words.map((token) => token.raw).join(" ");
    return OWNERSHIP_PATTERN.test(text) || OWNS_ASKED.test(text);
  });
}

/** Beyond is-set-aside's words, what sets a price aside: "apart from cost", "separate from the EBS bill". */
const APART = new Set(["apart", "aside", "separate", "separately", "other"]);
/** How far before the price word "apart from" may stand: "separate from the EBS bill". */
const APART_REACH = 3;

function isApartFrom(tokens: readonly Token[], start: number): boolean {
  for (let position = start - 1; position >= 0 && start - position <= APART_REACH; position--) {
    const word = tokens[position]?.raw;
    if ((word === "from" || word === "than") && APART.has(tokens[position - 1]?.raw ?? "")) return true;
  }
  return false;
}

/** Words before another AWS service that make it the platform something runs on ("in Lambda", "on Beanstalk"). */
const PLATFORM_FRAMES = new Set(["in", "on", "with", "under", "using"]);

export function createQuestionParser(knowledge: Knowledge, prebuilt?: PrebuiltIndex): QuestionParser {
  const matcher = createTopicMatcher(knowledge, prebuilt);
  const findRuntimes = createRuntimeFinder(knowledge);
  const phrases = (list: readonly string[]) => list.map((phrase) => stemPhrase(normaliseTerm(phrase)));
  const vocabulary = new Set(matcher.vocabulary);
  for (const runtime of knowledge.runtimes) {
    for (const alias of runtime.aliases)
      for (const token of tokenise(normaliseTerm(alias))) vocabulary.add(token.raw);
  }
  const runtimeWords = knowledge.runtimes.flatMap((runtime) =>
    [runtime.name, ...runtime.aliases].flatMap((alias) =>
      tokenise(normaliseTerm(alias)).map((token) => token.raw),
    ),
  );
  const splitJoined = createJoinedWordSplitter(
    [
      ...knowledge.topics.flatMap((topic) => [topic.name, ...topic.aliases]),
      // eksctl's "managedNodeGroups", Terraform's "fargate_profile" read as the runtimes they name.
      ...knowledge.runtimes.flatMap((runtime) => runtime.aliases),
    ],
    vocabulary,
  );
  // Typos of the words that shape a question ("respnsibilities", "dutes", "comapre") are worth fixing too.
  const corrector = createSpellingCorrector([...vocabulary, ...SHAPE_WORDS], runtimeWords);
  const joinSplit = createSplitWordJoiner(vocabulary, corrector.correct);
  const categoryIndex = createPhraseIndex(
    knowledge.categories.flatMap((category) =>
      phrases([category.name, category.id, ...category.aliases]).map((stems) => ({
        stems,
        value: category.id,
      })),
    ),
  );
  const frameworkIndex = createPhraseIndex(
    knowledge.frameworks.flatMap((framework) =>
      phrases([framework.name, ...framework.aliases]).map((stems) => ({ stems, value: framework.id })),
    ),
  );
  // Prices first: where stems collide ("expensive" and "expenses" are both "expens"), the first entry wins, and a
  // price is refused whichever runtime is named.
  const outOfScopeIndex = createPhraseIndex([
    ...phrases([...PRICING_TERMS, ...SPEED_TERMS]).map((stems) => ({ stems, value: "pricing" as const })),
    ...phrases(NON_CONTAINER_TERMS).map((stems) => ({ stems, value: "non-container" as const })),
    ...phrases(OFFICE_TERMS).map((stems) => ({ stems, value: "office" as const })),
  ]);
  /**
   * The out-of-scope term in `tokens`: a price in the clause that asks ("is App Runner cheaper than ECS"), since
   * prices are refused whatever else is named, but not a price word that names something ("the pricing service"),
   * is a bill "of" something ("software bill of materials"), is set aside ("besides billing, which
   * responsibilities shift?") or only gives a reason around the question ("who decides log retention? our
   * CloudWatch bill is huge"); else the first. `weighed` are the same words weighed by clause.
   */
  const outOfScopeIn = (tokens: readonly Token[], skip: ReadonlySet<number>, weighed: readonly Token[]) => {
    const hits = outOfScopeIndex
      .findLongest(tokens, skip)
      .filter(
        (hit) =>
          !(
            hit.value === "pricing" &&
            (NAME_NOUNS.has(tokens[hit.end]?.raw ?? "") ||
              isBillOf(tokens, hit.start, hit.end) ||
              isSetAside(tokens, hit.start) ||
              isApartFrom(tokens, hit.start) ||
              (weighed[hit.start]?.weight ?? 1) < 1 ||
              ownershipAskedElsewhere(weighed, weighed[hit.start]?.sentence))
          ),
      );
    return (hits.find((hit) => hit.value === "pricing") ?? hits[0])?.value ?? null;
  };
  // Other clouds' names are short acronyms ("oke", "aks") that stemming would turn into English ("ok", "ak").
  // Keyed by first word, so a question is one lookup per token rather than a scan of every term at every token.
  const otherClouds = new Map<string, string[][]>();
  for (const term of OTHER_CLOUD_TERMS) {
    const words = tokenise(normaliseTerm(term)).map((token) => token.raw);
    const first = words[0];
    if (first === undefined) continue;
    const list = otherClouds.get(first) ?? [];
    list.push(words);
    otherClouds.set(first, list);
  }
  const namesOtherCloud = (tokens: readonly Token[]): boolean => {
    for (let start = 0; start < tokens.length; start++) {
      const candidates = otherClouds.get(tokens[start]?.raw ?? "");
      if (!candidates) continue;
      for (const words of candidates) {
        let offset = 1;
        while (offset < words.length && tokens[start + offset]?.raw === words[offset]) offset++;
        if (offset === words.length) return true;
      }
    }
    return false;
  };

  return (raw) => {
    const normalised = normaliseText(raw);
    const written = joinSplit(splitJoined(dropExcludedAsides(tokenise(normalised.marked))));
    const corrected = written.map((token) => {
      if (token.stop) return token;
      const correction = corrector.correct(token.raw);
      if (correction)
        return { ...token, raw: correction, stem: stemWord(correction), stop: STOPWORDS.has(correction) };
      // "unencrypted PVCs" are about volume encryption: the stem of what is negated, the word as written.
      const negated = corrector.unnegated(token.raw);
      return negated ? { ...token, stem: stemWord(negated) } : token;
    });
    const text = corrected.map((token) => token.raw).join(" ");
    const runtimes = findRuntimes(corrected, text);
    const tokens = weighTimePhrases(weighClauses(corrected, runtimes.positions), runtimes.positions);
    // The sentence that asks: the last one with a word of the clause that asks.
    const asking = askingSentence(tokens);
    const inAsking = (position: number) => tokens[position]?.sentence === asking;
    const shapeWords: string[] = [];
    const askingShapeWords: string[] = [];
    tokens.forEach((token, position) => {
      const mention = runtimes.mentions.find((candidate) => candidate.start === position);
      const word = mention
        ? "@rt"
        : runtimes.mentions.some((candidate) => position > candidate.start && position < candidate.end)
          ? undefined
          : token.raw;
      if (word === undefined) return;
      shapeWords.push(word);
      if (asking === undefined || inAsking(position)) askingShapeWords.push(word);
    });
    // Out-of-scope names are read as written: spelling correction must not turn "cost explorer" into a topic.
    const found =
      namesOtherCloud(written) || namesOtherCloud(tokens)
        ? "other-cloud"
        : (outOfScopeIn(written, runtimes.positions, tokens) ??
          outOfScopeIn(tokens, runtimes.positions, tokens));
    // "... reviewed by the CISO office. Who rotates the KMS keys?", "Who sets CloudTrail retention? Trying to cut
    // S3 spend": office words and other services only in the sentences around the question say nothing about
    // what it asks.
    // "Our Lambda function's runtime has a CVE. Who has to patch it?", "TIL Lambda patches the OS for you. True?": a
    // pronoun or a bare tag carries the sentence before in.
    const termAsked = (kind: "office" | "non-container") => {
      const askingWords = tokens.filter((token) => token.sentence === asking);
      const refersBack =
        askingWords.length <= MAX_TAG_WORDS || askingWords.some((token) => BACK_REFERENCES.has(token.raw));
      return outOfScopeIndex
        .findLongest(tokens, runtimes.positions)
        .some(
          (hit) =>
            hit.value === kind &&
            (inAsking(hit.start) ||
              (refersBack && asking !== undefined && tokens[hit.start]?.sentence === asking - 1)),
        );
    };
    const outOfScope = (found === "office" || found === "non-container") && !termAsked(found) ? null : found;
    // "Half the company runs on GKE while we're on EKS. Who patches the nodes in GKE Autopilot?": the other platform
    // is what the sentence that asks is about when it stands there and no AWS runtime or family does.
    const awsAsked = [...runtimes.positions].some(inAsking);
    const elsewhereAsked =
      !awsAsked &&
      (outOfScope === "other-cloud"
        ? namesOtherCloud(tokens.filter((token) => token.sentence === asking))
        : outOfScope === "non-container" &&
          outOfScopeIndex.findLongest(tokens, runtimes.positions).some(
            (hit) =>
              hit.value === "non-container" &&
              inAsking(hit.start) &&
              // "in Lambda, who patches ...", not "a role to read from S3": the service is where it runs.
              PLATFORM_FRAMES.has(tokens[hit.start - 1]?.raw ?? ""),
          ));
    const asked = readAskedParty(tokens);
    return {
      text,
      // A message that is only a mention of the bot ("@whoowns", typed or linked) asks for help, like an empty one.
      blank: /^[\s\p{P}]*$/u.test(raw.replace(MENTION_PATTERN, "")),
      hasContent: tokens.some(
        (token, position) => !token.stop && token.raw.length > 2 && !runtimes.positions.has(position),
      ),
      unknownWords: tokens
        .filter((token, position) => !token.stop && token.raw.length > 2 && !runtimes.positions.has(position))
        .map((token) => token.raw)
        .filter((word) => !vocabulary.has(word)),
      shape: shapeWords.join(" "),
      askingShape: askingShapeWords.join(" "),
      tokens,
      truncated: normalised.truncated,
      english: !isProbablyNotEnglish(tokens, normalised.latinLetters, normalised.nonLatinLetters),
      outOfScope,
      elsewhereAsked,
      runtimes,
      category: categoryIndex.findLongest(tokens, runtimes.positions)[0]?.value ?? null,
      framework: frameworkIndex.findLongest(tokens, runtimes.positions)[0]?.value ?? null,
      // "whose problem", "is it safe to assume" still name something for the clauses; they only say nothing about
      // which topic.
      topics: matcher.rank(markFramingWords(tokens), runtimes.positions),
      asked,
      task: isTaskRequest(tokens, text),
    };
  };
}

/** "software bill of materials": a bill "of" something that is not a price. */
function isBillOf(tokens: readonly Token[], start: number, end: number): boolean {
  return end === start + 1 && tokens[start]?.stem === "bill" && tokens[end]?.raw === "of";
}

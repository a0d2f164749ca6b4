/**
 * Decides what a parsed question gets. Refusals first (other language, other cloud, non-container AWS), then
 * help; then the shape of the question (two runtimes with a direction: difference; side by side: comparison; a
 * set of things one party owns: list; what a runtime is or cannot do: runtime overview), each of which a strong
 * topic match overrides; then a topic answer when one topic is clearly best, "did you mean" when several are
 * close, and not-found when nothing is relevant. It never guesses: an unclear match asks instead of answering.
 */
import { composeAnswer } from "./compose/compose-answer.js";
import {
  composeClarify,
  composeHelp,
  composeNotFound,
  composeRuntimeInfo,
} from "./compose/compose-guidance.js";
import { composeComparison, composeDifference, composeList } from "./compose/compose-tables.js";
import type { KnowledgeIndex } from "./knowledge/knowledge-index.js";
import { RUNTIME_IDS, type RuntimeId } from "./knowledge/model.js";
import { CONFIDENCE } from "./match/matcher-weights.js";
import type { TopicScore } from "./match/topic-matcher.js";
import {
  askedRuntimes,
  effectiveRuntimes,
  settledRuntime,
  singleRuntime,
} from "./question/choose-runtimes.js";
import {
  COMPARE_VERB_PATTERN,
  EVERY_OPTION_PATTERN,
  FILLER_PATTERN,
  HELP_HINT_PATTERN,
  HELP_PATTERN,
  MACHINE_WORDS,
  OPTIONS_VS_PATTERN,
  WHOLE_SET_PATTERN,
} from "./question/intent-patterns.js";
import { contextOnlyStems, judgeTopics } from "./question/judge-topics.js";
import type { ParsedQuestion } from "./question/parse-question.js";
import { readShape } from "./question/read-shape.js";
import { BOT_WORDS, isAboutTheBot } from "./question/read-task-request.js";
import type { Reply } from "./reply.js";
import { normaliseTerm } from "./text/normalise-text.js";
import { stemPhrase } from "./text/tokenise.js";

export function decideReply(index: KnowledgeIndex, question: ParsedQuestion): Reply {
  const notices = question.truncated ? ["Your message was long, so I only read the beginning of it."] : [];
  const common = { notices };
  // Only symbols or emoji: nothing to read, but not a request for help either.
  if (question.text.length === 0 && !question.blank)
    return composeNotFound(index, { ...common, reason: "no-match" });
  if (question.blank || HELP_PATTERN.test(question.text.replace(FILLER_PATTERN, "").trim())) {
    return composeHelp(index, common);
  }
  if (!question.english) return composeNotFound(index, { ...common, reason: "other-language" });
  // "Coming from Heroku, on ECS Fargate who ...", "Our Lambda calls the EKS API; who ...": another platform or
  // service named beside an AWS runtime or family is only context, unless the two are compared ("AKS vs EKS").
  // Two runtimes side by side are what is compared ("came from Heroku; put ECS Fargate and Auto Mode side by side"),
  // and so are all of a family's ("GKE has a doc comparing its modes. Is there a side-by-side for the EKS options?").
  const namesAws = question.runtimes.runtimes.length > 0 || question.runtimes.families.size > 0;
  // Only where the question is asked: "GKE has a doc comparing its modes. Is there one for the EKS options?"
  const weighsPlatforms =
    (COMPARE_VERB_PATTERN.test(question.askingShape) || /\b(?:better|worse)\b/.test(question.askingShape)) &&
    question.runtimes.runtimes.length < 2 &&
    !question.runtimes.all;
  const elsewhere = !namesAws || weighsPlatforms || question.elsewhereAsked;
  if (question.outOfScope === "other-cloud" && elsewhere)
    return composeNotFound(index, { ...common, reason: "other-cloud" });
  if (question.outOfScope === "pricing") return composeNotFound(index, { ...common, reason: "out-of-scope" });

  const found = question.runtimes;
  const context = contextOnlyStems(question.tokens);
  const verdict = judgeTopics(question.topics, context);
  const asked = askedRuntimes(question, effectiveRuntimes(question), verdict, context);
  const awsContext =
    /\b(?:aws|amazon|data cent(?:er|re)s?|datacent(?:er|re)s?|dcs?|data halls?|regions?|availability zones?)\b/.test(
      question.text,
    );
  if (
    (question.outOfScope === "non-container" && elsewhere) ||
    (question.outOfScope === "office" && asked.length === 0 && !awsContext)
  ) {
    return composeNotFound(index, { ...common, reason: "out-of-scope" });
  }
  if (question.task) {
    const related =
      verdict.kind === "answer"
        ? [verdict.best.topicId]
        : verdict.kind === "clarify"
          ? verdict.candidates.map((candidate) => candidate.topicId)
          : verdict.suggestions.map((suggestion) => suggestion.topicId);
    return composeNotFound(index, { ...common, reason: "task", suggestions: related });
  }
  const strong = verdict.kind === "answer" && verdict.strong;
  // Only a bare "ec2" gives way to an explicit runtime: "mng and fargate" names two runtimes.
  const explicit = found.mentions
    .filter((mention) => !(mention.neutral && mention.runtime.endsWith("ec2")))
    .map((mention) => mention.runtime);
  const shape = readShape(question, asked);
  const settled = settledRuntime(question, shape, verdict, asked);
  const named = settled ? [settled] : asked;
  const single = singleRuntime(named, explicit);
  const familyScope = scopeOfFamilies(index, found.families);
  // "compare the ECS launch types with Auto Mode": a family named on its own (none of its runtimes named) and
  // runtimes from outside it, side by side.
  const beyondFamily =
    found.families.size === 1 && named.length > 0 && named.every((runtime) => !familyScope.includes(runtime));
  const wideScope = beyondFamily
    ? RUNTIME_IDS.filter((runtime) => familyScope.includes(runtime) || named.includes(runtime))
    : named.length >= 2
      ? named
      : familyScope;
  const answer = (best: TopicScore, scope?: readonly RuntimeId[]) =>
    composeAnswer(index, {
      topic: topicOf(index, best.topicId),
      runtime: scope ? null : single,
      scope: scope ?? (single ? undefined : wideScope),
      asked: question.asked,
      capabilities: best.capabilities,
      framework: question.framework,
      notices,
    });

  if (shape.difference && !settled && !(strong && shape.asksWho)) {
    return composeDifference(index, { ...common, ...shape.difference });
  }
  const categoryWins =
    question.category !== null && !(strong && topicBeyondCategory(index, verdict, question.category));
  const category = categoryWins ? question.category : null;
  // "private vs public subnets on fargate" compares options, not runtimes: only several runtimes, all of them, a
  // family or a category make a comparison.
  // A move already made is context: nothing is being compared.
  // "IMDS protection across all runtimes?": every runtime option at once is a table, whatever the wording ("across
  // our container platforms" is only where the question applies).
  const everyOption = found.all && EVERY_OPTION_PATTERN.test(question.text);
  const optionsOnly = named.length < 2 && !found.all && OPTIONS_VS_PATTERN.test(question.shape);
  const compare = (shape.compare || everyOption) && !settled && !optionsOnly;
  if (compare && (named.length >= 2 || found.all || found.families.size > 0 || categoryWins)) {
    if (verdict.kind === "answer" && strong && !categoryWins) {
      // "who patches the nodes on MNG and Fargate, which leaves us more?" asks about one topic; "compare node
      // patching on MNG and Fargate" asks for the runtimes side by side, that topic first, then its category.
      if (!shape.sideBySide && !everyOption) return answer(verdict.best, wideScope);
      const topic = topicOf(index, verdict.best.topicId);
      return composeComparison(index, {
        ...common,
        runtimes: wideScope,
        category: topic.category,
        focus: topic.id,
      });
    }
    return composeComparison(index, { ...common, runtimes: wideScope, category });
  }
  const only = named.length === 1 ? named[0] : undefined;
  if (only && shape.explainRuntime && !strong) return composeRuntimeInfo(index, { ...common, runtime: only });
  // Topic words only in the sentences around the question ("what do we own on fargate? scoping the security
  // review") do not make a list question about one topic.
  // Asked for the whole set outright ("list everything we own"), only a strong topic match makes it about one topic.
  const wholeSet = WHOLE_SET_PATTERN.test(question.shape);
  const topical = wholeSet
    ? strong && verdict.best.explained.some((stem) => !context.has(stem))
    : (verdict.kind === "answer" && verdict.best.explained.some((stem) => !context.has(stem))) ||
      (verdict.kind === "clarify" && (verdict.candidates[0]?.score ?? 0) >= CONFIDENCE.minAnswer);
  if (shape.listOwner && named.length <= 1 && !topical) {
    if (only) return composeList(index, { ...common, runtime: only, owner: shape.listOwner });
    // "what do I own?" with no runtime: the whole matrix. "which team owns cost optimisation": nothing we know.
    if (question.unknownWords.length === 0) {
      return composeComparison(index, { ...common, runtimes: familyScope, category });
    }
  }
  // A limit said in passing ("we can't ssh in, so who collects the logs?") does not outweigh a topic asked about.
  const asksTopic = shape.asksWho && verdict.kind !== "none";
  if (only && shape.aboutRuntime && !strong && !asksTopic)
    return composeRuntimeInfo(index, { ...common, runtime: only });
  if (categoryWins && (found.all || named.length >= 2)) {
    return composeComparison(index, { ...common, runtimes: wideScope, category });
  }

  if (verdict.kind === "answer") return answer(verdict.best);
  if (verdict.kind === "clarify") {
    return composeClarify(index, {
      ...common,
      candidates: verdict.candidates.map((candidate) => candidate.topicId),
      runtime: single,
    });
  }
  // "who owns the ecs container instances": a runtime's machines and nothing else are the compute hosts topic.
  if (
    only &&
    !question.hasContent &&
    question.tokens.some((token) => MACHINE_WORDS.has(token.raw)) &&
    OWNERSHIP_WORDS.test(question.text)
  ) {
    const hosts = index.topic(HOSTS_TOPIC);
    if (hosts) return composeAnswer(index, { topic: hosts, runtime: only, asked: question.asked, notices });
  }
  // A runtime and nothing else we can read ("who owns fargate?") gets its overview; unread words get suggestions.
  const nothingElse =
    question.unknownWords.length === 0 &&
    verdict.kind === "none" &&
    (verdict.suggestions[0]?.score ?? 0) < CONFIDENCE.minClarify;
  if (only && nothingElse) return composeRuntimeInfo(index, { ...common, runtime: only });
  // A family and nothing else we can read, or asked to explain one ("what is ECS?", "overview of EKS"): there is
  // no one runtime to describe, so its runtimes side by side.
  const familyOnly =
    named.length === 0 && found.families.size > 0 && (nothingElse || (shape.aboutRuntime && !topical));
  if (named.length >= 2 || found.all || familyOnly)
    return composeComparison(index, { ...common, runtimes: wideScope, category });
  const helpHint =
    HELP_HINT_PATTERN.test(question.text) && question.unknownWords.every((word) => BOT_WORDS.has(word));
  if (named.length === 0 && (helpHint || isAboutTheBot(question))) {
    return composeHelp(index, common);
  }
  return composeNotFound(index, {
    ...common,
    reason: "no-match",
    suggestions: verdict.suggestions.map((suggestion) => suggestion.topicId),
  });
}

/** The topic of the machines a runtime runs on (MACHINE_WORDS name them). */
const HOSTS_TOPIC = "compute-host-instances";
const OWNERSHIP_WORDS = /\b(?:who|whose|ours|our|mine|aws|amazon|responsib\w*|own\w*|manage\w*|patch\w*)\b/;

function scopeOfFamilies(index: KnowledgeIndex, families: ReadonlySet<"eks" | "ecs">): readonly RuntimeId[] {
  if (families.size !== 1) return RUNTIME_IDS;
  const [family] = families;
  return family ? index.family(family) : RUNTIME_IDS;
}

/**
 * True when the best topic explains more than the category's own words ("network policies" is a topic, not the
 * networking category); false when the category name is all the topic evidence there is ("incident response").
 */
function topicBeyondCategory(
  index: KnowledgeIndex,
  verdict: ReturnType<typeof judgeTopics>,
  category: string,
): boolean {
  if (verdict.kind !== "answer") return false;
  const stems = categoryStems(index, category);
  if (!stems) return true;
  return verdict.best.explained.some((stem) => !stems.has(stem));
}

/** Stems of each category's own words, worked out once per knowledge index (the knowledge never changes). */
const CATEGORY_STEMS = new WeakMap<KnowledgeIndex, Map<string, ReadonlySet<string>>>();

function categoryStems(index: KnowledgeIndex, category: string): ReadonlySet<string> | undefined {
  let known = CATEGORY_STEMS.get(index);
  if (!known) {
    known = new Map();
    CATEGORY_STEMS.set(index, known);
  }
  const cached = known.get(category);
  if (cached) return cached;
  const entry = index.category(category);
  if (!entry) return undefined;
  const stems = new Set(
    [entry.name, entry.id, ...entry.aliases].flatMap((words) => stemPhrase(normaliseTerm(words))),
  );
  known.set(category, stems);
  return stems;
}

function topicOf(index: KnowledgeIndex, id: string) {
  const topic = index.topic(id);
  // Scores only ever name topics of this knowledge base.
  if (!topic) throw new Error(`topic ${id} is missing from the knowledge`);
  return topic;
}

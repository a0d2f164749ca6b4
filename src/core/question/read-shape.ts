/**
 * Reads the shape of a question from its cue words: a move between two runtimes (with its direction), a
 * side-by-side request, a list of what one party owns (and which party), or a question about a runtime itself.
 * Cues only; `decide-reply.ts` weighs them against the topic evidence.
 */
import type { Owner, RuntimeId } from "../knowledge/model.js";
import { askingWords } from "../text/tokenise.js";
import {
  ARROW_PATTERN,
  AWS_DENIED_PATTERN,
  AWS_LIST_PATTERN,
  CHANGE_PATTERN,
  COMPARE_VERB_PATTERN,
  DIRECTION_PATTERNS,
  LIMITS_PATTERN,
  LIST_CUE_PATTERN,
  OWNERSHIP_CUE_PATTERN,
  offersEitherParty,
  PAST_MOVE_PATTERN,
  PRONOUN_INFO_PATTERN,
  RUNTIME_INFO_PATTERN,
  SHARED_PATTERN,
  SYMMETRIC_PATTERN,
  YES_NO_TAG_PATTERN,
} from "./intent-patterns.js";
import type { ParsedQuestion } from "./parse-question.js";

export interface QuestionShape {
  readonly difference?: { readonly from: RuntimeId; readonly to: RuntimeId };
  readonly compare: boolean;
  /**
   * A move already made, with no word about what changes ("we left MNG for Auto Mode last year; does AWS harden
   * our images?"): a question about where the team is now, not about the move.
   */
  readonly settledMove: boolean;
  /** An explicit request to see runtimes side by side ("compare", "vs", "side by side", "table"). */
  readonly sideBySide: boolean;
  readonly listOwner?: Owner;
  /** "what is X", "explain X": an overview is wanted even if a topic word appears. */
  readonly explainRuntime: boolean;
  /** Overview or limits ("what can't X do"). */
  readonly aboutRuntime: boolean;
  /**
   * "who ...", "whose ..." and "ours or AWS's?" ask about a topic even inside a migration ("moving to fargate, who
   * patches the OS?") or next to a limit ("we can't ssh into auto mode nodes, so who collects the node logs?").
   */
  readonly asksWho: boolean;
}

export function readShape(question: ParsedQuestion, named: readonly RuntimeId[]): QuestionShape {
  const { shape, text } = question;
  const compareVerb = COMPARE_VERB_PATTERN.test(shape);
  const symmetric = compareVerb || SYMMETRIC_PATTERN.test(shape);
  const directed =
    DIRECTION_PATTERNS.some((pattern) => pattern.test(shape)) ||
    (ARROW_PATTERN.test(shape) && !compareVerb) ||
    (CHANGE_PATTERN.test(shape) && !symmetric);
  const difference = named.length >= 2 && directed ? orderForDifference(question, named) : undefined;
  const list =
    LIST_CUE_PATTERN.test(shape) &&
    OWNERSHIP_CUE_PATTERN.test(shape) &&
    !LIMITS_PATTERN.test(shape) &&
    !YES_NO_TAG_PATTERN.test(shape);
  const explainRuntime =
    RUNTIME_INFO_PATTERN.test(question.askingShape) || (PRONOUN_INFO_PATTERN.test(shape) && !list);
  return {
    ...(difference ? { difference } : {}),
    compare: compareVerb || (symmetric && (named.length >= 2 || question.runtimes.all)),
    sideBySide: compareVerb,
    settledMove: PAST_MOVE_PATTERN.test(shape) && !CHANGE_PATTERN.test(shape),
    ...(list ? { listOwner: listOwnerOf(question) } : {}),
    explainRuntime,
    aboutRuntime: explainRuntime || LIMITS_PATTERN.test(shape),
    // "who owns what" asks for the whole split, not about one topic.
    asksWho:
      (/\bwho\b|\bwhose\b/.test(text) &&
        !/\bwho (?:owns|does|handles|is responsible for) what\b/.test(text)) ||
      offersEitherParty(text),
  };
}

/**
 * Whose list: the clauses that ask decide when they name a party ("People say 'AWS manages the nodes now'. Can I get
 * the list of what is still on our side?" asks for ours); otherwise the whole question ("shared stuff on auto
 * mode? list").
 */
function listOwnerOf(question: ParsedQuestion): Owner {
  // "AWS does a lot on Auto Mode, but what exactly is still ours?": the clause after "but" asks.
  const contrast = / but (?!not\b)(.*)$/.exec(question.text)?.[1];
  const words = askingWords(question.tokens) ?? contrast;
  const names =
    words !== undefined &&
    (SHARED_PATTERN.test(words) || AWS_LIST_PATTERN.test(words) || PARTY_WORDS.test(words));
  return names ? listOwner(words) : listOwner(question.shape);
}

/** Words that name a party at all. */
const PARTY_WORDS = /\b(?:our|ours|us|we|my|me|mine|customer|client|aws|amazon)\b/;

function listOwner(text: string): Owner {
  if (SHARED_PATTERN.test(text)) return "shared";
  if (AWS_DENIED_PATTERN.test(text)) return "customer";
  if (AWS_LIST_PATTERN.test(text)) return "aws";
  return "customer";
}

/**
 * "from X to Y", "move to Y", "X to Y", "replace X with Y", "off X onto Y", "Y instead" fix the direction; "instead of X"
 * marks where you come from; otherwise the first runtime named is where you come from.
 */
function orderForDifference(
  question: ParsedQuestion,
  named: readonly RuntimeId[],
): { from: RuntimeId; to: RuntimeId } {
  const words = question.tokens.map((token) => token.raw);
  const mentions = question.runtimes.mentions.filter((mention) => named.includes(mention.runtime));
  const first = named[0] as RuntimeId;
  const other = (id: RuntimeId) => named.find((candidate) => candidate !== id) ?? first;
  const from = mentions.find((mention) => {
    const at = governingWord(words, mention.start);
    return FROM_WORDS.has(words[at] ?? "") || (words[at] === "of" && words[at - 1] === "instead");
  });
  const to = mentions.find((mention) => {
    let at = governingWord(words, mention.start);
    // "back to plain self-managed nodes": one word may stand between.
    if (words[at] !== "to" && words[at - 1] === "to" && words[at - 2] === "back") at--;
    // "compared to Auto Mode" names the point of comparison, not where the move goes.
    if (/^compar/.test(words[at - 1] ?? "")) return false;
    // "try EKS on Fargate instead": where the move goes.
    const instead = words[mention.end] === "instead" && words[mention.end + 1] !== "of";
    return (instead || TO_WORDS.has(words[at] ?? "")) && mention.runtime !== from?.runtime;
  });
  if (from && to && from.runtime !== to.runtime) return { from: from.runtime, to: to.runtime };
  if (from) return { from: from.runtime, to: other(from.runtime) };
  if (to) return { from: other(to.runtime), to: to.runtime };
  return { from: first, to: other(first) };
}

const FROM_WORDS = new Set([
  "from",
  "off",
  "leaving",
  "leave",
  "replace",
  "replacing",
  "drop",
  "dropping",
  "ditch",
  "ditching",
]);
const TO_WORDS = new Set(["to", "onto", "into", "towards", "toward", "with", "for"]);
const ARTICLES = new Set(["the", "a", "an"]);
/** Family words a runtime's own words may follow: "from ECS with the EC2 launch type". */
const FAMILIES = new Set(["ecs", "eks", "kubernetes", "k8s"]);

/**
 * The position of the word that says what a mention at `start` is to a move: past an article, and past a family
 * word with its "with" or "on" ("from ECS with the EC2 launch type" is governed by "from", not "with").
 */
function governingWord(words: readonly string[], start: number): number {
  let at = start - 1;
  if (ARTICLES.has(words[at] ?? "")) at--;
  if (["with", "on", "using", "in"].includes(words[at] ?? "") && FAMILIES.has(words[at - 1] ?? "")) {
    at -= 2;
    if (ARTICLES.has(words[at] ?? "")) at--;
  }
  return at;
}

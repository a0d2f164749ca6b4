/**
 * Where a question corrects the runtime it named: "who owns the CNI on MNG, no wait, self-managed", "EKS Fargate
 * - sorry, ECS Fargate", "scratch that, managed node groups", "actually make that Auto Mode". The runtimes named
 * before the correction are not asked about, whichever the question names first.
 */
import type { Token } from "../text/tokenise.js";
import type { RuntimeMention } from "./find-runtimes.js";

/** Words that take back what was said just before: each a sequence of words, matched whole. */
const CORRECTIONS: readonly (readonly string[])[] = [
  ["no", "wait"],
  ["wait", "no"],
  ["scratch", "that"],
  ["make", "that"],
  ["i", "mean"],
  ["i", "meant"],
  ["or", "rather"],
  ["sorry"],
  ["correction"],
  ["actually"],
  // "MNG... no, fargate": a "no" closing its own clause; "no MNG" in one clause sets MNG aside instead.
  ["no"],
];
/** Words that may stand between a correction and the runtime it gives: "sorry, the self-managed ones". */
const GAP = new Set("the a an on its it is s that this those one ones we are re for".split(" "));
/** Words before a correction word that make it an aside in a list: "and, sorry, ...". */
const ADDING = new Set(["and", "plus", "also", "or"]);
/** How far before the runtime a correction may start. */
const MAX_DISTANCE = 5;

/** The index of the first mention that corrects the ones before it (the last such), or 0. */
export function findCorrection(tokens: readonly Token[], mentions: readonly RuntimeMention[]): number {
  let corrected = 0;
  mentions.forEach((mention, index) => {
    const previous = mentions[index - 1];
    if (previous && correctsBefore(tokens, mention.start, previous.end)) corrected = index;
  });
  return corrected;
}

/** Whether a correction stands between `from` (the end of the runtime before) and the runtime at `start`. */
function correctsBefore(tokens: readonly Token[], start: number, from: number): boolean {
  let first = start;
  while (first > from && start - first < MAX_DISTANCE && GAP.has(tokens[first - 1]?.raw ?? "")) first--;
  // The correction may end anywhere in the gap: "scratch that, managed node groups" ends in a gap word.
  for (let end = start; end >= first; end--) if (correctionEndsAt(tokens, end, from, start)) return true;
  return false;
}

function correctionEndsAt(tokens: readonly Token[], end: number, from: number, start: number): boolean {
  return CORRECTIONS.some((words) => {
    const begin = end - words.length;
    if (begin < from) return false;
    if (!words.every((word, offset) => tokens[begin + offset]?.raw === word)) return false;
    // "MNG and, sorry, Fargate too" adds a runtime rather than taking one back.
    if (ADDING.has(tokens[begin - 1]?.raw ?? "")) return false;
    // A bare "no" corrects only across a clause break ("no, fargate"); within one it sets aside ("no fargate").
    return words.length > 1 || words[0] !== "no" || tokens[begin]?.clause !== tokens[start]?.clause;
  });
}

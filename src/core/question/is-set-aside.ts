/**
 * Whether a runtime, family or price word is named only to be set aside: "no MNG", "not a managed node group",
 * "without Fargate", "unless we're on Fargate", "ignoring EKS entirely", "except on Auto Mode", "forget ECS for
 * now", "besides billing". Such a runtime is not what the question asks about, such a family does not widen a
 * comparison, and such a price makes no price question.
 */
import type { Token } from "../text/tokenise.js";

/** Words that set aside the runtime right after them. */
const SET_ASIDE = new Set(
  "no not without non unless except excluding ignoring besides forget skip".split(" "),
);
/** Words that may stand between them and the runtime: "unless we are on", "except with the", "not on our". */
const GAP = new Set("we are re on with in using running for about a an any the our".split(" "));
/** "not a managed node group" and "unless we're on Fargate", but not "not patched by AWS on Fargate". */
const MAX_GAP = 3;

/** True when the runtime or family word at `start` follows a word that sets it aside. */
export function isSetAside(tokens: readonly Token[], start: number): boolean {
  let position = start - 1;
  while (position >= 0 && start - position <= MAX_GAP && GAP.has(tokens[position]?.raw ?? "")) position--;
  // "MNG... no, Fargate" corrects; "no MNG" sets aside: only within one clause.
  return SET_ASIDE.has(tokens[position]?.raw ?? "") && tokens[position]?.clause === tokens[start]?.clause;
}

/**
 * Runtimes named in chat shorthand that no alias can hold, because the words are English too: a bare "auto" or
 * "am" is Auto Mode only where the words around it make it a place to run, and "the two fargates" are both
 * Fargate runtimes.
 */
import type { RuntimeId } from "../knowledge/model.js";
import type { PhraseHit } from "../match/phrase-index.js";
import type { Token } from "../text/tokenise.js";
import { MACHINE_WORDS } from "./intent-patterns.js";
import { AM_BETWEEN, AM_SUBJECTS, AUTO_BEFORE, AUTO_NOT_A_RUNTIME, TRAILING } from "./runtime-words.js";

export type RuntimeHit = PhraseHit<{ runtime: RuntimeId; neutral: boolean }>;

/** The shorthand runtime mentions in `tokens` that none of `hits` (the alias matches) covers already. */
export function findShorthandRuntimes(tokens: readonly Token[], hits: readonly RuntimeHit[]): RuntimeHit[] {
  const found: RuntimeHit[] = [];
  const covered = (position: number) => hits.some((hit) => position >= hit.start && position < hit.end);
  tokens.forEach((token, position) => {
    const autoMode =
      (token.raw === "auto" && isBareAuto(tokens, position, hits)) ||
      (token.raw === "am" && isShorthandAm(tokens, position));
    if (autoMode && !covered(position))
      found.push({ start: position, end: position + 1, value: { runtime: "eks-auto", neutral: false } });
    // "the two fargates": both of them.
    if (token.raw === "fargates") {
      for (const runtime of ["eks-fargate", "ecs-fargate"] as const)
        found.push({ start: position, end: position + 1, value: { runtime, neutral: false } });
    }
  });
  return found;
}

/**
 * A bare "auto" is Auto Mode in a list of runtimes ("mng v auto", "mng/fargate/auto"), after "on", "in", "to"...
 * ("ebs csi driver on auto"), before a machine word ("auto nodes") and closing a clause ("kms key rotation auto");
 * elsewhere it is anything but ("auto scaling", "auto repair").
 */
function isBareAuto(tokens: readonly Token[], position: number, hits: readonly RuntimeHit[]): boolean {
  const token = tokens[position];
  const next = tokens[position + 1];
  // "auto scaling", but not "mng vs auto, patching": the word after must be in the same clause.
  if (!token || (next?.clause === token.clause && isAutoPrefixed(next.raw))) return false;
  const near = hits.some(
    (hit) => Math.abs(hit.start - position) <= 3 || Math.abs(hit.end - 1 - position) <= 3,
  );
  return (
    near ||
    AUTO_BEFORE.has(tokens[position - 1]?.raw ?? "") ||
    next === undefined ||
    next.clause !== token.clause ||
    next.aside !== token.aside ||
    TRAILING.has(next.raw)
  );
}

/** "auto scaling", "auto-fixing", "auto-patched": "auto" as the prefix of the word after it. */
function isAutoPrefixed(word: string): boolean {
  return AUTO_NOT_A_RUNTIME.has(word) || (word.length > 4 && /(?:ing|ed)$/.test(word));
}

/**
 * "am" is Auto Mode only where English has no "am": after "on", "to", "vs" ("coredns on am", "mng -> am", "mng vs
 * am") or before its machines ("am nodes"), never after "i" or before a subject ("... and am I right?").
 */
function isShorthandAm(tokens: readonly Token[], position: number): boolean {
  const previous = tokens[position - 1]?.raw ?? "";
  const next = tokens[position + 1]?.raw ?? "";
  if (AM_SUBJECTS.has(next)) return false;
  return (
    AUTO_BEFORE.has(previous) || AM_BETWEEN.has(previous) || (previous !== "i" && MACHINE_WORDS.has(next))
  );
}

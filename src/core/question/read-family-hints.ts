/**
 * What the words around runtime names say about their family: a family word that only introduces a runtime
 * ("EKS with self-managed worker nodes") is not a family asked about, and ECS's own vocabulary (tasks, task
 * definitions, awsvpc) says ECS when no family is named.
 */
import type { RuntimeFamily, RuntimeId } from "../knowledge/model.js";
import type { Token } from "../text/tokenise.js";
import type { RuntimeHit } from "./find-shorthand-runtimes.js";
import { ECS_PAIRS, ECS_WORDS, KUBERNETES_WORDS } from "./runtime-words.js";

/** How many words ("with", "on the") may stand between a family word and the runtime it introduces. */
const DESCRIBING_GAP = 2;

/** "EKS with self-managed worker nodes", "ECS using the EC2 launch type": the family word names that runtime's. */
export function describesRuntime(
  family: { start: number; end: number; value: { family: RuntimeFamily } },
  hits: readonly RuntimeHit[],
  familyOf: ReadonlyMap<RuntimeId, RuntimeFamily>,
): boolean {
  // Not before a family-neutral name ("EKS on our own EC2"), which needs the family word to be read at all.
  return hits.some(
    (hit) =>
      !hit.value.neutral &&
      familyOf.get(hit.value.runtime) === family.value.family &&
      hit.start >= family.end &&
      hit.start - family.end <= DESCRIBING_GAP,
  );
}

/**
 * "ecs" when the words are ECS's own (tasks, task definitions, awsvpc, container instances) and none are
 * Kubernetes's (pods, namespaces, kubectl); else undefined.
 */
export function familyOfVocabulary(tokens: readonly Token[]): RuntimeFamily | undefined {
  let ecs = false;
  for (const [position, token] of tokens.entries()) {
    if (KUBERNETES_WORDS.has(token.raw)) return undefined;
    const pair = `${token.raw} ${tokens[position + 1]?.raw ?? ""}`;
    if (ECS_WORDS.has(token.raw) || ECS_PAIRS.has(pair)) ecs = true;
  }
  return ecs ? "ecs" : undefined;
}

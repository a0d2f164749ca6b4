/**
 * Where the running bot and the CLI get their knowledge: the snapshot validated at build time (no zod or yaml on
 * the start path), or a directory named by KNOWLEDGE_DIR, validated now and refused whole if anything is wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deepFreeze } from "../core/knowledge/deep-freeze.js";
import type { Knowledge } from "../core/knowledge/model.js";
import type { PrebuiltIndex } from "../core/match/prebuilt-index.js";
import { KnowledgeError } from "../errors.js";

/** The snapshot `npm run build` writes next to the compiled sources. */
export const SNAPSHOT_PATH = fileURLToPath(new URL("../knowledge.json", import.meta.url));
/** The topic index the build computed for the snapshot (tokenised and stemmed aliases). */
export const INDEX_PATH = fileURLToPath(new URL("../knowledge-index.json", import.meta.url));
/** The knowledge shipped in the repository. */
export const BUNDLED_KNOWLEDGE_DIR = fileURLToPath(new URL("../../knowledge/", import.meta.url));

export interface LoadedKnowledge {
  readonly knowledge: Knowledge;
  /** The build's topic index for this knowledge, when there is one (the snapshot only). */
  readonly prebuilt?: PrebuiltIndex;
  /** Where it came from, for the start-up log line. */
  readonly origin: string;
}

export async function loadKnowledge(dir?: string): Promise<LoadedKnowledge> {
  if (dir === undefined && existsSync(SNAPSHOT_PATH)) {
    const knowledge = readSnapshot(SNAPSHOT_PATH);
    const prebuilt = readPrebuiltIndex(knowledge.version);
    return { knowledge, origin: "bundled snapshot", ...(prebuilt ? { prebuilt } : {}) };
  }
  // Validation pulls in zod and yaml; load them only when a directory really has to be checked.
  const { loadKnowledgeDir } = await import("./load-knowledge-dir.js");
  const target = dir ?? BUNDLED_KNOWLEDGE_DIR;
  return { knowledge: loadKnowledgeDir(target), origin: target };
}

export function readSnapshot(path: string): Knowledge {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KnowledgeError([`${path}: cannot read the knowledge snapshot (${reason}); run npm run build`]);
  }
  if (!isKnowledgeShaped(parsed)) {
    throw new KnowledgeError([`${path}: not a knowledge snapshot; run npm run build`]);
  }
  return deepFreeze(parsed);
}

/** The prebuilt index when it exists and matches `version`; anything else is ignored (the index is rebuilt). */
function readPrebuiltIndex(version: string): PrebuiltIndex | undefined {
  try {
    const parsed = JSON.parse(readFileSync(INDEX_PATH, "utf8")) as Partial<PrebuiltIndex>;
    return parsed.version === version &&
      Array.isArray(parsed.aliases?.start) &&
      Array.isArray(parsed.phrases?.words)
      ? (parsed as PrebuiltIndex)
      : undefined;
  } catch {
    return undefined;
  }
}

function isKnowledgeShaped(value: unknown): value is Knowledge {
  if (value === null || typeof value !== "object") return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.version === "string" &&
    Array.isArray(candidate.topics) &&
    Array.isArray(candidate.runtimes)
  );
}

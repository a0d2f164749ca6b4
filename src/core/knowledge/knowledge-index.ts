/**
 * Lookup maps over a loaded Knowledge, built once per knowledge base: by id for every kind, topics per category,
 * runtimes per family. Pure and immutable like the knowledge it indexes.
 */
import type {
  Capability,
  Category,
  Framework,
  Knowledge,
  Runtime,
  RuntimeFamily,
  RuntimeId,
  Topic,
} from "./model.js";
import { RUNTIME_IDS } from "./model.js";

export interface KnowledgeIndex {
  readonly knowledge: Knowledge;
  readonly topic: (id: string) => Topic | undefined;
  readonly runtime: (id: RuntimeId) => Runtime;
  readonly category: (id: string) => Category | undefined;
  readonly capability: (id: string) => Capability | undefined;
  readonly framework: (id: string) => Framework | undefined;
  readonly isRuntimeId: (id: string) => id is RuntimeId;
  /** Runtime ids of a family, in display order. */
  readonly family: (family: RuntimeFamily) => readonly RuntimeId[];
}

export function createKnowledgeIndex(knowledge: Knowledge): KnowledgeIndex {
  const topics = new Map(knowledge.topics.map((topic) => [topic.id, topic]));
  const runtimes = new Map(knowledge.runtimes.map((runtime) => [runtime.id, runtime]));
  const categories = new Map(knowledge.categories.map((category) => [category.id, category]));
  const capabilities = new Map(knowledge.capabilities.map((capability) => [capability.id, capability]));
  const frameworks = new Map(knowledge.frameworks.map((framework) => [framework.id, framework]));
  const families: Record<RuntimeFamily, RuntimeId[]> = { eks: [], ecs: [] };
  for (const id of RUNTIME_IDS) {
    const runtime = runtimes.get(id);
    if (runtime) families[runtime.family].push(id);
  }
  const runtimeIds: ReadonlySet<string> = new Set(RUNTIME_IDS);
  return {
    knowledge,
    topic: (id) => topics.get(id),
    runtime: (id) => {
      const runtime = runtimes.get(id);
      // The loader guarantees all six runtimes; a miss here is a programming error, not user input.
      if (!runtime) throw new Error(`runtime ${id} is missing from the knowledge`);
      return runtime;
    },
    category: (id) => categories.get(id),
    capability: (id) => capabilities.get(id),
    framework: (id) => frameworks.get(id),
    isRuntimeId: (id): id is RuntimeId => runtimeIds.has(id),
    family: (family) => families[family],
  };
}

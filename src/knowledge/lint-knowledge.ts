/**
 * Cross-file lints that a per-file schema cannot see (design.md section 2): unique ids, ids that match their
 * file and folder, references that resolve, and aliases that point at one thing only unless an overlap is listed.
 */
import { basename, dirname } from "node:path";
import { RUNTIME_IDS } from "../core/knowledge/model.js";
import type { ParsedKnowledge } from "./parsed-knowledge.js";

/** Folds case, hyphens and punctuation so "Kube-Proxy" and "kube proxy" count as the same alias. */
export function normaliseAlias(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function lintKnowledge(parsed: ParsedKnowledge, knownBrokenIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const { runtimes, categories, topics, capabilities, compliance } = parsed;

  const runtimeIds = runtimes?.value.runtimes.map((runtime) => runtime.id) ?? [];
  if (runtimes) {
    for (const id of RUNTIME_IDS) {
      if (!runtimeIds.includes(id)) problems.push(`${runtimes.file}: runtimes: runtime ${id} is missing`);
    }
    reportDuplicates(runtimeIds, (index, id) =>
      problems.push(`${runtimes.file}: runtimes.${index}.id: ${id} appears twice`),
    );
  }

  const categoryIds = new Set(categories?.value.categories.map((category) => category.id) ?? []);
  if (categories) {
    reportDuplicates(
      categories.value.categories.map((category) => category.id),
      (index, id) => problems.push(`${categories.file}: categories.${index}.id: ${id} appears twice`),
    );
  }

  const topicIds = new Set([...topics.map((topic) => topic.value.id), ...knownBrokenIds]);
  const frameworkIds = new Set(compliance?.value.frameworks.map((framework) => framework.id) ?? []);
  const topicFileById = new Map<string, string>();
  for (const { file, value: topic } of topics) {
    const previous = topicFileById.get(topic.id);
    if (previous) problems.push(`${file}: id: ${topic.id} is already defined in ${previous}`);
    else topicFileById.set(topic.id, file);
    if (basename(file, ".yaml") !== topic.id) {
      problems.push(`${file}: id: ${topic.id} must match the file name (${basename(file)})`);
    }
    if (categories && !categoryIds.has(topic.category)) {
      problems.push(`${file}: category: ${topic.category} is not a category in ${categories.file}`);
    }
    if (basename(dirname(file)) !== topic.category) {
      problems.push(`${file}: category: ${topic.category} must match the folder the file is in`);
    }
    topic.related.forEach((id, index) => {
      if (id === topic.id) problems.push(`${file}: related.${index}: a topic cannot be related to itself`);
      else if (!topicIds.has(id)) problems.push(`${file}: related.${index}: ${id} is not a topic id`);
    });
    if (compliance) {
      topic.mappings.frameworks.forEach((id, index) => {
        if (!frameworkIds.has(id)) {
          problems.push(
            `${file}: mappings.frameworks.${index}: ${id} is not a framework in ${compliance.file}`,
          );
        }
      });
    }
  }

  if (capabilities) {
    const list = capabilities.value.capabilities;
    reportDuplicates(
      list.map((capability) => capability.id),
      (index, id) => problems.push(`${capabilities.file}: capabilities.${index}.id: ${id} appears twice`),
    );
    list.forEach((capability, index) => {
      if (!topicIds.has(capability.topic)) {
        problems.push(
          `${capabilities.file}: capabilities.${index}.topic: ${capability.topic} is not a topic id`,
        );
      }
    });
  }
  if (compliance) {
    reportDuplicates(
      compliance.value.frameworks.map((framework) => framework.id),
      (index, id) => problems.push(`${compliance.file}: frameworks.${index}.id: ${id} appears twice`),
    );
  }

  problems.push(...lintAliases(parsed, topicIds));
  return problems;
}

interface AliasUse {
  readonly ownerId: string;
  readonly where: string;
}

/** Aliases must be unique across topics and runtimes, and within capabilities and within frameworks. */
function lintAliases(parsed: ParsedKnowledge, topicIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const allowed = new Map<string, ReadonlySet<string>>();
  const { overlaps } = parsed;
  overlaps?.value.overlaps.forEach((overlap, index) => {
    allowed.set(normaliseAlias(overlap.alias), new Set(overlap.ids));
    overlap.ids.forEach((id, idIndex) => {
      const known = topicIds.has(id) || RUNTIME_IDS.some((runtime) => runtime === id);
      if (!known)
        problems.push(
          `${overlaps.file}: overlaps.${index}.ids.${idIndex}: ${id} is not a topic or runtime id`,
        );
    });
  });

  const groups: AliasUse[][] = [[], [], []];
  const uses = new Map<string, AliasUse[]>();
  const record = (group: number, alias: string, use: AliasUse) => {
    const key = `${group}\u0000${normaliseAlias(alias)}`;
    const list = uses.get(key) ?? [];
    list.push(use);
    uses.set(key, list);
    groups[group]?.push(use);
  };
  parsed.runtimes?.value.runtimes.forEach((runtime, index) => {
    for (const list of ["aliases", "neutralAliases"] as const) {
      runtime[list].forEach((alias, aliasIndex) => {
        record(0, alias, {
          ownerId: runtime.id,
          where: `${parsed.runtimes?.file}: runtimes.${index}.${list}.${aliasIndex}`,
        });
      });
    }
  });
  for (const { file, value: topic } of parsed.topics) {
    topic.aliases.forEach((alias, aliasIndex) => {
      record(0, alias, { ownerId: topic.id, where: `${file}: aliases.${aliasIndex}` });
    });
  }
  parsed.capabilities?.value.capabilities.forEach((capability, index) => {
    capability.aliases.forEach((alias, aliasIndex) => {
      record(1, alias, {
        ownerId: capability.id,
        where: `${parsed.capabilities?.file}: capabilities.${index}.aliases.${aliasIndex}`,
      });
    });
  });
  parsed.compliance?.value.frameworks.forEach((framework, index) => {
    framework.aliases.forEach((alias, aliasIndex) => {
      record(2, alias, {
        ownerId: framework.id,
        where: `${parsed.compliance?.file}: frameworks.${index}.aliases.${aliasIndex}`,
      });
    });
  });

  for (const [key, list] of uses) {
    const owners = [...new Set(list.map((use) => use.ownerId))];
    if (owners.length < 2) continue;
    const alias = key.split("\u0000")[1] ?? "";
    const permitted = allowed.get(alias);
    if (permitted && owners.every((owner) => permitted.has(owner))) continue;
    const first = list[0];
    for (const use of list.slice(1)) {
      if (use.ownerId === first?.ownerId) continue;
      problems.push(
        `${use.where}: alias "${alias}" also belongs to ${first?.ownerId} (${first?.where.split(":")[0]}); ` +
          "remove one or list it in overlaps.yaml",
      );
    }
  }
  overlaps?.value.overlaps.forEach((overlap, index) => {
    const key = `0\u0000${normaliseAlias(overlap.alias)}`;
    const owners = new Set((uses.get(key) ?? []).map((use) => use.ownerId));
    if (owners.size < 2)
      problems.push(
        `${overlaps.file}: overlaps.${index}.alias: "${overlap.alias}" is not shared by two ids any more`,
      );
  });
  return problems;
}

function reportDuplicates(ids: readonly string[], report: (index: number, id: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report(index, id);
    seen.add(id);
  });
}

/**
 * Loads a knowledge directory: every YAML file is parsed and validated, the cross-file lints run, and only a
 * fully valid directory becomes a frozen `Knowledge`. Any problem anywhere throws one KnowledgeError listing all
 * of them; nothing half-loads.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { Knowledge } from "../core/knowledge/model.js";
import { KnowledgeError } from "../errors.js";
import { assembleKnowledge } from "./assemble-knowledge.js";
import { lintKnowledge } from "./lint-knowledge.js";
import type { Located, ParsedKnowledge } from "./parsed-knowledge.js";
import { readYamlFile } from "./read-yaml-file.js";
import {
  capabilitiesFileSchema,
  categoriesFileSchema,
  complianceFileSchema,
  overlapsFileSchema,
  runtimesFileSchema,
  topicFileSchema,
} from "./schema.js";

/** Loads and validates `dir`; throws KnowledgeError with every problem found. */
export function loadKnowledgeDir(dir: string): Knowledge {
  const { knowledge, problems } = checkKnowledgeDir(dir);
  if (!knowledge) throw new KnowledgeError(problems);
  return knowledge;
}

/** Like loadKnowledgeDir but returns the problems instead of throwing (for `kb:check`). */
export function checkKnowledgeDir(dir: string): { knowledge?: Knowledge; problems: string[] } {
  const display = (file: string) => {
    const shown = relative(process.cwd(), file);
    return shown.startsWith("..") ? file : shown.split(sep).join("/");
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      problems: [`${display(dir)}: not a directory (set KNOWLEDGE_DIR to a folder of knowledge YAML files)`],
    };
  }
  const problems: string[] = [];
  const read = <S extends Parameters<typeof readYamlFile>[2]>(name: string, schema: S, optional = false) => {
    const file = join(dir, name);
    if (optional && !existsSync(file)) return undefined;
    const result = readYamlFile(file, display(file), schema);
    if (result.ok) return { file: display(file), value: result.value };
    problems.push(...result.problems);
    return undefined;
  };

  const runtimes = read("runtimes.yaml", runtimesFileSchema);
  const categories = read("categories.yaml", categoriesFileSchema);
  const capabilities = read("capabilities.yaml", capabilitiesFileSchema);
  const compliance = read("compliance.yaml", complianceFileSchema);
  const overlaps = read("overlaps.yaml", overlapsFileSchema, true);

  const topics: Located<ReturnType<typeof topicFileSchema.parse>>[] = [];
  const brokenIds = new Set<string>();
  const topicFiles = listYamlFiles(join(dir, "topics"));
  if (topicFiles.length === 0) problems.push(`${display(join(dir, "topics"))}: no topic files found`);
  for (const file of topicFiles) {
    const result = readYamlFile(file, display(file), topicFileSchema);
    if (result.ok) topics.push({ file: display(file), value: result.value });
    else {
      problems.push(...result.problems);
      brokenIds.add(basename(file, ".yaml"));
    }
  }

  const parsed: ParsedKnowledge = { runtimes, categories, capabilities, compliance, overlaps, topics };
  problems.push(...lintKnowledge(parsed, brokenIds));
  if (problems.length > 0 || !runtimes || !categories || !capabilities || !compliance) return { problems };
  return {
    knowledge: assembleKnowledge({ ...parsed, runtimes, categories, capabilities, compliance }),
    problems,
  };
}

function listYamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
    .sort()
    .map((name) => join(dir, name));
}

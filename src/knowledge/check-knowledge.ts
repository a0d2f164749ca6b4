/**
 * `npm run kb:check [dir]`: validates a knowledge directory (default: the bundled one) and lists every problem
 * as `file: path.to.field: problem`. Exit 0 when clean, 1 otherwise. Aliases that only misspell another alias are
 * reported as notes: they do not break anything a schema checks, but they weaken matching (find-typo-aliases.ts).
 */
import { findTypoAliases } from "./find-typo-aliases.js";
import { BUNDLED_KNOWLEDGE_DIR } from "./load-knowledge.js";
import { checkKnowledgeDir } from "./load-knowledge-dir.js";

const dir = process.argv[2] ?? BUNDLED_KNOWLEDGE_DIR;
const { knowledge, problems } = checkKnowledgeDir(dir);
if (knowledge) {
  const cells = knowledge.topics.length * knowledge.runtimes.length;
  const uncertain = knowledge.topics
    .flatMap((topic) => Object.values(topic.cells))
    .filter((cell) => cell.confidence === "uncertain").length;
  process.stdout.write(
    `knowledge OK (${knowledge.version}): ${knowledge.topics.length} topics, ${cells} cells (${uncertain} uncertain), ` +
      `${knowledge.capabilities.length} capabilities, ${knowledge.frameworks.length} frameworks\n`,
  );
  for (const { topic, alias, typo, word } of findTypoAliases(knowledge)) {
    process.stderr.write(
      `note: topic ${topic}: alias "${alias}" only misspells "${word}" as "${typo}"; the spelling corrector reads ` +
        "that typo already, and the alias keeps the misspelt word from being corrected: drop it\n",
    );
  }
} else {
  process.stderr.write(
    `${problems.join("\n")}\n${problems.length} problem${problems.length === 1 ? "" : "s"} found\n`,
  );
  process.exitCode = 1;
}

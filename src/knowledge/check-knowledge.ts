/**
 * `npm run kb:check [dir]`: validates a knowledge directory (default: the bundled one) and lists every problem
 * as `file: path.to.field: problem`. Exit 0 when clean, 1 otherwise.
 */

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
} else {
  process.stderr.write(
    `${problems.join("\n")}\n${problems.length} problem${problems.length === 1 ? "" : "s"} found\n`,
  );
  process.exitCode = 1;
}

/**
 * Build step (`npm run build`): validates the bundled knowledge and writes the snapshot the CLI and the bots
 * load at start. Exits 1 with every problem listed when the knowledge is invalid.
 */
import { writeFileSync } from "node:fs";
import { prebuildIndex } from "../core/index.js";
import { KnowledgeError } from "../errors.js";
import { BUNDLED_KNOWLEDGE_DIR, INDEX_PATH, SNAPSHOT_PATH } from "./load-knowledge.js";
import { loadKnowledgeDir } from "./load-knowledge-dir.js";

try {
  const knowledge = loadKnowledgeDir(BUNDLED_KNOWLEDGE_DIR);
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(knowledge)}\n`);
  writeFileSync(INDEX_PATH, `${JSON.stringify(prebuildIndex(knowledge))}\n`);
  process.stdout.write(
    `knowledge snapshot ${knowledge.version}: ${knowledge.topics.length} topics, ${knowledge.runtimes.length} runtimes\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof KnowledgeError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

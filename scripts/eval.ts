/**
 * `npm run eval`: runs the labelled questions in test/fixtures/questions/*.jsonl through the core and prints
 * accuracy per reply type and overall for each split, out-of-scope questions answered confidently, and the
 * confusions (what each miss got instead). Exits 1 when the test split is below the CI floor (design.md §7).
 * `--show dev` (or test) also prints every miss of that split with its parse.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isConfident, type Reply } from "../src/core/reply.js";
import { createResponder } from "../src/core/respond.js";
import { BUNDLED_KNOWLEDGE_DIR } from "../src/knowledge/load-knowledge.js";
import { loadKnowledgeDir } from "../src/knowledge/load-knowledge-dir.js";
import { gradeReply, type LabelledQuestion } from "../test/helpers/grade-reply.js";

const CI_FLOOR = 0.95;
const { values } = parseArgs({ options: { show: { type: "string" }, json: { type: "boolean" } } });
const dir = new URL("../test/fixtures/questions/", import.meta.url).pathname;
const questions: LabelledQuestion[] = readdirSync(dir)
  .filter((name) => name.endsWith(".jsonl"))
  .sort()
  .flatMap((name) =>
    readFileSync(join(dir, name), "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line) => JSON.parse(line) as LabelledQuestion),
  );
const responder = createResponder(loadKnowledgeDir(BUNDLED_KNOWLEDGE_DIR));

interface Tally {
  total: number;
  correct: number;
}
const bySplit = new Map<string, Map<string, Tally>>();
const confusions = new Map<string, Map<string, number>>();
const confidentOutOfScope: string[] = [];
const misses: { question: LabelledQuestion; reply: Reply }[] = [];

for (const question of questions) {
  const reply = responder.respond(question.q);
  const ok = gradeReply(question, reply);
  const types = bySplit.get(question.split) ?? new Map<string, Tally>();
  for (const key of [question.type, "overall"]) {
    const tally = types.get(key) ?? { total: 0, correct: 0 };
    tally.total++;
    if (ok) tally.correct++;
    types.set(key, tally);
  }
  bySplit.set(question.split, types);
  if (question.type === "not-found" && isConfident(reply))
    confidentOutOfScope.push(`[${question.split}] ${question.q}`);
  if (!ok) {
    misses.push({ question, reply });
    const expected = question.type === "answer" ? `answer:${question.topic}` : question.type;
    const got = reply.type === "answer" ? `answer:${reply.topic.id}` : reply.type;
    const key = `${expected} -> ${got}`;
    const split = confusions.get(question.split) ?? new Map<string, number>();
    split.set(key, (split.get(key) ?? 0) + 1);
    confusions.set(question.split, split);
  }
}

const percent = (tally: Tally) => `${((100 * tally.correct) / Math.max(tally.total, 1)).toFixed(1)}%`;
for (const [split, types] of [...bySplit].sort()) {
  const overall = types.get("overall");
  process.stdout.write(
    `\n${split}: ${overall ? `${percent(overall)} (${overall.correct}/${overall.total})` : "-"}\n`,
  );
  for (const [type, tally] of [...types].filter(([type]) => type !== "overall").sort()) {
    process.stdout.write(
      `  ${type.padEnd(13)} ${percent(tally).padStart(6)}  ${tally.correct}/${tally.total}\n`,
    );
  }
}
process.stdout.write(`\nout-of-scope questions answered confidently: ${confidentOutOfScope.length}\n`);
for (const line of confidentOutOfScope) process.stdout.write(`  ${line}\n`);
for (const [split, counts] of [...confusions].sort()) {
  process.stdout.write(`\nconfusions in ${split} (expected -> got):\n`);
  for (const [key, count] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    process.stdout.write(`  ${String(count).padStart(3)}  ${key}\n`);
  }
}
if (values.show) {
  process.stdout.write(`\nmisses in ${values.show}:\n`);
  for (const { question, reply } of misses.filter((miss) => miss.question.split === values.show)) {
    const parsed = responder.parse(question.q);
    const top = parsed.topics
      .slice(0, 3)
      .map((score) => `${score.topicId}:${score.score}${score.phrase ? "*" : ""}`);
    const got =
      reply.type === "answer"
        ? `answer ${reply.topic.id} ${reply.runtime?.id ?? "null"} ${reply.owner ?? ""}`
        : reply.type === "clarify"
          ? `clarify ${reply.candidates.map((candidate) => candidate.id).join(",")}`
          : reply.type === "comparison"
            ? `comparison ${reply.runtimes.join(",")} ${reply.category}`
            : reply.type === "list"
              ? `list ${reply.runtime.id} ${reply.owner}`
              : reply.type === "difference"
                ? `difference ${reply.from}->${reply.to}`
                : reply.type === "runtime-info"
                  ? `runtime-info ${reply.runtime.id}`
                  : reply.type;
    const { q, split: _split, ...label } = question;
    process.stdout.write(
      `- ${q}\n    want ${JSON.stringify(label)}\n    got  ${got}\n    parse ${parsed.shape} | ${top.join(" ")}\n`,
    );
  }
}
const test = bySplit.get("test")?.get("overall");
if (test && test.correct / test.total < CI_FLOOR) {
  process.stdout.write(`\ntest split below the ${CI_FLOOR * 100}% floor\n`);
  process.exitCode = 1;
}
if (confidentOutOfScope.length > 0) process.exitCode = 1;

/**
 * Core latency: `respond()` per question over the labelled set against a plain fuse.js search (default options,
 * over topic names and aliases) on the same questions in the same run; and knowledge load plus index build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Fuse from "fuse.js";
import type * as CoreModule from "../src/core/index.js";
import { createResponder } from "../src/core/index.js";
import type * as LoadModule from "../src/knowledge/load-knowledge.js";
import { readSnapshot } from "../src/knowledge/load-knowledge.js";
import { type BenchRow, median, percentile, ratio } from "./bench-row.js";

/** The snapshot `npm run build` writes; the bots and the CLI start from it. */
const SNAPSHOT_PATH = new URL("../dist/knowledge.json", import.meta.url).pathname;
const QUESTIONS_DIR = new URL("../test/fixtures/questions/", import.meta.url).pathname;

export function loadQuestions(): string[] {
  return readdirSync(QUESTIONS_DIR)
    .filter((name) => name.endsWith(".jsonl"))
    .sort()
    .flatMap((name) => readFileSync(join(QUESTIONS_DIR, name), "utf8").split("\n"))
    .filter((line) => line.trim().length > 0)
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

/** Time per call of `run` for each input, in microseconds, over `rounds` passes (first pass warms up). */
function timePerCall(inputs: readonly string[], rounds: number, run: (input: string) => unknown): number[] {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      run(input);
      const elapsed = Number(process.hrtime.bigint() - start) / 1000;
      if (round > 0) times.push(elapsed);
    }
  }
  return times;
}

export async function benchCore(): Promise<BenchRow[]> {
  const questions = loadQuestions();
  // Per-question timing first, in a process that holds only the one responder: the load loops below leave
  // dozens of discarded indexes behind, and their collection would land in the per-question tail.
  const responder = createResponder(readSnapshot(SNAPSHOT_PATH));
  const rounds = 5;
  const ours = timePerCall(questions, rounds, (question) => responder.respond(question));
  const knowledge = responder.knowledge;
  const fuse = new Fuse(
    knowledge.topics.map((topic) => ({ id: topic.id, name: topic.name, aliases: topic.aliases })),
    { keys: ["name", "aliases"] },
  );
  // One timed pass for the baseline: a plain search takes tens of milliseconds a question, and over the whole
  // labelled set one pass already gives a stable median.
  const plain = timePerCall(questions, 1, (question) => fuse.search(question));
  const loads: number[] = [];
  for (let round = 0; round < 15; round++) {
    const start = performance.now();
    createResponder(readSnapshot(SNAPSHOT_PATH));
    loads.push(performance.now() - start);
  }
  const starts = await timeStartPath();
  const oursMedian = median(ours);
  const plainMedian = median(plain);
  // Each pass over the labelled set has its own p99 (its 10 slowest questions); their median is the judged figure,
  // so one stall of a shared 2-core machine in one pass does not decide it. The pooled p99 is shown beside it.
  const oursP99 = median(
    Array.from({ length: rounds }, (_, round) =>
      percentile(ours.slice(round * questions.length, (round + 1) * questions.length), 99),
    ),
  );
  const oursPooledP99 = percentile(ours, 99);
  const plainP99 = percentile(plain, 99);
  return [
    {
      section: "core",
      metric: `respond() median per question (${questions.length} questions x ${rounds})`,
      value: round3(oursMedian / 1000),
      unit: "ms",
      baseline: "plain fuse.js search",
      baselineValue: round3(plainMedian / 1000),
      ratio: ratio(oursMedian, plainMedian),
      target: "faster than the baseline",
      met: oursMedian < plainMedian,
    },
    {
      section: "core",
      metric: `respond() p99 per question (median of the ${rounds} passes' p99)`,
      value: round3(oursP99 / 1000),
      unit: "ms",
      baseline: "plain fuse.js search",
      baselineValue: round3(plainP99 / 1000),
      ratio: ratio(oursP99, plainP99),
      target: "<= 1 ms",
      met: oursP99 <= 1000,
    },
    {
      section: "core",
      metric: `respond() p99 per question, all ${rounds} passes pooled`,
      value: round3(oursPooledP99 / 1000),
      unit: "ms",
      baseline: "plain fuse.js search",
      baselineValue: round3(plainP99 / 1000),
      ratio: ratio(oursPooledP99, plainP99),
    },
    {
      section: "core",
      metric: "start path: snapshot + prebuilt index load + responder (median of 15, warm process)",
      value: round3(median(starts)),
      unit: "ms",
      target: "<= 50 ms",
      met: median(starts) <= 50,
    },
    {
      section: "core",
      metric: "snapshot load + index built from scratch, as for KNOWLEDGE_DIR (median of 15)",
      value: round3(median(loads)),
      unit: "ms",
      target: "<= 50 ms",
      met: median(loads) <= 50,
    },
  ];
}

/**
 * What the bot and the CLI do at start (loadKnowledge reads the snapshot and the build's topic index, then the
 * responder is built over both), from the compiled modules, whose paths point at dist/.
 */
async function timeStartPath(): Promise<number[]> {
  const compiled = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
  const { loadKnowledge } = (await import(compiled("knowledge/load-knowledge.js"))) as typeof LoadModule;
  const core = (await import(compiled("core/index.js"))) as typeof CoreModule;
  const times: number[] = [];
  for (let round = 0; round <= 15; round++) {
    const start = performance.now();
    const loaded = await loadKnowledge();
    if (!loaded.prebuilt) throw new Error("dist/knowledge-index.json is missing or stale: run npm run build");
    core.createResponder(loaded.knowledge, loaded.prebuilt);
    if (round > 0) times.push(performance.now() - start);
  }
  return times;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

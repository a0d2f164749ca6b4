/**
 * CLI cold start: a fresh `node dist/cli/main.js ask ...` process per run against `node -e 0`, alternating so
 * machine noise hits both alike; also the first-question cost inside a cold process (load + index + answer).
 */
import { execFileSync } from "node:child_process";
import { type BenchRow, median, ratio } from "./bench-row.js";

const BIN = new URL("../dist/cli/main.js", import.meta.url).pathname;

function timeProcess(args: readonly string[]): number {
  const start = performance.now();
  execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - start;
}

export async function benchCli(runs = 15): Promise<BenchRow[]> {
  const cli: number[] = [];
  const bare: number[] = [];
  timeProcess(["-e", "0"]);
  timeProcess([BIN, "ask", "warm the file cache"]);
  for (let run = 0; run < runs; run++) {
    bare.push(timeProcess(["-e", "0"]));
    cli.push(timeProcess([BIN, "ask", "who patches the node os on fargate?"]));
  }
  const value = median(cli);
  const baseline = median(bare);
  return [
    {
      section: "cli",
      metric: `cold start, one question (median of ${runs})`,
      value: Math.round(value),
      unit: "ms",
      baseline: "node -e 0",
      baselineValue: Math.round(baseline),
      ratio: ratio(value, baseline),
      target: "<= 3x baseline",
      met: value <= 3 * baseline,
    },
  ];
}

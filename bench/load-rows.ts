/**
 * The load bench's table rows. Each platform's figures stand beside the same figures for its bare baseline,
 * measured in the same rounds; the deadline verdict rests on what the platform would see of our code (the
 * handling time the server logged and the slowest response past connection set-up), while the raw maximum and
 * p99, which include the first request's wait to be accepted, are shown with their baseline so a reader can see
 * that wait hits a bare app alike. Memory is held against the figures after warm-up and after round 1.
 */
import { type BenchRow, percentile, ratio } from "./bench-row.js";
import type { Measured } from "./load-requests.js";

/** How much resident memory may grow from round 1 to the last round and still count as flat. */
export const FLAT_GROWTH = 0.1;

export interface Memory {
  readonly rss: number;
  readonly heap: number;
}

/** One platform's rounds, for whoowns and for its baseline. */
export interface PlatformRuns {
  readonly name: string;
  /** What the ratio is against, e.g. "bare Bolt app that only acks". */
  readonly baseline: string;
  readonly ours: readonly Measured[];
  readonly bare: readonly Measured[];
  /** Handling times (ms): from the server's request log, and from the baseline's identical timing. */
  readonly oursLogged: readonly number[];
  readonly bareLogged: readonly number[];
  /** A deadline every response must meet, judged on handling time and the maximum past connection set-up. */
  readonly deadlineMs?: number;
}

export function platformRows(runs: PlatformRuns, volume: string): BenchRow[] {
  const worst = (list: readonly Measured[], key: "p99" | "max" | "steadyMax") =>
    Math.max(...list.map((run) => run[key]));
  const mean = (list: readonly Measured[]) =>
    Math.round(list.reduce((sum, run) => sum + run.perSecond, 0) / list.length);
  const failures = (list: readonly Measured[]) => list.reduce((sum, run) => sum + run.failures, 0);
  const maxOf = (values: readonly number[]) => values.reduce((max, ms) => Math.max(max, ms), 0);
  const { deadlineMs } = runs;
  const row = (metric: string, value: number, bare: number, unit: string, judged = false): BenchRow => ({
    section: "load",
    metric: `${runs.name}: ${metric}`,
    value,
    unit,
    baseline: runs.baseline,
    baselineValue: bare,
    // A baseline of 0 (a handling time under a millisecond) has no meaningful ratio.
    ...(bare > 0 ? { ratio: ratio(value, bare) } : {}),
    ...(judged && deadlineMs ? { target: `< ${deadlineMs} ms`, met: value < deadlineMs } : {}),
  });
  const oursFailures = failures(runs.ours);
  return [
    {
      ...row(`${volume}: failed or non-2xx`, oursFailures, failures(runs.bare), "responses"),
      target: "0",
      met: oursFailures === 0,
    },
    row("per second (mean of rounds)", mean(runs.ours), mean(runs.bare), "req/s"),
    row("p99 response, worst round (autocannon)", worst(runs.ours, "p99"), worst(runs.bare, "p99"), "ms"),
    row(
      "max response, every request (autocannon; includes waiting to be accepted, not judged)",
      worst(runs.ours, "max"),
      worst(runs.bare, "max"),
      "ms",
    ),
    row(
      "max response past each connection's first (autocannon)",
      worst(runs.ours, "steadyMax"),
      worst(runs.bare, "steadyMax"),
      "ms",
      true,
    ),
    row(
      "max handling time (server's request log)",
      maxOf(runs.oursLogged),
      maxOf(runs.bareLogged),
      "ms",
      true,
    ),
    row(
      "p99 handling time (server's request log)",
      percentile(runs.oursLogged, 99),
      percentile(runs.bareLogged, 99),
      "ms",
    ),
  ];
}

export function memoryRows(warm: Memory, rounds: readonly Memory[]): BenchRow[] {
  const per = (key: keyof Memory, label: string) =>
    rounds.map(
      (entry, index): BenchRow => ({
        section: "load",
        metric: `server ${label} after round ${index + 1}`,
        value: entry[key],
        unit: "MB",
        baseline: "after warm-up",
        baselineValue: warm[key],
        ratio: ratio(entry[key], warm[key]),
      }),
    );
  const growth = (key: keyof Memory, label: string, judged: boolean): BenchRow => {
    const first = rounds[0]?.[key] ?? warm[key];
    const last = rounds.at(-1)?.[key] ?? warm[key];
    return {
      section: "load",
      metric: `server ${label} growth, round 1 to round ${rounds.length}`,
      value: Math.round((last - first) * 10) / 10,
      unit: "MB",
      baseline: `${label} after round 1`,
      baselineValue: first,
      ratio: ratio(last, first),
      ...(judged
        ? { target: `<= ${FLAT_GROWTH * 100}% of round 1`, met: last <= first * (1 + FLAT_GROWTH) }
        : {}),
    };
  };
  return [
    ...per("rss", "RSS"),
    growth("rss", "RSS", true),
    ...per("heap", "live heap"),
    // Not judged: the heap holds Teams activity ids for 10 minutes (bounded at 100,000) to drop redeliveries, so
    // it grows by design over a run this short; the RSS verdict above covers the process as a whole.
    growth("heap", "live heap", false),
  ];
}

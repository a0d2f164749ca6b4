/**
 * One line of the benchmark table: a measured figure, the baseline measured in the same run, their ratio and the
 * target it is held to.
 */
export interface BenchRow {
  readonly section: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: string;
  readonly baselineValue?: number;
  /** value / baselineValue, when there is a baseline. */
  readonly ratio?: number;
  readonly target?: string;
  readonly met?: boolean;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** value / baseline with three significant digits (0.00186, 2.51, 0.712). */
export function ratio(value: number, baseline: number): number {
  return Number((value / baseline).toPrecision(3));
}

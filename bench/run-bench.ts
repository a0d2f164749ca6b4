/**
 * `npm run bench`: runs every benchmark section and prints one table (and `--json` for machines). Each figure is
 * a median (or p99) with its baseline measured in the same run and the ratio between them.
 */
import { parseArgs } from "node:util";
import { benchCli } from "./bench-cli.js";
import { benchCore } from "./bench-core.js";
import { benchLoad } from "./bench-load.js";
import type { BenchRow } from "./bench-row.js";
import { benchSlack } from "./bench-slack.js";
import { benchTeams } from "./bench-teams.js";

const SECTIONS: Record<string, () => Promise<BenchRow[]>> = {
  core: benchCore,
  cli: benchCli,
  // Each adapter registers its section here (one line): slack, teams, memory.
  teams: benchTeams,
  slack: benchSlack,
  load: benchLoad,
};

const { values } = parseArgs({ options: { json: { type: "boolean" }, only: { type: "string" } } });
const rows: BenchRow[] = [];
for (const [name, run] of Object.entries(SECTIONS)) {
  if (values.only && !values.only.split(",").includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  rows.push(...(await run()));
}
if (values.json) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  process.stdout.write(
    "| section | metric | value | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|\n",
  );
  for (const row of rows) {
    const baseline = row.baseline ? `${row.baselineValue} ${row.unit} (${row.baseline})` : "";
    const met = row.met === undefined ? "" : row.met ? "yes" : "no";
    process.stdout.write(
      `| ${row.section} | ${row.metric} | ${row.value} ${row.unit} | ${baseline} | ${row.ratio ?? ""} | ${row.target ?? ""} | ${met} |\n`,
    );
  }
}

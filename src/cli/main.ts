#!/usr/bin/env node
/**
 * Entry point of the `whoowns` bin. Loads only the core and the knowledge snapshot, never the Slack or Teams
 * SDKs, so it starts in a few tens of milliseconds.
 */
import { readKnowledgeDir } from "../config.js";
import { runCli } from "./run-cli.js";

const knowledgeDir = readKnowledgeDir(process.env);
runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  knowledgeDir,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`whoowns: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);

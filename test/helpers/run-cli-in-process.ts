/**
 * Runs the CLI in-process with captured stdout and stderr, and a stdin fed from a string.
 */
import { PassThrough, Readable } from "node:stream";
import { runCli } from "../../src/cli/run-cli.js";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCliInProcess(
  argv: readonly string[],
  options: { stdin?: string; knowledgeDir?: string; tty?: boolean } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => out.push(chunk));
  stderr.on("data", (chunk: Buffer) => err.push(chunk));
  const stdin = Object.assign(Readable.from([options.stdin ?? ""]), { isTTY: options.tty ?? false });
  const code = await runCli(argv, { stdin, stdout, stderr, knowledgeDir: options.knowledgeDir });
  return { code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") };
}

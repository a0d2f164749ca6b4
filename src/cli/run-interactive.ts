/**
 * The interactive prompt `whoowns` opens when stdin is a terminal: one question per line, plain-text answers,
 * `exit` or Ctrl-D to leave.
 */
import { createInterface } from "node:readline/promises";
import type { Responder, RuntimeNames } from "../core/index.js";
import { renderText } from "../core/index.js";
import type { CliIo } from "./run-cli.js";

export async function runInteractive(responder: Responder, names: RuntimeNames, io: CliIo): Promise<void> {
  const prompt = createInterface({ input: io.stdin, output: io.stdout, terminal: true });
  io.stdout.write(
    'Ask who owns what on EKS and ECS (for example "who patches the node OS on fargate?"). Ctrl-D to quit.\n',
  );
  try {
    for (;;) {
      const line = await prompt.question("whoowns> ");
      if (/^(?:exit|quit|q)$/i.test(line.trim())) break;
      io.stdout.write(`${renderText(responder.respond(line), names)}\n\n`);
    }
  } catch (error) {
    // Ctrl-D closes the interface, which rejects the pending question: that is the normal way out.
    if (!(error instanceof Error && "code" in error && error.code === "ABORT_ERR") && !isClosed(error))
      throw error;
  } finally {
    prompt.close();
  }
}

function isClosed(error: unknown): boolean {
  return error instanceof Error && /closed/i.test(error.message);
}

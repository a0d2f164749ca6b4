/**
 * The `whoowns` command (design.md section 4): ask, compare, topics, runtimes, and an interactive prompt when
 * stdin is a terminal. I/O is passed in so tests run it in-process; exit codes: 0 answered (not-found included),
 * 2 bad usage, 1 knowledge that cannot be loaded.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import {
  createResponder,
  type Knowledge,
  type Reply,
  type Responder,
  RUNTIME_IDS,
  type RuntimeId,
  type RuntimeNames,
  renderText,
} from "../core/index.js";
import { KnowledgeError, WhoownsError } from "../errors.js";
import { loadKnowledge } from "../knowledge/load-knowledge.js";
import { runInteractive } from "./run-interactive.js";

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Another knowledge directory (KNOWLEDGE_DIR), validated before use. */
  readonly knowledgeDir?: string;
}

export const USAGE = `usage: whoowns ask [--json] "<question>" | whoowns ask --json - | whoowns compare <runtime> <runtime>... [--category <id>] [--json] | whoowns topics [--json] | whoowns runtimes [--json]`;

class UsageError extends WhoownsError {
  constructor(message: string) {
    super(message, "USAGE");
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const write = (text: string) => io.stdout.write(`${text}\n`);
  try {
    const [command, ...rest] = argv;
    if (command === "--help" || command === "-h" || command === "help") {
      write(USAGE);
      return 0;
    }
    if (command !== undefined && !["ask", "compare", "topics", "runtimes"].includes(command)) {
      throw new UsageError(`unknown command: ${command}`);
    }
    if (command === undefined && !io.stdin.isTTY) throw new UsageError("no command given");
    const { knowledge, prebuilt } = await loadKnowledge(io.knowledgeDir);
    const names = runtimeNames(knowledge);
    switch (command) {
      case undefined:
        await runInteractive(createResponder(knowledge, prebuilt), names, io);
        return 0;
      case "topics":
        return listTopics(knowledge, rest, write);
      case "runtimes":
        return listRuntimes(knowledge, rest, write);
      case "compare":
        return compare(createResponder(knowledge, prebuilt), names, rest, write);
      default:
        return await ask(createResponder(knowledge, prebuilt), names, rest, io, write);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`whoowns: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof KnowledgeError) {
      io.stderr.write(`whoowns: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true as const });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function ask(
  responder: Responder,
  names: RuntimeNames,
  args: readonly string[],
  io: CliIo,
  write: (text: string) => void,
) {
  const { values, positionals } = parse(args, { json: { type: "boolean" } });
  const print = (reply: Reply) => write(values.json ? JSON.stringify(reply) : renderText(reply, names));
  if (positionals.length === 1 && positionals[0] === "-") {
    if (!values.json) throw new UsageError("reading questions from stdin needs --json");
    for await (const line of readLines(io.stdin)) {
      if (line.trim().length > 0) print(responder.respond(line));
    }
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("ask needs a question");
  print(responder.respond(positionals.join(" ")));
  return 0;
}

function compare(
  responder: Responder,
  names: RuntimeNames,
  args: readonly string[],
  write: (text: string) => void,
) {
  const { knowledge } = responder;
  const { values, positionals } = parse(args, { json: { type: "boolean" }, category: { type: "string" } });
  const runtimes = positionals.map((value) => {
    const id = RUNTIME_IDS.find((candidate) => candidate === value);
    if (!id) throw new UsageError(`unknown runtime: ${value} (one of ${RUNTIME_IDS.join(", ")})`);
    return id;
  });
  if (runtimes.length < 2) throw new UsageError("compare needs at least two runtimes");
  const category = values.category;
  if (typeof category === "string" && !knowledge.categories.some((entry) => entry.id === category)) {
    throw new UsageError(
      `unknown category: ${category} (one of ${knowledge.categories.map((entry) => entry.id).join(", ")})`,
    );
  }
  const reply = responder.respondToAction({
    kind: "compare",
    version: knowledge.version,
    runtimes,
    category: typeof category === "string" ? category : null,
  });
  write(values.json ? JSON.stringify(reply) : renderText(reply, names));
  return 0;
}

function listTopics(knowledge: Knowledge, args: readonly string[], write: (text: string) => void) {
  const { values } = parse(args, { json: { type: "boolean" } });
  const topics = knowledge.topics.map((topic) => ({
    id: topic.id,
    name: topic.name,
    category: topic.category,
    owners: Object.fromEntries(RUNTIME_IDS.map((id) => [id, topic.cells[id].owner])),
  }));
  if (values.json) write(JSON.stringify(topics));
  else for (const topic of topics) write(`${topic.id.padEnd(32)} ${topic.category.padEnd(18)} ${topic.name}`);
  return 0;
}

function listRuntimes(knowledge: Knowledge, args: readonly string[], write: (text: string) => void) {
  const { values } = parse(args, { json: { type: "boolean" } });
  const runtimes = RUNTIME_IDS.map((id) => ({
    id,
    name: knowledge.runtimes.find((runtime) => runtime.id === id)?.name ?? id,
  }));
  if (values.json) write(JSON.stringify(runtimes));
  else for (const runtime of runtimes) write(`${runtime.id.padEnd(12)} ${runtime.name}`);
  return 0;
}

export function runtimeNames(knowledge: Knowledge): RuntimeNames {
  return Object.fromEntries(
    RUNTIME_IDS.map((id) => [id, knowledge.runtimes.find((runtime) => runtime.id === id)?.name ?? id]),
  ) as Record<RuntimeId, string>;
}

async function* readLines(stream: NodeJS.ReadableStream): AsyncGenerator<string> {
  let buffered = "";
  for await (const chunk of stream) {
    buffered += chunk.toString();
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      yield buffered.slice(0, newline).replace(/\r$/, "");
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
    }
  }
  if (buffered.length > 0) yield buffered;
}

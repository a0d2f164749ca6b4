/**
 * The load bench's baselines, each in a process of its own (this file, forked with a role) like the server they
 * are compared with: a bare Bolt app (App and ExpressReceiver on its own Express app, signatures checked) whose
 * `/whoowns` handler only acks with a short constant text (or, given one, a constant message: the same Bolt app
 * carrying a card of whoowns' size, to show what the size of the ack alone costs), and a bare botbuilder CloudAdapter bot (no app id, so
 * unauthenticated like the server's local mode) that replies with a constant text through the same fake
 * connector. Each times its requests the way the server's request log does (from the first middleware until the
 * response closes, whole milliseconds) and hands the durations over when asked, so every handling-time figure
 * has a baseline too.
 */
import { type ChildProcess, fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import type { Express, RequestHandler } from "express";

export type BaselineRole = "slack" | "teams";

const ROLE_VARIABLE = "WHOOWNS_BENCH_LOAD_BASELINE";
const SECRET_VARIABLE = "WHOOWNS_BENCH_LOAD_SIGNING_SECRET";
const ACK_BODY_VARIABLE = "WHOOWNS_BENCH_LOAD_ACK_BODY";
const BOT_TOKEN = "xoxb-0000000001-0000000002-benchloadbaseline";
const ACK_TEXT = "ok";
const REPLY_TEXT = "ok";
const TAKE_DURATIONS = "take-durations";

export interface LoadBaseline {
  readonly url: string;
  readonly rssMb: () => number;
  /** Durations (ms) of the requests completed since the last call. */
  readonly takeDurations: () => Promise<number[]>;
  readonly stop: () => void;
}

/**
 * Forks this file as the `role` baseline (checking Slack signatures with `signingSecret`), once it listens. The
 * Slack baseline acks with `ackBody` (a message object) when given one, else with a two-letter text.
 */
export function startLoadBaseline(
  role: BaselineRole,
  signingSecret: string,
  ackBody?: Record<string, unknown>,
): Promise<LoadBaseline> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    env: {
      ...process.env,
      [ROLE_VARIABLE]: role,
      [SECRET_VARIABLE]: signingSecret,
      ...(ackBody ? { [ACK_BODY_VARIABLE]: JSON.stringify(ackBody) } : {}),
    },
    // tsx compiles this TypeScript file in the child too; resolved here so the working directory does not matter.
    execArgv: ["--import", import.meta.resolve("tsx")],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench load baseline ${role} exited early (${code})`)));
    child.once("message", (message) => {
      child.removeAllListeners("exit");
      resolve({
        url: String((message as { url: string }).url),
        rssMb: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
          return Math.round(Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN) / 1024);
        },
        takeDurations: () =>
          new Promise((answer) => {
            child.once("message", (reply) => answer((reply as { durations: number[] }).durations));
            child.send(TAKE_DURATIONS);
          }),
        stop: () => child.kill(),
      });
    });
  });
}

/** The baseline's side: one server on a free loopback port, its URL sent to the parent. */
async function serveBaseline(role: BaselineRole): Promise<void> {
  process.once("SIGTERM", () => process.exit(0));
  let durations: number[] = [];
  process.on("message", (message) => {
    if (message !== TAKE_DURATIONS) return;
    process.send?.({ durations });
    durations = [];
  });
  // The SDKs load here, in the baseline's process only, not in the load generator's.
  const { default: express } = await import("express");
  const app = express();
  app.use(timeRequests((ms) => durations.push(ms)));
  if (role === "slack") await mountBareBolt(app);
  else await mountBareBot(app, express.json());
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.send?.({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

/** Times each request as the server's trackRequests does: hrtime from here until the response closes. */
function timeRequests(record: (ms: number) => void): RequestHandler {
  return (_request, response, next) => {
    const started = process.hrtime.bigint();
    response.once("close", () => record(Number((process.hrtime.bigint() - started) / 1_000_000n)));
    next();
  };
}

async function mountBareBolt(expressApp: Express): Promise<void> {
  const { App, ExpressReceiver, LogLevel } = await import("@slack/bolt");
  const receiver = new ExpressReceiver({
    signingSecret: process.env[SECRET_VARIABLE] ?? "",
    app: expressApp,
  });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: BOT_TOKEN, botId: "BBENCH", botUserId: "UBENCH" }),
    logLevel: LogLevel.ERROR,
  });
  const body = process.env[ACK_BODY_VARIABLE];
  // One object for every request: Bolt serialises it per ack, as it does whoowns' cards.
  const message = body ? (JSON.parse(body) as Record<string, unknown>) : undefined;
  app.command("/whoowns", async ({ ack }) => {
    await ack(message ?? ACK_TEXT);
  });
}

/** What botbuilder's own samples do: CloudAdapter.process on an Express route. */
async function mountBareBot(app: Express, parseJson: RequestHandler): Promise<void> {
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import("botbuilder");
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  app.post("/api/messages", parseJson, async (request, response) => {
    await adapter.process(request, response, async (context) => {
      if (context.activity.type === "message") await context.sendActivity(REPLY_TEXT);
    });
  });
}

const role = process.env[ROLE_VARIABLE];
if (role === "slack" || role === "teams") await serveBaseline(role);

/**
 * Teams HTTP throughput: message activities per second and p99 latency at 100 connections on loopback, for the
 * real server (startWhoowns in unauthenticated local mode: core answer, Adaptive Card, post to the connector)
 * against a bare CloudAdapter echo bot on its own Express app, measured in the same run. Each server and the
 * shared fake connector run in their own child process (this file, forked with a role), so autocannon's own
 * work does not land on the servers' event loops; the two bots are measured in alternating back-to-back pairs.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { type BenchRow, median, ratio } from "./bench-row.js";
import { runAutocannon } from "./run-autocannon.js";

const CONNECTIONS = 100;
const WARMUP_SECONDS = 2;
const RUN_SECONDS = 4;
const ROUNDS = 5;
const QUESTION = "who patches the node os on fargate?";

type Role = "connector" | "whoowns" | "bare";

interface Measure {
  readonly perSecond: number;
  readonly p99: number;
  /** p99 of the responses past each connection's first (see run-autocannon.ts). */
  readonly steadyP99: number;
  readonly errors: number;
}

export async function benchTeams(): Promise<BenchRow[]> {
  const children: ChildProcess[] = [];
  try {
    const connector = await startChild("connector", {}, children);
    const serviceUrl = `http://127.0.0.1:${connector}/`;
    const env = { BENCH_SERVICE_URL: serviceUrl };
    const whoowns = await startChild("whoowns", env, children);
    const bare = await startChild("bare", env, children);
    await load(whoowns, serviceUrl, WARMUP_SECONDS);
    await load(bare, serviceUrl, WARMUP_SECONDS);
    const ours: Measure[] = [];
    const baseline: Measure[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which bot goes first so a drift in machine load hits both alike.
      if (round % 2 === 0) baseline.push(await load(bare, serviceUrl, RUN_SECONDS));
      ours.push(await load(whoowns, serviceUrl, RUN_SECONDS));
      if (round % 2 === 1) baseline.push(await load(bare, serviceUrl, RUN_SECONDS));
    }
    // Each round's pair ran back to back, so the median of the per-round ratios is the steadiest figure.
    const throughput = median(
      ours.map((entry, index) => entry.perSecond / (baseline[index]?.perSecond ?? 1)),
    );
    const oursRate = median(ours.map((entry) => entry.perSecond));
    const bareRate = median(baseline.map((entry) => entry.perSecond));
    const oursP99 = median(ours.map((entry) => entry.p99));
    const bareP99 = median(baseline.map((entry) => entry.p99));
    const oursSteadyP99 = median(ours.map((entry) => entry.steadyP99));
    const bareSteadyP99 = median(baseline.map((entry) => entry.steadyP99));
    const errors = [...ours, ...baseline].reduce((sum, entry) => sum + entry.errors, 0);
    return [
      {
        section: "teams",
        metric: `message activities per second, ${CONNECTIONS} connections (median of ${ROUNDS} x ${RUN_SECONDS} s; ratio = median of paired rounds${errors ? `; ${errors} errors` : ""})`,
        value: Math.round(oursRate),
        unit: "req/s",
        baseline: "bare CloudAdapter echo bot",
        baselineValue: Math.round(bareRate),
        ratio: Number(throughput.toPrecision(3)),
        target: ">= 0.7x baseline",
        met: errors === 0 && throughput >= 0.7,
      },
      {
        section: "teams",
        metric: `message activity p99 latency past each connection's first, ${CONNECTIONS} connections`,
        value: oursSteadyP99,
        unit: "ms",
        baseline: "bare CloudAdapter echo bot",
        baselineValue: bareSteadyP99,
        ratio: ratio(oursSteadyP99, bareSteadyP99),
      },
      {
        section: "teams",
        metric: `message activity p99 latency, every request (includes connection set-up), ${CONNECTIONS} connections`,
        value: oursP99,
        unit: "ms",
        baseline: "bare CloudAdapter echo bot",
        baselineValue: bareP99,
        ratio: ratio(oursP99, bareP99),
      },
    ];
  } finally {
    for (const child of children) child.kill();
  }
}

/** Posts message activities (a new id and user each, as in real traffic) for `seconds`. */
async function load(port: number, serviceUrl: string, seconds: number): Promise<Measure> {
  let counter = 0;
  const { result, steadyP99 } = await runAutocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    connections: CONNECTIONS,
    duration: seconds,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => {
          counter++;
          return { ...request, body: JSON.stringify(activity(serviceUrl, counter)) };
        },
      },
    ],
  });
  return {
    perSecond: result.requests.average,
    p99: result.latency.p99,
    steadyP99,
    errors: result.errors + result.non2xx,
  };
}

function activity(serviceUrl: string, counter: number) {
  return {
    type: "message",
    id: `bench-${counter}`,
    channelId: "msteams",
    serviceUrl,
    text: QUESTION,
    from: { id: `29:user-${counter}`, aadObjectId: `aad-${counter}` },
    recipient: { id: "28:bot", name: "whoowns" },
    conversation: { id: `a:conversation-${counter % 500}`, conversationType: "personal", tenantId: "tenant" },
    channelData: { tenant: { id: "tenant" } },
  };
}

/** Forks this file in `role` and resolves with the port the child listens on. */
function startChild(role: Role, env: Record<string, string>, children: ChildProcess[]): Promise<number> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, ...env, BENCH_TEAMS_ROLE: role },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`bench ${role} server exited (${code})`)));
  });
}

/** The child side: one server, on 127.0.0.1 and a free port, reported to the parent. */
async function serve(role: Role): Promise<void> {
  const serviceUrl = process.env.BENCH_SERVICE_URL ?? "";
  let port: number;
  if (role === "connector") {
    // Drains each post and answers like the Bot Framework connector, as cheaply as possible.
    const server = createServer((request, response) => {
      request.resume();
      request.on("end", () => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end('{"id":"posted"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  } else if (role === "whoowns") {
    port = await serveWhoowns();
  } else {
    port = await serveBareBot();
  }
  process.send?.({ port, serviceUrl });
}

async function serveWhoowns(): Promise<number> {
  const { startWhoowns } = await import("../src/app.js");
  const { loadKnowledge } = await import("../src/knowledge/load-knowledge.js");
  const { createLogger } = await import("../src/logger.js");
  const { knowledge } = await loadKnowledge();
  const running = await startWhoowns({
    config: {
      port: 0,
      host: "127.0.0.1",
      slack: null,
      teams: null,
      logLevel: "warn",
      rateLimit: { questionsPerMinute: 100_000, sharesPerMinute: 5 },
    },
    knowledge,
    logger: createLogger({ level: "warn" }),
  });
  return running.port;
}

/** The baseline: what botbuilder's own samples do, an echo through CloudAdapter.process on Express. */
async function serveBareBot(): Promise<number> {
  const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import("botbuilder");
  const { default: express } = await import("express");
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const app = express();
  app.post("/api/messages", express.json(), async (request, response) => {
    await adapter.process(request, response, async (context) => {
      if (context.activity.type === "message") await context.sendActivity(`echo: ${context.activity.text}`);
    });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return (server.address() as AddressInfo).port;
}

const role = process.env.BENCH_TEAMS_ROLE as Role | undefined;
if (role && process.send) await serve(role);

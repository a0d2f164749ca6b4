/**
 * The load bench's traffic: signed `/whoowns` slash commands and Teams message activities, posted by autocannon
 * at a fixed number of connections to any server that takes them (whoowns, or the bare baselines in
 * load-baseline.ts), and what autocannon saw of them. The maximum past each connection's first request is kept
 * apart from the raw maximum because the first one alone includes waiting for the busy server to accept the
 * connection, which on a small machine is the load generator's and the kernel's doing as much as the server's.
 */
import { createHmac } from "node:crypto";
import { runAutocannon } from "./run-autocannon.js";

/** The signing secret every server in the load bench checks and every slash command is signed with. */
export const LOAD_SIGNING_SECRET = "bench-load-signing-secret-0123456789";
export const LOAD_CONNECTIONS = 100;
/** Distinct people the traffic comes from (the rate limiter and the Teams conversations are per person). */
const USERS = 1_000;
/** Generous, so a slow answer counts as slow rather than failed; the server's own limit is 30 s. */
const TIMEOUT_SECONDS = 30;
const TEAMS_QUESTIONS = ["who patches the node os on fargate?", "compare fargate and mng for networking"];

export interface Measured {
  readonly p99: number;
  readonly max: number;
  /** The slowest response that was not its connection's first (those include waiting to be accepted). */
  readonly steadyMax: number;
  readonly perSecond: number;
  readonly failures: number;
}

export interface Request {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** `count` signed slash commands to `url`, each from one of USERS people with one of the labelled questions. */
export function slashCommands(url: string, count: number, questions: readonly string[]): Promise<Measured> {
  let sequence = 0;
  return measure(`${url}/slack/events`, count, () => signedSlashCommand(++sequence, questions));
}

/**
 * The `sequence`-th `/whoowns` slash command of a run, as Slack sends it: from one of USERS people, with the next
 * of `questions`, signed now with LOAD_SIGNING_SECRET (so it is never stale).
 */
export function signedSlashCommand(sequence: number, questions: readonly string[]): Request {
  const body = new URLSearchParams({
    command: "/whoowns",
    text: questions[sequence % questions.length] ?? "help",
    user_id: `U${String(sequence % USERS).padStart(6, "0")}`,
    channel_id: "CLOAD",
    team_id: "T0000001",
    response_url: "http://127.0.0.1:9/unused",
    trigger_id: "1.2.3",
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", LOAD_SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex");
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": `v0=${signature}`,
    },
  };
}

let activities = 0;

/**
 * `count` Teams message activities to `url` (a new id each, as in real traffic, across every server), whose
 * replies go to the connector at `serviceUrl`.
 */
export function teamsMessages(url: string, serviceUrl: string, count: number): Promise<Measured> {
  return measure(`${url}/api/messages`, count, () => {
    activities++;
    const user = activities % USERS;
    const body = JSON.stringify({
      type: "message",
      id: `load-${activities}`,
      channelId: "msteams",
      serviceUrl,
      text: TEAMS_QUESTIONS[activities % TEAMS_QUESTIONS.length],
      from: { id: `29:user-${user}`, aadObjectId: `aad-${user}` },
      recipient: { id: "28:bot", name: "whoowns" },
      conversation: { id: `a:conversation-${user}`, conversationType: "personal", tenantId: "tenant" },
      channelData: { tenant: { id: "tenant" } },
    });
    return { body, headers: { "content-type": "application/json" } };
  });
}

async function measure(url: string, amount: number, next: () => Request): Promise<Measured> {
  const { result, steadyMax } = await runAutocannon({
    url,
    connections: LOAD_CONNECTIONS,
    amount,
    timeout: TIMEOUT_SECONDS,
    requests: [{ method: "POST", setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  return {
    p99: result.latency.p99,
    max: result.latency.max,
    steadyMax,
    perSecond: result.requests.average,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

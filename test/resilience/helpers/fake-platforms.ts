/**
 * One loopback server standing in for every platform the bot calls in the resilience tests: Slack's Web API
 * (`/api/<method>`), Slack response_urls (`/response/<id>`) and a Bot Framework connector (`/connector/...`). It
 * records every request it receives (headers and raw body included, so a test can look for them in the logs)
 * and answers by script: a status and body, a slow answer, or a connection dropped before any answer.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { waitFor } from "../../helpers/wait-for.js";

export interface Received {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** What the fake did: the status it answered, or "dropped". */
  readonly outcome: number | "dropped";
}

export interface Scripted {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** Answer only after this long (a slow platform). */
  readonly delayMs?: number;
  /** Close the connection without answering (as a reset or a crashed proxy would). */
  readonly drop?: boolean;
}

export interface FakePlatforms {
  /** For SLACK_API_URL. */
  readonly slackApiUrl: string;
  /** A serviceUrl for Teams activities (ends with a slash, like Teams'). */
  readonly connectorUrl: string;
  readonly responseUrl: (id: string) => string;
  readonly received: Received[];
  /** Paths of requests as they arrive, before any scripted delay. */
  readonly arrived: string[];
  /** The next `times` requests whose path starts with `prefix` get `answer`; then the default answer again. */
  readonly script: (prefix: string, answer: Scripted, times?: number) => void;
  readonly waitFor: <T>(check: () => T | undefined | false, what: string, timeoutMs?: number) => Promise<T>;
  readonly close: () => Promise<void>;
}

export const BOT_USER_ID = "UBOT0001";

export async function startFakePlatforms(): Promise<FakePlatforms> {
  const received: Received[] = [];
  const arrived: string[] = [];
  const scripts: { prefix: string; answer: Scripted; left: number }[] = [];
  let posted = 0;

  const defaultAnswer = (path: string, body: string): unknown => {
    if (path.startsWith("/api/auth.test"))
      return { ok: true, user_id: BOT_USER_ID, bot_id: "BBOT0001", team_id: "T0000001", user: "whoowns" };
    if (path.startsWith("/api/chat.postMessage")) {
      const channel = new URLSearchParams(body).get("channel");
      return { ok: true, channel, ts: `1700000000.${String(++posted).padStart(6, "0")}` };
    }
    if (path.startsWith("/connector/")) return { id: `posted-${++posted}` };
    return { ok: true };
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "/";
      arrived.push(path);
      const body = Buffer.concat(chunks).toString("utf8");
      const script = scripts.find((entry) => path.startsWith(entry.prefix) && entry.left > 0);
      if (script) script.left--;
      const answer = script?.answer ?? {};
      const record = (outcome: number | "dropped") =>
        received.push({ method: request.method ?? "", path, headers: request.headers, body, outcome });
      const reply = () => {
        if (answer.drop) {
          record("dropped");
          request.socket.destroy();
          return;
        }
        const status = answer.status ?? 200;
        record(status);
        response.writeHead(status, { "content-type": "application/json", ...answer.headers });
        const payload = answer.body ?? defaultAnswer(path, body);
        response.end(typeof payload === "string" ? payload : JSON.stringify(payload));
      };
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    slackApiUrl: `${base}/api/`,
    connectorUrl: `${base}/connector/`,
    responseUrl: (id) => `${base}/response/${id}`,
    received,
    arrived,
    script: (prefix, answer, times = 1) => {
      scripts.push({ prefix, answer, left: times });
    },
    waitFor,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

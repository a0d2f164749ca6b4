/**
 * A loopback fake of Slack for the adapter tests: the Web API (form-encoded calls with JSON-encoded nested
 * fields, answered `{ ok: true, ... }`), response_url endpoints, and a Socket Mode WebSocket server. It records
 * everything the bot sends; answers can be overridden per method to simulate 429s, 5xx and rejections.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { waitFor } from "../../../helpers/wait-for.js";

export interface RecordedCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  readonly authorization: string | undefined;
}

export interface RecordedResponse {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

export interface FakeAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
}

export type Handler = (params: Record<string, unknown>, attempt: number) => FakeAnswer | undefined;

export interface FakeSlack {
  readonly url: string;
  /** For SLACK_API_URL. */
  readonly apiUrl: string;
  readonly calls: RecordedCall[];
  readonly responses: RecordedResponse[];
  /** Messages the bot sent over Socket Mode (envelope acks). */
  readonly socketAcks: Record<string, unknown>[];
  readonly responseUrl: (id: string) => string;
  readonly handle: (method: string, handler: Handler) => void;
  readonly handleResponseUrl: (handler: Handler) => void;
  readonly callsTo: (method: string) => RecordedCall[];
  readonly waitFor: <T>(check: () => T | undefined | false, what: string, timeoutMs?: number) => Promise<T>;
  /** Sends a Socket Mode envelope to every connected client. */
  readonly sendEnvelope: (envelope: Record<string, unknown>) => void;
  readonly socketClients: () => number;
  readonly close: () => Promise<void>;
}

export const BOT_USER_ID = "UBOT0001";
export const BOT_ID = "BBOT0001";
export const TEAM_ID = "T0000001";

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const responses: RecordedResponse[] = [];
  const socketAcks: Record<string, unknown>[] = [];
  const handlers = new Map<string, Handler>();
  const attempts = new Map<string, number>();
  let responseHandler: Handler | undefined;
  let base = "";

  const defaults = (method: string, params: Record<string, unknown>): unknown => {
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: "whoowns" };
      case "chat.postMessage":
        return {
          ok: true,
          channel: params.channel,
          ts: `1700000000.${String(calls.length).padStart(6, "0")}`,
        };
      case "chat.postEphemeral":
        return { ok: true, message_ts: "1700000000.000999" };
      case "views.publish":
      case "views.open":
      case "views.update":
        return { ok: true, view: { id: "V0000001" } };
      case "apps.connections.open":
        return { ok: true, url: `${base.replace("http", "ws")}/socket` };
      default:
        return { ok: true };
    }
  };

  const answer = (response: ServerResponse, fake: FakeAnswer) => {
    response.writeHead(fake.status ?? 200, { "content-type": "application/json", ...fake.headers });
    response.end(typeof fake.body === "string" ? fake.body : JSON.stringify(fake.body));
  };

  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const raw = await readBody(request);
    const path = request.url ?? "/";
    if (path.startsWith("/api/")) {
      const method = path.slice("/api/".length).split("?")[0] ?? "";
      const params = parseForm(raw, request.headers["content-type"]);
      calls.push({ method, params, authorization: request.headers.authorization });
      const attempt = (attempts.get(method) ?? 0) + 1;
      attempts.set(method, attempt);
      const custom = handlers.get(method)?.(params, attempt);
      answer(response, custom ?? { body: defaults(method, params) });
      return;
    }
    if (path.startsWith("/response/")) {
      const id = path.slice("/response/".length);
      const body = JSON.parse(raw || "{}") as Record<string, unknown>;
      responses.push({ id, body });
      const attempt = responses.filter((entry) => entry.id === id).length;
      answer(response, responseHandler?.(body, attempt) ?? { body: { ok: true } });
      return;
    }
    answer(response, { status: 404, body: { ok: false, error: "unknown_path" } });
  });
  const sockets = new WebSocketServer({ noServer: true });
  const clients = new Set<WebSocket>();
  server.on("upgrade", (request, socket, head) => {
    sockets.handleUpgrade(request, socket, head, (client) => {
      clients.add(client);
      client.on("message", (data) => socketAcks.push(JSON.parse(String(data)) as Record<string, unknown>));
      client.on("close", () => clients.delete(client));
      client.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    socketAcks,
    responseUrl: (id) => `${base}/response/${id}`,
    handle: (method, handler) => handlers.set(method, handler),
    handleResponseUrl: (handler) => {
      responseHandler = handler;
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitFor,
    sendEnvelope: (envelope) => {
      for (const client of clients) client.send(JSON.stringify(envelope));
    },
    socketClients: () => clients.size,
    async close() {
      for (const client of clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** The WebClient's form body: nested objects (blocks, view) arrive JSON-encoded inside the form. */
function parseForm(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}

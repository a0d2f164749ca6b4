/**
 * The local connector: the Bot Framework connector endpoint the local web chat gives as its `serviceUrl`. The bot
 * (the real Teams adapter) posts its replies here exactly as it would to Teams, and they are streamed to the page
 * that owns the conversation as server-sent events. Only conversations this server opened are accepted.
 */
import { randomUUID } from "node:crypto";
import express, { type Router } from "express";
import type { Logger } from "../logger.js";
import { requireJson, requireLoopbackHost } from "./guard-local-request.js";

/** Most conversations kept at once; the oldest is dropped first (each page load opens one). */
const MAX_CONVERSATIONS = 200;
const KEEP_ALIVE_MS = 15_000;
const BODY_LIMIT = "256kb";

export const CONNECTOR_PATH = "/local-chat/connector/";

interface Conversation {
  readonly listeners: Set<(event: string, data: unknown) => void>;
}

export interface LocalConnector {
  readonly router: Router;
  /** Opens a conversation for a page and returns its id. */
  readonly open: () => string;
  /** Ends every event stream (shutdown). */
  readonly close: () => void;
}

export function createLocalConnector(logger: Logger): LocalConnector {
  const conversations = new Map<string, Conversation>();
  const streams = new Set<express.Response>();
  const router = express.Router();
  router.use(requireLoopbackHost);

  const deliver = (request: express.Request, response: express.Response) => {
    const conversation = conversations.get(String(request.params.conversationId));
    if (!conversation) {
      response.status(404).json({ error: "unknown conversation" });
      return;
    }
    const activity = request.body as Record<string, unknown>;
    const id = typeof activity.id === "string" && request.method === "PUT" ? activity.id : randomUUID();
    for (const listener of conversation.listeners) listener("activity", { ...activity, id });
    response.status(200).json({ id });
  };
  const json = express.json({ limit: BODY_LIMIT });
  router.post(`${CONNECTOR_PATH}v3/conversations/:conversationId/activities`, requireJson, json, deliver);
  router.post(
    `${CONNECTOR_PATH}v3/conversations/:conversationId/activities/:activityId`,
    requireJson,
    json,
    deliver,
  );
  router.put(
    `${CONNECTOR_PATH}v3/conversations/:conversationId/activities/:activityId`,
    requireJson,
    json,
    deliver,
  );

  router.get("/local-chat/events", (request, response) => {
    const conversation = conversations.get(String(request.query.conversation ?? ""));
    if (!conversation) {
      response.status(404).json({ error: "unknown conversation" });
      return;
    }
    response.writeHead(200, {
      "content-type": "text/event-stream",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    response.write(": connected\n\n");
    const send = (event: string, data: unknown) =>
      response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const ping = setInterval(() => response.write(": ping\n\n"), KEEP_ALIVE_MS);
    conversation.listeners.add(send);
    streams.add(response);
    request.on("close", () => {
      clearInterval(ping);
      conversation.listeners.delete(send);
      streams.delete(response);
    });
  });

  return {
    router,
    open() {
      const id = `local-${randomUUID()}`;
      conversations.set(id, { listeners: new Set() });
      if (conversations.size > MAX_CONVERSATIONS) {
        const oldest = conversations.keys().next().value;
        if (oldest !== undefined) conversations.delete(oldest);
      }
      logger.debug({ conversation: id }, "local chat: conversation opened");
      return id;
    },
    close() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}

/**
 * The local web chat that `npm start` serves with no Slack or Teams credentials on a loopback bind: the page at
 * `/`, its assets (the adaptivecards library's own browser build and CSS, served from node_modules; the page
 * script built into dist by `npm run build`), the local connector, and a Block Kit preview of the same replies.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import express from "express";
import type { Action, Reply, Responder } from "../core/index.js";
import type { Logger } from "../logger.js";
import type { Surface } from "../server/surface.js";
import { CONNECTOR_PATH, createLocalConnector } from "./create-local-connector.js";
import { requireJson, requireLoopbackHost } from "./guard-local-request.js";

const require = createRequire(import.meta.url);
const STATIC_DIR = fileURLToPath(new URL("../../src/local-chat/static/", import.meta.url));
/** Written by `npm run build` (scripts/build-browser.mjs). */
export const PAGE_SCRIPT = fileURLToPath(new URL("../../dist/local-chat/chat-page.js", import.meta.url));

export interface LocalChatOptions {
  readonly responder: Responder;
  readonly logger: Logger;
  /** Slack Block Kit of a reply, for the page's "show Slack JSON" toggle. */
  readonly renderSlack: (reply: Reply) => unknown;
  /** Decodes a card's action data into a core Action (null when it is not one). */
  readonly decodeAction: (data: unknown) => Action | null;
}

export function createLocalChatSurface(options: LocalChatOptions): Surface {
  const { responder, logger } = options;
  const connector = createLocalConnector(logger);
  return {
    name: "local-chat",
    mount(app) {
      const router = express.Router();
      router.use(requireLoopbackHost);
      const file =
        (path: string, type: string) => (_request: express.Request, response: express.Response) => {
          if (!existsSync(path)) {
            response
              .status(503)
              .type("text/plain")
              .send("The local chat is not built yet: run npm run build.");
            return;
          }
          response.type(type).sendFile(path, { headers: { "cache-control": "no-cache" } });
        };
      router.get("/", file(`${STATIC_DIR}index.html`, "html"));
      router.get("/local-chat/chat.css", file(`${STATIC_DIR}chat.css`, "css"));
      router.get("/local-chat/app.js", file(PAGE_SCRIPT, "js"));
      router.get(
        "/local-chat/vendor/adaptivecards.js",
        file(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "js"),
      );
      router.get(
        "/local-chat/vendor/adaptivecards.css",
        file(require.resolve("adaptivecards/dist/adaptivecards.css"), "css"),
      );
      const json = express.json({ limit: "16kb" });
      router.post("/local-chat/conversations", requireJson, json, (request, response) => {
        const origin = `http://${request.headers.host}`;
        response.json({
          conversationId: connector.open(),
          serviceUrl: `${origin}${CONNECTOR_PATH}`,
          userId: "local-user",
          botId: "whoowns-local",
        });
      });
      router.post("/local-chat/block-kit", requireJson, json, (request, response) => {
        const body = (request.body ?? {}) as { question?: unknown; action?: unknown };
        const reply =
          typeof body.question === "string"
            ? responder.respond(body.question)
            : responder.respondToAction(options.decodeAction(body.action));
        response.json(options.renderSlack(reply));
      });
      app.use(router);
      app.use(connector.router);
      logger.info("local chat: page at / and connector mounted (loopback only)");
    },
    async stop() {
      connector.close();
    },
  };
}

/**
 * The one HTTP server the project owns (design.md section 5): an Express 5 app with request ids and a line per
 * request, liveness and readiness, the surfaces' routes, and a graceful close that lets in-flight requests finish.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Express } from "express";
import type { Logger } from "../logger.js";
import type { Surface } from "./surface.js";
import { trackRequests } from "./track-requests.js";

export interface RunningServer {
  readonly app: Express;
  readonly server: Server;
  /** e.g. http://127.0.0.1:3978 */
  readonly url: string;
  readonly port: number;
  /** Stops accepting, waits for in-flight requests (at most `graceMs`), then stops the surfaces. */
  readonly close: (graceMs?: number) => Promise<void>;
}

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly logger: Logger;
  readonly surfaces: readonly Surface[];
}

export async function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  const { logger, surfaces } = options;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", false);
  app.use(trackRequests(logger));
  let ready = false;
  app.get("/healthz", (_request, response) => {
    response.json({ status: "ok" });
  });
  app.get("/readyz", (_request, response) => {
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "starting" });
  });
  for (const surface of surfaces) surface.mount?.(app);
  // Unknown routes and errors answer in JSON and never leak a stack trace.
  app.use((_request, response) => {
    response.status(404).json({ error: "not found" });
  });
  app.use(
    (error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
      const status = statusOf(error);
      if (status >= 500) logger.error({ err: error }, "request failed");
      if (!response.headersSent)
        response.status(status).json({ error: status >= 500 ? "internal error" : "bad request" });
    },
  );

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = options.host === "0.0.0.0" ? "127.0.0.1" : options.host;
  for (const surface of surfaces) await surface.start?.();
  ready = true;

  let closing: Promise<void> | undefined;
  const close = (graceMs = 10_000) => {
    closing ??= (async () => {
      ready = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      // A connection still serving a request turns idle when that request ends: close it then, rather than
      // wait for the client's keep-alive to lapse (a load balancer may hold it open for minutes).
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(timer);
      for (const surface of surfaces) await surface.stop?.();
    })();
    return closing;
  };
  return {
    app,
    server,
    url: `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${port}`,
    port,
    close,
  };
}

function statusOf(error: unknown): number {
  if (error && typeof error === "object") {
    const status =
      (error as { status?: unknown; statusCode?: unknown }).status ??
      (error as { statusCode?: unknown }).statusCode;
    if (typeof status === "number" && status >= 400 && status < 600) return status;
  }
  return 500;
}

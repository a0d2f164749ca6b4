/**
 * Request guards for the unauthenticated local endpoints: only loopback Host headers (a page on another site whose
 * DNS name was rebound to 127.0.0.1 still sends its own name and is refused), and JSON bodies only.
 */
import type { RequestHandler } from "express";
import { isLoopbackHost } from "../server/is-loopback-host.js";

/** The hostname of a Host header value ("127.0.0.1:3978" -> "127.0.0.1", "[::1]:80" -> "::1"). */
export function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const match = /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(host.trim());
  return match?.[1]?.replace(/^\[|\]$/g, "");
}

export const requireLoopbackHost: RequestHandler = (request, response, next) => {
  const hostname = hostnameOf(request.headers.host);
  if (!hostname || !isLoopbackHost(hostname)) {
    response.status(403).json({ error: "the local chat only answers on 127.0.0.1 or localhost" });
    return;
  }
  next();
};

export const requireJson: RequestHandler = (request, response, next) => {
  if (!request.is("application/json")) {
    response.status(415).json({ error: "send application/json" });
    return;
  }
  next();
};

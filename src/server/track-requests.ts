/**
 * Per-request bookkeeping on the one server: every request gets a fresh id, sent back in the `x-request-id`
 * header and carried by every log line written while the request is handled (whichever surface or SDK writes
 * it), and one structured line when it ends (method, path without the query, status, duration; never headers
 * or bodies). A request body nobody read is drained once the response is out: Bolt answers an oversized body
 * with 413 without reading it, which would otherwise leave that keep-alive connection hanging.
 */
import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { type Logger, runWithRequestId } from "../logger.js";

export const REQUEST_ID_HEADER = "x-request-id";

/** Probes poll these every few seconds: their lines go to debug so they do not drown the rest. */
const PROBE_PATHS = new Set(["/healthz", "/readyz"]);

export function trackRequests(logger: Logger): RequestHandler {
  return (request, response, next) => {
    const requestId = randomUUID();
    const started = process.hrtime.bigint();
    response.setHeader(REQUEST_ID_HEADER, requestId);
    response.once("close", () => {
      if (!request.complete) request.resume();
      const fields = {
        method: request.method,
        path: request.path,
        status: response.writableFinished ? response.statusCode : "aborted",
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      };
      runWithRequestId(requestId, () => {
        if (PROBE_PATHS.has(request.path)) logger.debug(fields, "request completed");
        else logger.info(fields, "request completed");
      });
    });
    runWithRequestId(requestId, next);
  };
}

/**
 * The HTTP edge of POST /api/messages. Bodies are parsed by `express.json` on this route only (oversized -> 413,
 * malformed JSON or another content type -> 400), checked to be a Bot Framework activity (400 otherwise), then
 * authenticated and run by CloudAdapter. Authentication failures answer 401 and an unreachable OpenID metadata
 * service 503: never 500, and never a stack trace or a token in the response or the logs.
 */
import { type Activity, CloudAdapter, type InvokeResponse, type TurnContext } from "botbuilder";
import type { ErrorRequestHandler, RequestHandler } from "express";
import { z } from "zod";
import type { Logger } from "../../logger.js";
import { isLoopbackHost } from "../../server/is-loopback-host.js";

/** CloudAdapter with the authenticate-and-run step public, so this edge can choose the status codes itself. */
export class WhoownsCloudAdapter extends CloudAdapter {
  runActivity(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

const id = z.string().min(1).max(1024);
const account = z.looseObject({ id });

/** What every activity needs for the bot to read it and answer it; other fields pass through untouched. */
const ActivityShape = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  name: z.string().max(128).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z
    .string()
    .max(2048)
    .regex(/^https?:\/\/[^\s]+$/),
  conversation: z.looseObject({ id }),
  from: account,
  recipient: account,
  text: z.string().optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(64) }))
    .max(100)
    .optional(),
  membersAdded: z.array(account).max(1000).optional(),
});

function isLocalRequest(host: string | undefined, serviceUrl: string): boolean {
  const hostname = host
    ? /^(\[[^\]]+\]|[^:]+)(?::\d{1,5})?$/.exec(host.trim())?.[1]?.replace(/^\[|\]$/g, "")
    : undefined;
  let serviceHost: string | undefined;
  try {
    serviceHost = new URL(serviceUrl).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return false;
  }
  return hostname !== undefined && isLoopbackHost(hostname) && isLoopbackHost(serviceHost);
}

/** jsonwebtoken's errors for a token that is malformed, badly signed, expired or not yet valid. */
const TOKEN_ERRORS = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

export interface MessagesHandlerOptions {
  readonly adapter: WhoownsCloudAdapter;
  readonly logic: (context: TurnContext) => Promise<void>;
  readonly logger: Logger;
  /** False in unauthenticated local mode: an Authorization header is then ignored rather than checked online. */
  readonly authenticated: boolean;
}

export function createMessagesHandler(options: MessagesHandlerOptions): RequestHandler {
  const { adapter, logic, logger } = options;
  return async (request, response) => {
    if (!request.is("application/json") || request.body === undefined) {
      response.status(400).json({ error: "expected a Bot Framework activity as application/json" });
      return;
    }
    const parsed = ActivityShape.safeParse(request.body);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join(".") || "body";
      response.status(400).json({ error: `not a Bot Framework activity (${where})` });
      return;
    }
    if (!options.authenticated && !isLocalRequest(request.headers.host, parsed.data.serviceUrl)) {
      // Unauthenticated mode exists for loopback use only: no rebound DNS name, and no replies sent off the machine.
      response
        .status(403)
        .json({ error: "unauthenticated local mode accepts loopback hosts and service URLs only" });
      return;
    }
    const authHeader = options.authenticated ? (request.headers.authorization ?? "") : "";
    try {
      const result = await adapter.runActivity(authHeader, parsed.data as unknown as Activity, logic);
      if (result?.body === undefined) response.status(result?.status ?? 200).end();
      else response.status(result.status).json(result.body);
    } catch (error) {
      const status = statusForFailure(error);
      const activity = { type: parsed.data.type, channelId: parsed.data.channelId };
      if (status === 401)
        logger.warn({ activity, reason: errorMessage(error) }, "teams: request not authenticated");
      else logger.error({ err: error, activity }, "teams: cannot authenticate or process the request now");
      if (!response.headersSent) {
        response.status(status).json({ error: status === 401 ? "unauthorized" : "temporarily unavailable" });
      }
    }
  };
}

/** Express body-parser errors on this route: 413 for too big, 400 for anything else unreadable. */
export const handleBodyError: ErrorRequestHandler = (error, _request, response, next) => {
  if (response.headersSent) {
    next(error);
    return;
  }
  const status = (error as { status?: unknown }).status === 413 ? 413 : 400;
  response.status(status).json({ error: status === 413 ? "activity too large" : "malformed JSON" });
};

/**
 * 401 for anything that says the caller is not who it claims (botframework's AuthenticationError with a 4xx
 * status, jsonwebtoken's errors); 503 for the rest, which is the metadata or key service failing or being out
 * of reach (botframework reports those as AuthenticationError 500 or a fetch error).
 */
export function statusForFailure(error: unknown): 401 | 503 {
  if (error !== null && typeof error === "object") {
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === "number") return status >= 500 ? 503 : 401;
    if (TOKEN_ERRORS.has((error as { name?: unknown }).name as string)) return 401;
  }
  return 503;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

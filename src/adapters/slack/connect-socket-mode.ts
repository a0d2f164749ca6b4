/**
 * Starts Socket Mode without ever failing the process: the first connection is awaited, and when it fails the
 * surface keeps retrying in the background with growing pauses (the HTTP server and /healthz stay up). A
 * rejected app token is not retried: it needs a person, so it is logged with what to do. Once connected, the
 * Socket Mode client reconnects by itself.
 */
import type { Logger } from "../../logger.js";
import { toSlackSendError } from "./slack-send-error.js";

export interface SocketConnection {
  readonly start: () => Promise<void>;
  readonly stop: () => Promise<void>;
}

/** Codes of apps.connections.open that retrying cannot fix. */
const FATAL_CODES = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "account_inactive",
  "not_allowed_token_type",
]);

export function connectSocketMode(options: {
  readonly start: () => Promise<unknown>;
  readonly stop: () => Promise<unknown>;
  readonly logger: Logger;
  readonly retryDelaysMs?: readonly number[];
}): SocketConnection {
  const delays = options.retryDelaysMs ?? [5_000, 15_000, 30_000, 60_000, 120_000, 300_000];
  let stopped = false;
  let connected = false;
  let timer: NodeJS.Timeout | undefined;
  const attempt = async (failures: number): Promise<void> => {
    try {
      await options.start();
      connected = true;
      options.logger.info("Socket Mode connected");
    } catch (error) {
      const code = toSlackSendError(error).platformCode;
      if (FATAL_CODES.has(code)) {
        options.logger.error(
          { code },
          "Slack refused the app-level token (SLACK_APP_TOKEN): create one with connections:write under Basic Information > App-Level Tokens, then restart",
        );
        return;
      }
      const wait = delays[Math.min(failures, delays.length - 1)] ?? 60_000;
      options.logger.warn({ code, retryInMs: wait }, "Socket Mode could not connect; retrying");
      if (stopped) return;
      timer = setTimeout(() => void attempt(failures + 1), wait);
      timer.unref();
    }
  };
  return {
    start: () => attempt(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (!connected) return;
      await options
        .stop()
        .catch((error: unknown) => options.logger.warn({ err: error }, "Socket Mode did not close cleanly"));
    },
  };
}

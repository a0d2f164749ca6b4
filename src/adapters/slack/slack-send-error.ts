/**
 * How outbound Slack calls fail, in one shape: a WhoownsError with Slack's own error code (`invalid_blocks`,
 * `expired_url`, `http_503`, `ratelimited`, ...) and whether trying again could help. Errors from the Web API
 * client and from response_url posts are both read into it.
 */
import { WhoownsError } from "../../errors.js";
import type { RetryDecision } from "../shared/retry-with-backoff.js";

export class SlackSendError extends WhoownsError {
  /** Slack's error string, or `http_<status>` / `request_failed` when Slack gave none. */
  readonly platformCode: string;
  readonly retry: RetryDecision;

  constructor(message: string, platformCode: string, retry: RetryDecision, options?: { cause?: unknown }) {
    super(message, "PLATFORM_FAILED", options);
    this.name = "SlackSendError";
    this.platformCode = platformCode;
    this.retry = retry;
  }
}

/** Platform errors worth another try (Slack's side had a moment). */
const TRANSIENT_CODES = new Set([
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
  "ratelimited",
]);

/** Codes that mean our bot token no longer works: stop posting until someone reinstalls. */
export const REVOKED_CODES: ReadonlySet<string> = new Set([
  "token_revoked",
  "invalid_auth",
  "account_inactive",
  "not_authed",
  "token_expired",
  "app_uninstalled",
]);

/** Reads anything a Slack call threw into a SlackSendError. */
export function toSlackSendError(error: unknown): SlackSendError {
  if (error instanceof SlackSendError) return error;
  const coded = (error ?? {}) as {
    code?: unknown;
    data?: { error?: unknown };
    statusCode?: unknown;
    retryAfter?: unknown;
    message?: unknown;
  };
  const message = typeof coded.message === "string" ? coded.message : String(error);
  switch (coded.code) {
    case "slack_webapi_rate_limited_error": {
      const seconds = typeof coded.retryAfter === "number" ? coded.retryAfter : 1;
      return new SlackSendError(
        message,
        "ratelimited",
        { retry: true, afterMs: seconds * 1000 },
        { cause: error },
      );
    }
    case "slack_webapi_http_error": {
      const status = typeof coded.statusCode === "number" ? coded.statusCode : 0;
      return new SlackSendError(message, `http_${status}`, { retry: status >= 500 }, { cause: error });
    }
    case "slack_webapi_request_error":
      return new SlackSendError(message, "request_failed", { retry: true }, { cause: error });
    case "slack_webapi_platform_error": {
      const platformCode = typeof coded.data?.error === "string" ? coded.data.error : "unknown_error";
      return new SlackSendError(
        message,
        platformCode,
        { retry: TRANSIENT_CODES.has(platformCode) },
        { cause: error },
      );
    }
    default:
      return new SlackSendError(message, "unknown_error", { retry: false }, { cause: error });
  }
}

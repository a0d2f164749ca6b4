/**
 * POSTs a message to an interaction's response_url (Bolt's `respond`, with our error handling): JSON in, and
 * Slack's answer read into a SlackSendError when it is not a success, so the caller can retry 429 and 5xx,
 * give up on an expired URL, or fall back when Slack rejects the blocks.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 */
import { parseRetryAfter } from "../shared/retry-with-backoff.js";
import type { SlackBlock } from "./block-kit.js";
import { SlackSendError } from "./slack-send-error.js";

export interface ResponseUrlMessage {
  readonly text?: string;
  readonly blocks?: readonly SlackBlock[];
  readonly response_type?: "ephemeral" | "in_channel";
  readonly replace_original?: boolean;
  readonly delete_original?: boolean;
  readonly thread_ts?: string;
}

/** How long one response_url POST may take before it counts as failed (and may be retried). */
const TIMEOUT_MS = 5_000;

export async function postToResponseUrl(
  url: string,
  message: ResponseUrlMessage,
  fetchFn: typeof fetch = fetch,
): Promise<void> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(message),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new SlackSendError(
      "response_url request failed",
      "request_failed",
      { retry: true },
      { cause: error },
    );
  }
  const body = await response.text().catch(() => "");
  if (response.status === 429) {
    const afterMs = parseRetryAfter(response.headers.get("retry-after")) ?? 1000;
    throw new SlackSendError("response_url rate limited", "ratelimited", { retry: true, afterMs });
  }
  if (response.status >= 500)
    throw new SlackSendError(`response_url answered ${response.status}`, `http_${response.status}`, {
      retry: true,
    });
  const code = errorCode(body);
  if (response.status === 404 || response.status === 410)
    throw new SlackSendError("response_url has expired", code ?? "expired_url", { retry: false });
  if (response.status >= 400 || code)
    throw new SlackSendError(
      `response_url refused the message (${code ?? response.status})`,
      code ?? `http_${response.status}`,
      {
        retry: false,
      },
    );
}

/** Slack's error string from a response_url answer: JSON `{ ok: false, error }` or a bare word. */
function errorCode(body: string): string | undefined {
  const trimmed = body.trim();
  if (trimmed.startsWith("{")) {
    try {
      const parsed = JSON.parse(trimmed) as { ok?: unknown; error?: unknown };
      if (parsed.ok === false) return typeof parsed.error === "string" ? parsed.error : "unknown_error";
      return undefined;
    } catch {
      return undefined;
    }
  }
  return trimmed === "" || trimmed === "ok"
    ? undefined
    : /^[a-z_]{2,64}$/.test(trimmed)
      ? trimmed
      : undefined;
}

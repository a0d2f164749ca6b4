/**
 * Outbound calls to the Bot Framework connector with the project's retry policy: 429, 412, 502 and 504 are
 * retried with jittered backoff (honouring Retry-After), anything else fails at once. The SDK's own retry policy
 * (Azure core's exponential retry, seconds apart and blind to 412) is taken out of each turn's connector client
 * so a call is never retried twice over.
 */
import type { Activity, ResourceResponse, TurnContext } from "botbuilder";
import {
  parseRetryAfter,
  type RetryDecision,
  type RetryPolicy,
  retryWithBackoff,
  USER_FACING_RETRY,
} from "../shared/retry-with-backoff.js";

/** Status codes the connector may answer that are worth another try. */
export const RETRYABLE_STATUSES: readonly number[] = [429, 412, 502, 504];

/** Name of the Azure core pipeline policy that retries on its own. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

export interface SendWithRetry {
  readonly send: (context: TurnContext, activity: Partial<Activity>) => Promise<ResourceResponse | undefined>;
}

export function createSendWithRetry(
  policy: RetryPolicy = USER_FACING_RETRY,
  sleep?: (ms: number) => Promise<void>,
): SendWithRetry {
  return {
    send: (context, activity) =>
      retryWithBackoff(() => context.sendActivity(activity), classifyConnectorError, policy, sleep),
  };
}

/** HTTP status of a failed connector call (Azure core's RestError), if any. */
export function connectorStatus(error: unknown): number | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" ? status : undefined;
}

export function classifyConnectorError(error: unknown): RetryDecision {
  const status = connectorStatus(error);
  if (status === undefined || !RETRYABLE_STATUSES.includes(status)) return { retry: false };
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined } } })
    .response?.headers;
  const afterMs = parseRetryAfter(headers?.get?.("retry-after"));
  return afterMs === undefined ? { retry: true } : { retry: true, afterMs };
}

/** Removes the SDK's retry policy from the connector client the adapter created for this turn. */
export function dropSdkRetries(context: TurnContext, connectorClientKey: symbol): void {
  const connector = context.turnState.get(connectorClientKey) as
    | { client?: { pipeline?: { removePolicy?: (options: { name: string }) => unknown } } }
    | undefined;
  connector?.client?.pipeline?.removePolicy?.({ name: SDK_RETRY_POLICY });
}

/**
 * Structured logs (pino). Every string that passes through is scrubbed of the configured secrets (tokens, signing
 * secret, app password) and of anything shaped like a Slack token or a bearer token, so no code path, SDK
 * message included, can write a secret to the logs. Lines written while a request is handled carry its
 * `requestId`, whichever logger (ours, Bolt's, botbuilder's console) writes them.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

const TOKEN_SHAPES =
  /\bxox[abposr]-[A-Za-z0-9-]{6,}|\bxapp-[A-Za-z0-9-]{6,}|\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/g;
const REDACTED = "[redacted]";

/** Fields of the request being handled, followed through every await and callback it starts. */
const logContext = new AsyncLocalStorage<{ readonly requestId: string }>();

/** Runs `run` so that every log line written within it, now or later, carries `requestId`. */
export function runWithRequestId<T>(requestId: string, run: () => T): T {
  return logContext.run({ requestId }, run);
}

export interface LoggerOptions {
  readonly level: string;
  /** Exact values to remove wherever they appear. */
  readonly secrets?: readonly string[];
  /** Where to write; stdout by default (tests pass a stream to read the logs back). */
  readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 4);
  const scrub = (text: string) => {
    let clean = text.replace(TOKEN_SHAPES, REDACTED);
    for (const secret of secrets) clean = clean.split(secret).join(REDACTED);
    return clean;
  };
  const scrubValue = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return scrub(value);
    if (depth > 6 || value === null || typeof value !== "object") return value;
    if (value instanceof Error) {
      return {
        type: value.name,
        message: scrub(value.message),
        stack: value.stack ? scrub(value.stack) : undefined,
      };
    }
    if (Array.isArray(value)) return value.slice(0, 50).map((item) => scrubValue(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, depth + 1)]));
  };
  return pino(
    {
      level: options.level,
      base: undefined,
      mixin: () => logContext.getStore() ?? {},
      redact: {
        paths: [
          "*.token",
          "*.botToken",
          "*.appToken",
          "*.signingSecret",
          "*.appPassword",
          "*.password",
          "*.authorization",
          "headers.authorization",
          "*.headers.authorization",
        ],
        censor: REDACTED,
      },
      hooks: {
        logMethod(args, method) {
          // biome-ignore lint/suspicious/noExplicitAny: pino's hook receives whatever the caller logged
          method.apply(this, args.map((arg) => scrubValue(arg, 0)) as any);
        },
      },
    },
    options.destination,
  );
}

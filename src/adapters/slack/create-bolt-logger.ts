/**
 * Bolt's Logger interface over the project's pino logger, so Bolt's, the Web API client's and the Socket Mode
 * client's own messages land in our structured (and secret-scrubbed) logs instead of the console. The level is
 * the project's LOG_LEVEL: Bolt's requests to change it are recorded but do not override it.
 */
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger.js";

const PINO_TO_BOLT: Readonly<Record<string, LogLevel>> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

export function createBoltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: "slack-sdk" });
  const write =
    (level: "debug" | "info" | "warn" | "error") =>
    (...parts: unknown[]) => {
      if (!child.isLevelEnabled(level)) return;
      const error = parts.find((part): part is Error => part instanceof Error);
      const message = parts
        .filter((part) => part !== error)
        .map((part) => (typeof part === "string" ? part : safeJson(part)))
        .join(" ");
      if (error) child[level]({ err: error }, message || error.message);
      else child[level](message);
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: () => {
      // The project's LOG_LEVEL governs; Bolt sets INFO by default, which would hide our debug logs.
    },
    getLevel: () => PINO_TO_BOLT[child.level] ?? LogLevel.INFO,
    setName: (name: string) => {
      child = logger.child({ component: `slack-sdk:${name}` });
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

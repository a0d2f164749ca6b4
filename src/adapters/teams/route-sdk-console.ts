/**
 * botbuilder writes straight to `console` (token validation failures, bad requests) and offers no logger hook.
 * While a Teams surface is mounted, console calls made directly from botbuilder or botframework-* code go to the
 * project's logger instead (scrubbed like every other line); calls from anywhere else pass through untouched.
 */
import { format } from "node:util";
import type { Logger } from "../../logger.js";

type ConsoleMethod = "error" | "warn" | "info" | "log" | "debug";

const LEVELS: Readonly<Record<ConsoleMethod, "error" | "warn" | "info" | "debug">> = {
  error: "error",
  warn: "warn",
  info: "info",
  log: "info",
  debug: "debug",
};

/** A stack frame inside the Bot Framework SDK's own packages. */
const SDK_FRAME = /node_modules[\\/](?:botbuilder[\w-]*|botframework-[\w-]+)[\\/]/;

const loggers: Logger[] = [];
let originals: Partial<Record<ConsoleMethod, (...args: unknown[]) => void>> = {};

/** Starts routing; the returned function stops it (the console is restored when the last route stops). */
export function routeSdkConsole(logger: Logger): () => void {
  if (loggers.length === 0) install();
  loggers.push(logger);
  let routed = true;
  return () => {
    if (!routed) return;
    routed = false;
    loggers.splice(loggers.indexOf(logger), 1);
    if (loggers.length === 0) uninstall();
  };
}

function install(): void {
  for (const method of Object.keys(LEVELS) as ConsoleMethod[]) {
    const original = console[method].bind(console);
    originals[method] = original;
    console[method] = (...args: unknown[]) => {
      const logger = loggers.at(-1);
      if (logger && calledFromSdk()) logger[LEVELS[method]]({ source: "botbuilder" }, format(...args));
      else original(...args);
    };
  }
}

function uninstall(): void {
  for (const [method, original] of Object.entries(originals) as [
    ConsoleMethod,
    (...args: unknown[]) => void,
  ][])
    console[method] = original;
  originals = {};
}

/** Whether the code that called console directly is the SDK's (frame 0 is this check, 1 the wrapper). */
function calledFromSdk(): boolean {
  const frames = new Error().stack?.split("\n").slice(1) ?? [];
  return SDK_FRAME.test(frames[2] ?? "");
}

/**
 * The one error family of whoowns. Every error has a stable `code` that logs and tests rely on; adapters catch
 * at the edge, log the code and answer the user with a friendly message instead of the raw error.
 */

export type ErrorCode =
  | "CONFIG_INVALID"
  | "KNOWLEDGE_INVALID"
  | "USAGE"
  | "PAYLOAD_INVALID"
  | "PLATFORM_FAILED"
  | "INTERNAL";

export class WhoownsError extends Error {
  readonly code: ErrorCode;

  constructor(message: string, code: ErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WhoownsError";
    this.code = code;
  }
}

/** Bad or missing environment; the message says which variables to set and how. */
export class ConfigError extends WhoownsError {
  constructor(message: string) {
    super(message, "CONFIG_INVALID");
    this.name = "ConfigError";
  }
}

/** A knowledge directory that does not validate; `problems` are `file: path: problem` lines. */
export class KnowledgeError extends WhoownsError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `knowledge is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.join("\n")}`,
      "KNOWLEDGE_INVALID",
    );
    this.name = "KnowledgeError";
    this.problems = problems;
  }
}

/** Normalises anything thrown into a WhoownsError so handlers always see a code. */
export function toWhoownsError(error: unknown): WhoownsError {
  if (error instanceof WhoownsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new WhoownsError(message, "INTERNAL", { cause: error });
}

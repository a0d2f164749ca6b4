/**
 * Starts the real whoowns server (startWhoowns from src/app.ts) on 127.0.0.1:0 with a logger whose lines the
 * test can read, and posts JSON to it. No Microsoft credentials by default: the loopback, unauthenticated mode.
 */

import { type RunningWhoowns, startWhoowns } from "../../../../src/app.js";
import type { Config, TeamsConfig } from "../../../../src/config.js";
import type { Knowledge } from "../../../../src/core/index.js";
import { loadKnowledge } from "../../../../src/knowledge/load-knowledge.js";
import { createLogger } from "../../../../src/logger.js";

let knowledge: Promise<Knowledge> | undefined;

/** The bundled knowledge, loaded once per test file. */
export function bundledKnowledge(): Promise<Knowledge> {
  knowledge ??= loadKnowledge().then((loaded) => loaded.knowledge);
  return knowledge;
}

export interface TestBot {
  readonly running: RunningWhoowns;
  readonly url: string;
  /** Parsed log lines so far. */
  readonly logs: () => Record<string, unknown>[];
  readonly post: (
    body: unknown,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: unknown }>;
  readonly close: () => Promise<void>;
}

export async function startTestBot(
  options: {
    host?: string;
    teams?: TeamsConfig | null;
    questionsPerMinute?: number;
    secrets?: string[];
  } = {},
): Promise<TestBot> {
  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    secrets: options.secrets ?? [],
    destination: { write: (line: string) => void lines.push(line) },
  });
  const config: Config = {
    port: 0,
    host: options.host ?? "127.0.0.1",
    slack: null,
    teams: options.teams ?? null,
    logLevel: "debug",
    rateLimit: { questionsPerMinute: options.questionsPerMinute ?? 1000, sharesPerMinute: 5 },
  };
  const running = await startWhoowns({ config, knowledge: await bundledKnowledge(), logger });
  const url = `http://127.0.0.1:${running.port}`;
  return {
    running,
    url,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async post(body, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // keep the raw text
      }
      return { status: response.status, body: parsed };
    },
    close: () => running.close(1000),
  };
}

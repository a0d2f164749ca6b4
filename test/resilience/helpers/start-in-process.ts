/**
 * Starts the real server in-process (startWhoowns on 127.0.0.1:0 unless the environment says otherwise) from an
 * environment exactly as `npm start` reads it (readConfig), with the logs captured as parsed lines.
 */
import { type RunningWhoowns, startWhoowns } from "../../../src/app.js";
import { readConfig } from "../../../src/config.js";
import type { Knowledge } from "../../../src/core/index.js";
import { loadKnowledge } from "../../../src/knowledge/load-knowledge.js";
import { createLogger } from "../../../src/logger.js";

export interface InProcess {
  readonly running: RunningWhoowns;
  /** Always http://127.0.0.1:<port>, whatever the bind. */
  readonly url: string;
  readonly knowledge: Knowledge;
  readonly logs: () => Record<string, unknown>[];
  readonly stop: () => Promise<void>;
}

let knowledge: Promise<Knowledge> | undefined;

export function bundledKnowledge(): Promise<Knowledge> {
  knowledge ??= loadKnowledge().then((loaded) => loaded.knowledge);
  return knowledge;
}

export async function startInProcess(env: Record<string, string>): Promise<InProcess> {
  const lines: string[] = [];
  const config = readConfig({ HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "debug", ...env });
  const secrets = [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.MICROSOFT_APP_PASSWORD].filter(
    (secret): secret is string => typeof secret === "string",
  );
  const logger = createLogger({
    level: config.logLevel,
    secrets,
    destination: { write: (line: string) => void lines.push(line) },
  });
  const loaded = await bundledKnowledge();
  const running = await startWhoowns({ config, knowledge: loaded, logger });
  return {
    running,
    url: `http://127.0.0.1:${running.port}`,
    knowledge: loaded,
    logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () => running.close(1000),
  };
}

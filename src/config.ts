/**
 * The only reader of process.env: turns the environment into a typed, validated Config (design.md section 5).
 * Mistakes fail at start with one ConfigError that lists every problem and how to fix it.
 */
import { ConfigError } from "./errors.js";

export type SlackConfig =
  | {
      readonly mode: "socket";
      readonly botToken: string;
      readonly appToken: string;
      readonly apiUrl?: string;
    }
  | {
      readonly mode: "http";
      readonly botToken: string;
      readonly signingSecret: string;
      readonly apiUrl?: string;
    };

export type MicrosoftAppType = "SingleTenant" | "MultiTenant" | "UserAssignedMSI";

export interface TeamsConfig {
  readonly appId: string;
  readonly appPassword?: string;
  readonly appType: MicrosoftAppType;
  readonly tenantId?: string;
  /** Bot Framework OpenID metadata URL override (tests point it at loopback). */
  readonly openIdMetadataUrl?: string;
}

export interface RateLimitConfig {
  /** Questions (messages, commands, button clicks) per user per minute. */
  readonly questionsPerMinute: number;
  /** "Share with channel" per user per minute. */
  readonly sharesPerMinute: number;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly slack: SlackConfig | null;
  readonly teams: TeamsConfig | null;
  readonly knowledgeDir?: string;
  readonly logLevel: string;
  readonly rateLimit: RateLimitConfig;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
const APP_TYPES: readonly MicrosoftAppType[] = ["SingleTenant", "MultiTenant", "UserAssignedMSI"];

/** KNOWLEDGE_DIR for tools that need nothing else from the environment (the CLI). */
export function readKnowledgeDir(env: NodeJS.ProcessEnv): string | undefined {
  return value(env, "KNOWLEDGE_DIR");
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const slack = readSlack(env, problems);
  const teams = readTeams(env, problems);
  const port = readInteger(env, "PORT", 3978, 0, 65_535, problems);
  const host = value(env, "HOST") ?? (slack || teams ? "0.0.0.0" : "127.0.0.1");
  const logLevel = value(env, "LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${logLevel}")`);
  const rateLimit = {
    questionsPerMinute: readInteger(env, "RATE_LIMIT_QUESTIONS_PER_MINUTE", 30, 1, 100_000, problems),
    sharesPerMinute: readInteger(env, "RATE_LIMIT_SHARES_PER_MINUTE", 5, 1, 100_000, problems),
  };
  if (problems.length > 0) {
    throw new ConfigError(
      `configuration problems:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
    );
  }
  const knowledgeDir = readKnowledgeDir(env);
  return { port, host, slack, teams, ...(knowledgeDir ? { knowledgeDir } : {}), logLevel, rateLimit };
}

function readSlack(env: NodeJS.ProcessEnv, problems: string[]): SlackConfig | null {
  const botToken = value(env, "SLACK_BOT_TOKEN");
  const appToken = value(env, "SLACK_APP_TOKEN");
  const signingSecret = value(env, "SLACK_SIGNING_SECRET");
  const apiUrl = value(env, "SLACK_API_URL");
  if (!botToken && !appToken && !signingSecret) return null;
  if (!botToken) {
    problems.push(
      "SLACK_BOT_TOKEN is missing: set it to the app's bot token (xoxb-...) from OAuth & Permissions",
    );
    return null;
  }
  if (!botToken.startsWith("xoxb-")) problems.push("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
  if (appToken && !appToken.startsWith("xapp-"))
    problems.push("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
  if (apiUrl && !isHttpUrl(apiUrl))
    problems.push("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/");
  const api = apiUrl ? { apiUrl: apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/` } : {};
  if (appToken) return { mode: "socket", botToken, appToken, ...api };
  if (signingSecret) return { mode: "http", botToken, signingSecret, ...api };
  problems.push(
    "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is: set one",
  );
  return null;
}

function readTeams(env: NodeJS.ProcessEnv, problems: string[]): TeamsConfig | null {
  const appId = value(env, "MICROSOFT_APP_ID");
  const appPassword = value(env, "MICROSOFT_APP_PASSWORD");
  const tenantId = value(env, "MICROSOFT_APP_TENANT_ID");
  const rawType = value(env, "MICROSOFT_APP_TYPE") ?? "SingleTenant";
  const openIdMetadataUrl = value(env, "MICROSOFT_OPENID_METADATA_URL");
  if (!appId && !appPassword && !tenantId) return null;
  if (!appId) {
    problems.push(
      "MICROSOFT_APP_ID is missing: set it to the bot's Microsoft App ID from its Azure Bot resource",
    );
    return null;
  }
  const appType = APP_TYPES.find((type) => type.toLowerCase() === rawType.toLowerCase());
  if (!appType) {
    problems.push(`MICROSOFT_APP_TYPE must be one of ${APP_TYPES.join(", ")} (got "${rawType}")`);
    return null;
  }
  if (appType !== "UserAssignedMSI" && !appPassword) {
    problems.push(
      "MICROSOFT_APP_PASSWORD is missing: set it to a client secret of the bot's app registration",
    );
  }
  if (appType !== "MultiTenant" && !tenantId) {
    problems.push(
      `MICROSOFT_APP_TENANT_ID is missing: a ${appType} bot needs the tenant id of its app registration`,
    );
  }
  if (openIdMetadataUrl && !isHttpUrl(openIdMetadataUrl))
    problems.push("MICROSOFT_OPENID_METADATA_URL must be an http(s) URL");
  return {
    appId,
    appType,
    ...(appPassword ? { appPassword } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(openIdMetadataUrl ? { openIdMetadataUrl } : {}),
  };
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function readInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
  problems: string[],
): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return parsed;
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export { ConfigError };

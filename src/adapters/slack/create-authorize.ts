/**
 * Bolt's `authorize` for the one workspace of v1 (design.md section 5): the bot token from the environment plus
 * the bot's ids from `auth.test`, looked up once and cached. It is a function rather than Bolt's `token`
 * option so multi-workspace installs can replace it later, and so a failing `auth.test` at start never becomes
 * an unhandled rejection: a failed lookup is retried on the next event, and a revoked token stops the surface.
 */
import type { Authorize, AuthorizeResult } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { WhoownsError } from "../../errors.js";
import type { CardDelivery } from "./deliver-card.js";
import type { InstallState } from "./install-state.js";

export interface AuthorizeOptions {
  readonly botToken: string;
  /** A client without a token; the bot token is passed per call. */
  readonly client: WebClient;
  readonly install: InstallState;
  readonly delivery: Pick<CardDelivery, "call">;
}

export interface WorkspaceAuthorize {
  /** For Bolt's `authorize` option. */
  readonly authorize: Authorize<boolean>;
  /** The bot's identity, looked up (or taken from the cache) now. */
  readonly identify: () => Promise<AuthorizeResult>;
}

export function createAuthorize(options: AuthorizeOptions): WorkspaceAuthorize {
  const { botToken, client, install, delivery } = options;
  let identity: Promise<AuthorizeResult> | undefined;
  const lookUp = async (): Promise<AuthorizeResult> => {
    const result = await delivery.call(() => client.auth.test({ token: botToken }));
    return {
      botToken,
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.user_id ? { botUserId: result.user_id } : {}),
      ...(result.team_id ? { teamId: result.team_id } : {}),
    };
  };
  const identify = async (): Promise<AuthorizeResult> => {
    if (!install.active())
      throw new WhoownsError("Slack access was revoked; not handling events", "PLATFORM_FAILED");
    identity ??= lookUp().catch((error: unknown) => {
      identity = undefined;
      throw error;
    });
    // Bolt writes into the result it gets (userId, teamId): every event gets its own copy.
    return { ...(await identity) };
  };
  return { authorize: () => identify(), identify };
}

/**
 * Whether this workspace still lets us post. `app_uninstalled`, `tokens_revoked` or a Web API answer such as
 * `token_revoked` turn it off for good (until a restart with a new token): listeners then stay quiet instead of
 * failing call after call, and the process keeps running, so a supervisor never sees a crash loop.
 */
import type { Logger } from "../../logger.js";

export interface InstallState {
  readonly active: () => boolean;
  /** Records why access ended; logs once. */
  readonly revoke: (reason: string) => void;
}

export function createInstallState(logger: Logger): InstallState {
  let revokedBecause: string | null = null;
  return {
    active: () => revokedBecause === null,
    revoke(reason) {
      if (revokedBecause !== null) return;
      revokedBecause = reason;
      logger.error(
        { reason },
        "Slack access ended (app uninstalled or token revoked): no longer posting to Slack. Reinstall the app and restart with the new SLACK_BOT_TOKEN.",
      );
    },
  };
}

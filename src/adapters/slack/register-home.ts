/**
 * The Home tab is published whenever someone opens it, with their own recent topics. Other tabs (Messages)
 * need nothing from us.
 */
import type { App } from "@slack/bolt";
import { renderHome } from "./render-home.js";
import type { SlackContext } from "./slack-context.js";
import { toSlackSendError } from "./slack-send-error.js";

export function registerHome(app: App, context: SlackContext): void {
  app.event("app_home_opened", async ({ event, client }) => {
    if (!context.install.active() || event.tab !== "home") return;
    try {
      const view = renderHome(context.responder, context.labels, context.recents.list(event.user));
      await context.delivery.call(() => client.views.publish({ user_id: event.user, view: view as never }));
    } catch (error) {
      context.logger.error({ code: toSlackSendError(error).platformCode }, "publishing the Home tab failed");
    }
  });
}

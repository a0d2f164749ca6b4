/**
 * Bot Framework activities as Teams sends them, for tests: messages in personal chat, group chat and channels
 * (with the bot's `<at>` mention entity), card invokes, messaging-extension queries and install events.
 */
export const BOT = { id: "28:bot-id", name: "whoowns" } as const;
export const USER = { id: "29:user-1", name: "Ada", aadObjectId: "aad-user-1" } as const;
export const TENANT = "tenant-1";

let counter = 0;

export type ConversationType = "personal" | "groupChat" | "channel";

export interface ActivityOptions {
  readonly serviceUrl: string;
  readonly conversationType?: ConversationType;
  readonly conversationId?: string;
  readonly from?: { id: string; name?: string; aadObjectId?: string };
  readonly id?: string;
}

function base(type: string, options: ActivityOptions) {
  const conversationType = options.conversationType ?? "personal";
  const conversationId =
    options.conversationId ?? (conversationType === "channel" ? "19:channel@thread.tacv2" : "a:personal-1");
  return {
    type,
    id: options.id ?? `activity-${++counter}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: options.serviceUrl,
    from: options.from ?? USER,
    recipient: BOT,
    conversation: { id: conversationId, conversationType, tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: "en-US",
  };
}

/** A message; `mention: true` adds the bot's mention the way Teams does (text and entity). */
export function messageActivity(text: string, options: ActivityOptions & { readonly mention?: boolean }) {
  const mentionText = `<at>${BOT.name}</at>`;
  return {
    ...base("message", options),
    text: options.mention ? `${mentionText} ${text}` : text,
    textFormat: "plain",
    entities: options.mention ? [{ type: "mention", text: mentionText, mentioned: BOT }] : [],
  };
}

/** An Action.Submit click: a message with `value` and no text. */
export function submitActivity(value: unknown, options: ActivityOptions) {
  return { ...base("message", options), value, replyToId: "card-message-1" };
}

export function cardInvokeActivity(verb: unknown, data: unknown, options: ActivityOptions) {
  return {
    ...base("invoke", options),
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", id: "button", verb, data }, trigger: "manual" },
  };
}

export function searchActivity(
  parameters: { name: string; value: unknown }[],
  options: ActivityOptions,
  commandId = "searchTopics",
) {
  return {
    ...base("invoke", options),
    name: "composeExtension/query",
    value: { commandId, parameters, queryOptions: { skip: 0, count: 25 } },
  };
}

export function membersAddedActivity(members: { id: string; name?: string }[], options: ActivityOptions) {
  return { ...base("conversationUpdate", options), membersAdded: members };
}

export function installationActivity(action: "add" | "remove", options: ActivityOptions) {
  return { ...base("installationUpdate", options), action };
}

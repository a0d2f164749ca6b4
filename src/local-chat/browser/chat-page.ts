/**
 * The local web chat's page script (bundled for the browser by scripts/build-browser.mjs). It acts as a Bot
 * Framework channel: questions go to /api/messages as message activities, the bot's replies come back through the
 * server's local connector as server-sent events, and card buttons (Action.Execute) go back as
 * `adaptiveCard/action` invokes whose HTTP response is the updated card. Cards render with the adaptivecards
 * library's own browser build, a Teams-like host config and markdown-it.
 */
import MarkdownIt from "markdown-it";
import { TEAMS_LIKE_HOST_CONFIG } from "./host-config.js";

type AdaptiveCardsModule = typeof import("adaptivecards");
declare const AdaptiveCards: AdaptiveCardsModule;

interface Session {
  readonly conversationId: string;
  readonly serviceUrl: string;
  readonly userId: string;
  readonly botId: string;
}

interface BotActivity {
  readonly type: string;
  readonly id?: string;
  readonly text?: string;
  readonly attachments?: readonly { contentType: string; content: unknown }[];
}

/** Where a card came from, so the Slack toggle can show the same reply as Block Kit. */
type CardSource = { readonly question: string } | { readonly action: unknown };

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
const log = document.querySelector<HTMLElement>("#log");
const form = document.querySelector<HTMLFormElement>("#ask");
const input = document.querySelector<HTMLInputElement>("#question");
const slackToggle = document.querySelector<HTMLInputElement>("#show-slack");
let session: Session | undefined;
let lastSource: CardSource | undefined;
let counter = 0;

AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

async function start(): Promise<void> {
  const response = await postJson("/local-chat/conversations", {});
  session = (await response.json()) as Session;
  const events = new EventSource(
    `/local-chat/events?conversation=${encodeURIComponent(session.conversationId)}`,
  );
  events.addEventListener("activity", (event) => {
    const activity = JSON.parse((event as MessageEvent<string>).data) as BotActivity;
    if (activity.type === "message") showBotActivity(activity, lastSource);
  });
  events.onerror = () => setStatus("Connection to the bot lost; reload the page to reconnect.");
  setStatus("");
  input?.focus();
}

form?.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = input?.value.trim() ?? "";
  if (!question || !session) return;
  if (input) input.value = "";
  showUserMessage(question);
  lastSource = { question };
  void sendActivity({ type: "message", text: question }).catch(() =>
    setStatus("The bot did not take the message; try again."),
  );
});

slackToggle?.addEventListener("change", () => {
  document.body.classList.toggle("show-slack", slackToggle.checked);
});

function baseActivity(): Record<string, unknown> {
  if (!session) throw new Error("no session");
  counter += 1;
  return {
    id: `local-${Date.now()}-${counter}`,
    channelId: "msteams",
    serviceUrl: session.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: "en-US",
    from: { id: session.userId, name: "You", aadObjectId: session.userId },
    recipient: { id: session.botId, name: "whoowns" },
    conversation: { id: session.conversationId, conversationType: "personal", tenantId: "local" },
    channelData: { tenant: { id: "local" } },
  };
}

async function sendActivity(activity: Record<string, unknown>): Promise<Response> {
  const response = await postJson("/api/messages", { ...baseActivity(), ...activity });
  if (!response.ok && response.status !== 202) throw new Error(`bot answered ${response.status}`);
  return response;
}

async function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

function showUserMessage(text: string): void {
  const item = document.createElement("li");
  item.className = "message user";
  item.textContent = text;
  appendToLog(item);
}

function showBotActivity(activity: BotActivity, source: CardSource | undefined): void {
  const item = document.createElement("li");
  item.className = "message bot";
  const card = activity.attachments?.find(
    (attachment) => attachment.contentType === "application/vnd.microsoft.card.adaptive",
  );
  if (card) {
    const holder = document.createElement("div");
    holder.className = "card";
    item.append(holder);
    renderCard(holder, card.content, source);
  } else if (activity.text) {
    const text = document.createElement("div");
    text.className = "text";
    text.innerHTML = markdown.render(activity.text);
    item.append(text);
  }
  appendToLog(item);
}

function renderCard(holder: HTMLElement, json: unknown, source: CardSource | undefined): void {
  const card = new AdaptiveCards.AdaptiveCard();
  card.hostConfig = new AdaptiveCards.HostConfig(TEAMS_LIKE_HOST_CONFIG);
  card.onExecuteAction = (action) => void runAction(holder, action);
  card.parse(json);
  const rendered = card.render();
  holder.replaceChildren();
  if (rendered) holder.append(rendered);
  if (source) void showBlockKit(holder, source);
}

async function runAction(
  holder: HTMLElement,
  action: InstanceType<AdaptiveCardsModule["Action"]>,
): Promise<void> {
  if (action instanceof AdaptiveCards.OpenUrlAction) {
    if (action.url) window.open(action.url, "_blank", "noopener");
    return;
  }
  if (action instanceof AdaptiveCards.ExecuteAction) {
    const data = action.data;
    setStatus("Updating the card...");
    const response = await sendActivity({
      type: "invoke",
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb: action.verb, data }, trigger: "manual" },
    }).catch(() => undefined);
    const body = response
      ? ((await response.json().catch(() => undefined)) as { value?: unknown; type?: string } | undefined)
      : undefined;
    if (body?.type === "application/vnd.microsoft.card.adaptive" && body.value)
      renderCard(holder, body.value, { action: data });
    else setStatus("The card could not be updated; ask again.");
    setStatus("");
    return;
  }
  if (action instanceof AdaptiveCards.SubmitAction) {
    lastSource = { action: action.data };
    await sendActivity({ type: "message", value: action.data }).catch(() =>
      setStatus("The bot did not take the click."),
    );
  }
}

async function showBlockKit(holder: HTMLElement, source: CardSource): Promise<void> {
  const response = await postJson("/local-chat/block-kit", source).catch(() => undefined);
  if (!response?.ok) return;
  const pre = document.createElement("pre");
  pre.className = "block-kit";
  pre.setAttribute("aria-label", "Slack Block Kit JSON of this reply");
  pre.textContent = JSON.stringify(await response.json(), null, 2);
  holder.parentElement?.querySelector(".block-kit")?.remove();
  holder.after(pre);
}

function appendToLog(item: HTMLElement): void {
  log?.append(item);
  item.scrollIntoView({ block: "end" });
}

function setStatus(text: string): void {
  const status = document.querySelector<HTMLElement>("#status");
  if (status) status.textContent = text;
}

void start().catch(() => setStatus("Could not reach the bot. Is npm start still running?"));

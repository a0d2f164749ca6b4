/**
 * Cards that guide rather than answer: a runtime overview (what it is, who owns how much, what it cannot do),
 * "did you mean" with one button per candidate, not-found with suggestions as buttons, and help with the ways
 * to ask in Slack.
 */
import type { ClarifyReply, HelpReply, NotFoundReply, Owner, RuntimeInfoReply } from "../../core/index.js";
import { OWNER_LABELS } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  button,
  chunkLines,
  context,
  header,
  type SlackBlock,
  section,
} from "./block-kit.js";
import { actionIds } from "./card-ids.js";
import { bold, escapeMrkdwn } from "./mrkdwn.js";
import { cardActions, leadBlocks, shareButton, sourceBlocks } from "./render-card-parts.js";
import { ownerWords, type RenderOptions } from "./render-options.js";

export function renderRuntimeInfo(reply: RuntimeInfoReply, options: RenderOptions): SlackBlock[] {
  const counts = (Object.entries(reply.ownership) as [Owner, number][])
    .filter(([, count]) => count > 0)
    .map(([owner, count]) => `${ownerWords(owner)} ${count}`);
  const capabilities = reply.capabilities.map((capability) => {
    const uncertain = capability.confidence === "uncertain" ? " (uncertain)" : "";
    const verdict = capability.supported ? "✅ Yes" : "🚫 No";
    return `• ${verdict}: ${bold(capability.name)}${uncertain}. ${escapeMrkdwn(capability.note)}`;
  });
  const version = reply.knowledgeVersion;
  const runtime = reply.runtime;
  const elements: ActionElement[] = (["customer", "shared"] as const).map((owner, index) =>
    button({
      actionId: actionIds.ask(index),
      text: owner === "customer" ? "What do I own here?" : "What is shared here?",
      value: encodeAction({ kind: "list", version, runtime: runtime.id, owner }),
      label: `List what ${OWNER_LABELS[owner]} owns on ${runtime.name}`,
    }),
  );
  elements.push(...shareButton(reply, options));
  return [
    ...leadBlocks(reply, options),
    header(runtime.name),
    section(escapeMrkdwn(reply.summary)),
    section(`*Topics by owner:* ${counts.join("  ·  ")}`),
    ...(capabilities.length > 0
      ? chunkLines(["*What it can and cannot do*", ...capabilities]).map((text) => section(text))
      : []),
    ...sourceBlocks(reply.sources, options.showSources === true),
    ...cardActions(elements, options),
  ];
}

export function renderClarify(reply: ClarifyReply, options: RenderOptions): SlackBlock[] {
  const on = reply.runtime ? ` (on ${reply.runtime.name})` : "";
  const elements = reply.candidates.map((candidate, index) =>
    button({
      actionId: actionIds.ask(index),
      text: candidate.name,
      value: encodeAction({
        kind: "answer",
        version: reply.knowledgeVersion,
        topic: candidate.id,
        runtime: reply.runtime?.id ?? null,
      }),
      label: `Answer about ${candidate.name}${on}`,
    }),
  );
  return [
    ...leadBlocks(reply, options),
    section(`Did you mean one of these${escapeMrkdwn(on)}? Pick one:`),
    ...cardActions(elements, options),
  ];
}

export function renderNotFound(reply: NotFoundReply, options: RenderOptions): SlackBlock[] {
  const blocks: SlackBlock[] = [...leadBlocks(reply, options), section(escapeMrkdwn(reply.message))];
  if (reply.suggestions.length === 0) return blocks;
  const elements = reply.suggestions.map((suggestion, index) =>
    button({
      actionId: actionIds.ask(index),
      text: suggestion.name,
      value: encodeAction({
        kind: "answer",
        version: reply.knowledgeVersion,
        topic: suggestion.id,
        runtime: null,
      }),
      label: `Answer about ${suggestion.name}`,
    }),
  );
  return [...blocks, context(["Try one of these:"]), ...cardActions(elements, options)];
}

/** How to reach the bot in Slack; the examples themselves come from the core. */
const WAYS_TO_ASK = [
  "*Ways to ask*",
  "• `/whoowns <question>`: a private answer you can share with the channel",
  "• `/whoowns compare fargate mng networking`: runtimes side by side, optionally one category",
  "• Mention me in a channel: I answer in the thread",
  "• Send me a direct message",
  "• The message shortcut *Ask whoowns* (⋮ on a message): works in threads too",
];

export function renderHelp(reply: HelpReply, options: RenderOptions): SlackBlock[] {
  const examples = reply.examples.map((example) => `• ${escapeMrkdwn(example)}`);
  const elements = reply.runtimes.map((runtime, index) =>
    button({
      actionId: actionIds.ask(index),
      text: `About ${options.shortNames[runtime.id] ?? runtime.name}`,
      value: encodeAction({ kind: "runtime-info", version: reply.knowledgeVersion, runtime: runtime.id }),
      label: `What ${runtime.name} is and what it cannot do`,
    }),
  );
  return [
    ...leadBlocks(reply, options),
    header("whoowns: is that ours or AWS's?"),
    ...chunkLines([
      "Ask me who owns a piece of the AWS shared-responsibility model for containers, for example:",
      ...examples,
    ]).map((text) => section(text)),
    section(WAYS_TO_ASK.join("\n")),
    context([`Runtimes: ${reply.runtimes.map((runtime) => escapeMrkdwn(runtime.name)).join("; ")}.`]),
    ...cardActions(elements, options),
  ];
}

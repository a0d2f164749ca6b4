/**
 * The answer card: who owns a topic on the runtime asked about (or on each runtime), what AWS and you do,
 * uncertainty said plainly, not-supported and analog cells named, the capability or compliance scope the
 * question touched, sources as links, and buttons to switch runtime, compare all runtimes, show sources, open
 * related topics and share.
 */
import type { AnswerReply, CellDetail } from "../../core/index.js";
import { answerHeadline, OWNER_LABELS, OWNER_MARKERS } from "../../core/index.js";
import { encodeAction } from "../shared/action-payload.js";
import {
  type ActionElement,
  button,
  context,
  header,
  option,
  type SlackBlock,
  section,
  staticSelect,
} from "./block-kit.js";
import { ALL_OPTION, actionIds } from "./card-ids.js";
import { LAYOUT } from "./limits.js";
import { bold, escapeMrkdwn } from "./mrkdwn.js";
import { cardActions, leadBlocks, shareButton, sourceBlocks } from "./render-card-parts.js";
import { ownerWords, type RenderOptions } from "./render-options.js";

const SERVICE_NAMES = { eks: "Amazon EKS", ecs: "Amazon ECS", fargate: "AWS Fargate" } as const;

export function renderAnswer(reply: AnswerReply, options: RenderOptions): SlackBlock[] {
  const blocks: SlackBlock[] = [...leadBlocks(reply, options), header(reply.topic.name)];
  if (reply.cell) {
    const marker = OWNER_MARKERS[reply.cell.owner];
    blocks.push(section([`${marker} ${bold(answerHeadline(reply))}`, ...cellLines(reply.cell)].join("\n")));
  } else {
    blocks.push(section(`${bold(answerHeadline(reply))}\n${escapeMrkdwn(reply.topic.summary)}`));
    for (const cell of reply.cells) {
      const owner = cell.supported ? ownerWords(cell.owner) : `${ownerWords(cell.owner)} (not supported)`;
      const uncertain = cell.confidence === "uncertain" ? " (uncertain)" : "";
      blocks.push(
        section([`${bold(cell.runtime.name)}: ${owner}${uncertain}`, ...cellLines(cell)].join("\n")),
      );
    }
  }
  if (reply.capability) {
    const lines = reply.capability.runtimes.map((support) => {
      const uncertain = support.confidence === "uncertain" ? " (uncertain)" : "";
      const verdict = support.supported ? "✅ supported" : "🚫 not supported";
      return `• ${escapeMrkdwn(support.runtime.name)}: ${verdict}${uncertain}. ${escapeMrkdwn(support.note)}`;
    });
    blocks.push(section([bold(reply.capability.name), ...lines].join("\n")));
  }
  if (reply.framework) {
    const { framework } = reply;
    const lines = framework.services.map(
      (service) =>
        `• ${SERVICE_NAMES[service.service]}: ${escapeMrkdwn(service.status)}${service.note ? `. ${escapeMrkdwn(service.note)}` : ""}`,
    );
    blocks.push(section([`${bold(framework.name)}: ${escapeMrkdwn(framework.note)}`, ...lines].join("\n")));
    blocks.push(context([`_${escapeMrkdwn(framework.disclaimer)}_`]));
  }
  if (reply.runtime) {
    const others = Object.entries(reply.owners)
      .filter(([id]) => id !== reply.runtime?.id)
      .map(
        ([id, owner]) =>
          `${escapeMrkdwn(options.names[id as keyof typeof options.names] ?? id)}: ${ownerWords(owner)}`,
      );
    blocks.push(context([`Other runtimes: ${others.join("  ·  ")}`]));
  }
  blocks.push(...sourceBlocks(reply.sources, options.showSources === true));
  blocks.push(...cardActions(answerButtons(reply, options), options));
  blocks.push(...relatedBlocks(reply, options));
  return blocks;
}

/** What each side does on one runtime, in the words of the text rendering, with labels in bold. */
function cellLines(cell: CellDetail): string[] {
  const lines: string[] = [];
  if (!cell.supported) lines.push(`🚫 ${bold(`Not supported on ${cell.runtime.name}.`)}`);
  if (cell.analog)
    lines.push(`On ${escapeMrkdwn(cell.runtime.name)} the nearest equivalent is ${bold(cell.analog)}.`);
  if (cell.aws) lines.push(`*${OWNER_LABELS.aws}:* ${escapeMrkdwn(cell.aws)}`);
  if (cell.customer) lines.push(`*You:* ${escapeMrkdwn(cell.customer)}`);
  if (cell.confidence === "uncertain")
    lines.push(`⚠️ *Uncertain:* ${escapeMrkdwn(cell.note ?? "the sources do not settle this.")}`);
  else if (cell.note) lines.push(`_Note:_ ${escapeMrkdwn(cell.note)}`);
  return lines;
}

function relatedBlocks(reply: AnswerReply, options: RenderOptions): SlackBlock[] {
  const related = reply.related.slice(0, LAYOUT.relatedButtons);
  if (related.length === 0) return [];
  const elements = related.map((topic, index) =>
    button({
      actionId: actionIds.ask(index),
      text: topic.name,
      value: encodeAction({
        kind: "answer",
        version: reply.knowledgeVersion,
        topic: topic.id,
        runtime: reply.runtime?.id ?? null,
      }),
      label: `Related topic: ${topic.name}`,
    }),
  );
  return [context(["Related topics:"]), ...cardActions(elements, options, 1)];
}

function answerButtons(reply: AnswerReply, options: RenderOptions): ActionElement[] {
  const version = reply.knowledgeVersion;
  const current = encodeAction({
    kind: "answer",
    version,
    topic: reply.topic.id,
    runtime: reply.runtime?.id ?? null,
  });
  const runtimeOptions = [
    option("All runtimes", ALL_OPTION),
    ...Object.entries(options.shortNames).map(([id, name]) => option(name, id)),
  ];
  const elements: ActionElement[] = [
    staticSelect({
      actionId: actionIds.runtime(
        encodeAction({ kind: "answer", version, topic: reply.topic.id, runtime: null }),
      ),
      placeholder: "Switch runtime",
      options: runtimeOptions,
      initial: reply.runtime?.id ?? ALL_OPTION,
    }),
  ];
  if (reply.runtime) {
    elements.push(
      button({
        actionId: actionIds.ask(9),
        text: "Compare all runtimes",
        value: encodeAction({ kind: "answer", version, topic: reply.topic.id, runtime: null }),
        label: `Compare ${reply.topic.name} across all runtimes`,
      }),
    );
  }
  const showing = options.showSources === true;
  elements.push(
    button({
      actionId: actionIds.sources(!showing),
      text: showing ? "Hide sources" : "Show sources",
      value: current,
      label: showing ? "Hide the list of sources" : `Show sources for ${reply.topic.name}`,
    }),
    ...shareButton(reply, options),
  );
  return elements;
}

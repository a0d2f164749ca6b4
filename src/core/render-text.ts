/**
 * Reply -> plain text: the CLI's output, the notification fallback of chat messages, and the reference the
 * parity tests compare the richer renderings against. Every fact of a Reply appears here.
 */
import type { RuntimeId } from "./knowledge/model.js";
import { OWNER_LABELS } from "./owner-labels.js";
import type {
  AnswerReply,
  CellDetail,
  ComparisonReply,
  DifferenceReply,
  ListReply,
  Reply,
  RuntimeInfoReply,
} from "./reply.js";

/** Display names by runtime id, for replies that only carry ids. */
export type RuntimeNames = Readonly<Record<RuntimeId, string>>;

export function renderText(reply: Reply, names: RuntimeNames): string {
  const body = renderBody(reply, names);
  return [...reply.notices.map((notice) => `Note: ${notice}`), body].join("\n");
}

function renderBody(reply: Reply, names: RuntimeNames): string {
  switch (reply.type) {
    case "answer":
      return renderAnswer(reply, names);
    case "comparison":
      return renderComparison(reply, names);
    case "list":
      return renderList(reply);
    case "difference":
      return renderDifference(reply, names);
    case "runtime-info":
      return renderRuntimeInfo(reply);
    case "clarify":
      return [
        `Did you mean one of these${reply.runtime ? ` (on ${reply.runtime.name})` : ""}?`,
        ...reply.candidates.map((candidate) => `  - ${candidate.name}`),
      ].join("\n");
    case "not-found":
      return [
        reply.message,
        ...(reply.suggestions.length > 0
          ? ["Try one of these:", ...reply.suggestions.map((suggestion) => `  - ${suggestion.name}`)]
          : []),
      ].join("\n");
    case "help":
      return [
        "Ask me who owns a piece of the AWS shared-responsibility model for containers, for example:",
        ...reply.examples.map((example) => `  - ${example}`),
        `Runtimes: ${reply.runtimes.map((runtime) => runtime.name).join("; ")}.`,
      ].join("\n");
    default: {
      const unknown: never = reply;
      return String(unknown);
    }
  }
}

export function answerHeadline(reply: AnswerReply): string {
  const cell = reply.cell;
  if (!reply.runtime || !cell) return `${reply.topic.name}: who owns it on each runtime`;
  const verdict = yesNo(reply);
  const owner = cell.supported
    ? OWNER_LABELS[cell.owner]
    : `Not supported on ${reply.runtime.name} (AWS enforces this)`;
  return `${verdict}${reply.topic.name} on ${reply.runtime.name}: ${owner}`;
}

/** "Yes, " / "No, " for yes/no questions about one party, so "is this ours?" gets a direct answer. */
function yesNo(reply: AnswerReply): string {
  const owner = reply.cell?.owner;
  if (!reply.asked || !owner || owner === "shared" || owner === "not-applicable") return "";
  return owner === reply.asked ? "Yes. " : "No. ";
}

export function describeCell(cell: CellDetail): string[] {
  const lines: string[] = [];
  if (!cell.supported) lines.push(`Not supported on ${cell.runtime.name}.`);
  if (cell.analog) lines.push(`On ${cell.runtime.name} the nearest equivalent is ${cell.analog}.`);
  if (cell.aws) lines.push(`AWS: ${cell.aws}`);
  if (cell.customer) lines.push(`You: ${cell.customer}`);
  if (cell.confidence === "uncertain")
    lines.push(`Uncertain: ${cell.note ?? "the sources do not settle this."}`);
  else if (cell.note) lines.push(`Note: ${cell.note}`);
  return lines;
}

function renderAnswer(reply: AnswerReply, names: RuntimeNames): string {
  const lines = [answerHeadline(reply)];
  if (reply.cell) {
    lines.push(...describeCell(reply.cell).map((line) => `  ${line}`));
  } else {
    lines.push(reply.topic.summary);
    for (const cell of reply.cells) {
      const owner = cell.supported ? OWNER_LABELS[cell.owner] : "AWS (not supported)";
      const uncertain = cell.confidence === "uncertain" ? " (uncertain)" : "";
      lines.push(`- ${cell.runtime.name}: ${owner}${uncertain}`);
      lines.push(...describeCell(cell).map((line) => `    ${line}`));
    }
  }
  if (reply.capability) {
    lines.push(`${reply.capability.name}:`);
    for (const support of reply.capability.runtimes) {
      const uncertain = support.confidence === "uncertain" ? " (uncertain)" : "";
      lines.push(
        `  - ${support.runtime.name}: ${support.supported ? "supported" : "not supported"}${uncertain}. ${support.note}`,
      );
    }
  }
  if (reply.framework) {
    lines.push(`${reply.framework.name}: ${reply.framework.note}`);
    for (const service of reply.framework.services) {
      lines.push(
        `  - ${SERVICE_NAMES[service.service]}: ${service.status}${service.note ? `. ${service.note}` : ""}`,
      );
    }
    lines.push(`  ${reply.framework.disclaimer}`);
  }
  if (reply.runtime) {
    const others = Object.entries(reply.owners)
      .filter(([id]) => id !== reply.runtime?.id)
      .map(([id, owner]) => `${names[id as RuntimeId]}: ${OWNER_LABELS[owner]}`);
    lines.push(`Other runtimes: ${others.join("; ")}`);
  }
  lines.push(...renderSources(reply.sources));
  return lines.join("\n");
}

const SERVICE_NAMES = { eks: "Amazon EKS", ecs: "Amazon ECS", fargate: "AWS Fargate" } as const;

function renderSources(sources: AnswerReply["sources"]): string[] {
  if (sources.length === 0) return [];
  return ["Sources:", ...sources.map((source) => `  - ${source.title}: ${source.url}`)];
}

/** What a comparison focused on one topic shows, or null: every renderer says it the same way. */
export function comparisonFocusNote(reply: ComparisonReply): string | null {
  if (!reply.focus) return null;
  const category = reply.categories.find((entry) => entry.id === reply.category);
  return `You asked about ${reply.focus.name}: it comes first${category ? `, then the rest of ${category.name}` : ""}.`;
}

function renderComparison(reply: ComparisonReply, names: RuntimeNames): string {
  const category = reply.categories.find((entry) => entry.id === reply.category);
  const focus = comparisonFocusNote(reply);
  const lines = [
    `Who owns what: ${reply.runtimes.map((id) => names[id]).join(" vs ")}${category ? ` (${category.name})` : ""}`,
    ...(focus ? [focus] : []),
  ];
  for (const row of reply.rows) {
    const cells = reply.runtimes.map((id) => {
      const owner = row.owners[id];
      const uncertain = row.uncertain.includes(id) ? " (uncertain)" : "";
      return `${names[id]}: ${owner ? OWNER_LABELS[owner] : "-"}${uncertain}`;
    });
    lines.push(`- ${row.topic.name}: ${cells.join("; ")}`);
  }
  return lines.join("\n");
}

function renderList(reply: ListReply): string {
  const lines = [`${OWNER_LABELS[reply.owner]} on ${reply.runtime.name} (${reply.topics.length} topics):`];
  for (const topic of reply.topics) lines.push(`- ${topic.name}${topic.uncertain ? " (uncertain)" : ""}`);
  return lines.join("\n");
}

function renderDifference(reply: DifferenceReply, names: RuntimeNames): string {
  const lines = [
    `Moving from ${names[reply.from]} to ${names[reply.to]}: ${reply.changes.length} topics change owner, ${reply.unchanged} stay the same.`,
  ];
  for (const change of reply.changes) {
    lines.push(`- ${change.topic.name}: ${OWNER_LABELS[change.from]} -> ${OWNER_LABELS[change.to]}`);
  }
  return lines.join("\n");
}

function renderRuntimeInfo(reply: RuntimeInfoReply): string {
  const counts = Object.entries(reply.ownership)
    .filter(([, count]) => count > 0)
    .map(([owner, count]) => `${OWNER_LABELS[owner as keyof typeof OWNER_LABELS]} ${count}`);
  const lines = [reply.runtime.name, reply.summary, `Topics by owner: ${counts.join(", ")}`];
  if (reply.capabilities.length > 0) {
    lines.push("What it can and cannot do:");
    for (const capability of reply.capabilities) {
      const uncertain = capability.confidence === "uncertain" ? " (uncertain)" : "";
      lines.push(
        `  - ${capability.supported ? "Yes" : "No"}: ${capability.name}${uncertain}. ${capability.note}`,
      );
    }
  }
  lines.push(...renderSources(reply.sources));
  return lines.join("\n");
}

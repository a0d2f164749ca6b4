/**
 * Pieces several Teams cards share: the sources as Action.OpenUrl buttons, notices about how the question was
 * read, and the words for compliance services and scope statuses.
 */
import type { Source } from "../../core/index.js";
import { actionSets, type CardElement, heading, openUrlAction, textBlock } from "./card-elements.js";

/** "Sources" and one link button per source (in several rows when there are more than fit one). */
export function renderSources(sources: readonly Source[]): CardElement[] {
  if (sources.length === 0) return [];
  return [
    heading("Sources"),
    ...actionSets(sources.map((source) => openUrlAction(source.title, source.url))),
  ];
}

/** "Note: ..." lines the core adds (input cut short), shown before everything else. */
export function renderNotices(notices: readonly string[]): CardElement[] {
  return notices.map((notice) => textBlock(`Note: ${notice}`, { isSubtle: true, color: "Warning" }));
}

const SERVICE_NAMES: Readonly<Record<string, string>> = {
  eks: "Amazon EKS",
  ecs: "Amazon ECS",
  fargate: "AWS Fargate",
};

export function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? service;
}

/** "in-scope" -> "in scope". */
export function scopeStatusWords(status: string): string {
  return status.replace(/-/g, " ");
}

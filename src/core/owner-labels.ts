/**
 * How owners read everywhere: always as words, with one marker per owner that may accompany (never replace) the
 * word. Shared by every renderer so Slack, Teams and the CLI say the same thing the same way.
 */
import type { Owner } from "./knowledge/model.js";

export const OWNER_LABELS: Readonly<Record<Owner, string>> = {
  aws: "AWS",
  customer: "Customer (you)",
  shared: "Shared",
  "not-applicable": "Not applicable",
};

/** Short words for narrow table cells. */
export const OWNER_SHORT_LABELS: Readonly<Record<Owner, string>> = {
  aws: "AWS",
  customer: "You",
  shared: "Shared",
  "not-applicable": "N/A",
};

/** Coloured markers for chat renderers; screen readers announce them, so they always come with the word. */
export const OWNER_MARKERS: Readonly<Record<Owner, string>> = {
  aws: "🟧",
  customer: "🟦",
  shared: "🟪",
  "not-applicable": "⬜",
};

export function describeOwner(owner: Owner): string {
  return OWNER_LABELS[owner];
}

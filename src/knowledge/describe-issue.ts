/**
 * Turns zod issues into short, fix-it phrasing for knowledge authors ("is required", "must be one of ..."),
 * keeping the custom messages the schema sets itself.
 */
import type { z } from "zod";

export interface IssueDescription {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export function describeIssue(issue: z.core.$ZodIssue): IssueDescription {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return { path, message: "is required" };
      return { path, message: `must be ${article(issue.expected)}, not ${describeValue(issue.input)}` };
    case "invalid_value":
      return { path, message: `must be one of ${issue.values.map(String).join(", ")}` };
    case "unrecognized_keys":
      return issue.keys.length === 1
        ? { path: [...path, issue.keys[0] ?? ""], message: "is not a known field (check the spelling)" }
        : { path, message: `has unknown fields: ${issue.keys.join(", ")}` };
    case "invalid_key":
      return { path, message: "has a key that is not allowed here" };
    default:
      return { path, message: issue.message };
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

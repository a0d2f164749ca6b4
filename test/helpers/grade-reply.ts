/**
 * Grades one Reply against a labelled question (design.md section 7), shared by `npm run eval` and the tests.
 */
import type { Reply } from "../../src/core/reply.js";

export interface LabelledQuestion {
  readonly q: string;
  readonly type: Reply["type"];
  readonly split: "dev" | "test";
  readonly topic?: string;
  readonly runtime?: string | null;
  readonly runtimes?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly owner?: string;
  readonly category?: string | null;
  readonly candidates?: readonly string[];
}

export function gradeReply(question: LabelledQuestion, reply: Reply): boolean {
  if (reply.type !== question.type) return false;
  switch (reply.type) {
    case "answer":
      return (
        reply.topic.id === question.topic &&
        (reply.runtime?.id ?? null) === (question.runtime ?? null) &&
        (question.owner === undefined || reply.owner === question.owner)
      );
    case "comparison":
      return (
        sameSet(reply.runtimes, question.runtimes ?? []) &&
        (reply.category ?? null) === (question.category ?? null)
      );
    case "list":
      return reply.runtime.id === question.runtime && reply.owner === question.owner;
    case "difference":
      return reply.from === question.from && reply.to === question.to;
    case "runtime-info":
      return reply.runtime.id === question.runtime;
    case "clarify": {
      const expected = question.candidates ?? [];
      const got = new Set(reply.candidates.map((candidate) => candidate.id));
      const hits = expected.filter((id) => got.has(id)).length;
      return hits >= Math.min(2, expected.length);
    }
    case "not-found":
    case "help":
      return true;
    default: {
      const unknown: never = reply;
      return unknown;
    }
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/**
 * Button payloads, shared by Slack and Teams: a compact JSON string of ids and the knowledge version, never
 * free text. Decoding validates with zod (bounded sizes, known kinds); anything malformed decodes to null and
 * the core answers it with "this card is out of date".
 */
import { z } from "zod";
import type { Action } from "../../core/index.js";

/** Longest encoded payload we accept; Slack button values allow 2000 characters. */
export const MAX_PAYLOAD_CHARS = 1000;

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9-]+$/);
const version = z.string().min(1).max(64);

const wire = z.discriminatedUnion("k", [
  z.strictObject({ k: z.literal("answer"), v: version, t: id, r: id.nullable() }),
  z.strictObject({
    k: z.literal("compare"),
    v: version,
    rs: z.array(id).min(1).max(6),
    c: id.nullable(),
    fo: id.optional(),
  }),
  z.strictObject({ k: z.literal("list"), v: version, r: id, o: id }),
  z.strictObject({ k: z.literal("difference"), v: version, f: id, to: id }),
  z.strictObject({ k: z.literal("runtime-info"), v: version, r: id }),
]);

type Wire = z.infer<typeof wire>;

export function encodeAction(action: Action): string {
  return JSON.stringify(toWire(action));
}

/** The Action in a payload string or already-parsed object, or null when it is not one we made. */
export function decodeAction(raw: unknown): Action | null {
  let value = raw;
  if (typeof raw === "string") {
    if (raw.length > MAX_PAYLOAD_CHARS) return null;
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  const parsed = wire.safeParse(value);
  return parsed.success ? fromWire(parsed.data) : null;
}

/** The wire object itself, for platforms whose payloads are objects (Adaptive Card `data`). */
export function actionData(action: Action): Record<string, unknown> {
  return toWire(action);
}

function toWire(action: Action): Wire {
  switch (action.kind) {
    case "answer":
      return { k: "answer", v: action.version, t: action.topic, r: action.runtime };
    case "compare":
      return {
        k: "compare",
        v: action.version,
        rs: [...action.runtimes],
        c: action.category,
        ...(action.focus ? { fo: action.focus } : {}),
      };
    case "list":
      return { k: "list", v: action.version, r: action.runtime, o: action.owner };
    case "difference":
      return { k: "difference", v: action.version, f: action.from, to: action.to };
    case "runtime-info":
      return { k: "runtime-info", v: action.version, r: action.runtime };
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}

function fromWire(data: Wire): Action {
  switch (data.k) {
    case "answer":
      return { kind: "answer", version: data.v, topic: data.t, runtime: data.r };
    case "compare":
      return {
        kind: "compare",
        version: data.v,
        runtimes: data.rs,
        category: data.c,
        ...(data.fo ? { focus: data.fo } : {}),
      };
    case "list":
      return { kind: "list", version: data.v, runtime: data.r, owner: data.o };
    case "difference":
      return { kind: "difference", version: data.v, from: data.f, to: data.to };
    case "runtime-info":
      return { kind: "runtime-info", version: data.v, runtime: data.r };
    default: {
      const unknown: never = data;
      return unknown;
    }
  }
}

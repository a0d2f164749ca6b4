/**
 * Reads a card button's payload into a core Action, treating it like any other input: the Action.Execute verb
 * must match the payload's kind, the category picker's value (merged into the data by Teams) must be an id or
 * "all", and the rest must decode with action-payload's codec. Anything else is null, which the core answers
 * with "this card is out of date".
 */
import type { Action } from "../../core/index.js";
import { decodeAction } from "../shared/action-payload.js";
import { ALL_CATEGORIES, CATEGORY_INPUT_ID } from "./limits.js";

const CATEGORY_VALUE = /^[a-z0-9-]{1,64}$/;

/**
 * `data` is Action.Execute's `value.action.data`, or an Action.Submit message's `value`; `verb` is the
 * Action.Execute verb when there is one.
 */
export function readCardAction(data: unknown, verb?: unknown): Action | null {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return null;
  const { [CATEGORY_INPUT_ID]: picked, ...payload } = data as Record<string, unknown>;
  const action = decodeAction(payload);
  if (!action) return null;
  if (verb !== undefined && verb !== action.kind) return null;
  if (picked === undefined || action.kind !== "compare") return action;
  if (typeof picked !== "string" || !CATEGORY_VALUE.test(picked)) return null;
  return { ...action, category: picked === ALL_CATEGORIES ? null : picked };
}

/**
 * The slice of the Adaptive Card 1.5 schema the Teams renderers use, typed, with small builders so card modules
 * read as layout rather than JSON. Buttons carry ids and the knowledge version only (action-payload's
 * `actionData`), with the action kind as the Action.Execute verb.
 */
import type { Action, Owner } from "../../core/index.js";
import { OWNER_LABELS, OWNER_MARKERS, OWNER_SHORT_LABELS } from "../../core/index.js";
import { actionData } from "../shared/action-payload.js";
import { TEAMS_LIMITS } from "./limits.js";

export interface TextBlock {
  readonly type: "TextBlock";
  readonly text: string;
  readonly wrap: true;
  readonly style?: "heading";
  readonly size?: "Small" | "Medium" | "Large";
  readonly weight?: "Bolder";
  readonly color?: "Attention" | "Warning" | "Good" | "Accent";
  readonly isSubtle?: true;
  readonly spacing?: "None" | "Small" | "Medium";
  readonly separator?: true;
}

export interface FactSet {
  readonly type: "FactSet";
  readonly facts: readonly { readonly title: string; readonly value: string }[];
  readonly spacing?: "Small";
}

export interface Column {
  readonly type: "Column";
  readonly width: number | "auto" | "stretch";
  readonly items: readonly CardElement[];
  readonly verticalContentAlignment?: "Center";
}

export interface ColumnSet {
  readonly type: "ColumnSet";
  readonly columns: readonly Column[];
  readonly spacing?: "Small" | "None";
  readonly separator?: true;
}

export interface Container {
  readonly type: "Container";
  readonly items: readonly CardElement[];
  readonly separator?: true;
  readonly spacing?: "Medium";
}

export interface ActionSet {
  readonly type: "ActionSet";
  readonly actions: readonly CardAction[];
}

export interface ChoiceSetInput {
  readonly type: "Input.ChoiceSet";
  readonly id: string;
  readonly label: string;
  readonly style: "compact";
  readonly value: string;
  readonly choices: readonly { readonly title: string; readonly value: string }[];
}

export type CardElement = TextBlock | FactSet | ColumnSet | Container | ActionSet | ChoiceSetInput;

export interface ExecuteAction {
  readonly type: "Action.Execute";
  readonly title: string;
  readonly verb: Action["kind"];
  readonly data: Readonly<Record<string, unknown>>;
  readonly tooltip?: string;
}

export interface OpenUrlAction {
  readonly type: "Action.OpenUrl";
  readonly title: string;
  readonly url: string;
  readonly tooltip?: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  readonly type: "AdaptiveCard";
  readonly $schema: string;
  readonly version: string;
  readonly msteams: { readonly width: "Full" };
  readonly speak: string;
  readonly fallbackText: string;
  readonly body: readonly CardElement[];
  readonly actions: readonly CardAction[];
}

export function textBlock(text: string, options: Omit<TextBlock, "type" | "text" | "wrap"> = {}): TextBlock {
  return { type: "TextBlock", text, wrap: true, ...options };
}

/** A heading screen readers announce as one (TextBlock style "heading", Adaptive Cards 1.5). */
export function heading(text: string, level: "title" | "section" = "section"): TextBlock {
  return textBlock(text, {
    style: "heading",
    size: level === "title" ? "Large" : "Medium",
    weight: "Bolder",
    ...(level === "section" ? { spacing: "Medium" } : {}),
  });
}

export function factSet(facts: readonly (readonly [string, string])[]): FactSet {
  return { type: "FactSet", facts: facts.map(([title, value]) => ({ title, value })) };
}

export function actionSet(actions: readonly CardAction[]): ActionSet {
  return { type: "ActionSet", actions };
}

/** Buttons split into balanced rows of at most `actionsPerSet` (clients cap the buttons of one set). */
export function actionSets(actions: readonly CardAction[]): ActionSet[] {
  if (actions.length === 0) return [];
  const sets = Math.ceil(actions.length / TEAMS_LIMITS.actionsPerSet);
  const size = Math.ceil(actions.length / sets);
  const result: ActionSet[] = [];
  for (let start = 0; start < actions.length; start += size)
    result.push(actionSet(actions.slice(start, start + size)));
  return result;
}

/** A button that asks the bot for another reply; Teams sends it as an `adaptiveCard/action` invoke. */
export function executeAction(title: string, action: Action): ExecuteAction {
  const short = cutTitle(title);
  return {
    type: "Action.Execute",
    title: short,
    verb: action.kind,
    data: actionData(action),
    ...(short === title ? {} : { tooltip: title }),
  };
}

export function openUrlAction(title: string, url: string): OpenUrlAction {
  const short = cutTitle(title);
  return { type: "Action.OpenUrl", title: short, url, ...(short === title ? {} : { tooltip: title }) };
}

/** "🟧 AWS", "🟦 Customer (you)": the marker always next to the word, never instead of it. */
export function ownerBadge(owner: Owner): string {
  return `${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}`;
}

/** "🟦 You" for narrow comparison cells. */
export function ownerShortBadge(owner: Owner): string {
  return `${OWNER_MARKERS[owner]} ${OWNER_SHORT_LABELS[owner]}`;
}

function cutTitle(title: string): string {
  const max = TEAMS_LIMITS.actionTitleChars;
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

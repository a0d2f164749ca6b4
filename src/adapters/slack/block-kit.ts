/**
 * The subset of Block Kit whoowns renders, as narrow types, and small builders that cut every text to its limit
 * (BLOCK_KIT_LIMITS). Every mrkdwn object is `verbatim`, so Slack does not auto-link names or parse mentions
 * in text we did not mark up ourselves.
 */
import { BLOCK_KIT_LIMITS as LIMITS } from "./limits.js";
import { truncate } from "./mrkdwn.js";

export interface PlainText {
  readonly type: "plain_text";
  readonly text: string;
  readonly emoji?: boolean;
}

export interface Mrkdwn {
  readonly type: "mrkdwn";
  readonly text: string;
  readonly verbatim: true;
}

export interface HeaderBlock {
  readonly type: "header";
  readonly block_id?: string;
  readonly text: PlainText;
}

export interface SectionBlock {
  readonly type: "section";
  readonly block_id?: string;
  readonly text?: Mrkdwn;
  readonly fields?: readonly Mrkdwn[];
  readonly accessory?: ButtonElement;
}

export interface ContextBlock {
  readonly type: "context";
  readonly block_id?: string;
  readonly elements: readonly Mrkdwn[];
}

export interface DividerBlock {
  readonly type: "divider";
  readonly block_id?: string;
}

export interface ButtonElement {
  readonly type: "button";
  readonly action_id: string;
  readonly text: PlainText;
  readonly value: string;
  readonly style?: "primary" | "danger";
  readonly accessibility_label: string;
}

export interface SelectOption {
  readonly text: PlainText;
  readonly value: string;
}

export interface StaticSelectElement {
  readonly type: "static_select";
  readonly action_id: string;
  readonly placeholder: PlainText;
  readonly options: readonly SelectOption[];
  readonly initial_option?: SelectOption;
}

export type ActionElement = ButtonElement | StaticSelectElement;

export interface ActionsBlock {
  readonly type: "actions";
  readonly block_id?: string;
  readonly elements: readonly ActionElement[];
}

export interface TableCell {
  readonly type: "raw_text";
  readonly text: string;
}

export interface TableBlock {
  readonly type: "table";
  readonly block_id?: string;
  readonly rows: readonly (readonly TableCell[])[];
  readonly column_settings?: readonly { readonly is_wrapped?: boolean }[];
}

export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock | TableBlock;

/** What a renderer produces: blocks plus the plain `text` Slack shows in notifications and screen readers. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

export function plainText(text: string, max: number): PlainText {
  return { type: "plain_text", text: truncate(text, max) || " ", emoji: true };
}

export function mrkdwn(text: string, max: number = LIMITS.sectionText): Mrkdwn {
  return { type: "mrkdwn", text: truncate(text, max) || " ", verbatim: true };
}

export function header(text: string): HeaderBlock {
  return { type: "header", text: plainText(text, LIMITS.headerText) };
}

export function section(text: string, fields?: readonly string[], accessory?: ButtonElement): SectionBlock {
  return {
    type: "section",
    text: mrkdwn(text, LIMITS.sectionText),
    ...(fields && fields.length > 0
      ? { fields: fields.slice(0, LIMITS.sectionFields).map((field) => mrkdwn(field, LIMITS.fieldText)) }
      : {}),
    ...(accessory ? { accessory } : {}),
  };
}

export function context(texts: readonly string[]): ContextBlock {
  return {
    type: "context",
    elements: texts.slice(0, LIMITS.contextElements).map((text) => mrkdwn(text, LIMITS.contextElementText)),
  };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

export interface ButtonSpec {
  readonly actionId: string;
  readonly text: string;
  readonly value: string;
  /** What a screen reader says instead of the (short) button text. */
  readonly label: string;
  readonly style?: "primary";
}

export function button(spec: ButtonSpec): ButtonElement {
  return {
    type: "button",
    action_id: spec.actionId,
    text: plainText(spec.text, LIMITS.buttonText),
    value: spec.value,
    accessibility_label: truncate(spec.label, LIMITS.accessibilityLabel),
    ...(spec.style ? { style: spec.style } : {}),
  };
}

export function option(text: string, value: string): SelectOption {
  return { text: plainText(text, LIMITS.optionText), value };
}

export function staticSelect(spec: {
  readonly actionId: string;
  readonly placeholder: string;
  readonly options: readonly SelectOption[];
  readonly initial?: string;
}): StaticSelectElement {
  const options = spec.options.slice(0, LIMITS.selectOptions);
  const initial = options.find((candidate) => candidate.value === spec.initial);
  return {
    type: "static_select",
    action_id: spec.actionId,
    placeholder: plainText(spec.placeholder, LIMITS.placeholderText),
    options,
    ...(initial ? { initial_option: initial } : {}),
  };
}

/** Actions blocks of at most 25 elements each; `blockId(n)` names the n-th block. */
export function actions(
  elements: readonly ActionElement[],
  blockId: (index: number) => string,
): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let start = 0; start < elements.length; start += LIMITS.actionsElements) {
    blocks.push({
      type: "actions",
      block_id: blockId(blocks.length),
      elements: elements.slice(start, start + LIMITS.actionsElements),
    });
  }
  return blocks;
}

/** Splits lines into section texts of at most `max` characters each, never splitting a line that fits. */
export function chunkLines(lines: readonly string[], max: number = LIMITS.sectionText): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

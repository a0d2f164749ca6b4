/**
 * Checks a rendered message against every Block Kit limit in BLOCK_KIT_LIMITS and returns what it breaks (an
 * empty list when it fits). Slack publishes no validator, so this is ours: the renderer runs it as a last guard
 * and the tests run it over every reply the knowledge can produce.
 */
import type { ActionElement, Mrkdwn, PlainText, SlackBlock, SlackMessage } from "./block-kit.js";
import { BLOCK_KIT_LIMITS as LIMITS } from "./limits.js";

export interface CheckOptions {
  /** 50 for messages, 100 for modals and the Home tab. */
  readonly maxBlocks?: number;
  /** Messages need a `text` fallback; views have none. */
  readonly requireText?: boolean;
}

export function checkBlockKitLimits(message: SlackMessage, options: CheckOptions = {}): string[] {
  const problems: string[] = [];
  const maxBlocks = options.maxBlocks ?? LIMITS.blocksPerMessage;
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what}: ${length} > ${max}`);
  };
  if (options.requireText !== false && message.text.trim().length === 0)
    problems.push("text: missing fallback");
  over("text", message.text.length, LIMITS.messageText);
  over("blocks", message.blocks.length, maxBlocks);
  over("block text characters", countBlockChars(message.blocks), LIMITS.messageBlockChars);
  over(
    "table blocks",
    message.blocks.filter((block) => block.type === "table").length,
    LIMITS.tablesPerMessage,
  );
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  message.blocks.forEach((block, index) => {
    const where = `block ${index} (${block.type})`;
    if (block.block_id !== undefined) {
      over(`${where} block_id`, block.block_id.length, LIMITS.blockId);
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case "header":
        checkText(problems, `${where} text`, block.text, LIMITS.headerText);
        break;
      case "section":
        if (!block.text && !block.fields) problems.push(`${where}: neither text nor fields`);
        if (block.text) checkText(problems, `${where} text`, block.text, LIMITS.sectionText);
        if (block.fields) {
          over(`${where} fields`, block.fields.length, LIMITS.sectionFields);
          for (const field of block.fields) checkText(problems, `${where} field`, field, LIMITS.fieldText);
        }
        if (block.accessory) {
          if (actionIds.has(block.accessory.action_id))
            problems.push(`${where}: duplicate action_id ${block.accessory.action_id}`);
          actionIds.add(block.accessory.action_id);
          checkElement(problems, where, block.accessory);
        }
        break;
      case "context":
        over(`${where} elements`, block.elements.length, LIMITS.contextElements);
        for (const element of block.elements)
          checkText(problems, `${where} element`, element, LIMITS.contextElementText);
        break;
      case "actions":
        over(`${where} elements`, block.elements.length, LIMITS.actionsElements);
        for (const element of block.elements) {
          if (actionIds.has(element.action_id))
            problems.push(`${where}: duplicate action_id ${element.action_id}`);
          actionIds.add(element.action_id);
          checkElement(problems, where, element);
        }
        break;
      case "table": {
        over(`${where} rows`, block.rows.length, LIMITS.tableRows);
        for (const row of block.rows) over(`${where} cells in a row`, row.length, LIMITS.tableCells);
        const chars = block.rows.flat().reduce((sum, cell) => sum + cell.text.length, 0);
        over(`${where} characters`, chars, LIMITS.tableChars);
        break;
      }
      case "divider":
        break;
      default: {
        const unknown: never = block;
        problems.push(`unknown block ${JSON.stringify(unknown).slice(0, 40)}`);
      }
    }
  });
  return problems;
}

function checkText(problems: string[], what: string, text: PlainText | Mrkdwn, max: number): void {
  if (text.text.length === 0) problems.push(`${what}: empty`);
  if (text.text.length > max) problems.push(`${what}: ${text.text.length} > ${max}`);
}

function checkElement(problems: string[], where: string, element: ActionElement): void {
  const what = `${where} ${element.action_id.slice(0, 40)}`;
  if (element.action_id.length > LIMITS.actionId)
    problems.push(`${what} action_id: ${element.action_id.length} > ${LIMITS.actionId}`);
  if (element.type === "button") {
    checkText(problems, `${what} text`, element.text, LIMITS.buttonText);
    if (element.value.length > LIMITS.buttonValue)
      problems.push(`${what} value: ${element.value.length} > ${LIMITS.buttonValue}`);
    if (element.accessibility_label.length > LIMITS.accessibilityLabel)
      problems.push(
        `${what} accessibility_label: ${element.accessibility_label.length} > ${LIMITS.accessibilityLabel}`,
      );
    return;
  }
  checkText(problems, `${what} placeholder`, element.placeholder, LIMITS.placeholderText);
  if (element.options.length > LIMITS.selectOptions)
    problems.push(`${what} options: ${element.options.length} > ${LIMITS.selectOptions}`);
  for (const choice of element.options) {
    checkText(problems, `${what} option`, choice.text, LIMITS.optionText);
    if (choice.value.length > LIMITS.optionValue)
      problems.push(`${what} option value: ${choice.value.length} > ${LIMITS.optionValue}`);
  }
}

/** All the text a message's blocks carry, which is what Slack's aggregate `msg_blocks_too_long` counts. */
function countBlockChars(blocks: readonly SlackBlock[]): number {
  let total = 0;
  const element = (item: ActionElement) => {
    if (item.type === "button") total += item.text.text.length;
    else {
      total += item.placeholder.text.length;
      for (const choice of item.options) total += choice.text.text.length;
    }
  };
  for (const block of blocks) {
    switch (block.type) {
      case "header":
        total += block.text.text.length;
        break;
      case "section":
        total += block.text?.text.length ?? 0;
        for (const field of block.fields ?? []) total += field.text.length;
        if (block.accessory) element(block.accessory);
        break;
      case "context":
        for (const item of block.elements) total += item.text.length;
        break;
      case "actions":
        for (const item of block.elements) element(item);
        break;
      case "table":
        for (const row of block.rows) for (const cell of row) total += cell.text.length;
        break;
      case "divider":
        break;
      default: {
        const unknown: never = block;
        total += JSON.stringify(unknown).length;
      }
    }
  }
  return total;
}

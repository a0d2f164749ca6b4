/**
 * Slack's Block Kit and messaging limits as data. Renderers size and cut everything against these numbers and
 * the limit checker verifies them, so no message we build is rejected for being too big.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 */
export const BLOCK_KIT_LIMITS = {
  /** Blocks in one message (chat.postMessage, response_url, slash command ack). */
  blocksPerMessage: 50,
  /** Blocks in a modal or Home tab view. */
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextElementText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  accessibilityLabel: 75,
  actionId: 255,
  blockId: 255,
  selectOptions: 100,
  optionText: 75,
  /** @slack/types documents 75 for option values (the web docs say 150): we keep to the smaller one. */
  optionValue: 75,
  placeholderText: 150,
  /**
   * Characters of text across all blocks of one message. Slack rejects messages with `msg_blocks_too_long` at
   * about 13.2k characters of block text even with few blocks (slackapi/bolt-js#2509): this is a safe budget.
   */
  messageBlockChars: 12_000,
  /** The top-level `text` of a message; Slack truncates beyond it. */
  messageText: 40_000,
  tableRows: 100,
  tableCells: 20,
  /** Characters across the cells of one table block. */
  tableChars: 10_000,
  tablesPerMessage: 1,
  modalTitle: 24,
  modalButtonText: 24,
} as const;

/** Layout rules that are ours, not Slack's, kept next to the limits they serve. */
export const LAYOUT = {
  /** A comparison shows at most this many runtimes side by side (design.md section 6). */
  runtimesPerView: 4,
  /** Blocks kept free on a paged card for the header, notes and buttons. */
  reservedBlocks: 10,
  /** Block characters kept free on a paged card for the header, notes and buttons. */
  reservedChars: 2_500,
  /** Related-topic buttons on an answer card. */
  relatedButtons: 3,
  /** Recently asked topics shown on the Home tab, per user. */
  recentTopics: 5,
  /** Cards of recent questions kept by question text (a few MB at most). */
  memoEntries: 500,
} as const;

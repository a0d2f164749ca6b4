/**
 * Microsoft Teams and Adaptive Card limits the Teams adapter holds itself to, as data. Renderers and handlers
 * check against these instead of scattering numbers; tests read the same values.
 */
export const TEAMS_LIMITS = {
  /** Adaptive Card schema version Teams renders (design.md section 6; Action.Execute needs 1.4 or later). */
  cardVersion: "1.5",
  /** Budget for one card's JSON in UTF-8 bytes: the incoming-webhook limit, the strictest Teams applies. */
  cardBytes: 28 * 1024,
  /**
   * Budget for a whole message (card plus its text fallback): Teams documents about 100 KB today, but older
   * documentation says 40 KB, so messages are designed for the smaller figure.
   */
  messageBytes: 40 * 1024,
  /** Room kept in a message for the activity's own fields (ids, conversation, service URL). */
  envelopeBytes: 2 * 1024,
  /** Runtimes side by side on one comparison card; more are split across pages. */
  runtimesPerCard: 4,
  /** Comparison rows drawn as ColumnSet rows before the card switches to one FactSet per category. */
  columnRowsMax: 24,
  /** Buttons in one ActionSet (and in the card's own actions): the Adaptive Cards host default `maxActions`. */
  actionsPerSet: 5,
  /** Characters of a button title; longer titles are cut with an ellipsis (the full text goes in the tooltip). */
  actionTitleChars: 60,
  /** Clarify candidates and not-found suggestions shown as buttons. */
  choicesMax: 5,
  /** Largest request body accepted on /api/messages; real activities are a few kilobytes. */
  requestBodyBytes: 256 * 1024,
  /** Results returned to one messaging-extension query. */
  searchResultsMax: 10,
  /** Bytes of plain-text fallback in each search result's card (ten cards travel in one response). */
  searchFallbackTextBytes: 2 * 1024,
  /** Budget for one messaging-extension response; results beyond it are left out. */
  searchResponseBytes: 100 * 1024,
  /** Characters of a search query passed to the core (the core cuts questions itself too). */
  searchQueryChars: 500,
  /** How long an activity id is remembered to drop Bot Framework redeliveries. */
  dedupeMs: 10 * 60 * 1000,
  /** How long a conversation is remembered as welcomed, so two install events send one welcome card. */
  welcomeMemoryMs: 24 * 60 * 60 * 1000,
  /** Search queries allowed per question in the per-user rate limit (search runs on every keystroke). */
  searchesPerQuestion: 4,
} as const;

/** The MIME type of an Adaptive Card attachment and of an Adaptive Card invoke response. */
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
/** An Action.Execute response that shows a message instead of replacing the card. */
export const ACTIVITY_MESSAGE_CONTENT_TYPE = "application/vnd.microsoft.activity.message";
/** Preview card type for messaging-extension results. */
export const THUMBNAIL_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.thumbnail";
/** The messaging extension's command id and parameter name (also in manifests/teams/manifest.json). */
export const SEARCH_COMMAND_ID = "searchTopics";
export const SEARCH_PARAMETER = "query";
/** Id of the category picker on comparison cards; its value arrives merged into the action data. */
export const CATEGORY_INPUT_ID = "category";
/** Category picker value meaning "no filter". */
export const ALL_CATEGORIES = "all";

/**
 * The core's public surface: adapters and the CLI import from here and nowhere deeper.
 */
export type { Action, ActionKind } from "./actions.js";
export { createKnowledgeIndex, type KnowledgeIndex } from "./knowledge/knowledge-index.js";
export type {
  Capability,
  Category,
  Cell,
  Confidence,
  Framework,
  Knowledge,
  Owner,
  Runtime,
  RuntimeFamily,
  RuntimeId,
  Source,
  Topic,
} from "./knowledge/model.js";
export { OWNERS, RUNTIME_IDS } from "./knowledge/model.js";
export { type PrebuiltIndex, prebuildIndex } from "./match/prebuilt-index.js";
export { describeOwner, OWNER_LABELS, OWNER_MARKERS, OWNER_SHORT_LABELS } from "./owner-labels.js";
export {
  answerHeadline,
  comparisonFocusNote,
  describeCell,
  type RuntimeNames,
  renderText,
} from "./render-text.js";
export type {
  AnswerReply,
  AskedParty,
  CapabilityDetail,
  CategoryRef,
  CellDetail,
  Change,
  ClarifyReply,
  ComparisonReply,
  ComparisonRow,
  DifferenceReply,
  FrameworkScope,
  HelpReply,
  ListReply,
  NotFoundReason,
  NotFoundReply,
  Reply,
  ReplyType,
  RuntimeInfoReply,
  RuntimeRef,
  TopicRef,
} from "./reply.js";
export { isConfident } from "./reply.js";
export { createResponder, type Responder, respond } from "./respond.js";
export { MAX_QUESTION_CHARS } from "./text/normalise-text.js";

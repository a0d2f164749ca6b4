/**
 * The neutral output of the core: a discriminated union on `type` (design.md section 3). The CLI's `--json`
 * prints it and every renderer consumes it; field names listed in design.md are a contract.
 */
import type {
  CapabilitySupport,
  ComplianceService,
  Confidence,
  Owner,
  RuntimeFamily,
  RuntimeId,
  ScopeStatus,
  Source,
} from "./knowledge/model.js";

export interface TopicRef {
  readonly id: string;
  readonly name: string;
}

export interface RuntimeRef {
  readonly id: RuntimeId;
  readonly name: string;
}

export interface CategoryRef {
  readonly id: string;
  readonly name: string;
}

export type Owners = Readonly<Record<RuntimeId, Owner>>;

/** One topic on one runtime, with everything a card needs to explain it. */
export interface CellDetail {
  readonly runtime: RuntimeRef;
  readonly owner: Owner;
  readonly supported: boolean;
  readonly analog?: string;
  readonly aws?: string;
  readonly customer?: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Fields every reply carries. */
interface ReplyBase {
  /** Knowledge version the reply was built from; buttons carry it to detect stale cards. */
  readonly knowledgeVersion: string;
  /** Things the user should know about how the question was read (input cut short, a word corrected). */
  readonly notices: readonly string[];
}

/** Which party a yes/no question asked about ("is this ours?" asks about the customer). */
export type AskedParty = "customer" | "aws";

export interface FrameworkScope {
  readonly id: string;
  readonly name: string;
  readonly note: string;
  /** Scope of the services the runtime(s) in question rely on. */
  readonly services: readonly {
    readonly service: ComplianceService;
    readonly status: ScopeStatus;
    readonly note?: string;
  }[];
  readonly disclaimer: string;
}

export interface CapabilityDetail {
  readonly id: string;
  readonly name: string;
  /** Support on the runtimes the knowledge speaks about. */
  readonly runtimes: readonly (CapabilitySupport & { readonly runtime: RuntimeRef })[];
}

export interface AnswerReply extends ReplyBase {
  readonly type: "answer";
  readonly topic: TopicRef & { readonly summary: string; readonly category: CategoryRef };
  /** The runtime asked about, or null when none was named (or only "EKS" / "ECS"). */
  readonly runtime: RuntimeRef | null;
  /** Present when one runtime was asked about. */
  readonly owner?: Owner;
  /** Every runtime, always. */
  readonly owners: Owners;
  /** Runtimes to show, in display order: the one asked about, a family, or all. */
  readonly scope: readonly RuntimeId[];
  /** Present when one runtime was asked about. */
  readonly cell?: CellDetail;
  /** Details for every runtime in `scope`. */
  readonly cells: readonly CellDetail[];
  readonly asked: AskedParty | null;
  readonly sources: readonly Source[];
  readonly related: readonly TopicRef[];
  readonly capability?: CapabilityDetail;
  readonly framework?: FrameworkScope;
}

export interface ComparisonRow {
  readonly topic: TopicRef;
  readonly category: string;
  readonly owners: Readonly<Partial<Record<RuntimeId, Owner>>>;
  /** Runtimes whose cell for this topic is uncertain. */
  readonly uncertain: readonly RuntimeId[];
}

export interface ComparisonReply extends ReplyBase {
  readonly type: "comparison";
  readonly runtimes: readonly RuntimeId[];
  /** The category id the comparison is limited to, or null for all topics. */
  readonly category: string | null;
  /**
   * The one topic the question asked to compare ("compare node patching on MNG and Fargate"), or null. Its row
   * comes first; the rest of its category follows for context.
   */
  readonly focus: TopicRef | null;
  readonly categories: readonly CategoryRef[];
  readonly rows: readonly ComparisonRow[];
}

export interface ListReply extends ReplyBase {
  readonly type: "list";
  readonly runtime: RuntimeRef;
  readonly owner: Owner;
  readonly topics: readonly (TopicRef & { readonly category: string; readonly uncertain: boolean })[];
}

export interface Change {
  readonly topic: TopicRef;
  readonly category: string;
  readonly from: Owner;
  readonly to: Owner;
}

export interface DifferenceReply extends ReplyBase {
  readonly type: "difference";
  readonly from: RuntimeId;
  readonly to: RuntimeId;
  readonly changes: readonly Change[];
  /** How many topics keep the same owner. */
  readonly unchanged: number;
}

export interface RuntimeInfoReply extends ReplyBase {
  readonly type: "runtime-info";
  readonly runtime: RuntimeRef;
  readonly summary: string;
  readonly capabilities: readonly {
    readonly id: string;
    readonly name: string;
    readonly supported: boolean;
    readonly note: string;
    readonly confidence: Confidence;
  }[];
  /** How many topics each party owns on this runtime. */
  readonly ownership: Readonly<Record<Owner, number>>;
  readonly sources: readonly Source[];
}

export interface ClarifyReply extends ReplyBase {
  readonly type: "clarify";
  readonly candidates: readonly TopicRef[];
  /** Kept so that picking a candidate answers for the runtime the question named. */
  readonly runtime: RuntimeRef | null;
}

export type NotFoundReason =
  | "no-match"
  | "out-of-scope"
  | "other-cloud"
  | "other-language"
  | "stale-card"
  /** A request to do something or to explain how, not who owns it. */
  | "task";

export interface NotFoundReply extends ReplyBase {
  readonly type: "not-found";
  readonly reason: NotFoundReason;
  readonly message: string;
  readonly suggestions: readonly TopicRef[];
}

export interface HelpReply extends ReplyBase {
  readonly type: "help";
  readonly examples: readonly string[];
  readonly runtimes: readonly RuntimeRef[];
}

export type Reply =
  | AnswerReply
  | ComparisonReply
  | ListReply
  | DifferenceReply
  | RuntimeInfoReply
  | ClarifyReply
  | NotFoundReply
  | HelpReply;

export type ReplyType = Reply["type"];

/** "Confident" in design.md: any reply but clarify and not-found. */
export function isConfident(reply: Reply): boolean {
  return reply.type !== "clarify" && reply.type !== "not-found";
}

export type { RuntimeFamily };

/**
 * The knowledge model: runtimes, categories, topics with one cell per runtime, capabilities and compliance
 * scope. Plain readonly types with no validation library behind them, so the core and the CLI can use a
 * snapshot without loading zod or yaml; `src/knowledge/schema.ts` validates raw files into this shape.
 */

/** The six runtimes; ids are a contract (design.md section 2). Order is the display order. */
export const RUNTIME_IDS = [
  "eks-ec2",
  "eks-mng",
  "eks-fargate",
  "eks-auto",
  "ecs-ec2",
  "ecs-fargate",
] as const;
export type RuntimeId = (typeof RUNTIME_IDS)[number];

/** Who carries a responsibility on one runtime. */
export const OWNERS = ["aws", "customer", "shared", "not-applicable"] as const;
export type Owner = (typeof OWNERS)[number];

/** `uncertain` cells come from the reference's `?` marks and are always presented as uncertain. */
export const CONFIDENCES = ["documented", "uncertain"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The orchestrator family a runtime belongs to; "EKS" or "ECS" alone in a question narrows to one family. */
export type RuntimeFamily = "eks" | "ecs";

/** Services named in compliance scope lists; each runtime maps to the ones its scope rests on. */
export type ComplianceService = "eks" | "ecs" | "fargate";

export interface Source {
  readonly title: string;
  readonly url: string;
}

/** One topic on one runtime. */
export interface Cell {
  readonly owner: Owner;
  /** False where the runtime does not allow the thing at all; the owner is then `aws` (the platform enforces it). */
  readonly supported: boolean;
  /** The runtime's nearest equivalent where the concept does not exist there (the reference's dagger cells). */
  readonly analog?: string;
  /** What AWS does, one sentence. */
  readonly aws?: string;
  /** What the customer does, one sentence. */
  readonly customer?: string;
  readonly confidence: Confidence;
  /** Why a cell is uncertain, or a caveat worth showing. */
  readonly note?: string;
  /** Sources specific to this runtime, in addition to the topic's. */
  readonly sources: readonly Source[];
}

export interface Mappings {
  /** CIS Amazon EKS Benchmark recommendation ids, e.g. "5.4.1". */
  readonly cisEks: readonly string[];
  /** Compliance framework ids from the compliance file. */
  readonly frameworks: readonly string[];
}

export interface Topic {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly summary: string;
  /** What people type: acronyms, synonyms, common misspellings. */
  readonly aliases: readonly string[];
  /** Extra words that point at the topic without naming it; weaker than aliases. */
  readonly keywords: readonly string[];
  readonly related: readonly string[];
  readonly cells: Readonly<Record<RuntimeId, Cell>>;
  readonly sources: readonly Source[];
  readonly mappings: Mappings;
  /** ISO date of the last review against the sources. */
  readonly reviewed: string;
}

export interface Runtime {
  readonly id: RuntimeId;
  readonly name: string;
  readonly shortName: string;
  readonly family: RuntimeFamily;
  /** Every alias, the neutral ones included. */
  readonly aliases: readonly string[];
  /**
   * Aliases that do not say their orchestrator ("fargate", "our own servers"): the engine reads them as this
   * runtime unless the question names the other family, and then as that family's counterpart.
   */
  readonly neutralAliases: readonly string[];
  readonly summary: string;
  /** Services whose compliance scope this runtime relies on. */
  readonly complianceServices: readonly ComplianceService[];
  readonly sources: readonly Source[];
}

export interface Category {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly aliases: readonly string[];
}

/** Whether one runtime can do a thing (section 3 of the reference: "differences that matter"). */
export interface CapabilitySupport {
  readonly supported: boolean;
  readonly note: string;
  readonly confidence: Confidence;
  readonly sources: readonly Source[];
}

export interface Capability {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** The responsibility topic this capability belongs to, used to answer "can I run X on Y". */
  readonly topic: string;
  /** Only the runtimes the sources speak about. */
  readonly runtimes: Readonly<Partial<Record<RuntimeId, CapabilitySupport>>>;
}

export const SCOPE_STATUSES = [
  "in-scope",
  "eligible",
  "not-in-scope",
  "not-applicable",
  "uncertain",
] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

export interface ServiceScope {
  readonly status: ScopeStatus;
  readonly note?: string;
}

export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly scope: Readonly<Record<ComplianceService, ServiceScope>>;
  readonly note: string;
  readonly sources: readonly Source[];
}

/** General compliance statements that every framework answer carries. */
export interface ComplianceGuidance {
  readonly disclaimer: string;
  readonly sources: readonly Source[];
}

/** An alias that deliberately points at more than one id. */
export interface AliasOverlap {
  readonly alias: string;
  readonly ids: readonly string[];
  readonly reason: string;
}

/** Everything the core needs; immutable once loaded. */
export interface Knowledge {
  /** Content hash; button payloads carry it so stale cards are detected. */
  readonly version: string;
  readonly runtimes: readonly Runtime[];
  readonly categories: readonly Category[];
  readonly topics: readonly Topic[];
  readonly capabilities: readonly Capability[];
  readonly frameworks: readonly Framework[];
  readonly compliance: ComplianceGuidance;
  readonly overlaps: readonly AliasOverlap[];
}

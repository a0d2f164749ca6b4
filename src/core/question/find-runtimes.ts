/**
 * Finds the runtimes a question names, with the ambiguity rule of design.md section 2: a bare "fargate" or
 * "ec2" is the EKS runtime unless the question speaks of ECS (the nearest family word decides when both are
 * named). Also reports "EKS" / "ECS" on their own, which narrow an answer to one family.
 */
import type { Knowledge, RuntimeFamily, RuntimeId } from "../knowledge/model.js";
import { createPhraseIndex } from "../match/phrase-index.js";
import { normaliseTerm } from "../text/normalise-text.js";
import { stemPhrase, type Token } from "../text/tokenise.js";
import { findShorthandRuntimes } from "./find-shorthand-runtimes.js";
import { COMPARE_VERB_PATTERN } from "./intent-patterns.js";
import { isSetAside } from "./is-set-aside.js";
import { describesRuntime, familyOfVocabulary } from "./read-family-hints.js";
import {
  ALL_PATTERN,
  COUNTERPART,
  FAMILY_ALL_PATTERN,
  FAMILY_WORDS,
  LEADING,
  LEADING_GAP,
  RUNTIME_SET_WORDS,
  TRAILING,
  TRAILING_PAIRS,
} from "./runtime-words.js";

export interface RuntimeMention {
  readonly runtime: RuntimeId;
  readonly start: number;
  readonly end: number;
  /** A bare "fargate" or "ec2": weaker evidence, dropped when another runtime is named explicitly. */
  readonly neutral: boolean;
}

export interface RuntimeFindings {
  readonly mentions: readonly RuntimeMention[];
  /** Distinct runtimes in order of first mention. */
  readonly runtimes: readonly RuntimeId[];
  /** Families named by a family word ("EKS", "ECS", "Kubernetes"). */
  readonly families: ReadonlySet<RuntimeFamily>;
  /** Positions of runtime and family words, which topic matching skips. */
  readonly positions: ReadonlySet<number>;
  /** The question compares runtimes or moves between them ("compare", "vs", "from X", "to X"). */
  readonly comparing: boolean;
  /** "all runtimes", "every option", "all of them". */
  readonly all: boolean;
}

/** Words just before a runtime that say a move starts or ends there ("onto Fargate profiles", "off our own EC2"). */
const MOVE_ENDS = new Set(["to", "onto", "into", "off"]);

export type RuntimeFinder = (tokens: readonly Token[], normalised: string) => RuntimeFindings;

export function createRuntimeFinder(knowledge: Knowledge): RuntimeFinder {
  const familyOf = new Map(knowledge.runtimes.map((runtime) => [runtime.id, runtime.family]));
  const neutral = new Set(
    knowledge.runtimes.flatMap((runtime) =>
      runtime.neutralAliases.map((alias) => stemPhrase(normaliseTerm(alias)).join(" ")),
    ),
  );
  const runtimeIndex = createPhraseIndex(
    knowledge.runtimes.flatMap((runtime) =>
      [runtime.name, runtime.shortName, runtime.id, ...runtime.aliases].map((alias) => {
        const stems = stemPhrase(normaliseTerm(alias));
        return { stems, value: { runtime: runtime.id, neutral: neutral.has(stems.join(" ")) } };
      }),
    ),
  );
  const familyIndex = createPhraseIndex(
    FAMILY_WORDS.map(([phrase, family, narrows]) => ({
      stems: stemPhrase(phrase),
      value: { family, narrows },
    })),
  );

  return (tokens, normalised) => {
    const hits = [...runtimeIndex.findLongest(tokens)];
    const describing = new Set<number>();
    hits.push(...findShorthandRuntimes(tokens, hits));
    hits.sort((a, b) => a.start - b.start);
    // "the underlying services (EC2, EBS, the VPC fabric)": a bare EC2 listed with other AWS services is the service.
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i];
      if (
        hit &&
        hit.end === hit.start + 1 &&
        tokens[hit.start]?.raw === "ec2" &&
        listedWithServices(tokens, hit.start)
      )
        hits.splice(i, 1);
    }
    // "mng ec2 nodes", "ec2 container instances": a bare EC2 right next to another runtime describes that runtime's
    // machines, not self-managed nodes.
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i];
      const previous = hits[i - 1];
      const next = hits[i + 1];
      // "our own EC2 container instances": a family-neutral name right before its counterpart describes it.
      const describesNext =
        hit?.value.neutral === true &&
        next?.start === hit.end &&
        COUNTERPART[hit.value.runtime] === next.value.runtime;
      if (!hit || (tokens[hit.start]?.raw !== "ec2" && !describesNext)) continue;
      const after = previous && previous.end === hit.start && previous.value.runtime !== hit.value.runtime;
      const before =
        hit.value.neutral && next && next.start === hit.end && next.value.runtime !== hit.value.runtime;
      if (after || before) {
        hits.splice(i, 1);
        for (let position = hit.start; position < hit.end; position++) describing.add(position);
      }
    }
    const positions = new Set<number>(describing);
    for (const hit of hits) {
      for (let position = hit.start; position < hit.end; position++) positions.add(position);
    }
    // Family words are read before the words around a mention are claimed: "fargate (ECS)" is Fargate on ECS.
    const familyHits = familyIndex.findLongest(tokens, positions);
    for (const hit of hits) {
      markLeadingWord(tokens, hit.start, positions);
      markTrailingWords(tokens, hit.end, positions);
    }
    const families = new Set<RuntimeFamily>();
    for (const hit of familyHits) {
      // "ignoring EKS entirely, how do ECS on EC2 and ECS on Fargate stack up?" compares ECS only.
      if (hit.value.narrows && !isSetAside(tokens, hit.start) && !describesRuntime(hit, hits, familyOf))
        families.add(hit.value.family);
      for (let position = hit.start; position < hit.end; position++) positions.add(position);
    }
    // Context for bare "fargate"/"ec2": family words, and runtimes named explicitly ("ECS on EC2 vs Fargate").
    const context = [
      ...familyHits
        .filter((hit) => !isSetAside(tokens, hit.start))
        .map((hit) => ({ start: hit.start, end: hit.end, family: hit.value.family })),
      ...hits
        .filter((hit) => !hit.value.neutral)
        .map((hit) => ({ start: hit.start, end: hit.end, family: familyOf.get(hit.value.runtime) ?? "eks" })),
    ];
    const explicit = new Set(hits.filter((hit) => !hit.value.neutral).map((hit) => hit.value.runtime));
    const vocabularyFamily = context.length === 0 ? familyOfVocabulary(tokens) : undefined;
    const comparedSideBySide = COMPARE_VERB_PATTERN.test(normalised);
    const mentions = hits.map((hit): RuntimeMention => {
      const counterpart = COUNTERPART[hit.value.runtime];
      if (!hit.value.neutral || !counterpart)
        return { runtime: hit.value.runtime, start: hit.start, end: hit.end, neutral: false };
      // "mng vs fargate vs ecs fargate": ECS on Fargate is named already, so a bare "fargate" is the other one. With
      // nothing of EKS named and nothing compared ("moving ECS EC2 -> ECS Fargate; once on Fargate ..."), it is the
      // same one again.
      const ownFamily = familyOf.get(hit.value.runtime);
      // Not when it stands in a paste or an aside: "(requiresCompatibilities: EC2, FARGATE) ... ECS on EC2 vs ECS
      // on Fargate" compares the ECS runtimes only.
      const compared = comparedSideBySide && tokens[hit.start]?.aside === 0;
      if (
        explicit.has(counterpart) &&
        !explicit.has(hit.value.runtime) &&
        (compared || context.some((point) => point.family === ownFamily))
      ) {
        return { runtime: hit.value.runtime, start: hit.start, end: hit.end, neutral: true };
      }
      // The nearest family word or explicit runtime decides; with none, the Kubernetes-first default stands.
      let nearest: { distance: number; family: RuntimeFamily } | undefined;
      for (const point of context) {
        // A family word just after the mention binds tighter ("fargate on ECS"), so it wins a tie.
        const after = point.start >= hit.end;
        const distance = (after ? point.start - hit.end : hit.start - point.end) + (after ? 0 : 0.5);
        if (!nearest || distance < nearest.distance) nearest = { distance, family: point.family };
      }
      // With no family or runtime named, ECS's own words ("task def", "awsvpc", "container instances") say ECS.
      const family = nearest?.family ?? vocabularyFamily;
      const runtime = family === "ecs" ? counterpart : hit.value.runtime;
      return { runtime, start: hit.start, end: hit.end, neutral: true };
    });
    // "who owns the EC2 instances Auto Mode runs": a bare "ec2" beside an explicitly named runtime is the EC2
    // service, so its words are topic words (the decision drops it as a runtime too, see choose-runtimes.ts).
    // The question compares or moves: a compare word, "from" anywhere, or "to"/"off" before a mention or before its
    // leading word ("go back to running our own ASGs").
    const comparing =
      comparedSideBySide ||
      /\bfrom\b/.test(normalised) ||
      // "moving our ECS container instances over to EKS with our own EC2 nodes": the family word ends the move.
      familyHits.some((hit) => MOVE_ENDS.has(tokens[hit.start - 1]?.raw ?? "")) ||
      mentions.some((mention) => {
        const previous = tokens[mention.start - 1]?.raw ?? "";
        const before = LEADING.has(previous) ? (tokens[mention.start - 2]?.raw ?? "") : previous;
        return MOVE_ENDS.has(before);
      });
    if (explicit.size > 0 && !comparing) {
      for (const mention of mentions) {
        const counterpart = COUNTERPART[mention.runtime];
        if (!mention.neutral || !counterpart || !mention.runtime.endsWith("ec2")) continue;
        // "ECS on EC2 ... our EC2-based cluster" still names that runtime.
        if (explicit.has(mention.runtime) || explicit.has(counterpart)) continue;
        let position = mention.start;
        while (
          position < mention.end ||
          (position < mention.end + 2 && TRAILING.has(tokens[position]?.raw ?? ""))
        )
          positions.delete(position++);
      }
    }
    // "compare fargate on EKS and ECS", "the two Fargate flavours (EKS and ECS)": one family-neutral name compared
    // across both families names that runtime in each.
    const neutral = hits[0]?.value.runtime;
    const counterpart = neutral === undefined ? undefined : COUNTERPART[neutral];
    if (
      comparing &&
      neutral &&
      counterpart &&
      families.has("eks") &&
      families.has("ecs") &&
      hits.every((hit) => hit.value.neutral && hit.value.runtime === neutral)
    ) {
      const [first] = mentions;
      const other = first?.runtime === neutral ? counterpart : neutral;
      if (first) mentions.push({ ...first, runtime: other });
    }
    const runtimes: RuntimeId[] = [];
    for (const mention of mentions) if (!runtimes.includes(mention.runtime)) runtimes.push(mention.runtime);
    // "all runtimes", "the EKS options", "every compute option": the words name runtimes, not topics.
    const all = ALL_PATTERN.test(normalised) || FAMILY_ALL_PATTERN.test(normalised);
    if (all) {
      tokens.forEach((token, position) => {
        if (RUNTIME_SET_WORDS.has(token.raw)) positions.add(position);
      });
    }
    return { mentions, runtimes, families, positions, all, comparing };
  };
}

/** Adds the position of a LEADING word before `start`, looking past at most LEADING_GAP function words. */
function markLeadingWord(tokens: readonly Token[], start: number, positions: Set<number>): void {
  for (let position = start - 1; position >= 0 && position >= start - 1 - LEADING_GAP; position--) {
    const token = tokens[position];
    if (!token) return;
    if (LEADING.has(token.raw)) {
      positions.add(position);
      return;
    }
    if (!token.function) return;
  }
}

/** Words that only say "the machines of that runtime" ("self-managed EKS nodes", "fargate pods") belong to it. */
function markTrailingWords(tokens: readonly Token[], end: number, positions: Set<number>): void {
  if (TRAILING_PAIRS.has(`${tokens[end]?.raw ?? ""} ${tokens[end + 1]?.raw ?? ""}`)) {
    positions.add(end);
    positions.add(end + 1);
    return;
  }
  for (let position = end; position < end + 2 && TRAILING.has(tokens[position]?.raw ?? ""); position++) {
    positions.add(position);
  }
}

/** AWS services a bare "EC2" may be listed with, which make it the EC2 service rather than a runtime. */
const SERVICE_WORDS = new Set([
  "ebs",
  "vpc",
  "s3",
  "elb",
  "alb",
  "nlb",
  "iam",
  "kms",
  "rds",
  "efs",
  "ecr",
  "cloudwatch",
  "cloudtrail",
]);

/** True when the word at `position` stands in a list with an AWS service name ("EC2, EBS", "S3 and EC2"). */
function listedWithServices(tokens: readonly Token[], position: number): boolean {
  const near = (step: number) => {
    const next = tokens[position + step];
    const word = ["and", "or"].includes(next?.raw ?? "") ? tokens[position + 2 * step] : next;
    return SERVICE_WORDS.has(word?.raw ?? "");
  };
  return near(1) || near(-1);
}

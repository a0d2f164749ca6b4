/**
 * The words around runtime names, as data: which words name a family,
 * which words before or after a name belong to it, when a bare "auto" is Auto Mode, and how "all runtimes" is
 * said. `find-runtimes.ts` reads questions with them.
 */
import type { RuntimeFamily, RuntimeId } from "../knowledge/model.js";
import { MACHINE_WORDS } from "./intent-patterns.js";

export const COUNTERPART: Readonly<Partial<Record<RuntimeId, RuntimeId>>> = {
  "eks-fargate": "ecs-fargate",
  "eks-ec2": "ecs-ec2",
};
export const FAMILY_WORDS: readonly (readonly [string, RuntimeFamily, boolean])[] = [
  // [phrase, family, whether it narrows an answer to the family or only hints at it]
  ["eks", "eks", true],
  ["amazon eks", "eks", true],
  ["elastic kubernetes service", "eks", true],
  ["kubernetes", "eks", false],
  ["k8s", "eks", false],
  ["ecs", "ecs", true],
  ["amazon ecs", "ecs", true],
  ["elastic container service", "ecs", true],
  // What people unsure of the product name call them ("the container service with the EC2 option").
  ["container service", "ecs", false],
  ["kubernetes service", "eks", false],
];
/**
 * Words just before a runtime name (or before "on"/"with" and the name) that only say a runtime is in use
 * ("when using EKS Auto", "if we're running on Fargate"): they belong to the mention, not to the topic.
 */
export const LEADING = new Set(["use", "uses", "using", "used", "run", "runs", "running", "via"]);
/** How many words between a leading word and the runtime name may be function words ("running on the"). */
export const LEADING_GAP = 2;
/** Words right after a runtime name that describe its machines or setup rather than a topic. */
export const TRAILING = new Set([
  ...MACHINE_WORDS,
  "eks",
  "ecs",
  "cluster",
  "clusters",
  "pod",
  "pods",
  "task",
  "tasks",
  "setup",
  "environment",
  "env",
]);

/** Pairs right after a runtime name that finish naming it: "ECS with EC2 launch type", "on the Fargate launch type". */
export const TRAILING_PAIRS = new Set(["launch type", "launch types", "capacity provider", "compute type"]);

/** Words before a bare "auto" that make it a place to run ("on auto", "moving to auto"). */
export const AUTO_BEFORE = new Set([
  "on",
  "in",
  "with",
  "to",
  "onto",
  "into",
  "for",
  "using",
  "use",
  "run",
  "running",
]);
/** Words only ECS uses, which make a bare "fargate" or "ec2" ECS's when no family is named. */
export const ECS_WORDS = new Set(["task", "tasks", "taskdef", "taskdefs", "awsvpc", "firelens"]);
export const ECS_PAIRS = new Set([
  "container instance",
  "container instances",
  "service connect",
  "desired count",
  "capacity provider",
  "capacity providers",
  "execution role",
  "task def",
]);
/** Words only Kubernetes uses: with any of them, ECS's words do not decide. */
export const KUBERNETES_WORDS = new Set([
  "pod",
  "pods",
  "kubernetes",
  "k8s",
  "kubectl",
  "kubelet",
  "namespace",
  "namespaces",
  "daemonset",
  "daemonsets",
  "helm",
]);
/** Words between runtimes in a list or comparison, before a shorthand "am" ("mng vs am"). */
export const AM_BETWEEN = new Set(["vs", "v", "versus", "or", "and"]);
/** Words after "am" that make it the English verb ("and am I right", "am not"). */
export const AM_SUBJECTS = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "not",
  "still",
  "also",
  "just",
  "going",
]);
/** Words after "auto" that make it an adjective, not Auto Mode. */
export const AUTO_NOT_A_RUNTIME = new Set([
  "scaling",
  "scale",
  "scaler",
  "scalers",
  "scaled",
  "repair",
  "repairs",
  "repairing",
  "upgrading",
  "updating",
  "remediating",
  "replacement",
  "upgrade",
  "upgrades",
  "update",
  "updates",
  "healing",
  "heal",
  "patching",
  "rotation",
  "recovery",
  "assign",
  "assigned",
  "remediation",
  "remediate",
  "approve",
  "approval",
  "discovery",
  "join",
  "provisioning",
  "renew",
  "renewal",
  "tagging",
  "mount",
  "mounted",
  "generated",
  "complete",
  "pilot",
  "restart",
  "restarts",
  "correct",
  "merge",
  "deploy",
  "deploys",
  "deployment",
  "rollback",
  "sync",
  "backup",
  "backups",
  "enrol",
  "enroll",
]);
/** Words that, in "all the ... runtimes", name the set of runtimes. */
export const RUNTIME_SET_WORDS = new Set([
  "runtime",
  "runtimes",
  "option",
  "options",
  "flavour",
  "flavours",
  "flavor",
  "flavors",
  "compute",
  "variant",
  "variants",
  "mode",
  "modes",
  "model",
  "models",
  "platform",
  "platforms",
  "setups",
  "launch",
  "types",
  "type",
]);
/** "the EKS runtimes", "ECS launch types", "EKS compute options": every runtime of a family. */
export const FAMILY_ALL_PATTERN =
  /\b(?:eks|ecs)(?: (?:compute|node|worker|hosting))? (?:runtimes|options|flavou?rs|variants|modes|launch types|compute types|setups|choices|models|offerings)\b/;

export const ALL_PATTERN =
  /\b(?:all|every|each|both|across) (?:the |of the |our )?(?:(?:two|three|four|five|six|\d) )?(?:(?:eks|ecs|aws|container) )?(?:(?:node|worker|hosting) )?(?:runtimes?|options?|compute options?|platforms|flavou?rs?|models?|types?|compute types?|launch types?|variants?|ways|modes|setups)\b|\b(?:all|both) of them\b(?! (?:are|were|have|had|workers?|nodes?|instances?|hosts?|machines?|boxes|servers?|pods?|tasks?|containers?)\b)|\ball (?:two|three|four|five|six|\d) (?:runtimes|options)\b|\bevery(?: single)? runtime\b|\b(?:all|across) (?:six|6)\b/;

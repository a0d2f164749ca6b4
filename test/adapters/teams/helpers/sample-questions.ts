/**
 * Questions that reach reply shapes card buttons cannot: capabilities, compliance frameworks, "did you mean",
 * and every not-found reason, plus help (with and without words).
 */
export const SAMPLE_QUESTIONS: readonly string[] = [
  "who patches the node os on fargate?",
  "can I run daemonsets on fargate",
  "can I run windows containers on eks auto mode?",
  "is ecs fargate in scope for pci dss",
  "who provides the soc 2 report for eks?",
  "who owns encryption on fargate?",
  "networking",
  "who owns the coffee machine",
  "who owns the quantum flux capacitor",
  "who patches nodes on GKE?",
  "¿quién parchea los nodos en fargate?",
  "help",
  "",
  "is the kubelet ours on managed node groups?",
];

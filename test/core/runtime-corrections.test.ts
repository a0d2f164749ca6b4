/**
 * A runtime taken back in the same message ("on MNG, no wait, self-managed", "sorry, I mean ECS Fargate", "scratch
 * that, Auto Mode") is not asked about; the one that replaces it is. A "no" in the clause of the runtime still sets
 * it aside, and "auto" as the prefix of a word ("auto-fixing") names no runtime.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("a runtime taken back", () => {
  it.each([
    ["who upgrades the VPC CNI on managed node groups, no wait, self-managed?", "cni-plugin", "eks-ec2"],
    ["who patches the node OS? we're on MNG. scratch that, Auto Mode", "os-patching", "eks-auto"],
    ["kube-proxy on EKS Fargate - sorry, I mean on Auto Mode - whose job?", "kube-proxy", "eks-auto"],
    [
      "who handles IMDS hardening on ECS on EC2... actually make that ECS Fargate",
      "instance-metadata-protection",
      "ecs-fargate",
    ],
    [
      "who owns node scaling on self-managed nodes, or rather managed node groups?",
      "node-scaling",
      "eks-mng",
    ],
    ["node subnets: EKS, MNG... no, Fargate. who decides?", "node-subnet-placement", "eks-fargate"],
  ])("%j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("a list whose runtime is corrected lists the corrected one", () => {
    expectList("list what AWS handles for us on MNG. no wait, self-managed", "eks-ec2", "aws");
  });

  it("two runtimes compared are not a correction", () => {
    const reply = expectType(ask("compare managed node groups and, sorry, Fargate on EKS"), "comparison");
    expect(reply.runtimes.length).toBeGreaterThanOrEqual(2);
  });

  it("'no' in the runtime's own clause still sets it aside", () => {
    expectAnswer(
      "we run our own EC2 workers, no managed node groups. who patches the kubelet?",
      "kubelet",
      "eks-ec2",
    );
  });
});

describe("auto as a prefix", () => {
  it.each([
    "is AWS responsible for auto-fixing unhealthy nodes? we're on MNG",
    "who owns auto-healing of broken workers on managed node groups?",
  ])("%j is about managed node groups", (question) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe("eks-mng");
  });
});

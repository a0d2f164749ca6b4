/**
 * Runtimes and families named only to be set aside, one family-neutral runtime compared across both families,
 * and a move told as "today ... tomorrow", on the bundled knowledge.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);
const sorted = (runtimes: readonly string[]) => [...runtimes].sort();

describe("runtimes and families set aside", () => {
  it.each([
    ["unless we're on Fargate, is the EDR agent our problem? this is for managed node groups", "eks-mng"],
    ["except on Auto Mode, who patches the node OS? asking about self-managed nodes", "eks-ec2"],
    ["ignoring fargate for a moment, who rotates the AMIs on managed node groups?", "eks-mng"],
  ])("leaves out a runtime the question sets aside: %j", (question, runtime) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe(runtime);
  });

  it.each([
    [
      "ignoring EKS entirely, how do ECS on EC2 and ECS on Fargate stack up on networking?",
      ["ecs-ec2", "ecs-fargate"],
    ],
    ["excluding ECS, compare MNG and Auto Mode for node security", ["eks-auto", "eks-mng"]],
    [
      "forget ECS for now; compare the EKS options on who handles scaling the nodes",
      ["eks-auto", "eks-ec2", "eks-fargate", "eks-mng"],
    ],
  ])("does not widen a comparison with a family it sets aside: %j", (question, runtimes) => {
    expect(sorted(expectType(ask(question), "comparison").runtimes)).toEqual(runtimes);
  });
});

describe("one family-neutral runtime compared across both families", () => {
  it.each([
    ["compare fargate on eks and ecs for logging", ["ecs-fargate", "eks-fargate"]],
    ["How do the two Fargate flavours (EKS and ECS) stack up on monitoring?", ["ecs-fargate", "eks-fargate"]],
    ["ec2 workers on eks vs ecs, side by side for patching", ["ecs-ec2", "eks-ec2"]],
  ])("is that runtime in each family: %j", (question, runtimes) => {
    expect(sorted(expectType(ask(question), "comparison").runtimes)).toEqual(runtimes);
  });

  it("still compares every runtime when asked for all of them", () => {
    expect(
      expectType(ask("compare all runtimes on eks and ecs for logging"), "comparison").runtimes,
    ).toHaveLength(6);
  });
});

describe("a move told as today and tomorrow", () => {
  it.each([
    ["ECS on EC2 today, EKS on Fargate tomorrow. What shifts between us and AWS?", "ecs-ec2", "eks-fargate"],
    ["managed node groups now, Auto Mode next. what changes for us?", "eks-mng", "eks-auto"],
  ])("is a difference from the first to the second: %j", (question, from, to) => {
    const reply = expectType(ask(question), "difference");
    expect([reply.from, reply.to]).toEqual([from, to]);
  });

  it("answers a topic asked of the runtime of today", () => {
    expectAnswer("today we run ECS on Fargate: who patches the host OS?", "os-patching", "ecs-fargate");
  });
});

describe("pasted blocks", () => {
  it("reads a runtime in a paste as the one the message names around it", () => {
    const question =
      'not k8s, this is ECS on Fargate:\n```json\n"launchType": "FARGATE"\n```\nwho scales the number of tasks with load?';
    expectAnswer(question, "workload-autoscaling", "ecs-fargate");
  });

  it("compares only the runtimes compared outside the paste", () => {
    const question =
      '```json\n"requiresCompatibilities": ["EC2", "FARGATE"]\n```\nside by side please: ECS on EC2 vs ECS on Fargate';
    expect(sorted(expectType(ask(question), "comparison").runtimes)).toEqual(["ecs-ec2", "ecs-fargate"]);
  });

  it("weighs the words of a paste less than the question's own", () => {
    const question =
      '```hcl\nresource "aws_eks_node_group" "apps" {\n  ami_type = "AL2023_x86_64_STANDARD"\n}\n```\nwith managed node groups like this, who gets security patches onto the OS of the workers?';
    expectAnswer(question, "os-patching", "eks-mng");
  });

  it("still compares a bare Fargate with ECS Fargate as EKS's", () => {
    expect(
      sorted(expectType(ask("side by side: fargate vs ecs fargate for logging"), "comparison").runtimes),
    ).toEqual(["ecs-fargate", "eks-fargate"]);
  });
});

describe("Auto Scaling group workers", () => {
  it.each([
    ["moving off our hand-rolled ASG workers to managed node groups, what changes?", "eks-ec2", "eks-mng"],
    ["asg nodes to fargate profiles, what shifts to aws", "eks-ec2", "eks-fargate"],
  ])("are self-managed nodes: %j", (question, from, to) => {
    const reply = expectType(ask(question), "difference");
    expect([reply.from, reply.to]).toEqual([from, to]);
  });
});

describe("comparisons and moves in other words", () => {
  it("compares every runtime of a family's node options", () => {
    const question = "Across the EKS node options, where does host hardening become AWS's job?";
    expect(expectType(ask(question), "comparison").runtimes).toHaveLength(4);
  });

  it.each([
    [
      "where does node OS patching flip over to AWS: self-managed, MNG or Auto Mode?",
      "os-patching",
      ["eks-auto", "eks-ec2", "eks-mng"],
    ],
    [
      "capacity scaling for the nodes, managed node groups next to Auto Mode please",
      "node-scaling",
      ["eks-auto", "eks-mng"],
    ],
    [
      "node image updates: is it the same story on MNG as on self-managed nodes?",
      "ami-management",
      ["eks-ec2", "eks-mng"],
    ],
  ])("answers one topic across the runtimes set side by side: %j", (question, topic, runtimes) => {
    const reply = expectAnswer(question, topic, null);
    expect(sorted(reply.scope)).toEqual(runtimes);
  });

  it.each([
    [
      "we are consolidating our ECS Fargate services onto EKS with Fargate profiles. What is different?",
      "ecs-fargate",
      "eks-fargate",
    ],
    [
      "Moving our ECS container instances over to EKS with our own EC2 nodes - what changes for us?",
      "ecs-ec2",
      "eks-ec2",
    ],
  ])("reads a move: %j", (question, from, to) => {
    const reply = expectType(ask(question), "difference");
    expect([reply.from, reply.to]).toEqual([from, to]);
  });
});

describe("a short clause that leaves something out", () => {
  it.each([
    [
      "scheduler and controller manager, not etcd: who runs those for an Auto Mode cluster?",
      "kubernetes-control-plane",
    ],
    [
      "k8s audit logs from the API server - not CloudTrail - whose job are they on EKS with our own EC2 workers?",
      "control-plane-audit-logs",
    ],
  ])("is not what the question asks about: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it("keeps a hedge after 'not'", () => {
    expectAnswer(
      "who patches the node OS on managed node groups, not sure anymore",
      "os-patching",
      "eks-mng",
    );
  });
});

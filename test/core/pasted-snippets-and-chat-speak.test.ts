/**
 * Questions typed fast or pasted with their evidence: chat shorthand ("r we", "ur", "us rite", "obv"), a vowel
 * misspelt ("responsable"), AWS as the predicate of a yes/no question ("is the kubelet aws on fargate"), and CLI
 * output or JSON pasted before the question, whose "describe" and "Description" ask for no overview.
 */
import { describe, expect, it } from "vitest";
import { answerHeadline } from "../../src/core/render-text.js";
import { normaliseText } from "../../src/core/text/normalise-text.js";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("chat shorthand", () => {
  it.each([
    ["r we on the hook for kernel patching on mng", "customer"],
    ["do u know if we have to patch the os on mng", "customer"],
    ["app code vulns obv us rite", "customer"],
    ["iam roles for the tasks on ecs fargate are ours right", "customer"],
  ])("reads who is asked in %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    ["what are we responsable for on mng", "eks-mng"],
    ["what r we responsible for on fargate", "eks-fargate"],
  ])("lists ours for %j", (question, runtime) => {
    expectList(question, runtime, "customer");
  });

  it.each([
    ["r we on the hook? u know, ur team or theirs", "are we on the hook you know your team or theirs"],
    ["what r the limits", "what are the limits"],
    ["the u.s. region, u-boot and R 4.3", "the u.s region u-boot and r 4.3"],
    ["rite of passage obvs", "right of passage obviously"],
  ])("spells out %j", (raw, text) => {
    expect(normaliseText(raw).text).toBe(text);
  });
});

describe("AWS as the predicate of a yes/no question", () => {
  it.each([
    ["is the kubelet aws on fargate", "kubelet"],
    ["is the kubelet obviously aws's on fargate", "kubelet"],
    ["so is etcd backup all aws now?", "etcd-database"],
  ])("%j asks about AWS", (question, topic) => {
    expect(expectAnswer(question, topic).asked).toBe("aws");
  });

  it.each(["is the node role in aws on mng", "is the instance role from aws on managed node groups"])(
    "not after a preposition: %j",
    (question) => {
      expect(expectAnswer(question, "node-iam-role", "eks-mng").asked).toBeNull();
    },
  );
});

describe("pasted output before the question", () => {
  it.each([
    [
      '$ aws eks describe-nodegroup --cluster-name prod --nodegroup-name ng-1 --query nodegroup.releaseVersion\n"1.28.3-20231116"\nthat image is ancient. who rolls out the newer one?',
      "ami-management",
      "eks-mng",
    ],
    [
      '"Events": [{"Code": "system-retirement", "Description": "running on degraded hardware"}]\nthat is one of our ECS container instances. who deals with the broken physical box?',
      "hardware",
      "ecs-ec2",
    ],
  ])("answers the question, not an overview: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each(["describe fargate for me", "we are on MNG. Can you give me an overview of it?"])(
    "an overview asked for in the asking sentence stays one: %j",
    (question) => {
      expect(ask(question).type).toBe("runtime-info");
    },
  );
});

describe("a negated word matches what it negates", () => {
  it.each([
    [
      "if PVCs come up unencrypted on auto mode, is that AWS's fault?",
      "persistent-volume-encryption",
      "eks-auto",
    ],
    ["unpatched worker nodes on self-managed, who is to blame?", "os-patching", "eks-ec2"],
  ])("%j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });
});

describe("a duty denied to one party, checked with a tag", () => {
  it.each([
    ["AWS doesn't touch the kubelet on our managed node groups, right?", "kubelet", "customer"],
    ["we never have to think about etcd, correct?", "etcd-database", "aws"],
    [
      "so we don't need to run CIS checks against the nodes on EKS Fargate, correct?",
      "node-hardening-cis",
      "aws",
    ],
    [
      "so in-cluster DNS isn't AWS's problem on managed node groups, right?",
      "cluster-dns-coredns",
      "customer",
    ],
    ["host scanning: not our job when pods run on EKS Fargate, yeah?", "host-vulnerability-scanning", "aws"],
    ["True or false: AWS does not patch the node OS on self-managed nodes", "os-patching", "customer"],
  ])("%j makes the other party the owner, so 'Yes.' confirms it", (question, topic, party) => {
    expect(expectAnswer(question, topic).asked).toBe(party);
  });

  it("'Yes.' opens the answer when the denial holds", () => {
    const reply = expectAnswer(
      "we never have to patch the hypervisor on MNG, right?",
      "virtualization-platform",
    );
    expect(answerHeadline(reply)).toMatch(/^Yes\. /);
  });

  it.each([
    ["we don't need to patch the node OS on Fargate, do we?", "customer"],
    ["does AWS not patch the kubelet on self-managed nodes?", "aws"],
  ])("without a tag that asks whether it holds, the party named is asked about: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });
});

describe("runtimes named through their internals", () => {
  it.each([
    ["with the built-in Karpenter provisioning our nodes, does AWS run in-cluster DNS for us?", "eks-auto"],
    ["the EDR agent on the container instances in our capacity provider ASG, who runs it?", "ecs-ec2"],
    [
      "the ECS agent runs on our instances. who patches docker on the instances running the ecs agent?",
      "ecs-ec2",
    ],
    ["our tasks are all on platform version 1.4.0, who patches the kernel under them?", "ecs-fargate"],
    [
      "we enforce pod security with Gatekeeper on our ASG-based EKS workers. who owns that enforcement?",
      "eks-ec2",
    ],
    ["on ECS, who patches the OS of our asg based nodes?", "ecs-ec2"],
  ])("%j", (question, runtime) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe(runtime);
  });
});

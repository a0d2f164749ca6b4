/**
 * Claims put up for checking ("heard AWS does X, true?") and words broken by dictation or a phone keyboard ("far
 * gate", "man aged node groups", "e k s"), on the bundled knowledge. Each rule is checked on more than one wording.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("a claim put up for checking", () => {
  it.each([
    ["someone said AWS rotates the worker AMIs on managed node groups by itself. true?", "aws"],
    ["my lead keeps saying Fargate patches the host OS for ECS tasks. is that actually right?", "aws"],
    ["heard the audit logs of the API server are collected by AWS by default, accurate?", "aws"],
    [
      'runbook line for ECS on EC2: "CIS checks on the container instances, handled by AWS". Is that right?',
      "aws",
    ],
    ["pretty sure guarding the data centre buildings is basically on AWS", "aws"],
    [
      "my understanding is that on ECS with EC2 we still own the container instance OS. correct me",
      "customer",
    ],
    [
      "myth or fact: on managed node groups we have to drain the nodes ourselves before an upgrade",
      "customer",
    ],
  ])("asks about the party the claim makes the owner: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    ["aws backs up etcd?", "aws"],
    ["aws scales the managed node groups?", "aws"],
    ["we roll the new AMIs on managed node groups?", "customer"],
    ["Reckon AWS keeps the etcd datastore healthy for us on EKS?", "aws"],
  ])("reads a one-sentence statement asked as a question: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    [
      "I read that on ECS Fargate you still have to harden the OS underneath your tasks yourself. is that right?",
      "customer",
    ],
    [
      "according to the onboarding doc, the KMS keys are AWS's to manage, rotation included. is that accurate?",
      "aws",
    ],
    ["the vendor says the physical servers our ECS Fargate tasks run on are entirely AWS's. true?", "aws"],
  ])("reads a claim about 'you', or that something is AWS's: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    [
      "AWS handles the hypervisor, sure, but is patching the OS on our self-managed EKS workers ours?",
      "customer",
    ],
    ["AWS secures the hardware, but is it on us to classify the PII our containers store?", "customer"],
  ])("reads the clause after 'but' as the one that asks: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    ["auto mode kube-proxy. theirs?", "aws"],
    ["who sets up the subnets and routes my app lives in? is that AWS?", "aws"],
  ])("reads a closing 'theirs?' or 'is that AWS?': %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("offers a choice in 'is that AWS now or still us?'", () => {
    const reply = ask(
      "on managed node groups who takes care of the CoreDNS add-on updates, is that AWS now or still us?",
    );
    expect(expectType(reply, "answer").asked).toBeNull();
  });

  it("lets a tag outweigh a denied duty in the clauses around it", () => {
    const reply = ask("heard the control plane is scaled by AWS so we don't need to think about it. true?");
    expect(expectType(reply, "answer").asked).toBe("aws");
  });

  it.each([
    "my understanding is the node role is created by AWS on Auto Mode. am I wrong?",
    "someone mentioned AWS handles the etcd backups. am I missing something?",
  ])("reads 'am I wrong' as a tag, not as a question about us: %j", (question) => {
    expect(expectType(ask(question), "answer").asked).toBe("aws");
  });

  it("yields to a yes/no question after a reported claim", () => {
    const reply = ask(
      "The runbook said we own the hardware risk on ECS. Is AWS responsible for the physical servers underneath?",
    );
    expect(expectType(reply, "answer").asked).toBe("aws");
  });

  it.each([
    "heard AWS patches the nodes on Fargate. who patches them on managed node groups?",
    "apparently AWS scans images now, so which team owns scanning on ECS Fargate?",
  ])("is no claim check when the message asks who: %j", (question) => {
    expect(expectType(ask(question), "answer").asked).toBeNull();
  });
});

describe("words broken by dictation or a phone keyboard", () => {
  it.each([
    ["who patches the os on far gate pods in e k s", "os-patching", "eks-fargate"],
    ["who replaces the nodes on man aged node groups", "node-replacement-rotation", "eks-mng"],
    ["does aws handle the hyper visor under ecs far gate", "virtualization-platform", "ecs-fargate"],
    ["who picks the sub nets for the man aged node groups", "node-subnet-placement", "eks-mng"],
  ])("joins a word broken in two when the knowledge knows it whole: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    ["who can log in to the worker nodes on managed node groups", "node-remote-access", "eks-mng"],
    ["who should back up etcd on eks", "etcd-database", null],
  ])("keeps phrases the knowledge knows word by word: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });
});

describe("abbreviated runtime names", () => {
  it.each([
    ["hostNetwork on EKS AM, who polices it", "host-namespaces", "eks-auto"],
    ["who patches the node OS on SMN", "os-patching", "eks-ec2"],
  ])("reads them: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("does not correct an everyday word into a topic word", () => {
    const reply = expectAnswer(
      "the node count matters for our licence. who scales the nodes on Auto Mode?",
      "node-scaling",
    );
    expect(reply.runtime?.id).toBe("eks-auto");
  });
});

describe("a quiz item", () => {
  it.each([
    ["True or false: on EKS Fargate AWS patches the node OS", "aws"],
    ["T/F: the customer writes the network policies on Auto Mode", "customer"],
    ["T or F: with managed node groups AWS grows the worker count for you", "aws"],
    ["true or false - RBAC roles are written by the customer on ECS... wait, on EKS MNG", "customer"],
  ])("asks about the party the statement makes the owner: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });
});

describe("requests that are not questions", () => {
  it.each([
    ["Can you enable GuardDuty in every region for me?", "task"],
    ["step by step for setting up AWS Backup for our EBS volumes?", "task"],
    ["how much SLA credit do we get for last week's API outage?", "out-of-scope"],
    ["$ kubectl delete pod api-7f9c -n prod\ncan you just run this for me? it is stuck terminating", "task"],
    ["aws eks update-nodegroup-version --cluster-name prod. could someone execute that for us?", "task"],
  ])("%j", (question, reason) => {
    expect(expectType(ask(question), "not-found").reason).toBe(reason);
  });
});

describe("an operating verb opening the message", () => {
  it.each(["restart deployment api-v2 in namespace prod", "delete pod payments-7d9f4 in prod"])(
    "commands the thing it names by id: %j",
    (question) => {
      expect(expectType(ask(question), "not-found").reason).toBe("task");
    },
  );

  it("names a topic when no id follows", () => {
    expect(ask("drain node behaviour on managed node groups").type).toBe("answer");
  });
});

/**
 * Lists asked for the way managers, auditors and new owners ask: a party's column of the matrix, its rows, every
 * control someone is accountable for, what lands on a team, what is on our plate "in that setup". Each rule on
 * more than one wording, and the wordings that must stay something else.
 */
import { describe, expect, it } from "vitest";
import { expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("lists in handover wording", () => {
  it.each([
    ["Give me the AWS column for ECS on EC2.", "ecs-ec2", "aws"],
    ["show me amazon's column for managed node groups", "eks-mng", "aws"],
    ["AWS-owned rows for EKS Auto Mode only", "eks-auto", "aws"],
    ["which rows are co-owned on fargate profiles?", "eks-fargate", "shared"],
    ["list what AWS is on the hook for on ECS Fargate", "ecs-fargate", "aws"],
    ["ECS on container instances: what lands on the platform team?", "ecs-ec2", "customer"],
    [
      "an auditor wants every control we are accountable for on MNG. Can you pull that together?",
      "eks-mng",
      "customer",
    ],
    ["gimme our todo list on ecs container instances pls", "ecs-ec2", "customer"],
  ])("%j", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });

  it.each([
    "We run ECS on Fargate so we don't have to run servers. What does AWS take care of for us in that setup?",
    "We're on ECS Fargate with a tiny team. What does AWS look after in our environment?",
  ])("the place pointed back at is no topic: %j", (question) => {
    expectList(question, "ecs-fargate", "aws");
  });

  it("what we and AWS do together is still the shared list", () => {
    expectList("what do we and aws do together on mng", "eks-mng", "shared");
  });
});

describe("what stays something else", () => {
  it("our column next to another runtime's is a comparison", () => {
    expect(expectType(ask("put the MNG column next to the Fargate column"), "comparison").runtimes).toEqual([
      "eks-mng",
      "eks-fargate",
    ]);
  });

  it("a topic asked about in that setup is still the topic", () => {
    const reply = expectType(ask("we run Auto Mode. who patches the node OS in that setup?"), "answer");
    expect([reply.topic.id, reply.runtime?.id]).toEqual(["os-patching", "eks-auto"]);
  });

  it("'gimme' reads as 'give me': a request for the list, not a task", () => {
    expect(ask("can you gimme the list of our duties on fargate pls").type).toBe("list");
  });
});

describe("formal wording of who is asked", () => {
  it.each([
    ["Does the duty of encrypting the nodes' root disks fall upon us under EKS Auto Mode?", "customer"],
    ["Is it incumbent upon us to replace the container instances when running ECS on EC2?", "customer"],
    ["Is it our lookout to keep the container instances in private subnets on ECS EC2?", "customer"],
    ["Is it for us to install EDR software on the ECS EC2 hosts?", "customer"],
    ["Does the remit for backing up etcd fall to Amazon on EKS?", "aws"],
    ["Does responsibility for the API server audit logs rest with Amazon on Fargate-backed EKS?", "aws"],
  ])("%j asks about %s", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("'share the list' asks for our list, not the shared one", () => {
    expectList(
      "Please do the needful and share the list of items we must own on EKS with self-managed nodes.",
      "eks-ec2",
      "customer",
    );
  });
});

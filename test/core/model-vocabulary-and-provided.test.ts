/**
 * AWS's own words for the model ("inherited control", "customer-specific", "security of the cloud", "below the
 * line") and questions about what a runtime provides without us ("built in", "out of the box", "on their own"):
 * each read as the party it names, on wordings of more than one kind, beside the forms that must stay as they were.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);
const askedOf = (question: string) => expectType(ask(question), "answer").asked;

describe("the shared responsibility model's own vocabulary", () => {
  it.each([
    ["is patching the Fargate micro-VM OS an inherited control on EKS Fargate?", "aws"],
    ["etcd backups on EKS: security of the cloud, right?", "aws"],
    ["is the node AMI below the line on Auto Mode?", "aws"],
    ["has kube-proxy moved below the line on EKS Fargate?", "aws"],
    ["writing NetworkPolicies on managed node groups - a customer-specific control?", "customer"],
    ["IAM roles for our ECS tasks: security in the cloud?", "customer"],
    ["is image scanning above the line on ECS Fargate?", "customer"],
  ])("%j asks about %s", (question, party) => {
    expect(askedOf(question)).toBe(party);
  });

  it.each([
    ["list the inherited controls for ECS on Fargate", "ecs-fargate", "aws"],
    ["what falls below the line on EKS Auto Mode?", "eks-auto", "aws"],
    ["enumerate our customer-specific controls on self-managed EKS nodes", "eks-ec2", "customer"],
    ["what's above the line for us on ECS on EC2?", "ecs-ec2", "customer"],
    ["which shared controls are there on managed node groups?", "eks-mng", "shared"],
    ["For our control matrix on EKS Auto Mode, list everything we inherit from AWS.", "eks-auto", "aws"],
  ])("%j lists %s's %s", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });

  it.each([
    [
      "adding Linux capabilities like NET_ADMIN to ECS Fargate tasks: which side of the line?",
      "linux-capabilities",
    ],
    ["node auto repair on managed node groups - which half of the model?", "node-health-repair"],
  ])("'which side' asks who owns one topic: %j", (question, topic) => {
    const reply = expectAnswer(question, topic);
    expect(reply.asked).toBeNull();
  });

  it("'is that our half?' asks about the topic before it", () => {
    const reply = expectAnswer(
      "pod disruption budgets on Auto Mode: is that our half?",
      "pod-disruption-budgets",
    );
    expect(reply.asked).toBe("customer");
  });

  it("what a team inherits is still its list, not AWS's", () => {
    expectList("what does my team inherit on self-managed nodes?", "eks-ec2", "customer");
  });
});

describe("what a runtime provides without us", () => {
  it.each([
    "does Auto Mode come with the EBS CSI driver out of the box?",
    "is there an image scanner built in on ECS Fargate?",
    "EKS Fargate: is the OS patching included?",
    "do we get node volume encryption for free on ECS Fargate?",
    "do managed node groups upgrade themselves after a control plane upgrade?",
    "does ECS take care of the OS patches on our container instances?",
    "is CoreDNS something Auto Mode just runs for us?",
  ])("%j asks whether AWS does it", (question) => {
    expect(askedOf(question)).toBe("aws");
  });

  it.each([
    "is the VPC CNI built in on Auto Mode, or do we install it ourselves?",
    "are secrets encrypted in etcd by default on EKS, or do we have to set that up?",
  ])("provided or ours asks about neither: %j", (question) => {
    expect(askedOf(question)).toBeNull();
  });

  it.each([
    "are we automatically compliant with PCI on ECS Fargate?",
    "GuardDuty runtime monitoring isn't turned on in our org yet. Is runtime threat detection on us?",
  ])("a statement or our own state is not a question about what AWS provides: %j", (question) => {
    expect(askedOf(question)).not.toBe("aws");
  });

  it("a yes/no question beside 'who owns it' asks who", () => {
    expect(askedOf("are control plane logs on by default on Auto Mode, and who owns them?")).toBeNull();
  });

  it.each([
    ["what comes out of the box with EKS Auto Mode?", "eks-auto", "aws"],
    ["what does ECS Fargate bundle and handle for us?", "ecs-fargate", "aws"],
    ["what do we still have to do that is not built in on Auto Mode?", "eks-auto", "customer"],
  ])("%j lists %s's %s", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });
});

describe("runtimes named with their launch type", () => {
  it("'ECS with EC2 launch type' leaves no topic words behind", () => {
    const reply = ask(
      "on ECS with EC2 launch type, who is on the hook for adding instances when tasks can't be placed?",
    );
    expect(reply.type).not.toBe("runtime-info");
    if (reply.type === "answer") expect(reply.runtime?.id).toBe("ecs-ec2");
  });
});

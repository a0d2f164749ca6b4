/**
 * Parties named the way organisations talk: the customer's own teams and roles ("the platform team", "secops",
 * "Priya's squad", "the MSP"), a client spoken of in the third person by a consultant ("my client", "the tenant",
 * then "they" and "theirs"), and AWS as "the cloud provider". Each rule on more than one wording, with the wordings
 * that must stay as they were: AWS's own teams, "heard people say", client certificates, tenant isolation.
 */
import { describe, expect, it } from "vitest";
import { findGroupWords } from "../../src/core/question/name-parties.js";
import { normaliseText } from "../../src/core/text/normalise-text.js";
import { tokenise } from "../../src/core/text/tokenise.js";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);
const askedOf = (question: string) => expectType(ask(question), "answer").asked;

describe("the customer's own teams and roles", () => {
  it.each([
    "is patching the worker AMIs the platform team's job on managed node groups?",
    "does our cloud engineering team have to rotate the node IAM role creds on self-managed nodes?",
    "is locking down IMDS secops's problem on ECS container instances?",
    "are the app devs expected to set resource limits on their pods on Auto Mode?",
    "is Priya's squad on the hook for the kubelet config on self-managed workers?",
    "is the MSP we contract responsible for the guest OS patches on ECS EC2?",
    "is writing network policies something the SREs have to do on EKS Fargate?",
    "is it on our data team to back up what their Fargate tasks write to EFS?",
    "should the ops engineers still care about the container runtime on managed node groups?",
  ])("a team of ours asked about is us: %j", (question) => {
    expect(askedOf(question)).toBe("customer");
  });

  it.each([
    "is the node OS on Fargate the platform team's job or AWS's?",
    "does the security team own the CNI on Auto Mode, or does AWS?",
    "is the EBS CSI driver something the platform team owns or does Auto Mode handle that part?",
  ])("a team of ours against AWS asks about neither: %j", (question) => {
    expect(askedOf(question)).toBeNull();
  });

  it("AWS's own teams stay AWS", () => {
    expect(askedOf("does the EKS service team back up etcd?")).toBe("aws");
  });

  it("a team named in a sentence that only sets the scene is not asked about", () => {
    const reply = expectAnswer(
      "the devs keep asking whether they should get cluster-admin. anyway, on ECS Fargate who patches the host OS?",
      "os-patching",
      "ecs-fargate",
    );
    expect(reply.asked).toBeNull();
  });

  it("a team's list is our list, even when the team does not have to do what AWS does", () => {
    expectList("what does the platform team own on ECS on EC2?", "ecs-ec2", "customer");
    expectList("what does AWS run on ECS Fargate so the ops team doesn't have to?", "ecs-fargate", "aws");
  });
});

describe("a client in the third person", () => {
  it.each([
    ["my client runs ECS on Fargate: is scanning their images on them?", "customer"],
    ["for a tenant on managed node groups, is Kubernetes RBAC theirs to set up?", "customer"],
    ["customer on self-managed EKS nodes wants EDR on the hosts - theirs to install?", "customer"],
    ["client on EKS Auto Mode asks whether they still need to roll the node AMIs themselves", "customer"],
    ["the end client wants to know if AWS patches the hypervisor under their ECS tasks", "aws"],
    ["for a client on Auto Mode, is the provider taking care of CoreDNS?", "aws"],
  ])("%j asks about %s", (question, party) => {
    expect(askedOf(question)).toBe(party);
  });

  it("what the client keeps is the customer's list", () => {
    expectList("what does the client still own on EKS Fargate?", "eks-fargate", "customer");
  });

  it.each([
    "client certs for the API server on MNG - ours?",
    "tenant isolation between namespaces on eks fargate, is that aws?",
  ])("a client or tenant that is a thing names no client: %j", (question) => {
    const reply = expectType(ask(question), "answer");
    expect(reply.asked).not.toBeNull();
  });

  it("'them' is the client only as the one a duty is on", () => {
    expect(askedOf("client needs the SOC 2 reports for EKS - that's AWS handing them over, right?")).toBe(
      "aws",
    );
  });
});

describe("the cloud provider is AWS", () => {
  it.each([
    "does the cloud provider patch the Fargate micro-VMs on ECS?",
    "is the hyperscaler responsible for the physical data centres under EKS?",
  ])("%j", (question) => {
    expect(askedOf(question)).toBe("aws");
  });

  it("the words of the question still find the topic", () => {
    const reply = expectAnswer("is the provider on the hook for etcd backups on EKS?", "etcd-database");
    expect(reply.asked).toBe("aws");
  });
});

describe("the words that describe a team say who, not what", () => {
  const groupWords = (text: string) => {
    const tokens = tokenise(normaliseText(text).marked);
    return [...findGroupWords(tokens)].map((position) => tokens[position]?.raw);
  };

  it.each([
    ["does the network team configure those?", ["network"]],
    ["is it on our cloud ops team to patch them?", ["cloud", "ops"]],
    ["is that the DBA squad's problem?", ["dba"]],
  ])("%j: %j leave topic matching", (text, words) => {
    expect(groupWords(text)).toEqual(words);
  });

  it.each([
    "can another team's pods reach ours?",
    "the platform team role has admin on the cluster",
    "who replaces broken nodes on managed node groups, SRE or AWS?",
    "is locking down IMDS secops's problem?",
  ])("%j describes no team of ours", (text) => {
    expect(groupWords(text)).toEqual([]);
  });
});

/**
 * Prices and requests the bot refuses, the asker's own teams as the customer side, a runtime family's options as
 * a comparison, and the control plane named in a version bump, on the bundled knowledge.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("prices and requests", () => {
  it.each([
    "what is the hourly fee per EKS cluster?",
    "does running an older kubernetes version cost extra per cluster-hour?",
    "is there an extra charge for Fargate ephemeral storage?",
    "what's the hourly cost of an EKS control plane",
  ])("refuses a fee or a surcharge as a price: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("out-of-scope");
  });

  it.each([
    "Please open a support case about our node group failing to scale.",
    "please escalate the ticket about the failing cluster upgrade",
    "can you give me kubectl access to the prod cluster?",
    "could you get us admin rights on the staging account",
    "can you restart the coredns pods on our prod cluster right now?",
    "Please download the latest SOC 2 report and email it to the auditors.",
  ])("refuses a request to act as a task: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("task");
  });

  it("still answers who opens the cluster endpoint", () => {
    expectAnswer(
      "who opens the cluster endpoint to the internet on auto mode?",
      "cluster-endpoint-access",
      "eks-auto",
    );
  });
});

describe("prices and other services only around the question", () => {
  it.each([
    [
      "log retention for container stdout on ECS Fargate: who decides how long we keep it? our CloudWatch bill is huge",
      "application-logs",
    ],
    [
      "is it on us to set the cpu/mem requests on EKS Fargate pods? that's literally what we get billed on",
      "resource-quotas-limits",
    ],
    [
      "who configures the CloudTrail trails and how long the events are kept? trying to cut S3 spend",
      "cloudtrail-api-audit",
    ],
  ])("answer the question: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    [
      "Our Datadog licence is billed per host. On EKS Auto Mode, who scales the nodes up and down?",
      "node-scaling",
    ],
    [
      "Does AWS own the hypervisor under our ECS Fargate tasks? Just want to know what the compute price covers.",
      "virtualization-platform",
    ],
    [
      "separate from the EBS bill for our PVCs: is encrypting those volumes on self-managed EKS on us?",
      "persistent-volume-encryption",
    ],
  ])("answer an ownership question asked beside a price: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it("still refuses a price asked beside context", () => {
    expect(
      expectType(ask("We run ECS on Fargate. How much does a vCPU hour cost there?"), "not-found").reason,
    ).toBe("out-of-scope");
  });

  it("reads 'besides billing' as set aside", () => {
    const reply = expectType(
      ask(
        "we're migrating ECS services from EC2 launch type to Fargate; besides billing, which responsibilities shift?",
      ),
      "difference",
    );
    expect([reply.from, reply.to]).toEqual(["ecs-ec2", "ecs-fargate"]);
  });

  it.each([
    "our Lambda function's managed runtime has a CVE. who has to patch it?",
    "TIL Lambda handles all the OS patching for you. true?",
  ])("still refuses another service that the question points back at: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("out-of-scope");
  });
});

describe("lists asked for in a compliance voice", () => {
  it.each([
    ["Which controls are shared between us and AWS on ECS Fargate?", "ecs-fargate", "shared"],
    [
      "can someone give me the full list of things we own on ECS Fargate so I can fill in the RACI?",
      "ecs-fargate",
      "customer",
    ],
    [
      "everything that's on us for ECS with container instances? need it for the runbook owners column",
      "ecs-ec2",
      "customer",
    ],
  ])("reads the list: %j", (question, runtime, owner) => {
    const reply = expectType(ask(question), "list");
    expect([reply.runtime.id, reply.owner]).toEqual([runtime, owner]);
  });

  it("reads the evidence for the data centres of our clusters as physical security, not office matters", () => {
    expectAnswer(
      "PE family in 800-53 (physical access, guards, badge readers) for the DCs hosting our EKS clusters: who provides that evidence?",
      "physical-facilities",
    );
  });

  it("refuses a question about an office event", () => {
    expect(
      expectType(ask("could someone tell me where the recording of the town hall was posted?"), "not-found")
        .reason,
    ).toBe("out-of-scope");
  });
});

describe("the asker's own teams", () => {
  it.each([
    ["does the platform team need to own the CNI on Auto Mode?", "cni-plugin"],
    [
      "should the security team own the CIS benchmark for the nodes on managed node groups?",
      "node-hardening-cis",
    ],
    ["Is patching the hypervisor something our infra team has to do?", "virtualization-platform"],
  ])("reads them as the customer side: %j", (question, topic) => {
    const reply = expectAnswer(question, topic);
    expect(reply.asked).toBe("customer");
  });

  it("reads AWS's own team as AWS", () => {
    const reply = ask("does the AWS team patch the control plane?");
    expect(expectType(reply, "answer").asked).toBe("aws");
  });
});

describe("the party a question names", () => {
  it.each([
    ["On Auto Mode, is cluster DNS already AWS's headache?", "aws"],
    ["if nobody scans our images on ECS Fargate, can we blame AWS?", "aws"],
    ["setting runAsNonRoot on our pods in Auto Mode, that one is for us only, correct?", "customer"],
    ["if AWS patches the Fargate hosts and evicts our pods, is keeping enough replicas up ours?", "customer"],
  ])("reads who is asked about: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    "pod disruption budgets for Auto Mode node recycling, our call or theirs?",
    "who sets the PDBs when AWS patches fargate",
  ])("asks about neither party in a choice or a clause that only sets the scene: %j", (question) => {
    expect(expectType(ask(question), "answer").asked).toBeNull();
  });

  it.each([
    ["not what AWS does: what's left on our plate with EKS Auto Mode?", "eks-auto"],
    ["ECS Fargate, our responsibilities only, leave out the shared ones and AWS's", "ecs-fargate"],
  ])("lists ours when AWS's and the shared ones are set aside: %j", (question, runtime) => {
    const reply = expectType(ask(question), "list");
    expect([reply.runtime.id, reply.owner]).toEqual([runtime, "customer"]);
  });

  it("lists what AWS does not handle as ours", () => {
    const reply = expectType(ask("is there anything AWS does NOT handle for us on EKS Auto Mode?"), "list");
    expect([reply.runtime.id, reply.owner]).toEqual(["eks-auto", "customer"]);
  });

  it("reads 'which can't' as part of what is asked, not as a limit of the runtime", () => {
    const reply = ask(
      "who decides which pods can talk to the database and which can't? we're on managed node groups",
    );
    const topics =
      reply.type === "answer"
        ? [reply.topic.id]
        : reply.type === "clarify"
          ? reply.candidates.map((candidate) => candidate.id)
          : [];
    expect(topics).toContain("kubernetes-network-policies");
  });
});

describe("every runtime by number", () => {
  it.each([
    "os patching across all 6, table pls",
    "can I see who patches the OS across all six side by side?",
  ])("is a table with that topic first: %j", (question) => {
    const reply = expectType(ask(question), "comparison");
    expect(reply.runtimes).toHaveLength(6);
    expect(reply.focus?.id).toBe("os-patching");
  });

  it("lists ours after 'but' when AWS's part is only the setting", () => {
    const reply = expectType(ask("AWS does a lot on Auto Mode, but what exactly is still ours?"), "list");
    expect([reply.runtime.id, reply.owner]).toEqual(["eks-auto", "customer"]);
  });
});

describe("a runtime family's options", () => {
  it.each([
    ["can u line up the eks options for node patching", ["eks-auto", "eks-ec2", "eks-fargate", "eks-mng"]],
    ["the ecs choices side by side for logging please", ["ecs-ec2", "ecs-fargate"]],
  ])("compares every runtime of the family: %j", (question, runtimes) => {
    expect([...expectType(ask(question), "comparison").runtimes].sort()).toEqual(runtimes);
  });
});

describe("the control plane named in a version bump", () => {
  it.each([
    "control plane minor version bump on mng - whose job?",
    "who does the control plane version bump on fargate",
    "who kicks off the Kubernetes version upgrade of the control plane on our self-managed workers?",
    "Does AWS do the Kubernetes minor-version upgrade of the control plane for us on managed node groups?",
  ])("is the control plane's upgrade, not the nodes': %j", (question) => {
    expectAnswer(question, "control-plane-version-upgrade");
  });
});

/**
 * Pasted findings and incident talk ("... has AdministratorAccess. ECS Fargate. Who remediates?", "who runs
 * containment on this?"), guesses put up after a who-question ("who runs etcd? that's AWS's bit, right?"), and
 * requests to act or to price, on the bundled knowledge. Each rule is checked on more than one wording.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("a sentence of 'who' and a verb", () => {
  it.each([
    [
      "Pen test finding 4: the task role of the billing service can read every S3 bucket. ECS Fargate. Who remediates?",
      "pod-aws-credentials",
      "ecs-fargate",
    ],
    [
      "Scanner says the etcd datastore of our EKS cluster isn't backed up anywhere we can see. Who handles?",
      "etcd-database",
      null,
    ],
  ])("asks about the sentence before it: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });
});

describe("containment and the finding it is about", () => {
  it.each([
    [
      "GuardDuty flagged a reverse shell in one of our tasks on ECS (EC2 launch type). Who does containment for this?",
    ],
    ["containment of a compromised pod on EKS Fargate - us or AWS?"],
  ])("is incident response, not the container runtime: %j", (question) => {
    expect(expectType(ask(question), "answer").topic.id).toBe("incident-response");
  });

  it("still reads 'container instances' as the ECS on EC2 runtime", () => {
    expectList(
      "for the runbook: everything on us with ECS on EC2 container instances?",
      "ecs-ec2",
      "customer",
    );
  });
});

describe("a guess put up after the who-question", () => {
  it.each([
    ["who keeps the etcd datastore replicated across zones on EKS? that's AWS's bit, right?", "aws"],
    ["who patches the worker OS on self-managed EKS nodes? we do, right?", "customer"],
    ["who patches the host under ECS Fargate tasks? aws does, correct?", "aws"],
  ])("asks about the party guessed: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("a who-question alone names no party", () => {
    expect(expectType(ask("who keeps the etcd datastore replicated on EKS?"), "answer").asked).toBeNull();
  });
});

describe("parties named in passing", () => {
  it.each([
    ["we can't get a shell on Auto Mode nodes. is node access an AWS-only thing there?", "aws"],
    [
      "playbook step 4, imaging the disk of an ECS on EC2 container instance: is that on our team?",
      "customer",
    ],
  ])("%j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("'X or Y for us' after 'does AWS' still asks about AWS", () => {
    const reply = ask("does AWS run antivirus or EDR for us on ECS with EC2 instances?");
    expect(expectType(reply, "answer").asked).toBe("aws");
  });

  it("'the people on my team' in a who-question asks about no party", () => {
    const reply = ask("who manages the IAM policies for the people on my team who deploy to ECS on EC2?");
    expect(expectType(reply, "answer").asked).toBeNull();
  });
});

describe("lists and comparisons in other words", () => {
  it.each([
    ["which jobs is AWS doing for us once we are on EKS Auto Mode?", "eks-auto", "aws"],
    [
      "managed node groups: which stuff is split between us and AWS? need to know who to loop in",
      "eks-mng",
      "shared",
    ],
  ])("reads the list: %j", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });

  it("another cloud's doc as context does not refuse a comparison of a family", () => {
    const reply = ask(
      "AKS has a good page comparing its node options. Anything side by side like that for the EKS options?",
    );
    expect(expectType(reply, "comparison").runtimes).toEqual([
      "eks-ec2",
      "eks-mng",
      "eks-fargate",
      "eks-auto",
    ]);
  });

  it("a subnet ACL is a network ACL", () => {
    expectAnswer(
      "who writes the ACL rules on the subnets of our ECS Fargate tasks?",
      "network-firewall-nacls",
      "ecs-fargate",
    );
  });
});

describe("requests and prices", () => {
  it.each([
    ["can you isolate node ip-10-0-1-5 and snapshot its volume for me?"],
    ["please suppress the Security Hub finding for the dev cluster"],
    ["can someone page the platform on-call? ingress is down"],
  ])("a request to act is a task: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("task");
  });

  it.each([
    ["how much extra are we paying for Fargate compared to EC2?"],
    ["how much are we spending on extended support for 1.28?"],
  ])("a question about spend is out of scope: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("out-of-scope");
  });
});

describe("wording around the question", () => {
  it("'isn't X something AWS does?' asks, so the sentences before it are context", () => {
    const reply = ask(
      "Config rule ECR-7 says our ECR repositories need a lifecycle and scanning setup. We only use ECS Fargate. Isn't scanning something AWS just does for us there?",
    );
    expect(expectType(reply, "answer").topic.id).toBe("image-vulnerability-scanning");
  });

  it.each([
    [
      "@whoowns does AWS handle backing up etcd for our EKS clusters? the DR doc has a blank there",
      "etcd-database",
    ],
    ["@sam.k who patches the node OS on managed node groups?", "os-patching"],
  ])("a mention typed as text is not a word of the question: %j", (question, topic) => {
    expect(expectType(ask(question), "answer").topic.id).toBe(topic);
  });

  it("a typed mention alone asks for help", () => {
    expect(ask("@whoowns").type).toBe("help");
  });

  it("'all of them workers' counts machines, not runtimes", () => {
    const reply = ask(
      "12 instances failing the check, all of them workers in our self-managed node ASGs for EKS. who owns the OS patching?",
    );
    expect(expectType(reply, "answer").runtime?.id).toBe("eks-ec2");
  });
});

describe("'vs' between options, not runtimes", () => {
  it.each([
    [
      "access entries vs the aws-auth configmap: who maintains the IAM-to-RBAC mapping on EKS?",
      "cluster-authentication",
    ],
    ["private vs public API endpoint on our EKS cluster: who decides?", "cluster-endpoint-access"],
  ])("answers the topic for the family: %j", (question, topic) => {
    expect(expectType(ask(question), "answer").topic.id).toBe(topic);
  });

  it.each([
    ["EKS vs ECS: who patches the nodes?", 6],
    ["compare private vs public endpoints across the EKS options", 4],
  ])("still compares runtimes or families: %j", (question, count) => {
    expect(expectType(ask(question), "comparison").runtimes).toHaveLength(count);
  });

  it("'can you add X to the aws-auth configmap for me' is a task", () => {
    expect(
      expectType(ask("can you add the ci role to the aws-auth configmap on staging for me"), "not-found")
        .reason,
    ).toBe("task");
  });
});

describe("two runtimes, one asked", () => {
  it.each([
    [
      "On managed node groups we patch the AMIs ourselves. Does AWS patch the node OS on Auto Mode?",
      "os-patching",
      "eks-auto",
    ],
    [
      "ECS on EC2: we run our own EDR on the hosts. Who runs host security tooling on ECS Fargate?",
      "external-security-software",
      "ecs-fargate",
    ],
  ])("the sentence that asks decides: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("a comparison word keeps both", () => {
    const reply = ask("On MNG we patch the nodes ourselves. Compare that with Auto Mode?");
    expect(expectType(reply, "comparison").runtimes).toEqual(["eks-mng", "eks-auto"]);
  });
});

describe("placing rows side by side, and restores", () => {
  it("'put X for A next to B' asks for the runtimes side by side", () => {
    const reply = ask("put the node patching row for Auto Mode next to ECS Fargate");
    expect(expectType(reply, "comparison").runtimes).toEqual(["eks-auto", "ecs-fargate"]);
  });

  it("'next to' without a request to place keeps one answer", () => {
    expect(ask("our desks are next to the platform team; who patches MNG nodes?").type).toBe("answer");
  });

  it("'restore the backup please' is a task", () => {
    expect(
      expectType(ask("restore last night's velero backup into the dev cluster please"), "not-found").reason,
    ).toBe("task");
  });
});

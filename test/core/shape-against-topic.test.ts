/**
 * When the shape of a question (a side-by-side request, a list, a price) outweighs the topic words in it, and
 * which of two topics the same words name, on the bundled knowledge. Each rule is checked on more than one wording.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("shape against topic", () => {
  it.each([
    [
      "For ECS, which option puts more on our plate, tasks on our own container instances or tasks with the FARGATE launch type? Show me side by side.",
      ["ecs-ec2", "ecs-fargate"],
    ],
    [
      "mng vs fargate: which one leaves more on our plate when it comes to the nodes? side by side please",
      ["eks-mng", "eks-fargate"],
    ],
    [
      "diff between EKS self-managed nodes and ECS on EC2 in terms of what we have to patch and run?",
      ["eks-ec2", "ecs-ec2"],
    ],
  ])("compares when a topic alias is only a sliver of the request: %j", (question, runtimes) => {
    expect(expectType(ask(question), "comparison").runtimes).toEqual(runtimes);
  });

  it.each([
    ["compare os patching on mng vs fargate", ["eks-mng", "eks-fargate"], "os-patching", "compute"],
    [
      "can you put ecs on ec2 and ecs fargate side by side for who scans the host for vulnerabilities?",
      ["ecs-ec2", "ecs-fargate"],
      "host-vulnerability-scanning",
      "observability",
    ],
    [
      "etcd encryption: self-managed vs auto mode",
      ["eks-ec2", "eks-auto"],
      "kubernetes-secrets-encryption",
      "data-protection",
    ],
  ])(
    "compares the runtimes side by side when asked to, the one topic first and then its category: %j",
    (question, runtimes, topic, category) => {
      const reply = expectType(ask(question), "comparison");
      expect(reply.runtimes).toEqual(runtimes);
      expect(reply.focus?.id).toBe(topic);
      expect(reply.rows[0]?.topic.id).toBe(topic);
      expect(reply.category).toBe(category);
      expect(new Set(reply.rows.map((row) => row.topic.id)).size).toBe(reply.rows.length);
    },
  );

  it.each([
    ["compare the ecs launch types with eks auto mode", ["eks-auto", "ecs-ec2", "ecs-fargate"]],
    ["put managed node groups next to the ECS options, side by side", ["eks-mng", "ecs-ec2", "ecs-fargate"]],
    ["self-managed EKS nodes vs ECS on EC2, side by side", ["eks-ec2", "ecs-ec2"]],
  ])("compares a family named as a whole with runtimes outside it: %j", (question, runtimes) => {
    expect(expectType(ask(question), "comparison").runtimes).toEqual(runtimes);
  });

  it.each([
    ["who patches the node os on mng and fargate?", ["eks-mng", "eks-fargate"]],
    ["is node os patching ours on both mng and fargate?", ["eks-mng", "eks-fargate"]],
  ])(
    "answers one topic across the runtimes when not asked for a side-by-side view: %j",
    (question, scope) => {
      const reply = expectType(ask(question), "answer");
      expect(reply.topic.id).toBe("os-patching");
      expect(reply.scope).toEqual(scope);
    },
  );

  it.each([
    ["What exactly does AWS take off our hands when our ECS services run as Fargate tasks?", "ecs-fargate"],
    ["what comes off our plate if we move everything to auto mode?", "eks-auto"],
  ])(
    "reads 'off our hands', 'off our plate' as ownership words, not topic words: %j",
    (question, runtime) => {
      expectList(question, runtime, "aws");
    },
  );

  it("compares runtimes put next to each other, the topic named first", () => {
    const reply = expectType(
      ask("put MNG and self-managed nodes next to each other for the AMI lifecycle"),
      "comparison",
    );
    expect([...reply.runtimes].sort()).toEqual(["eks-ec2", "eks-mng"]);
    expect(reply.focus?.id).toBe("ami-management");
  });

  it.each([
    ["IMDS protection ownership across all runtimes?", "instance-metadata-protection", 6],
    ["how do the four EKS flavours differ on who looks after CSI drivers?", "storage-csi-drivers", 4],
    ["for all the EKS options, who does node OS patching?", "os-patching", 4],
  ])("shows every runtime option as a table, the topic first: %j", (question, topic, count) => {
    const reply = expectType(ask(question), "comparison");
    expect(reply.focus?.id).toBe(topic);
    expect(reply.runtimes).toHaveLength(count);
  });

  it("answers one topic where 'all our container platforms' only says where it applies", () => {
    const reply = expectAnswer(
      "across our container platforms, who detects suspicious behaviour inside running containers?",
      "runtime-threat-detection",
      null,
    );
    expect(reply.scope).toHaveLength(6);
    expectType(
      ask("Our CAB wants all platform patching recorded. Who patches the EKS control plane?"),
      "answer",
    );
  });

  it("answers a question whose office words are only in the sentences around it", () => {
    expectAnswer(
      "Key policies are reviewed by the CISO office. For our container platforms, who rotates the encryption keys in KMS?",
      "kms-key-management",
    );
    expect(expectType(ask("who fixes the office printer?"), "not-found").reason).toBe("out-of-scope");
  });

  it("compares how ownership lines up across the runtimes named", () => {
    const reply = expectType(
      ask("how does ownership of the data protection controls line up across all the EKS flavours?"),
      "comparison",
    );
    expect(reply.runtimes).toEqual(["eks-ec2", "eks-mng", "eks-fargate", "eks-auto"]);
  });

  it.each([
    "image scanning for our ECS services - AWS's job or ours?",
    "network policies on mng, our problem or aws's?",
  ])("reads a closing 'X's job or ours?' as a yes/no tag, not a list request: %j", (question) => {
    expect(ask(question).type).toBe("answer");
  });

  it.each([
    ["could you list everything AWS handles for us on ECS Fargate?", "ecs-fargate", "aws"],
    ["can you please enumerate what's on us with managed node groups", "eks-mng", "customer"],
    ["amazon's list for auto mode", "eks-auto", "aws"],
    ["which items are shared on ecs ec2? I want every shared item listed", "ecs-ec2", "shared"],
    ["what does AWS look after on ecs fargate", "ecs-fargate", "aws"],
    ["which things does amazon run for us when we use auto mode", "eks-auto", "aws"],
    [
      "Folks keep saying 'AWS manages the nodes now'. Can I get the full list of what is still on our side with Auto Mode?",
      "eks-auto",
      "customer",
    ],
    ["shared stuff on mng? list", "eks-mng", "shared"],
    ["What exactly is still on the customer for ECS on Fargate?", "ecs-fargate", "customer"],
    ["our list for eks fargate?", "eks-fargate", "customer"],
    [
      "need a list of everything we own on self-managed nodes, can someone dump it in the channel so I can paste it",
      "eks-ec2",
      "customer",
    ],
  ])(
    "lists a party's share when asked for the whole set, even with a stray topic word: %j",
    (question, runtime, owner) => {
      expectList(question, runtime, owner);
    },
  );

  it.each([
    ["can you list the steps for rotating the node IAM role on mng?", "node-iam-role"],
    ["list who owns etcd backups on auto mode", "etcd-database"],
  ])("answers the topic a whole-set request names strongly: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    "Roughly what does an m7g.large cost per hour in eu-west-1 if we use it for our EKS nodes?",
    "what's the price of an m5.xlarge for our eks nodes",
    "What's the cheapest EC2 instance type for a dev Jenkins box?",
    "how much does fargate cost per vCPU hour?",
    "is ecs on fargate more expensive than our own ec2 container instances?",
    "do savings plans cover eks fargate, and what discount do reserved instances give on mng?",
    "mng vs auto mode: which one is cheaper to run?",
  ])("refuses prices as out of scope, whichever runtime is named: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("out-of-scope");
  });

  it("reads a price word that names a service as a name", () => {
    expect(
      expectType(
        ask("we plan to move the FX pricing service off ECS Fargate onto EKS Fargate. what changes hands?"),
        "difference",
      ),
    ).toMatchObject({ from: "ecs-fargate", to: "eks-fargate" });
    expect(expectType(ask("what does fargate pricing look like these days?"), "not-found").reason).toBe(
      "out-of-scope",
    );
  });

  it("answers about AWS when another platform is only where a team comes from", () => {
    expectAnswer(
      "On Heroku we had config vars. Now on ECS Fargate, who handles the API keys and DB passwords our containers need?",
      "secrets-management",
      "ecs-fargate",
    );
    expect(expectType(ask("aks vs eks, which one is better?"), "not-found").reason).toBe("other-cloud");
    expect(expectType(ask("on GKE who patches the worker nodes?"), "not-found").reason).toBe("other-cloud");
  });

  it("compares two AWS runtimes put side by side even when another platform is where the team comes from", () => {
    const reply = expectType(
      ask("we came from Heroku and can't decide: put ECS Fargate and EKS Auto Mode side by side for us"),
      "comparison",
    );
    expect([...reply.runtimes].sort()).toEqual(["ecs-fargate", "eks-auto"]);
    expect(expectType(ask("GKE vs EKS Auto Mode: who patches the nodes?"), "not-found").reason).toBe(
      "other-cloud",
    );
  });

  it("refuses another platform that the clause that asks is about, even with EKS named around it", () => {
    for (const question of [
      "Half the company runs on GKE Autopilot while we're on EKS. Who patches the nodes in GKE Autopilot?",
      "We might move cron jobs from ECS scheduled tasks to Lambda. In Lambda, who patches the language runtime?",
    ])
      expect(ask(question).type).toBe("not-found");
    expectAnswer(
      "On ECS with EC2, who sets up the IAM role our code uses to read files from S3?",
      "pod-aws-credentials",
    );
  });

  it("answers about an AWS family when another AWS service is only context", () => {
    expectAnswer(
      "our Lambda functions call the EKS API from outside the VPC; who decides if the endpoint is public?",
      "cluster-endpoint-access",
    );
    expect(
      expectType(ask("who patches the AMI of our AWS Batch compute environments?"), "not-found").reason,
    ).toBe("out-of-scope");
    expect(expectType(ask("Lambda vs ECS: which is better for our API?"), "not-found").reason).toBe(
      "out-of-scope",
    );
  });

  it.each([
    "is App Runner cheaper than ECS for small services?",
    "how much would it cost per month to run the orders api on fargate vs ec2?",
    "why did our Fargate bill jump this month?",
    "our EKS bills are huge, who can explain them",
  ])("refuses a price or a bill wherever it stands: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("out-of-scope");
  });

  it("reads a route table as a topic word, not a request for a table", () => {
    expectAnswer(
      "is subnet and route table design handled by AWS with fargate profiles on EKS?",
      "vpc-configuration",
      "eks-fargate",
    );
  });

  it("reads a pricing page as a name, not a price question", () => {
    const reply = expectType(
      ask(
        "What do we stop doing if we move from managed node groups to Auto Mode? The pricing page hints AWS takes over a lot.",
      ),
      "difference",
    );
    expect(reply).toMatchObject({ from: "eks-mng", to: "eks-auto" });
  });

  it("reads a bare EC2 listed with other AWS services as the EC2 service, not a runtime", () => {
    expectAnswer(
      "are the underlying services (EC2, EBS, the VPC fabric) AWS's responsibility?",
      "aws-foundation-services",
      null,
    );
  });

  it("reads a bill of materials as supply chain, not a price", () => {
    expectAnswer(
      "who signs the software bill of materials for our images on ECS?",
      "image-signing-provenance",
    );
  });

  it.each([
    "ECS task stuck in PENDING forever, what should I check?",
    "why is my pod in CrashLoopBackOff on mng?",
    "kubectl one-liner to list pods sorted by restarts?",
  ])("reads troubleshooting and commands as how-tos: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("task");
  });

  it("reads 'the invoice worker' as a name, not a bill", () => {
    expectAnswer(
      "the invoice worker needs to read an S3 bucket. on ECS Fargate who sets up the role the task uses to get AWS creds?",
      "pod-aws-credentials",
      "ecs-fargate",
    );
  });

  it("refuses on-premises only when no AWS runtime is named", () => {
    expectAnswer(
      "EDR agent on the container hosts (we run it on-prem too) for ECS on EC2 - who installs it?",
      "external-security-software",
      "ecs-ec2",
    );
    expect(expectType(ask("who patches our on-prem kubernetes nodes?"), "not-found").reason).toBe(
      "other-cloud",
    );
  });

  it("answers about AWS's data halls even with office words around", () => {
    expectAnswer("who guards the data halls our containers run in? badges, cctv", "physical-facilities");
  });

  it.each([
    "restart the billing pod in staging please",
    "can you drain node ip-10-0-3-17 on the client's cluster for me now?",
    "could someone redeploy checkout-api in staging? it's stuck",
    "can you scale our ecs service to 4 tasks?",
    "could you quickly delete the old node group for me",
    "our checkout deployment is crashlooping. can you roll it back and redeploy it?",
    "write me a helm chart for a redis cluster on eks",
    "pls draft a terraform module that creates an auto mode cluster",
    "how do I exec into a running fargate task?",
    "how can we set up kubectl access for the on-call team?",
    "what are the steps to rotate the node group AMI on MNG?",
    "can you bump the desired count on the payments ECS service to 8?",
    "could you please move our MNG clusters to Auto Mode this weekend?",
    "can you just upgrade our EKS control plane to 1.31 tonight",
    "would you raise my Fargate vCPU quota in eu-west-1, we keep hitting it",
    "please do the needful and bounce our checkout pods on mng",
    "cordon and drain ip-10-0-3-17 for me please, it keeps flapping",
    "@oncall can someone restart the payments-api pods in prod?",
    "can you revoke the access entry for the contractor role right now?",
  ])("says it does not do tasks or how-tos, with related topics: %j", (question) => {
    const reply = expectType(ask(question), "not-found");
    expect(reply.reason).toBe("task");
    expect(reply.message).toMatch(/who owns what/);
    expect(reply.suggestions.length).toBeGreaterThan(0);
  });

  it.each([
    ["how do we run our EDR agent on fargate, who owns that?", "external-security-software"],
    ["write access to ECR from our ecs tasks, who grants it?", "registry-access-control"],
    ["scale in of the managed node groups, who handles it?", "node-scaling"],
    ["rollback of a bad AMI on mng - us?", "ami-management"],
    ["deploy time image scanning on ecs fargate, ours?", "image-vulnerability-scanning"],
  ])("keeps ownership questions that name a task as questions: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    "scaling: us or AWS?",
    "writing the control matrix for mng: which items are shared between us and aws?",
    "deleting old images from ECR on a schedule",
    "can you run privileged pods on Fargate?",
    "can you tell me our part of node patching on MNG?",
  ])(
    "reads an activity named with -ing, a question of what is possible and a request to the bot as questions: %j",
    (question) => {
      const reply = ask(question);
      expect(reply.type === "not-found" ? reply.reason : reply.type).not.toBe("task");
    },
  );

  it("still helps with how to use the bot", () => {
    expectType(ask("how do I use this bot?"), "help");
  });

  it.each(["ecs control plane availability - aws right?", "ecs control plane availablity - aws right??"])(
    "knows control plane availability, spelt either way: %j",
    (question) => {
      const reply = expectType(ask(question), "answer");
      expect(reply.topic.id).toBe("control-plane-availability");
      expect(reply.asked).toBe("aws");
    },
  );

  it.each([
    [
      "Per-task security groups on ECS Fargate are configured by AWS for us, yes?",
      "security-groups-for-pods",
    ],
    ["per-pod security groups on mng are configured by whom?", "security-groups-for-pods"],
    ["who configures security groups on mng?", "security-groups"],
  ])("answers the topic whose name the question spells out in full: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it("answers the topic a domain word names over one that only shares everyday words", () => {
    const reply = expectType(ask("who keeps containerd up to date on our ec2 worker nodes in EKS"), "answer");
    expect(reply.topic.id).toBe("container-runtime");
  });

  it.each([
    [
      "Who applies ptach versions to the control plane on an EKS Auto Mode cluster?",
      "control-plane-patching",
    ],
    ["who owns the tsak role on ecs fargate", "pod-aws-credentials"],
    ["who encrpyts the root disks of the nodes in manged node groups??", "node-volume-encryption"],
  ])("reads a short word with two letters swapped, or a misspelt verb form: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    [
      "`HorizontalPodAutoscaler` objects on eks fargate, who sets them up?",
      "workload-autoscaling",
      "eks-fargate",
    ],
    ["who runs the PodSecurityAdmission controller on mng", "pod-security-admission", "eks-mng"],
    [
      "our PodDisruptionBudgets during AWS maintenance on auto mode: whose?",
      "pod-disruption-budgets",
      "eks-auto",
    ],
  ])("reads a Kubernetes kind written as one word as its parts: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    [
      "who decides which of our apps may talk to each other on auto mode?",
      "kubernetes-network-policies",
      "eks-auto",
    ],
    ["the agent on each node that runs the pods, who patches it on mng?", "kubelet", "eks-mng"],
    [
      "who lets the app read from s3 on ecs fargate, which permissions?",
      "pod-aws-credentials",
      "ecs-fargate",
    ],
    [
      "who keeps the apps of two teams walled off from each other on mng?",
      "multi-tenancy-isolation",
      "eks-mng",
    ],
    [
      "the long term storage disks for our databases on ecs ec2, who encrypts them?",
      "persistent-volume-encryption",
      "ecs-ec2",
    ],
    ["1.30 to 1.31 control plane bump on mng, who does it?", "control-plane-version-upgrade", "eks-mng"],
    [
      "the thing that decides which pods can talk to each other, who writes it on mng?",
      "kubernetes-network-policies",
      "eks-mng",
    ],
    [
      "during node updates on mng, who makes sure too many copies of our app are not down at once?",
      "pod-disruption-budgets",
      "eks-mng",
    ],
    [
      "if the cluster brain goes down in a zone outage on fargate, who keeps it available?",
      "control-plane-availability",
      "eks-fargate",
    ],
    ["who sets how the worker machines are shaped on auto mode?", "node-configuration", "eks-auto"],
    ["who enables kubernetes api audit logs on mng?", "control-plane-audit-logs", "eks-mng"],
    [
      "pods on our mng nodes can read the node role credentials from 169.254.169.254, who blocks that?",
      "instance-metadata-protection",
      "eks-mng",
    ],
    [
      "who keeps the api audit trail for our aws account on ecs fargate?",
      "cloudtrail-api-audit",
      "ecs-fargate",
    ],
    [
      "on ecs with the ec2 launch type, who is responsible for adding more instances to the cluster?",
      "node-scaling",
      "ecs-ec2",
    ],
  ])("understands a thing described in plain words: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("does not take software bills of materials for billing", () => {
    const reply = expectType(
      ask(
        "Who's on the hook for showing where our build artifacts came from (cosign attestations, software bills of materials, checks at admission) when running on EKS?",
      ),
      "answer",
    );
    expect(reply.topic.id).toBe("image-signing-provenance");
    expect(expectType(ask("who owns the aws bill for our eks cluster"), "not-found").reason).toBe(
      "out-of-scope",
    );
  });
});

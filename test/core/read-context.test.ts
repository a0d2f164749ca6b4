/**
 * How the core reads the words around a question on the bundled knowledge: asides in parentheses, the sentences
 * before the one that asks, clauses that relate or report rather than ask, and words that point back. Each rule
 * is checked on more than one wording, so it is the rule and not a sentence that is tested.
 */
import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/core/text/normalise-text.js";
import { tokenise } from "../../src/core/text/tokenise.js";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);
describe("asides in parentheses", () => {
  it("marks the words of an aside and resumes the clause around it", () => {
    const marked = normaliseText("who sets the settings (instance types, subnets) in the nodeclass?").marked;
    const tokens = tokenise(marked);
    const asides = tokens.filter((token) => token.aside > 0).map((token) => token.raw);
    expect(asides).toEqual(["instance", "types", "subnets"]);
    const around = tokens.filter((token) => token.aside === 0);
    expect(new Set(around.map((token) => token.clause)).size).toBe(1);
    expect(normaliseText("who owns (the) kubelet?").text).toBe("who owns the kubelet");
  });

  it("reads a list between two dashes as an aside, and a single dash or a dashed pair without a list as none", () => {
    const asides = (text: string) =>
      tokenise(normaliseText(text).marked)
        .filter((token) => token.aside > 0)
        .map((token) => token.raw);
    expect(asides("if we need forensics - memory capture, disk image - who does that?")).toEqual([
      "memory",
      "capture",
      "disk",
      "image",
    ]);
    expect(asides("node patching on fargate - us?")).toEqual([]);
    expect(asides("mng - fargate - auto mode: who patches?")).toEqual([]);
    expectAnswer(
      "Possible breakout on EKS Fargate. If we need host forensics - a memory dump of the host, disk snapshot, kernel logs - who does that work?",
      "host-forensics",
      "eks-fargate",
    );
  });

  it("reads an unclosed parenthesis as no aside", () => {
    expect(tokenise(normaliseText("who owns the kubelet (on mng").marked).every((t) => t.aside === 0)).toBe(
      true,
    );
    expectAnswer("who owns the kubelet (on mng", "kubelet", "eks-mng");
  });

  it.each([
    [
      "in auto mode who sets the node-level settings (instance types, subnets, SGs, ephemeral storage) in the NodeClass?",
      "node-configuration",
      "eks-auto",
    ],
    [
      "on auto mode who decides the node settings (instance families, subnets, disk size) in the NodeClass?",
      "node-configuration",
      "eks-auto",
    ],
    ["is the eks cluster config (auth mode, settings etc) our responsibility", "cluster-configuration", null],
  ])("lets examples in an aside count less than what is asked: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("still answers when the aside holds the only topic words", () => {
    expectAnswer("who owns it on fargate (the kubelet)?", "kubelet", "eks-fargate");
  });

  it.each([
    [
      "Who's responsible for scanning the worker servers themselves (not the container images) for vulnerabilities in our EKS managed node groups?",
      "host-vulnerability-scanning",
      "eks-mng",
    ],
    [
      "who scans the hosts themselves (not the images) for CVEs on managed node groups?",
      "host-vulnerability-scanning",
      "eks-mng",
    ],
    ["who patches the OS on managed node groups (not fargate)?", "os-patching", "eks-mng"],
    [
      "the system logs from the hosts themselves, not our application logs - who keeps those on ecs on ec2?",
      "node-system-logs",
      "ecs-ec2",
    ],
    [
      "scanning the hosts for CVEs, not the images, on mng: who does it?",
      "host-vulnerability-scanning",
      "eks-mng",
    ],
  ])("drops what an aside or a 'not the ...' clause excludes: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });
});

describe("closing pronouns and tags", () => {
  it("lists what is shared when 'what are they?' follows the set", () => {
    const reply = expectType(
      responder.respond("shared responsibilities on EKS fargate — what are they?"),
      "list",
    );
    expect(reply).toMatchObject({ runtime: { id: "eks-fargate" }, owner: "shared" });
  });
});

describe("phrases about time", () => {
  it("reads 'after a cluster upgrade' as when, not what", () => {
    expectAnswer("add-on version bumps after a cluster upgrade, us or AWS?", "cluster-add-ons");
  });

  it("keeps 'looks after' as taking care of something", () => {
    expectAnswer("who looks after the node logs on ecs fargate?", "node-system-logs", "ecs-fargate");
    expectAnswer(
      "we ran kube-proxy ourselves on our old mng cluster. on auto mode, who looks after kube-proxy?",
      "kube-proxy",
      "eks-auto",
    );
  });
});

describe("the sentences around the question", () => {
  it.each([
    [
      "we're on self-managed nodes (plain ASGs + the eks optimized ami). who keeps the worker OS pached, us or aws?",
      "os-patching",
    ],
    ["our MNG nodes are on the bottlerocket ami. who keeps the OS patched?", "os-patching"],
    [
      "For our SOC 2 evidence, which party is accountable for keeping the audit trail of who did what in our AWS account, for example who deleted an ECS service from the console?",
      "cloudtrail-api-audit",
    ],
  ])("answers the question, not a topic only the context names: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it("reads the words before 'whose job' as the question when that clause names nothing itself", () => {
    const reply = expectType(
      ask("liveness probes and replica counts for ecs fargate services, whose job"),
      "clarify",
    );
    expect(reply.candidates.map((candidate) => candidate.id)).toContain("application-availability");
  });

  it.each([
    [
      "we can't ssh into auto mode nodes, so who collects the node system logs?",
      "node-system-logs",
      "eks-auto",
    ],
    [
      "with auto mode we can't ssh or ssm into nodes, so who's responsible for the node system logs (kubelet, journald)?",
      "node-system-logs",
      "eks-auto",
    ],
    ["does aws patch the kubelet on managed node groups? can't find it in the docs", "kubelet", "eks-mng"],
  ])("does not take a limit said in passing for a runtime overview: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    ["what exactly do we still own on fargate? trying to scope the security review", "eks-fargate"],
    [
      "what exactly are we still on the hook for on ECS fargate? asking for the security review",
      "ecs-fargate",
    ],
  ])("lists what we own when only the context names a topic: %j", (question, runtime) => {
    expectList(question, runtime, "customer");
  });

  it.each([
    "For a paper going to our risk committee, please could you compare our security obligations under EKS Auto Mode versus ECS on Fargate?",
    "For a report going to the board, compare auto mode versus ECS on Fargate",
  ])("does not read 'going to' something else as a move between runtimes: %j", (question) => {
    expect(expectType(ask(question), "comparison").runtimes).toEqual(["eks-auto", "ecs-fargate"]);
  });
});

describe("clauses that ask, and clauses that only relate or report", () => {
  it.each([
    [
      "need the containerd and kubelet logs off an auto mode node. who is responsible for node system logs there? can't ssh in to fetch them",
      "node-system-logs",
    ],
    ["the hypervisor our MNG nodes sit on - whose problem if it has a CVE?", "virtualization-platform"],
    ["etcd encryption on fargate, AWS's headache or ours?", "kubernetes-secrets-encryption"],
  ])("reads a stated limit and an owned noun as no topic words: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    ["who notices if somebody breaks into a container on auto mode?", "runtime-threat-detection"],
    ["who gets paged when a worker node goes NotReady on MNG?", "node-health-repair"],
    ["who runs IR when a task gets owned on ECS Fargate?", "incident-response"],
    ["when AWS retires our Fargate tasks, who keeps enough healthy tasks running?", "pod-disruption-budgets"],
    ["worker k8s version bump with fargate profiles, who?", "data-plane-version-upgrade"],
    [
      "our log shipper wants to mount /var/log from the host on EKS Fargate. who decides if that's allowed?",
      "hostpath-volumes",
    ],
    ["will AWS page us if our p99 latency goes through the roof?", "monitoring-metrics"],
    ["bumping the masters from 1.29 to 1.30 on EKS, who does that?", "control-plane-version-upgrade"],
    [
      "These are managed node groups. Who's responsible for auto-repairing broken MNG workers?",
      "node-health-repair",
    ],
  ])("reads the clause after 'who' and a verb as what is asked: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it.each([
    [
      "we've been arguing about rbac and whether devs get cluster-admin. separate thing: on fargate who patches the os underneath our pods?",
      "os-patching",
      "eks-fargate",
    ],
    [
      "they asked about cloudtrail retention which we sorted. on ecs on ec2, who is responsible for ssh access to the container instances?",
      "node-remote-access",
      "ecs-ec2",
    ],
    [
      "We left MNG for Auto Mode last year. On Auto Mode, who keeps the in-cluster DNS that resolves our service names running and updated?",
      "cluster-dns-coredns",
      "eks-auto",
    ],
    [
      "We moved from self-managed nodes to managed node groups thinking capacity would grow by itself. Is adding nodes still our job on MNG?",
      "node-scaling",
      "eks-mng",
    ],
  ])("answers the clause that asks, on the runtime it names: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    [
      "We're going from ECS on EC2 to ECS Fargate. On Fargate, who keeps the container runtime patched?",
      "container-runtime",
      "ecs-fargate",
    ],
    [
      "switching our cluster from self-managed nodes to MNG; with MNG do we still have to roll out new AMIs?",
      "ami-management",
      "eks-mng",
    ],
    [
      "Migrating EKS Fargate -> Auto Mode. In Auto Mode land, does AWS run the CoreDNS pods?",
      "cluster-dns-coredns",
      "eks-auto",
    ],
    [
      "Our services run on ECS EC2 now but the next one goes on the Fargate launch type. On Fargate, who hardens the host?",
      "host-mac-selinux",
      "ecs-fargate",
    ],
  ])("answers on the runtime the closing clauses name after a move: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    [
      "if we switch from MNG to EKS Fargate, who runs the per-node agents we had as daemonsets?",
      "daemonsets",
      "eks-fargate",
    ],
    [
      "after moving from self-managed nodes to Auto Mode is cluster DNS still ours to run?",
      "cluster-dns-coredns",
      "eks-auto",
    ],
    [
      "we're moving our ECS EC2 services to Fargate; after that, who owns shipping app logs?",
      "application-logs",
      "ecs-fargate",
    ],
  ])("answers about where the move ends when one topic is asked of it: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    [
      "On MNG do we have to install the EBS CSI driver ourselves? I know Auto Mode has it built in",
      "storage-csi-drivers",
      "eks-mng",
    ],
    [
      "on EKS Fargate are app logs ours to ship? on managed nodes we run fluent bit",
      "application-logs",
      "eks-fargate",
    ],
    [
      "Is locking down IMDS on us with managed node groups? Fargate just took care of it",
      "instance-metadata-protection",
      "eks-mng",
    ],
  ])("reads a runtime frame before an auxiliary as part of the question: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    "We're moving MNG to Fargate. On Fargate, what do we gain and lose for the nodes?",
    "from self-managed nodes to MNG: compare AMI rollouts on MNG",
  ])("keeps the move when the closing clauses ask what changes: %j", (question) => {
    expect(["difference", "comparison"]).toContain(ask(question).type);
  });

  it("keeps a move between runtimes when the question names no topic", () => {
    const reply = expectType(ask("We're migrating from MNG to Fargate. What changes for us?"), "difference");
    expect([reply.from, reply.to]).toEqual(["eks-mng", "eks-fargate"]);
  });

  it.each([
    [
      "We run EKS workers from the EKS optimized AMI in our own ASGs. List everything that's our duty in that setup.",
      "eks-ec2",
    ],
    ["all our respnsibilities auto mode", "eks-auto"],
  ])("reads a request or a misspelt list word as a list: %j", (question, runtime) => {
    expectList(question, runtime, "customer");
  });
});

describe("words that point back", () => {
  it.each([
    [
      "we have pss restricted enforced on all namespaces plus kyverno, and our base images are distroless now. someone asked about the coredns add-on on our managed node groups, who keeps that updated?",
      "cluster-dns-coredns",
      "eks-mng",
    ],
    [
      "Our compliance team requires an EDR agent on everything. For ECS tasks on Fargate, who has to provide that?",
      "external-security-software",
      "ecs-fargate",
    ],
    [
      "Scanning our Terraform and task definitions in the CI pipeline, before anything gets deployed to our EC2-backed ECS cluster: whose job is that?",
      "devsecops",
      "ecs-ec2",
    ],
  ])(
    "leans on the nearest clause that names something, not on every sentence before: %j",
    (question, topic, runtime) => {
      expectAnswer(question, topic, runtime);
    },
  );

  it("still reads a topic named just before the pointer", () => {
    const reply = expectType(ask("security groups for pods on mng: who sets that up?"), "answer");
    expect(reply.topic.id).toBe("security-groups-for-pods");
  });
});

describe("sentences, exclusions and restatements", () => {
  it("marks sentence ends apart from other clause breaks", () => {
    const tokens = tokenise(normaliseText("we run mng, with spot. who patches the os?").marked);
    expect(tokens.map((token) => token.sentence)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(new Set(tokens.map((token) => token.clause)).size).toBe(3);
  });

  it.each([
    [
      "We want our payment pods on Fargate to get their own security group, separate from everything else in the cluster. Whose job is setting that up?",
      "security-groups-for-pods",
    ],
    [
      "there's a vuln in a java lib inside our app that runs on ECS. whose fix is that?",
      "application-software",
    ],
  ])("points back at the whole sentence before: %j", (question, topic) => {
    expectAnswer(question, topic);
  });

  it("reads 'them' after 'the workers' as the workers, not the sentence before", () => {
    const reply = expectType(
      ask(
        "Auto Mode cluster, control plane just went to the next minor. Do I need to roll the workers myself to bring them in line, or does Amazon handle that?",
      ),
      "answer",
    );
    expect(reply.topic.id).toBe("data-plane-version-upgrade");
    expect(reply.asked).toBeNull();
  });

  it("excludes only the clause of an aside that opens with 'not', keeping its restatement", () => {
    const reply = expectType(
      ask(
        "In EKS Auto Mode, who keeps EC2 and EBS themselves working as Amazon offerings (not my instances, the actual building blocks everything else sits on)?",
      ),
      "answer",
    );
    expect(reply.topic.id).toBe("aws-foundation-services");
    expect(reply.runtime?.id).toBe("eks-auto");
  });

  it("keeps every runtime of a list that goes on after a comma", () => {
    const reply = expectType(
      ask(
        "How does responsibility for node patching and upgrades differ across EKS managed node groups, EKS Auto Mode and EKS on Fargate?",
      ),
      "answer",
    );
    expect(reply.runtime).toBeNull();
    expect(reply.scope).toEqual(["eks-mng", "eks-fargate", "eks-auto"]);
  });

  it("answers the topic the asking clause names over one the context sentence names as strongly", () => {
    const reply = expectType(
      ask(
        "We've mapped our IAM roles into the cluster with access entries. On Fargate, who then decides what each user is allowed to do via Roles and RoleBindings?",
      ),
      "answer",
    );
    expect(reply.topic.id).toBe("kubernetes-rbac");
  });
});

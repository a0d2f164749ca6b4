/**
 * Which runtime and which party a question is about, on the bundled knowledge: runtimes named only as a point of
 * reference or in passing, and the party a yes/no question, a tag question or a concession asks about. Each rule
 * is checked on more than one wording, so it is the rule and not a sentence that is tested.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);
describe("runtimes", () => {
  it.each([
    ["does kube-proxy on fargate need updating by us like on our ec2 nodes?", "kube-proxy", "eks-fargate"],
    ["unlike with managed node groups, who patches the OS on fargate?", "os-patching", "eks-fargate"],
    [
      "does the CNI on auto mode get upgraded by us like on our managed node groups?",
      "cni-plugin",
      "eks-auto",
    ],
  ])("reads a runtime after 'like' or 'unlike' as a point of reference: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it.each([
    [
      "on our self-managed workers, no managed node groups, who rolls out kubelet config?",
      "kubelet",
      "eks-ec2",
    ],
    [
      "without fargate anywhere, just auto mode: who scans the images in ECR?",
      "image-vulnerability-scanning",
      "eks-auto",
    ],
    ["Who restricts privileged pods on Auto Mode, not MNG?", "privileged-containers", "eks-auto"],
  ])("leaves out a runtime said not to be in use: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("keeps a runtime after 'like' used as a verb", () => {
    expect(expectType(ask("we would like fargate, who patches the OS there?"), "answer").runtime?.id).toBe(
      "eks-fargate",
    );
  });

  it.each([
    ["who patches the os on ecs fg", "ecs-fargate"],
    ["os patching for fg pods?", "eks-fargate"],
    ["fg tasks: who patches the host os", "ecs-fargate"],
    ["os patching, ecs on fg", "ecs-fargate"],
    ["os patching on fg", "eks-fargate"],
    ["self-mngd nodes os patching?", "eks-ec2"],
    ["self-managed ng os patches - ours?", "eks-ec2"],
    ["on EKS with serverless nodes, who patches the OS?", "eks-fargate"],
    ["ECS tasks on our instances: who patches the host OS?", "ecs-ec2"],
    ["os patching for ECS on our own instances", "ecs-ec2"],
    ["a worker in our self-managed EKS node group needs OS patches; who applies them?", "eks-ec2"],
    ["once we are on ECS Fargate, who patches the underlying OS?", "ecs-fargate"],
  ])("reads chat shorthand for runtimes: %j is about %s", (question, runtime) => {
    expectAnswer(question, "os-patching", runtime);
  });

  it("reads a bare 'auto' closing a clause as Auto Mode, even before 'patching'", () => {
    const reply = expectType(ask("mng vs fg vs auto, patching"), "comparison");
    expect([...reply.runtimes].sort()).toEqual(["eks-auto", "eks-fargate", "eks-mng"]);
  });

  it.each([
    [
      "Currently on Fargate profiles, evaluating MNG. With managed node groups, who patches the node OS?",
      "eks-mng",
    ],
    ["we're on ECS EC2 and trialling ECS Fargate. on ECS Fargate who patches the host OS?", "ecs-fargate"],
  ])("answers on the runtime named again by the closing clauses: %j", (question, runtime) => {
    expectAnswer(question, "os-patching", runtime);
  });

  it.each([
    "For our risk register, please list all the items our team owns if we run ECS on our own EC2 instances.",
    "list everything we own if we run ECS on our own EC2 instances",
  ])("reads 'our own EC2' and 'EC2 nodes' under ECS as ECS on EC2: %j", (question) => {
    expect(expectType(ask(question), "list").runtime.id).toBe("ecs-ec2");
  });
});

describe("runtimes described in plain words", () => {
  it.each([
    ["we run ecs on our own servers, who patches the os?", "ecs-ec2"],
    ["we run eks on our own worker machines, who patches the os?", "eks-ec2"],
    ["who patches the os in the newer eks mode where aws runs the machines?", "eks-auto"],
    ["serverless ecs: who patches the host os?", "ecs-fargate"],
    ["serverless flavour of ECS: who patches the OS?", "ecs-fargate"],
    ["the container service with the EC2 option, who patches the hosts?", "ecs-ec2"],
    ["who patches the OS on the nodes we manage ourselves under ecs?", "ecs-ec2"],
    ["who patches the OS on the eks nodes we manage ourselves?", "eks-ec2"],
  ])("%j is about %s", (question, runtime) => {
    expectAnswer(question, "os-patching", runtime);
  });
});

describe("the direction of a move", () => {
  it.each([
    [
      "what changes for us if we leave Fargate and go back to running our own EC2 workers?",
      "eks-fargate",
      "eks-ec2",
    ],
    [
      "we run ECS on EC2; the team wants to try ECS Fargate instead. what would change for us?",
      "ecs-ec2",
      "ecs-fargate",
    ],
    [
      "thinking of going back to plain self-managed nodes. what do we pick up compared to auto mode?",
      "eks-auto",
      "eks-ec2",
    ],
    [
      "our eksctl managedNodeGroups move to Auto Mode next quarter; what shifts to AWS?",
      "eks-mng",
      "eks-auto",
    ],
    [
      "moving the app from ECS with the EC2 launch type to the Fargate launch type: what changes?",
      "ecs-ec2",
      "ecs-fargate",
    ],
    [
      "we run on ECS with the EC2 launch type; the target is EKS with managed node groups. what's different after the migration?",
      "ecs-ec2",
      "eks-mng",
    ],
    [
      "moving off our own EC2 worker nodes onto Fargate profiles. which duties change hands?",
      "eks-ec2",
      "eks-fargate",
    ],
    [
      "Fargate on ECS back to EKS with self-managed nodes: what new stuff falls on us?",
      "ecs-fargate",
      "eks-ec2",
    ],
    [
      "consolidating from EKS managed node groups onto ECS Fargate. what's different about who owns what?",
      "eks-mng",
      "ecs-fargate",
    ],
    [
      "We're moving off our own EC2 container instances in ECS onto EKS Auto Mode. What changes?",
      "ecs-ec2",
      "eks-auto",
    ],
  ])("%j goes from %s to %s", (question, from, to) => {
    expect(expectType(ask(question), "difference")).toMatchObject({ from, to });
  });
});

describe("a move already made", () => {
  it.each([
    [
      "we switched from ecs on ec2 to ecs fargate two years ago. does aws patch the task hosts now?",
      "os-patching",
      "ecs-fargate",
    ],
    [
      "we used to run self-managed nodes; now we are on auto mode. who keeps the kubelet updated?",
      "kubelet",
      "eks-auto",
    ],
    [
      "our team left fargate for managed node groups last quarter. is rotating the node AMI on us?",
      "ami-management",
      "eks-mng",
    ],
  ])("asks about where the team is now: %j", (question, topic, runtime) => {
    expectAnswer(question, topic, runtime);
  });

  it("is a difference when the question asks what we pick up going back", () => {
    expect(
      expectType(
        ask("what would we be picking up if we went from fargate back to managed node groups?"),
        "difference",
      ),
    ).toMatchObject({ from: "eks-fargate", to: "eks-mng" });
  });

  it("is still a difference when the question asks what changed", () => {
    expect(
      expectType(ask("we moved from MNG to Fargate last month. what changed for us?"), "difference"),
    ).toMatchObject({
      from: "eks-mng",
      to: "eks-fargate",
    });
  });
});

describe("the party a yes/no question asks about", () => {
  it.each([
    ["auditor wants the SOC 2 report for our ECS fargate tasks. is that something aws provides?", "aws"],
    ["is encryption of etcd something aws provides on fargate?", "aws"],
    ["our auto mode nodes get recycled every few weeks. is that node rotation aws's thing?", "aws"],
    ["is PSA aws's thing on auto mode?", "aws"],
    ["is allowing privileged containers on ECS fargate something we control?", "customer"],
    ["Is it up to us to install antivirus on the ECS container instances?", "customer"],
    ["is node patching something our team needs to own on MNG?", "customer"],
    ["does the node AMI need rebuilding by us on self-managed nodes?", "customer"],
    ["is blocking hostPath mounts our call on ECS EC2?", "customer"],
    ["is it correct that AWS is taking care of patching the Fargate hosts?", "aws"],
    ["is it true that we rotate the node AMIs ourselves on MNG?", "customer"],
    ["privileged containers ecs ec2 us?", "customer"],
    ["is it our team that must run the CIS benchmark checks on self-managed nodes?", "customer"],
    [
      "a pod stole the node role creds on our self-managed nodes. were we supposed to enforce IMDSv2?",
      "customer",
    ],
    ["node os patching auto mode aws?", "aws"],
    ["for the PCI attestations covering ECS itself, can I cite AWS as the owner?", "aws"],
    ["can I write in the policy that AWS keeps the hypervisor patched under ECS Fargate?", "aws"],
    ["the EBS CSI driver in Auto Mode is fully AWS-managed, so I can mark it AWS in the RACI?", "aws"],
    ["is it safe to assume AWS backs up etcd for our EKS clusters?", "aws"],
    ["the data centers themselves, guards and badge readers: 100% Amazon's job and not ours, right?", "aws"],
    ["physical access controls at the data centers, that's entirely AWS, right?", "aws"],
    ["kube-proxy on MNG: I assumed AWS keeps it updated. Is that correct?", "aws"],
    ["can we expect AWS to do host forensics if something gets popped on ECS Fargate?", "aws"],
    [
      "mapping IAM roles to Kubernetes users (aws-auth or the newer access entries): does AWS handle that for us on MNG?",
      "aws",
    ],
    ["monthly OS patches for our own EKS EC2 nodes, that's our team, correct?", "customer"],
    ["are the MNG workers in private subnets something we own?", "customer"],
    ["are PDBs our thing to set up on managed node groups?", "customer"],
    [
      "on ECS Fargate, does AWS detect reverse shells or miners inside our tasks without us doing anything?",
      "aws",
    ],
    ["fair to say kubelet config on our self-managed nodes is ours?", "customer"],
    ["our draft says the customer owns cluster configuration on EKS. Accurate?", "customer"],
    ["the VPC DNS resolution flags: is that a customer line item?", "customer"],
    ["SELinux host hardening on MNG workers is customer-owned, right?", "customer"],
    ["AWS adds and removes worker capacity for us in Auto Mode, yes? No autoscaler to run?", "aws"],
    ["setting up Pod Identity so pods get AWS creds is ours on Auto Mode, yes?", "customer"],
    ["when AWS does maintenance on MNG nodes, is it on us to have PDBs in place?", "customer"],
    ["is it on us to decide whether the API endpoint is public, private or both on Auto Mode?", "customer"],
  ])("%j asks about %s", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });
});

describe("short tags and negated questions", () => {
  it.each([
    ["kubelet config on self-managed nodes - us?", "customer"],
    ["security groups for the ecs tasks, thats us?", "customer"],
    ["rotating the kms keys on mng, that's obviously ours right", "customer"],
    ["etcd backups on fargate, aws handles that?", "aws"],
    ["node os patching on auto mode - aws does it?", "aws"],
    ["the hypervisor under our ecs container instances, aws yeah?", "aws"],
    ["kube-proxy is two versions behind on our managed node groups. isn't AWS keeping that current?", "aws"],
    ["we turned on auto mode. does that mean AWS now patches the node OS for us?", "aws"],
    ["a runc escape is in the news. we run ecs on ec2. does that land on our plate?", "customer"],
    ["kube proxy on auto mode, anything left for us to do?", "customer"],
    ["is encryption of the node disks on fargate all on AWS?", "aws"],
    ["the etcd backups for our mng cluster, those are AWS-run?", "aws"],
    ["is it AWS that patches the control plane?", "aws"],
    ["does our team have to rotate the node AMIs on mng?", "customer"],
    ["Are the NACLs and network firewall rules around our ECS container instances managed by AWS?", "aws"],
    [
      "for the ecs fargate client, is encrypting task storage something the client has to set up?",
      "customer",
    ],
    ["their PVs on auto mode aren't encrypted. is that the client's to fix?", "customer"],
    ["can someone confirm AWS controls SSM access to the nodes on auto mode?", "aws"],
    [
      "I'm assuming the badge readers and guards at the data centers are entirely on AWS and we hand over their reports, is that correct?",
      "aws",
    ],
    ["is the 1.29 -> 1.30 control plane bump something AWS does for us?", "aws"],
  ])("%j asks about %s", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    "kubelet config on self-managed nodes - us or them?",
    "node role credentials leaked through IMDS on mng: whose control failed, AWS's or the client's?",
    "who keeps the ami current on mng, us or eks?",
    "who runs threat detection for our fargate tasks: us, AWS or both?",
    // An "or" in the sentence before the question offers no choice of party.
    "the CISO worries about miners or reverse shells in our tasks. anyway, who runs threat detection on ecs fargate?",
  ])("reads no single party in %j", (question) => {
    expect(expectType(ask(question), "answer").asked).toBeNull();
  });

  it("reads a party named in a sentence of its own as context, not as a tag", () => {
    expect(
      expectType(ask("who patches the kubelet on mng? aws runs the control plane"), "answer").asked,
    ).toBeNull();
  });
});

describe("runtimes named in passing", () => {
  it.each([
    ["ebs csi driver on auto??", "storage-csi-drivers"],
    ["kms key rotation auto", "kms-key-management"],
    ["moving to auto, who patches the nodes?", "os-patching"],
  ])("reads a bare 'auto' placed like a runtime as Auto Mode: %j", (question, topic) => {
    const reply = expectAnswer(question, topic);
    expect(reply.runtime?.id).toBe("eks-auto");
  });

  it("keeps 'auto scaling' a topic word", () => {
    expect(expectType(ask("who handles auto scaling of nodes on mng"), "answer").runtime?.id).toBe("eks-mng");
  });

  it.each([
    [
      "A pod on our self-run worker fleet stole the node's credentials from IMDS. Who should have locked the metadata endpoint down?",
      "eks-ec2",
    ],
    [
      "ECS tasks on EC2 container instances in our own Auto Scaling group: who upgrades containerd?",
      "ecs-ec2",
    ],
  ])("reads self-run workers and own Auto Scaling groups by family: %j", (question, runtime) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe(runtime);
  });
});

describe("tags and concessions", () => {
  it.each([
    ["MNG is 'managed', so AWS keeps kube-proxy up to date, right?", "aws"],
    ["surely AWS takes over the daemonsets on auto mode?", "aws"],
    [
      "writing NetworkPolicy objects is still our responsibility on Auto Mode, even though AWS runs the enforcement, yes?",
      "customer",
    ],
  ])("%j asks about %s", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("does not take 'we've been arguing' for 'we have to'", () => {
    const reply = expectType(
      ask("we've been arguing about it all week. who patches the os on fargate?"),
      "answer",
    );
    expect(reply.asked).toBeNull();
  });
});

describe("how the asking clause opens", () => {
  it.each([
    ["Do we have to configure PDBs ourselves when AWS patches and evicts fargate pods?", "customer"],
    [
      "Does Auto Mode bring the worker nodes up to the new k8s version by itself after we upgrade the control plane?",
      "aws",
    ],
    ["RBAC roles and rolebindings in auto mode - that's still the customer's job right?", "customer"],
    ["Is ephemeral storage for ECS Fargate tasks encrypted by AWS out of the box?", "aws"],
  ])("%j asks about %s", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each([
    "does EKS detect and replace unhealthy nodes on mng automatically or is that on us?",
    "should we rotate the node AMIs on mng, or does AWS do it when it patches?",
    "can I run privileged containers on fargate?",
  ])("asks about neither party when it offers both or asks what is possible: %j", (question) => {
    expect(expectType(ask(question), "answer").asked).toBeNull();
  });
});

describe("EC2 named beside another runtime", () => {
  it("reads 'the EC2 instances' in Auto Mode as Auto Mode's machines", () => {
    const reply = expectType(
      ask("In EKS Auto Mode, who actually owns the EC2 instances that run our pods?"),
      "answer",
    );
    expect(reply.topic.id).toBe("compute-host-instances");
    expect(reply.runtime?.id).toBe("eks-auto");
  });

  it.each([
    ["whose job is it to launch and run the EC2 boxes in our ECS cluster?", "compute-host-instances"],
    ["who owns scaling the ec2 container instances (capacity providers) on ecs", "node-scaling"],
  ])("keeps EC2 under ECS as ECS on EC2: %j", (question, topic) => {
    const reply = expectAnswer(question, topic);
    expect(reply.runtime?.id).toBe("ecs-ec2");
  });
});

describe("words that look like runtime words", () => {
  it("reads 'each of them' about people as people, not every runtime", () => {
    expect(ask("once people sign in, who controls what each of them may do on auto mode?").type).not.toBe(
      "comparison",
    );
  });

  it("refuses Google's Kubernetes service as another cloud", () => {
    const reply = expectType(
      ask("On Google's Kubernetes service, who patches the worker nodes?"),
      "not-found",
    );
    expect(reply.reason).toBe("other-cloud");
  });

  it("lists what AWS 'actually' does", () => {
    expectList("what does AWS actually do for us on managed node groups?", "eks-mng", "aws");
  });
});

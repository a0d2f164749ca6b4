/**
 * Chat shorthand ("coredns on am whose", "sm nodes", "mng: ami bumps us?"), runtimes named through infrastructure
 * code ("--launch-type FARGATE", "compute_config { enabled = true }"), yes/no forms ("don't we ...", "is it true
 * AWS ...") and the plain words of people outside engineering ("the servers", "the login stuff"), on the bundled
 * knowledge. Each rule is checked on more than one wording.
 */
import { describe, expect, it } from "vitest";
import { expectAnswer, expectList, expectType, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("'am' as Auto Mode in shorthand", () => {
  it.each([
    ["kube-proxy on am whose", "kube-proxy"],
    ["node logs with am - us or aws", "node-system-logs"],
    ["am nodes: os patching whose", "os-patching"],
  ])("after a preposition or before its machines: %j", (question, topic) => {
    expectAnswer(question, topic, "eks-auto");
  });

  it("in a comparison and a move", () => {
    expect(expectType(ask("mng vs am for networking, side by side"), "comparison").runtimes).toEqual([
      "eks-mng",
      "eks-auto",
    ]);
    const move = expectType(ask("what changes for us going fargate -> am"), "difference");
    expect([move.from, move.to]).toEqual(["eks-fargate", "eks-auto"]);
  });

  it.each([
    "I am on managed node groups, who patches the nodes?",
    "we run MNG and am I right that AWS patches the node OS?",
  ])("stays the English verb: %j", (question) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe("eks-mng");
  });
});

describe("shorthand runtimes and closing parties", () => {
  it.each([
    ["selinux on sm nodes whose", "host-mac-selinux"],
    ["sm workers: kubelet version whose job", "kubelet"],
  ])("'sm nodes' are self-managed nodes: %j", (question, topic) => {
    expectAnswer(question, topic, "eks-ec2");
  });

  it.each([
    ["mng: node os patching us?", "customer"],
    ["root volume encryption on am us?", "customer"],
    ["fargate profiles: kubelet patching aws?", "aws"],
  ])("a party closing a shorthand clause is asked: %j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it.each(["is this for us?", "who handles node patching for us on mng?"])(
    "a party as an object is not a closing tag: %j",
    (question) => {
      const reply = ask(question);
      if (reply.type === "answer") expect(reply.asked).not.toBe("customer");
    },
  );
});

describe("runtimes named through infrastructure code", () => {
  it.each([
    ["tasks run with `--launch-type FARGATE`: who patches the OS under them?", "ecs-fargate"],
    [
      'task definition with requiresCompatibilities ["FARGATE"]: who encrypts the ephemeral storage?',
      "ecs-fargate",
    ],
    ["services on `launch_type = EC2`: who patches the container instance OS?", "ecs-ec2"],
    ["cluster has `compute_config { enabled = true }`: who keeps kube-proxy updated?", "eks-auto"],
  ])("%j", (question, runtime) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe(runtime);
  });
});

describe("eksctl keys and command lines", () => {
  it("eksctl's `nodeGroups` are self-managed, `managedNodeGroups` managed", () => {
    const reply = ask("eksctl `nodeGroups` vs `managedNodeGroups`: who patches the node OS, side by side?");
    expect(expectType(reply, "comparison").runtimes).toEqual(["eks-ec2", "eks-mng"]);
    expectAnswer(
      "our eksctl file has a `nodeGroups:` block. who owns SSH access to those workers?",
      "node-remote-access",
      "eks-ec2",
    );
  });

  it("lowercase 'nodegroups' stays managed node groups", () => {
    expect(expectType(ask("who patches the os on eks nodegroups?"), "answer").runtime?.id).toBe("eks-mng");
  });

  it.each([
    "can you run `kubectl rollout restart deploy/api` for me?",
    "could you execute `aws ecs update-service --force-new-deployment` please",
  ])("running a command line for someone is a task: %j", (question) => {
    expect(expectType(ask(question), "not-found").reason).toBe("task");
  });

  it("ditching one runtime 'in favour of' another is a move", () => {
    const move = expectType(
      ask("we're ditching our self-managed nodes in favour of Auto Mode. what comes off our plate?"),
      "difference",
    );
    expect([move.from, move.to]).toEqual(["eks-ec2", "eks-auto"]);
  });
});

describe("yes/no forms", () => {
  it.each([
    ["don't we still need to write the network policies ourselves on Auto Mode?", "customer"],
    ["is it true AWS backs up our persistent volumes now?", "aws"],
    ["is it true we rotate the KMS keys ourselves on ECS Fargate?", "customer"],
    ["are the underlying EC2 and EBS services AWS's to run with self-managed EKS nodes?", "aws"],
  ])("%j", (question, party) => {
    expect(expectType(ask(question), "answer").asked).toBe(party);
  });

  it("'half ours, half AWS's' asks for the shared list", () => {
    expectList("what's half ours, half AWS's on ECS Fargate?", "ecs-fargate", "shared");
  });

  it("having to pay is a price", () => {
    expect(
      expectType(ask("do we have to pay for the EKS control plane when the cluster is idle?"), "not-found")
        .reason,
    ).toBe("out-of-scope");
  });
});

describe("plain words from outside engineering", () => {
  it.each([
    ["On ECS with our own EC2 machines, who installs the security updates on the servers?", "os-patching"],
    ["Who is in charge of catching hackers while the app runs on EKS Fargate?", "runtime-threat-detection"],
    ["who controls who can log into the servers on managed node groups?", "node-remote-access"],
    ["Who adds more servers when traffic spikes on ECS with EC2 instances?", "node-scaling"],
    [
      "is the internal phone book our apps use to find each other run by Amazon on Auto Mode?",
      "cluster-dns-coredns",
    ],
    ["who controls who gets into our AWS account? the login stuff", "aws-iam"],
  ])("%j", (question, topic) => {
    expect(expectType(ask(question), "answer").topic.id).toBe(topic);
  });
});

describe("ECS's own words", () => {
  it.each([
    [
      "the task role that lets our app read S3 - who writes that policy? we're on fargate",
      "pod-aws-credentials",
    ],
    [
      "someone set privileged: true in a task def for fargate. who decides if that's allowed?",
      "privileged-containers",
    ],
    [
      "security groups on the task ENI in awsvpc mode on fargate, who sets the rules?",
      "security-groups-for-pods",
    ],
  ])("make a bare 'fargate' ECS on Fargate: %j", (question, topic) => {
    expectAnswer(question, topic, "ecs-fargate");
  });

  it("not beside Kubernetes words", () => {
    expect(
      expectType(ask("fargate pods and a batch task: who patches the node OS?"), "answer").runtime?.id,
    ).toBe("eks-fargate");
  });
});

describe("family words and list wording", () => {
  it("'EKS with self-managed worker nodes' names one runtime, not the family", () => {
    const reply = ask(
      "for our responsibility matrix, list everything we own on EKS with self-managed worker nodes",
    );
    expect(reply.type).not.toBe("comparison");
  });

  it("'EKS on our own EC2 vs ECS on our own EC2' still compares both families", () => {
    expect(
      expectType(ask("EKS on our own EC2 vs ECS on our own EC2: who patches the nodes?"), "comparison")
        .runtimes,
    ).toEqual(["eks-ec2", "ecs-ec2"]);
  });

  it.each([
    [
      "Enumerate our obligations on ECS with the EC2 launch type for the risk register.",
      "ecs-ec2",
      "customer",
    ],
    ["For our control matrix on EKS Auto Mode, list everything we inherit from AWS.", "eks-auto", "aws"],
  ])("%j", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });

  it("'onto' carries no topic: getting a fix onto the workers is not remote access", () => {
    const reply = ask(
      "a kernel CVE dropped. who is on the hook for getting the patch onto our self-managed EKS workers?",
    );
    expect(expectType(reply, "answer").topic.id).not.toBe("node-remote-access");
  });
});

describe("round-16 wording", () => {
  it.each([
    ["what's still our homework on ECS Fargate?", "ecs-fargate", "customer"],
    ["where do we and AWS split the work on managed node groups?", "eks-mng", "shared"],
    ["what's on AWS's plate for EKS Auto Mode?", "eks-auto", "aws"],
    ["what does AWS cover on EKS when we manage the nodes ourselves?", "eks-ec2", "aws"],
  ])("lists: %j", (question, runtime, owner) => {
    expectList(question, runtime, owner);
  });

  it("'break it down for X and Y' asks for them side by side", () => {
    const reply = ask("SGs and NACLs - break it down for managed node groups and ECS Fargate");
    expect(expectType(reply, "comparison").runtimes).toEqual(["eks-mng", "ecs-fargate"]);
  });

  it("plain ASGs are ECS's container instances when ECS is named, EKS's otherwise", () => {
    expectAnswer(
      "our ECS cluster runs on plain ASGs with the EC2 launch type. who picks the AMI?",
      "ami-management",
      "ecs-ec2",
    );
    expectAnswer("our EKS workers are plain ASGs. who picks the AMI?", "ami-management", "eks-ec2");
  });

  it("'backed by' is not a backup", () => {
    expect(
      expectType(ask("AWS's part on ECS when the cluster is backed by EC2 container instances?"), "list")
        .owner,
    ).toBe("aws");
  });

  it("tracing collectors are monitoring", () => {
    expectAnswer(
      "the OTel collector for traces on ECS Fargate - who runs it?",
      "monitoring-metrics",
      "ecs-fargate",
    );
  });

  it("asking for a recommendation is not an ownership question", () => {
    expect(expectType(ask("anyone got a good grafana dashboard for kube-proxy?"), "not-found").reason).toBe(
      "task",
    );
  });
});

describe("the API server's audit trail, an outage, secrets and PCI in plain words", () => {
  it.each([
    ["Auto Mode: the kube API server audit trail, ours or AWS's?", "control-plane-audit-logs"],
    ["ct logs trail config and retention, whose on eks", "cloudtrail-api-audit"],
    [
      "who's on the hook for encrypting the secrets stored in the cluster datastore?",
      "kubernetes-secrets-encryption",
    ],
    ["who is actually responsible for meeting PCI DSS for our platform on EKS?", "industry-compliance"],
  ])("%j", (question, topic) => {
    expectAnswer(question, topic);
  });
});

/**
 * End-to-end behaviour of the core on the bundled knowledge: one reply type per intent, the ambiguity rule,
 * family scopes, uncertainty, capabilities and compliance, determinism, and button actions.
 */
import { describe, expect, it } from "vitest";
import { RUNTIME_IDS } from "../../src/core/index.js";
import { expectType, knowledge, responder } from "../helpers/bundled-responder.js";

const ask = (question: string) => responder.respond(question);

describe("answers", () => {
  it("answers who owns a topic on one runtime, with what each side does and sources", () => {
    const reply = expectType(ask("who patches the node OS on fargate?"), "answer");
    expect(reply.topic.id).toBe("os-patching");
    expect(reply.runtime?.id).toBe("eks-fargate");
    expect(reply.owner).toBe("aws");
    expect(reply.cell?.aws?.length).toBeGreaterThan(10);
    expect(Object.keys(reply.owners)).toEqual([...RUNTIME_IDS]);
    expect(reply.sources.length).toBeGreaterThan(0);
    for (const source of reply.sources) expect(source.url).toMatch(/^https:\/\//);
  });

  it("answers for every runtime when none is named", () => {
    const reply = expectType(ask("who owns etcd?"), "answer");
    expect(reply.topic.id).toBe("etcd-database");
    expect(reply.runtime).toBeNull();
    expect(reply.owner).toBeUndefined();
    expect(reply.scope).toEqual([...RUNTIME_IDS]);
    expect(reply.cells).toHaveLength(6);
  });

  it.each([
    ["what is ECS?", ["ecs-ec2", "ecs-fargate"]],
    ["overview of EKS", ["eks-ec2", "eks-mng", "eks-fargate", "eks-auto"]],
  ])(
    "puts the runtimes of a family side by side for %j (no one runtime to describe)",
    (question, runtimes) => {
      const reply = expectType(ask(question), "comparison");
      expect(reply.runtimes).toEqual(runtimes);
    },
  );

  it.each(["fargate (ECS) node OS patching", "is node OS patching our job on fargate? (ECS)"])(
    "reads a family word right after a bare Fargate as its family in %j",
    (question) => {
      const reply = expectType(ask(question), "answer");
      expect(reply.topic.id).toBe("os-patching");
      expect(reply.runtime?.id).toBe("ecs-fargate");
    },
  );

  it("lets the sentence that asks outweigh the context before it when 'those nodes' only points at the runtime", () => {
    const reply = expectType(
      ask("Our ECS container instances sit in public subnets today. Who hardens the OS on those instances?"),
      "answer",
    );
    expect(reply.topic.id).toBe("host-operating-system");
    expect(reply.runtime?.id).toBe("ecs-ec2");
    const kernel = ask(
      "We run self-managed EC2 nodes behind an Auto Scaling group. Who patches the kernel on those nodes?",
    );
    expect(
      kernel.type === "answer"
        ? [kernel.topic.id]
        : kernel.type === "clarify"
          ? kernel.candidates.map((c) => c.id)
          : [],
    ).toContain("os-patching");
  });

  it("reads 'using' or 'running on' before a runtime as part of the runtime, not as topic evidence", () => {
    const reply = ask("who does patching when using eks auto");
    expect(reply.type).toBe("clarify");
    expect(reply.type === "clarify" && reply.candidates.map((candidate) => candidate.id)).toContain(
      "os-patching",
    );
    const running = expectType(ask("who patches the worker nodes when running on eks auto"), "answer");
    expect(running.topic.id).toBe("os-patching");
    expect(running.runtime?.id).toBe("eks-auto");
  });

  it.each([
    ["who owns the kubelet on EKS", ["eks-ec2", "eks-mng", "eks-fargate", "eks-auto"]],
    ["who owns security groups on ECS", ["ecs-ec2", "ecs-fargate"]],
  ])("limits %j to the family", (question, scope) => {
    const reply = expectType(ask(question), "answer");
    expect(reply.runtime).toBeNull();
    expect(reply.scope).toEqual(scope);
  });

  it.each([
    ["who patches the os on fargate", "eks-fargate"],
    ["who patches the os on ecs fargate", "ecs-fargate"],
    ["on ecs, who patches the os with fargate", "ecs-fargate"],
    ["who patches the os on ec2", "eks-ec2"],
    ["who patches the os for ecs on ec2", "ecs-ec2"],
  ])("applies the ambiguity rule to %j", (question, runtime) => {
    expect(expectType(ask(question), "answer").runtime?.id).toBe(runtime);
  });

  it("says plainly when a runtime does not support something", () => {
    const reply = expectType(ask("can I run DaemonSets on Fargate?"), "answer");
    expect(reply.topic.id).toBe("daemonsets");
    expect(reply.owner).toBe("aws");
    expect(reply.cell?.supported).toBe(false);
    expect(
      reply.capability?.runtimes.find((support) => support.runtime.id === "eks-fargate")?.supported,
    ).toBe(false);
  });

  it("presents an uncertain cell as uncertain, with the reason", () => {
    const reply = expectType(ask("who owns kube-proxy on ECS on EC2"), "answer");
    expect(reply.cell?.confidence).toBe("uncertain");
    expect(reply.cell?.note).toMatch(/\w{5,}/);
    expect(reply.cell?.analog).toBeTruthy();
  });

  it("answers a scope question with the attestations topic and the framework's scope", () => {
    const reply = expectType(ask("is ECS on Fargate in scope for PCI DSS?"), "answer");
    expect(reply.topic.id).toBe("aws-compliance-attestations");
    expect(reply.framework?.id).toBe("pci-dss");
    expect(reply.framework?.services.map((service) => service.service)).toEqual(["ecs", "fargate"]);
    expect(reply.framework?.disclaimer).toMatch(/scope/i);
  });

  it("answers who owns compliance with the shared compliance topic", () => {
    const reply = expectType(ask("who owns HIPAA compliance on fargate?"), "answer");
    expect(reply.topic.id).toBe("industry-compliance");
    expect(reply.owner).toBe("shared");
  });

  it.each([
    ["is the kubelet ours on managed node groups?", "customer"],
    ["does AWS patch the control plane?", "aws"],
    ["is IAM ours or AWS's?", null],
    ["AWS is the one that sets the pod CPU limits on Fargate, isn't it?", "aws"],
    ["EKS rotates the node IAM role credentials in Auto Mode, right?", "aws"],
    ["the node system logs on ECS Fargate are collected by AWS, yes?", "aws"],
    ["scanning images for CVEs is on AWS, not us, right?", "aws"],
    ["we're the ones who set up CloudTrail trails, correct?", "customer"],
    ["who patches the node OS on Fargate?", null],
  ])("records which party %j asks about", (question, asked) => {
    expect(expectType(ask(question), "answer").asked).toBe(asked);
  });

  it("reads through Slack and Teams markup and typos", () => {
    for (const question of [
      "<@U0123ABC> who owns *etcd*?",
      "<at>whoowns</at> who owns etcd",
      "who ownz etcd &amp; stuff",
      "who owns etcd <https://x.example|link>",
    ]) {
      expect(expectType(ask(question), "answer").topic.id, question).toBe("etcd-database");
    }
    expect(expectType(ask("who patchs the kubelte on fargte"), "answer")).toMatchObject({
      topic: { id: "kubelet" },
      runtime: { id: "eks-fargate" },
    });
  });
});

describe("other reply types", () => {
  it("compares runtimes, optionally in one category", () => {
    const reply = expectType(ask("compare fargate and mng for networking"), "comparison");
    expect(reply.runtimes).toEqual(["eks-mng", "eks-fargate"]);
    expect(reply.category).toBe("networking");
    expect(reply.rows.length).toBe(
      knowledge.topics.filter((topic) => topic.category === "networking").length,
    );
    const all = expectType(ask("compare all runtimes"), "comparison");
    expect(all.runtimes).toEqual([...RUNTIME_IDS]);
    expect(all.rows).toHaveLength(knowledge.topics.length);
  });

  it("lists what one party owns on one runtime", () => {
    const reply = expectType(ask("what do I own on Fargate?"), "list");
    expect(reply).toMatchObject({ runtime: { id: "eks-fargate" }, owner: "customer" });
    const expected = knowledge.topics
      .filter((topic) => topic.cells["eks-fargate"].owner === "customer")
      .map((topic) => topic.id);
    expect(reply.topics.map((topic) => topic.id)).toEqual(expected);
    expect(expectType(ask("what does AWS handle on MNG?"), "list").owner).toBe("aws");
    expect(expectType(ask("what is shared on auto mode?"), "list").owner).toBe("shared");
  });

  it("lists what changes between two runtimes, in the direction asked", () => {
    const reply = expectType(
      ask("what changes if we move from self-managed nodes to Fargate?"),
      "difference",
    );
    expect(reply).toMatchObject({ from: "eks-ec2", to: "eks-fargate" });
    const patching = reply.changes.find((change) => change.topic.id === "os-patching");
    expect(patching).toMatchObject({ from: "customer", to: "aws" });
    expect(reply.changes.length + reply.unchanged).toBe(knowledge.topics.length);
    expect(expectType(ask("MNG -> ECS fargate: who takes over what"), "difference")).toMatchObject({
      from: "eks-mng",
      to: "ecs-fargate",
    });
  });

  it("describes a runtime with its limitations first", () => {
    const reply = expectType(ask("what is EKS Auto Mode?"), "runtime-info");
    expect(reply.runtime.id).toBe("eks-auto");
    expect(reply.summary.length).toBeGreaterThan(50);
    expect(reply.capabilities[0]?.supported).toBe(false);
    expect(Object.values(reply.ownership).reduce((a, b) => a + b, 0)).toBe(knowledge.topics.length);
  });

  it("asks which topic when several fit, keeping the runtime", () => {
    const reply = expectType(ask("who owns encryption on fargate?"), "clarify");
    expect(reply.candidates.length).toBeGreaterThanOrEqual(2);
    expect(reply.candidates.length).toBeLessThanOrEqual(5);
    expect(
      reply.candidates.filter((candidate) => /encrypt/.test(candidate.id)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(reply.runtime?.id).toBe("eks-fargate");
  });

  it.each([
    ["who owns the coffee machine?", "out-of-scope"],
    ["who owns the quantum flux capacitor?", "no-match"],
    ["who patches the nodes on AKS?", "other-cloud"],
    ["¿quién parchea el sistema operativo de los nodos en fargate?", "other-language"],
    ["ノードのOSパッチは誰の責任ですか", "other-language"],
    ["who patches the lambda runtime", "out-of-scope"],
    ["🙃🙃🙃", "no-match"],
  ])("never answers %j confidently", (question, reason) => {
    expect(expectType(ask(question), "not-found").reason).toBe(reason);
  });

  it.each(["help", "", "   ", "?", "what can you do"])("helps on %j", (question) => {
    expect(expectType(ask(question), "help").examples.length).toBeGreaterThan(3);
  });

  it("answers every help example as written", () => {
    for (const example of expectType(ask("help"), "help").examples) {
      expect(["answer", "comparison", "list", "difference", "runtime-info"], example).toContain(
        ask(example).type,
      );
    }
  });
});

describe("determinism and limits", () => {
  it("gives the same reply to the same input", () => {
    for (const question of [
      "who owns etcd",
      "compare fargate and mng",
      "who owns encryption?",
      "what is fargate",
    ]) {
      expect(JSON.stringify(ask(question))).toBe(JSON.stringify(ask(question)));
    }
  });

  it("says when it read only the beginning of a long message", () => {
    const reply = ask(`who owns etcd? ${"context ".repeat(2000)}`);
    expect(reply.notices.join(" ")).toMatch(/only read the beginning/);
    expect(expectType(reply, "answer").topic.id).toBe("etcd-database");
  });
});

describe("button actions", () => {
  const version = knowledge.version;

  it("switches the runtime of an answer", () => {
    const reply = expectType(
      responder.respondToAction({ kind: "answer", version, topic: "kubelet", runtime: "eks-auto" }),
      "answer",
    );
    expect(reply).toMatchObject({ topic: { id: "kubelet" }, runtime: { id: "eks-auto" }, owner: "aws" });
  });

  it.each([
    { kind: "answer", version: "old", topic: "kubelet", runtime: null },
    { kind: "answer", version, topic: "no-such-topic", runtime: null },
    { kind: "answer", version, topic: "kubelet", runtime: "gke" },
    { kind: "compare", version, runtimes: ["eks-ec2", "aks"], category: null },
    { kind: "compare", version, runtimes: [], category: null },
    { kind: "compare", version, runtimes: ["eks-ec2"], category: "plumbing" },
    { kind: "compare", version, runtimes: ["eks-ec2"], category: "compute", focus: "no-such-topic" },
    { kind: "compare", version, runtimes: ["eks-ec2"], category: "networking", focus: "os-patching" },
    { kind: "list", version, runtime: "eks-ec2", owner: "nobody" },
    { kind: "difference", version, from: "eks-ec2", to: "eks-ec2" },
    { kind: "runtime-info", version, runtime: "lambda" },
  ] as const)("answers a stale or tampered action with 'out of date': %j", (action) => {
    expect(expectType(responder.respondToAction(action), "not-found").reason).toBe("stale-card");
  });

  it("rebuilds a focused comparison with the same rows in the same order", () => {
    const asked = expectType(responder.respond("compare node os patching on mng vs fargate"), "comparison");
    const rebuilt = expectType(
      responder.respondToAction({
        kind: "compare",
        version,
        runtimes: asked.runtimes,
        category: asked.category,
        focus: "os-patching",
      }),
      "comparison",
    );
    expect(rebuilt.rows).toEqual(asked.rows);
    expect(rebuilt.focus).toEqual(asked.focus);
  });

  it("answers a payload that did not decode with 'out of date'", () => {
    const reply = expectType(responder.respondToAction(null), "not-found");
    expect(reply.message).toMatch(/out of date/);
  });
});

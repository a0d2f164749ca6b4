/**
 * The CLI's contract (design.md section 4): JSON shapes, exit codes, stdin mode, and the compiled bin itself.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { RUNTIME_IDS } from "../../src/core/knowledge/model.js";
import { REFERENCE_OWNERS } from "../fixtures/reference-owners.js";
import { copyKnowledge, type KnowledgeCopy } from "../helpers/knowledge-fixtures.js";
import { runCliInProcess } from "../helpers/run-cli-in-process.js";

const exec = promisify(execFile);
const BIN = new URL("../../dist/cli/main.js", import.meta.url).pathname;

let copy: KnowledgeCopy | undefined;
afterEach(() => copy?.remove());

describe("whoowns topics", () => {
  it("--json lists every reference topic with its owner on every runtime", async () => {
    const { code, stdout } = await runCliInProcess(["topics", "--json"]);
    expect(code).toBe(0);
    const topics = JSON.parse(stdout) as {
      id: string;
      name: string;
      category: string;
      owners: Record<string, string>;
    }[];
    const byId = new Map(topics.map((topic) => [topic.id, topic]));
    for (const [id, expected] of REFERENCE_OWNERS) {
      const owners = expected.split(" ").map((mark) => mark.replace(/[?†]/g, ""));
      expect(byId.get(id)?.owners, id).toEqual(
        Object.fromEntries(RUNTIME_IDS.map((runtime, index) => [runtime, owners[index]])),
      );
      expect(byId.get(id)?.name.length).toBeGreaterThan(0);
      expect(byId.get(id)?.category.length).toBeGreaterThan(0);
    }
  });

  it("prints one line per topic without --json", async () => {
    const { code, stdout } = await runCliInProcess(["topics"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(REFERENCE_OWNERS.length);
    expect(stdout).toMatch(/^kube-proxy\s+compute\s+/m);
  });
});

describe("whoowns runtimes", () => {
  it("--json lists the six runtimes as {id, name} in display order", async () => {
    const { code, stdout } = await runCliInProcess(["runtimes", "--json"]);
    expect(code).toBe(0);
    const runtimes = JSON.parse(stdout) as { id: string; name: string }[];
    expect(runtimes.map((runtime) => runtime.id)).toEqual([...RUNTIME_IDS]);
    expect(Object.keys(runtimes[0] ?? {})).toEqual(["id", "name"]);
  });
});

describe("whoowns ask", () => {
  it("--json prints one Reply", async () => {
    const { code, stdout } = await runCliInProcess(["ask", "--json", "who patches the node os on fargate?"]);
    expect(code).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply).toMatchObject({
      type: "answer",
      topic: { id: "os-patching" },
      runtime: { id: "eks-fargate" },
      owner: "aws",
    });
    expect(Object.keys(reply.owners)).toEqual([...RUNTIME_IDS]);
  });

  it("--json - reads one question per line and prints one JSON reply per line", async () => {
    const stdin = "who owns etcd?\n\nwhat is eks auto mode\nwho owns the coffee machine\n";
    const { code, stdout } = await runCliInProcess(["ask", "--json", "-"], { stdin });
    expect(code).toBe(0);
    const replies = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(replies.map((reply) => reply.type)).toEqual(["answer", "runtime-info", "not-found"]);
  });

  it("answers in text by default, owner as a word", async () => {
    const { code, stdout } = await runCliInProcess(["ask", "is the kubelet ours on managed node groups?"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/kubelet.*Amazon EKS managed node groups: Shared/i);
    expect(stdout).toMatch(/Sources:\n {2}- .*https:\/\//);
  });

  it("exits 0 with a not-found for an out-of-scope question", async () => {
    const { code, stdout } = await runCliInProcess(["ask", "--json", "who owns AKS node patching?"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: "not-found", reason: "other-cloud" });
  });
});

describe("whoowns compare", () => {
  it("compares runtimes in one category", async () => {
    const { code, stdout } = await runCliInProcess([
      "compare",
      "eks-ec2",
      "eks-fargate",
      "--category",
      "networking",
      "--json",
    ]);
    expect(code).toBe(0);
    const reply = JSON.parse(stdout);
    expect(reply).toMatchObject({
      type: "comparison",
      runtimes: ["eks-ec2", "eks-fargate"],
      category: "networking",
    });
    expect(reply.rows.length).toBeGreaterThan(5);
    for (const row of reply.rows) expect(row.category).toBe("networking");
  });
});

describe("usage and failures", () => {
  it.each([
    [["frobnicate"]],
    [["ask"]],
    [["compare", "eks-ec2"]],
    [["compare", "eks-ec2", "gke"]],
    [["compare", "eks-ec2", "eks-mng", "--category", "plumbing"]],
    [["topics", "--yaml"]],
    [["ask", "-"]],
    [[]],
  ])("exits 2 with a usage line for %j", async (argv) => {
    const { code, stderr } = await runCliInProcess(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^usage: whoowns /m);
  });

  it("exits 1 and lists the problems when KNOWLEDGE_DIR is broken", async () => {
    copy = copyKnowledge();
    copy.write(
      "topics/compute/kube-proxy.yaml",
      copy.read("topics/compute/kube-proxy.yaml").replace("owner: aws", "owner: amazon"),
    );
    const { code, stderr, stdout } = await runCliInProcess(["topics", "--json"], { knowledgeDir: copy.dir });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/kube-proxy\.yaml: cells\.eks-\w+\.owner: must be one of/);
  });

  it("uses another valid KNOWLEDGE_DIR", async () => {
    copy = copyKnowledge();
    const { code, stdout } = await runCliInProcess(["topics", "--json"], { knowledgeDir: copy.dir });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((topic: { id: string }) => topic.id)).toEqual(["kube-proxy", "cni-plugin"]);
  });
});

describe("the compiled bin", () => {
  it("works from dist with the snapshot and exits with the contract's codes", async () => {
    const { stdout } = await exec(process.execPath, [BIN, "runtimes", "--json"]);
    expect(JSON.parse(stdout)).toHaveLength(6);
    await expect(exec(process.execPath, [BIN, "nope"])).rejects.toMatchObject({ code: 2 });
  });
});

/**
 * The real knowledge base: it validates, it covers every topic of the reference with the reference's owner on
 * every cell (uncertain and analog cells included), and its sources and aliases meet the bar of issue 2.
 */
import { describe, expect, it } from "vitest";
import { RUNTIME_IDS } from "../../src/core/knowledge/model.js";
import { findTypoAliases } from "../../src/knowledge/find-typo-aliases.js";
import { checkKnowledgeDir, loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { REFERENCE_OWNERS } from "../fixtures/reference-owners.js";
import { BUNDLED_KNOWLEDGE } from "../helpers/knowledge-fixtures.js";

const knowledge = loadKnowledgeDir(BUNDLED_KNOWLEDGE);
const topics = new Map(knowledge.topics.map((topic) => [topic.id, topic]));

describe("bundled knowledge", () => {
  it("validates with no problems", () => {
    expect(checkKnowledgeDir(BUNDLED_KNOWLEDGE).problems).toEqual([]);
  });

  it("has the six runtimes with their fixed ids", () => {
    expect(knowledge.runtimes.map((runtime) => runtime.id)).toEqual([...RUNTIME_IDS]);
  });

  it("keeps the neutral runtime aliases among the aliases the engine matches", () => {
    const fargate = knowledge.runtimes.find((runtime) => runtime.id === "eks-fargate");
    expect(fargate?.neutralAliases).toContain("fargate");
    expect(fargate?.aliases).toContain("fargate");
    expect(fargate?.aliases).toContain("eks fargate");
  });

  it("has every topic id of the reference, and no fewer than 84 topics", () => {
    expect(REFERENCE_OWNERS).toHaveLength(84);
    for (const [id] of REFERENCE_OWNERS) expect(topics.has(id), id).toBe(true);
  });

  describe.each(REFERENCE_OWNERS)("%s", (id, expected) => {
    const cells = expected.split(" ");
    it.each(RUNTIME_IDS.map((runtime, index) => [runtime, cells[index] ?? ""] as const))(
      "on %s is %s",
      (runtime, mark) => {
        const cell = topics.get(id)?.cells[runtime];
        expect(cell?.owner).toBe(mark.replace(/[?†]/g, ""));
        expect(cell?.confidence).toBe(mark.includes("?") ? "uncertain" : "documented");
        expect(cell?.analog !== undefined).toBe(mark.includes("†"));
      },
    );
  });

  it("says why each uncertain cell is uncertain", () => {
    for (const topic of knowledge.topics) {
      for (const runtime of RUNTIME_IDS) {
        const cell = topic.cells[runtime];
        if (cell.confidence === "uncertain")
          expect(cell.note?.length ?? 0, `${topic.id} ${runtime}`).toBeGreaterThan(20);
      }
    }
  });

  it("lists no alias that only misspells another alias of its topic in a word the corrector reads", () => {
    expect(findTypoAliases(knowledge).map(({ topic, alias }) => `${topic}: ${alias}`)).toEqual([]);
  });

  it("finds an alias that only misspells another one, but not a plural or a short word", () => {
    const kubelet = knowledge.topics.find((topic) => topic.id === "kubelet");
    if (!kubelet) throw new Error("kubelet topic missing");
    const typo = {
      ...kubelet,
      aliases: [...kubelet.aliases, "kubelet confgiuration", "kubelet configs", "kublt"],
    };
    const found = findTypoAliases({
      ...knowledge,
      topics: knowledge.topics.map((topic) => (topic.id === "kubelet" ? typo : topic)),
    });
    expect(found.map(({ alias, word }) => [alias, word])).toEqual([
      ["kubelet confgiuration", "configuration"],
    ]);
  });

  it("gives each topic at least five aliases, an https source and a review date", () => {
    for (const topic of knowledge.topics) {
      expect(topic.aliases.length, topic.id).toBeGreaterThanOrEqual(5);
      expect(topic.sources.length, topic.id).toBeGreaterThanOrEqual(1);
      for (const source of topic.sources) expect(source.url, topic.id).toMatch(/^https:\/\//);
      expect(topic.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("says plainly what is not supported: privileged pods and DaemonSets on Fargate", () => {
    for (const id of ["privileged-containers", "daemonsets"]) {
      for (const runtime of ["eks-fargate", "ecs-fargate"] as const) {
        const cell = topics.get(id)?.cells[runtime];
        expect(cell?.supported, `${id} ${runtime}`).toBe(false);
        expect(cell?.owner).toBe("aws");
      }
    }
  });

  it("names the ECS container agent as the kubelet's analog on ECS", () => {
    expect(topics.get("kubelet")?.cells["ecs-ec2"].analog).toMatch(/container agent/i);
  });

  it("holds the capabilities and compliance scope later parts answer from", () => {
    const capability = (id: string) => knowledge.capabilities.find((entry) => entry.id === id);
    expect(capability("daemonsets")?.runtimes["eks-fargate"]?.supported).toBe(false);
    expect(capability("gpu-workloads")?.runtimes["eks-fargate"]?.supported).toBe(false);
    const pci = knowledge.frameworks.find((framework) => framework.id === "pci-dss");
    expect(pci?.scope.fargate.status).toBe("in-scope");
    expect(knowledge.compliance.disclaimer).toMatch(/scope/i);
    for (const entry of knowledge.capabilities) {
      for (const support of Object.values(entry.runtimes))
        expect(support?.sources.length, entry.id).toBeGreaterThan(0);
    }
  });
});

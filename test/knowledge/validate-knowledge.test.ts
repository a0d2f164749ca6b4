/**
 * Every schema rule and every lint of design.md section 2 has a fixture that breaks it, and the message names
 * the file and the field. Each case copies the minimal knowledge fixture, breaks one thing, and checks.
 */
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/errors.js";
import { checkKnowledgeDir, loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { copyKnowledge, type KnowledgeCopy, MINIMAL_KNOWLEDGE } from "../helpers/knowledge-fixtures.js";

type Doc = Record<string, any>;
const KUBE_PROXY = "topics/compute/kube-proxy.yaml";
const CNI = "topics/networking/cni-plugin.yaml";

let copy: KnowledgeCopy | undefined;
afterEach(() => copy?.remove());

function problemsAfter(breakIt: (kb: KnowledgeCopy) => void): string[] {
  copy = copyKnowledge();
  breakIt(copy);
  const result = checkKnowledgeDir(copy.dir);
  expect(result.knowledge).toBeUndefined();
  return result.problems;
}

describe("the minimal fixture", () => {
  it("is valid, so every failure below comes from the one thing each case breaks", () => {
    expect(checkKnowledgeDir(MINIMAL_KNOWLEDGE).problems).toEqual([]);
  });
});

const schemaCases: readonly [string, (kb: KnowledgeCopy) => void, string][] = [
  [
    "an owner outside the four values",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.cells["eks-fargate"].owner = "amazon";
      }),
    `${KUBE_PROXY}: cells.eks-fargate.owner: must be one of aws, customer, shared, not-applicable`,
  ],
  [
    "a missing required field",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        delete d.summary;
      }),
    `${KUBE_PROXY}: summary: is required`,
  ],
  [
    "a misspelt field",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.aliasses = ["x"];
      }),
    `${KUBE_PROXY}: aliasses: is not a known field`,
  ],
  [
    "fewer than five aliases",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.aliases = ["kube-proxy"];
      }),
    `${KUBE_PROXY}: aliases: needs at least five aliases`,
  ],
  [
    "a source that is not https",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.sources[0].url = "http://docs.aws.amazon.com/x";
      }),
    `${KUBE_PROXY}: sources.0.url: must be an https URL`,
  ],
  [
    "a topic with no source",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.sources = [];
      }),
    `${KUBE_PROXY}: sources: needs at least one source`,
  ],
  [
    "a shared cell that does not say what the customer does",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.cells["eks-mng"].owner = "shared";
        delete d.cells["eks-mng"].customer;
      }),
    `${KUBE_PROXY}: cells.eks-mng.customer: a shared cell must say what this party does`,
  ],
  [
    "a cell that says nothing about either side",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        delete d.cells["eks-ec2"].aws;
        delete d.cells["eks-ec2"].customer;
      }),
    `${KUBE_PROXY}: cells.eks-ec2.aws: say what AWS or the customer does`,
  ],
  [
    "an uncertain cell without a note",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        delete d.cells["ecs-ec2"].note;
      }),
    `${KUBE_PROXY}: cells.ecs-ec2.note: an uncertain cell needs a note`,
  ],
  [
    "an unsupported feature owned by the customer",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.cells["eks-ec2"].supported = false;
      }),
    `${KUBE_PROXY}: cells.eks-ec2.owner: an unsupported feature is enforced by the platform`,
  ],
  [
    "a missing runtime cell",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        delete d.cells["ecs-fargate"];
      }),
    `${KUBE_PROXY}: cells.ecs-fargate: is required`,
  ],
  [
    "an unknown runtime cell",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.cells["eks-lambda"] = d.cells["eks-ec2"];
      }),
    `${KUBE_PROXY}: cells.eks-lambda: is not a known field`,
  ],
  [
    "an id that is not kebab-case",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.id = "Kube Proxy";
      }),
    `${KUBE_PROXY}: id: must be a kebab-case id`,
  ],
  [
    "a review date that is not a date",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.reviewed = "last week";
      }),
    `${KUBE_PROXY}: reviewed: must be an ISO date`,
  ],
  [
    "a malformed CIS id",
    (kb) =>
      kb.edit(KUBE_PROXY, (d: Doc) => {
        d.mappings = { cisEks: ["five"] };
      }),
    `${KUBE_PROXY}: mappings.cisEks.0: must be a CIS recommendation id`,
  ],
  [
    "an unknown runtime id",
    (kb) =>
      kb.edit("runtimes.yaml", (d: Doc) => {
        d.runtimes[0].id = "eks-lambda";
      }),
    "runtimes.yaml: runtimes.0.id: must be one of eks-ec2",
  ],
  [
    "a capability with no runtime",
    (kb) =>
      kb.edit("capabilities.yaml", (d: Doc) => {
        d.capabilities[0].runtimes = {};
      }),
    "capabilities.yaml: capabilities.0.runtimes: name at least one runtime",
  ],
  [
    "a capability support with no source",
    (kb) =>
      kb.edit("capabilities.yaml", (d: Doc) => {
        d.capabilities[0].runtimes["eks-fargate"].sources = [];
      }),
    "capabilities.yaml: capabilities.0.runtimes.eks-fargate.sources: needs at least one source",
  ],
  [
    "a compliance scope outside the statuses",
    (kb) =>
      kb.edit("compliance.yaml", (d: Doc) => {
        d.frameworks[0].scope.eks.status = "maybe";
      }),
    "compliance.yaml: frameworks.0.scope.eks.status: must be one of in-scope",
  ],
  [
    "a category without a name",
    (kb) =>
      kb.edit("categories.yaml", (d: Doc) => {
        d.categories[0].name = " ";
      }),
    "categories.yaml: categories.0.name: must not be empty",
  ],
];

describe("schema rules", () => {
  it.each(schemaCases)("reports %s with file and field", (_name, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("gives the line of the field in the file", () => {
    const problems = problemsAfter((kb) =>
      kb.write(KUBE_PROXY, kb.read(KUBE_PROXY).replace("owner: aws", "owner: amazon")),
    );
    expect(problems.join("\n")).toMatch(/kube-proxy\.yaml: cells\.eks-fargate\.owner: .*\(line \d+\)/);
  });

  it("reports a YAML syntax error with line and column", () => {
    const problems = problemsAfter((kb) =>
      kb.write(KUBE_PROXY, "id: kube-proxy\nname: [unclosed\nsummary: x\n"),
    );
    expect(problems.join("\n")).toMatch(/kube-proxy\.yaml: line \d+, column \d+: YAML syntax error/);
  });

  it("reports a duplicate key as a syntax error instead of keeping the last value", () => {
    const problems = problemsAfter((kb) => kb.write(KUBE_PROXY, `${kb.read(KUBE_PROXY)}\nid: again\n`));
    expect(problems.join("\n")).toMatch(/kube-proxy\.yaml: line \d+, column \d+: YAML syntax error/);
  });
});

const lintCases: readonly [string, (kb: KnowledgeCopy) => void, string][] = [
  [
    "two topics with one id",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.id = "kube-proxy";
      }),
    `${CNI}: id: kube-proxy is already defined`,
  ],
  [
    "an id that differs from its file name",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.id = "pod-networking";
      }),
    `${CNI}: id: pod-networking must match the file name`,
  ],
  [
    "an unknown category",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.category = "plumbing";
      }),
    `${CNI}: category: plumbing is not a category`,
  ],
  [
    "a topic in the folder of another category",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.category = "compute";
      }),
    `${CNI}: category: compute must match the folder`,
  ],
  [
    "a related id that does not resolve",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.related = ["kube-porxy"];
      }),
    `${CNI}: related.0: kube-porxy is not a topic id`,
  ],
  [
    "a topic related to itself",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.related = ["cni-plugin"];
      }),
    `${CNI}: related.0: a topic cannot be related to itself`,
  ],
  [
    "a framework mapping that does not resolve",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.mappings = { frameworks: ["pci"] };
      }),
    `${CNI}: mappings.frameworks.0: pci is not a framework`,
  ],
  [
    "a capability pointing at an unknown topic",
    (kb) =>
      kb.edit("capabilities.yaml", (d: Doc) => {
        d.capabilities[0].topic = "calico";
      }),
    "capabilities.yaml: capabilities.0.topic: calico is not a topic id",
  ],
  [
    "two capabilities with one id",
    (kb) =>
      kb.edit("capabilities.yaml", (d: Doc) => {
        d.capabilities.push({ ...d.capabilities[0], aliases: ["other"] });
      }),
    "capabilities.yaml: capabilities.1.id: alternate-cni-plugins appears twice",
  ],
  [
    "an alias shared by two topics",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.aliases.push("Kube Proxy");
      }),
    `${CNI}: aliases.`,
  ],
  [
    "a topic alias equal to a runtime alias",
    (kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.aliases.push("fargate");
      }),
    `${CNI}: aliases.`,
  ],
  [
    "a runtime alias equal to another runtime's neutral alias",
    (kb) =>
      kb.edit("runtimes.yaml", (d: Doc) => {
        d.runtimes[4].aliases.push("ec2");
      }),
    'runtimes.yaml: runtimes.4.aliases.9: alias "ec2" also belongs to eks-ec2',
  ],
  [
    "a missing runtime",
    (kb) =>
      kb.edit("runtimes.yaml", (d: Doc) => {
        d.runtimes.pop();
      }),
    "runtimes.yaml: runtimes: runtime ecs-fargate is missing",
  ],
  [
    "a deliberate overlap that no longer overlaps",
    (kb) =>
      kb.write(
        "overlaps.yaml",
        "overlaps:\n  - alias: vpc cni\n    ids: [cni-plugin, kube-proxy]\n    reason: test\n",
      ),
    'overlaps.yaml: overlaps.0.alias: "vpc cni" is not shared by two ids any more',
  ],
  [
    "an overlap naming an unknown id",
    (kb) =>
      kb.write(
        "overlaps.yaml",
        "overlaps:\n  - alias: vpc cni\n    ids: [cni-plugin, nope]\n    reason: test\n",
      ),
    "overlaps.yaml: overlaps.0.ids.1: nope is not a topic or runtime id",
  ],
];

describe("lints", () => {
  it.each(lintCases)("reports %s with file and field", (_name, breakIt, expected) => {
    const problems = problemsAfter(breakIt);
    expect(
      problems.some((problem) => problem.includes(expected)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("names both places of a duplicated alias and how to allow it", () => {
    const problems = problemsAfter((kb) =>
      kb.edit(CNI, (d: Doc) => {
        d.aliases.push("kube proxy");
      }),
    );
    expect(problems.join("\n")).toMatch(
      /cni-plugin\.yaml: aliases\.\d+: alias "kube proxy" also belongs to kube-proxy .*overlaps\.yaml/,
    );
  });

  it("accepts an alias shared on purpose when overlaps.yaml lists it", () => {
    copy = copyKnowledge();
    copy.edit(CNI, (d: Doc) => {
      d.aliases.push("service networking");
    });
    copy.edit(KUBE_PROXY, (d: Doc) => {
      d.aliases.push("service networking");
    });
    copy.write(
      "overlaps.yaml",
      "overlaps:\n  - alias: service networking\n    ids: [cni-plugin, kube-proxy]\n    reason: both route pod traffic\n",
    );
    expect(checkKnowledgeDir(copy.dir).problems).toEqual([]);
  });

  it("reports a missing file", () => {
    const problems = problemsAfter((kb) => rmSync(join(kb.dir, "compliance.yaml")));
    expect(problems.join("\n")).toMatch(/compliance\.yaml: cannot read the file/);
  });

  it("reports a directory without topics", () => {
    const problems = problemsAfter((kb) => {
      renameSync(join(kb.dir, "topics"), join(kb.dir, "elsewhere"));
      mkdirSync(join(kb.dir, "topics"));
    });
    expect(problems.join("\n")).toMatch(/topics: no topic files found/);
  });
});

describe("loading", () => {
  it("reports every problem at once and loads nothing", () => {
    copy = copyKnowledge();
    copy.edit(KUBE_PROXY, (d: Doc) => {
      d.cells["eks-fargate"].owner = "amazon";
    });
    copy.edit(CNI, (d: Doc) => {
      d.related = ["nope"];
    });
    copy.write("categories.yaml", "categories: [\n");
    const dir = copy.dir;
    let error: unknown;
    try {
      loadKnowledgeDir(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    const { problems, code } = error as KnowledgeError;
    expect(code).toBe("KNOWLEDGE_INVALID");
    expect(problems.some((problem) => problem.includes("kube-proxy.yaml: cells.eks-fargate.owner"))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.includes("cni-plugin.yaml: related.0"))).toBe(true);
    expect(problems.some((problem) => problem.includes("categories.yaml: line"))).toBe(true);
  });

  it("returns deeply frozen knowledge", () => {
    const knowledge = loadKnowledgeDir(MINIMAL_KNOWLEDGE);
    const topic = knowledge.topics[0];
    expect(Object.isFrozen(knowledge)).toBe(true);
    expect(Object.isFrozen(topic?.cells["eks-ec2"])).toBe(true);
    expect(() => {
      (topic?.cells["eks-ec2"] as { owner: string }).owner = "aws";
    }).toThrow(TypeError);
  });

  it("versions the content: same files give the same version, an edit changes it", () => {
    const first = loadKnowledgeDir(MINIMAL_KNOWLEDGE).version;
    expect(loadKnowledgeDir(MINIMAL_KNOWLEDGE).version).toBe(first);
    copy = copyKnowledge();
    copy.edit(KUBE_PROXY, (d: Doc) => {
      d.summary = "Changed.";
    });
    expect(loadKnowledgeDir(copy.dir).version).not.toBe(first);
  });

  it("refuses a path that is not a directory", () => {
    expect(checkKnowledgeDir(join(MINIMAL_KNOWLEDGE, "nope")).problems[0]).toMatch(/not a directory/);
  });
});

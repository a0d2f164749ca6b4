/**
 * Parity: every fact of a Reply (topic, owner words per runtime shown, what each side does, uncertainty notes,
 * analogs, not-supported cells, capability and compliance scope, sources, candidates, changes, list items)
 * appears in its Block Kit rendering (across all pages of a paged card) and in the message's text fallback.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { unescapeMrkdwn } from "../../../src/adapters/slack/mrkdwn.js";
import type { Reply, Responder } from "../../../src/core/index.js";
import { OWNER_LABELS, OWNER_MARKERS } from "../../../src/core/index.js";
import { loadResponder, renderAllPages, renderOptions, visibleText } from "./helpers/render-fixtures.js";

let responder: Responder;
beforeAll(async () => {
  responder = await loadResponder();
});

/** Facts that must appear in the rendering, as [what, text] pairs. */
function factsOf(
  reply: Reply,
  names: Record<string, string>,
  shortNames: Record<string, string>,
): [string, string][] {
  const facts: [string, string][] = reply.notices.map((notice) => ["notice", notice]);
  switch (reply.type) {
    case "answer":
      facts.push(["topic", reply.topic.name]);
      for (const cell of reply.cells) {
        facts.push(["runtime", cell.runtime.name], ["owner", OWNER_LABELS[cell.owner]]);
        if (!cell.supported) facts.push(["not supported", `Not supported on ${cell.runtime.name}`]);
        if (cell.analog) facts.push(["analog", cell.analog]);
        if (cell.aws) facts.push(["aws", cell.aws]);
        if (cell.customer) facts.push(["customer", cell.customer]);
        if (cell.confidence === "uncertain") facts.push(["uncertain", "Uncertain"]);
        if (cell.note) facts.push(["note", cell.note]);
      }
      if (reply.runtime) {
        for (const [id, owner] of Object.entries(reply.owners))
          if (id !== reply.runtime.id)
            facts.push(["other runtime", `${names[id]}: ${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}`]);
      }
      if (reply.capability) {
        facts.push(["capability", reply.capability.name]);
        for (const support of reply.capability.runtimes) facts.push(["capability note", support.note]);
      }
      if (reply.framework) {
        facts.push(["framework", reply.framework.name], ["framework note", reply.framework.note]);
        facts.push(["disclaimer", reply.framework.disclaimer]);
        for (const service of reply.framework.services) facts.push(["scope", service.status]);
      }
      for (const source of reply.sources)
        facts.push(["source title", source.title], ["source url", source.url]);
      break;
    case "comparison":
      if (reply.focus) facts.push(["focus", `You asked about ${reply.focus.name}`]);
      for (const row of reply.rows) {
        facts.push(["row", row.topic.name]);
        for (const id of reply.runtimes) {
          const owner = row.owners[id];
          if (!owner) continue;
          const uncertain = row.uncertain.includes(id) ? " (uncertain)" : "";
          facts.push([
            "cell",
            `${shortNames[id]}\n${OWNER_MARKERS[owner]} ${OWNER_LABELS[owner]}${uncertain}`,
          ]);
        }
      }
      break;
    case "list":
      facts.push(["owner", OWNER_LABELS[reply.owner]], ["runtime", reply.runtime.name]);
      for (const topic of reply.topics)
        facts.push(["item", `${topic.name}${topic.uncertain ? " (uncertain)" : ""}`]);
      break;
    case "difference":
      facts.push(["from", names[reply.from] ?? ""], ["to", names[reply.to] ?? ""]);
      for (const change of reply.changes)
        facts.push([
          "change",
          `${change.topic.name}: ${OWNER_MARKERS[change.from]} ${OWNER_LABELS[change.from]} → ${OWNER_MARKERS[change.to]} ${OWNER_LABELS[change.to]}`,
        ]);
      break;
    case "runtime-info":
      facts.push(["runtime", reply.runtime.name], ["summary", reply.summary]);
      for (const capability of reply.capabilities)
        facts.push(["capability", capability.name], ["note", capability.note]);
      for (const source of reply.sources) facts.push(["source", source.url]);
      break;
    case "clarify":
      for (const candidate of reply.candidates) facts.push(["candidate", candidate.name]);
      break;
    case "not-found":
      facts.push(["message", reply.message]);
      for (const suggestion of reply.suggestions) facts.push(["suggestion", suggestion.name]);
      break;
    case "help":
      for (const example of reply.examples) facts.push(["example", example]);
      for (const runtime of reply.runtimes) facts.push(["runtime", runtime.name]);
      break;
  }
  return facts;
}

/** The same facts as the text rendering words them (plain owner words, no markers). */
function textFactsOf(reply: Reply, names: Record<string, string>): string[] {
  switch (reply.type) {
    case "comparison":
      return [
        ...(reply.focus ? [`You asked about ${reply.focus.name}`] : []),
        ...reply.rows.flatMap((row) => [
          row.topic.name,
          ...reply.runtimes.flatMap((id) => {
            const owner = row.owners[id];
            return owner
              ? [`${names[id]}: ${OWNER_LABELS[owner]}${row.uncertain.includes(id) ? " (uncertain)" : ""}`]
              : [];
          }),
        ]),
      ];
    case "difference":
      return reply.changes.map(
        (change) => `${change.topic.name}: ${OWNER_LABELS[change.from]} -> ${OWNER_LABELS[change.to]}`,
      );
    case "answer":
      return factsOf(reply, names, names)
        .filter(([what]) => what !== "other runtime" && what !== "uncertain")
        .map(([, text]) => text);
    default:
      return factsOf(reply, names, names).map(([, text]) => text);
  }
}

const QUESTIONS = [
  "who patches the node os on fargate?",
  "who owns encryption on fargate?",
  "who owns the coffee machine",
  "help",
  "what is eks auto mode",
  "can I run daemonsets on fargate",
  "is ecs fargate in scope for pci dss",
  "who upgrades coredns?",
  "is the kubelet ours on ecs on ec2?",
  "who owns privileged containers on fargate?",
  "who owns kube-proxy on ecs fargate?",
  "quién parchea los nodos",
];

describe("Block Kit and text fallback parity", () => {
  const cases: { name: string; reply: () => Reply }[] = [
    ...QUESTIONS.map((question) => ({ name: question, reply: () => responder.respond(question) })),
    {
      name: "compare fargate and mng for networking",
      reply: () => responder.respond("compare fargate and mng for networking"),
    },
    {
      name: "compare os patching on mng vs fargate (one topic first)",
      reply: () => responder.respond("compare os patching on mng vs fargate"),
    },
    {
      name: "comparison of all six runtimes",
      reply: () => responder.respond("compare eks-ec2 eks-mng eks-fargate eks-auto ecs-ec2 ecs-fargate"),
    },
    {
      name: "what changes from ec2 to fargate",
      reply: () => responder.respond("what changes from ec2 to fargate"),
    },
    { name: "what do I own on auto mode", reply: () => responder.respond("what do I own on auto mode") },
    { name: "what is shared on mng", reply: () => responder.respond("what is shared on mng") },
  ];

  it.each(cases)("$name", ({ reply: build }) => {
    const reply = build();
    const options = renderOptions(responder);
    const pages = renderAllPages(reply, options);
    const shown = pages.map((page) => visibleText(page.blocks)).join("\n");
    const facts = factsOf(reply, options.names, options.shortNames);
    expect(facts.length).toBeGreaterThan(0);
    for (const [what, fact] of facts) expect(shown, `${reply.type} ${what}: ${fact}`).toContain(fact);
    for (const page of pages) {
      const text = unescapeMrkdwn(page.text);
      for (const fact of textFactsOf(reply, options.names))
        expect(text, `text fallback: ${fact}`).toContain(fact);
    }
  });

  it("covers every reply type", () => {
    const types = new Set(cases.map(({ reply }) => reply().type));
    expect([...types].sort()).toEqual(
      ["answer", "clarify", "comparison", "difference", "help", "list", "not-found", "runtime-info"].sort(),
    );
  });
});

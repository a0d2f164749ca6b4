/**
 * The Teams input readers: message text (markup, mentions, the manifest's commands) and card button payloads,
 * validated like any input (a mismatched verb, a bad category or a tampered payload reads as null).
 */
import { describe, expect, it } from "vitest";
import { actionData } from "../../../src/adapters/shared/action-payload.js";
import { readCardAction } from "../../../src/adapters/teams/read-card-action.js";
import { readTeamsQuestion, stripTeamsMarkup } from "../../../src/adapters/teams/read-teams-question.js";

describe("stripTeamsMarkup", () => {
  it("keeps other people's names from <at> tags, drops HTML and decodes entities", () => {
    expect(stripTeamsMarkup("<at>Ada</at> asks: who owns &lt;the&gt; kubelet?&nbsp;")).toBe(
      "Ada asks: who owns <the> kubelet?",
    );
    expect(stripTeamsMarkup("<p>who patches <b>nodes</b></p><p>on fargate</p>")).toBe(
      "who patches nodes\non fargate",
    );
  });
});

describe("readTeamsQuestion", () => {
  it.each([
    ["ask who owns the kubelet?", "who owns the kubelet?"],
    ["Ask: who patches nodes", "who patches nodes"],
    ["ask", "help"],
    ["/help", "help"],
    ["help", "help"],
    ["help me with fargate networking", "help me with fargate networking"],
    ["compare fargate mng networking", "compare fargate mng networking"],
    ["compare", "compare all runtimes"],
    ["who owns CoreDNS on auto mode", "who owns CoreDNS on auto mode"],
    ["asking about fargate", "asking about fargate"],
  ])("%j -> %j", (text, question) => {
    expect(readTeamsQuestion(text)).toBe(question);
  });
});

describe("readCardAction", () => {
  const answer = { kind: "answer", version: "v1", topic: "kubelet", runtime: "eks-mng" } as const;
  const compare = {
    kind: "compare",
    version: "v1",
    runtimes: ["eks-mng", "eks-fargate"],
    category: null,
  } as const;

  it("reads Action.Execute data with its verb, and Action.Submit values without one", () => {
    expect(readCardAction(actionData(answer), "answer")).toEqual(answer);
    expect(readCardAction(actionData(answer))).toEqual(answer);
  });

  it("applies the category picker to comparisons only", () => {
    expect(readCardAction({ ...actionData(compare), category: "networking" }, "compare")).toEqual({
      ...compare,
      category: "networking",
    });
    expect(readCardAction({ ...actionData(compare), category: "all" }, "compare")).toEqual(compare);
    expect(readCardAction({ ...actionData(answer), category: "networking" }, "answer")).toEqual(answer);
  });

  it.each([
    ["a verb that does not match the payload", actionData(answer), "compare"],
    ["a category that is not an id", { ...actionData(compare), category: "<script>" }, "compare"],
    ["a category that is not a string", { ...actionData(compare), category: 7 }, "compare"],
    ["an extra field", { ...actionData(answer), text: "who owns everything" }, "answer"],
    ["a bad runtime id", { ...actionData(answer), r: "EKS FARGATE" }, "answer"],
    ["an array", [actionData(answer)], undefined],
    ["a string", "answer", undefined],
    ["null", null, undefined],
  ])("returns null for %s", (_label, data, verb) => {
    expect(readCardAction(data, verb)).toBeNull();
  });
});

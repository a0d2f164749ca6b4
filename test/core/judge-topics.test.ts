/**
 * judgeTopics on hand-made scores: when a close second topic is an ambiguity worth a "did you mean", and when it
 * is only a weaker reading of the same words.
 */
import { describe, expect, it } from "vitest";
import type { TopicScore } from "../../src/core/match/topic-matcher.js";
import { contextOnlyStems, judgeTopics } from "../../src/core/question/judge-topics.js";
import { tokenise } from "../../src/core/text/tokenise.js";

function score(topicId: string, fields: Partial<TopicScore> & Pick<TopicScore, "score">): TopicScore {
  const explained = fields.explained ?? ["iam", "pod", "role"];
  return {
    topicId,
    phrase: false,
    coverage: 1,
    explained,
    explainedValues: fields.explainedValues ?? explained.map(() => fields.score / explained.length),
    specific: true,
    capabilities: [],
    phraseSpan: null,
    ...fields,
  };
}

describe("judgeTopics", () => {
  it("answers with the topic that names a whole alias when a close second only covers the same words in part", () => {
    const verdict = judgeTopics([
      score("pod-aws-credentials", { score: 10, phrase: true }),
      score("node-iam-role", { score: 8.5 }),
    ]);
    expect(verdict.kind).toBe("answer");
    expect(verdict.kind === "answer" && verdict.best.topicId).toBe("pod-aws-credentials");
  });

  it("asks when the close second names a whole alias of its own for the same words", () => {
    const verdict = judgeTopics([
      score("pod-aws-credentials", { score: 10, phrase: true }),
      score("node-iam-role", { score: 8.5, phrase: true }),
    ]);
    expect(verdict.kind).toBe("clarify");
  });

  it("answers with the topic whose name of several words is found word for word when both name a whole alias", () => {
    const verdict = judgeTopics([
      score("control-plane-version-upgrade", { score: 10, phrase: true, phraseSpan: [4, 7] }),
      score("data-plane-version-upgrade", { score: 9, phrase: true }),
    ]);
    expect(verdict.kind === "answer" && verdict.best.topicId).toBe("control-plane-version-upgrade");
  });

  it("still asks when both find a name of several words word for word", () => {
    const verdict = judgeTopics([
      score("control-plane-version-upgrade", { score: 10, phrase: true, phraseSpan: [4, 7] }),
      score("data-plane-version-upgrade", { score: 9, phrase: true, phraseSpan: [1, 3] }),
    ]);
    expect(verdict.kind).toBe("clarify");
  });

  it("asks when the close second explains words the best does not", () => {
    const verdict = judgeTopics([
      score("monitoring-metrics", { score: 10, phrase: true, explained: ["monitor"] }),
      score("node-health-repair", { score: 9, explained: ["monitor", "node"] }),
    ]);
    expect(verdict.kind).toBe("clarify");
    expect(verdict.kind === "clarify" && verdict.candidates.map((candidate) => candidate.topicId)).toEqual([
      "monitoring-metrics",
      "node-health-repair",
    ]);
  });

  it("asks when neither names a whole alias and both explain the same words", () => {
    const verdict = judgeTopics([score("a-topic", { score: 10 }), score("b-topic", { score: 9 })]);
    expect(verdict.kind).toBe("clarify");
  });

  it("answers when the close second owes its own words only to the sentences around the question", () => {
    const scores = [
      score("os-patching", { score: 11, phrase: true, explained: ["keep", "os", "patch"] }),
      score("ami-management", {
        score: 9.5,
        phrase: true,
        explained: ["ami", "keep", "patch"],
        explainedValues: [5, 2.25, 2.25],
      }),
    ];
    expect(judgeTopics(scores).kind).toBe("clarify");
    expect(judgeTopics(scores, new Set(["ami"])).kind).toBe("answer");
  });
});

describe("the more specific alias", () => {
  it("prefers a close second whose alias found word for word contains the best's", () => {
    const verdict = judgeTopics([
      score("security-groups", {
        score: 6.1,
        phrase: true,
        phraseSpan: [2, 4],
        explained: ["group", "secur"],
      }),
      score("security-groups-for-pods", {
        score: 5.9,
        phrase: true,
        phraseSpan: [0, 4],
        explained: ["group", "secur", "task"],
      }),
    ]);
    expect(verdict.kind === "answer" && verdict.best.topicId).toBe("security-groups-for-pods");
  });

  it("keeps the best when the longer alias is elsewhere or far behind", () => {
    const apart = judgeTopics([
      score("security-groups", {
        score: 6.1,
        phrase: true,
        phraseSpan: [2, 4],
        explained: ["group", "secur"],
      }),
      score("node-iam-role", {
        score: 5.9,
        phrase: true,
        phraseSpan: [5, 8],
        explained: ["iam", "node", "role"],
      }),
    ]);
    expect(apart.kind === "clarify" && apart.candidates[0]?.topicId).toBe("security-groups");
    const behind = judgeTopics([
      score("security-groups", {
        score: 10,
        phrase: true,
        phraseSpan: [2, 4],
        explained: ["group", "secur"],
      }),
      score("security-groups-for-pods", { score: 4, phrase: true, phraseSpan: [0, 4], explained: ["group"] }),
    ]);
    expect(behind.kind === "answer" && behind.best.topicId).toBe("security-groups");
  });
});

describe("domain words against everyday words", () => {
  it("answers with a close second that explains a domain word when the best explains only everyday words", () => {
    const verdict = judgeTopics([
      score("os-patching", { score: 4.6, phrase: true, specific: false, explained: ["date", "keep"] }),
      score("container-runtime", { score: 4.3, phrase: true, explained: ["containerd"] }),
    ]);
    expect(verdict.kind === "answer" && verdict.best.topicId).toBe("container-runtime");
  });
});

describe("the clause that asks", () => {
  it("answers with a close topic that owes clearly more of its score to the asking clause", () => {
    const scores = [
      score("cluster-authentication", {
        score: 10.6,
        explained: ["access", "entri", "iam", "role"],
        explainedValues: [3, 3, 2.6, 2],
      }),
      score("kubernetes-rbac", {
        score: 10.5,
        explained: ["access", "allow", "role", "rolebind"],
        explainedValues: [2, 2, 2, 4.5],
      }),
    ];
    const verdict = judgeTopics(scores, new Set(["access", "entri", "iam"]));
    expect(verdict.kind === "answer" && verdict.best.topicId).toBe("kubernetes-rbac");
    expect(judgeTopics(scores).kind).not.toBe("answer");
  });
});

describe("contextOnlyStems", () => {
  const weigh = (text: string, weights: readonly number[]) =>
    tokenise(text).map((token, position) => ({ ...token, weight: weights[position] ?? 1 }));

  it("names the stems that appear only in discounted words", () => {
    const stems = contextOnlyStems(weigh("we use the ami who patches the os", [0.5, 0.5, 0.5, 0.5]));
    expect([...stems].sort()).toEqual(["ami", "us", "we"]);
  });

  it("names none when the asking words name nothing themselves or nothing is discounted", () => {
    expect(
      contextOnlyStems(weigh("health checks and replica counts whose job", [0.5, 0.5, 0.5, 0.5, 0.5])).size,
    ).toBe(0);
    expect(contextOnlyStems(weigh("who patches the os", [])).size).toBe(0);
  });
});

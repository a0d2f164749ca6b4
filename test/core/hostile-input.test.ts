/**
 * Property tests: whatever text arrives, the core returns a well-formed Reply and never throws; markup in the
 * input never survives into the reply's own text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RuntimeNames, renderText } from "../../src/core/index.js";
import { knowledge, responder } from "../helpers/bundled-responder.js";

const names = Object.fromEntries(
  knowledge.runtimes.map((runtime) => [runtime.id, runtime.name]),
) as RuntimeNames;
const TYPES = ["answer", "comparison", "list", "difference", "runtime-info", "clarify", "not-found", "help"];

const chatText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        "<!channel>",
        "<@U123>",
        "<#C1|x>",
        "<https://evil.example|click>",
        "&amp;",
        "<at>bot</at>",
        "who",
        "owns",
        "etcd",
        "fargate",
        "*",
        "_",
        "`",
        "\u0000",
        "\u202e",
        "ﬁ",
        "🙃",
        "(",
        ")",
        "(not",
        "like",
        "so",
        "that",
        "auto",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(" ")),
);

describe("respond on hostile input", () => {
  it("returns a Reply for any string and never throws", () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const reply = responder.respond(text);
        expect(TYPES).toContain(reply.type);
        expect(reply.knowledgeVersion).toBe(knowledge.version);
        expect(typeof renderText(reply, names)).toBe("string");
      }),
      { numRuns: 400 },
    );
  });

  it("handles strings up to 100 KB", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 50_000, maxLength: 100_000 }), (text) => {
        expect(TYPES).toContain(responder.respond(text).type);
      }),
      { numRuns: 8 },
    );
    expect(TYPES).toContain(responder.respond(`who owns etcd ${"<@U123> ".repeat(12_000)}`).type);
    expect(TYPES).toContain(responder.respond("a".repeat(100_000)).type);
    // Asides and clauses in bulk: parentheses never closed or closed too often, pointers with nothing before them.
    for (const text of [
      "(".repeat(5_000),
      ")(".repeat(5_000),
      "(not x ".repeat(2_000),
      "it, that, ".repeat(2_000),
    ])
      expect(TYPES).toContain(responder.respond(text).type);
  });

  it("never carries user markup into the reply", () => {
    fc.assert(
      fc.property(chatText, (text) => {
        const json = JSON.stringify(responder.respond(`${text} <!channel> <@U999> who owns etcd`));
        expect(json).not.toMatch(/<!channel>|<@U999>|<at>/);
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * The build-time snapshot: the CLI and the bots start from it without zod or yaml, so it must hold exactly what
 * validating the bundled knowledge gives, frozen; and a broken snapshot is refused with a fix-it message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createResponder, type PrebuiltIndex } from "../../src/core/index.js";
import { KnowledgeError } from "../../src/errors.js";
import { readSnapshot } from "../../src/knowledge/load-knowledge.js";
import { loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { BUNDLED_KNOWLEDGE, MINIMAL_KNOWLEDGE } from "../helpers/knowledge-fixtures.js";

const SNAPSHOT = new URL("../../dist/knowledge.json", import.meta.url).pathname;
const INDEX = new URL("../../dist/knowledge-index.json", import.meta.url).pathname;

describe("prebuilt topic index", () => {
  it("gives exactly the answers of an index built at start, and is ignored for other knowledge", () => {
    const knowledge = readSnapshot(SNAPSHOT);
    const prebuilt = JSON.parse(readFileSync(INDEX, "utf8")) as PrebuiltIndex;
    expect(prebuilt.version).toBe(knowledge.version);
    const fast = createResponder(knowledge, prebuilt);
    const fresh = createResponder(knowledge);
    const questions = readFileSync(new URL("../fixtures/questions/dev.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { q: string }).q);
    for (const question of questions) {
      expect(JSON.stringify(fast.respond(question)), question).toBe(JSON.stringify(fresh.respond(question)));
    }
    const other = loadKnowledgeDir(MINIMAL_KNOWLEDGE);
    const mismatched = createResponder(other, prebuilt);
    expect(mismatched.respond("who owns kube-proxy on fargate")).toMatchObject({
      type: "answer",
      topic: { id: "kube-proxy" },
    });
  });
});

describe("knowledge snapshot", () => {
  it("equals the validated bundled knowledge and is frozen", () => {
    const snapshot = readSnapshot(SNAPSHOT);
    expect(snapshot).toEqual(loadKnowledgeDir(BUNDLED_KNOWLEDGE));
    expect(Object.isFrozen(snapshot.topics[0]?.cells)).toBe(true);
  });

  it.each([
    ["not JSON", "{oops"],
    ["not knowledge", JSON.stringify({ hello: "world" })],
  ])("refuses a snapshot that is %s", (_name, content) => {
    const file = join(mkdtempSync(join(tmpdir(), "whoowns-snap-")), "knowledge.json");
    writeFileSync(file, content);
    expect(() => readSnapshot(file)).toThrow(KnowledgeError);
    expect(() => readSnapshot(file)).toThrow(/run npm run build/);
  });
});

/**
 * The build-time snapshot: the CLI and the bots start from it without zod or yaml, so it must hold exactly what
 * validating the bundled knowledge gives, frozen; and a broken snapshot is refused with a fix-it message.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeError } from "../../src/errors.js";
import { readSnapshot } from "../../src/knowledge/load-knowledge.js";
import { loadKnowledgeDir } from "../../src/knowledge/load-knowledge-dir.js";
import { BUNDLED_KNOWLEDGE } from "../helpers/knowledge-fixtures.js";

const SNAPSHOT = new URL("../../dist/knowledge.json", import.meta.url).pathname;

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

/**
 * Temporary copies of the minimal knowledge fixture that a test can break in one precise way.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";

export const MINIMAL_KNOWLEDGE = new URL("../fixtures/knowledge-min/", import.meta.url).pathname;
export const BUNDLED_KNOWLEDGE = new URL("../../knowledge/", import.meta.url).pathname;

export interface KnowledgeCopy {
  readonly dir: string;
  /** Parses a YAML file, lets `change` edit it, writes it back. */
  readonly edit: (file: string, change: (document: Record<string, unknown>) => void) => void;
  /** Overwrites a file with raw text (for syntax errors). */
  readonly write: (file: string, text: string) => void;
  readonly read: (file: string) => string;
  readonly remove: () => void;
}

export function copyKnowledge(source = MINIMAL_KNOWLEDGE): KnowledgeCopy {
  const dir = mkdtempSync(join(tmpdir(), "whoowns-kb-"));
  cpSync(source, dir, { recursive: true });
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const document = parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      change(document);
      writeFileSync(path, stringify(document));
    },
    write: (file, text) => writeFileSync(join(dir, file), text),
    read: (file) => readFileSync(join(dir, file), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Reads one YAML knowledge file and validates it against a zod schema. Problems come back as
 * `file: path.to.field: problem (line N)` strings, syntax errors with line and column, so an author can jump
 * straight to the spot.
 */
import { readFileSync } from "node:fs";
import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { describeIssue } from "./describe-issue.js";

export type FileResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: string[] };

export function readYamlFile<S extends z.ZodType>(
  absolutePath: string,
  displayPath: string,
  schema: S,
): FileResult<z.output<S>> {
  let source: string;
  try {
    source = readFileSync(absolutePath, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "unreadable";
    return { ok: false, problems: [`${displayPath}: cannot read the file (${reason})`] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const at = lineCounter.linePos(error.pos[0]);
        const where = `line ${at.line}, column ${at.col}`;
        return `${displayPath}: ${where}: YAML syntax error: ${firstLine(error.message)}`;
      }),
    };
  }
  const result = schema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const { path, message } = describeIssue(issue);
      const line = lineOf(doc, lineCounter, path);
      const field = path.length > 0 ? path.join(".") : "(top level)";
      return `${displayPath}: ${field}: ${message}${line ? ` (line ${line})` : ""}`;
    }),
  };
}

/** The line of the deepest node on `path` that exists, so a missing field points at its parent. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

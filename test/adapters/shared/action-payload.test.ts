/**
 * Button payloads round-trip, and anything a client could tamper with decodes to null instead of throwing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionData,
  decodeAction,
  encodeAction,
  MAX_PAYLOAD_CHARS,
} from "../../../src/adapters/shared/action-payload.js";
import type { Action } from "../../../src/core/index.js";

const actions: Action[] = [
  { kind: "answer", version: "abc123", topic: "kubelet", runtime: "eks-fargate" },
  { kind: "answer", version: "abc123", topic: "kubelet", runtime: null },
  { kind: "compare", version: "abc123", runtimes: ["eks-ec2", "eks-fargate"], category: "networking" },
  { kind: "compare", version: "abc123", runtimes: ["eks-ec2"], category: null },
  {
    kind: "compare",
    version: "abc123",
    runtimes: ["eks-mng", "eks-fargate"],
    category: "compute",
    focus: "os-patching",
  },
  { kind: "list", version: "abc123", runtime: "eks-mng", owner: "shared" },
  { kind: "difference", version: "abc123", from: "eks-ec2", to: "eks-auto" },
  { kind: "runtime-info", version: "abc123", runtime: "ecs-fargate" },
];

describe("action payloads", () => {
  it.each(actions.map((action) => [action.kind, action] as const))(
    "round-trip a %s action",
    (_kind, action) => {
      expect(decodeAction(encodeAction(action))).toEqual(action);
      expect(decodeAction(actionData(action))).toEqual(action);
    },
  );

  it.each([
    ["not JSON", "{oops"],
    ["an unknown kind", JSON.stringify({ k: "delete", v: "x" })],
    ["an extra field", JSON.stringify({ k: "answer", v: "x", t: "kubelet", r: null, text: "<!channel>" })],
    [
      "free text where an id belongs",
      JSON.stringify({ k: "answer", v: "x", t: "who owns <!here>", r: null }),
    ],
    [
      "a focus that is not an id",
      JSON.stringify({ k: "compare", v: "x", rs: ["eks-ec2"], c: null, fo: "<!here>" }),
    ],
    ["too many runtimes", JSON.stringify({ k: "compare", v: "x", rs: Array(7).fill("eks-ec2"), c: null })],
    ["an oversized payload", "x".repeat(MAX_PAYLOAD_CHARS + 1)],
    ["a number", 42],
    ["null", null],
  ])("reject %s", (_name, raw) => {
    expect(decodeAction(raw)).toBeNull();
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        const decoded = decodeAction(raw);
        expect(decoded === null || typeof decoded.kind === "string").toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

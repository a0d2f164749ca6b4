/**
 * The logger never writes a configured secret or anything shaped like a Slack or bearer token, whatever
 * logs it: messages, fields, nested objects or errors.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

function capture(secrets: string[]) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: "debug", secrets, destination }), lines };
}

describe("createLogger", () => {
  it("scrubs configured secrets and token shapes everywhere", () => {
    const { logger, lines } = capture(["s3cr3t-signing-value", "teams-password-123"]);
    logger.info("token xoxb-1234-5678-abcdefgh in a message");
    logger.info(
      { headers: { authorization: "Bearer abc.def.ghi-jkl" }, nested: { deep: ["s3cr3t-signing-value"] } },
      "fields",
    );
    logger.error({ err: new Error("failed with teams-password-123 and xapp-1-A0-123456") }, "an error");
    logger.debug({ botToken: "xoxb-anything-at-all", url: "https://hooks.example/teams-password-123" });
    const all = lines.join("");
    for (const secret of [
      "xoxb-1234-5678-abcdefgh",
      "abc.def.ghi-jkl",
      "s3cr3t-signing-value",
      "teams-password-123",
      "xapp-1-A0-123456",
      "xoxb-anything-at-all",
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).toContain("[redacted]");
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("keeps ordinary text intact", () => {
    const { logger, lines } = capture(["s3cr3t"]);
    logger.info({ question: "who owns etcd?" }, "answered");
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ question: "who owns etcd?", msg: "answered" });
  });
});

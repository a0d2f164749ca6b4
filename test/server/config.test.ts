/**
 * readConfig: the environment becomes a typed Config, and every mistake is reported at once with how to fix it.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../src/config.js";

const read = (env: Record<string, string>) => readConfig(env as NodeJS.ProcessEnv);

function problemsOf(env: Record<string, string>): string {
  try {
    read(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe("CONFIG_INVALID");
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("defaults to a loopback bind on port 3978 with no credentials", () => {
    expect(read({})).toMatchObject({
      port: 3978,
      host: "127.0.0.1",
      slack: null,
      teams: null,
      logLevel: "info",
    });
  });

  it("binds publicly by default once a surface has credentials", () => {
    expect(read({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).host).toBe("0.0.0.0");
    expect(read({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", HOST: "127.0.0.1" }).host).toBe(
      "127.0.0.1",
    );
  });

  it("chooses Socket Mode with an app token and HTTP mode with a signing secret", () => {
    expect(
      read({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_SIGNING_SECRET: "s" }).slack,
    ).toMatchObject({ mode: "socket" });
    expect(read({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack).toMatchObject({
      mode: "http",
      signingSecret: "s",
    });
    expect(
      read({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "http://127.0.0.1:9/api" })
        .slack?.apiUrl,
    ).toBe("http://127.0.0.1:9/api/");
  });

  it("reads a Teams registration, SingleTenant by default", () => {
    expect(
      read({ MICROSOFT_APP_ID: "id", MICROSOFT_APP_PASSWORD: "pw", MICROSOFT_APP_TENANT_ID: "t" }).teams,
    ).toEqual({
      appId: "id",
      appPassword: "pw",
      appType: "SingleTenant",
      tenantId: "t",
    });
  });

  it("reports every problem at once, with the fix", () => {
    const message = problemsOf({
      SLACK_BOT_TOKEN: "xoxp-user-token",
      MICROSOFT_APP_ID: "id",
      PORT: "70000",
      LOG_LEVEL: "loud",
    });
    expect(message).toMatch(/SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(message).toMatch(/neither SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET \(HTTP mode\)/);
    expect(message).toMatch(/MICROSOFT_APP_PASSWORD is missing/);
    expect(message).toMatch(/MICROSOFT_APP_TENANT_ID is missing/);
    expect(message).toMatch(/PORT must be a whole number from 0 to 65535 \(got "70000"\)/);
    expect(message).toMatch(/LOG_LEVEL must be one of/);
  });

  it.each([
    [{ SLACK_APP_TOKEN: "xapp-1" }, /SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }, /SLACK_APP_TOKEN must be an app-level token/],
    [
      { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "ftp://x" },
      /SLACK_API_URL must be an http/,
    ],
    [{ MICROSOFT_APP_PASSWORD: "pw" }, /MICROSOFT_APP_ID is missing/],
    [
      { MICROSOFT_APP_ID: "id", MICROSOFT_APP_TYPE: "Anonymous" },
      /MICROSOFT_APP_TYPE must be one of SingleTenant, MultiTenant, UserAssignedMSI/,
    ],
    [{ RATE_LIMIT_QUESTIONS_PER_MINUTE: "0" }, /RATE_LIMIT_QUESTIONS_PER_MINUTE must be a whole number/],
  ])("refuses %j", (env, message) => {
    expect(problemsOf(env)).toMatch(message);
  });

  it("never repeats a secret in its messages", () => {
    const message = problemsOf({
      SLACK_BOT_TOKEN: "xoxp-very-secret-value",
      SLACK_APP_TOKEN: "not-an-app-token-secret",
    });
    expect(message).not.toContain("very-secret-value");
    expect(message).not.toContain("not-an-app-token-secret");
  });
});

/**
 * /api/messages with a Microsoft app registration configured: Bot Framework tokens are checked against a
 * loopback OpenID metadata and key endpoint. No token, a malformed one, or a well-formed forgery (another key,
 * expired, another bot, another service URL) gets 401; a token signed with the published key passes; an
 * unreachable or failing metadata service gets 503. Never 500, and no token or secret in the logs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamsConfig } from "../../../src/config.js";
import { searchActivity } from "./helpers/activities.js";
import { type FakeConnector, startFakeConnector } from "./helpers/fake-connector.js";
import { channelClaims, type FakeOpenId, signToken, startFakeOpenId } from "./helpers/fake-openid.js";
import { startTestBot, type TestBot } from "./helpers/start-test-bot.js";

const APP_ID = "3f2b6c1d-9a8e-4f7b-8c6d-5e4f3a2b1c0d";
const PASSWORD = "app-password-never-logged-42";

let openId: FakeOpenId;
let connector: FakeConnector;
let bot: TestBot;

function teamsConfig(openIdMetadataUrl: string): TeamsConfig {
  return {
    appId: APP_ID,
    appPassword: PASSWORD,
    appType: "SingleTenant",
    tenantId: "tenant-1",
    openIdMetadataUrl,
  };
}

beforeAll(async () => {
  openId = await startFakeOpenId();
  connector = await startFakeConnector();
  bot = await startTestBot({ teams: teamsConfig(openId.metadataUrl), secrets: [PASSWORD] });
});

afterAll(async () => {
  await bot.close();
  await openId.close();
  await connector.close();
});

const search = () =>
  searchActivity([{ name: "query", value: "kubelet on fargate" }], { serviceUrl: connector.url });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe("with Microsoft credentials", () => {
  it("rejects a request without a token with 401", async () => {
    expect((await bot.post(search())).status).toBe(401);
  });

  it("rejects a malformed token with 401", async () => {
    expect((await bot.post(search(), bearer("not.a.jwt"))).status).toBe(401);
    expect((await bot.post(search(), { authorization: "Basic abc" })).status).toBe(401);
  });

  it.each([
    { label: "signed with a key the bot does not trust", key: "untrusted", claims: {} },
    { label: "naming a key id nobody published", key: "trusted", claims: {}, kid: "other-key" },
    { label: "expired", key: "trusted", claims: { exp: Math.floor(Date.now() / 1000) - 3600 } },
    { label: "issued for another bot", key: "trusted", claims: { aud: "another-app-id" } },
    {
      label: "issued for another service URL",
      key: "trusted",
      claims: { serviceurl: "https://evil.example/" },
    },
    { label: "from another issuer", key: "trusted", claims: { iss: "https://issuer.example" } },
  ])("rejects a well-formed token $label with 401", async ({ key, claims, kid }) => {
    const token = signToken(
      { ...channelClaims(APP_ID, connector.url), ...claims },
      key === "trusted" ? openId.trustedKey : openId.untrustedKey,
      kid,
    );
    const response = await bot.post(search(), bearer(token));
    expect(response.status).toBe(401);
    expect(JSON.stringify(response.body)).not.toContain("stack");
  });

  it("accepts a token signed with the published key", async () => {
    const token = signToken(channelClaims(APP_ID, connector.url), openId.trustedKey);
    const response = await bot.post(search(), bearer(token));
    expect(response.status).toBe(200);
    const body = response.body as { composeExtension: { attachments: unknown[] } };
    expect(body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(openId.hits).toContain("/keys");
  });

  it("never writes a token or the app password to the logs, and routes the SDK's console output there", async () => {
    const forged = signToken(channelClaims(APP_ID, connector.url), openId.untrustedKey);
    await bot.post(search(), bearer(forged));
    const logs = JSON.stringify(bot.logs());
    expect(logs).not.toContain(forged);
    expect(logs).not.toContain(forged.split(".")[2]);
    expect(logs).not.toContain(PASSWORD);
    expect(bot.logs().some((line) => line.source === "botbuilder")).toBe(true);
    expect(bot.logs().some((line) => line.msg === "teams: request not authenticated")).toBe(true);
  });
});

describe("when the OpenID metadata service is out of reach", () => {
  it.each([
    { label: "unreachable", failWith: undefined },
    { label: "failing with 500", failWith: 500 },
  ])("answers 503 when it is $label", async ({ failWith }) => {
    const down = await startFakeOpenId(failWith ? { failWith } : {});
    const url = down.metadataUrl;
    if (!failWith) await down.close();
    const isolated = await startTestBot({ teams: teamsConfig(url), secrets: [PASSWORD] });
    try {
      const token = signToken(channelClaims(APP_ID, connector.url), down.trustedKey);
      const response = await isolated.post(search(), bearer(token));
      expect(response.status).toBe(503);
      expect(
        isolated.logs().some((line) => line.msg === "teams: cannot authenticate or process the request now"),
      ).toBe(true);
    } finally {
      await isolated.close();
      if (failWith) await down.close();
    }
  });
});

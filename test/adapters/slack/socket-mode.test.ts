/**
 * Socket Mode end to end against a loopback fake: apps.connections.open (at SLACK_API_URL, with the app-level
 * token) returns a ws://127.0.0.1 URL, the fake says hello, then sends envelopes; the bot acks each one
 * (a slash command's ack carries the answer) and answers events through the Web API. The project's HTTP server
 * still serves /healthz, and no Slack route is mounted on it.
 */
import { describe, expect, it } from "vitest";
import { BOT_USER_ID } from "./helpers/fake-slack-api.js";
import { eventBody } from "./helpers/slack-requests.js";
import { APP_TOKEN, useSlackBot } from "./helpers/start-slack-bot.js";

const slack = useSlackBot({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_SIGNING_SECRET: "" });

const ackFor = (envelopeId: string) =>
  slack.fake.waitFor(
    () => slack.fake.socketAcks.find((ack) => ack.envelope_id === envelopeId),
    `the ack of ${envelopeId}`,
  );

describe("Socket Mode", () => {
  it("opens the connection through SLACK_API_URL with the app-level token", () => {
    const open = slack.fake.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(slack.fake.socketClients()).toBe(1);
  });

  it("keeps /healthz on the project's server and mounts no /slack/events route", async () => {
    expect((await fetch(`${slack.bot.running.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${slack.bot.running.url}/slack/events`, { method: "POST" })).status).toBe(404);
  });

  it("acks a slash command envelope with the ephemeral answer", async () => {
    slack.fake.sendEnvelope({
      envelope_id: "env-command",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: {
        token: "t",
        team_id: "T0000001",
        channel_id: "C0000001",
        user_id: "U0SOCKET",
        command: "/whoowns",
        text: "who patches the node os on fargate?",
        response_url: slack.fake.responseUrl("socket-command"),
        trigger_id: "1.2.3",
        api_app_id: "A0000001",
      },
    });
    const ack = await ackFor("env-command");
    const payload = ack.payload as { response_type: string; text: string; blocks: unknown[] };
    expect(payload.response_type).toBe("ephemeral");
    expect(payload.text).toContain("Node OS updates and security patches on Amazon EKS on AWS Fargate: AWS");
    expect(payload.blocks.length).toBeGreaterThan(3);
  });

  it("acks an events envelope and answers the mention in its thread", async () => {
    slack.fake.sendEnvelope({
      envelope_id: "env-event",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: "",
      payload: eventBody(
        {
          type: "app_mention",
          user: "U0SOCKET",
          text: `<@${BOT_USER_ID}> what is eks auto mode`,
          channel: "C0SOCKET",
          ts: "1700000600.000600",
          event_ts: "1700000600.000600",
        },
        "Ev0SOCKET01",
      ),
    });
    expect(await ackFor("env-event")).toMatchObject({ envelope_id: "env-event" });
    const post = await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postMessage").find((call) => call.params.channel === "C0SOCKET"),
      "the answer",
    );
    expect(post.params.thread_ts).toBe("1700000600.000600");
    expect(String(post.params.text)).toContain("Amazon EKS Auto Mode");
  });

  it("acks a redelivered envelope but answers its event once", async () => {
    slack.fake.sendEnvelope({
      envelope_id: "env-retry",
      type: "events_api",
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: "timeout",
      payload: eventBody(
        {
          type: "app_mention",
          user: "U0SOCKET",
          text: `<@${BOT_USER_ID}> what is eks auto mode`,
          channel: "C0SOCKET",
          ts: "1700000600.000600",
          event_ts: "1700000600.000600",
        },
        "Ev0SOCKET01",
      ),
    });
    await ackFor("env-retry");
    const ts = "1700000700.000700";
    slack.fake.sendEnvelope({
      envelope_id: "env-after",
      type: "events_api",
      accepts_response_payload: false,
      payload: eventBody({
        type: "app_mention",
        user: "U0SOCKET",
        text: `<@${BOT_USER_ID}> help`,
        channel: "C0SOCKET",
        ts,
        event_ts: ts,
      }),
    });
    await slack.fake.waitFor(
      () => slack.fake.callsTo("chat.postMessage").some((call) => call.params.thread_ts === ts),
      "the later answer",
    );
    expect(
      slack.fake.callsTo("chat.postMessage").filter((call) => call.params.thread_ts === "1700000600.000600"),
    ).toHaveLength(1);
  });
});

/**
 * The compiled server as a process (`node dist/main.js`): a broken KNOWLEDGE_DIR stops start-up with a non-zero
 * exit that names the file and the line; SIGTERM while requests are in flight (a Teams message whose connector
 * answers slowly, a Slack mention and a Slack click whose Web API call and response_url answer slowly) lets
 * them all finish, then the process exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyKnowledge, type KnowledgeCopy } from "../helpers/knowledge-fixtures.js";
import { BOT_USER_ID, type FakePlatforms, startFakePlatforms } from "./helpers/fake-platforms.js";
import { slackSignature } from "./helpers/raw-request.js";
import { runWhoowns, spawnWhoowns } from "./helpers/spawn-whoowns.js";

describe("a knowledge directory broken at start", () => {
  let copy: KnowledgeCopy;
  beforeAll(() => {
    copy = copyKnowledge();
  });
  afterAll(() => copy?.remove());

  it("starts when the copy is intact (the control)", async () => {
    const server = await spawnWhoowns({ KNOWLEDGE_DIR: copy.dir });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    } finally {
      expect((await server.stop()).code).toBe(0);
    }
  });

  it("refuses to start on a YAML syntax error, naming the file, line and column", async () => {
    const file = "topics/compute/kube-proxy.yaml";
    const original = copy.read(file);
    const lines = original.split("\n");
    const broken = lines.findIndex((line) => line.startsWith("category:"));
    lines[broken] = "category: [compute";
    copy.write(file, lines.join("\n"));
    try {
      const exit = await runWhoowns({ KNOWLEDGE_DIR: copy.dir });
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain("whoowns cannot start");
      expect(exit.stderr).toMatch(/kube-proxy\.yaml: line \d+, column \d+: YAML syntax error/);
      expect(exit.stdout).not.toContain("whoowns is listening");
    } finally {
      copy.write(file, original);
    }
  });

  it("refuses to start on a value the schema rejects, naming the file, the field and its line", async () => {
    const file = "topics/networking/cni-plugin.yaml";
    const original = copy.read(file);
    const lines = original.split("\n");
    const owner = lines.findIndex((line) => /^\s+owner: /.test(line));
    lines[owner] = (lines[owner] ?? "").replace(/owner: .*/, "owner: nobody");
    copy.write(file, lines.join("\n"));
    try {
      const exit = await runWhoowns({ KNOWLEDGE_DIR: copy.dir });
      expect(exit.code).toBe(1);
      expect(exit.stderr).toContain(`cni-plugin.yaml: cells.eks-ec2.owner: must be one of`);
      expect(exit.stderr).toContain(`(line ${owner + 1})`);
      expect(exit.stdout).not.toContain("whoowns is listening");
    } finally {
      copy.write(file, original);
    }
  });

  it("refuses to start when KNOWLEDGE_DIR is not a directory", async () => {
    const exit = await runWhoowns({ KNOWLEDGE_DIR: `${copy.dir}/missing` });
    expect(exit.code).toBe(1);
    expect(exit.stderr).toMatch(/missing: not a directory/);
  });
});

describe("SIGTERM while requests are in flight", () => {
  const SECRET = "lifecycle-signing-secret-0123";
  let platforms: FakePlatforms;
  beforeAll(async () => {
    platforms = await startFakePlatforms();
  });
  afterAll(() => platforms?.close());

  const signedPost = (url: string, body: string, type: string) =>
    fetch(`${url}/slack/events`, {
      method: "POST",
      headers: { "content-type": type, ...slackSignature(SECRET, body) },
      body,
    });

  it("lets them finish, then exits 0", async () => {
    const server = await spawnWhoowns({
      SLACK_BOT_TOKEN: "xoxb-0000000001-0000000002-lifecycle",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: platforms.slackApiUrl,
    });
    try {
      // A slash command first: its ack is the card whose button the click below presses.
      const command = new URLSearchParams({
        command: "/whoowns",
        text: "who patches the node os on fargate?",
        user_id: "U0TERM",
        channel_id: "C0TERM",
        team_id: "T0000001",
        response_url: platforms.responseUrl("unused"),
      }).toString();
      const card = (await (
        await signedPost(server.url, command, "application/x-www-form-urlencoded")
      ).json()) as {
        blocks: {
          type: string;
          block_id: string;
          elements?: { action_id: string; text: { text: string } }[];
        }[];
      };
      const actions = card.blocks.find((block) =>
        block.elements?.some((element) => element.text?.text === "Compare all runtimes"),
      );
      const button = actions?.elements?.find((element) => element.text?.text === "Compare all runtimes");
      expect(button).toBeDefined();

      const slow = { delayMs: 1_500 };
      platforms.script("/connector/", slow, 1);
      platforms.script("/api/chat.postMessage", slow, 1);
      platforms.script("/response/term-click", slow, 1);
      const teams = fetch(`${server.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          type: "message",
          id: "term-1",
          channelId: "msteams",
          serviceUrl: platforms.connectorUrl,
          from: { id: "29:term" },
          recipient: { id: "28:bot" },
          conversation: { id: "a:term" },
          text: "who owns the kubelet?",
        }),
      });
      const ts = "1700000700.000100";
      const mention = JSON.stringify({
        type: "event_callback",
        event_id: "Ev0TERM0001",
        team_id: "T0000001",
        api_app_id: "A0000001",
        event: {
          type: "app_mention",
          user: "U0TERM",
          channel: "C0TERM",
          text: `<@${BOT_USER_ID}> help`,
          ts,
          event_ts: ts,
        },
      });
      expect((await signedPost(server.url, mention, "application/json")).status).toBe(200);
      const clickPayload = {
        type: "block_actions",
        user: { id: "U0TERM" },
        team: { id: "T0000001" },
        channel: { id: "C0TERM" },
        container: { type: "message", channel_id: "C0TERM", is_ephemeral: true },
        trigger_id: "1.2.3",
        response_url: platforms.responseUrl("term-click"),
        actions: [{ type: "button", action_id: button?.action_id, block_id: actions?.block_id, value: "x" }],
      };
      const clickBody = new URLSearchParams({ payload: JSON.stringify(clickPayload) }).toString();
      expect((await signedPost(server.url, clickBody, "application/x-www-form-urlencoded")).status).toBe(200);
      // All three outbound calls have reached the slow platforms before the signal is sent.
      await platforms.waitFor(
        () =>
          ["/connector/", "/api/chat.postMessage", "/response/term-click"].every((prefix) =>
            platforms.arrived.some((path) => path.startsWith(prefix)),
          ),
        "the three slow calls to arrive",
      );
      const exited = server.stop("SIGTERM");
      expect((await teams).status).toBe(200);
      const exit = await exited;
      expect(exit.code).toBe(0);
      const answered = (prefix: string) =>
        platforms.received.filter((entry) => entry.path.startsWith(prefix)).map((entry) => entry.outcome);
      expect(answered("/connector/")).toEqual([200]);
      expect(answered("/api/chat.postMessage")).toEqual([200]);
      expect(answered("/response/term-click")).toEqual([200]);
      expect(exit.stdout).toContain('"msg":"shutting down: finishing requests in flight"');
      expect(exit.stdout).toContain('"msg":"stopped"');
      expect(exit.stderr).toBe("");
    } finally {
      // Ends the process if the test failed before it did (a kill after the exit does nothing).
      await server.stop("SIGKILL");
    }
  });
});

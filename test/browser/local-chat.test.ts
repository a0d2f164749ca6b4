/**
 * The local web chat in a real browser (Debian's Chromium through playwright-core): ask a question and see the
 * Adaptive Card, switch runtime and see the card update, ask something ambiguous and pick a candidate, show the
 * Slack JSON, and work at 360 px with the keyboard only. Screenshots go to test-results/. It never skips: without
 * Chromium it fails and says how to install it.
 */
import { existsSync, mkdirSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWhoowns, startWhoowns } from "../../src/app.js";
import { readConfig } from "../../src/config.js";
import { readSnapshot } from "../../src/knowledge/load-knowledge.js";
import { createLogger } from "../../src/logger.js";

const CHROMIUM = "/usr/bin/chromium";
const RESULTS = new URL("../../test-results/", import.meta.url).pathname;
const SNAPSHOT = new URL("../../dist/knowledge.json", import.meta.url).pathname;

let browser: Browser;
let bot: RunningWhoowns;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium", then run npm run test:browser again`,
    );
  }
  mkdirSync(RESULTS, { recursive: true });
  bot = await startWhoowns({
    config: { ...readConfig({}), port: 0 },
    knowledge: readSnapshot(SNAPSHOT),
    logger: createLogger({ level: "silent" }),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-gpu",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await bot?.close();
});

/** Status of a raw HTTP request (fetch cannot set the Host header). */
function statusOf(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${bot.url}${path}`, { method, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end(body);
  });
}

async function openChat(width = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  // Nothing may leave 127.0.0.1: any other request fails the test.
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol !== "data:")
      throw new Error(`request left loopback: ${request.url()}`);
  });
  await page.goto(bot.url);
  await expect.poll(() => page.locator("#status").textContent()).toBe("");
  return page;
}

async function ask(page: Page, question: string): Promise<void> {
  const before = await page.locator("#log .message.bot").count();
  await page.getByLabel("Your question").fill(question);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("#log .message.bot").count()).toBe(before + 1);
}

describe("local web chat", () => {
  it("answers with the real Adaptive Card and updates it when the runtime is switched", async () => {
    const page = await openChat();
    await ask(page, "who patches the node OS on fargate?");
    const card = page.locator("#log .message.bot .card").last();
    await expect.poll(() => card.textContent()).toMatch(/AWS/);
    expect(await card.textContent()).toMatch(/Fargate/);
    await page.screenshot({ path: `${RESULTS}local-chat-answer.png`, fullPage: true });

    const switchButton = card.getByRole("button", { name: /managed node groups/i }).first();
    await switchButton.click();
    await expect.poll(() => card.textContent()).toMatch(/Shared/);
    expect(await card.textContent()).toMatch(/managed node groups/i);
    await page.close();
  });

  it("asks 'did you mean' for an ambiguous question and answers the picked candidate", async () => {
    const page = await openChat();
    await ask(page, "who owns encryption on fargate?");
    const card = page.locator("#log .message.bot .card").last();
    await expect.poll(() => card.textContent()).toMatch(/did you mean/i);
    const candidate = card.getByRole("button", { name: /transit/i }).first();
    await candidate.click();
    await expect.poll(() => card.textContent()).toMatch(/in transit/i);
    expect(await card.textContent()).toMatch(/Customer|You/);
    await page.screenshot({ path: `${RESULTS}local-chat-clarify.png`, fullPage: true });
    await page.close();
  });

  it("shows the Slack Block Kit JSON of the same reply on request", async () => {
    const page = await openChat();
    await ask(page, "compare fargate and mng for networking");
    await page.getByLabel(/Show the Slack Block Kit JSON/).check();
    const json = page.locator("#log .message.bot .block-kit").last();
    await expect.poll(() => json.isVisible()).toBe(true);
    const blockKit = JSON.parse((await json.textContent()) ?? "{}");
    expect(Array.isArray(blockKit.blocks)).toBe(true);
    expect(typeof blockKit.text).toBe("string");
    await page.close();
  });

  it("works at 360 px with the keyboard only", async () => {
    const page = await openChat(360);
    // The question box has focus on load and the Ask button is the next stop: no mouse needed.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("question");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ask");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("what is eks auto mode");
    await page.keyboard.press("Enter");
    const card = page.locator("#log .message.bot .card").last();
    await expect.poll(() => card.textContent()).toMatch(/Auto Mode/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${RESULTS}local-chat-360.png`, fullPage: true });
    await page.close();
  });

  it("refuses other Host headers and non-JSON posts", async () => {
    expect(await statusOf("GET", "/", { host: "evil.example:80" })).toBe(403);
    expect(await statusOf("POST", "/local-chat/conversations", { "content-type": "text/plain" }, "x")).toBe(
      415,
    );
    expect(
      await statusOf(
        "POST",
        "/local-chat/connector/v3/conversations/nope/activities",
        { "content-type": "application/json" },
        "{}",
      ),
    ).toBe(404);
  });
});

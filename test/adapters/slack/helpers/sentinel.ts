/**
 * A question that must be answered, to know that everything sent before it was handled: posts to one channel
 * go out in order (one a second), so whatever was sent to the channel earlier has been posted by the time the
 * sentinel's answer arrives, or never will be. No sleeping, no timing.
 */
import { BOT_USER_ID, type FakeSlack } from "./fake-slack-api.js";
import { eventBody, postEvent } from "./slack-requests.js";

export const SENTINEL_ANSWER = "Amazon EKS Auto Mode";

/** Asks "what is eks auto mode" in `channel` (a DM for D…, a mention otherwise) and waits for the answer. */
export async function askSentinel(fake: FakeSlack, baseUrl: string, channel: string): Promise<void> {
  const isAnswer = (call: { params: Record<string, unknown> }) =>
    call.params.channel === channel && String(call.params.text).startsWith(SENTINEL_ANSWER);
  const before = fake.callsTo("chat.postMessage").filter(isAnswer).length;
  const ts = `${Date.now() / 1000}`;
  const text = "what is eks auto mode";
  const event = channel.startsWith("D")
    ? { type: "message", channel_type: "im", channel, user: "U0SENT", text, ts, event_ts: ts }
    : { type: "app_mention", channel, user: "U0SENT", text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts };
  await postEvent(baseUrl, eventBody(event));
  await fake.waitFor(
    () => fake.callsTo("chat.postMessage").filter(isAnswer).length > before,
    `the sentinel answer in ${channel}`,
  );
}

/**
 * The Block Kit message a reply would be in Slack as a private, shareable answer: used by the local web chat's
 * "show the Slack JSON" toggle so people who install on Slack can see what they will get.
 */
import type { Knowledge, Reply } from "../../core/index.js";
import type { SlackMessage } from "./block-kit.js";
import { renderBlockKit } from "./render-block-kit.js";
import { namesFromKnowledge } from "./render-options.js";

export function createSlackPreview(knowledge: Knowledge): (reply: Reply) => SlackMessage {
  const labels = namesFromKnowledge(knowledge);
  return (reply) =>
    renderBlockKit(reply, { ...labels, card: { audience: "private", shareable: true, cardKey: null } });
}

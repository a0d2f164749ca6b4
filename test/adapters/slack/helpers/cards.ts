/**
 * Reading cards the bot sent back (an ack body, a response_url post, a Web API call) and clicking their
 * buttons and selects the way Slack would: a signed block_actions payload naming the element and its block.
 */
import type { FakeSlack } from "./fake-slack-api.js";
import { blockActionPayload, commandBody, postCommand, postInteraction } from "./slack-requests.js";

export interface Card {
  readonly text: string;
  readonly blocks: Record<string, unknown>[];
}

export interface Found {
  readonly blockId: string;
  readonly element: Record<string, unknown>;
}

export async function askCommand(
  baseUrl: string,
  fake: FakeSlack,
  text: string,
  user = "U0000001",
): Promise<Card> {
  const response = await postCommand(
    baseUrl,
    commandBody(text, fake.responseUrl("unused"), { user_id: user }),
  );
  return (await response.json()) as Card;
}

/** The element whose button text (or, for selects, action id prefix) matches. */
export function findElement(card: Card, match: string | RegExp): Found {
  for (const block of card.blocks) {
    const candidates =
      block.type === "actions"
        ? (block.elements as Record<string, unknown>[])
        : block.accessory
          ? [block.accessory as Record<string, unknown>]
          : [];
    for (const element of candidates) {
      const label =
        element.type === "button" ? (element.text as { text: string }).text : String(element.action_id);
      if (typeof match === "string" ? label === match : match.test(label))
        return { blockId: String(block.block_id), element };
    }
  }
  throw new Error(`no element ${match} in ${JSON.stringify(card.blocks).slice(0, 300)}`);
}

export async function click(
  baseUrl: string,
  fake: FakeSlack,
  found: Found,
  responseId: string,
  extra: Partial<Parameters<typeof blockActionPayload>[0]> = {},
): Promise<Response> {
  return postInteraction(
    baseUrl,
    blockActionPayload({
      blockId: found.blockId,
      element: found.element,
      responseUrl: fake.responseUrl(responseId),
      ...extra,
    }),
  );
}

/** The response_url posts for one id, once `count` of them arrived. */
export function responsesFor(fake: FakeSlack, id: string, count = 1): Promise<Record<string, unknown>[]> {
  return fake.waitFor(() => {
    const bodies = fake.responses.filter((entry) => entry.id === id).map((entry) => entry.body);
    return bodies.length >= count ? bodies : undefined;
  }, `${count} response_url post(s) to ${id}`);
}

export function asCard(body: Record<string, unknown>): Card {
  return { text: String(body.text ?? ""), blocks: (body.blocks as Record<string, unknown>[]) ?? [] };
}

/**
 * The ids on our interactive blocks, and their parsers. A card's actions blocks carry its audience (private to
 * one person, or shared in a channel) and its cache key in `block_id`; each element says what it does in
 * `action_id`. Button values and select bases are action payloads from the shared codec (ids and the knowledge
 * version only); everything read back is validated and anything unexpected parses to null.
 */
import { BLOCK_KIT_LIMITS } from "./limits.js";

/** Who sees a card: `private` cards (ephemeral, DM, modal) are updated in place; `shared` ones never are. */
export type Audience = "private" | "shared";

export interface CardRef {
  readonly audience: Audience;
  /** Whether the card offers "Share with channel" (private cards that have a response_url). */
  readonly shareable: boolean;
  /** Key of the reply in the reply cache, or null when the card has none. */
  readonly cardKey: string | null;
}

export type CardVerb =
  | { readonly kind: "ask" }
  | { readonly kind: "sources"; readonly show: boolean }
  | { readonly kind: "share" }
  | { readonly kind: "page"; readonly group: number; readonly index: number }
  /** A select whose options are short ids; `base` is the encoded action they apply to. */
  | { readonly kind: "runtime"; readonly base: string }
  | { readonly kind: "category"; readonly base: string };

/** Prefix of every action_id we emit; Bolt routes on it. */
const ACTION_PREFIX = "whoowns.";
export const ACTION_PATTERN = /^whoowns\./;
/** Option value meaning "no filter" in the runtime and category selects. */
export const ALL_OPTION = "all";

const KEY_PATTERN = /^[a-z0-9]{1,16}$/;

/** s: shared in a channel; p: private and shareable; q: private only (a DM, a modal). */
function audienceLetter(card: CardRef): string {
  if (card.audience === "shared") return "s";
  return card.shareable ? "p" : "q";
}

export function blockId(card: CardRef, index: number): string {
  return `wo.${audienceLetter(card)}.${card.cardKey ?? "-"}.${index}`;
}

export function parseBlockId(raw: unknown): CardRef | null {
  if (typeof raw !== "string" || raw.length > BLOCK_KIT_LIMITS.blockId) return null;
  const match = /^wo\.([pqs])\.([a-z0-9]{1,16}|-)\.\d{1,3}$/.exec(raw);
  if (!match) return null;
  const key = match[2] ?? "-";
  return {
    audience: match[1] === "s" ? "shared" : "private",
    shareable: match[1] === "p",
    cardKey: KEY_PATTERN.test(key) ? key : null,
  };
}

export const actionIds = {
  ask: (index: number) => `${ACTION_PREFIX}ask.${index}`,
  sources: (show: boolean) => `${ACTION_PREFIX}sources.${show ? "show" : "hide"}`,
  share: () => `${ACTION_PREFIX}share`,
  page: (group: number, index: number) => `${ACTION_PREFIX}page.${group}.${index}`,
  runtime: (encodedBase: string) => `${ACTION_PREFIX}runtime:${toBase64Url(encodedBase)}`,
  category: (encodedBase: string) => `${ACTION_PREFIX}category:${toBase64Url(encodedBase)}`,
};

export function parseActionId(raw: unknown): CardVerb | null {
  if (typeof raw !== "string" || raw.length > BLOCK_KIT_LIMITS.actionId || !raw.startsWith(ACTION_PREFIX))
    return null;
  const rest = raw.slice(ACTION_PREFIX.length);
  if (/^ask\.\d{1,3}$/.test(rest)) return { kind: "ask" };
  if (rest === "sources.show" || rest === "sources.hide")
    return { kind: "sources", show: rest === "sources.show" };
  if (rest === "share") return { kind: "share" };
  const page = /^page\.(\d{1,2})\.(\d{1,3})$/.exec(rest);
  if (page) return { kind: "page", group: Number(page[1]), index: Number(page[2]) };
  const select = /^(runtime|category):([A-Za-z0-9_-]{1,240})$/.exec(rest);
  if (select) {
    const base = fromBase64Url(select[2] ?? "");
    if (base === null) return null;
    return select[1] === "runtime" ? { kind: "runtime", base } : { kind: "category", base };
  }
  return null;
}

function toBase64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

function fromBase64Url(text: string): string | null {
  const decoded = Buffer.from(text, "base64url").toString("utf8");
  // Buffer ignores invalid characters; a round trip tells whether the input was really ours.
  return toBase64Url(decoded) === text ? decoded : null;
}

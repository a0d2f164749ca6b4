/**
 * Text helpers for Slack mrkdwn: escaping (so nothing a user or the knowledge says can ping anyone or turn into
 * a link), links to sources, and cutting text to a limit without splitting a character.
 * @see https://docs.slack.dev/messaging/formatting-message-text#escaping
 */

/** Escapes the three characters Slack treats as control characters in mrkdwn: `&`, `<` and `>`. */
export function escapeMrkdwn(text: string): string {
  // Most knowledge text has none of the three: one scan then, instead of three replaces.
  return CONTROL.test(text)
    ? text.replace(CONTROL_ALL, (character) => ENTITIES[character] ?? character)
    : text;
}

const CONTROL = /[&<>]/;
const CONTROL_ALL = /[&<>]/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Inverse of `escapeMrkdwn`, for tests and for reading what a user will see. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

const ELLIPSIS = "…";

/**
 * `text` cut to at most `max` characters (UTF-16 units, as Slack counts), ending in an ellipsis when cut. Never
 * splits a surrogate pair, an escape entity such as `&amp;`, or a `<link|title>`.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  let end = max - ELLIPSIS.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  const entity = text.lastIndexOf("&", end);
  if (entity >= 0 && entity > end - 6 && !text.slice(entity, end).includes(";")) end = entity;
  // Nor a link or mention: "<https://docs.aws" would show raw, and its stub address could be linked on its own.
  // Text from people is escaped, so every "<" here opens one of ours.
  const opened = text.lastIndexOf("<", end - 1);
  if (opened >= 0 && text.lastIndexOf(">", end - 1) < opened) end = opened;
  return `${text.slice(0, end)}${ELLIPSIS}`;
}

/** A mrkdwn link `<url|title>` with the title escaped; URLs are https links from the knowledge. */
export function link(url: string, title: string): string {
  const safeUrl = url.replace(/[<>|\s]/g, (character) => encodeURIComponent(character));
  return `<${safeUrl}|${escapeMrkdwn(title)}>`;
}

/** Bold mrkdwn around escaped text. */
export function bold(text: string): string {
  return `*${escapeMrkdwn(text)}*`;
}

/** A Slack user mention for an id that Slack gave us; anything else is refused (returns null). */
export function mentionUser(userId: string): string | null {
  return /^[UW][A-Z0-9]{2,30}$/.test(userId) ? `<@${userId}>` : null;
}

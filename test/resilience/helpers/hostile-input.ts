/**
 * What anyone in a workspace can type, as fast-check arbitraries: any unicode (control characters, lone
 * surrogates, bidi overrides, zero-width), Slack markup that pings or links (`<!channel>`, `<!here>`, `<@U…>`,
 * `<url|label>`), markdown, HTML and link injection aimed at Adaptive Cards, mention spam, and messages of
 * 100 KB. And the checks every output is held to: nothing the bot sends can ping anyone in Slack, and nothing in
 * a card links or points anywhere but the knowledge's own sources.
 */
import fc from "fast-check";
import type { Knowledge } from "../../../src/core/index.js";

const SLACK_MARKUP = [
  "<!channel>",
  "<!here>",
  "<!everyone>",
  "<!subteam^S0ADMINS|@admins>",
  "<@U0VICTIM>",
  "<@W0VICTIM|boss>",
  "<#C0PRIVATE|secret>",
  "<https://evil.example/login|Reset your password>",
  "<http://evil.example>",
  "<mailto:ceo@evil.example|mail>",
  "<!date^1392734382^{date}|x>",
  "&lt;!channel&gt;",
  "&amp;",
  "*",
  "_",
  "~",
  "`",
  "```",
  ">",
];

const CARD_MARKUP = [
  "[x](javascript:alert(1))",
  "[docs](https://evil.example/phish)",
  "![img](http://evil.example/pixel.png)",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '<a href="https://evil.example">x</a>',
  "<at>whoowns</at>",
  "<at>Everyone</at>",
  "https://evil.example/bare",
  "**bold**",
  "# heading",
  "- item",
  "\\[x\\]",
];

const WORDS = [
  "who",
  "owns",
  "patches",
  "etcd",
  "fargate",
  "node",
  "os",
  "on",
  "mng",
  "compare",
  "help",
  "?",
];

const ODD = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u202e",
  "\u200b",
  "\ufeff",
  "\ud800",
  "\udfff",
  "ﬁ",
  "🙃",
  "👩‍👩‍👧",
  "\r\n",
  "\t",
  "%s",
  // A template placeholder typed as text, to see it is never evaluated.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
  "${x}",
  "{{x}}",
  "__proto__",
];

/** Any text a hostile or careless person might send, up to a few kilobytes. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc
    .array(fc.constantFrom(...SLACK_MARKUP, ...CARD_MARKUP, ...WORDS, ...ODD), { maxLength: 80 })
    .map((parts) => parts.join(" ")),
  fc
    .tuple(fc.integer({ min: 20, max: 400 }), fc.constantFrom(...SLACK_MARKUP, ...CARD_MARKUP))
    .map(([count, mention]) => `${`${mention} `.repeat(count)}who owns etcd?`),
);

/** Messages of about 100 KB: mention spam, link spam, one long word, a question repeated. */
export const HUGE_TEXTS: readonly string[] = [
  "<!channel> <!here> <@U0VICTIM> ".repeat(3_300),
  "[x](javascript:alert(1)) ![img](http://evil.example/p.png) ".repeat(1_800),
  "x".repeat(100 * 1024),
  "who patches the node os on fargate? ".repeat(2_900),
];

/** Every https URL the knowledge itself contains: the only links a reply may carry. */
export function knowledgeUrls(knowledge: Knowledge): Set<string> {
  return new Set(JSON.stringify(knowledge).match(/https:\/\/[^\s"<>|)\]]+/g) ?? []);
}

/** Every string inside a JSON-like value. */
export function stringsIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === "string") found.push(node);
    else if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") for (const item of Object.values(node)) visit(item);
  };
  visit(value);
  return found;
}

/**
 * Strings that Slack would turn into a ping or a link: `<!…>`, `<@…>`, `<#…>` or `<scheme:…>` anywhere, once the
 * knowledge's own source links (`<https://known|escaped title>`) are set aside.
 */
export function slackBroadcasts(value: unknown, allowed: ReadonlySet<string>): string[] {
  return stringsIn(value).filter((text) => {
    const rest = text.replace(/<(https:\/\/[^|<>\s]+)\|[^<>|]*>/g, (link, url: string) =>
      allowed.has(url) ? "" : link,
    );
    return /<(?:[!@#]|[a-z][a-z0-9+.-]*:)/i.test(rest);
  });
}

/**
 * What in an Adaptive Card (or any message around it) could send the reader elsewhere or load something: image
 * and media elements, OpenUrl actions or markdown links to anything but the knowledge's URLs, markdown images,
 * bare URLs Teams would auto-link, `javascript:` and HTML tags.
 */
export function cardInjections(card: unknown, allowed: ReadonlySet<string>): string[] {
  // The schema address is the card format's own, not content.
  const value: unknown = JSON.parse(
    JSON.stringify(card ?? null, (key, item) => (key === "$schema" ? undefined : item)),
  );
  // Whole addresses only: a text cut to its byte budget drops an address it would split.
  const isAllowed = (url: string) => allowed.has(url);
  const problems: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (typeof record.type === "string" && /^(Image|ImageSet|Media)$/.test(record.type))
        problems.push(`a ${record.type} element`);
      if (record.type === "Action.OpenUrl" && !allowed.has(String(record.url)))
        problems.push(`OpenUrl to ${String(record.url)}`);
      for (const key of ["backgroundImage", "selectAction", "iconUrl", "url"])
        if (key in record && record.type !== "Action.OpenUrl") problems.push(`a ${key}`);
      for (const item of Object.values(record)) visit(item);
    }
  };
  visit(value);
  for (const text of stringsIn(value)) {
    if (/!\[/.test(text)) problems.push(`markdown image in ${text.slice(0, 80)}`);
    if (/javascript:/i.test(text)) problems.push(`javascript: in ${text.slice(0, 80)}`);
    if (/<\s*\/?\s*(?:script|img|a|iframe|svg)\b/i.test(text)) problems.push(`HTML in ${text.slice(0, 80)}`);
    for (const match of text.matchAll(/\]\(([^)\s]*)|\b(?:https?|ftp):\/\/[^\s"<>|)\]]+/gi)) {
      const url = match[1] ?? match[0];
      if (!isAllowed(url)) problems.push(`link to ${url}`);
    }
  }
  return problems;
}

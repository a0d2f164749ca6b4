/**
 * Slack message text -> the plain question the core reads: mentions of people, groups and the bot removed
 * (`<@U…>`, `<!here>`, `<!subteam^…>`), channel links to their names, links to their labels, and Slack's
 * entity escapes undone. The core normalises the rest.
 * @see https://docs.slack.dev/messaging/formatting-message-text
 */
export function stripSlackMarkup(text: string): string {
  return text
    .replace(/<([@!][^>]*)>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, (_match, name: string) => `#${name}`)
    .replace(/<#[A-Z0-9]+>/g, " ")
    .replace(/<([^>|]+)\|([^>]*)>/g, (_match, _url: string, label: string) => label)
    .replace(/<([^>]+)>/g, (_match, url: string) => url)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Turns the text of a Teams message into the question for the core: drops Teams markup (`<at>` mentions of
 * anyone but the bot keep their name, HTML tags and entities go), then reads the command list of the manifest:
 * `ask <question>`, `compare <runtime> <runtime> [category]`, `help`. Anything else is a question as typed.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&nbsp;": " ",
};

/** Plain text of a Teams message whose bot mention was already removed. */
export function stripTeamsMarkup(text: string): string {
  return text
    .replace(/<at[^>]*>(.*?)<\/at>/gi, "$1")
    .replace(/<br\s*\/?>|<\/p>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[ \t\u00a0]+/g, " ")
    .trim();
}

/** The question to give the core for a message's plain text (after `stripTeamsMarkup`). */
export function readTeamsQuestion(text: string): string {
  const trimmed = text.replace(/^\//, "").trim();
  const command = /^(ask|compare|help)\b[\s:]*([\s\S]*)$/i.exec(trimmed);
  if (!command) return trimmed;
  const name = (command[1] ?? "").toLowerCase();
  const rest = (command[2] ?? "").trim();
  if (name === "ask") return rest.length > 0 ? rest : "help";
  // "compare" on its own compares every runtime; with words it goes to the core as typed ("compare fargate mng").
  if (name === "compare") return rest.length > 0 ? trimmed : "compare all runtimes";
  return rest.length > 0 ? trimmed : "help";
}

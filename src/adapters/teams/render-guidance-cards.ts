/**
 * Cards that guide rather than answer: "did you mean" (one button per candidate), not found (with suggestions),
 * and help, which doubles as the welcome card sent once when the bot is installed.
 */
import type { ClarifyReply, HelpReply, NotFoundReply } from "../../core/index.js";
import {
  actionSets,
  type CardAction,
  type CardElement,
  executeAction,
  factSet,
  heading,
  textBlock,
} from "./card-elements.js";
import { TEAMS_LIMITS } from "./limits.js";
import type { CardParts } from "./render-answer-card.js";

export function renderClarifyCard(reply: ClarifyReply): CardParts {
  const title = `Did you mean one of these${reply.runtime ? ` (on ${reply.runtime.name})` : ""}?`;
  const runtime = reply.runtime?.id ?? null;
  const candidates = reply.candidates.slice(0, TEAMS_LIMITS.choicesMax);
  return {
    body: [
      heading(title, "title"),
      textBlock(candidates.map((candidate) => `- ${candidate.name}`).join("\n")),
      ...actionSets(
        candidates.map((candidate) =>
          executeAction(candidate.name, {
            kind: "answer",
            version: reply.knowledgeVersion,
            topic: candidate.id,
            runtime,
          }),
        ),
      ),
    ],
    actions: [],
    speak: title,
  };
}

export function renderNotFoundCard(reply: NotFoundReply): CardParts {
  const body: CardElement[] = [textBlock(reply.message, { weight: "Bolder", size: "Medium" })];
  const suggestions = reply.suggestions.slice(0, TEAMS_LIMITS.choicesMax);
  if (suggestions.length > 0) {
    body.push(
      textBlock("Try one of these:"),
      textBlock(suggestions.map((suggestion) => `- ${suggestion.name}`).join("\n")),
      ...actionSets(
        suggestions.map((suggestion) =>
          executeAction(suggestion.name, {
            kind: "answer",
            version: reply.knowledgeVersion,
            topic: suggestion.id,
            runtime: null,
          }),
        ),
      ),
    );
  }
  body.push(textBlock('Type "help" to see what I can answer.', { isSubtle: true }));
  return { body, actions: [], speak: reply.message };
}

/** The commands the bot understands, as the manifest's command lists describe them. */
export const TEAMS_COMMANDS: readonly (readonly [string, string])[] = [
  ["ask <question>", "Who owns something, e.g. ask who patches the node OS on fargate?"],
  ["compare fargate mng [category]", "Runtimes side by side, optionally for one category such as networking"],
  ["help", "This card"],
];

export function renderHelpCard(reply: HelpReply, options: { readonly welcome?: boolean } = {}): CardParts {
  const body: CardElement[] = [];
  if (options.welcome) {
    body.push(
      heading("Thanks for adding whoowns", "title"),
      textBlock(
        "I answer who owns what in the AWS shared-responsibility model for containers: AWS, you, or both. In a channel, mention me (@whoowns) and I answer in the thread.",
      ),
    );
  } else {
    body.push(heading("Ask whoowns who owns what", "title"));
  }
  body.push(
    textBlock("Ask me who owns a piece of the AWS shared-responsibility model for containers, for example:"),
    textBlock(reply.examples.map((example) => `- ${example}`).join("\n")),
    heading("Commands"),
    factSet(TEAMS_COMMANDS),
    heading("Runtimes"),
    textBlock(reply.runtimes.map((runtime) => `- ${runtime.name}`).join("\n")),
  );
  const version = reply.knowledgeVersion;
  const ids = reply.runtimes.map((runtime) => runtime.id);
  const actions: CardAction[] = [
    executeAction("Compare the EKS runtimes", {
      kind: "compare",
      version,
      runtimes: ids.filter((id) => id.startsWith("eks-")),
      category: null,
    }),
    executeAction("Compare the ECS runtimes", {
      kind: "compare",
      version,
      runtimes: ids.filter((id) => id.startsWith("ecs-")),
      category: null,
    }),
  ];
  return {
    body,
    actions,
    speak: "Ask me who owns a piece of the AWS shared-responsibility model for containers.",
  };
}

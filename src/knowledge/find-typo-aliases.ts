/**
 * Finds aliases that only misspell another alias of their topic in one long word ("securtiy groups for pods"
 * beside "security groups for pods"). They do harm: a word an alias lists is known, so the spelling corrector
 * leaves it alone, and its stem then matches that one typo alias instead of every alias with the right word. The
 * corrector already reads such typos (one letter off in words of six letters or more), so the alias can go.
 * `npm run kb:check` reports them and a test keeps the bundled knowledge free of them.
 */
import type { Knowledge } from "../core/knowledge/model.js";
import { COMMON_WORDS } from "../core/text/common-words.js";
import { editDistance } from "../core/text/edit-distance.js";
import { normaliseTerm } from "../core/text/normalise-text.js";
import { stemWord } from "../core/text/stem-word.js";

/** Like the spelling corrector: shorter words are too often other real words ("plain", "onto", "boot"). */
const MIN_LENGTH = 6;
/** A typo is rare in the knowledge; the word it misspells is used at least this often, and this many times more. */
const MAX_TYPO_USES = 2;
const MIN_WORD_USES = 3;
const MIN_RATIO = 2;

export interface TypoAlias {
  readonly topic: string;
  readonly alias: string;
  readonly typo: string;
  readonly word: string;
}

/** Aliases whose one differing word from another alias of the topic is a typo of it. */
export function findTypoAliases(knowledge: Knowledge): TypoAlias[] {
  const uses = new Map<string, number>();
  const topics = knowledge.topics.map((topic) => ({
    id: topic.id,
    aliases: topic.aliases,
    words: [topic.name, ...topic.aliases].map((alias) => normaliseTerm(alias).split(/[\s-]+/)),
  }));
  for (const topic of topics)
    for (const words of topic.words) for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  const found: TypoAlias[] = [];
  for (const topic of topics) {
    topic.words.forEach((words, index) => {
      // Index 0 is the topic's name, which stays whatever it spells.
      const alias = topic.aliases[index - 1];
      if (alias === undefined) return;
      for (const [position, typo] of words.entries()) {
        const typoUses = uses.get(typo) ?? 0;
        // The corrector leaves words with digits alone ("imsdv2"), so their typo aliases are still needed.
        if (typo.length < MIN_LENGTH || typoUses > MAX_TYPO_USES || COMMON_WORDS.has(typo) || /\d/.test(typo))
          continue;
        const limit = typo.length >= 10 ? 2 : 1;
        const word = twinWords(topic.words, words, position).find((twin) => {
          const twinUses = uses.get(twin) ?? 0;
          return (
            twinUses >= MIN_WORD_USES &&
            twinUses >= typoUses * MIN_RATIO &&
            // A plural or other form with the same stem ("launch templates") is no typo, nor a British spelling.
            stemWord(typo) !== stemWord(twin) &&
            !sameWordInEnglishes(typo, twin) &&
            editDistance(typo, twin, limit) <= limit
          );
        });
        if (word === undefined) continue;
        found.push({ topic: topic.id, alias, typo, word });
        break;
      }
    });
  }
  return found;
}

/** The words at `position` of the other aliases that equal `words` everywhere else. */
function twinWords(
  aliases: readonly (readonly string[])[],
  words: readonly string[],
  position: number,
): string[] {
  const twins: string[] = [];
  for (const other of aliases) {
    const twin = other[position];
    if (other === words || other.length !== words.length || twin === undefined || twin === words[position])
      continue;
    if (other.every((word, index) => index === position || word === words[index])) twins.push(twin);
  }
  return twins;
}

/** "optimised" and "optimized", "behaviour" and "behavior": one word in British and American spelling. */
function sameWordInEnglishes(a: string, b: string): boolean {
  const fold = (word: string) => word.replace(/is(?=e|ed|es|ing|ation|ations)/g, "iz").replace(/our/g, "or");
  return fold(a) === fold(b);
}

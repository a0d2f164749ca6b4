/**
 * Turns raw chat text into plain lowercase words: strips Slack markup (`<@U123>`, `<#C1|name>`, `<!here>`,
 * `<url|label>`), Teams `<at>` mentions and other tags, decodes HTML entities, applies NFKC, removes markdown
 * emphasis and punctuation, and caps the length so a pasted log cannot slow the engine down.
 */
import { plainModelWords } from "./model-vocabulary.js";

/** Longest question the engine reads; the rest is dropped with a notice. */
export const MAX_QUESTION_CHARS = 1000;

export interface NormalisedText {
  /** Lowercase words separated by single spaces. */
  readonly text: string;
  /**
   * `text` with " | " where punctuation ended a clause (" || " a sentence) and " ( ", " ) " around asides, for
   * weighting the words of
   * the actual question.
   */
  readonly marked: string;
  /** True when the input was longer than MAX_QUESTION_CHARS and was cut. */
  readonly truncated: boolean;
  /** True when the input contained a non-Latin script (used for language detection). */
  readonly nonLatinLetters: number;
  readonly latinLetters: number;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

/** Printable ASCII with no markup, entities, apostrophes or links: the common case, normalised cheaply. */
/**
 * Whom a message is for, never part of the question: Teams mentions (<at>whoowns</at>), Slack user, channel and
 * special mentions (<@U123>, <@U123|name>, <#C123|general>, <!here>, <!subteam^S1>) and mentions typed as text
 * ("@whoowns does AWS ...", "@oncall can someone ...").
 */
export const MENTION_PATTERN = /<at>[^<]{0,200}<\/at>|<[@#!][^>]{0,200}>|(?<!\S)@[\w.-]{1,80}/gi;

const PLAIN = /^[\x20-\x7e]*$/;
const NOT_PLAIN = /[<>&'@]|https?:|```/i;

export function normaliseText(raw: string): NormalisedText {
  if (raw.length <= MAX_QUESTION_CHARS && PLAIN.test(raw) && !NOT_PLAIN.test(raw)) {
    const marked = finish(expandContractions(readCamelCase(raw).toLowerCase()));
    const text = unmark(marked);
    return {
      text,
      marked,
      truncated: false,
      nonLatinLetters: 0,
      latinLetters: text.replace(/[^a-z]+/g, "").length,
    };
  }
  // Cut before the regexes run so their cost is bounded whatever was pasted.
  const truncated = raw.length > MAX_QUESTION_CHARS * 4;
  let text = truncated ? raw.slice(0, MAX_QUESTION_CHARS * 4) : raw;
  text = text
    // A pasted block (a manifest, a task definition, a log) is what the question is about, not the question:
    // one aside, whose words weigh less than the question's own.
    .replace(/```([^`]{0,4000})```/g, (_block, inner: string) => ` ( ${inner.replace(/[\n\r()]+/g, " ")} ) `)
    .replace(MENTION_PATTERN, " ")
    // Slack links: <https://x|label> keeps the label, a bare <https://x> goes.
    .replace(/<(?:https?|mailto):[^|>]{0,2000}\|([^>]{0,500})>/gi, " $1 ")
    .replace(/<(?:https?|mailto):[^>]{0,2000}>/gi, " ")
    .replace(/<\/?[a-z][^>]{0,200}>/gi, " ");
  text = decodeEntities(text).normalize("NFKC");
  // Bare URLs carry no question words and would otherwise leak "aws", "docs" and friends into matching.
  text = text.replace(/\bhttps?:\/\/\S+/gi, " ");
  const letters = text.replace(/\P{L}+/gu, "");
  const latinLetters = letters.replace(/\P{Script=Latin}+/gu, "").length;
  const nonLatinLetters = letters.length - latinLetters;
  text = expandContractions(readCamelCase(text).toLowerCase().replace(/’/g, "'"))
    // Possessives: "aws's" and "aws'" are "aws".
    .replace(/(\p{L})'s\b/gu, "$1");
  let marked = finish(text);
  const cut = marked.length > MAX_QUESTION_CHARS;
  if (cut)
    marked = marked
      .slice(0, MAX_QUESTION_CHARS)
      .replace(/\s\S*$/, "")
      .replace(/\s*\|+$/, "");
  return { text: unmark(marked), marked, truncated: truncated || cut, nonLatinLetters, latinLetters };
}

/** Normalises a knowledge term (an alias or a name): authored text, so only case and separators matter. */
export function normaliseTerm(term: string): string {
  const lower = term.toLowerCase();
  return /^[\x20-\x7e]*$/.test(lower) && !/'/.test(lower)
    ? lower
        .replace(LOGIN[0], LOGIN[1])
        .replace(/[^a-z0-9.-]+/g, " ")
        .replace(/(^|\s)[.-]+|[.-]+(?=\s|$)/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : normaliseText(term).text;
}

/**
 * Arrows read as "to" ("MNG -> Fargate"); punctuation that ends a sentence becomes " || " and other clause
 * punctuation " | "; a list between two dashes becomes an aside; letters, digits and inner hyphens or dots (kube-proxy, 5.4.1) are kept; parentheses stay as
 * words of their own, so the tokeniser can tell an aside from the question around it; everything else separates
 * words.
 */
function finish(text: string): string {
  return (
    text
      .replace(/\s*(?:-->|->|=>|→|⇒|⟶)\s*/g, " to ")
      .replace(/[!?\n\r]+|\.(?=\s|$)/g, " || ")
      // A list between two dashes in one sentence ("forensics - memory capture, disk image, kernel logs - who does
      // that?") elaborates like one in parentheses.
      .replace(
        /(?:\s[-–—]+\s|[–—])((?:(?!\|\|)[^–—(]){1,300}?,(?:(?!\|\|)[^–—(]){1,300}?)(?:\s[-–—]+\s|[–—])/g,
        " ( $1 ) ",
      )
      .replace(/[,;:]+|\s[-–—]+\s|[–—]/g, " | ")
      .replace(/[()]/g, " $& ")
      .replace(/[^\p{L}\p{N}.|()-]+/gu, " ")
      .replace(/(^|\s)[.-]+|[.-]+(?=\s|$)/g, " ")
      .replace(/\s+/g, " ")
      .replace(/(?:\s*\|+\s*)+/g, (marks) => (marks.includes("||") ? " || " : " | "))
      .replace(/^\s*\|+\s*|\s*\|+\s*$/g, "")
      .trim()
  );
}

/**
 * eksctl's `nodeGroups:` are self-managed (its managed ones are `managedNodeGroups`); in lowercase "nodegroups"
 * reads as managed node groups, so the key is read while its case still tells.
 */
function readCamelCase(text: string): string {
  return text.replace(/(?<![A-Za-z])nodeGroups?\b/g, "self-managed nodegroups");
}

function unmark(marked: string): string {
  return marked
    .replace(/ (?:\|\||[|()])(?= )/g, "")
    .replace(/[|()]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Contractions, with or without the apostrophe chat often drops, spelled out so patterns see "what is". */
const CONTRACTIONS: readonly (readonly [RegExp, string])[] = [
  [
    /\b(what|who|that|there|here|where|how|it|he|she)'?s\b(?!\s+(?:own|job|side|role|responsibility))/g,
    "$1 is",
  ],
  [/\b(we|you|they)'re\b/g, "$1 are"],
  [/\b(i|we|you|they)'ve\b/g, "$1 have"],
  [/\b(i|we|you|they|it)'ll\b/g, "$1 will"],
  [/\bi'?m\b/g, "i am"],
  [/\bcan'?t\b/g, "can not"],
  [/\bwon'?t\b/g, "will not"],
  [/\b(do|does|did|is|are|was|were|should|would|could|have|has|had|must|need)n'?t\b/g, "$1 not"],
];

/**
 * Chat shorthand spelled out ("r we on the hook", "ur job", "us rite?", "obv ours", "gimme"), so the patterns that
 * read who is asked see the words. "r" only where English has a verb: after a question word or pronoun, or opening
 * a question.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  rite: "right",
  obv: "obviously",
  obvs: "obviously",
  gimme: "give me",
  lemme: "let me",
  wanna: "want to",
  gotta: "have to",
  gonna: "going to",
};
const CHAT_SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/\b(what|who|why|how|where|which|we|they|you|u|these|those) r\b/g, "$1 are"],
  [/(^|[.?!,;:]\s*)r (?=(?:we|you|u|they|these|those|the|our|my)\b)/g, "$1are "],
];
/** The words of CHAT_WORDS standing alone ("us rite."), not in "u.s.", "u-boot" or a path. */
const CHAT_WORD_PATTERN = new RegExp(
  `(?<![\\w\\-/])(?<!\\w\\.)(?:${Object.keys(CHAT_WORDS).join("|")})(?![\\w\\-/]|\\.\\w)`,
  "g",
);
/**
 * "log into the nodes" is a login, not a log ("logs on the node" stays a noun). Aliases say it as often as
 * questions do, so knowledge terms go through this one too.
 */
const LOGIN: readonly [RegExp, string] = [/\blog(?:ged|ging)? (?:in|into|onto)\b/g, "login"];

/** Phrasal verbs whose noun is one word in the knowledge ("back up" the data -> "backup"). */
const PHRASAL_VERBS: readonly (readonly [RegExp, string])[] = [
  [/\bback(?:s|ed|ing)? up\b/g, "backup"],
  // "a cluster backed by EC2 container instances" runs on them; "backed" would read as a backup.
  [/\bbacked by\b/g, "running on"],
  [/\broll(?:s|ed|ing)? out\b/g, "rollout"],
  [/\bstack(?:s|ed|ing)? up\b/g, "compare"],
  [/\bset(?:s|ting)? (?:(it|this|that|them|those) )?up\b/g, "setup $1"],
  LOGIN,
];

function expandContractions(text: string): string {
  let expanded = text;
  for (const [pattern, replacement] of CONTRACTIONS) expanded = expanded.replace(pattern, replacement);
  for (const [pattern, replacement] of CHAT_SHORTHAND) expanded = expanded.replace(pattern, replacement);
  // One pass for the shorthand words, with the map, rather than a pattern each on every question.
  expanded = expanded.replace(CHAT_WORD_PATTERN, (word) => CHAT_WORDS[word] ?? word);
  for (const [pattern, replacement] of PHRASAL_VERBS) expanded = expanded.replace(pattern, replacement);
  return plainModelWords(expanded);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8}|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    const named = ENTITIES[lower];
    if (named !== undefined) return named;
    const code = lower.startsWith("#x")
      ? Number.parseInt(lower.slice(2), 16)
      : lower.startsWith("#")
        ? Number(lower.slice(1))
        : Number.NaN;
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

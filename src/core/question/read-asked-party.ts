/**
 * Which party a yes/no question asks about ("is this ours?" asks about the customer, "does AWS patch it?" about
 * AWS), or null when it asks "who" or about either side ("ours or AWS's?"). How a clause opens decides first:
 * "Do we have to configure PDBs when AWS evicts the pods?" asks about us, whatever the clause after it says.
 */
import type { AskedParty } from "../reply.js";
import { askingSentence, askingWords, markClauses, splitSentences, type Token } from "../text/tokenise.js";
import { AUXILIARIES, QUESTION_WORDS } from "./clause-words.js";
import {
  ASKED_AWS_PATTERN,
  ASKED_CUSTOMER_PATTERN,
  offersEitherParty,
  PROVIDED_QUESTION,
  RUNTIME_DOERS,
} from "./intent-patterns.js";
import { nameParties } from "./name-parties.js";
import { readClaim } from "./read-claim.js";

/** Words a clause may open with before its auxiliary ("so do we ...", "and does AWS ..."). */
const LEAD = "(?:(?:so|and|but|ok|okay|also|then|hey|hi|wait|quick question) )?";
/** A clause opening with an auxiliary and us that asks a duty: "do we", "should I", "are we supposed to". */
const OPENS_CUSTOMER = new RegExp(
  `(?:^|\\| )${LEAD}(?:(?:do|did|should|must|need)(?: not)? (?:we|i)(?! (?:get|receive|have(?! to))\\b)|(?:does|do|should|must) (?:our|my|the)(?: (?!aws|amazon|eks|ecs|fargate)\\w+)? (?:team|squad|company|org|organisation|organization|side)|(?:are we|am i|were we|was i) (?:still )?(?:responsible|accountable|on the hook|supposed|expected|meant|required|in charge))\\b`,
);
/** A clause opening with an auxiliary and AWS or a managed runtime as the doer: "does AWS", "will Auto Mode". */
const OPENS_AWS = new RegExp(
  `(?:^|\\| )${LEAD}(?:does|do|did|will|would) (?:the )?(?:${RUNTIME_DOERS})\\b(?! (?:need|require|expect|want|let|allow|make|support)\\w*)`,
);
/** Any who-question in the message. */
const ASKS_WHO = /\bwho(?:se|m)?\b/;
/** A clause that opens by asking who: "who patches ...", "so who owns ...". */
const OPENS_WITH_WHO = /^(?:\w+ ){0,3}?(?:who|whose)\b/;
/** "... or is that on us?" after an AWS opening asks about either side; "antivirus or EDR for us" offers none. */
const OR_US = /\bor\b(?: \w+){0,4} (?<!\bfor )(?:us|ours|me|mine|we)\b/;
/** Words a short tag may open with before its party: "- us?", "thats us?", "so aws then?". */
const TAG_LEAD = new Set(
  "so and that this it is s all probably obviously surely definitely still just also then".split(" "),
);
const TAG_PARTY: Readonly<Record<string, AskedParty>> = {
  us: "customer",
  ours: "customer",
  me: "customer",
  mine: "customer",
  aws: "aws",
  amazon: "aws",
  theirs: "aws",
};
/** A tag is a clause this short, after a comma or dash in the same sentence as the question. */
const TAG_MAX_WORDS = 6;
/** A sentence this short that names only a party is a tag too: "theirs?", "so us?". */
const SOLE_TAG_MAX_WORDS = 2;

export function readAskedParty(question: readonly Token[]): AskedParty | null {
  // "is that the platform team's job?" asks about us like "is that our job?"; see name-parties.ts.
  const tokens = nameParties(question);
  // "us or AWS" asks about either side, but only within one sentence: "crypto miners or reverse shells" in the
  // sentence before "Does AWS detect them?" offers no choice of party.
  if (sentencesOf(tokens).some(offersEitherParty)) return null;
  const marked = markClauses(tokens);
  // "we don't have to babysit CoreDNS in auto mode, do we?": the denial is the claim, whatever party its tag names.
  const claim = readClaim(tokens);
  if (claim?.denied) return claim.party;
  const customer = OPENS_CUSTOMER.exec(marked)?.index ?? -1;
  const aws = OPENS_AWS.exec(marked)?.index ?? -1;
  if (customer >= 0 && (aws < 0 || customer < aws)) return "customer";
  if (aws >= 0) return OR_US.test(marked.slice(aws)) ? null : "aws";
  // "does Auto Mode come with network policies out of the box?" asks whether AWS does it; "... and who owns them?"
  // asks who.
  if (PROVIDED_QUESTION.test(marked) && !ASKS_WHO.test(marked)) return "aws";
  const tag = readTag(tokens);
  if (tag) return tag;
  // "Heard AWS rolls the new AMIs onto our node groups, so we don't need to. True?": a tag asks whether the claim
  // holds, whatever the clauses around it say. A claim only reported ("heard ...") yields to a question that asks.
  if (claim?.tagged) return claim.party;
  // The clause that asks names the party before the clauses around it: "When AWS does maintenance on MNG nodes,
  // is it on us to have PDBs?" asks about us.
  const asking = askingWords(tokens);
  const focused = asking === undefined ? null : partyIn(asking);
  if (focused) return focused;
  // "Heard AWS patches them on Fargate. Who patches them on MNG?": a clause that asks who names no party.
  if (OPENS_WITH_WHO.test(askingClauseWords(tokens))) return null;
  if (claim) return claim.party;
  // Tags close a sentence, not the message: "AWS adds worker capacity in Auto Mode, yes? No autoscaler to own?"
  // Across sentences AWS comes first. A team named in passing in a sentence that does not ask ("whether devs
  // should get cluster-admin") is not a party asked about: outside the sentence that asks, the words as written.
  const asker = askingSentence(tokens);
  const written = splitSentences(question);
  const parties = splitSentences(tokens).map((sentence, index) =>
    sentence[0]?.sentence === asker ? partyOfSentence(sentence) : partyIn(wordsOf(written[index] ?? [])),
  );
  if (parties.includes("aws")) return "aws";
  return parties.includes("customer") ? "customer" : null;
}

/** The party `text` names; where it names both, the later one asks ("when AWS does maintenance, is it on us ..."). */
function partyIn(text: string): AskedParty | null {
  const aws = lastMatch(AWS_ALL, text);
  const customer = lastMatch(CUSTOMER_ALL, text);
  if (aws < 0 && customer < 0) return null;
  return customer > aws ? "customer" : "aws";
}

/**
 * The party a sentence names, or failing that the party its last clause that names one asks about: "My client is
 * on EKS with Fargate profiles - is keeping the OS patched on AWS?" asks in its second clause.
 */
function partyOfSentence(sentence: readonly Token[]): AskedParty | null {
  const whole = partyIn(wordsOf(sentence));
  if (whole) return whole;
  // Only a clause that opens a yes/no question can ask on its own, and one clause is the sentence already.
  for (let end = sentence.length; end > 0; ) {
    const clause = sentence[end - 1]?.clause;
    let start = end - 1;
    while (start > 0 && sentence[start - 1]?.clause === clause) start--;
    if (start > 0 && AUXILIARIES.has(sentence[start]?.raw ?? "")) {
      const party = partyIn(wordsOf(sentence.slice(start, end)));
      if (party) return party;
    }
    end = start;
  }
  return null;
}

/** The words of the clause that asks, in the last sentence that has one. */
function askingClauseWords(tokens: readonly Token[]): string {
  const sentence = askingSentence(tokens);
  return tokens
    .filter((token) => token.sentence === sentence && token.weight >= 1)
    .map((token) => token.raw)
    .join(" ");
}

function sentencesOf(tokens: readonly Token[]): string[] {
  return splitSentences(tokens).map(wordsOf);
}

function wordsOf(tokens: readonly Token[]): string {
  return tokens.map((token) => token.raw).join(" ");
}

/**
 * The party a short closing tag names: "node os patching on fargate - us?", "route tables for the cluster, aws
 * handles that?", "kube-proxy on Auto Mode. theirs?". The tag follows a clause of the same sentence or is a
 * sentence of a party alone.
 */
function readTag(tokens: readonly Token[]): AskedParty | null {
  const last = tokens.at(-1);
  if (!last) return null;
  const start = tokens.findIndex((token) => token.clause === last.clause);
  const before = tokens[start - 1];
  if (!before) return bareTag(tokens, last);
  const tag = tokens.slice(start);
  // A longer sentence of its own is context, not a question: "AWS runs the control plane.".
  const alone = before.sentence !== last.sentence;
  if (alone && tag.length > SOLE_TAG_MAX_WORDS) return null;
  if (tokens.length - start > TAG_MAX_WORDS) return null;
  // "us or them?", "us, AWS or both?" offer a choice.
  if (tag.some((token) => token.raw === "or")) return null;
  const opening = tag.find((token) => !TAG_LEAD.has(token.raw));
  // "mng: ami bumps us?": a clause of shorthand closed by a party.
  return opening ? (TAG_PARTY[opening.raw] ?? bareTag(tokens, last)) : null;
}

/**
 * Chat shorthand with no comma: "privileged containers ecs ec2 us?", "node os patching aws?". The party closes a
 * question that asks nothing else: no question word, and right after a word of its own, not "for us" or "by AWS".
 */
function bareTag(tokens: readonly Token[], last: Token): AskedParty | null {
  // "vulns in our own app code obv us rite": a confirming word may close the shorthand after the party.
  const confirmed = CONFIRMING.has(last.raw) && tokens.length > 2;
  const party = TAG_PARTY[(confirmed ? tokens.at(-2) : last)?.raw ?? ""];
  const previous = tokens.at(confirmed ? -3 : -2);
  const asks = tokens.some((token) => QUESTION_WORDS.has(token.raw) || token.raw === "why");
  if (!party || !previous || BEFORE_OBJECT.has(previous.raw) || asks) return null;
  return party;
}

/** Words that confirm a guess put just before them: "... us right", "... aws correct". */
const CONFIRMING = new Set(["right", "correct", "yes", "yeah", "innit"]);

/** Words that make the party their object ("for us", "by AWS", "is it us"), not a closing tag. */
const BEFORE_OBJECT = new Set(
  "for by to on with from of at about like than as and or nor is are was were be it that this s not".split(
    " ",
  ),
);

/** Global copies of the party patterns, compiled once, for finding their last match in a sentence. */
const AWS_ALL = new RegExp(ASKED_AWS_PATTERN.source, "g");
const CUSTOMER_ALL = new RegExp(ASKED_CUSTOMER_PATTERN.source, "g");

/** Where the last match of the global `pattern` in `text` starts, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  // exec on the shared global copy: matchAll would clone the pattern for every sentence of every question.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // "that's AWS's job and not ours": a party said not to be the one is not asked about.
    if (match.index < 4 || !text.startsWith("not ", match.index - 4)) last = match.index;
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return last;
}

/**
 * Which party a yes/no question asks about ("is this ours?" asks about the customer, "does AWS patch it?" about
 * AWS), or null when it asks "who" or about either side ("ours or AWS's?"). How a clause opens decides first:
 * "Do we have to configure PDBs when AWS evicts the pods?" asks about us, whatever the clause after it says.
 */
import type { AskedParty } from "../reply.js";
import type { Token } from "../text/tokenise.js";
import { ASKED_AWS_PATTERN, ASKED_CUSTOMER_PATTERN, ASKED_EITHER_PATTERN } from "./intent-patterns.js";

/** Words a clause may open with before its auxiliary ("so do we ...", "and does AWS ..."). */
const LEAD = "(?:(?:so|and|but|ok|okay|also|then|hey|hi|wait|quick question) )?";
/** A clause opening with an auxiliary and us that asks a duty: "do we", "should I", "are we supposed to". */
const OPENS_CUSTOMER = new RegExp(
  `(?:^|\\| )${LEAD}(?:(?:do|did|should|must|need) (?:we|i)|(?:are we|am i) (?:still )?(?:responsible|accountable|on the hook|supposed|expected|meant|required|in charge))\\b`,
);
/** A clause opening with an auxiliary and AWS or a managed runtime as the doer: "does AWS", "will Auto Mode". */
const OPENS_AWS = new RegExp(
  `(?:^|\\| )${LEAD}(?:does|do|did|will|would) (?:the )?(?:aws|amazon|eks|fargate|auto mode|eks auto mode|aws fargate)\\b(?! (?:need|require|expect|want|let|allow|make|support)\\w*)`,
);
/** "... or is that on us?" after an AWS opening asks about either side. */
const OR_US = /\bor\b(?: \w+){0,4} (?:us|ours|me|mine|we)\b/;

export function readAskedParty(tokens: readonly Token[], text: string): AskedParty | null {
  if (ASKED_EITHER_PATTERN.test(text)) return null;
  const clauses = tokens.map((token, position) =>
    position > 0 && token.clause !== tokens[position - 1]?.clause ? `| ${token.raw}` : token.raw,
  );
  const marked = clauses.join(" ");
  const customer = OPENS_CUSTOMER.exec(marked)?.index ?? -1;
  const aws = OPENS_AWS.exec(marked)?.index ?? -1;
  if (customer >= 0 && (aws < 0 || customer < aws)) return "customer";
  if (aws >= 0) return OR_US.test(marked.slice(aws)) ? null : "aws";
  if (ASKED_AWS_PATTERN.test(text)) return "aws";
  if (ASKED_CUSTOMER_PATTERN.test(text)) return "customer";
  return null;
}

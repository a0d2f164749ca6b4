/**
 * Reads a claim put up for checking: "someone said AWS rolls the new node images onto our MNGs. is that true?",
 * "my understanding is we still own the kernel on Fargate. correct me". Such a message asks about the party the
 * claim makes the owner, so the answer can open with "Yes." or "No.".
 *
 * A message is a claim check when it ends a sentence with a confirming tag ("true?", "right?", "am I wrong?"),
 * reports what someone holds ("heard", "pretty sure", "myth or fact:") or is one sentence that opens with its doer
 * ("aws backs up etcd?"), and asks no "who" before it. The claim's party is the first one it makes the doer:
 * AWS (or Auto Mode, Fargate) doing something, something done by AWS, on AWS or AWS's to do, or us (or a generic
 * "you") having to, owning or needing. A duty denied to one party makes the other the owner: "AWS doesn't touch
 * the kubelet on MNG, right?" claims it is ours, "we never have to think about etcd, correct?" that it is AWS's,
 * so "Yes." confirms what was said. Only a tag that asks whether the statement holds ("right?", "true?", "True or
 * false: ...") does this: "we don't need to, do we?" asks whether we need to, and "No." answers it.
 */
import type { AskedParty } from "../reply.js";
import { markClauses, splitSentences, type Token } from "../text/tokenise.js";

/** A sentence or its last clause that asks only whether what came before holds. */
const CONFIRMING_TAG =
  /(?:^|\| )(?:(?:so|and|but|or|ok|is that|is this|is it|that is|am i|i) )?(?:true|correct|right|accurate|yes|yeah|yep|wrong|correct me|actually true|(?:\w+ )?(?:true|a thing|right|correct|accurate|so|the case|how it works|still true)|myth or fact|fact or myth|fact check|myth check|confirm|or not|really)$/;
/** A sentence that reports a belief for checking. */
const REPORTED =
  /^(?:\w+ ){0,6}?(?:heard|hearing|said|says|claims?|claimed|told (?:me|us)|was told|were told|my understanding|i understand|pretty sure|i believe|i assumed?|apparently|supposedly|til|myth|rumou?r|word is|i read|under the impression|mentioned|keeps saying|keep saying|reckon|i guess|i suppose|i figured|i thought|we thought|we assumed|according to)\b/;
/** A quiz item that opens by asking whether what follows holds: "True or false: ...", "T/F: ...". */
const OPENING_TAG = /^(?:true or false|true false|t f|t or f|myth or fact|fact or myth|fact or fiction)\b/;
/** A claim check asks which party, not who: "heard it changed. who patches it now?" asks who. */
const ASKS_WHO = /\b(?:who|whose|which (?:team|party|side|one))\b/;

const ADVERBS =
  "(?: (?:just|basically|fully|automatically|already|always|still|also|actually|now|really|entirely|completely|totally|simply|definitely|obviously|probably|supposedly|apparently|then|even|itself|by default))*";
const AUXILIARY = "(?: (?:will|would|does|do|did|is going to|has to|have to|needs to|must|can))?";
/** What a doer does to own something; prefixes, so "rolls", "rolled" and "rolling" all count. */
const DOING =
  "(?:handl|patch|manag|own|take|takes|took|does|do|did|cover|run|roll|decid|notic|fix|repair|replac|rotat|collect|keep|kept|stor|scan|secur|protect|block|prevent|enforc|encrypt|back|updat|upgrad|appl|install|maintain|provid|configur|lock|monitor|watch|detect|retain|scal|autoscal|drain|restart|reboot|harden|validat|audit|certif|guarant|look|deal|build|built|publish|ship|bak|sign|isolat|operat|govern|track|push|deploy|schedul|provision|spin|launch|bump|migrat|recycl|refresh|renew|issu|clean|wip|creat|generat|grant|restrict|disabl|enabl|reset|respond|investigat|resolv|mitigat|shoulder|carr|absorb|writ|wrote|grow|shrink|ship|defin|choos|pick)\\w{0,4}";
/** Words after "AWS" that make it a modifier ("AWS docs", "the AWS console"), not the doer. */
const AWS_MODIFIER =
  "(?!(?: \\w+)? (?:creds|credentials|apis?|services?|accounts?|resources|keys|sdks?|cli|console|docs|documentation|regions?|support|partners?|marketplace|bills?|pricing|side|team)\\b)";
/** Words that deny what follows: "not AWS", "no way AWS is ...". */
const DENIED = "(?<!\\b(?:not|never|nor|no way|than|unlike|without|if|whether) )";

const AWS_DOES = new RegExp(
  `${DENIED}\\b(?:aws|amazon|auto mode|fargate)${AWS_MODIFIER}${ADVERBS}${AUXILIARY}${ADVERBS} ${DOING}\\b(?! not\\b)`,
);
/** A statement that opens with its doer: "aws scales the nodes", "we rotate the keys". */
const DECLARED = new RegExp(
  `^(?:(?:so|and|but) )?(?:(aws|amazon)|we|our team)${ADVERBS}${AUXILIARY}${ADVERBS} ${DOING}\\b(?! not\\b)`,
);
const AWS_OWNS = new RegExp(
  `${DENIED}\\b(?:(?:is|are|be|been|being|gets?|got)(?: \\w+){1,6} by|(?:is|are|s|falls?|sits?|lands?)${ADVERBS} on) (?:aws|amazon)\\b|\\b(?:aws|amazon) (?:managed|owned|operated|run|maintained|handled|provided|controlled)\\b|${DENIED}\\b(?:handled|managed|done|owned|covered|patched|run|operated|maintained|secured|provided|taken care of) by (?:aws|amazon)\\b|${DENIED}\\b(?:aws|amazon)(?: s)? (?:job|problem|responsibility|call|domain|area|remit|thing|bit|part|duty|concern)\\b|${DENIED}\\b(?:aws|amazon) (?:does|do)(?= \\||$)|\\bout of our hands\\b|\\b(?:is|are)${ADVERBS} (?:aws|amazon)(?: s)?(?: to (?:manage|handle|own|run|patch|do|fix|collect|keep|secure|maintain|look after|take care of)\\b|(?= \\||$))`,
);
const CUSTOMER_OWNS = new RegExp(
  `${DENIED}\\b(?:the customer|customers|our team)${ADVERBS}${AUXILIARY}${ADVERBS} ${DOING}\\b(?! not\\b)|${DENIED}\\b(?:we|you|our team|our \\w+ team|my team|the customer)${ADVERBS} (?:own|have to|has to|must|handle|patch|manage|maintain|take care|look after|need(?! to (?:know|understand|check|confirm|figure|decide|tell|explain|document|find|ask|answer|write|report|prove|show|justify|evidence)\\b)|are (?:responsible|accountable|on the hook|in charge|the ones?))\\b|${DENIED}\\bwe do(?= \\||$)|\\b(?:ourselves|yourself|yourselves)\\b|${DENIED}\\bby (?:(?:the )?customer|our team)\\b|${DENIED}\\b(?:on us|(?:is|are) ours|our (?:job|problem|responsibility))\\b`,
);

/** A duty denied to AWS: "AWS doesn't touch ...", "isn't AWS's problem", "not handled by AWS", "no way AWS ...". */
const DENIED_TO_AWS = new RegExp(
  `\\b(?:aws|amazon)${ADVERBS} (?:does not|doesn t|do not|don t|will not|won t|never|can not|cannot|would not|wouldn t)\\b|\\b(?:is not|isn t|not|never)${ADVERBS} (?:on )?(?:aws|amazon)(?: s)?${AWS_MODIFIER}(?= (?:job|problem|responsibility|call|concern|thing|bit|side)\\b|(?= \\||$))|\\b(?:is not|isn t|not) (?:something|anything|a thing) (?:that )?(?:aws|amazon)\\b|\\b(?:is not|isn t|are not|aren t|not) (?:\\w+ )?(?:handled|managed|done|owned|covered|patched|run|operated|maintained|secured|provided|taken care of) by (?:aws|amazon)\\b|\\bno way (?:aws|amazon)\\b`,
);
/** A duty denied to us: "we never have to ...", "isn't on us anymore", "not our job", "nothing for us to do". */
const DENIED_TO_US = new RegExp(
  `\\b(?:we|i|our team|my team)${ADVERBS} (?:do not|don t|never|will not|won t|are not|aren t|am not|should not|shouldn t|would not|wouldn t|no longer)\\b|\\b(?:is not|isn t|are not|aren t|not|no longer)${ADVERBS} (?:on us|ours|for us|our (?:job|problem|call|responsibility|concern|thing|headache|business)|(?:something|anything|a thing) (?:that )?(?:we|i))\\b|\\bnothing (?:for (?:us|me)|(?:we|i) (?:need|have|must))\\b|\\bno \\w+(?: \\w+){0,3} (?:we|i)(?: \\w+)? (?:have to|need to|must)\\b`,
);

export interface Claim {
  /** The party the claim makes the owner. */
  readonly party: AskedParty;
  /** A tag asks whether it holds ("..., true?"); else the message only reports it ("heard ..."). */
  readonly tagged: boolean;
  /** The claim denies the other party the duty ("AWS doesn't touch it, right?"), checked by a tag. */
  readonly denied?: boolean;
}

/** The claim put up for checking in `tokens`, or null when there is none or it names no party. */
export function readClaim(tokens: readonly Token[]): Claim | null {
  // Each sentence's words, with " | " where a clause starts inside it.
  const all = splitSentences(tokens).map(markClauses);
  // "Who operates etcd on Fargate? That's AWS's bit, right?": a guess put up after the who-question is the claim.
  const sentences = all.slice(all.findLastIndex((sentence) => ASKS_WHO.test(sentence)) + 1);
  if (sentences.length === 0) return null;
  // "aws backs up etcd?", "we roll the new AMIs on MNG?": a one-clause statement asked as a question.
  // One clause only: "AWS handles the hypervisor, but is patching the OS ours?" asks about the clause after.
  const only = all.length === 1 && !sentences[0]?.includes("|") ? sentences[0] : undefined;
  const declared = only === undefined ? null : DECLARED.exec(only);
  if (declared) return { party: declared[1] ? "aws" : "customer", tagged: false };
  const tagged = sentences.some((sentence) => CONFIRMING_TAG.test(sentence) || OPENING_TAG.test(sentence));
  // "we never have to think about etcd, correct?": "Yes." confirms the statement, so the party it makes the owner
  // is asked about. "We don't need to, do we?" asks whether we need to ("No, you don't"): the wording decides.
  const denial = (tagged ? sentences : []).map(readDenial).find((party) => party !== null);
  if (denial) return { party: denial, tagged: true, denied: true };
  if (!tagged && !sentences.some((sentence) => REPORTED.test(sentence))) return null;
  for (const sentence of sentences) {
    const aws = firstIndex(sentence, AWS_DOES, AWS_OWNS);
    const customer = CUSTOMER_OWNS.exec(sentence)?.index ?? -1;
    if (aws < 0 && customer < 0) continue;
    return { party: customer >= 0 && (aws < 0 || customer < aws) ? "customer" : "aws", tagged };
  }
  return null;
}

function firstIndex(text: string, ...patterns: readonly RegExp[]): number {
  const found = patterns.map((pattern) => pattern.exec(text)?.index ?? -1).filter((index) => index >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** The owner a denial in `sentence` makes: the other party. The first denial counts. */
function readDenial(sentence: string): AskedParty | null {
  if (ASKS_WHO.test(sentence)) return null;
  const aws = DENIED_TO_AWS.exec(sentence)?.index ?? -1;
  const customer = DENIED_TO_US.exec(sentence)?.index ?? -1;
  if (aws < 0 && customer < 0) return null;
  return aws >= 0 && (customer < 0 || aws < customer) ? "customer" : "aws";
}

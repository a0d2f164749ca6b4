/**
 * Intent patterns as data, matched against the normalised question in which each runtime mention is replaced by
 * "@rt" (so "move from @rt to @rt" reads the same for every runtime). Order matters only inside each list.
 */
import type { Owner } from "../knowledge/model.js";

/** The whole question is a request for help or a greeting. */
export const HELP_PATTERN =
  /^(?:help|help me|helps|commands?|usage|menu|start|hi|hello|hey|hiya|yo|sup|howdy|examples?|options|\?+|what can you do|what do you do|what can i ask(?: you)?|how does this work|how do(?:es)? (?:this|it|you|whoowns) work|how (?:do|can) i use (?:this|you|it|whoowns|the bot)|how to use(?: this| you| whoowns| the bot)?|who are you|what are you|what is this|what is whoowns|whoowns|about|info)$/;

/** A question about the bot itself, answered with help when it names no topic or runtime. */
export const HELP_HINT_PATTERN =
  /\b(?:can i ask|should i ask|could i ask|to ask you|do you know|can you (?:do|answer|help)|are you able|what questions|kind of questions|how do i use|how to use|what do you cover|what topics)\b/;

/** Side-by-side requests. */
export const COMPARE_PATTERN =
  /\b(?:compare|comparing|compared|comparison|vs|versus|v|side by side|matrix|table|grid|breakdown|against each other|head to head|contrast)\b/;

/** Directional change between two runtimes. */
export const DIFFERENCE_PATTERNS: readonly RegExp[] = [
  /\bfrom @rt\b.*\b(?:to|onto|into|towards?|for)\b(?: the)? @rt/,
  /\b(?:mov\w*|migrat\w*|switch\w*|go|goes|going|transition\w*|shift\w*|port\w*|replatform\w*|convert\w*|upgrad\w*|chang\w*)\b.*\b(?:to|onto|into)\b(?: the| a)? @rt/,
  /\b(?:what|which|anything)\b.*\b(?:chang\w*|differ\w*|delta|diff|shift\w*)\b/,
  /\bdiff(?:erence|erences|ers?)?\b|\bdelta\b/,
  /\b(?:stops?|stopp\w*|no longer|gains?|los(?:e|es|ing)|give up|offload\w*|hand(?:s|ing)? (?:off|over)|pick(?:s|ing)? up|take on|extra|additional|anymore|instead|more|less|fewer|stays?|remains?)\b/,
  /\bchang\w*\b|\bmigrat\w*\b/,
  /\b(?:drop\w*|leav\w*|ditch\w*|replac\w*|abandon\w*|retir\w*|exit\w*|swap\w*|trad\w*)\b.*@rt\b.*\b(?:for|with|to|in favou?r of)\b.*@rt/,
];

/** Owner lists: "what do I own on Fargate?", "what does AWS handle on MNG?", "what is shared on Auto Mode?". */
export const LIST_PATTERNS: readonly (readonly [RegExp, Owner])[] = [
  [
    /\b(?:what|which|anything|everything|things|stuff|items)\b.*\bshared?\b|\bshared (?:responsibilit\w*|items|things|topics|ones|bits|parts|stuff)\b|\b(?:list|show)\b.*\bshared\b/,
    "shared",
  ],
  [
    /\bwhat\b.*\b(?:don t|dont|do not|doesn t|no longer|not|never)\b.*\b(?:i|we|you|us|me|my team|our team)\b.*\b(?:own|handle|manage|worry|care|do|need|have|patch|maintain|secure)\b/,
    "aws",
  ],
  [
    /\bwhat\b.*\b(?:i|we|you)\b.*\b(?:don t|dont|do not|no longer|not|never)\b.*\b(?:own|handle|manage|worry|care|do|need|have|patch|maintain|secure)\b/,
    "aws",
  ],
  [
    /\bwhat(?: is| are| does| do| will| would| gets?)?\b.*\b(?:aws|amazon)\b.*\b(?:own|owns|handle|handles|manage|manages|do|does|cover|covers|secure|secures|patch|patches|maintain|maintains|run|runs|operate|operates|take|takes|look|looks|responsible|accountable|in charge|on the hook|care)\b/,
    "aws",
  ],
  [
    /\b(?:aws|amazon)(?: s)? (?:responsibilit\w*|duties|obligations|part|share|side|job|jobs|half|portion|list|owned|managed|handled|items|things|stuff)\b/,
    "aws",
  ],
  [
    /\bwhat(?: is| are)?\b.*\b(?:managed|handled|owned|taken care of|covered|done|secured|patched) by (?:aws|amazon)\b/,
    "aws",
  ],
  [
    /\bwhat\b.*\b(?:do|does|should|must|will|would|shall|can)\b (?:i|we|you|my team|our team|the customer|customers|us)\b.*\b(?:own|handle|manage|do|cover|secure|patch|maintain|run|operate|look after|take care|worry|care|responsible|keep|still|need)\b/,
    "customer",
  ],
  [
    /\bwhat (?:am i|are we|is my team|is our team|are customers|is the customer|are you)\b.*\b(?:responsible|accountable|on the hook|in charge|owning|handling|managing|stuck with|left with)\b/,
    "customer",
  ],
  [
    /\b(?:my|our|customer|customers|the customer s|team s|teams) (?:responsibilit\w*|duties|obligations|tasks|jobs|part|share|side|half|portion|list)\b/,
    "customer",
  ],
  [
    /\bwhat(?: is| are)?\b.*\b(?:mine|ours|on (?:me|us)|left (?:to|for) (?:me|us)|our (?:job|problem|responsibility|side))\b/,
    "customer",
  ],
  [
    /\b(?:list|show|give|enumerate)\b.*\b(?:responsibilit\w*|responsible|duties|things|items|topics|own|owns|handle|manage)\b/,
    "customer",
  ],
  [
    /\b(?:everything|all|anything|things|stuff|items)\b.*\b(?:aws|amazon)\b.*\b(?:owns|handles|manages|does|covers|takes care|is responsible)\b/,
    "aws",
  ],
  [
    /\b(?:everything|all|anything|things|stuff|items)\b.*\b(?:i|we|the customer|customers|us|my team|our team)\b.*\b(?:own|owns|handle|handles|manage|manages|responsible|do)\b/,
    "customer",
  ],
  [
    /\bwhat (?:do|should|must) (?:i|we) (?:need to |have to )?(?:own|do|handle|manage|worry about|care about|secure|patch)$/,
    "customer",
  ],
];

/** "What is Fargate?", "explain managed node groups", "what can't Fargate do?". */
export const RUNTIME_INFO_PATTERN =
  /\b(?:what is|what are|what s|whats|explain|explanation|describe|description|tell me about|tell me more about|overview|intro|introduction|summary|summari[sz]e|how does|how do|define|definition|meaning|eli5|not support|doesn t support|does not support|limitations?|limits?|restrictions?|constraints?|caveats?|gotchas?|unsupported|not supported|can t|cannot|cant|capabilit\w*|features?|pros|cons|what can|what does @rt (?:do|support|offer))\b/;

/** Yes/no questions about one party: "is this ours?" asks about the customer, "does AWS patch it?" about AWS. */
export const ASKED_CUSTOMER_PATTERN =
  /\b(?:ours|mine|our (?:job|responsibility|problem|side|task|duty)|on us|on me|do (?:i|we)|am i|are we|should (?:i|we)|must (?:i|we)|(?:i|we) (?:need|have|must|should)|need (?:i|we)|is (?:it|that|this) (?:on )?(?:us|me))\b/;
export const ASKED_AWS_PATTERN =
  /\b(?:does|will|is|do|would|can) (?:aws|amazon)\b|\b(?:aws|amazon)(?: s)? (?:job|responsibility|problem|side)\b|\b(?:aws|amazon) (?:handles?|patch(?:es)?|manages?|owns?|takes? care|does|covers?|is responsible)\b/;
/** "ours or AWS's?" asks about neither side in particular. */
export const ASKED_EITHER_PATTERN =
  /\b(?:ours|us|we|me|mine|our\b[^.]*)\b.*\bor\b.*\b(?:aws|amazon)\b|\b(?:aws|amazon)\b.*\bor\b.*\b(?:us|we|ours|me|mine|our)\b/;

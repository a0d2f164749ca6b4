/**
 * Whether a message asks the bot to do something ("scale the checkout service to 5 tasks", "can you draft me a
 * Terraform module") or how to do it ("how do I port-forward to a service?") rather than who owns it. whoowns
 * changes nothing and writes no code, so such a message gets a refusal that says what it can answer, with the
 * topics it touches as suggestions. Any ownership wording ("how do we run EDR on Fargate, who owns that?") keeps it
 * a question about ownership. A question about the bot itself ("what commands are there") gets help instead.
 */
import { stemWord } from "../text/stem-word.js";
import { markClauses, type Token } from "../text/tokenise.js";
import { REQUESTS } from "./clause-words.js";
import { HELP_HINT_PATTERN, offersEitherParty } from "./intent-patterns.js";
import type { ParsedQuestion } from "./parse-question.js";

/** Words a request may open with before its verb: "please", "can you", "could you quickly". */
const REQUEST_LEAD = new Set(
  "please pls plz kindly can could would will you u someone somebody anyone anybody just quickly go ahead and then also now hey hi ok okay so i need want to".split(
    " ",
  ),
);

/**
 * What the bot itself does when asked ("can you list our duties", "could you check who owns that"): never a task.
 */
const BOT_VERBS: ReadonlySet<string> = new Set([
  ...REQUESTS,
  ..."check confirm clarify remind help answer say outline sum point".split(" "),
]);

/** Lead words that make the verb after them a request to someone: "can you ...", "could someone ...". */
const REQUESTERS = new Set(["you", "u", "please", "pls", "someone", "somebody", "anyone", "anybody"]);

/** Verbs of operating or building things, which a bot that answers ownership questions does not do. */
const TASK_VERBS = new Set(
  "scale restart reboot redeploy deploy roll rollback revert delete remove kill terminate drain cordon uncordon provision spin create write draft generate fix debug troubleshoot exec reset increase decrease resize rename bump bounce trigger raise lower fill send revoke open file submit escalate approve download upload email forward export isolate quarantine suppress silence mute snooze dismiss page add attach detach edit modify restore enable disable".split(
    " ",
  ),
);
const TASK_STEMS = new Set([...TASK_VERBS].map(stemWord));
/**
 * What follows a verb used as a command: an object ("restart it", "scale the checkout service", "draft me a
 * module", "bump to 5"). A verb followed by a noun is a name instead ("write access", "scale in protection").
 */
const OBJECT_START = new Set(
  "me us my our the a an it this that these those all some every each them".split(" "),
);

/** What someone asks to be given: "can you give me kubectl access", "could you get us admin on staging". */
const ACCESS_WORDS = new Set(
  "access permission permissions admin rights role roles creds credentials token tokens kubeconfig login password quota".split(
    " ",
  ),
);

/** How many words after an operating verb may hold the id of what it acts on ("restart deployment api-v2"). */
const ID_WINDOW = 3;
/** Verbs that only operate things: opening a message with the id of what they act on, they command it. */
const OPERATING_VERBS = new Set(
  "restart reboot redeploy delete kill terminate drain cordon uncordon rollback bounce".split(" "),
);

/** Verbs that run a command, and the command-line tools whose commands follow them. */
const RUN_VERBS = new Set(["run", "execute"]);
const CLI_NAMES = new Set("aws kubectl eksctl terraform helm tf ecs-cli docker".split(" "));

/** Words that ask for something to happen at once ("now" only as "right now": "does AWS now patch ..." asks). */
const AT_ONCE = new Set(["asap", "immediately", "urgently"]);

/** Owners of the object a requested verb acts on: "migrate our clusters", "raise my quota". */
const POSSESSIVES = new Set(["our", "my"]);

/**
 * "how do I ...", "how to ...", "steps to ...", "walk me through ...", and troubleshooting: "what should I check",
 * "why is my pod ...", "a one-liner to ...", and asking for a recommendation ("anyone got a good dashboard for ...").
 */
const HOW_TO =
  /(?:^|\| )(?:\w+ ){0,3}?(?:how (?:do|can|could|should|would) (?:i|we|you|one)|how to|what are the steps to|steps to|steps for|step by step|walk me through|show me how to)\b|\b(?:what should (?:i|we) (?:check|look at|try)|why (?:is|are|does|do|did|has|have) (?:my|our)|(?:one liner|oneliner|command|commands|snippet|script|query) (?:to|for|that)|(?:anyone|anybody|someone|somebody) (?:got|have|has|know|knows|recommend\w*) (?:of )?(?:a |an |any )?(?:good|decent|nice|great|solid))\b/;

/** Wording that asks about ownership, whatever else the message asks. */
export const OWNERSHIP_PATTERN =
  /\b(?:who|whose|whom|owns?|owned|owner\w*|responsib\w*|accountable|in charge|on the hook|ours|theirs|our (?:job|side|part|problem)|(?:aws|amazon)(?: s)? (?:job|side|part|problem)|up to (?:us|me|aws|amazon)|on (?:us|me|aws|amazon)|do we (?:have|need) to|does (?:aws|amazon))\b/;

export function isTaskRequest(tokens: readonly Token[], text: string): boolean {
  // "how do I use this bot?" asks for help, which the bot does give.
  if (OWNERSHIP_PATTERN.test(text) || offersEitherParty(text) || HELP_HINT_PATTERN.test(text)) return false;
  if (HOW_TO.test(markClauses(tokens))) return true;
  return clauseOpenings(tokens).some((position) => {
    const token = tokens[position];
    const next = tokens[position + 1]?.raw ?? "";
    // "scaling" and "writing the matrix" name an activity, they do not command one.
    if (!token || token.raw.endsWith("ing")) return false;
    // "can you drain it", and "cordon and drain ip-10-0-3-17 for me please": a requester anywhere in the clause.
    const asked = tokens.some(
      (word, at) =>
        word.clause === token.clause &&
        (REQUESTERS.has(word.raw) ||
          (at > position && word.raw === "for" && ["me", "us"].includes(tokens[at + 1]?.raw ?? ""))),
    );
    // "can you migrate our clusters", "could you raise our quota": asked to act on the asker's own things, any verb
    // but the bot's own is a task ("can you run privileged pods on Fargate?" asks what is possible instead).
    if (asked && POSSESSIVES.has(next) && !BOT_VERBS.has(token.raw)) return true;
    // "can you rotate the KMS key on our prod cluster right now?": asked to act at once.
    if (asked && !BOT_VERBS.has(token.raw) && asksAtOnce(tokens, token.clause)) return true;
    // "can you give me kubectl access to staging": asked for access, not for an answer.
    if (asked && (next === "me" || next === "us") && clauseHas(tokens, token.clause, ACCESS_WORDS))
      return true;
    // "can you run `aws eks update-nodegroup-version ...` for me": a command line to run; "can you just run this
    // for me?" under a pasted command too.
    if (asked && RUN_VERBS.has(token.raw) && (CLI_NAMES.has(next) || runsItFor(tokens, position)))
      return true;
    // By stem, since the spelling corrector may have read "delete" as the knowledge's "deleted".
    if (!TASK_STEMS.has(token.stem)) return false;
    // "can you drain node ip-10-0-3-17": after "can you" or "please" the verb commands whatever follows it.
    // "restart deployment api-v2 in prod": a message that opens with an operating verb and names the thing by its
    // id commands it ("drain node behaviour on mng" names a topic).
    return (
      asked || OBJECT_START.has(next) || /^\d/.test(next) || (position === 0 && commandsById(tokens, token))
    );
  });
}

/** "run this for me", "execute that for us": the command pointed at, run on the asker's behalf. */
function runsItFor(tokens: readonly Token[], verb: number): boolean {
  return (
    ["this", "that", "it", "these", "those"].includes(tokens[verb + 1]?.raw ?? "") &&
    tokens[verb + 2]?.raw === "for" &&
    ["me", "us"].includes(tokens[verb + 3]?.raw ?? "")
  );
}

function commandsById(tokens: readonly Token[], verb: Token): boolean {
  return (
    OPERATING_VERBS.has(verb.raw) && tokens.slice(1, 1 + ID_WINDOW).some((token) => /\d/.test(token.raw))
  );
}

function asksAtOnce(tokens: readonly Token[], clause: number): boolean {
  return tokens.some(
    (token, at) =>
      token.clause === clause &&
      (AT_ONCE.has(token.raw) || (token.raw === "now" && tokens[at - 1]?.raw === "right")),
  );
}

function clauseHas(tokens: readonly Token[], clause: number, words: ReadonlySet<string>): boolean {
  return tokens.some((token) => token.clause === clause && words.has(token.raw));
}

/** Where each clause's first word after its lead-in words is ("can you quickly restart it" -> "restart"). */
function clauseOpenings(tokens: readonly Token[]): number[] {
  const openings: number[] = [];
  let inLead = true;
  tokens.forEach((token, position) => {
    // "please do the needful and raise our quota": in a request, a verb after "and" opens a request of its own.
    const joins =
      token.raw === "and" &&
      tokens.slice(0, position).some((lead) => lead.clause === token.clause && REQUESTERS.has(lead.raw));
    if (position === 0 || token.clause !== tokens[position - 1]?.clause || joins) inLead = true;
    // "@oncall can someone restart ...": whatever came first, the word after a requester may be the request.
    if (REQUESTERS.has(tokens[position - 1]?.raw ?? "") && tokens[position - 1]?.clause === token.clause)
      inLead = true;
    if (!inLead || REQUEST_LEAD.has(token.raw)) return;
    inLead = false;
    openings.push(position);
  });
  return openings;
}

/** Words of a question about the bot itself ("what commands are there", "how does this thing work"). */
export const BOT_WORDS: ReadonlySet<string> = new Set(
  "whoowns bot questions question kinds kind work works working use using ask asking help commands command examples example topics topic cover covers know answer answers able things sort sorts syntax usage tutorial guide instructions manual docs documentation type typing talk tell list show new start started menu options compare support supports runtimes runtime".split(
    " ",
  ),
);
/** At least one of these makes it a question about using the bot. */
const BOT_CUES = new Set(
  "help commands command syntax usage tutorial guide instructions manual docs documentation examples example ask type talk tell know work works answer cover covers support supports".split(
    " ",
  ),
);

export function isAboutTheBot(question: ParsedQuestion): boolean {
  if (/\b(?:own\w*|responsib\w*|who (?:is|does|handles|patches|runs|should))\b/.test(question.text))
    return false;
  const words = question.tokens
    .filter((token) => !token.stop || BOT_CUES.has(token.raw))
    .map((token) => token.raw);
  return (
    words.length > 0 && words.every((word) => BOT_WORDS.has(word)) && words.some((word) => BOT_CUES.has(word))
  );
}

/**
 * Intent cues as data, matched against the normalised question in which each runtime mention is replaced by
 * "@rt" (so "move from @rt to @rt" reads the same for every runtime). Cues only say what kind of reply fits;
 * `decide-reply.ts` weighs them against the topic evidence.
 */

/** Greetings, politeness and the bot's own name around a request ("hey whoowns, help please"). */
export const FILLER_PATTERN =
  /^(?:(?:hi|hello|hey|hiya|yo|sup|howdy|ok|okay|so|um|hmm|there|all|team|folks|whoowns|bot|the bot|dear|good (?:morning|afternoon|evening))(?:\s+|$))+|(?:\s+(?:please|pls|plz|thanks|thank you|thx|ty|there|whoowns|bot))+$/g;

/** The whole question (fillers removed) is a request for help or a greeting. */
export const HELP_PATTERN =
  /^(?:|help|halp|hlep|help me|helps|need help|i need help|commands?|usage|menu|start|get started|getting started|examples?|show (?:me )?(?:some )?examples|give me (?:some )?examples|options|instructions|manual|docs|documentation|hi|hello|hey|hiya|yo|sup|howdy|what can you do|what do you do|what (?:can|should) i ask(?: you)?|what (?:questions|kinds? of questions|sort of questions) (?:can|should|do) i ask(?: you)?|what can you answer|what do you (?:know|cover)(?: about)?|how does (?:this|it|you|whoowns|the bot|this bot) work|how do(?:es)? (?:this|it|you|whoowns) work|how (?:do|can|should) i use (?:this|you|it|whoowns|the bot|this bot)|how to use(?: this| you| whoowns| the bot| this bot)?|who are you|what are you(?: for)?|what is this(?: bot| thing)?(?: for)?|what is this bot for|is this (?:thing|bot) (?:on|working|alive)|are you (?:there|alive|working|on)|what is whoowns|whoowns|about|info)$/;

/** A question about the bot itself, answered with help when it names no topic or runtime. */
export const HELP_HINT_PATTERN =
  /\b(?:can i ask|should i ask|could i ask|to ask you|do you know|can you (?:do|answer|help)|are you able|what questions|kind of questions|how do i use|how to use|what do you cover|what topics)\b/;

/**
 * Explicit requests for a side-by-side view. A table the asker already has ("our control matrix", "my
 * spreadsheet's columns") or a kind of table ("route table") is not a request for one.
 */
export const COMPARE_VERB_PATTERN =
  /\b(?:compare\w*|comparison|vs|versus|v|side by side|next to each other|lines? up across|head to head|contrast\w*|(?:put|place|set) (?:\S+ ){1,8}?next to|break (?:it|this|that|them) down for|per runtime|runtime by runtime|in each of)\b|(?<!\b(?:our|my|their|your|control|aws|amazon|customer)(?: \w+)? )(?<!\b(?:route|routing|lookup|hash|decision) )(?<!\b(?:rows?|lines?|cells?|entries) (?:in|of|from) (?:the|our|your|this|that) )(?<!\bfor (?:the|our|my|a|an)(?: \w+){0,2} )\b(?:matrix|table|grid|breakdown|column|columns)\b/;

/**
 * "access entries vs the aws-auth configmap", "private vs public endpoint": "vs" between two things that are not
 * runtimes or families, with no other comparison word, compares options, not runtimes.
 */
export const OPTIONS_VS_PATTERN =
  /^(?!.*\b(?:compare\w*|comparison|side by side|next to each other|head to head|contrast\w*|matrix|table|grid|breakdown|columns?)\b).*(?<![@\w-])(?!(?:eks|ecs|kubernetes|k8s)\b)[a-z0-9-]+ (?:vs|versus) (?:(?:the|a|an|our) )?(?!@rt\b|eks\b|ecs\b|kubernetes\b|k8s\b)[a-z0-9-]+/;

/**
 * Every runtime option by name: "all runtimes", "every option", "all six", "all the EKS flavours", "the EKS
 * options".
 */
export const EVERY_OPTION_PATTERN =
  /\b(?:(?:all|every|each|across)\b(?: \w+){0,3}|the (?:two|three|four|six|eks|ecs)(?: \w+)?) (?:runtimes?|options?|flavou?rs?|variants?|six|6|launch types|choices)\b/;

/** Symmetric wording that reads as a comparison when two runtimes are named and no direction is given. */
export const SYMMETRIC_PATTERN =
  /\b(?:against|stack(?:s)? up|across|between|next to|same|which (?:is|one|has|leaves|gives|means)|or|more work|less work|more hands|less hands|least|most|both|differ|differs|difference|differences|different|similar\w*|better|worse|each)\b/;

/** Direction between two runtimes: from X to Y, moving to Y, X -> Y ("to"), replacing X with Y. */
export const DIRECTION_PATTERNS: readonly RegExp[] = [
  /\bfrom @rt\b.*\b(?:to|onto|into|towards?|for|with)\b.*@rt/,
  /\b(?:mov\w*|migrat\w*|switch\w*|pull\w*|go|goes|going|went|transition\w*|shift\w*|port|porting|ported|replatform\w*|upgrad\w*|flip\w*|leav\w*|left|head\w*|jump\w*|convert\w*|lift\w*|consolidat\w*|rehost\w*|relocat\w*)\b.*\b(?:to|onto|into|off|towards?|for)(?! (?:aws|amazon|us|me)\b)(?: \w+){0,2} @rt/,
  /\b(?:go|going|move|moving|switch|switching|migrate|migrating|adopt|adopting)\s+(?:to\s+|onto\s+)?@rt.*@rt|@rt.*\b(?:and|then) (?:go|move|switch|migrate)\s+(?:to\s+)?@rt/,
  /\b(?:replac\w*|swap\w*|trad\w*|drop\w*|ditch\w*|abandon\w*|retir\w*|exchang\w*)\b.*@rt.*\b(?:for|with|to|by|in favou?r of)\b.*@rt/,
  /\binstead of @rt\b|@rt instead\b/,
  /@rt\b.*\bback (?:to|onto) (?:\w+ ){0,2}@rt/,
  /\b(?:used to|were on|was on|previously on)\b.*@rt.*\bnow\b.*@rt/,
  /@rt (?:today|now|currently|at the moment)\b.*@rt (?:tomorrow|next|soon|later|eventually)\b|\b(?:today|currently|now)(?: we are| we re)? on @rt\b.*\b(?:tomorrow|next (?:year|quarter|month)|soon)\b.*@rt/,
  /\bmigration\b/,
];

/** A move already made: "we moved from @rt to @rt last year", "we left @rt", "we used to be on @rt". */
export const PAST_MOVE_PATTERN =
  /(?<!\b(?:if|suppose|supposing|imagine|assuming|say) (?:we|i|you|our team|the team) )\b(?:moved|migrated|switched|left|went|transitioned|shifted|ported|converted|jumped|replatformed|came)\b.*@rt|\b(?:used to|were on|was on|previously on)\b.*@rt|@rt\b.*\b(?:last (?:year|month|quarter|week|summer|spring|autumn|fall|winter)|ago)\b/;

/** "@rt to @rt": directional unless the question asks to compare ("compare fargate to mng"). */
export const ARROW_PATTERN = /@rt (?:to|onto|into) @rt/;

/** Words about what changes, which imply a move when two runtimes are named. */
export const CHANGE_PATTERN =
  /\b(?:chang\w*|shift\w*|stop\w*|no longer|anymore|pick(?:s|ing)? up|take (?:on|over|back)|takes over|gain\w*|los(?:e|es|ing)|inherit\w*|start (?:doing|owning)|extra|becomes? ours|delta|diff)\b/;

/** A request for a set of things rather than one topic (yes/no questions are about one thing). */
export const LIST_CUE_PATTERN =
  /^(?!(?:is|are|does|do|can|should|am|will|would)\b(?! there\b)(?! (?:you|u|someone|somebody|anyone|anybody)(?: please)? (?:list|show|give|enumerate|tell|spell out|break down|outline|sum up|summari[sz]e)\b))(?!.*\bwho\b(?! to\b)(?! (?:owns|does|handles|is responsible for|takes care of) what\b))(?!.*\bwhich (?:side|half|party|bucket|column|team)\b)(?=.*\b(?:what|wht|wat|which|anything|everything|list|lists|listing|show|give|shared|to do|todo|inventory|rundown|enumerate|all the|items|things|bits|stuff|pieces|rows|responsibilities|duties|plate|homework|split|every (?:\w+ )?(?:area|item|thing|control|part|duty|duties|responsibilit\w*)|(?:our|my|the customer|customer|aws|amazon)(?: s)? (?:side|part|share|half|portion|bit|bits|job|jobs|list))\b)/;

/**
 * Words that ask for the whole set outright ("list everything we own"): only a topic matched strongly outweighs
 * them, so "dump it here" does not turn "a list of everything we're responsible for" into memory dumps.
 */
export const WHOLE_SET_PATTERN =
  /\b(?:list|listed|enumerate\w*|everything|rows|line items|what (?:is|are) all|every (?:\w+ )?(?:area|item|thing|responsibilit\w*|duty|duties|control|part)|all (?:of )?(?:the |our )?(?:things|items|areas|responsibilit\w*|duties|bits|parts|stuff))\b/;

/** Ownership wording that a list question carries. */
export const OWNERSHIP_CUE_PATTERN =
  /\b(?:(?:our|my|aws|amazon|customer|the customer)(?: s)? (?:list|column)|lands? on|on (?:the )?(?:customer|client)|looks? after|(?:does|do|will) (?:aws|amazon) \w+|own|owns|owned|owning|managed|half|portion|ourselves|must do|have to do|need to do|to do|todo|checklist|problems?|parts|keeps?|stop worrying|co own\w*|coown\w*|jointly|responsib\w*|on us|on me|falls?|(?:our|my|their|aws|amazon)(?: s)? (?:stuff|things|items|bits|lot)|hand over|hand off|offload\w*|delegat\w*|duties|duty|obligations?|inherit\w*|provided by|homework|out of the box|built in|bundled?|bundles|preinstalled|for free|by default|jobs?|plate|hands|side|part|share|shared|split|joint\w*|co owned|co-owned|handle\w*|cover\w*|carr\w*|manage|manages|managing|handled|take care|takes care|take over|takes over|on the hook|worry|care about|think about|deal with|stay\w*|remain\w*|left|ours|mine|accountable|in charge|(?:aws|amazon|we|i|you|us)(?: (?:actually|still|really|even|then|now|is|are))* (?:do|does|doing)|patch\w*|secur\w*|maintain\w*)\b/;

/** A list of what is shared. */
export const SHARED_PATTERN =
  /\b(?:co own\w*|coown\w*|both own|(?:we|us|i) and (?:aws|amazon)(?: both)?|(?:aws|amazon) and (?:we|us|i)|split down the middle|(?<!\b(?:leave out|leaving out|not|without|excluding|except|minus|skip|ignore|ignoring)(?: the)? )shared|share(?! (?:the|a|this|that|your|our) (?:list|link|doc|table|matrix|breakdown|details|info|overview|rundown|split)\b)|split|joint\w*|co owned|co-owned|(?<!\b(?:pull|put|get|bring|throw|piece)(?: \w+)? )together|in common|both of us|both sides|between us and (?:aws|amazon)|half (?:ours|us|mine|aws|amazon|theirs)|between (?:aws|amazon) and us|half and half|50 50)\b/;

/** A list of what AWS does: AWS as the doer, or what is no longer the customer's. */
/** What AWS does not do is the customer's list: "is there anything AWS does NOT handle for us on Auto Mode?". */
export const AWS_DENIED_PATTERN =
  /\b(?:aws|amazon)(?: \w+)? (?:does not|doesn t|do not|will not|won t|never|can not|cannot) (?:own|handle\w*|manag\w*|look after|do|cover\w*|take care|secur\w*|patch\w*|maintain\w*|run\w*)\b|\bnot (?:what|the (?:things?|stuff|bits|parts)(?: that)?) (?:aws|amazon)\b/;
export const AWS_LIST_PATTERN =
  /(?<!\bnot )\b(?:out of the box|built in|bundled?|bundles|preinstalled|for free|by default)\b|\b(?:handles?|does|covers?|bundles?|provides?|gives?|runs?) (?:\w+ )?for (?:us|me)\b|\bhandled for (?:me|us)\b|\bstop worrying\b|\bnot (?:my|our) (?:problem|job|concern)\b|\b(?:aws|amazon)(?: s)? (?:problem|concern)\b|\b(?:aws|amazon) keeps?\b|\b(?:aws|amazon)(?: s)?\b.{0,40}\b(?:own|owns|owned|handle\w*|manag\w*|look\w* after|do|does|doing|cover\w*|carr\w*|take\w*|secur\w*|patch\w*|maintain\w*|run\w*|operat\w*|responsib\w*|accountable|on the hook|in charge|job|jobs|side|part|share|items|things|stuff|duties|list|column|half|plate)\b|\b(?:hand\w* over|give\w* up|offload\w*|delegat\w*|pass\w*|falls?|fell|left|goes|go) to (?:aws|amazon)\b|\b(?:falls?|fell|lands?|sits?|moved|moves|goes|went) on (?:aws|amazon)\b|\binherit\w* from (?:aws|amazon)\b|\b(?:is|are) (?:aws|amazon)(?: s)? (?:on the hook|responsible|accountable|in charge)\b|\b(?:by|to) (?:aws|amazon)\b|\boff (?:our|my) (?:plate|hands)\b|\b(?:don t|do not|doesn t|does not|no longer|never|not|nothing to|will not|won t) (?:have to |need to )?(?:own|handle|manage|worry|care|patch|do|maintain|secure|think|deal)\b|\bwhat will not (?:i|we) (?:have to |need to )?(?:own|handle|manage|worry|care|patch|do|maintain|secure|think|deal)\b|\bnot (?:ours|mine|on us|our)\b/;

/** "What is Fargate?", "explain managed node groups", "how does auto mode work". */
export const RUNTIME_INFO_PATTERN =
  /^(?:so )?(?:what|whats) (?:is|are) (?:an? |the )?@rt(?: exactly| really| even| again| anyway)?$|\bwhat (?:even |exactly )?(?:is|are) @rt\b|\b(?:explain\w*(?! (?:why|who|whose|whether|if|what (?:we|i|aws|amazon|you)|where|the (?:split|line|division))\b)|describe|description|tell me (?:more )?about|overview|intro|introduction|summary|summari[sz]e|nutshell|eli5|tldr|tl dr|primer|101|basics|in short)\b|\bhow (?:does|do) @rt work\b|\bwhat (?:does|do) @rt mean\b|\b(?:pros|cons|benefits|advantages|disadvantages|use cases?|worth it|special about|the deal with|why (?:use|would|should|pick|choose)|when (?:should|would|to|do) (?:i |we |you )?(?:use|pick|choose)|info on|information on|info about|information about)\b|\bis @rt (?:serverless|managed|secure|good|worth|cheaper|production|right|a good|the right|free)\b|\bwhat (?:kind|sort|type) of (?:thing|service|product|beast|offering) is @rt\b|\bwhat does @rt (?:do|offer|give|support|include)\b/;

/** "What is it?": an overview, unless the words before it name a set ("shared responsibilities on X, what are they?"). */
export const PRONOUN_INFO_PATTERN = /\bwhat (?:are|is) (?:they|it|that|those)\b/;

/** A statement checked with a closing yes/no tag ("..., is that correct?", "... us or AWS?"): never a list request. */
export const YES_NO_TAG_PATTERN =
  /\b(?:is (?:that|this|it) (?:correct|right|true|so|accurate)|(?:is|are) (?:that|this|it|those|these) (?:our|my|aws s|amazon s|the customer s) (?:half|side|part|share|portion|bit|job|problem|responsibility)|am i right|right|correct|(?:us|ours|our \w+) or (?:aws|amazon)(?: s)?(?: \w+)?|(?:aws|amazon)(?: s)?(?: \w+)? or (?:us|ours|our \w+))$/;

/** What a runtime cannot do: limits, restrictions, unsupported features. */
export const LIMITS_PATTERN =
  /\bnot @rt (?:support|allow|do|have|run|work)\w*|@rt (?:does not|doesn t|can not|cannot|won t|will not) (?:support|allow|do|have|run|work)\w*|\b(?:does not|doesn t|do not|don t) work\b|\bhitting walls\b|\bgive up\b|\b(?:the catch|catches|limitations?|limits?|restrictions?|constraints?|caveats?|gotchas?|drawbacks?|downsides?|tradeoffs?|trade offs?|unsupported|not supported|not support|(?<!\b(?:which|that|who|ones?) )(?:can not|cannot|can t|cant)(?! (?:find|figure|tell|work out|see|remember|understand|decide|locate|get my head|wrap my head|seem))|not allowed|not possible|not available|does it not|doesn t (?:do|have(?! to)|allow|support)|does not (?:do|have(?! to)|allow|support)|missing features|features?|capabilit\w*|what (?:else )?(?:can|could) (?:i|we|you) (?:run|do|use))\b/;

/** Yes/no questions about one party: "is this ours?" asks about the customer, "does AWS patch it?" about AWS. */
export const ASKED_CUSTOMER_PATTERN =
  /\b(?:ours|mine|our (?:job|responsibility|problem|side|task|duty|call|headache|thing|half|part|share|portion)|our own (?:affair|lookout|concern)|our (?:affair|lookout|remit|province)|(?:falls?|rests?|lies?)(?: \w+){0,2} (?:to|upon|with) (?:us|me|our team)|incumbent (?:up)?on (?:us|me)|is (?:it|that|this) for (?:us|me)\b|on us|on me|do (?:i|we)|am i(?! (?:wrong|right|correct|mistaken|missing something|misreading))|are we|should (?:i|we)|must (?:i|we)|(?:i|we)(?: still| really| actually| even| also)? (?:need to|have to|must|should)|(?:would|will) (?:we|i)(?: still| also| then| ever)? (?:need|have to|be (?:responsible|accountable|on the hook|expected|required))\b|(?:is|are) (?:our|my) team(?: \w+){0,3}? (?:responsible|accountable|on the hook|in charge|supposed|expected|meant|required|liable)|(?:know|asks?|asking|wondering|wonders?|check|checking|confirm|find out)(?: if| whether) (?:we|i|our team|my team)\b|need (?:i|we)|is (?:it|that|this) (?:on )?(?:us|me)|(?:it|that|this) is (?:(?:obviously|probably|surely|definitely|clearly|really|still|all|entirely|just) )?(?:on |all on )?(?:us|me|ours|mine|our team|my team)|on (?:our|my) (?:plate|shoulders)|(?:is|are|s)(?: \w+){0,2} on (?:our|my) (?:team|end)|(?:that|this|it)(?: one)? is (?:only |just |purely |all )?for (?:us|me|our team)\b|(?:anything|something|any work|work|things?) (?:left )?(?:for|on) (?:us|me|our side|our team|my team)|(?:we|i) (?:are|am) (?:the ones?|the team|responsible|accountable|on the hook|in charge)|up to (?:us|me|our team|my team)|(?:the )?(?:customer|client|tenant)(?: s)? (?:job|responsibility|problem|side|duty|task|call|to fix|to do|to handle)|our team (?:to fix|to do|to handle)|(?:something|anything|a thing) (?:that )?(?:the )?(?:customer|client) (?:has|needs|must|should|is)|(?:is|are) (?:it|that|this) (?:on )?the (?:customer|client)\b|(?:the )?(?:client|customer)(?: s)? responsibility|(?:is it|is that|it is) (?:correct|true|right|the case|so)(?: that)? (?:we|i|our team|my team)|(?:our|my) team (?:needs? to|has to|must|should)|is it (?:us|we|me|our team|my team|our side) (?:that|who)|(?:customer|client) ?owned|customer (?:line )?item|(?:cite|mark|list|put|write|state|record|note|assume|treat|classify|document|assign|says?|states|claims?|lists)(?: (?:it|this|that|them))?(?: (?:down )?(?:in|on) (?:the|our|my) \w+)?(?: (?:that|as))? (?:the )?(?:customer|client|us|our team|my team|we)\b(?! or)|(?:is|are)(?: [\w.]+){0,10} (?:something|anything|a thing) (?:that )?(?:we|i|(?:our|my)(?: \w+)? team)|(?:is|are|be|been|being|gets?|got|needs?)(?: \w+){1,6} by (?:us|me|ourselves|our team|my team))\b|(?:we|i) (?:do not|don t|dont) (?:need|have) to|^(?:so |and |but )?(?:we|i)\b.*\b(?:right|correct|true|yes|yeah|are not we|do not we|is not it)$/;
/**
 * What a runtime provides without us: "built in", "out of the box", "included", "by default", "on their own". A
 * yes/no question with one asks whether AWS does it ("does Auto Mode come with network policies out of the box?").
 */
export const PROVIDED =
  "built in|builtin|built into|out of the box|included|bundled|preinstalled|pre installed|preconfigured|pre configured|baked in|baked into|automatically|by default|on (?:its|their) own|by (?:itself|themselves)|for free|switched on|turned on|(?:upgrade|patch|rotate|scale|update|repair|replace|heal)s? themselves";
/**
 * A clause that asks yes or no whether something is provided ("is there a log router built in?", "do we get
 * encryption for free?", "do MNG nodes upgrade themselves?"), not whether we are ("are we automatically compliant?").
 */
export const PROVIDED_QUESTION = new RegExp(
  String.raw`(?:^|\| )(?:(?:so|and|but|ok|okay|also|then|hey|wait) )?(?:is|are|does|do|did|will|would|can|has|have)\b(?! (?:we|i|our|you)\b(?! (?:get|receive|have(?! to))\b))(?:(?!\|).)*?\b(?:${PROVIDED})\b`,
);
/** Runtimes named as the doer of a duty, which makes AWS the party: "does ECS take care of ...". */
export const RUNTIME_DOERS =
  "aws|amazon|eks|ecs|fargate|auto mode|eks auto mode|aws fargate|ecs fargate|eks fargate|managed node groups?|mng";
/**
 * Also statements checked with a tag ("AWS sets the limits, isn't it?", "EKS configures the HPA, right?"), and the
 * passive ("configured by AWS", "that's on AWS").
 */
export const ASKED_AWS_PATTERN = new RegExp(
  String.raw`\b(?:does|will|is|do|would|can)(?: not)? (?:aws|amazon)\b|\b(?:falls?|rests?|lies?)(?: \w+){0,2} (?:to|upon|with) (?:aws|amazon)\b|\b(?:aws|amazon)(?: s)? (?:affair|lookout|remit|province)\b|\b(?:mean|means|meaning)(?: that)? (?:aws|amazon)\b|\b(?:aws|amazon)(?: s)? (?:job|responsibility|problem|side|thing|area|call|domain|concern|remit|task|duty|department|territory|business|lane|wheelhouse|headache|worry|turf)\b|\b(?:blame|point at|point the finger at|hold) (?:aws|amazon)\b|\bup to (?:aws|amazon)\b|\bis(?: [\w.]+){0,10} (?:something|anything|a thing) (?:that )?(?:aws|amazon)\b|\bis (?:it|that|this) (?:aws|amazon)\b|(?<!\b(?:if|when|whenever|once|after|before|since|because|while|as) )\b(?:aws|amazon) (?:handles?|patch(?:es)?|manages?|owns?|takes? care|does|covers?|is responsible|(?:is|are) (?:the ones?|responsible|on the hook|in charge))\b|\b(?:is|s|are|falls?|lands?|sits?|moved|shifted|gone|went|goes)(?: (?:entirely|all|fully|completely|totally|squarely|purely|just|really|now|still|probably|obviously|clearly))? on (?:aws|amazon)\b|\b(?:is|are|be|been|being|gets?|got)(?: \w+){1,14} by (?:aws|amazon)\b|^(?:aws|amazon|eks|ecs)\b.*\b(?:right|correct|true|yes|yeah|is not it|does not it|do not they|are not they)$|(?<!\b(?:though|although|since|because|while|whereas|as) )\b(?:aws|amazon)(?! (?:creds|credentials|api|apis|services?|accounts?|resources|keys|sdk|cli|console|docs|regions?)\b)(?: \w+){0,12} (?:right|correct|true|yes|yeah|is not it|does not it|do not they|are not they)$|\b(?:is|are) (?:fully |entirely |completely |all )?(?:aws|amazon) (?:managed|owned|operated|run|maintained)\b|\bexpect (?:aws|amazon) to\b|\b(?:cite|mark|list|put|write|state|record|note|assumed?|thought|figured|understood|treat|classify|document|assign|says?|states|claims?|lists)(?: (?:it|this|that|them))?(?: (?:down )?(?:in|on) (?:the|our|my) \w+)?(?: (?:that|as))? (?:aws|amazon)\b(?! or)(?! (?:creds|credentials|api|apis|services?|accounts?)\b)|\bsurely (?:aws|amazon)\b|\b(?:know|asks?|asking|wondering|wonders?|check|checking|confirm|find out)(?: if| whether) (?:aws|amazon)\b|\b(?:aws|amazon) only\b|\bconfirm(?: that)? (?:aws|amazon)\b|\b(?:is it|is that|it is) (?:correct|true|right|the case|so)(?: that)? (?:aws|amazon)\b|\b(?:is|are)\b(?: [\w.]+){0,8} (?:aws|amazon)(?: s)? to (?:run|manage|handle|own|patch|do|fix|maintain|secure|look after|take care of)\b|^(?:so |and )?(?:is|are)\b(?: \w+){1,10} (?:all |entirely |fully |just |squarely )?on (?:aws|amazon)\b|\b(?:aws|amazon) (?:run|managed|owned|operated|maintained)$|^(?:so |and )?(?:is|are)\b(?: \w+){1,6}(?<!\b(?:in|on|from|to|by|with|of|for|via|into|at|than|like|about))(?: (?:obviously|definitely|surely|still|just|all|entirely))? (?:aws|amazon)(?: s)?(?= (?:on|in|for|with|at|now|then|too|right|correct|yes)\b|$)|\b(?:is|are)(?: [\w.]+){0,10} (?:something|anything|a thing) (?:that )?(?:${RUNTIME_DOERS})(?: just)? (?:runs?|handles?|does|manages?|covers?|takes? care of|looks? after)\b`,
);
/** "ours or AWS's?" asks about neither side in particular. */
/**
 * What may follow the "or" that offers the other party ("or is that on us", "or by us", "or whether we", "or does
 * AWS"): not a noun of a list ("reverse shells or miners inside our tasks" offers no choice of party).
 */
const OR_OPENS =
  "(?:is|are|do|does|did|will|would|should|must|can|could|whether|by|on|up|ours|us|we|me|mine|i|aws|amazon|the (?:customer|client|provider|platform)|it|that|this|entirely|just|all|to|has|have|need|handled|managed|covered|something|our|my|both|them|they|theirs|eks|ecs|fargate|auto|client|customer|still|now|rather|maybe|perhaps)";
const ASKED_EITHER_PATTERN = new RegExp(
  String.raw`\b(?:aws|amazon)(?: s)? or (?:the )?(?:client|customer)\b|\b(?:the )?(?:client|customer)(?: s)? or (?:aws|amazon)\b|\b(?:us|we|ours|aws|amazon|customer|them|theirs)\b(?: \w+){0,3} or both\b|\b(?:us|we|ours|me|mine)(?: \w+){0,2} or (?:them|they|theirs|eks|ecs|fargate|auto mode|the platform|the provider)\b|\b(?:our|my) \w+ or (?:theirs|their \w+)\b|\b(?:ours|us|we|me|mine|our)\b.* or (?:does|do|did|will|would|is|can) (?:the )?(?:eks|ecs|fargate|auto mode)\b|\b(?:${PROVIDED})\b.* or\b.*\b(?:we|us|ours|our|i|me|my)\b|\b(?:we|i)\b.* or (?:is|are) (?:it|that|this|they)(?: \w+)? (?:${PROVIDED})\b|\b(?:ours|us|we|me|mine|i|my|our\b[^.]*)\b.*\bor (?:${OR_OPENS}\b.*\b)?(?:aws|amazon)\b|\b(?:aws|amazon)\b.*\bor (?:${OR_OPENS}\b.*\b)?(?:us|we|ours|me|mine|i|my|our)\b`,
);

/**
 * Whether `text` offers either party ("ours or AWS's?"). Every form needs an "or", and most questions have none:
 * testing for it first spares the long pattern, whose ".*" forms cost most on long pasted messages.
 */
export function offersEitherParty(text: string): boolean {
  return OR_WORD.test(text) && ASKED_EITHER_PATTERN.test(text);
}
const OR_WORD = /\bor\b/;

/** Long words of the patterns above that people misspell; the spelling corrector knows them. */
export const SHAPE_WORDS: readonly string[] = [
  // Words of the move and change cues, so the corrector never reads "picking" as an alias word ("packing").
  "picking",
  "picked",
  "moving",
  "leaving",
  "dropping",
  "gaining",
  "losing",
  "inheriting",
  "responsibilities",
  "responsibility",
  "responsible",
  "accountable",
  "duties",
  "ownership",
  "compare",
  "comparison",
  "difference",
  "differences",
  "different",
  "everything",
  "migrating",
  "migration",
  "switching",
  "overview",
  "explain",
  "limitations",
  "restrictions",
  "shared",
];

/** Nouns for the machines a runtime runs on ("those boxes", "fargate nodes", "ecs container instances"). */
export const MACHINE_WORDS: ReadonlySet<string> = new Set([
  "box",
  "boxes",
  "node",
  "nodes",
  "instance",
  "instances",
  "host",
  "hosts",
  "machine",
  "machines",
  "server",
  "servers",
  "worker",
  "workers",
  "vm",
  "vms",
  "fleet",
]);

/**
 * Words that carry no topic: English function words, chat filler and the ownership verbs every question uses
 * ("who owns", "responsible for"). They are removed before topic scoring but kept for phrase matching, so an
 * alias such as "cordon and drain" still matches as a phrase.
 */
const FUNCTION_WORDS = `a about above after again against all am an and any are as at be because been before being below
between both but by can cannot could did do does doing done down during each either else even ever every few for from
further had has have having he her here hers him his how however i if in into onto is it its itself just let lets me more
most my myself neither no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them then there these they this those through to too under until up upon very
was we were what whatever when where whether which while who whom whose why will with within without would you your
yours yourself yourselves us im ive id youre weve were theyre dont doesnt didnt isnt arent wasnt cant couldnt wont
wouldnt shouldnt whats whos thats theres heres hows wheres it's i'm don't doesn't can't won't isn't aren't what's
who's that's lets let's also really actually basically exactly just quite rather pretty still yet already again
ok okay yes yeah yep nope hi hello hey hiya thanks thank thx ty please pls plz folks team guys all everyone anyone
someone somebody anybody quick q question questions qq asking ask asked wondering wonder curious know knows knew idea
sure clarify confirm confirming tell telling say says said mean means like kind sort thing things stuff bit lot lots
part parts side sides piece way ways case cases currently today now right got get gets getting go goes going gone
make makes making made want wants wanted need needs needed needing have has had must shall may might will would
should could able one ones something anything everything nothing else etc eg ie via per vs versus though although
unless whereas since`;

/** Verbs and nouns of ownership itself: they say what kind of question it is, never which topic. */
const OWNERSHIP_WORDS = `own owns owned owning owner owners ownership responsible responsibility responsibilities
accountable accountability charge handle handles handled handling manage manages managing maintain maintains
maintaining maintenance look looks looking after care cares caring take takes taking took deal deals dealing job jobs
duty duties task-owner hook liable liability whose belongs belong belonging cover covers covered covering worry
worries worried provider vendor party parties amazon aws customer customers client clients user users me mine we us
ours our myself ourselves team teams company org organization organisation folks platform-team layer layers level levels aspect aspects area areas run runs operate operates ensure
ensures plate hands`;

const words = (list: string) => list.split(/\s+/).filter((word) => word.length > 0);

/** Function words: never evidence of anything. */
export const FUNCTION_STOPWORDS: ReadonlySet<string> = new Set(words(FUNCTION_WORDS));

/** Every stopword. Ownership words inside an alias ("amazon linux", "customer data") still have to be present. */
export const STOPWORDS: ReadonlySet<string> = new Set([...FUNCTION_STOPWORDS, ...words(OWNERSHIP_WORDS)]);

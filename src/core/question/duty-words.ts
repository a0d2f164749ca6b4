/**
 * Nouns that name a duty, as data: the ones that say a responsibility only when someone's ("whose problem", "our
 * call"), which are also words of topic aliases ("node problems"), and the plain ones ("job", "side").
 */

/** Nouns that name a responsibility when someone's: "whose problem", "our call", "AWS's concern". */
export const OWNED_NOUNS: ReadonlySet<string> = new Set([
  "problem",
  "problems",
  "call",
  "headache",
  "headaches",
  "concern",
  "concerns",
  "remit",
  "lane",
  "wheelhouse",
  "territory",
  "business",
]);

/** Nouns of a duty, whoever's: the owned nouns and the plain ones ("our job", "the platform team's side"). */
export const DUTY_NOUNS: ReadonlySet<string> = new Set([
  ...OWNED_NOUNS,
  ..."job jobs responsibility thing side area duty task".split(" "),
]);

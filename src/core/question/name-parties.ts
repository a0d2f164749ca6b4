/**
 * Rewrites the ways people name a party into the words the party patterns know, for reading the asked party only.
 * The customer's own teams and roles ("the platform team", "secops", "Dave's squad", "the MSP we pay") become "our
 * team" ("our" before a duty noun: "the platform team's job" is "our job"); a client spoken of in the third person
 * ("my client", "the tenant") is the customer too, and so are "they", "them" and "theirs" in such a message; "the
 * (cloud) provider" and "the hyperscaler" are AWS. Topic matching never sees these rewrites; `findGroupWords`
 * tells it which words only describe a team ("network" in "the network team" says who, not what).
 */
import type { Token } from "../text/tokenise.js";
import { DUTY_NOUNS } from "./duty-words.js";

/** Nouns that head a group of people: "the platform team", "our SRE rota", "the ops folks". */
const GROUP_NOUNS = new Set(
  "team teams squad squads crew crews rota folks guys people engineers department dept".split(" "),
);
/** Group nouns that need a word before them to be a team of ours: "the team", but not "the people". */
const LOOSE_GROUP_NOUNS = new Set("folks guys people engineers".split(" "));
/** Roles that name a team of the customer's on their own: "secops", "the app devs", "our SREs", "the MSP". */
const ROLE_NOUNS = new Set(
  "secops infosec appsec sre sres devs developers dba dbas sysadmins msp admins".split(" "),
);
/** Determiners that make a group ours ("our", "my") or leave it to its words ("the"). */
const OWN_DETERMINERS = new Set(["our", "my"]);
/** Words that make a group AWS's, not ours: "the AWS support team", "Amazon's engineers". */
const AWS_GROUP_WORDS = new Set("aws amazon support account service proserve tam".split(" "));
/** Words naming an AWS service team when no "our" or "my" claims it: "the EKS team". */
const SERVICE_GROUP_WORDS = new Set(["eks", "ecs", "fargate"]);
/** Words that make teams several, which is tenancy, not a party: "another team's pods", "each team". */
const MANY_GROUPS = new Set(
  "another other one each every different multiple many several two three separate all both".split(" "),
);
/** Nouns a group noun describes rather than names people by: "the platform team role", "team namespaces". */
const GROUP_AS_MODIFIER = new Set(
  "role roles account accounts namespace namespaces cluster clusters workload workloads app apps application applications repo repos repository pipeline pipelines channel lead leads member members manager managers budget service services".split(
    " ",
  ),
);
/** How many words may describe a group: "the cloud ops team", "the app dev team", "Dave squad". */
const MAX_GROUP_WORDS = 3;
/** Nouns of a duty that a group may own: "the platform team's job" is "our job". */
const GROUP_DUTY_NOUNS = new Set([...DUTY_NOUNS, "lookout", "domain", "turf", "worry"]);

/** A client of the writer's: "the client", "my customer", "the end customer", "the tenant". */
const CLIENT_NOUNS = new Set(["client", "clients", "customer", "customers", "tenant", "tenants"]);
/** Words after a client noun that make it a thing, not a party: "client certs", "customer managed keys". */
const CLIENT_THINGS = new Set(
  "side certs cert certificate certificates library sdk tool tools vpn ip request requests traffic id secret secrets credentials keys key managed owned facing line item row column isolation namespace namespaces boundary boundaries".split(
    " ",
  ),
);
/** Words before a client noun that make it a thing, or the writer an AWS customer: "kubectl client", "AWS customer". */
const CLIENT_OWNERS = new Set(["kubectl", "vpn", "aws", "amazon", "api", "http", "tls", "ssh"]);
/** Words that may open the naming of a client: "my client", "a customer", "this tenant". */
const CLIENT_DETERMINERS = new Set("the my our a an this that your each every".split(" "));
/** Third-person pronouns that point at the client once one is named. */
const CLIENT_PRONOUNS: Readonly<Record<string, string>> = {
  they: "we",
  their: "our",
  theirs: "ours",
  themselves: "ourselves",
};
/** "them" is the client only as the one a duty is on: "is that on them?", not "Amazon providing them". */
const CLIENT_OBJECT_LEADS = new Set(["on", "for", "to", "with"]);

/** The words that name AWS as "the provider": "the cloud provider", "the hyperscaler", "the CSP". */
const PROVIDER_NOUNS = new Set(["provider", "hyperscaler", "csp"]);

/** `tokens` with every party named in another way rewritten (see the module comment). */
export function nameParties(tokens: readonly Token[]): readonly Token[] {
  const named: Token[] = [];
  const clientNamed = tokens.some((_, position) => isClient(tokens, position));
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position] as Token;
    const provider = providerLength(tokens, position);
    if (provider > 0) {
      named.push(renamed(token, "aws"));
      position += provider - 1;
      continue;
    }
    const group = groupLength(tokens, position) || clientLength(tokens, position);
    if (group > 0) {
      named.push(renamed(token, "our"));
      const next = tokens[position + group];
      if (!GROUP_DUTY_NOUNS.has(next?.raw ?? "")) named.push(renamed(token, "team"));
      position += group - 1;
      continue;
    }
    const pronoun = clientNamed ? clientPronoun(tokens, position) : undefined;
    named.push(pronoun ? renamed(token, pronoun) : token);
  }
  return named;
}

/** What a third-person pronoun at `position` says in the first person once a client is named, if anything. */
function clientPronoun(tokens: readonly Token[], position: number): string | undefined {
  const word = tokens[position]?.raw ?? "";
  if (word === "them") return CLIENT_OBJECT_LEADS.has(tokens[position - 1]?.raw ?? "") ? "us" : undefined;
  return CLIENT_PRONOUNS[word];
}

/**
 * Positions of the words that only describe a group of people ("network" in "the network team", "DBA" in "the DBA
 * squad"): they say who, not what, so topic matching leaves them out.
 */
export function findGroupWords(tokens: readonly Token[]): Set<number> {
  const words = new Set<number>();
  for (let position = 0; position < tokens.length; position++) {
    const length = groupLength(tokens, position);
    for (let word = position; word < position + length - 1; word++) {
      if (!(tokens[word] as Token).stop) words.add(word);
    }
    position += Math.max(length - 1, 0);
  }
  return words;
}

function renamed(token: Token, raw: string): Token {
  return { ...token, raw };
}

/** How many words from `start` name a group of the customer's ("the app dev team", "secops team"), or 0. */
function groupLength(tokens: readonly Token[], start: number): number {
  const determiner = tokens[start]?.raw ?? "";
  const hasDeterminer = determiner === "the" || OWN_DETERMINERS.has(determiner);
  if (hasDeterminer && AWS_GROUP_WORDS.has(tokens[start - 1]?.raw ?? "")) return 0;
  const first = hasDeterminer ? start + 1 : start;
  let noun = -1;
  const clause = tokens[start]?.clause;
  for (let end = first; end < tokens.length && end <= first + MAX_GROUP_WORDS; end++) {
    if ((tokens[end] as Token).clause !== clause) break;
    const word = (tokens[end] as Token).raw;
    if (GROUP_NOUNS.has(word) || ROLE_NOUNS.has(word)) noun = end;
    // A describing word is any word that carries meaning: "platform", "cloud ops", "Dave".
    else if ((tokens[end] as Token).stop || noun >= 0) break;
  }
  if (noun < 0) return 0;
  const modifiers = tokens.slice(first, noun).map((token) => token.raw);
  // "... on our node ASGs secops's thing": a role before a duty noun is its owner wherever it stands.
  if (!hasDeterminer && !startsGroup(tokens, start) && (modifiers.length > 0 || !ownsDuty(tokens, noun)))
    return 0;
  const next = tokens[noun + 1]?.raw ?? "";
  return acceptsGroup((tokens[noun] as Token).raw, modifiers, hasDeterminer ? determiner : "", next)
    ? noun - start + 1
    : 0;
}

/** Whether a group noun with these words before it is a group of the customer's. */
function acceptsGroup(noun: string, modifiers: readonly string[], determiner: string, next: string): boolean {
  if (modifiers.some((word) => AWS_GROUP_WORDS.has(word) || MANY_GROUPS.has(word))) return false;
  if (GROUP_AS_MODIFIER.has(next)) return false;
  const own = OWN_DETERMINERS.has(determiner);
  if (!own && modifiers.some((word) => SERVICE_GROUP_WORDS.has(word))) return false;
  // "the app devs", "secops"; but "IMDS secops" is a topic and then its owner.
  if (ROLE_NOUNS.has(noun)) return determiner !== "" || modifiers.length === 0;
  // "the ops folks", "our engineers"; "heard people say" names nobody.
  if (LOOSE_GROUP_NOUNS.has(noun)) return own || (determiner === "the" && modifiers.length > 0);
  return own || determiner === "the" || modifiers.length > 0;
}

function ownsDuty(tokens: readonly Token[], noun: number): boolean {
  return GROUP_DUTY_NOUNS.has(tokens[noun + 1]?.raw ?? "");
}

/** A group without a determiner starts a clause or follows a word that cannot describe it: "does secops ...". */
function startsGroup(tokens: readonly Token[], start: number): boolean {
  const previous = tokens[start - 1];
  return previous === undefined || previous.stop || previous.clause !== tokens[start]?.clause;
}

/** Whether a client of the writer's is named at `position` (the client noun itself). */
function isClient(tokens: readonly Token[], position: number): boolean {
  const word = tokens[position]?.raw ?? "";
  if (!CLIENT_NOUNS.has(word)) return false;
  if (CLIENT_THINGS.has(tokens[position + 1]?.raw ?? "")) return false;
  return !CLIENT_OWNERS.has(tokens[position - 1]?.raw ?? "");
}

/** How many words from `start` name the client: "client", or with its determiner "the end customer", or 0. */
function clientLength(tokens: readonly Token[], start: number): number {
  let noun = start;
  if (CLIENT_DETERMINERS.has(tokens[noun]?.raw ?? "")) noun++;
  if (tokens[noun]?.raw === "end") noun++;
  return isClient(tokens, noun) ? noun - start + 1 : 0;
}

/** How many words from `start` name AWS as the provider: "the cloud provider", "the hyperscaler", or 0. */
function providerLength(tokens: readonly Token[], start: number): number {
  if (tokens[start]?.raw !== "the") return 0;
  const cloud = tokens[start + 1]?.raw === "cloud" ? 1 : 0;
  const noun = tokens[start + 1 + cloud]?.raw ?? "";
  if (PROVIDER_NOUNS.has(noun) || (cloud === 1 && noun === "vendor")) return 2 + cloud;
  return 0;
}

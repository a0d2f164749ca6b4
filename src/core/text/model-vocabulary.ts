/**
 * AWS's own words for the shared responsibility model, said in the plain words the rest of the engine reads:
 * "inherited controls" and "security of the cloud" are AWS's job, "customer-specific controls" and "security in the
 * cloud" ours, "shared controls" shared; "below the line" is on AWS and "above the line" on us. Compliance people
 * ask in these words ("is IMDS lockdown an inherited control on Auto Mode?"), and without them "controls" reads as
 * the control plane and "line" as nothing at all.
 */

/** Each rewrite runs on lowercased text, before punctuation is read ("customer-specific" still has its hyphen). */
const MODEL_REWRITES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:an? )?inherited (?:security )?controls?\b/g, "aws s job"],
  [/\b(?:an? )?customer[- ]specific(?: (?:security )?controls?)?\b/g, "our job"],
  [/\b(?:an? )?shared (?:security )?controls?\b/g, "shared"],
  [/\bsecurity ["'‘’“”*_]?of["'‘’“”*_]? the cloud\b/g, "aws s job"],
  [/\bsecurity ["'‘’“”*_]?in["'‘’“”*_]? the cloud\b/g, "our job"],
  // "something we inherit from AWS" is something AWS provides; "what does my team inherit" stays a list cue.
  [/\b(?:we |you )?inherit(?:s|ed)? from (aws|amazon)\b/g, "provided by $1"],
  // "it's all inherited?": the adjective closing a clause.
  [/\binherited(?=\s*(?:[?.!,;:()]|$))/g, "aws s job"],
  [/\bbelow the line\b/g, "on aws"],
  [/\babove the line\b/g, "on us"],
];

/** `text` with the shared responsibility model's own vocabulary in plain ownership words. */
export function plainModelWords(text: string): string {
  if (!MODEL_CUE.test(text)) return text;
  let plain = text;
  for (const [pattern, replacement] of MODEL_REWRITES) plain = plain.replace(pattern, replacement);
  return plain;
}

/** One cheap test first: most questions use none of these words. */
const MODEL_CUE = /inherit|control|the cloud|the line|customer[- ]specific/;

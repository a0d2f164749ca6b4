/**
 * Porter stems (the `stemmer` package), applied the same way to knowledge aliases and to questions, so
 * "patches"/"patching"/"patched" meet at "patch" and "availability"/"available" at "avail". Words with digits
 * ("ec2", "k8s", "5.4.1") are ids, not English, and stay as they are. Porter gives "container" and "containment"
 * one stem ("contain"); here containers keep their own, so "who runs containment?" is not about containers.
 */
import { stemmer } from "stemmer";

const cache = new Map<string, string>();
const CACHE_LIMIT = 8192;
const CONTAINER_FORMS = /^container(?:s|i[sz]ed|i[sz]ation|i[sz]ing)?$/;

export function stemWord(word: string): string {
  if (word.length <= 2 || /\d/.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = CONTAINER_FORMS.test(word) ? "container" : stemmer(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

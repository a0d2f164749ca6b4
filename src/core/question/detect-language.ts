/**
 * Tells English from other languages well enough to refuse politely: text mostly in a non-Latin script, or with
 * more function words of another language than of English, is not English. The knowledge is English only for
 * now (design.md section 3), so such questions get a not-found that says so instead of a guess.
 */
import type { Token } from "../text/tokenise.js";

/** Function words frequent in Spanish, French, German, Portuguese, Italian and Dutch but not English words. */
const FOREIGN = new Set(
  `quien quién qué que quién cuál cual es el la los las del por para con una uno sobre cómo como dónde donde
nuestro nuestra nosotros responsable parchea parchear gestiona seguridad nodos qui est les des pour avec une sur
nous notre qui est-ce quoi doit gère responsabilité sécurité noeuds nœuds wer ist der die das und für mit ein eine
wir unser unsere wie welche wofür zuständig verantwortlich sicherheit knoten patcht verwaltet auf den dem quem é
uma nós nosso nossa responsável segurança chi è il gli della delle noi nostro nostra sicurezza gestisce gestire gestito su sul sulla nei nelle chi cosa quale quali wie wat
het een voor wij onze verantwoordelijk beveiliging beheert qual são também não sim nicht keine und oder aber`.split(
    /\s+/,
  ),
);

/** English function words that rarely appear in the languages above. */
const ENGLISH = new Set(
  `the who what which is are do does we our us i my you your of for on in to and or with how should can it this that
be there their need have has patch patches own owns responsible handle manage`.split(/\s+/),
);

export function isProbablyNotEnglish(
  tokens: readonly Token[],
  latinLetters: number,
  nonLatinLetters: number,
): boolean {
  if (nonLatinLetters > 0 && nonLatinLetters >= latinLetters / 2) return true;
  let foreign = 0;
  let english = 0;
  for (const token of tokens) {
    if (FOREIGN.has(token.raw)) foreign++;
    if (ENGLISH.has(token.raw)) english++;
  }
  // Two foreign function words outweighing the English ones, or any foreign one with no English one at all.
  return (foreign >= 2 && foreign > english) || (foreign >= 1 && english === 0 && tokens.length >= 3);
}

/**
 * The spelling corrector on a small vocabulary: typos become the word they miss, and other forms of a known word
 * are left for stemming, so a command like "delete the node group" keeps its verb.
 */
import { describe, expect, it } from "vitest";
import { createSpellingCorrector } from "../../src/core/match/spelling-corrector.js";

const corrector = createSpellingCorrector(
  ["restarts", "deleted", "encryption", "kubelet", "packing", "responsible", "dependency", "pick"],
  ["fargate"],
);

describe("spelling corrector", () => {
  it.each([
    ["encrpytion", "encryption"],
    ["farget", "fargate"],
  ])("corrects the typo %j to %j", (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it.each(["restart", "delete", "kubelets"])("leaves %j, another form of a known word, alone", (word) => {
    expect(corrector.correct(word)).toBeUndefined();
  });

  it.each([
    ["responsable", "responsible"],
    ["dependancy", "dependency"],
  ])("corrects %j, a vowel misspelt that keeps the stem, to %j", (typo, word) => {
    expect(corrector.correct(typo)).toBe(word);
  });

  it("leaves a short word one vowel from a known one alone", () => {
    expect(corrector.correct("pack")).toBeUndefined();
  });

  it.each([
    ["unencrypted", "encrypted"],
    ["unpacking", "packing"],
  ])("finds the known word %j negates", (word, base) => {
    expect(corrector.unnegated(word)).toBe(base);
  });

  it.each(["under", "unknown", "until", "kubelet"])("finds no negated word in %j", (word) => {
    expect(corrector.unnegated(word)).toBeUndefined();
  });
});

import type { Token } from "../1-text/tokens.js";
import { longestMatch } from "../2-mentions/match.js";
import type { Model, TriggerData } from "../model.js";

/** A trigger word or phrase in a sentence (sentence-local token indexes, `last` exclusive). */
export interface TriggerMatch {
  readonly first: number;
  readonly last: number;
  readonly trigger: TriggerData;
}

const AUXILIARY = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get"]);
// Forms that are nouns or participles used as nouns in these reports: "the attack", "a strike".
const DETERMINERS = new Set(["a", "an", "the", "this", "that", "its", "their", "his", "her", "new", "fresh", "renewed", "further"]);

/** Pass 3a: the trigger phrases of a sentence, longest first, left to right. */
export function findTriggers(tokens: readonly Token[], model: Model): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = tokens[i]!.word ? longestMatch(tokens, i, model.triggerPhrases) : null;
    if (!phrase) {
      i++;
      continue;
    }
    out.push({ first: i, last: i + phrase.keys.length, trigger: phrase.value });
    i += phrase.keys.length;
  }
  return out;
}

/** Whether the trigger is a passive participle ("was attacked", "were repelled by"). */
export function isPassive(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const key = tokens[k]!.key;
    if (AUXILIARY.has(key)) return /ed$|en$|wn$|ck$|ot$|ught$/.test(tokens[at]!.key) || tokens[at]!.key === "hit";
    if (!/ly$/.test(key) && key !== "reportedly" && key !== "also" && key !== "not") return false;
  }
  return false;
}

/** Whether the trigger word is used as a noun here ("the attack", "a strike on"). */
export function isNounUse(tokens: readonly Token[], at: number, trigger: TriggerData): boolean {
  if (trigger.noun) return true;
  const previous = tokens[at - 1]?.key;
  return previous !== undefined && DETERMINERS.has(previous);
}

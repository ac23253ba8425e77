import type { Token } from "../1-text/tokens.js";
import type { ActorMention } from "../2-mentions/actors.js";
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
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
  "new",
  "fresh",
  "renewed",
  "further",
  "another",
  "second",
  "third",
  "latest",
]);

// Month names that are also trigger words ("12 March", "May 8").
const MONTHS = /^(?:March|MARCH|May|MAY)$/;

/**
 * Pass 3a: the trigger phrases of a sentence, longest first, left to right. A word inside a name
 * ("Government of National Accord", "Popular Mobilization Forces") is not a trigger; a head after a
 * name is ("Russian strikes").
 */
export function findTriggers(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  model: Model,
): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase =
      tokens[i]!.word && !MONTHS.test(tokens[i]!.raw) ? longestMatch(tokens, i, model.triggerPhrases) : null;
    if (!phrase) {
      i++;
      continue;
    }
    const last = i + phrase.keys.length;
    const insideName = mentions.some(
      (m) =>
        m.first <= i &&
        last <= m.last &&
        !(m.head !== null && last === m.last) &&
        m.entries.some((e) => e.kind !== "generic"),
    );
    if (!insideName) out.push({ first: i, last, trigger: phrase.value });
    i = last;
  }
  return out;
}

/** Whether the trigger is a passive participle ("was attacked", "were repelled by"). */
export function isPassive(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const key = tokens[k]!.key;
    if (AUXILIARY.has(key))
      return /ed$|en$|wn$|ck$|ot$|ught$/.test(tokens[at]!.key) || tokens[at]!.key === "hit";
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

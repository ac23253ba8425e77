import { mapPacked } from "../arrays.js";
import type { Token } from "../1-text/tokens.js";
import { tokenize } from "../1-text/tokens.js";
import type { ModalityData, Phrase, PhraseIndex } from "../model.js";
import { longestMatch } from "./match.js";

/** The class of a modality cue. */
export type CueKind = "negation" | "denial" | "hypothetical" | "planned" | "hedge" | "speech";

/** A cue word in a sentence (sentence-local token indexes, `last` exclusive). */
export interface Cue {
  readonly first: number;
  readonly last: number;
  readonly kind: CueKind;
  readonly text: string;
}

/** Compiles the modality cue lists (once per model). */
export function cueIndex(data: ModalityData): PhraseIndex<CueKind> {
  const map = new Map<string, Phrase<CueKind>[]>();
  const add = (words: readonly string[], kind: CueKind): void => {
    for (const w of words) {
      const keys = mapPacked(tokenize(w.toLowerCase()), (t) => t.key);
      if (keys.length === 0) continue;
      const list = map.get(keys[0]!) ?? [];
      if (!list.some((p) => p.keys.join(" ") === keys.join(" ")))
        list.push({ keys, exact: null, value: kind });
      map.set(keys[0]!, list);
    }
  };
  add(data.denial, "denial");
  add(data.hypothetical, "hypothetical");
  add(data.planned, "planned");
  add(data.speech, "speech");
  add(data.hedges, "hedge");
  add(data.negation, "negation");
  for (const list of map.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return map;
}

/** Pass 2d: modality and attribution cues of one sentence. */
export function findCues(tokens: readonly Token[], index: PhraseIndex<CueKind>): Cue[] {
  const out: Cue[] = [];
  let i = 0;
  while (i < tokens.length) {
    const p = longestMatch(tokens, i, index);
    const rejected = p ? 0 : rejectedWord(tokens, i);
    if (rejected) {
      out.push({ first: i, last: rejected, kind: "denial", text: tokens[i]!.key });
      i = rejected;
      continue;
    }
    // "May 8" is a date, not a modal; "officers posted in the town" are stationed there, not speaking.
    if (
      !p ||
      (tokens[i]!.raw === "May" && /^\d/.test(tokens[i + 1]?.raw ?? tokens[i - 1]?.raw ?? "")) ||
      (tokens[i]!.key === "posted" && STATIONED_AT.test(tokens[i + 1]?.key ?? "")) ||
      mightAsNoun(tokens, i)
    ) {
      i++;
      continue;
    }
    out.push({ first: i, last: i + p.keys.length, kind: p.value, text: p.keys.join(" ") });
    i += p.keys.length;
  }
  return out;
}

/** "the full might of the law", "its military might": the noun, not the modal. */
export function mightAsNoun(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.key === "might" &&
    /^(?:full|the|military|its|their|his|her|our|all|economic|naval|whole|combined|with)$/.test(
      tokens[at - 1]?.key ?? "",
    )
  );
}

const STATIONED_AT = /^(?:in|at|near|along|outside|inside|around|across|to|there)$/;
const REJECTING = /^(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)$/;
const WORD_OF_OTHERS = /^(?:accusations?|allegations?|claims?|reports?|charges?)$/;

/**
 * "rejected the RSF's accusations", "dismissed Kinshasa's claims": a rejection of others' word about the
 * subject's acts is a denial of them, whoever is named as saying it (the cue lists hold the bare phrases).
 * The end of the denial (after its noun), or 0.
 */
function rejectedWord(tokens: readonly Token[], at: number): number {
  if (!REJECTING.test(tokens[at]!.key)) return 0;
  for (let k = at + 1; k <= at + 6 && k < tokens.length; k++) {
    const key = tokens[k]!.key;
    if (WORD_OF_OTHERS.test(key)) return k + 1;
    if (key === "that" || key === "," || key === "and") return 0;
  }
  return 0;
}

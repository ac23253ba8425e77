import type { Sentence } from "../1-text/sentences.js";
import type { Token } from "../1-text/tokens.js";
import type { ActorMention } from "../2-mentions/actors.js";
import type { Cue } from "../2-mentions/cues.js";
import type { PlaceMention } from "../geo/index.js";
import type { ResolvedActor } from "./references.js";
import type { TriggerMatch } from "./triggers.js";

/** Everything the passes found in one sentence. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  actors: ResolvedActor[];
  readonly triggers: readonly TriggerMatch[];
  readonly cues: readonly Cue[];
  readonly places: readonly PlaceMention[];
  /** Token index of each place mention's first token. */
  readonly placeTokens: readonly number[];
}

/** Token index at or after a clean-text offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where a verb's words begin, past the adverbs before it: "and in turn accused", "and then urged". */
export function pastAdverbs(tokens: readonly Token[], at: number): number {
  let k = at;
  for (let n = 0; n < 3; n++) {
    const key = tokens[k - 1]?.key ?? "";
    if (key === "turn" && tokens[k - 2]?.key === "in") k -= 2;
    else if (
      /^(?:also|then|later|subsequently|again|further|instead|even|yet|swiftly|quickly|promptly)$/.test(key)
    )
      k--;
    else break;
  }
  return /^(?:and|but)$/.test(tokens[k - 1]?.key ?? "") ? k : at;
}

/** Past a short name in brackets at `at` ("(BNP)", "(AFC/M23)"): the index after ")", else `at`. */
export function pastShortBrackets(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.key !== "(") return at;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) if (tokens[k]!.key === ")") return k + 1;
  return at;
}

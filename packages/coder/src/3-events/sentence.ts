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

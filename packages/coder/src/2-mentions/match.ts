import type { Token } from "../1-text/tokens.js";
import type { Phrase, PhraseIndex } from "../model.js";

/** The phrases of one first key that can match given the second token's key (order kept). */
interface BySecond<T> {
  /** When the second key starts no phrase of the list: its one-word phrases. */
  readonly singles: readonly Phrase<T>[];
  readonly lists: ReadonlyMap<string, readonly Phrase<T>[]>;
}

// Lists this long ("the", "military", "a") are narrowed by their second word before checking.
const NARROW_FROM = 8;
const narrowed = new WeakMap<readonly Phrase<unknown>[], BySecond<unknown>>();

function bySecond<T>(candidates: readonly Phrase<T>[]): BySecond<T> {
  let split = narrowed.get(candidates) as BySecond<T> | undefined;
  if (!split) {
    const lists = new Map<string, readonly Phrase<T>[]>();
    for (const p of candidates) {
      const second = p.keys[1];
      if (second !== undefined && !lists.has(second))
        lists.set(
          second,
          candidates.filter((q) => q.keys.length < 2 || q.keys[1] === second),
        );
    }
    split = { singles: candidates.filter((q) => q.keys.length < 2), lists };
    narrowed.set(candidates, split);
  }
  return split;
}

/** The longest phrase of the index that starts at token `at`, or null. */
export function longestMatch<T>(
  tokens: readonly Token[],
  at: number,
  index: PhraseIndex<T>,
): Phrase<T> | null {
  const first = tokens[at];
  if (!first) return null;
  let candidates = index.get(first.key);
  if (!candidates) return null;
  // A phrase of two words or more needs the next token's key as its second: skip the others unread.
  if (candidates.length >= NARROW_FROM) {
    const split = bySecond(candidates);
    const second = tokens[at + 1]?.key;
    candidates = (second !== undefined ? split.lists.get(second) : undefined) ?? split.singles;
  }
  for (const p of candidates) {
    if (at + p.keys.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.keys.length && ok; k++) {
      const t = tokens[at + k]!;
      ok = t.key === p.keys[k] && (p.exact === null || t.raw === p.exact[k]);
    }
    if (ok) return p;
  }
  return null;
}

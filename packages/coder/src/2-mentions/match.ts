import type { Token } from "../1-text/tokens.js";
import type { Phrase, PhraseIndex } from "../model.js";

/** The longest phrase of the index that starts at token `at`, or null. */
export function longestMatch<T>(
  tokens: readonly Token[],
  at: number,
  index: PhraseIndex<T>,
): Phrase<T> | null {
  const first = tokens[at];
  if (!first) return null;
  const candidates = index.get(first.key);
  if (!candidates) return null;
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

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

/**
 * A bit for each (length, first character, last character) of the keys that start a phrase of an
 * index: a token whose bit is clear starts none, and the index is not searched (a search hashes the
 * token's key and reads a table far larger than these bits). Made on first use of an index.
 */
const startBits = new WeakMap<PhraseIndex<unknown>, Uint8Array>();
const START_BITS = 1 << 15;
/** The two indexes asked last and their bits (a pass asks one or two indexes token after token). */
let lastIndex: PhraseIndex<unknown> | null = null;
let lastBits: Uint8Array = new Uint8Array(START_BITS >> 3);
let otherIndex: PhraseIndex<unknown> | null = null;
let otherBits: Uint8Array = lastBits;

/** The bit of a key (not empty): its length and first, second and last characters, mixed. */
function startBit(key: string): number {
  const n = key.length;
  let h =
    Math.imul(n, 0x9e3779b1) ^
    Math.imul(key.charCodeAt(0), 0x85ebca6b) ^
    Math.imul(n > 1 ? key.charCodeAt(1) : 0, 0x27d4eb2f) ^
    Math.imul(key.charCodeAt(n - 1), 0xc2b2ae35);
  h ^= h >>> 15;
  return h & (START_BITS - 1);
}

function bitsOf(index: PhraseIndex<unknown>): Uint8Array {
  if (index === lastIndex) return lastBits;
  if (index === otherIndex) {
    otherIndex = lastIndex;
    const bits = otherBits;
    otherBits = lastBits;
    lastIndex = index;
    lastBits = bits;
    return bits;
  }
  let bits = startBits.get(index);
  if (bits === undefined) {
    bits = new Uint8Array(START_BITS >> 3);
    for (const key of index.keys()) {
      const bit = startBit(key);
      bits[bit >> 3]! |= 1 << (bit & 7);
    }
    startBits.set(index, bits);
  }
  otherIndex = lastIndex;
  otherBits = lastBits;
  lastIndex = index;
  lastBits = bits;
  return bits;
}

/** The phrases of the index whose first key is `key`, longest first, or undefined. */
export function phrasesStartingWith<T>(index: PhraseIndex<T>, key: string): readonly Phrase<T>[] | undefined {
  if (key.length === 0) return index.get(key);
  const bit = startBit(key);
  return (bitsOf(index)[bit >> 3]! & (1 << (bit & 7))) === 0 ? undefined : index.get(key);
}

/** The longest phrase of the index that starts at token `at`, or null. */
export function longestMatch<T>(
  tokens: readonly Token[],
  at: number,
  index: PhraseIndex<T>,
): Phrase<T> | null {
  const first = tokens[at];
  if (!first) return null;
  let candidates = phrasesStartingWith(index, first.key);
  if (!candidates) return null;
  // A phrase of two words or more needs the next token's key as its second: skip the others unread.
  if (candidates.length >= NARROW_FROM) {
    const split = bySecond(candidates);
    const second = tokens[at + 1]?.key;
    candidates = (second !== undefined ? split.lists.get(second) : undefined) ?? split.singles;
  }
  for (const p of candidates) {
    const keys = p.keys;
    if (at + keys.length > tokens.length) continue;
    // The index holds each phrase under its first key, the token's: only the case is left to compare there.
    let ok = p.exact === null || first.raw === p.exact[0];
    for (let k = 1; k < keys.length && ok; k++) {
      const t = tokens[at + k]!;
      ok = t.key === keys[k] && (p.exact === null || t.raw === p.exact[k]);
    }
    if (ok) return p;
  }
  return null;
}

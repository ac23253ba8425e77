import { perReport } from "../arrays.js";

/** A token of a sentence: offsets into the clean text, the word as written and a matching key. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Lower case without diacritics: the key dictionaries are matched on. */
  readonly key: string;
  /** Whether the token is a word (not punctuation). */
  readonly word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:\.(?=\p{L}\.)[\p{L}])*|[^\s\p{L}\p{N}]/gu;

// The string methods the scans below call at every character or word, called as functions: the
// sentences are strings of several kinds (flat or slices of the report, one or two bytes a character),
// and a call site that meets more than four kinds looks the method up in a global table every time
// ("megamorphic"), several times the cost of the character it reads.
/* eslint-disable @typescript-eslint/unbound-method -- called with .call on a string, never unbound */
const charCodeAt = String.prototype.charCodeAt;
const slice = String.prototype.slice;
const toLowerCase = String.prototype.toLowerCase;
/* eslint-enable @typescript-eslint/unbound-method */
const ASCII = /^[\x20-\x7e]*$/;

/** Quotation marks, straight and curly, and guillemets: tokens of their own. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);
/** The double ones, which open and close a speaker's own words (a single one may be an apostrophe). */
export const DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "«", "»"]);

/**
 * Whether the token at k is a hyphen inside a word ("state-sanctioned", "IRIS-T"): no space on either side,
 * a word before it (a dateline's spaced dash, "BOGOTA - Defence Minister", is none).
 */
export function wordHyphen(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    hyphen?.raw === "-" &&
    before !== undefined &&
    before.word &&
    before.end === hyphen.start &&
    after !== undefined &&
    after.start === hyphen.end
  );
}

/** Whether a token is a stop that ends a clause or a sentence (". ; : ! ?"). */
export function isStop(token: Token): boolean {
  return !token.word && /^[.;:!?]$/.test(token.raw);
}

/** Lower case without diacritics, as dictionary keys are written. */
export function keyOf(word: string): string {
  // Printable ASCII (most words): lower case is the key, and a word already in lower case is its own.
  let upper = false;
  const length = word.length;
  for (let i = 0; i < length; i++) {
    const c = charCodeAt.call(word, i);
    if (c < 0x20 || c > 0x7e) return unicodeKey(word);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? toLowerCase.call(word) : word;
}

function unicodeKey(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
}

/** Whether a token is a word: TOKEN's first branch starts with a letter or digit, its second is one other character. */
function startsWord(raw: string): boolean {
  const c = charCodeAt.call(raw, 0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /[\p{L}\p{N}]/u.test(raw);
}

/** Where TOKEN's scan must be left to the regular expression: a character outside ASCII that may matter. */
const UNSURE = -1;
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
/** ASCII white space as \s reads it, and the no-break space. */
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0;
/** Characters outside ASCII that are neither letters, marks, digits nor white space: tokens of their own. */
const isPlainPunctuation = (c: number): boolean =>
  c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014;

/**
 * TOKEN's next match at or after `from`, read a character at a time over plain text: its start, with
 * its end in `found.end`; the text's length when there is none; UNSURE when a character outside
 * ASCII that may be a letter, a mark, a digit or a space comes first. The same alternatives: a word
 * (letters and digits, with dotted single letters after it: "U.S"), else one character that is neither.
 */
function asciiToken(text: string, length: number, from: number, found: { end: number }): number {
  let at = from;
  let c = charCodeAt.call(text, at);
  while (isSpace(c)) c = charCodeAt.call(text, ++at);
  if (at >= length) return length;
  if (isAsciiAlnum(c)) {
    const start = at;
    for (;;) {
      c = charCodeAt.call(text, ++at);
      if (isAsciiAlnum(c)) continue;
      if (c >= 0x80 && !isPlainPunctuation(c) && c !== 0xa0) return UNSURE;
      break;
    }
    // ".S" in "U.S.": a period, a letter and a period after it.
    while (c === 0x2e) {
      const letter = charCodeAt.call(text, at + 1);
      if (letter >= 0x80) return UNSURE;
      if (!isAsciiLetter(letter) || charCodeAt.call(text, at + 2) !== 0x2e) break;
      at += 2;
      c = charCodeAt.call(text, at);
    }
    found.end = at;
    return start;
  }
  if (c < 0x80 || isPlainPunctuation(c)) {
    found.end = at + 1;
    return at;
  }
  return UNSURE;
}

/** A token made with `new`, not an object literal: V8 never moves these to the old generation on a count of survivors (see `perReport`). */
class TextToken implements Token {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly raw: string;
  declare readonly key: string;
  declare readonly word: boolean;
  // Assigned, not defined as class fields: each field keeps the representation of its first value.
  constructor(start: number, end: number, raw: string, key: string, word: boolean) {
    this.start = start;
    this.end = end;
    this.raw = raw;
    this.key = key;
    this.word = word;
  }
}

/** Pass 1d: splits a sentence into tokens; hyphens and apostrophes are tokens of their own. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens = perReport<Token>();
  // Plain text is read a character at a time; from a character outside ASCII that may matter, the
  // regular expression finds the next token.
  const found = { end: 0 };
  const length = text.length;
  let from = 0;
  for (;;) {
    let at = asciiToken(text, length, from, found);
    if (at === length) break;
    let end = found.end;
    if (at === UNSURE) {
      TOKEN.lastIndex = from;
      const match = TOKEN.exec(text);
      if (match === null) break;
      at = match.index;
      end = at + match[0].length;
    }
    from = end;
    const raw = slice.call(text, at, end);
    const start = offset + at;
    tokens.push(new TextToken(start, start + end - at, raw, keyOf(raw), startsWord(raw)));
  }
  return tokens;
}

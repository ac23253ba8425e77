import { normalizeName } from "@sitrep/gazetteer";
import { perReport } from "../arrays.js";

/** A word of the text, with offsets into the original string. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly raw: string;
  /** Lower case, no diacritics or ‘ayn/hamza marks. */
  readonly norm: string;
  /** Starts with a capital letter (or an ‘ayn mark before one). */
  readonly cap: boolean;
  /** Every letter is a capital (a heading or an acronym). */
  readonly allCaps: boolean;
  /** First word of a sentence (or of a line). */
  readonly sentenceStart: boolean;
  /** The characters between the previous token and this one. */
  readonly gap: string;
}

// A dotted abbreviation ("U.S."), or a word with inner ‘ayn/hamza marks ("Ma'arrat") but not a possessive ("Russia's").
const WORD =
  /(?:\p{Lu}\p{Ll}?\.){2,}|[‘ʿʾ'`]?[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:['’‘ʿʾ`](?![sS]\b)[\p{L}\p{M}]+)*\.?/gu;
const NOT_ASCII = -1;
const HAS_UPPER = 1;
const HAS_LOWER = 2;
const FIRST_UPPER = 4;

/**
 * The case of a word of ASCII letters and digits (most words) as flags, or NOT_ASCII: what the
 * general path learns from three case conversions, in one pass over the characters.
 */
function asciiCase(raw: string): number {
  let flags = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) flags |= i === 0 ? HAS_UPPER | FIRST_UPPER : HAS_UPPER;
    else if (c >= 0x61 && c <= 0x7a) flags |= HAS_LOWER;
    else if (c < 0x30 || c > 0x39) return NOT_ASCII;
  }
  return raw.length > 0 ? flags : NOT_ASCII;
}
const ABBREVIATIONS = new Set([
  "st",
  "mt",
  "ft",
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
  "prof",
  "jr",
  "sr",
  "no",
  "vs",
  "u.s",
  "u.k",
]);

/** Where WORD's scan must be left to the regular expression: a character outside ASCII that may matter. */
const UNSURE = -1;

/**
 * Characters outside ASCII that are neither letters, marks nor digits, and not in WORD's leading
 * apostrophes: punctuation WORD skips or stops at, like ASCII punctuation. Any other one leaves the
 * decision to the regular expression.
 */
const isPlainPunctuation = (c: number): boolean =>
  c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xa0;
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);

/**
 * Where WORD's next match starts, at or after `from`, read a character at a time over plain text:
 * the text's length when there is none, UNSURE when a character outside ASCII comes first that may
 * start one (a letter, a digit, a ‘ before one).
 */
function asciiWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) return i;
    if (c === 0x27 || c === 0x60 || c === 0x2018) {
      // A leading apostrophe belongs to the word it stands before ("'Ali").
      const next = text.charCodeAt(i + 1);
      if (isAsciiAlnum(next)) return i;
      if (next >= 0x80 && !isPlainPunctuation(next)) return UNSURE;
    } else if (c >= 0x80 && !isPlainPunctuation(c)) return UNSURE;
  }
  return text.length;
}

/**
 * The end of WORD's match starting at `start` (as asciiWordStart found it), read a character at a time,
 * or UNSURE when a character outside ASCII could change it. The same alternatives in the same order:
 * a dotted abbreviation of two capitals or more ("U.S."), else a word with inner apostrophes that are
 * no possessive ("Ma'arrat", not "Russia's"), and a period after it.
 */
function asciiWordEnd(text: string, start: number): number {
  let c = text.charCodeAt(start);
  if (c >= 0x41 && c <= 0x5a) {
    let at = start;
    let parts = 0;
    for (;;) {
      const upper = text.charCodeAt(at);
      if (!(upper >= 0x41 && upper <= 0x5a)) {
        if (upper >= 0x80) return UNSURE;
        break;
      }
      const next = text.charCodeAt(at + 1);
      if (next >= 0x80) return UNSURE;
      if (next === 0x2e) at += 2;
      else if (next >= 0x61 && next <= 0x7a && text.charCodeAt(at + 2) === 0x2e) at += 3;
      else break;
      parts++;
    }
    if (parts >= 2) return at;
  }
  let at = start;
  if (c === 0x27 || c === 0x60 || c === 0x2018) at++;
  at++;
  for (;;) {
    c = text.charCodeAt(at);
    if (isAsciiAlnum(c)) at++;
    else if (c >= 0x80 && !isPlainPunctuation(c)) return UNSURE;
    else break;
  }
  // Inner apostrophes, each with letters after it, but not a possessive "'s".
  for (;;) {
    c = text.charCodeAt(at);
    if (c !== 0x27 && c !== 0x60 && c !== 0x2019) break;
    const next = text.charCodeAt(at + 1);
    if (next >= 0x80) return UNSURE;
    if (next === 0x73 || next === 0x53) {
      const after = text.charCodeAt(at + 2);
      if (after >= 0x80) return UNSURE;
      // \b after the "s": the end of the text or a character that is not an ASCII word character.
      if (!(isAsciiAlnum(after) || after === 0x5f)) break;
    }
    if (!isAsciiLetter(next)) break;
    at += 2;
    for (;;) {
      c = text.charCodeAt(at);
      if (isAsciiLetter(c)) at++;
      else if (c >= 0x80 && !isPlainPunctuation(c)) return UNSURE;
      else break;
    }
  }
  return text.charCodeAt(at) === 0x2e ? at + 1 : at;
}

/** Does the space between two words end a sentence? A single space (most gaps) ends nothing. */
function endsSentence(gap: string): boolean {
  if (gap.length <= 1) {
    const c = gap.charCodeAt(0);
    // What the patterns below find in one character (nothing in none).
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x0d || c === 0x3a || c === 0x3b;
  }
  return /[.!?]\s|[\n\r]|[:;]\s*$/.test(gap) || /[.!?]["”’)]?\s*$/.test(gap);
}

/** A token made with `new`, not an object literal: V8 never moves these to the old generation on a count of survivors (see `perReport`). */
class GeoToken implements Token {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly raw: string;
  declare readonly norm: string;
  declare readonly cap: boolean;
  declare readonly allCaps: boolean;
  declare readonly sentenceStart: boolean;
  declare readonly gap: string;
  // Assigned, not defined as class fields: each field keeps the representation of its first value.
  constructor(
    start: number,
    end: number,
    raw: string,
    norm: string,
    cap: boolean,
    allCaps: boolean,
    sentenceStart: boolean,
    gap: string,
  ) {
    this.start = start;
    this.end = end;
    this.raw = raw;
    this.norm = norm;
    this.cap = cap;
    this.allCaps = allCaps;
    this.sentenceStart = sentenceStart;
    this.gap = gap;
  }
}

/** Splits a text into word tokens. Linear in the text's length; never throws. */
export function tokenize(text: string): Token[] {
  const tokens = perReport<Token>();
  let previousEnd = 0;
  let sentenceStart = true;
  // Plain text is read a character at a time; from a character outside ASCII that may matter, the
  // regular expression finds the next word.
  let from = 0;
  for (;;) {
    let start = asciiWordStart(text, from);
    if (start === text.length) break;
    let matchEnd = start === UNSURE ? UNSURE : asciiWordEnd(text, start);
    if (matchEnd === UNSURE) {
      WORD.lastIndex = from;
      const match = WORD.exec(text);
      if (match === null) break;
      start = match.index;
      matchEnd = start + match[0].length;
    }
    from = matchEnd;
    let raw = text.slice(start, matchEnd);
    // Most gaps are one space: that string, not a copy of it.
    const gap =
      start === previousEnd + 1 && text.charCodeAt(previousEnd) === 0x20
        ? " "
        : text.slice(previousEnd, start);
    if (endsSentence(gap)) sentenceStart = true;
    let trailingPeriod = false;
    if (raw.endsWith(".") && !/^(?:\p{Lu}\p{Ll}?\.){2,}$/u.test(raw)) {
      raw = raw.slice(0, -1);
      trailingPeriod = true;
    }
    const end = start + raw.length;
    const ascii = asciiCase(raw);
    let norm: string;
    let cap: boolean;
    let allCaps: boolean;
    if (ascii !== NOT_ASCII) {
      norm = ascii & HAS_UPPER ? raw.toLowerCase() : raw;
      cap = (ascii & FIRST_UPPER) !== 0;
      allCaps = raw.length > 1 && (ascii & (HAS_UPPER | HAS_LOWER)) === HAS_UPPER;
    } else {
      const plain = raw.replace(/^['‘ʿʾ`]/, "");
      const first = plain.charAt(0);
      norm = normalizeName(raw);
      cap = first !== first.toLowerCase();
      allCaps = plain.length > 1 && plain === plain.toUpperCase() && plain !== plain.toLowerCase();
    }
    tokens.push(new GeoToken(start, end, raw, norm, cap, allCaps, sentenceStart, gap));
    // A period after an abbreviation ("St. Louis", "Gen. Smith") does not end the sentence.
    previousEnd = trailingPeriod && ABBREVIATIONS.has(norm) ? end + 1 : end;
    sentenceStart = false;
  }
  return tokens;
}

/** Whether a gap is one white-space character (`/^\s$/`): a single space, the usual gap, without the expression. */
export function isOneSpace(gap: string): boolean {
  return gap === " " || (gap.length === 1 && /\s/.test(gap));
}

import { normalizeName } from "@sitrep/gazetteer";

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

/** Splits a text into word tokens. Linear in the text's length; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let sentenceStart = true;
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    // A single space (most gaps) ends nothing.
    if (gap !== " " && (/[.!?]\s|[\n\r]|[:;]\s*$/.test(gap) || /[.!?]["”’)]?\s*$/.test(gap)))
      sentenceStart = true;
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
    tokens.push({ start, end, raw, norm, cap, allCaps, sentenceStart, gap });
    // A period after an abbreviation ("St. Louis", "Gen. Smith") does not end the sentence.
    previousEnd = trailingPeriod && ABBREVIATIONS.has(norm) ? end + 1 : end;
    sentenceStart = false;
  }
  return tokens;
}

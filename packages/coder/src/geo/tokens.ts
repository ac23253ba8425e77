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
const ASCII_WORD = /^[A-Za-z0-9]+$/;
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
    const ascii = ASCII_WORD.test(raw);
    const plain = ascii ? raw : raw.replace(/^['‘ʿʾ`]/, "");
    const first = plain.charAt(0);
    const norm = ascii ? raw.toLowerCase() : normalizeName(raw);
    tokens.push({
      start,
      end,
      raw,
      norm,
      cap: first !== first.toLowerCase(),
      allCaps: plain.length > 1 && plain === plain.toUpperCase() && plain !== plain.toLowerCase(),
      sentenceStart,
      gap,
    });
    // A period after an abbreviation ("St. Louis", "Gen. Smith") does not end the sentence.
    previousEnd = trailingPeriod && ABBREVIATIONS.has(norm) ? end + 1 : end;
    sentenceStart = false;
  }
  return tokens;
}

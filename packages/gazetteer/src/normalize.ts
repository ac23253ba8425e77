/**
 * Name normalisation shared by the index builder and the geoparser, so that a name written in
 * the text and the same name in the gazetteer meet on the same key.
 */

// Combining marks (diacritics, Hebrew and Arabic vowel signs) and spacing modifier letters.
const MARKS = /\p{M}|[\u02b0-\u02ff]/gu;
/** ‘ayn and hamza written as apostrophes and their look-alikes vanish inside words. */
const APOSTROPHES = /['‘’`´ʻʼʽʾʿ′]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, no diacritics or ‘ayn/hamza marks, words separated by single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(APOSTROPHES, "")
    .toLowerCase()
    .replace(NON_WORD, " ")
    .trim();
}

/** Arabic articles and their transliterations, written as a word of their own after normalising. */
const ARTICLES = new Set([
  "al",
  "el",
  "ul",
  "as",
  "ash",
  "ad",
  "adh",
  "ar",
  "at",
  "ath",
  "az",
  "an",
  "ez",
  "es",
  "ed",
  "er",
  "et",
  "en",
  "ag",
]);

/** Word-level spelling variants folded together. */
const VARIANTS: Record<string, string> = {
  abou: "abu",
  abo: "abu",
  bou: "abu",
  bu: "abu",
  deir: "dayr",
  dair: "dayr",
  der: "dayr",
  tell: "tal",
  tall: "tal",
  tel: "tal",
  jebel: "jabal",
  jabel: "jabal",
  jbel: "jabal",
  kafar: "kafr",
  kfar: "kafr",
  kefr: "kafr",
  ain: "ayn",
  ein: "ayn",
  beit: "bayt",
  bait: "bayt",
  beyt: "bayt",
  khirbat: "khirbet",
  saint: "st",
  sankt: "st",
};

const VARIANT_OF = new Map(Object.entries(VARIANTS));
// The index was built reading VARIANTS as an object, where "constructor" finds Object's: kept so, key for key.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A word's folded variant (a Map: an object lookup interns every new word first, and names are many). */
function variantOf(word: string): string {
  return VARIANT_OF.get(word) ?? (INHERITED.has(word) ? String(VARIANTS[word]) : word);
}

/**
 * The loose key: the normalised name without Arabic articles ("al-", "ash-", "ez-") and with common spelling variants folded ("Abou" = "Abu", "Deir" = "Dayr").
 * Returns "" when nothing but articles remains.
 */
export function looseKey(normalized: string): string {
  // One word (most names the geoparser tries): no array to split into and join.
  if (!normalized.includes(" ")) return ARTICLES.has(normalized) ? "" : variantOf(normalized);
  const out: string[] = [];
  for (const word of normalized.split(" ")) {
    if (ARTICLES.has(word)) continue;
    out.push(variantOf(word));
  }
  return out.join(" ");
}

const DIGRAPHS: [RegExp, string][] = [
  [/kh/g, "k"],
  [/gh/g, "g"],
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/zh/g, "z"],
  [/ph/g, "f"],
  [/ck/g, "k"],
  [/q/g, "k"],
  [/j/g, "g"],
  [/[aeiouyw]/g, ""],
  [/(.)\1+/g, "$1"],
];

/**
 * The consonant skeleton of the loose key, for transliterations that differ in vowels and
 * digraphs: "Deir ez-Zor" and "Dayr az Zawr" both give "dr zr", "Akerbat" and "‘Uqayribāt" give
 * "krbt", "Kharkiv" and "Kharkov" give "krkv". Only meaningful for Latin-script names.
 */
export function skeletonKey(loose: string): string {
  let key = loose;
  for (const [pattern, replacement] of DIGRAPHS) key = key.replace(pattern, replacement);
  return key.replace(/ +/g, " ").trim();
}

/** Number of letters in a skeleton, the measure of how much a skeleton match can be trusted. */
export function skeletonStrength(skeleton: string): number {
  return skeleton.replace(/ /g, "").length;
}

const LATIN = /^[a-z0-9 ]+$/;

/** True when a normalised name is plain Latin letters and digits (skeleton keys make sense). */
export function isLatinKey(normalized: string): boolean {
  return LATIN.test(normalized);
}

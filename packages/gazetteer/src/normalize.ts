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

/** Digraphs and letters folded, in this order, each everywhere before the next. */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ["kh", "k"],
  ["gh", "g"],
  ["sh", "s"],
  ["ch", "c"],
  ["th", "t"],
  ["dh", "d"],
  ["zh", "z"],
  ["ph", "f"],
  ["ck", "k"],
  ["q", "k"],
  ["j", "g"],
];
/** a e i o u y w, dropped from a skeleton. */
const isVowel = (c: number): boolean =>
  c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79 || c === 0x77;
/** What `.` never matches: a run of these is no run `(.)\1+` finds. */
const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The consonant skeleton of the loose key, for transliterations that differ in vowels, digraphs and
 * spaces: "Deir ez-Zor" and "Dayr az Zawr" both give "drzr", "Akerbat" and "‘Uqayribāt" give
 * "krbt", "Kharkiv" and "Kharkov" give "krkv". Only meaningful for Latin-script names.
 */
export function skeletonKey(loose: string): string {
  return skeletonWords(loose).replaceAll(" ", "");
}

/**
 * The skeleton with its words apart ("dr zr" for "Deir ez-Zor"): the geoparser asks whether each word
 * keeps two consonants. The key (`skeletonKey`) joins them, so that a name written in one word or two
 * ("Miramshah", "Miram Shah") meets itself.
 */
export function skeletonWords(loose: string): string {
  let key = loose;
  for (const [from, to] of DIGRAPHS) if (key.includes(from)) key = key.replaceAll(from, to);
  // The vowels dropped, then each run of one character written once (`/(.)\1+/g`, which leaves no two
  // spaces together either), in one pass: the geoparser asks for the skeleton of every unknown name.
  let out = "";
  let last = -1;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (isVowel(c) || (c === last && !isLineEnd(c))) continue;
    out += key[i];
    last = c;
  }
  return out.trim();
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

import { looseKey, type Gazetteer } from "@sitrep/gazetteer";
import { ADMIN_SUFFIXES, AIRPORT_SUFFIXES, DIRECTIONS } from "./lexicon.js";
import type { Match } from "./match.js";
import type { Token } from "./tokens.js";

/** What the words around a mention say about it. */
export interface MentionContext {
  /** Span of the whole expression ("5 km southwest of Pokrovsk", "Idlib province"). */
  start: number;
  end: number;
  /** The name's candidates after context (airbase candidates replace town candidates). */
  candidates: readonly number[];
  /** Precision the wording forces, or null to follow the feature kind. */
  precision: 1 | 2 | 3 | null;
  /** Prefer administrative units (a "province" suffix), airfields, or towns ("Dayr az Zawr city"). */
  wants: "admin" | "airport" | "town" | null;
  /** Offset from the anchor: bearing in degrees and distance in km. */
  offset: { bearing: number; km: number } | null;
  /** Compass direction of a relative expression without a distance ("east of Hama"), in degrees. */
  bearing: number | null;
  /**
   * The direction names a part of the place, not what lies beyond it: "northern Shan State", "the east of
   * Ukraine" (not "east of Hama").
   */
  part: boolean;
  rule: string | null;
  /** The name follows "the" ("the Atlantic", "the eastern tropical Pacific"): a sea or a region, not a town. */
  article: boolean;
}

/** "the", perhaps with up to two lower-case words between ("the tropical", "the eastern tropical"), not "the city of". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+(?:(?!of\s)[a-z][a-z-]*\s+){0,2}$/u;

/** A distance: a figure or a number written out, and its unit ("50 km", "thirty kilometres", "12 miles"). */
const DISTANCE = String.raw`(\d+(?:[.,]\d+)?|\b(?:ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred))\s*-?\s*(km|kms|kilometers?|kilometres?|miles?|mi)\.?\s+`;
const DISTANCE_BEFORE = new RegExp(
  DISTANCE +
    String.raw`(?:to the\s+)?((?:north|south)?[- ]?(?:east|west)?(?:ern)?|north|south)\s+(?:of|from)\s+(?:the\s+)?(?:(?:town|city|village|settlement|district|province)\s+of\s+)?$`,
  "i",
);
/** A distance with no direction: "20 km from Tamale", "some 30 miles away from the town of Gao". */
const DISTANCE_FROM = new RegExp(
  DISTANCE + String.raw`(?:away\s+)?from\s+(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$`,
  "i",
);
/** Distances written out ("about thirty kilometres south of Paoua"). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["ten", 10],
  ["fifteen", 15],
  ["twenty", 20],
  ["twenty-five", 25],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
  ["a hundred", 100],
  ["one hundred", 100],
]);
const DIRECTION_BEFORE =
  /\b((?:north|south)?[- ]?(?:east|west)?(?:ern)?|north|south|outskirts|suburbs|vicinity|countryside|environs|edge|near|nearby|around|outside|close to|next to|surroundings|approaches to|direction of)\s+(?:of\s+)?(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?$/i;
const AREA_BEFORE =
  /\b(northern|southern|eastern|western|north-eastern|northeastern|north-western|northwestern|south-eastern|southeastern|south-western|southwestern|central|rural)\s+$/i;
/** "the" right before a direction: "in the north of Syria" names its part. */
const THE_BEFORE = /\bthe\s+$/i;
/** "the province of Idlib", but not "Belgorod region of Russia" (there the unit has its own name). */
const UNIT_BEFORE =
  /(?:^|\b(?:the|a|in|of|across|throughout)\s+)(province|governorate|oblast|region|state|district|county|prefecture|department)\s+of\s+$/i;

/**
 * The words the patterns above can end with before their final white space, in lower case: UNIT_BEFORE
 * "of"; DISTANCE_BEFORE "of", "from" or "the"; AREA_BEFORE its adjectives ("…ern", "central", "rural");
 * DIRECTION_BEFORE "of" or "the", or its first group's last word (a direction, "-", "near", "close to", …),
 * the only ones whose match the caller uses (a blank group is none).
 */
const UNIT_ENDS = ["of"];
const DISTANCE_ENDS = ["of", "from", "the"];
const AREA_ENDS = ["ern", "al"];
const DIRECTION_ENDS = [
  "of",
  "the",
  "north",
  "south",
  "east",
  "west",
  "ern",
  "-",
  "outskirts",
  "suburbs",
  "vicinity",
  "countryside",
  "environs",
  "edge",
  "near",
  "nearby",
  "around",
  "outside",
  "to",
  "surroundings",
];
/**
 * Where ARTICLE_BEFORE's match can start in `before`: no earlier than the last ASCII character that
 * no part of it after its first character can be (a capital other than T, a digit, punctuation), so
 * that the expression scans the few words before the mention, not all 80 characters. Characters
 * outside ASCII never stop the search (any of them might be white space).
 */
function articleFrom(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x54 || c === 0x20) continue;
    if (c >= 0x09 && c <= 0x0d) continue;
    return i;
  }
  return 0;
}

/**
 * Where a match of UNIT_BEFORE, DIRECTION_BEFORE or AREA_BEFORE can start in `before`: at the last
 * ASCII character that is no letter, hyphen or white space, or after it (the character is kept, so
 * that \b and ^ read the same there). Characters outside ASCII never stop the search.
 */
function wordsFrom(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d || c === 0x20)
      continue;
    if (c >= 0x09 && c <= 0x0d) continue;
    return i;
  }
  return 0;
}

/** ADMIN_SUFFIXES as a map: looking a word up in an object interns the word first, for every mention. */
const ADMIN_LEVELS = new Map(Object.entries(ADMIN_SUFFIXES));
// The object also finds what its prototype has ("constructor"): kept so, word for word.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `ADMIN_SUFFIXES[word]`. */
function adminLevel(word: string): 2 | 3 | undefined {
  return ADMIN_LEVELS.get(word) ?? (INHERITED.has(word) ? ADMIN_SUFFIXES[word] : undefined);
}

/** Enough of the text before a mention for the longest of those words. */
const TAIL = 14;

/** Whether a text ends with one of the words ("" ends with none). */
function endsWithAny(text: string, words: readonly string[]): boolean {
  if (text.length === 0) return false;
  for (const w of words) if (text.endsWith(w)) return true;
  return false;
}

/** Reads the words around a match: unit suffixes, airbases, relative expressions. */
export function readContext(
  text: string,
  match: Match,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): MentionContext {
  const first = tokens[match.first]!;
  const last = tokens[match.last]!;
  const context: MentionContext = {
    start: first.start,
    end: last.end,
    candidates: match.candidates,
    bearing: null,
    part: false,
    precision: null,
    wants: null,
    offset: null,
    rule: null,
    article: false,
  };
  readSuffix(text, match, tokens, gazetteer, context);
  const before = text.slice(Math.max(0, first.start - 80), first.start);
  context.article = ARTICLE_BEFORE.test(before.slice(articleFrom(before)));
  // The other patterns end in white space after one of a few words: the last word before it says
  // which of them can match at all (most mentions follow "in" or a comma), and spares the others their scan.
  const trimmed = before.trimEnd();
  const tail = trimmed.length < before.length ? trimmed.slice(-TAIL).toLowerCase() : "";
  // UNIT_BEFORE, DIRECTION_BEFORE and AREA_BEFORE match letters, hyphens and white space only: they
  // scan the words after the last other character, not all 80.
  const words = tail.length > 0 ? before.slice(wordsFrom(before)) : "";
  const unit = endsWithAny(tail, UNIT_ENDS) ? UNIT_BEFORE.exec(words) : null;
  if (unit) {
    context.wants = "admin";
    context.precision = 3;
    context.start = first.start - unit[0].length + unit[0].indexOf(unit[1]!);
    context.rule = "geo/unit-of";
    return context;
  }
  const distance = endsWithAny(tail, DISTANCE_ENDS) ? DISTANCE_BEFORE.exec(before) : null;
  const bearing = distance ? DIRECTIONS[distance[3]!.toLowerCase().replace("-", "")] : undefined;
  if (distance && bearing !== undefined) {
    const value = NUMBER_WORDS.get(distance[1]!.toLowerCase()) ?? Number(distance[1]!.replace(",", "."));
    const km = /^mi/i.test(distance[2]!) ? value * 1.609 : value;
    context.offset = { bearing, km };
    context.precision = 2;
    context.start = first.start - distance[0].length;
    context.rule = "geo/relative:distance";
    return context;
  }
  // "about 20 km from Tamale": near the anchor, in no direction the text gives.
  const away = !distance && endsWithAny(tail, DISTANCE_ENDS) ? DISTANCE_FROM.exec(before) : null;
  if (away) {
    context.precision = 2;
    context.start = first.start - away[0].length;
    context.rule = "geo/relative:distance";
    return context;
  }
  const direction = endsWithAny(tail, DIRECTION_ENDS) ? DIRECTION_BEFORE.exec(words) : null;
  // The direction's word: "in western Anbar" matches from the space after "in" (the pattern's optional
  // hyphen or space), so the group may start with a space.
  const word = direction?.[1]!.trim() ?? "";
  if (direction && word.length > 0) {
    const at = direction[0].indexOf(word);
    context.precision = 2;
    context.bearing = DIRECTIONS[word.toLowerCase().replace("-", "")] ?? null;
    context.start = first.start - direction[0].length + at;
    context.rule = "geo/relative:near";
    context.part =
      /ern$/i.test(word) ||
      (/\sof\s/i.test(direction[0]) &&
        THE_BEFORE.test(before.slice(0, before.length - direction[0].length + at)));
    // "southern Lebanon" (not "south of Lebanon") is the governorate of South Lebanon.
    if (!/\sof\s/i.test(direction[0])) partUnit(word, match, gazetteer, context);
    return context;
  }
  const area = endsWithAny(tail, AREA_ENDS) ? AREA_BEFORE.exec(words) : null;
  if (area) {
    context.precision = 2;
    context.start = first.start - area[0].length;
    context.rule = "geo/relative:part-of";
    partUnit(area[1]!, match, gazetteer, context);
  }
  return context;
}

/** "southern Lebanon" is the governorate of South Lebanon, "northern Darfur" the state of North Darfur. */
function partUnit(adjective: string, match: Match, gazetteer: Gazetteer, context: MentionContext): void {
  const units = unitsOfPart(adjective.toLowerCase(), match, gazetteer);
  if (units.length === 0) return;
  context.candidates = units;
  context.wants = "admin";
  context.precision = 3;
  context.bearing = null;
  context.rule = "geo/relative:part-unit";
}

/**
 * The first- or second-level units of a country, a unit or a region that its part names ("South
 * Lebanon", "North Kordofan", "Eastern Equatoria"), or none.
 */
function unitsOfPart(adjective: string, match: Match, gazetteer: Gazetteer): number[] {
  const direction =
    /^(north|south|east|west)ern$/.exec(adjective)?.[1] ?? (adjective === "central" ? "central" : null);
  if (direction === null) return [];
  const countries = new Set<string>();
  for (const c of match.candidates.slice(0, 10))
    if (/^(?:A\.PCL|A\.ADM1|L\.RGN)/.test(gazetteer.feature(c))) countries.add(gazetteer.country(c));
  if (countries.size === 0) return [];
  const units: number[] = [];
  for (const key of new Set([`${direction} ${match.key}`, `${adjective} ${match.key}`]))
    for (const c of gazetteer.lookup("exact", key))
      if (/^A\.ADM[12]$/.test(gazetteer.feature(c)) && countries.has(gazetteer.country(c))) units.push(c);
  return units;
}

function readSuffix(
  text: string,
  match: Match,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  context: MentionContext,
): void {
  const next = tokens[match.last + 1];
  if (!next || !/^(?:\s|'s\s|’s\s)$/.test(next.gap)) return;
  const level = adminLevel(next.norm);
  if (level !== undefined) {
    context.end = next.end;
    context.wants = next.norm === "countryside" ? null : "admin";
    context.precision = level;
    context.rule = `geo/unit:${next.norm}`;
    return;
  }
  if (next.norm === "city" || next.norm === "town" || next.norm === "village") {
    context.wants = "town";
    return;
  }
  const after = text.slice(next.start, next.start + 24).toLowerCase();
  const suffix = AIRPORT_SUFFIXES.find((s) => after.startsWith(s) && !/[a-z]/.test(after.charAt(s.length)));
  if (!suffix) return;
  const airports = gazetteer.lookup("airport", looseKey(match.key));
  if (airports.length === 0) return;
  context.candidates = airports;
  context.wants = "airport";
  context.end = next.start + suffix.length;
  context.precision = 1;
  context.rule = "geo/airbase";
}

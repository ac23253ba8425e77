import {
  looseKey,
  normalizeName,
  skeletonWords,
  skeletonStrength,
  isLatinKey,
  type Gazetteer,
} from "@sitrep/gazetteer";
import { NAME_CONNECTORS, NATIVE_LATIN_COUNTRIES } from "./lexicon.js";
import { isOneSpace, type Token } from "./tokens.js";

const NATIVE_LATIN = new Set(NATIVE_LATIN_COUNTRIES);

/** How a span met the gazetteer, best first. */
export type MatchKind = "exact" | "loose" | "skeleton" | "demonym";

/** A span of tokens that names one or more gazetteer entries. */
export interface Match {
  /** First and last token (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly kind: MatchKind;
  readonly key: string;
  readonly candidates: readonly number[];
  /**
   * Places met only by the name's skeleton, in countries that do not write in Latin script: another
   * transliteration of a town the name as written misses ("Al-Mansoura" in Aden is Yemen's Al Manşūrah,
   * not only Egypt's). Weighed only when no candidate lies in a country the report is about.
   */
  readonly variants?: readonly number[];
}

const CONNECTORS = new Set(NAME_CONNECTORS);
const MAX_WORDS = 6;
const MIN_SKELETON_STRENGTH = 4;

/** `/^\d+$/` without the expression: one ASCII digit or more. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** May this token begin a name? (capitalised, or an article glued to a capitalised word: "al-Bab"). */
function canStart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.cap) return true;
  const next = tokens[i + 1];
  // The next word first: a lower-case word's own string is then rarely hashed (CONNECTORS asks for it).
  return next !== undefined && next.cap && /^[-‐‑]$/.test(next.gap) && CONNECTORS.has(token.norm);
}

/** Whether token t is a possessive's "'s" inside a name, a capitalised word after it ("Cox's Bazar"). */
function possessive(tokens: readonly Token[], t: number): boolean {
  const token = tokens[t];
  const next = tokens[t + 1];
  return (
    token !== undefined &&
    ((token.gap === "" && /^['’]s$/.test(token.raw)) || (/^['’]$/.test(token.gap) && token.raw === "s")) &&
    next !== undefined &&
    next.cap &&
    next.gap === " "
  );
}

/** May the name go on from token i to token i+1 (same line, joined by a space or a hyphen)? */
function joins(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  // One space (most gaps) without the expression.
  // ("Cox's Bazar": a possessive inside a name, GeoNames' "Coxs Bazar"; tried whole, then without.)
  if (possessive(tokens, i + 1)) return true;
  return (
    (next.gap === " " || /^(?:[ \u00a0]|[-‐‑–]|[ ]?[-‐‑][ ]?)$/.test(next.gap)) &&
    (next.cap ||
      CONNECTORS.has(next.norm) ||
      allDigits(next.norm) ||
      // "Trinidad and Tobago", "Bosnia and Herzegovina": tried whole, then without the second name.
      (next.norm === "and" && tokens[i + 2]?.cap === true && tokens[i + 2]!.gap === " "))
  );
}

/**
 * Finds the longest gazetteer names in the text, left to right. Tries the exact key, then the key
 * without articles and with spelling variants folded, then the consonant skeleton (long names only).
 */
export function matchNames(tokens: readonly Token[], gazetteer: Gazetteer): Match[] {
  const matches: Match[] = [];
  const known = knownKeysOf(gazetteer);
  let i = 0;
  while (i < tokens.length) {
    if (!canStart(tokens, i)) {
      i++;
      continue;
    }
    const found = longestAt(tokens, i, gazetteer, known);
    if (found) {
      matches.push(found);
      i = found.last + 1;
    } else i++;
  }
  return matches;
}

type Found = { kind: MatchKind; key: string; candidates: number[] } | null;

/**
 * What each key met in the gazetteer, by how fuzzy the lookup was. A report names its places again
 * and again, and reports name the same places and the same capitalised words ("The", "President"):
 * of the keys a report looks up, about two in five were looked up for an earlier report (the dev and
 * project reports, and the geo corpora, each in turn). Kept for each gazetteer, which never changes;
 * bounded.
 */
type KnownKeys = Record<"loose" | "skeleton" | "none", Map<string, Found>>;
const knownKeys = new WeakMap<Gazetteer, KnownKeys>();
/** How many keys a gazetteer's KnownKeys holds before it starts afresh (a few MB). */
const MAX_KNOWN = 20000;

function knownKeysOf(gazetteer: Gazetteer): KnownKeys {
  let known = knownKeys.get(gazetteer);
  if (known === undefined || known.none.size + known.loose.size + known.skeleton.size > MAX_KNOWN) {
    known = { none: new Map(), loose: new Map(), skeleton: new Map() };
    knownKeys.set(gazetteer, known);
  }
  return known;
}

/**
 * A string of its own: a key built from a report's words may be a view into the whole report (V8's
 * sliced and joined strings), which the memo must not keep alive. Slicing a joined string copies its
 * characters first.
 */
function detached(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}

function longestAt(
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
  known: KnownKeys,
): Match | null {
  let end = i;
  const ends: number[] = [];
  for (;;) {
    const token = tokens[end]!;
    if (token.cap || allDigits(token.norm)) ends.push(end);
    if (end - i + 1 >= MAX_WORDS || !joins(tokens, end)) break;
    end++;
  }
  const longest = ends[ends.length - 1];
  if (longest === undefined) return null;
  const fuzziness = fuzzinessFrom(tokens, i, longest, gazetteer);
  for (let k = ends.length - 1; k >= 0; k--) {
    const last = ends[k]!;
    let key = tokens[i]!.norm;
    let owned = false;
    for (let t = i + 1; t <= last; t++) {
      const own = possessive(tokens, t);
      owned ||= own;
      key += own ? "s" : " " + tokens[t]!.norm;
    }
    // (A name with a possessive inside is taken only as written: "Giza's Haram", "Cairo's Abbasiya" are a
    // city's parts, not a fuzzy match of the two words.)
    if (owned) {
      const whole = gazetteer.lookup("exact", key);
      if (whole.length > 0) return { first: i, last, kind: "exact", key, candidates: whole };
      continue;
    }
    const fuzzy = fuzziness.headIsWord ? "none" : fuzziness.wordAt <= last ? "loose" : "skeleton";
    let found = known[fuzzy].get(key);
    if (found === undefined) {
      found = lookup(key, gazetteer, fuzzy);
      // "Pétion-Ville" is GeoNames' "Pétionville": the words a hyphen joins, written as one.
      // (Words of four letters or more, not initials: "Tri-State", "AKS-U" are no towns.)
      if (!found && last > i && hyphenable(tokens, i, last)) {
        let joined = tokens[i]!.norm;
        for (let t = i + 1; t <= last; t++)
          joined += (/^[-‐‑]$/.test(tokens[t]!.gap) ? "" : " ") + tokens[t]!.norm;
        if (joined !== key) found = lookup(joined, gazetteer, "none");
      }
      // "Sistan-Baluchestan", "Jammu-Kashmir" are GeoNames' "Sistan and Baluchestan", "Jammu and Kashmir":
      // two names a hyphen joins, written with "and".
      if (!found && last === i + 1 && /^[-‐‑]$/.test(tokens[last]!.gap) && hyphenable(tokens, i, last)) {
        const paired = lookup(`${tokens[i]!.norm} and ${tokens[last]!.norm}`, gazetteer, "none");
        if (paired?.kind === "exact") found = paired;
      }
      // "Kyauk Ni Maw" is Who's On First's "Kyauknimaw": Burmese, Thai or Lao syllables written apart or
      // together; only in countries that do not write in Latin script ("John Stone" is no Johnstone).
      if (!found && last > i && last - i < 4 && syllables(tokens, i, last, gazetteer)) {
        let joined = tokens[i]!.norm;
        for (let t = i + 1; t <= last; t++) joined += tokens[t]!.norm;
        const together = lookup(joined, gazetteer, "none");
        const candidates = together?.candidates.filter((c) => !NATIVE_LATIN.has(gazetteer.country(c))) ?? [];
        if (together?.kind === "exact" && candidates.length > 0)
          found = { kind: "loose", key: joined, candidates };
      }
      known[fuzzy].set(detached(key), found && { ...found, key: detached(found.key) });
    }
    const match = found ?? airfield(tokens, last, key, gazetteer);
    if (match) return { first: i, last, ...match };
  }
  return null;
}

/** Whether the words from `first` to `last` may be one name the gazetteer writes without its hyphens. */
function hyphenable(tokens: readonly Token[], first: number, last: number): boolean {
  for (let t = first; t <= last; t++) if (tokens[t]!.norm.length < 4 || tokens[t]!.allCaps) return false;
  return true;
}

/**
 * Whether the words from `first` to `last` may be syllables of one name: capitalised words of letters a
 * space apart, none an English word or a first name ("South Central" is no Southcentral).
 */
function syllables(tokens: readonly Token[], first: number, last: number, gazetteer: Gazetteer): boolean {
  for (let t = first; t <= last; t++) {
    const token = tokens[t]!;
    if (!token.cap || token.allCaps || token.norm.length < 2 || allDigits(token.norm)) return false;
    if (gazetteer.wordLevel(token.norm) > 0 || gazetteer.isFirstName(token.norm)) return false;
    if (t > first && token.gap !== " ") return false;
  }
  return true;
}

const AIRFIELD_WORDS = new Set(["airbase", "airport", "airfield", "aerodrome", "airstrip"]);
const AIR_WORDS = new Set(["base", "field", "station"]);

/** A name known only as an airfield's ("Hmeimim"), when the next words say airbase or airport. */
function airfield(
  tokens: readonly Token[],
  last: number,
  key: string,
  gazetteer: Gazetteer,
): { kind: MatchKind; key: string; candidates: number[] } | null {
  const next = tokens[last + 1];
  if (!next || !isOneSpace(next.gap)) return null;
  const after = tokens[last + 2];
  const says =
    AIRFIELD_WORDS.has(next.norm) ||
    (next.norm === "air" && after !== undefined && AIR_WORDS.has(after.norm));
  if (!says) return null;
  const loose = looseKey(key);
  const candidates = gazetteer.lookup("airport", loose);
  return candidates.length > 0 ? { kind: "exact", key: loose, candidates } : null;
}

/**
 * Loose and skeleton keys are only tried on names made of words that are not English words or first
 * names ("The Syrian" must not meet a place by its skeleton): none when the first word is an English
 * word, loose when a word up to the name's last is one or a first name, else skeleton. Read once for
 * all the names that start at `first` and end by `end`, not once a name.
 */
function fuzzinessFrom(
  tokens: readonly Token[],
  first: number,
  end: number,
  gazetteer: Gazetteer,
): { headIsWord: boolean; wordAt: number } {
  const head = tokens[first]!.norm;
  if (gazetteer.wordLevel(head) > 0 && !CONNECTORS.has(head)) return { headIsWord: true, wordAt: first };
  for (let t = first; t <= end; t++) {
    const norm = tokens[t]!.norm;
    if (CONNECTORS.has(norm)) continue;
    if (gazetteer.wordLevel(norm) > 0 || gazetteer.isFirstName(norm)) return { headIsWord: false, wordAt: t };
  }
  return { headIsWord: false, wordAt: end + 1 };
}

function lookup(
  key: string,
  gazetteer: Gazetteer,
  fuzzy: "loose" | "skeleton" | "none",
): { kind: MatchKind; key: string; candidates: number[] } | null {
  // An adjective of a country ("Canadian", "Spanish") means the country, not the towns named so.
  {
    const demonym = gazetteer.lookup("demonym", key);
    if (demonym.length > 0) return { kind: "demonym", key, candidates: demonym };
  }
  // The exact name and the name without articles together: "Qamishli" is GeoNames' "Al Qamishli".
  const exact = gazetteer.lookup("exact", key);
  const loose = fuzzy === "none" ? "" : looseKey(key);
  const folded =
    loose.length > 0
      ? [...(loose !== key ? gazetteer.lookup("exact", loose) : []), ...gazetteer.lookup("loose", loose)]
      : [];
  if (exact.length > 0 || folded.length > 0) {
    const candidates = exact.length > 0 && folded.length === 0 ? exact : [...new Set([...exact, ...folded])];
    const variants = fuzzy === "skeleton" ? spellingVariants(loose, candidates, gazetteer) : [];
    return {
      kind: exact.length > 0 ? "exact" : "loose",
      key: exact.length > 0 ? key : loose,
      candidates,
      ...(variants.length > 0 && { variants }),
    };
  }
  if (fuzzy === "skeleton" && loose.length > 0) {
    const skeleton = strongSkeleton(loose);
    if (skeleton !== null) {
      const candidates = gazetteer
        .lookup("skeleton", skeleton)
        .filter((c) => !NATIVE_LATIN.has(gazetteer.country(c)));
      // "Banibangou" is GeoNames' "Bani Bangou": of the names of that skeleton, the ones that are the word
      // written apart come first (not "Bom Bangou" nearby, nor Thai towns of the same consonants).
      const apart = candidates.filter(
        (c) =>
          looseKey(normalizeName(gazetteer.place(c)?.name ?? "")).replaceAll(" ", "") ===
          loose.replaceAll(" ", ""),
      );
      if (apart.length > 0) return { kind: "loose", key: loose, candidates: apart };
      if (candidates.length > 0) return { kind: "skeleton", key: skeleton, candidates };
    }
  }
  return null;
}

/**
 * A Latin name's consonant skeleton, when it is strong enough to look places up by: every word must
 * keep two consonants ("Zawiya" and "‘Uzz" share only a z); else null.
 */
function strongSkeleton(loose: string): string | null {
  if (!isLatinKey(loose)) return null;
  const words = skeletonWords(loose);
  const skeleton = words.replaceAll(" ", "");
  return skeletonStrength(skeleton) >= MIN_SKELETON_STRENGTH && !/(?:^| )\S(?: |$)/.test(words)
    ? skeleton
    : null;
}

/**
 * The places of a name's skeleton its exact and loose names miss (`Match.variants`), whose own name is
 * the same but for its vowels' spelling ("Mansoura", "Mansurah"; not "Tribune" and "Tirabin"); none for
 * a weak skeleton.
 */
function spellingVariants(loose: string, found: readonly number[], gazetteer: Gazetteer): number[] {
  const skeleton = strongSkeleton(loose);
  if (skeleton === null) return [];
  const known = new Set(found);
  const sound = vowelsFolded(loose);
  return gazetteer
    .lookup("skeleton", skeleton)
    .filter(
      (c) =>
        !known.has(c) &&
        !NATIVE_LATIN.has(gazetteer.country(c)) &&
        vowelsFolded(looseKey(normalizeName(gazetteer.place(c)?.name ?? ""))) === sound,
    );
}

/** A loose key as transliterations of one sound may write it: o and ou as u, e as a, ee and y as i, no final h, no doubled letters. */
function vowelsFolded(key: string): string {
  return key
    .replace(/[\s-]+/g, "")
    .replace(/ou|oo|o/g, "u")
    .replace(/ee|ey|y/g, "i")
    .replace(/e/g, "a")
    .replace(/([aiu])h$/, "$1")
    .replace(/(.)\1+/g, "$1");
}

import type { Gazetteer } from "@sitrep/gazetteer";
import {
  ARABIC_ARTICLES,
  MORE_FIRST_NAMES,
  FEATURE_WORDS,
  GENERIC_PARTS,
  LOCATIVES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_PLACES,
  FUNCTION_WORDS,
  PERSON_CUES,
  SPEECH_VERBS,
  STREET_WORDS_AFTER,
  STREET_WORDS_BEFORE,
} from "./lexicon.js";
import type { Match } from "./match.js";
import { isOneSpace, type Token } from "./tokens.js";

// Words that make a place's name an outlet's: "Garowe Online", "Kyiv Independent", "Hiiraan Online".
const OUTLET =
  /^(?:online|independent|tv|radio|24|herald|tribune|gazette|monitor|brief|dispatch|insider|chronicle|courier|bulletin|digest)$/;
const RADIO = /^(?:radio|tv|television|radiotelevision)$/;

const NOT_PLACE = new Set(NOT_PLACES);
const FUNCTION_WORD = new Set(FUNCTION_WORDS);
/** Words of faith and sect: "Muslim communities", "Hindu pilgrims" name people, never the villages so named. */
const FAITH_WORD =
  /^(?:muslims?|hindus?|christians?|sikhs?|buddhists?|sunnis?|shias?|shiites?|alawites?|druze|catholics?|protestants?|jewish|jews?|yazidis?|ismailis?|ahmadis?|evangelicals?)$/;
const STREET_AFTER = new Set(STREET_WORDS_AFTER);
const STREET_BEFORE = new Set(STREET_WORDS_BEFORE);
const CONNECTOR = new Set(NAME_CONNECTORS);
/** A hyphen, as a gap between two words ("Kart-e-Char"). */
const HYPHEN = /^[-‐‑]$/;

/**
 * Whether `particle` is a short lower-case word between hyphens ("-e-", "-el-") with a capitalised word on
 * its far side (`far`), `near` the gap between it and the match: the match is a word of a longer name.
 */
function hyphenParticle(
  particle: Token | undefined,
  far: Token | undefined,
  near: string | undefined,
): boolean {
  if (particle === undefined || far === undefined || near === undefined) return false;
  // (`far.gap` is the hyphen after the particle when it follows the match, `particle.gap` when it precedes.)
  const outer = far.start > particle.start ? far.gap : particle.gap;
  return HYPHEN.test(near) && HYPHEN.test(outer) && !particle.cap && particle.norm.length <= 3 && far.cap;
}

/** Whether a street's word opens the name the match ends: "Avenida Brás de Pina", "Rue Kinshasa". */
function afterStreetWord(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const t = tokens[k]!;
    if (t.cap && STREET_BEFORE.has(t.norm)) return true;
    if (!t.cap && !CONNECTOR.has(t.norm)) return false;
  }
  return false;
}
const GENERIC = new Set(GENERIC_PARTS);
const PERSON_CUE = new Set(PERSON_CUES);
const FEATURE = new Set(FEATURE_WORDS);
const LOCATIVE = new Set(LOCATIVES);
const NAME_PARTICLE = new Set(NAME_PARTICLES);
const OPENING_QUOTE = /^\s+["“]$/;
const CLOSING_QUOTE = /^["”]\s+$/;

/**
 * Whether the words from `first` to `last` are a nickname quoted between a person's names, or the first
 * name before one ('Joaquín "El Chapo" Guzmán'), or the surname after one.
 */
function nicknamed(tokens: readonly Token[], first: number, last: number): boolean {
  const capital = (k: number) => tokens[k]?.cap === true;
  // The nickname itself: a capitalised name on each side.
  if (capital(first - 1) && capital(last + 1) && OPENING_QUOTE.test(tokens[first]!.gap))
    return CLOSING_QUOTE.test(tokens[last + 1]!.gap);
  for (let k = last + 2; k <= last + 4 && k < tokens.length; k++) {
    // The first name: the quoted nickname after it, then the surname.
    if (OPENING_QUOTE.test(tokens[last + 1]?.gap ?? "") && CLOSING_QUOTE.test(tokens[k]!.gap))
      return capital(last + 1) && capital(k);
  }
  for (let k = first - 2; k >= first - 4 && k > 0; k--) {
    // The surname: the quoted nickname before it, the first name before that.
    if (CLOSING_QUOTE.test(tokens[first]!.gap) && OPENING_QUOTE.test(tokens[k]!.gap))
      return capital(k - 1) && capital(k);
  }
  return false;
}

/** Cues written abbreviated with a period ("Gen. Smith"); any other cue must be followed by a plain space. */
const ABBREVIATED_CUES = new Set([
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
  "rev",
  "maj",
  "adm",
  "cpl",
  "pvt",
  "supt",
  "insp",
]);

/** Is `previous` a title or role that announces the name starting at `token`? */
function isPersonCue(previous: Token | undefined, token: Token): boolean {
  if (!previous || !PERSON_CUE.has(previous.norm)) return false;
  return token.gap === " " || (ABBREVIATED_CUES.has(previous.norm) && /^\. ?$/.test(token.gap));
}
const SPEECH = new Set(SPEECH_VERBS);

/** Why a match was kept or dropped: a rule id for the debug trace. */
export interface Verdict {
  readonly keep: boolean;
  readonly rule: string;
}

/** Offices whose holder's name may follow after a comma ("the mayor of Tacámbaro, Rogelio Santana Ruiz,"). */
const OFFICE = new Set([
  "mayor",
  "governor",
  "commander",
  "leader",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "president",
  "chief",
  "chairman",
  "director",
  "head",
  "prefect",
  "administrator",
  "councillor",
  "councilor",
  "senator",
  "deputy",
  "official",
]);

/** Is a major place (a country, a first-level unit or a big city) among the candidates? */
function isMajor(match: Match, gazetteer: Gazetteer): boolean {
  const best = match.candidates[0];
  if (best === undefined) return false;
  const feature = gazetteer.feature(best);
  if (feature.startsWith("A.PCL") || feature === "A.ADM1" || feature === "P.PPLC") return true;
  return gazetteer.prior(best) >= 4.2; // about 300,000 people for a plain town
}

/** "UK", "US", "DRC": short capitals that name a country or a first-level unit are no mere acronyms. */
function isCountryOrUnit(match: Match, gazetteer: Gazetteer): boolean {
  const best = match.candidates[0];
  return best !== undefined && /^A\.(PCL|ADM1)/.test(gazetteer.feature(best));
}

/** Capitalised tokens that are names of people in this document ("Barack Obama" makes "Obama" a person). */
export function personNames(tokens: readonly Token[], gazetteer: Gazetteer): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.cap || token.allCaps) continue;
    const previous = tokens[i - 1];
    const cue = isPersonCue(previous, token);
    const firstName = plainFirstName(gazetteer, token.norm) && !token.sentenceStart;
    if (!cue && !firstName) continue;
    // The capitalised words that follow are the rest of the name.
    let j = i + (cue ? 0 : 1);
    let added = 0;
    while (j < tokens.length && added < 3) {
      // "Mohamed al-Tarhouni", "Abu Bakr el-Baghdadi": an article glued to the next word of the name.
      if (
        j > i &&
        !tokens[j]!.cap &&
        ARTICLE_OF_NAME.has(tokens[j]!.norm) &&
        tokens[j + 1]?.cap === true &&
        /^[-‐‑]$/.test(tokens[j + 1]!.gap) &&
        isOneSpace(tokens[j]!.gap)
      ) {
        j++;
        names.add(tokens[j]!.norm);
        j++;
        added++;
        continue;
      }
      if (!tokens[j]!.cap || !(j === i || isOneSpace(tokens[j]!.gap))) break;
      if (j > i || cue) names.add(tokens[j]!.norm);
      j++;
      added++;
    }
    if (!cue && added < 2) names.delete(token.norm);
  }
  // "the mayor of Tacámbaro, Rogelio Santana Ruiz, was shot": the two to four capitalised words set off
  // by commas after an office are the holder's name.
  for (let i = 1; i < tokens.length; i++) {
    if (!/^,\s+$/.test(tokens[i]!.gap) || !tokens[i]!.cap) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 5 && tokens[j]!.cap && isOneSpace(tokens[j]!.gap)) j++;
    if (j - i < 2 || j - i > 4 || !/^,/.test(tokens[j]?.gap ?? "")) continue;
    if (!tokens.slice(Math.max(0, i - 6), i).some((t) => OFFICE.has(t.norm))) continue;
    // (", Jamaica Cancer Society," after "Executive Director" is a body, named by its country.)
    const country = tokens
      .slice(i, j)
      .some((t) => gazetteer.lookup("exact", t.norm).some((c) => gazetteer.feature(c).startsWith("A.PCL")));
    if (!country) for (let k = i; k < j; k++) names.add(tokens[k]!.norm);
  }
  return names;
}

const MORE_FIRST = new Set(MORE_FIRST_NAMES);

/** A first name, in the gazetteer's list or in the spellings it lacks (`MORE_FIRST_NAMES`). */
function isFirstName(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.isFirstName(word) || MORE_FIRST.has(word);
}

/** A first name that is no common English word too ("John", "Peter"; not "Will", "Mark"). */
function plainFirstName(gazetteer: Gazetteer, word: string): boolean {
  return isFirstName(gazetteer, word) && gazetteer.wordLevel(word) === 0;
}

/** Arabic articles written before a surname ("al-Tarhouni", "el-Sisi"). */
const ARTICLE_OF_NAME = new Set(ARABIC_ARTICLES);

// The connectors of names that are also generic parts of them: articles ("al", "ash", "de", "la") and
// "bin", "ibn".
const JOINING = new Set(NAME_CONNECTORS.filter((w) => GENERIC.has(w)));

/**
 * Two name words joined by an article (or "bin") are a name, even when each alone is a common part of names:
 * "Ras al-Ain", "Umm al-Ain", "Jabal al-Sheikh". "Al", "Tal" or "Ras" alone are not.
 */
function jointByArticle(key: string): boolean {
  const words = key.split(" ");
  if (words.length < 3) return false;
  const inner = words.slice(1, -1);
  return (
    !JOINING.has(words[0]!) &&
    !JOINING.has(words[words.length - 1]!) &&
    inner.some((word) => JOINING.has(word))
  );
}

/** The second half of "Iran-aligned", "Liberia-flagged", "Peshawar-bound": a place's name that qualifies a party, a ship or a train. */
const QUALIFYING =
  /^(?:backed|aligned|allied|affiliated|supported|sponsored|funded|linked|flagged|registered|owned|operated|friendly|led|bound)$/;

/** Decides whether a gazetteer match in running text is a place mention. */
const CONTRACTION = /^(?:i|you|we|they|he|she|it|that|there)['’](?:m|re|ve|ll|d|s)$/i;

export function judge(
  match: Match,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  persons: ReadonlySet<string>,
): Verdict {
  const first = tokens[match.first]!;
  const last = tokens[match.last]!;
  const before = tokens[match.first - 1];
  const after = tokens[match.last + 1];
  const single = match.first === match.last;
  if (single && first.norm.length < 2) return { keep: false, rule: "geo/drop:single-letter" };
  // "a ransom of US$200,000", "HK$5 million": a currency's country code is no place.
  if (single && after !== undefined && after.gap.startsWith("$"))
    return { keep: false, rule: "geo/drop:currency" };
  // "I’m", "we’ve", "it’s": a pronoun's contraction, whatever village its letters spell.
  if (single && CONTRACTION.test(first.raw)) return { keep: false, rule: "geo/drop:contraction" };
  if (NOT_PLACE.has(match.key) || (NOT_PLACE.has(first.norm) && single))
    return { keep: false, rule: "geo/drop:not-a-place" };
  // One word (most matches): no array to split into.
  const generic = match.key.includes(" ")
    ? match.key.split(" ").every((word) => GENERIC.has(word))
    : GENERIC.has(match.key);
  if (generic && !jointByArticle(match.key)) return { keep: false, rule: "geo/drop:generic-word" };
  if (
    single &&
    first.allCaps &&
    first.raw.length <= 3 &&
    match.kind !== "demonym" &&
    !isCountryOrUnit(match, gazetteer)
  )
    return { keep: false, rule: "geo/drop:acronym" };
  // "along the Shabelle river", "the Juba River valley": the river, not a town named after it; a
  // village that bears the river's name in its own right ("the Oskil river", Oskil) stays, as near as any.
  if (
    before?.norm === "the" &&
    /^rivers?$/.test(after?.norm ?? "") &&
    !match.candidates.slice(0, 10).some((c) => gazetteer.isMainName(c, match.key))
  )
    return { keep: false, rule: "geo/drop:river" };
  // "blocked the Gazela bridge in Belgrade", "marched from the Makki Mosque", "Nasser Hospital": a
  // building's or a bridge's name, no town's ("the Kerch bridge", "Aleppo University": a city's name stays).
  if (
    (before?.norm === "the" || after?.cap) &&
    isOneSpace(after?.gap ?? "") &&
    /^(?:bridge|mosque|market|prison|stadium|university|hospital|cathedral|church|monastery)$/.test(
      after?.norm ?? "",
    ) &&
    !match.candidates
      .slice(0, 10)
      .some((c) => gazetteer.isMainName(c, match.key) && gazetteer.place(c)!.population >= 50_000)
  )
    return { keep: false, rule: "geo/drop:building" };
  // "on Abancay Avenue", "Tahrir Street", "Avenida Brás de Pina": a street named after a town or a
  // person, in another town.
  if (
    (after?.cap && STREET_AFTER.has(after.norm) && isOneSpace(after.gap)) ||
    afterStreetWord(tokens, match.first)
  )
    return { keep: false, rule: "geo/drop:street" };
  const adjoinsBefore = before !== undefined && before.cap && isOneSpace(first.gap) && !before.sentenceStart;
  const adjoinsAfter = after !== undefined && after.cap && isOneSpace(after.gap);
  // "the Government of National Unity", "the National Unity Government": an institution's word, not
  // South Sudan's Unity state.
  if (adjoinsBefore && before.norm === "national" && match.kind !== "demonym")
    return { keep: false, rule: "geo/drop:institution" };
  if (isPersonCue(before, first) && !isMajor(match, gazetteer))
    return { keep: false, rule: "geo/drop:after-title" };
  // "Sayyid Badr Albusaidi", "Sheikh Hikmat al-Hijri": a surname after a title and a first name.
  if (
    before?.cap &&
    isOneSpace(first.gap) &&
    isPersonCue(tokens[match.first - 2], before) &&
    !isMajor(match, gazetteer)
  )
    return { keep: false, rule: "geo/drop:after-title-name" };
  // "John Kamau was arrested", "said Peter Ndolo": a surname right after a first name, not a town that
  // shares it, however big (Vietnam's Cà Mau), unless a country or a province, or after "in".
  if (
    single &&
    before?.cap &&
    isOneSpace(first.gap) &&
    plainFirstName(gazetteer, before.norm) &&
    !(tokens[match.first - 2] && LOCATIVE.has(tokens[match.first - 2]!.norm)) &&
    !isCountryOrUnit(match, gazetteer)
  )
    return { keep: false, rule: "geo/drop:surname" };
  // "the "Auf die Plätze" alliance": a three-letter word that is only some place's code ("AUF", Auxerre's
  // airport) in another case, no place's own name.
  if (
    single &&
    first.raw.length === 3 &&
    !first.allCaps &&
    !match.candidates.slice(0, 10).some((c) => gazetteer.isMainName(c, match.key))
  )
    return { keep: false, rule: "geo/drop:code-in-lower-case" };
  // "accused Geza of trying to stage a coup": the one accused, unless the word is a major place's own
  // name ("accused Kyiv of").
  if (
    single &&
    /^(?:accused|accuses|accusing|blamed|blames|blaming)$/.test(before?.norm ?? "") &&
    /^(?:of|and|for)$/.test(after?.norm ?? "") &&
    !(
      isMajor(match, gazetteer) &&
      match.candidates[0] !== undefined &&
      gazetteer.isMainName(match.candidates[0], match.key)
    )
  )
    return { keep: false, rule: "geo/drop:accused-person" };
  if (single && persons.has(first.norm) && match.kind !== "demonym")
    return { keep: false, rule: "geo/drop:person-name" };
  // 'Joaquín "El Chapo" Guzmán', 'Ismael "El Mayo" Zambada': a person's names around a quoted nickname.
  if (single || match.last - match.first < 3) {
    if (nicknamed(tokens, match.first, match.last)) return { keep: false, rule: "geo/drop:nickname" };
  }
  // "Mohamed al-Tarhouni": a first name before an article glued to a surname.
  if (
    single &&
    isFirstName(gazetteer, first.norm) &&
    after !== undefined &&
    ARTICLE_OF_NAME.has(after.norm) &&
    tokens[match.last + 2]?.cap === true &&
    /^[-‐‑]$/.test(tokens[match.last + 2]!.gap)
  )
    return { keep: false, rule: "geo/drop:person-name" };
  if (adjoinsBefore && (isFirstName(gazetteer, before.norm) || persons.has(before.norm)))
    return { keep: false, rule: "geo/drop:surname" };
  // "Kyauk Ni Maw village": a capitalised word that is no English word and no place runs into the
  // match, so the match is only the tail of a longer name the gazetteer lacks.
  if (
    adjoinsBefore &&
    !before.allCaps &&
    before.norm.length > 1 &&
    gazetteer.wordLevel(before.norm) === 0 &&
    !gazetteer.isFirstName(before.norm) &&
    gazetteer.lookup("exact", before.norm).length === 0 &&
    match.kind !== "demonym" &&
    !isMajor(match, gazetteer)
  )
    return { keep: false, rule: "geo/drop:name-tail" };
  // "the Abu Salim district": the gazetteer knows "Salim", not the longer name it ends.
  if (
    before !== undefined &&
    before.cap &&
    NAME_PARTICLE.has(before.norm) &&
    /^[\s-]$/.test(first.gap) &&
    match.kind !== "demonym"
  )
    return { keep: false, rule: "geo/drop:name-tail" };
  // "told Garowe Online", "the Kyiv Independent", "Addis Standard": an outlet named after a place.
  if (adjoinsAfter && OUTLET.test(after.norm) && match.kind !== "demonym")
    return { keep: false, rule: "geo/drop:outlet" };
  // "the Sudan Tribune", "The Sahel Brief": the outlet's own word is no place either.
  if (single && OUTLET.test(first.norm) && before !== undefined && before.cap && isOneSpace(first.gap))
    return { keep: false, rule: "geo/drop:outlet" };
  // "told Radio Dabanga", "Radio Shabelle reported": a station named after a place.
  if (before !== undefined && before.cap && RADIO.test(before.norm) && first.gap === " ")
    return { keep: false, rule: "geo/drop:outlet" };
  if (adjoinsAfter && match.kind !== "demonym") {
    const next = after.norm;
    const nameLike = !FEATURE.has(next) && gazetteer.wordLevel(next) === 0 && !after.allCaps;
    if (nameLike && (gazetteer.isFirstName(first.norm) || persons.has(next) || !isMajor(match, gazetteer)))
      return { keep: false, rule: "geo/drop:inside-name" };
  }
  // "the Indian Ocean", "the Arabian Sea": a sea named after a land is not that land.
  // ("Ukrainian sea drones" are drones.)
  if (
    match.kind === "demonym" &&
    /^(?:ocean|sea|gulf)$/.test(after?.norm ?? "") &&
    !/^(?:drones?|mines?|boats?)$/.test(tokens[match.last + 2]?.norm ?? "")
  )
    return { keep: false, rule: "geo/drop:sea" };
  if (match.kind === "demonym") return { keep: true, rule: "geo/demonym" };
  // "Homsi", "Mosuli", "Baghdadi": a family name made from a town's name (nisba), listed by some gazetteers.
  const best = match.candidates[0];
  if (
    single &&
    first.norm.length > 4 &&
    first.norm.endsWith("i") &&
    best !== undefined &&
    gazetteer.isMainName(best, first.norm.slice(0, -1))
  ) {
    return { keep: false, rule: "geo/drop:nisba" };
  }
  // "the Lyman direction", "the Bakhmut axis": a feature word after the name makes it a place. Not after
  // one of the commonest words ("The village was shelled", "This town": no Teresina, whose code is THE).
  if (
    after !== undefined &&
    !after.cap &&
    FEATURE.has(after.norm) &&
    isOneSpace(after.gap) &&
    !(single && gazetteer.wordLevel(first.norm) === 1)
  )
    return { keep: true, rule: `geo/${match.kind}` };
  const speaker =
    (after !== undefined && SPEECH.has(after.norm) && isOneSpace(after.gap)) ||
    (before !== undefined && SPEECH.has(before.norm) && isOneSpace(first.gap));
  if (single && speaker && !isMajor(match, gazetteer)) return { keep: false, rule: "geo/drop:speaker" };
  // "confirmed to The Highland Mirror": a word of grammar is never a place, whatever code it shares
  // (THE, Teresina's airport) unless written as one.
  if (single && FUNCTION_WORD.has(first.norm) && !first.allCaps)
    return { keep: false, rule: "geo/drop:function-word" };
  if (single && FAITH_WORD.test(first.norm)) return { keep: false, rule: "geo/drop:faith-word" };
  const level = single ? gazetteer.wordLevel(first.norm) : 0;
  // "in Camp 15", "Block 4", "Sector 7": a common word numbered is a part of a place, not a town of its name.
  if (level > 0 && after !== undefined && /^\d+$/.test(after.norm) && isOneSpace(after.gap))
    return { keep: false, rule: "geo/drop:numbered" };
  const locative = before !== undefined && LOCATIVE.has(before.norm) && !before.cap;
  if (level > 0) {
    const major = isMajor(match, gazetteer);
    if (adjoinsBefore && !major) return { keep: false, rule: "geo/drop:common-word-in-name" };
    if (first.sentenceStart && !major) return { keep: false, rule: "geo/drop:common-word-sentence-start" };
    if (level === 1 && !(major && locative)) return { keep: false, rule: "geo/drop:common-word" };
    if (!major && !locative) return { keep: false, rule: "geo/drop:common-word" };
  }
  if (single && gazetteer.isFirstName(first.norm) && !locative && !isMajor(match, gazetteer))
    return { keep: false, rule: "geo/drop:first-name" };
  // "the left bank of the Dnipro", "across the Euphrates": a river, not the town named after it.
  const t1 = tokens[match.first - 1]?.norm;
  const t2 = tokens[match.first - 2]?.norm;
  const t3 = tokens[match.first - 3]?.norm;
  // The water itself ("crossed the Atlantic") stays.
  if (
    t1 === "the" &&
    ((t2 === "of" && (t3 === "bank" || t3 === "banks")) || t2 === "across" || t2 === "crossed") &&
    !match.candidates.some((c) => gazetteer.feature(c).startsWith("H."))
  )
    return { keep: false, rule: "geo/drop:river" };
  // "Al-Masirah TV", "Aleppo Today TV", "Radio Okapi": a broadcaster's name, not a place.
  // "its Amaq news agency", "the Amaq propaganda agency": an agency's name too.
  const agency =
    /^(?:news|propaganda|media)$/.test(after?.norm ?? "") && tokens[match.last + 2]?.norm === "agency";
  if (/^(?:tv|television|radio|channel|agency)$/.test(after?.norm ?? "") || agency)
    return { keep: false, rule: "geo/drop:outlet-name" };
  // "Operation Garkawa", "Operation Hadin Kai": a military operation's name, not a place.
  const previous = tokens[match.first - 1];
  if (previous !== undefined && /^operation$/.test(previous.norm) && previous.cap)
    return { keep: false, rule: "geo/drop:operation-name" };
  // "Su-24", "Mi-8", "T-72": a model designation, not a place.
  const next = tokens[match.last + 1];
  // "the Coast Guard", "Border Guard units": a force's name, not a place.
  if (next !== undefined && next.cap && /^guards?$/.test(next.norm) && match.last === match.first)
    return { keep: false, rule: "geo/drop:force-name" };
  if (next !== undefined && /^\d/.test(next.norm) && next.gap === "-")
    return { keep: false, rule: "geo/drop:model-designation" };
  // "Iran-aligned factions", "a Liberia-flagged tanker", "Rwanda-backed rebels": who stands behind a
  // party or a ship, not where anything happens.
  if (next !== undefined && next.gap === "-" && QUALIFYING.test(next.norm))
    return { keep: false, rule: "geo/drop:qualifier" };
  // "Kart-e-Char", "Bir-el-Abd": the first word of a longer hyphenated name the gazetteer lacks;
  // "Bab-i-Dosti", "Dasht-e-Barchi": the last word of one.
  if (
    hyphenParticle(next, tokens[match.last + 2], next?.gap) ||
    hyphenParticle(before, tokens[match.first - 2], first.gap)
  )
    return { keep: false, rule: "geo/drop:part-of-name" };
  // "Pont-Sondé": a small town's name joined to a capitalised word that names no place of its country is
  // the first half of a longer name ("the Bannu-Miranshah road" joins two places, and both stay); "the
  // Mayo-Sava department" is the second half of one (Madagascar's Sava region is not meant).
  // ("Ras Isa" is no second half: no hyphen joins it.)
  const country = best === undefined ? null : gazetteer.country(best);
  const joinedWord = (word: Token | undefined, gap: string | undefined): boolean =>
    word !== undefined &&
    HYPHEN.test(gap ?? "") &&
    word.cap &&
    !word.allCaps &&
    gazetteer.wordLevel(word.norm) === 0 &&
    !gazetteer.lookup("exact", word.norm).some((c) => gazetteer.country(c) === country);
  if (
    single &&
    country !== null &&
    (joinedWord(next, next?.gap) || joinedWord(before, first.gap)) &&
    !isMajor(match, gazetteer)
  )
    return { keep: false, rule: "geo/drop:part-of-name" };
  if (match.kind === "skeleton" && last.norm.length < 5)
    return { keep: false, rule: "geo/drop:short-skeleton" };
  // "On Sunday" is no transliteration of a village: a skeleton match is for names, not English words.
  if (
    match.kind === "skeleton" &&
    tokens
      .slice(match.first, match.last + 1)
      .some((t) => t.cap && gazetteer.wordLevel(t.norm) > 0 && gazetteer.wordLevel(t.norm) <= 2)
  )
    return { keep: false, rule: "geo/drop:skeleton-of-words" };
  return { keep: true, rule: `geo/${match.kind}` };
}

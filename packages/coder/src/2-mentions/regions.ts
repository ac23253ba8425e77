import { normalizeName } from "@sitrep/gazetteer";
import type { Token } from "../1-text/tokens.js";
import { mapPacked } from "../arrays.js";
import { stateCountry, type ActorData, type Entry, type Model } from "../model.js";
import { capitalised, type ActorMention } from "./actors.js";

/**
 * Pass 2a (continued): the governments of a country's states, regions and provinces, named by their
 * unit ("the Zamfara State Government", "Borno State Governor Babagana Zulum", "the governor of the Gao
 * region", "North Kordofan state authorities", "the Balochistan government"). Each is an actor of the
 * report's own, under its country's government (`parent`), named "Government of <unit>" after the
 * gazetteer's first-level (or second-level) unit; a unit's name found in several countries gives one
 * entry each, and the resolver keeps the one of the report's countries. Their later "the state
 * government", "the governor" are resolved to them (`REGIONAL_WORDS` in `references.ts`).
 * A name that is a country's or a capital's ("the Niger government", "the Khartoum government") is the
 * state's, unless a unit's word follows it ("Niger State Government", "Khartoum State government").
 * Dictionary actors always win ("Kurdistan Regional Government", "Amhara Regional Government").
 */
export function withRegionalGovernments(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
  text: string,
  model: Model,
): ActorMention[][] {
  return mapPacked(tokens, (sentence, s) => {
    const own = mentions[s]!;
    let found: ActorMention[] | null = null;
    for (let j = 0; j < sentence.length; j++) {
      if (!HEAD.test(sentence[j]!.key) && !chiefMinister(sentence, j)) continue;
      const m = before(sentence, j, own, text, model) ?? after(sentence, j, own, text, model);
      if (m) (found ??= []).push(m);
    }
    if (!found) return own;
    const added = found;
    const kept = own.filter((m) => !added.some((a) => a.first < m.last && m.first < a.last));
    return [...kept, ...added].sort((a, b) => a.first - b.first);
  });
}

/** Words that head a sub-national government's name. */
const HEAD = /^(?:government|governor|administration|authorities|officials)$/;

/** "Chief Minister" (of an Indian state, a Pakistani province), "Premier": the head of a unit's government. */
function chiefMinister(tokens: readonly Token[], k: number): boolean {
  return (
    (tokens[k]!.key === "minister" && tokens[k - 1]?.key === "chief") ||
    (tokens[k]!.key === "premier" && capitalised(tokens[k]))
  );
}

/** Words for the kind of unit, between its name and the head or after it ("Zamfara State", "the Gao region"). */
const UNIT =
  /^(?:state|region|regional|province|provincial|oblast|department|departmental|county|governorate|prefecture)$/;

/** Units whose "government" is no state's body: Gaza's is Hamas's administration (`model/generic.json` could list more). */
const NOT_GOVERNMENTS = new Set(["gaza", "gaza strip", "west bank"]);

/** "Zamfara State Government", "Kursk governor", "Enga Provincial Administration": the unit before the head. */
function before(
  tokens: readonly Token[],
  head: number,
  mentions: readonly ActorMention[],
  text: string,
  model: Model,
): ActorMention | null {
  // ("Khyber Pakhtunkhwa Chief Minister": the unit before "Chief".)
  let end = tokens[head]!.key === "minister" ? head - 1 : head;
  const unitWord = UNIT.test(tokens[end - 1]?.key ?? "") ? tokens[end - 1]!.key : null;
  if (unitWord) end--;
  // The whole run of capitalised words before ("Norte de Santander", not "Santander"), without "The".
  let first = end;
  while (first > 0 && inName(tokens, first - 1)) first--;
  if (tokens[first]?.key === "the") first++;
  // "Jammu and Kashmir Chief Minister": a unit whose name joins two with "and", when the gazetteer has it.
  let joined = first;
  while (
    joined >= 2 &&
    tokens[joined - 1]?.key === "and" &&
    inName(tokens, joined - 2) &&
    capitalised(tokens[joined])
  ) {
    joined -= 2;
    while (joined > 0 && inName(tokens, joined - 1)) joined--;
  }
  const whole = joined < first ? unitsNamed(tokens, joined, end, unitWord, mentions, model) : null;
  if (whole) first = joined;
  const entries = whole ?? unitsNamed(tokens, first, end, unitWord, mentions, model);
  // "the Zamfara State Government", "Plateau State Governor Caleb Mutfwang": the title, not the person.
  return entries ? mentionOf(tokens, first, head + 1, entries, text) : null;
}

/** "the Government of Zamfara State", "the governor of the Gao region": the unit after "of". */
function after(
  tokens: readonly Token[],
  head: number,
  mentions: readonly ActorMention[],
  text: string,
  model: Model,
): ActorMention | null {
  if (tokens[head + 1]?.key !== "of") return null;
  const first = tokens[head + 2]?.key === "the" ? head + 3 : head + 2;
  let end = first;
  while (end < tokens.length && inName(tokens, end)) end++;
  // "of Zamfara State", "of the Gao region": the unit's word ends the name.
  let last = end;
  if (UNIT.test(tokens[end]?.key ?? "")) last = end + 1;
  else if (end - first > 1 && UNIT.test(tokens[end - 1]!.key)) end--;
  const unitWord = last > end ? tokens[end]!.key : null;
  const entries = unitsNamed(tokens, first, end, unitWord, mentions, model);
  return entries ? mentionOf(tokens, head, last, entries, text) : null;
}

/**
 * Words that join the parts of a unit's name: "Norte de Santander", "Bahr el Ghazal". (Not the geoparser's
 * `NAME_CONNECTORS`, whose "on" and "of" would run "the governor of Tillabéri on Saturday" into one name.)
 */
const NAME_CONNECTOR = new Set(["de", "del", "la", "el", "al", "des", "du", "do", "da"]);

/** Whether the token at k is part of a place's name: a capitalised word, or a connector between two. */
function inName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  if (/^\p{Lu}/u.test(t.raw)) return true;
  return NAME_CONNECTOR.has(t.key) && capitalised(tokens[k - 1]) && capitalised(tokens[k + 1]);
}

/**
 * The governments of the units named by tokens [first, end) (capitalised words), one entry a country;
 * null when they name none, or name a country or a capital without a unit's word after them, or a
 * dictionary actor's words cover them.
 */
function unitsNamed(
  tokens: readonly Token[],
  first: number,
  end: number,
  unitWord: string | null,
  mentions: readonly ActorMention[],
  model: Model,
): Entry[] | null {
  if (end <= first || end - first > 4) return null;
  const key = mapPacked(tokens.slice(first, end), (t) => t.key).join(" ");
  if (NOT_GOVERNMENTS.has(key)) return null;
  // "the Federal Government", "Central authorities": a word of English is a unit only with the unit's
  // word ("Plateau State Government").
  if (!unitWord && end - first === 1 && model.gazetteer.wordLevel(key) > 0) return null;
  for (const m of mentions)
    if (m.first < end && first < m.last) {
      if (m.entries.some((e) => e.kind === "actor")) return null;
      if (!unitWord && m.entries.some((e) => e.kind === "country")) return null;
    }
  const gazetteer = model.gazetteer;
  const byCountry = new Map<string, Entry>();
  const add = (cc: string, unit: string): void => {
    if (!byCountry.has(cc) && model.countries.has(cc))
      byCountry.set(cc, { kind: "actor", actor: regionalGovernment(cc, unit) });
  };
  for (const place of gazetteer.lookup("exact", key)) {
    const feature = gazetteer.feature(place);
    const cc = gazetteer.country(place);
    // (An ADM1's own admin-1 is its name: "Zamfara State", "Tillabéri".)
    if (feature === "A.ADM1") add(cc, gazetteer.admin1(place) || tokensName(tokens, first, end));
    // A second-level unit only when the words say what it is ("Ituri provincial government").
    else if (feature === "A.ADM2" && unitWord) add(cc, tokensName(tokens, first, end));
    // "the Mandera Governor": the seat of "Mandera County", named as its unit.
    else if (feature === "P.PPLA" && normalizeName(gazetteer.admin1(place)).startsWith(key))
      add(cc, gazetteer.admin1(place));
  }
  // "Mandera County Government", "the Kursk Oblast governor": the unit's name with its word.
  if (unitWord)
    for (const place of gazetteer.lookup("exact", `${key} ${unitWord}`))
      if (gazetteer.feature(place) === "A.ADM1") add(gazetteer.country(place), gazetteer.admin1(place));
  return byCountry.size > 0 ? [...byCountry.values()] : null;
}

/** A unit's government's id, as `regionalGovernment` makes it: `xx-<unit>-gov`. */
const REGIONAL_ID = /^([a-z]{2})-[a-z0-9-]+-gov$/;

/** The country whose state an actor id belongs to, a region's government (`xx-<unit>-gov`) included. */
export function stateOrRegionCountry(id: string): string | null {
  return stateCountry(id) ?? REGIONAL_ID.exec(id)?.[1] ?? null;
}

/** The government of a country's unit, as an actor of the report's own under the country's government. */
export function regionalGovernment(cc: string, unit: string): ActorData {
  const slug = unit
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const code = cc.toLowerCase();
  return {
    id: `${code}-${slug}-gov`,
    name: `Government of ${unit}`,
    kind: "government",
    country: cc,
    parent: `${code}-gov`,
    aliases: [],
    region: unit,
  };
}

function tokensName(tokens: readonly Token[], first: number, end: number): string {
  return mapPacked(tokens.slice(first, end), (t) => t.raw).join(" ");
}

function mentionOf(
  tokens: readonly Token[],
  first: number,
  last: number,
  entries: Entry[],
  text: string,
): ActorMention {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return {
    first,
    last,
    start,
    end,
    text: text.slice(start, end),
    entries,
    head: null,
    rule: "actor/regional-government",
  };
}

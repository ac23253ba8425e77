import type { PlaceRecord } from "./build-index.js";
import { nameKeys } from "./build-index.js";
import { isLatinKey, looseKey, skeletonKey, skeletonStrength } from "./normalize.js";

/**
 * Towns that only an airfield names. OurAirports gives each airfield the municipality it serves; a
 * small airstrip's is often a town that GeoNames' cities500 lacks (its population unknown or under 500:
 * Bocaranga, El Wak, Garsen). Such a municipality becomes a populated place at its airfield when the
 * gazetteer has no settlement of that name near it, and when it reads as a town's name at all (not a
 * region, an island, a lodge, a district already known, nor a common English word). Pure: the build
 * script reads the files and hands the rows over.
 */

/** One row of OurAirports' airports.csv, as far as this needs it. */
export interface AirfieldRow {
  readonly name: string;
  /** OurAirports' type: small_airport, medium_airport, large_airport, closed, heliport, seaplane_base… */
  readonly type: string;
  readonly municipality: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
}

/** What tells a town's name from a word (the index's own vocabulary, and the geoparser's stop list). */
export interface TownVocabulary {
  /** Common English words (lower case). */
  readonly words: ReadonlyMap<string, number> | ReadonlySet<string>;
  /** First names, normalised. */
  readonly firstNames: ReadonlySet<string>;
  /** Normalised names that are never places on their own ("police", "hamas", "march"). */
  readonly notPlaces: ReadonlySet<string>;
}

/** Why a municipality was not made a place (for the build's report), or "added". */
export type TownVerdict =
  | "added"
  | "country well covered"
  | "not an airfield"
  | "no name"
  | "not a town's name"
  | "too short"
  | "words"
  | "first name"
  | "stop word"
  | "names a country, unit or region"
  | "names a district nearby"
  | "spread over a region"
  | "known nearby"
  | "known farther";

/** The populated places added, and every municipality's verdict. */
export interface AirfieldTowns {
  readonly towns: PlaceRecord[];
  readonly verdicts: Map<string, { verdict: TownVerdict; example: string }>;
}

/** Feature of a town known only by its airfield: a populated locality, weighed like a hamlet. */
export const AIRFIELD_TOWN_FEATURE = "P.PPLL";
/** Kinds of airfield whose municipality is a town's (closed rows are any kind: see NOT_AN_AIRFIELD). */
const AIRFIELD_TYPES = new Set(["small_airport", "medium_airport", "large_airport", "closed"]);
/** A closed row keeps its former kind only in its name. */
const NOT_AN_AIRFIELD = /\bheli(?:port|pad|stop|copter)|\bseaplane|\bwater aerodrome|\bballoon/i;
/** Words that make a municipality something other than a town. */
const NOT_A_TOWN = new RegExp(
  "(?<!\\p{L})(?:" +
    [
      // islands and coasts
      "islands?|isla|islas|ilha|ilhas|[iî]le|[iî]les|isles?|islets?|is\\.|cays?|keys|atoll|archipelago|peninsula|bay|gulf|golfo|beach|coast",
      // parks, reserves, lodges, farms and other estates, works and institutions
      "parks?|parque|reserves?|reserva|conservancy|sanctuary|lodge|camps?|campamento|ranch|rancho|hacienda|estancia|fazenda|finca|farms?|estates?|homestead|outstation|downs|plantation|tea|sisal|sugar|mines?|mina|works|factory|company|limited|ltd|inc|resort|hotel|club|school|college|university|hospital|mission|barracks|prison|station|base",
      // airfields, water, land
      "airport|airfield|airstrip|aerodrome|lake|lago|laguna|river|creek|springs?|falls|gorge|canyon|valley|hills?|mount|mt|mountains?|desert|oilfield|field|road|highway|via|vía|carretera|rodovia|km",
      // units and regions
      "region|province|provincia|district|distrito|county|township|parish|borough|department|departamento|municipality|municipio|comarca|state|estado|territory|area|zone|national|game|safari",
    ].join("|") +
    ")(?!\\p{L})",
  "iu",
);
/** Words that qualify a name ("Nanyuki West", "Bura East"): the part before them may be a known town. */
const QUALIFIERS = new Set(["north", "south", "east", "west", "upper", "lower", "new", "old", "central"]);
/** Words inside names that are no words of their own ("Sidi el Hani", "Ban de Loc"). */
const CONNECTORS = new Set([
  "al",
  "el",
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "los",
  "las",
  "del",
  "da",
  "do",
  "dos",
  "of",
  "the",
  "y",
]);
/** A settlement of the name this near an airfield is the town it serves. */
const SAME_TOWN_KM = 25;
/** Airfields farther apart than this that name one municipality name a region, or two towns. */
const CLUSTER_KM = 40;
/** A district of the name this near is what the municipality names. */
const DISTRICT_KM = 150;
/** A settlement of the very name (not a transliteration) this near is the town an airfield far out serves. */
const SERVED_TOWN_KM = 100;

/** The town's name in a municipality: "Duxford, Cambridgeshire" → "Duxford", "Moyale (Lower)" → "Moyale". */
export function townName(municipality: string): string {
  return (municipality.split(/[,;/]|\.\s|\s[-–]\s/)[0] ?? "")
    .replace(/\([^)]*\)?/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The guard that a town's name fails, or null. */
function nameVerdict(name: string, key: string, vocabulary: TownVocabulary): TownVerdict | null {
  if (!key) return "no name";
  if (/\d/.test(name) || !/^\p{Lu}/u.test(name) || NOT_A_TOWN.test(name)) return "not a town's name";
  if (key.replace(/ /g, "").length <= 2) return "too short";
  const words = key.split(" ").filter((w) => !CONNECTORS.has(w));
  if (words.every((w) => vocabulary.words.has(w) || QUALIFIERS.has(w))) return "words";
  if (words.length === 1 && vocabulary.firstNames.has(key)) return "first name";
  if (vocabulary.notPlaces.has(key) || vocabulary.notPlaces.has(looseKey(key))) return "stop word";
  return null;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

/** The keys a name meets the index on: exact, loose and (for long Latin names) skeleton. */
function keysOf(key: string): string[] {
  const loose = looseKey(key);
  const keys = [`e:${key}`, `l:${loose}`];
  if (isLatinKey(loose)) {
    const skeleton = skeletonKey(loose);
    if (skeletonStrength(skeleton) >= 4) keys.push(`s:${skeleton}`);
  }
  return keys;
}

const isSettlement = (feature: string): boolean => feature.startsWith("P.");
/** A district or smaller unit: what a municipality may name nearby. */
const isDistrict = (feature: string): boolean => /^A\.ADM[2-5D]/.test(feature);

interface Cluster {
  name: string;
  key: string;
  country: string;
  airfields: AirfieldRow[];
}

/** The name without a qualifier at either end ("Nanyuki West" → "nanyuki", "North Horr" → "horr"), or "". */
function unqualified(key: string): string {
  const words = key.split(" ");
  if (words.length < 2) return "";
  if (QUALIFIERS.has(words[words.length - 1]!)) return words.slice(0, -1).join(" ");
  if (QUALIFIERS.has(words[0]!)) return words.slice(1).join(" ");
  return "";
}

/** The name with a qualifier at either end ("yorkshire" → "north yorkshire", "yorkshire west"…). */
const qualified = (key: string): string[] => [...QUALIFIERS].flatMap((q) => [`${q} ${key}`, `${key} ${q}`]);

/**
 * The populated places that airfields' municipalities add to `records` (which are not changed): one a
 * town, at the mean of its airfields, with the admin-1 unit of the nearest settlement of its country.
 */
export function airfieldTowns(
  airfields: readonly AirfieldRow[],
  records: readonly PlaceRecord[],
  vocabulary: TownVocabulary,
  /** The countries whose airfields may add towns (all when absent). */
  countries?: ReadonlySet<string>,
): AirfieldTowns {
  const verdicts = new Map<string, { verdict: TownVerdict; example: string }>();
  // The municipalities by country and loose key, with their airfields.
  const groups = new Map<string, Cluster>();
  for (const row of airfields) {
    if (!row.municipality) continue;
    const label = `${row.country}|${row.municipality}`;
    if (countries && !countries.has(row.country)) {
      verdicts.set(label, { verdict: "country well covered", example: row.name });
      continue;
    }
    if (!AIRFIELD_TYPES.has(row.type) || NOT_AN_AIRFIELD.test(row.name)) {
      if (!verdicts.has(label)) verdicts.set(label, { verdict: "not an airfield", example: row.name });
      continue;
    }
    if (!Number.isFinite(row.lat) || !Number.isFinite(row.lon)) continue;
    const name = townName(row.municipality);
    const key = [...nameKeys([name])][0] ?? "";
    const verdict = nameVerdict(name, key, vocabulary);
    if (verdict) {
      verdicts.set(label, { verdict, example: row.name });
      continue;
    }
    const id = `${row.country}|${looseKey(key)}`;
    const group =
      groups.get(id) ?? groups.set(id, { name, key, country: row.country, airfields: [] }).get(id)!;
    group.airfields.push(row);
  }
  // The entries of the index under the keys wanted (any of their names): the name, the name without
  // its qualifier (a known "Nanyuki" for "Nanyuki West") and with one (a region "North Yorkshire").
  const wanted = new Set<string>();
  for (const { key } of groups.values())
    for (const k of [key, unqualified(key), ...qualified(key)])
      if (k) for (const x of keysOf(k)) wanted.add(x);
  const byKey = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const key of nameKeys([record.name, ...record.altNames]))
      for (const k of keysOf(key)) if (wanted.has(k)) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i);
  });
  const entries = (keys: readonly string[]): PlaceRecord[] => [
    ...new Set(keys.flatMap((k) => byKey.get(k) ?? []).map((i) => records[i]!)),
  ];
  const towns: PlaceRecord[] = [];
  const nearestUnit = admin1Finder(records);
  for (const group of groups.values()) {
    const verdict = townVerdict(group, entries);
    verdicts.set(`${group.country}|${group.airfields[0]!.municipality}`, {
      verdict,
      example: group.airfields[0]!.name,
    });
    if (verdict !== "added") continue;
    const point = meanOf(group.airfields);
    towns.push({
      geonameid: null,
      name: group.name,
      altNames: [],
      lat: Math.round(point.lat * 1e5) / 1e5,
      lon: Math.round(point.lon * 1e5) / 1e5,
      country: group.country,
      admin1: nearestUnit(group.country, point),
      feature: AIRFIELD_TOWN_FEATURE,
      population: 0,
    });
  }
  return { towns, verdicts };
}

const meanOf = (points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } => ({
  lat: points.reduce((s, a) => s + a.lat, 0) / points.length,
  lon: points.reduce((s, a) => s + a.lon, 0) / points.length,
});

/** Whether a municipality's airfields make it a town of its own, given the entries the index has under its names. */
function townVerdict(group: Cluster, entries: (keys: readonly string[]) => PlaceRecord[]): TownVerdict {
  const exact = keysOf(group.key).slice(0, 2);
  const named = entries(exact);
  // A country, a first-level unit, a region or a sea (anywhere) of the name; or a unit of its
  // country that the name qualified names ("Yorkshire": North Yorkshire).
  const broad = (r: PlaceRecord): boolean =>
    !isSettlement(r.feature) && !r.feature.startsWith("S.") && !isDistrict(r.feature);
  if (named.some(broad)) return "names a country, unit or region";
  const regions = entries(qualified(group.key).flatMap((k) => keysOf(k).slice(0, 2)));
  if (regions.some((r) => r.country === group.country && (broad(r) || isDistrict(r.feature))))
    return "names a country, unit or region";
  if (clustersOf(group.airfields).length > 1) return "spread over a region";
  const point = meanOf(group.airfields);
  if (named.some((r) => isDistrict(r.feature) && r.country === group.country && km(r, point) <= DISTRICT_KM))
    return "names a district nearby";
  // A settlement of the name (or a transliteration of it, or of the name before its qualifier) by the
  // airfield; or of the very name farther out, the town that an airfield out of town serves.
  const bare = unqualified(group.key);
  const near = entries([...keysOf(group.key), ...(bare ? keysOf(bare) : [])]);
  if (near.some((r) => isSettlement(r.feature) && group.airfields.some((a) => km(r, a) <= SAME_TOWN_KM)))
    return "known nearby";
  if (named.some((r) => isSettlement(r.feature) && km(r, point) <= SERVED_TOWN_KM)) return "known farther";
  return "added";
}

/** Airfields grouped by single linkage within CLUSTER_KM. */
function clustersOf(airfields: readonly AirfieldRow[]): AirfieldRow[][] {
  const clusters: AirfieldRow[][] = [];
  for (const a of airfields) {
    const joined = clusters.filter((c) => c.some((b) => km(a, b) <= CLUSTER_KM));
    const merged = [a, ...joined.flat()];
    for (const c of joined) clusters.splice(clusters.indexOf(c), 1);
    clusters.push(merged);
  }
  return clusters;
}

/** The admin-1 unit of the nearest settlement of a country within about 200 km (a grid of 1° cells), or "". */
function admin1Finder(
  records: readonly PlaceRecord[],
): (country: string, point: { lat: number; lon: number }) => string {
  const cells = new Map<string, PlaceRecord[]>();
  const cell = (lat: number, lon: number): string => `${Math.floor(lat)}|${Math.floor(lon)}`;
  for (const r of records) {
    if (!isSettlement(r.feature) || !r.admin1) continue;
    const c = cell(r.lat, r.lon);
    (cells.get(c) ?? cells.set(c, []).get(c)!).push(r);
  }
  return (country, point) => {
    let best = "";
    let bestKm = Infinity;
    for (let dLat = -2; dLat <= 2; dLat++)
      for (let dLon = -2; dLon <= 2; dLon++)
        for (const r of cells.get(cell(point.lat + dLat, point.lon + dLon)) ?? []) {
          if (r.country !== country) continue;
          const d = km(r, point);
          if (d < bestKm) {
            bestKm = d;
            best = r.admin1;
          }
        }
    return best;
  };
}

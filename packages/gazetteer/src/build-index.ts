import { KeyTableBuilder } from "./key-table.js";
import { isLatinKey, looseKey, normalizeName, skeletonKey, skeletonStrength } from "./normalize.js";
import { writeSections, type SectionValue } from "./binary.js";
import { placePrior } from "./prior.js";

/** One place as read from a source dump, before indexing. */
export interface PlaceRecord {
  readonly geonameid: number | null;
  readonly name: string;
  /** Other names, any language; the index keeps Latin, Cyrillic and Arabic ones. */
  readonly altNames: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly country: string;
  readonly admin1: string;
  readonly feature: string;
  readonly population: number;
  /** Short names of an airport or airbase ("Abu ad Duhur" for "Abu ad Duhur Air Base"). */
  readonly stems?: readonly string[];
  /** Adjectives and demonyms that stand for the place ("Syrian" for Syria). */
  readonly demonyms?: readonly string[];
  /**
   * A country's or unit's parts: the centres of its northern, north-eastern, … north-western third, as
   * latitude and longitude pairs (16 numbers, clockwise from north).
   */
  readonly parts?: readonly number[];
}

/** Word lists kept in the index so the geoparser can tell words and first names from places. */
export interface IndexVocabulary {
  /** Common English words (lower case) with their commonness: 1 most common … 3 less common. */
  readonly words: ReadonlyMap<string, number>;
  /** First names (any case). */
  readonly firstNames: readonly string[];
  /** GeoNames admin-1 codes and names, one "CC.CODE<tab>Name" a line (for imported dumps). */
  readonly admin1Codes?: string;
}

/** Scripts kept in name keys: Latin, Greek-free Cyrillic and Arabic; the rest is left out. */
const KEPT_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{N} ]+$/u;
const MAX_POSTINGS = 120;
/** Numbers a record's parts take: a latitude and a longitude for each of eight directions. */
export const PART_NUMBERS = 16;
const MIN_SKELETON = 4;

/** Builds the binary gazetteer index from place records. Pure. */
export function buildIndex(
  records: readonly PlaceRecord[],
  vocabulary: IndexVocabulary,
  meta: Record<string, unknown> = {},
): Uint8Array {
  const strings = new StringTable();
  const count = records.length;
  const geonameid = new Int32Array(count);
  const lat = new Float32Array(count);
  const lon = new Float32Array(count);
  const population = new Uint32Array(count);
  const nameRef = new Uint32Array(count);
  const featureRef = new Uint32Array(count);
  const countryRef = new Uint32Array(count);
  const admin1Ref = new Uint32Array(count);
  const prior = new Float32Array(count);
  const tables = {
    exact: new KeyTableBuilder(),
    loose: new KeyTableBuilder(),
    skeleton: new KeyTableBuilder(),
    airport: new KeyTableBuilder(),
    demonym: new KeyTableBuilder(),
  };

  records.forEach((record, i) => {
    geonameid[i] = record.geonameid ?? -1;
    lat[i] = record.lat;
    lon[i] = record.lon;
    population[i] = Math.min(record.population, 0xffffffff);
    nameRef[i] = strings.ref(record.name);
    featureRef[i] = strings.ref(record.feature);
    countryRef[i] = strings.ref(record.country);
    admin1Ref[i] = strings.ref(record.admin1);
    prior[i] = placePrior(record.feature, record.population, latinSpellings(record));
    for (const key of nameKeys([record.name, ...record.altNames])) {
      tables.exact.add(key, i);
      // The loose table holds only keys that differ from the name; lookups try both tables.
      const loose = looseKey(key);
      if (loose !== key) tables.loose.add(loose, i);
      if (isLatinKey(loose)) {
        const skeleton = skeletonKey(loose);
        if (skeletonStrength(skeleton) >= MIN_SKELETON) tables.skeleton.add(skeleton, i);
      }
    }
    for (const key of nameKeys(record.stems ?? [])) tables.airport.add(looseKey(key), i);
    for (const key of nameKeys(record.demonyms ?? [])) tables.demonym.add(key, i);
  });

  const byPrior = (a: number, b: number): number => prior[b]! - prior[a]!;
  const sections: Record<string, SectionValue> = {
    geonameid,
    lat,
    lon,
    population,
    nameRef,
    featureRef,
    countryRef,
    admin1Ref,
    prior,
  };
  const partPlaces: number[] = [];
  const partPoints: number[] = [];
  records.forEach((record, i) => {
    if (record.parts?.length !== PART_NUMBERS) return;
    partPlaces.push(i);
    partPoints.push(...record.parts);
  });
  sections["parts.places"] = Int32Array.from(partPlaces);
  sections["parts.points"] = Float32Array.from(partPoints);
  for (const [name, builder] of Object.entries(tables))
    addTable(sections, name, builder.build(byPrior, MAX_POSTINGS));
  const words = new KeyTableBuilder();
  const levels: number[] = [];
  for (const [word, level] of [...vocabulary.words].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    words.add(word, levels.length);
    levels.push(level);
  }
  addTable(
    sections,
    "words",
    words.build(() => 0, 1),
  );
  sections.wordLevel = Uint8Array.from(levels);
  const names = new KeyTableBuilder();
  for (const name of vocabulary.firstNames) names.add(normalizeName(name));
  addTable(
    sections,
    "firstNames",
    names.build(() => 0, 0),
  );
  sections.strings = strings.joined();
  sections.admin1Codes = vocabulary.admin1Codes ?? "";
  return writeSections({ ...meta, version: 1, places: count }, sections);
}

function addTable(
  sections: Record<string, SectionValue>,
  name: string,
  table: ReturnType<KeyTableBuilder["build"]>,
): void {
  sections[`${name}.blob`] = table.blob;
  sections[`${name}.counts`] = table.counts;
  sections[`${name}.postings`] = table.postings;
}

/** The distinct normalised keys of a list of names, in kept scripts only. */
export function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    if (name.length === 0 || name.length > 60) continue;
    const key = normalizeName(name);
    if (key.length > 0 && KEPT_SCRIPT.test(key)) keys.add(key);
  }
  return keys;
}

/** Distinct strings, stored once, joined by "\n". */
class StringTable {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];

  ref(value: string): number {
    const clean = value.replace(/\n/g, " ");
    let ref = this.index.get(clean);
    if (ref === undefined) {
      ref = this.list.length;
      this.list.push(clean);
      this.index.set(clean, ref);
    }
    return ref;
  }

  joined(): string {
    return this.list.join("\n");
  }
}

/** How many other Latin spellings a record has than its name (distinct loose keys; other scripts left out). */
export function latinSpellings(record: Pick<PlaceRecord, "name" | "altNames">): number {
  const own = looseKey(normalizeName(record.name));
  const seen = new Set<string>();
  for (const name of record.altNames) {
    const key = looseKey(normalizeName(name));
    if (key !== "" && key !== own && isLatinKey(key)) seen.add(key);
  }
  return seen.size;
}

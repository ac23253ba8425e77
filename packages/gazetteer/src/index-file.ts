import { appendSections, readSections, type SectionValue, type Sections } from "./binary.js";
import { KeyTable, LOOKUP_LAYOUT, type LookupTables } from "./key-table.js";
import type { Place } from "./types.js";

/** The name tables an index holds. */
export type NameTable = "exact" | "loose" | "skeleton" | "airport" | "demonym";
const NAME_TABLES: readonly NameTable[] = ["exact", "loose", "skeleton", "airport", "demonym"];
/** Every key table of an index: the name tables, then the word lists. */
type KeyTableName = NameTable | "words" | "firstNames";
const KEY_TABLES: readonly KeyTableName[] = [...NAME_TABLES, "words", "firstNames"];

/** One binary index file (the shipped one, or an imported overlay), viewed in place. */
export class GazetteerIndex {
  readonly meta: Record<string, unknown>;
  readonly size: number;
  private readonly geonameid: Int32Array;
  private readonly lat: Float32Array;
  private readonly lon: Float32Array;
  private readonly population: Uint32Array;
  private readonly nameRef: Uint32Array;
  private readonly featureRef: Uint32Array;
  private readonly countryRef: Uint32Array;
  private readonly admin1Ref: Uint32Array;
  readonly priors: Float32Array;
  /** Names, feature codes, countries and admin-1 names: UTF-8, one a line, decoded one at a time. */
  private readonly strings: Uint8Array;
  /** Where each string starts (and one past the last one's end): stored in an unpacked index, else found on first use. */
  private stringStarts: Uint32Array | null;
  private readonly storedStrings: boolean;
  /** Countries, feature codes and admin-1 names decoded so far (a few thousand strings at most). */
  private readonly fields: string[] = [];
  /** For each string, its number in `fields` plus one, or 0 (made on first use: a Map cost the geoparser about 5%). */
  private fieldSlots: Int32Array | null = null;
  private readonly tables: Record<NameTable, KeyTable>;
  readonly words: KeyTable;
  private readonly wordLevel: Uint8Array;
  readonly firstNames: KeyTable;
  private readonly admin1Codes: Uint8Array;
  /** The entries that have parts (ascending), and their parts' points (see `PlaceRecord.parts`). */
  private readonly partPlaces: Int32Array;
  private readonly partPoints: Float32Array;
  private admin1Map: Map<string, string> | null = null;

  private constructor(bytes: Uint8Array) {
    const s = readSections(bytes);
    this.meta = s.meta;
    this.geonameid = s.i32("geonameid");
    this.size = this.geonameid.length;
    this.lat = s.f32("lat");
    this.lon = s.f32("lon");
    this.population = s.u32("population");
    this.nameRef = s.u32("nameRef");
    this.featureRef = s.u32("featureRef");
    this.countryRef = s.u32("countryRef");
    this.admin1Ref = s.u32("admin1Ref");
    this.priors = s.f32("prior");
    const unpacked = s.meta.lookupLayout === LOOKUP_LAYOUT;
    this.strings = s.utf8("strings");
    const starts = unpacked && s.has("strings.starts") ? s.u32("strings.starts") : null;
    this.storedStrings = starts !== null && starts[starts.length - 1] === this.strings.length + 1;
    this.stringStarts = this.storedStrings ? starts : null;
    const table = (name: string): KeyTable =>
      new KeyTable(
        s.utf8(`${name}.blob`),
        s.u8(`${name}.counts`),
        s.u32(`${name}.postings`),
        unpacked ? storedLookupTables(s, name) : undefined,
      );
    this.tables = Object.fromEntries(NAME_TABLES.map((name) => [name, table(name)])) as Record<
      NameTable,
      KeyTable
    >;
    this.words = table("words");
    this.wordLevel = s.u8("wordLevel");
    this.firstNames = table("firstNames");
    this.admin1Codes = s.utf8("admin1Codes");
    // An index built before parts were stored (an overlay imported then) has none.
    this.partPlaces = s.has("parts.places") ? s.i32("parts.places") : new Int32Array(0);
    this.partPoints = s.has("parts.points") ? s.f32("parts.points") : new Float32Array(0);
  }

  /**
   * The centre of an entry's part in a direction (bearing in degrees, rounded to the nearest of the eight:
   * 0 its northern third, 90 its eastern …), or null when the entry has no parts (only countries and
   * first-level units with known shapes have them).
   */
  partOf(local: number, bearing: number): { lat: number; lon: number } | null {
    let lo = 0;
    let hi = this.partPlaces.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.partPlaces[mid]!;
      if (at === local) {
        const octant = Math.round((((bearing % 360) + 360) % 360) / 45) % 8;
        const base = mid * 16 + octant * 2;
        return { lat: round5(this.partPoints[base]!), lon: round5(this.partPoints[base + 1]!) };
      }
      if (at < local) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** Name of a GeoNames admin-1 code ("SY", "09" → "Aleppo"), or "". */
  admin1Name(country: string, code: string): string {
    if (!this.admin1Map) {
      this.admin1Map = new Map();
      for (const line of new TextDecoder().decode(this.admin1Codes).split("\n")) {
        const tab = line.indexOf("\t");
        if (tab > 0) this.admin1Map.set(line.slice(0, tab), line.slice(tab + 1));
      }
    }
    return this.admin1Map.get(`${country}.${code}`) ?? "";
  }

  /** Views an index file's bytes; throws a clear error if they are not an index. */
  static fromBytes(bytes: Uint8Array): GazetteerIndex {
    return new GazetteerIndex(bytes);
  }

  table(name: NameTable): KeyTable {
    return this.tables[name];
  }

  /** True when the file holds every lookup table (an unpacked index), so that none is built. */
  hasLookupTables(): boolean {
    return this.storedStrings && KEY_TABLES.every((name) => this.keyTable(name).stored);
  }

  /** A key table by its section name: a name table, "words" or "firstNames". */
  keyTable(name: KeyTableName): KeyTable {
    if (name === "words") return this.words;
    if (name === "firstNames") return this.firstNames;
    return this.tables[name];
  }

  /** Commonness of an English word: 0 not a common word, 1 very common … 3 less common. */
  wordLevelOf(word: string): number {
    const id = this.words.find(word);
    return id < 0 ? 0 : (this.wordLevel[this.words.firstPosting(id) ?? 0] ?? 0);
  }

  place(local: number, index: number): Place {
    const id = this.geonameid[local]!;
    return {
      index,
      geonameid: id < 0 ? null : id,
      name: this.stringAt(this.nameRef[local]!),
      lat: round5(this.lat[local]!),
      lon: round5(this.lon[local]!),
      country: this.countryOf(local),
      admin1: this.admin1Of(local),
      feature: this.featureOf(local),
      population: this.population[local]!,
    };
  }

  latOf(local: number): number {
    return this.lat[local]!;
  }

  lonOf(local: number): number {
    return this.lon[local]!;
  }

  countryOf(local: number): string {
    return this.field(this.countryRef[local]!);
  }

  featureOf(local: number): string {
    return this.field(this.featureRef[local]!);
  }

  admin1Of(local: number): string {
    return this.field(this.admin1Ref[local]!);
  }

  geonameidOf(local: number): number {
    return this.geonameid[local]!;
  }

  /** A country, feature code or admin-1 name: few distinct strings, asked for again and again. */
  private field(ref: number): string {
    const slots = this.fieldSlots ?? (this.fieldSlots = new Int32Array(this.stringStartsTable().length - 1));
    const slot = slots[ref];
    if (slot === undefined) return "";
    if (slot > 0) return this.fields[slot - 1]!;
    const value = this.stringAt(ref);
    slots[ref] = this.fields.push(value);
    return value;
  }

  /** The string a reference names ("" for none). */
  private stringAt(ref: number): string {
    const starts = this.stringStarts ?? (this.stringStarts = lineStarts(this.strings));
    if (!(ref < starts.length - 1)) return "";
    return utf8.decode(this.strings.subarray(starts[ref], starts[ref + 1]! - 1));
  }

  /** The string starts of `stringAt` (built now if need be, to be stored in an unpacked index). */
  stringStartsTable(): Uint32Array {
    return this.stringStarts ?? (this.stringStarts = lineStarts(this.strings));
  }
}

/** Keeps a leading U+FEFF: a string is decoded alone, and a name's first character is its own. */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Where each of the "\n"-separated lines of `bytes` starts, and one past the last line's end. */
function lineStarts(bytes: Uint8Array): Uint32Array {
  let lines = 1;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  const starts = new Uint32Array(lines + 1);
  let line = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) starts[++line] = i + 1;
  starts[lines] = bytes.length + 1;
  return starts;
}

const NEWLINE = 0x0a;

/** A key table's stored lookup tables, when the index holds them. */
function storedLookupTables(s: Sections, name: string): LookupTables | undefined {
  if (!s.has(`${name}.hash`)) return undefined;
  return {
    hash: s.i32(`${name}.hash`),
    starts: s.u32(`${name}.starts`),
    postStarts: s.u32(`${name}.postStarts`),
  };
}

/**
 * An index file with what loading would build stored in it, so that it loads with no work a key:
 * every key table's lookup tables and the strings' starts. `meta` is added to the file's (the
 * caller records there what the copy was made from). The file is larger (the shipped index: 57 → 90 MB)
 * and compresses worse: it is made at install time from the committed, compressed one.
 */
export function withLookupTables(bytes: Uint8Array, meta: Record<string, unknown> = {}): Uint8Array {
  const index = GazetteerIndex.fromBytes(bytes);
  const sections: Record<string, SectionValue> = {};
  for (const name of KEY_TABLES) {
    const { hash, starts, postStarts } = index.keyTable(name).lookupTables();
    sections[`${name}.hash`] = hash;
    sections[`${name}.starts`] = starts;
    sections[`${name}.postStarts`] = postStarts;
  }
  sections["strings.starts"] = index.stringStartsTable();
  return appendSections(bytes, { ...index.meta, ...meta, lookupLayout: LOOKUP_LAYOUT }, sections);
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

import { readSections } from "./binary.js";
import { KeyTable } from "./key-table.js";
import type { Place } from "./types.js";

/** The name tables an index holds. */
export type NameTable = "exact" | "loose" | "skeleton" | "airport" | "demonym";
const NAME_TABLES: readonly NameTable[] = ["exact", "loose", "skeleton", "airport", "demonym"];

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
  private readonly strings: string[];
  private readonly tables: Record<NameTable, KeyTable>;
  readonly words: KeyTable;
  private readonly wordLevel: Uint8Array;
  readonly firstNames: KeyTable;
  private readonly admin1Codes: string;
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
    this.strings = s.str("strings").split("\n");
    const table = (name: string): KeyTable =>
      new KeyTable(s.utf8(`${name}.blob`), s.u8(`${name}.counts`), s.u32(`${name}.postings`));
    this.tables = Object.fromEntries(NAME_TABLES.map((name) => [name, table(name)])) as Record<
      NameTable,
      KeyTable
    >;
    this.words = table("words");
    this.wordLevel = s.u8("wordLevel");
    this.firstNames = table("firstNames");
    this.admin1Codes = s.str("admin1Codes");
  }

  /** Name of a GeoNames admin-1 code ("SY", "09" → "Aleppo"), or "". */
  admin1Name(country: string, code: string): string {
    if (!this.admin1Map) {
      this.admin1Map = new Map();
      for (const line of this.admin1Codes.split("\n")) {
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
      name: this.strings[this.nameRef[local]!] ?? "",
      lat: round5(this.lat[local]!),
      lon: round5(this.lon[local]!),
      country: this.strings[this.countryRef[local]!] ?? "",
      admin1: this.strings[this.admin1Ref[local]!] ?? "",
      feature: this.strings[this.featureRef[local]!] ?? "",
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
    return this.strings[this.countryRef[local]!] ?? "";
  }

  featureOf(local: number): string {
    return this.strings[this.featureRef[local]!] ?? "";
  }

  admin1Of(local: number): string {
    return this.strings[this.admin1Ref[local]!] ?? "";
  }

  geonameidOf(local: number): number {
    return this.geonameid[local]!;
  }
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

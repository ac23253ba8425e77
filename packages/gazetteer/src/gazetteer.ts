import { GazetteerIndex, type NameTable } from "./index-file.js";
import { looseKey, normalizeName } from "./normalize.js";
import type { Place } from "./types.js";

export type { NameTable } from "./index-file.js";

/**
 * The gazetteer the geoparser searches: the shipped index plus any overlays (imported GeoNames
 * dumps, analyst-added places). Entries are numbered across all of them; later overlays come
 * first among equal candidates and an overlay entry with a GeoNames id hides the base entry
 * with the same id.
 */
export class Gazetteer {
  private readonly offsets: number[] = [];
  private readonly hidden = new Set<number>();
  private readonly mainNames = new Map<number, string>();
  /**
   * The answers of `wordLevel` and `isFirstName` so far: the geoparser asks about the same few words
   * again and again (a third of its questions are new in a report), and a table search costs several
   * times a map's (its tables are far larger than the caches).
   */
  private readonly wordLevels = new Map<string, number>();
  private readonly firstNames = new Map<string, boolean>();
  private lastKey = "";
  private lastLooseKey = "";
  readonly size: number;

  private constructor(private readonly indexes: readonly GazetteerIndex[]) {
    let offset = 0;
    for (const index of indexes) {
      this.offsets.push(offset);
      offset += index.size;
    }
    this.size = offset;
    this.hideShadowed();
  }

  /** A gazetteer over index files' bytes: the base index first, then overlays. */
  static fromBytes(...files: Uint8Array[]): Gazetteer {
    return new Gazetteer(files.map((bytes) => GazetteerIndex.fromBytes(bytes)));
  }

  /** A gazetteer over indexes already opened (reuses their name tables): the base first, then overlays. */
  static fromIndexes(...indexes: GazetteerIndex[]): Gazetteer {
    return new Gazetteer(indexes);
  }

  /** An empty gazetteer (for tests of code that only needs the type). */
  static empty(): Gazetteer {
    return new Gazetteer([]);
  }

  /** Entry numbers under a key in one of the name tables, best prior first within each index. */
  lookup(table: NameTable, key: string): number[] {
    const out: number[] = [];
    for (let i = this.indexes.length - 1; i >= 0; i--) {
      const offset = this.offsets[i]!;
      // Only an overlay hides entries: the shipped index alone needs no test a posting.
      if (this.hidden.size === 0) this.indexes[i]!.table(table).appendPostings(key, out, offset);
      else
        for (const local of this.indexes[i]!.table(table).lookup(key)) {
          const global = offset + local;
          if (!this.hidden.has(global)) out.push(global);
        }
    }
    return out;
  }

  /** True when a key is in a name table (cheaper than lookup). */
  has(table: NameTable, key: string): boolean {
    return this.indexes.some((index) => index.table(table).has(key));
  }

  place(index: number): Place | undefined {
    const i = this.fileOf(index);
    return i < 0 ? undefined : this.indexes[i]!.place(index - this.offsets[i]!, index);
  }

  /** True when a normalised key is the entry's own name (not one of its alternate names). */
  isMainName(index: number, key: string): boolean {
    let name = this.mainNames.get(index);
    if (name === undefined) {
      name = looseKey(normalizeName(this.place(index)?.name ?? ""));
      this.mainNames.set(index, name);
    }
    // The resolver asks about one key for many entries in a row.
    if (key !== this.lastKey) {
      this.lastKey = key;
      this.lastLooseKey = looseKey(key);
    }
    return name === this.lastLooseKey;
  }

  /** Static prior of an entry (feature kind and population). */
  prior(index: number): number {
    const i = this.fileOf(index);
    return i < 0 ? 0 : this.indexes[i]!.priors[index - this.offsets[i]!]!;
  }

  /** The centre of a country's or unit's part in a direction ("northern Shan State"), or null (see `GazetteerIndex.partOf`). */
  part(index: number, bearing: number): { lat: number; lon: number } | null {
    const i = this.fileOf(index);
    return i < 0 ? null : this.indexes[i]!.partOf(index - this.offsets[i]!, bearing);
  }

  lat(index: number): number {
    const i = this.fileOf(index);
    return i < 0 ? 0 : this.indexes[i]!.latOf(index - this.offsets[i]!);
  }

  lon(index: number): number {
    const i = this.fileOf(index);
    return i < 0 ? 0 : this.indexes[i]!.lonOf(index - this.offsets[i]!);
  }

  country(index: number): string {
    const i = this.fileOf(index);
    return i < 0 ? "" : this.indexes[i]!.countryOf(index - this.offsets[i]!);
  }

  feature(index: number): string {
    const i = this.fileOf(index);
    return i < 0 ? "" : this.indexes[i]!.featureOf(index - this.offsets[i]!);
  }

  admin1(index: number): string {
    const i = this.fileOf(index);
    return i < 0 ? "" : this.indexes[i]!.admin1Of(index - this.offsets[i]!);
  }

  /** Commonness of an English word (lower case): 0 none, 1 very common … 3 less common. */
  wordLevel(word: string): number {
    let level = this.wordLevels.get(word);
    if (level === undefined) {
      level = this.indexes[0]?.wordLevelOf(word) ?? 0;
      remember(this.wordLevels, word, level);
    }
    return level;
  }

  /** Name of a GeoNames admin-1 code ("SY", "09" → "Aleppo"), or "". */
  admin1Name(country: string, code: string): string {
    return this.indexes[0]?.admin1Name(country, code) ?? "";
  }

  /** True for a known first name (normalised). */
  isFirstName(name: string): boolean {
    let known = this.firstNames.get(name);
    if (known === undefined) {
      known = this.indexes[0]?.firstNames.has(name) ?? false;
      remember(this.firstNames, name, known);
    }
    return known;
  }

  /** The number of the index file that holds an entry, or -1 (no tuple: the resolver calls this in its hot loop). */
  private fileOf(index: number): number {
    for (let i = this.indexes.length - 1; i >= 0; i--) if (index >= this.offsets[i]!) return i;
    return -1;
  }

  private hideShadowed(): void {
    if (this.indexes.length < 2) return;
    const overlayIds = new Set<number>();
    for (let i = 1; i < this.indexes.length; i++) {
      const index = this.indexes[i]!;
      for (let local = 0; local < index.size; local++) {
        const id = index.geonameidOf(local);
        if (id >= 0) overlayIds.add(id);
      }
    }
    const base = this.indexes[0]!;
    for (let local = 0; local < base.size; local++) {
      if (overlayIds.has(base.geonameidOf(local))) this.hidden.add(local);
    }
  }
}

/** How many words `wordLevel` and `isFirstName` remember (a bound, not a size any report reaches). */
const WORD_MEMO = 16384;

function remember<T>(memo: Map<string, T>, word: string, value: T): void {
  if (memo.size >= WORD_MEMO) memo.clear();
  memo.set(detached(word), value);
}

/**
 * The word as a string of its own: a word of 13 characters or more sliced from a report is a view
 * into the whole report (V8's sliced strings), which a memo must not keep alive. Slicing a joined
 * string copies its characters first.
 */
function detached(word: string): string {
  return word.length < 13 ? word : `${word} `.slice(0, -1);
}

/**
 * The version of `LookupTables`' layout (hash function, capacity, slot format): an unpacked index
 * says which one its tables follow, and tables of another are not used.
 */
export const LOOKUP_LAYOUT = 1;

/** What a key table builds before its first lookup; an unpacked index file stores them. */
export interface LookupTables {
  /** The open-addressing slots (see `KeyTable`). */
  readonly hash: Int32Array;
  /** Where each key starts in the blob, and one past the last key's "\n". */
  readonly starts: Uint32Array;
  /** Where each key's postings start, and their end. */
  readonly postStarts: Uint32Array;
}

/**
 * A read-only table of string keys, each with a list of postings (gazetteer entry numbers).
 * Keys live in one UTF-8 blob (viewed in the index file, never decoded: the names would take twice
 * their size as a JavaScript string), each followed by "\n", with a count of postings per key;
 * offsets and the hash table are built on first use (so loading costs nothing until a lookup needs
 * it), or viewed in the file when an unpacked index holds them (then no lookup costs a build).
 */
export class KeyTable {
  /**
   * Open addressing: each slot holds 0 (empty) or the key's number plus one in the low `idBits` bits,
   * with the top bits of the key's hash above them (a fingerprint), so that a probe meets another key
   * without reading its bytes, which lie far apart in memory (most lookups are of names not in the table).
   */
  private hash: Int32Array | null = null;
  private mask = 0;
  private idBits = 0;
  private fingerprintBits = 0;
  private starts: Uint32Array = EMPTY;
  private postStarts: Uint32Array = EMPTY;
  private readonly bytes: Uint8Array;
  /** True when the lookup tables are the ones the constructor was given (checked), not built here. */
  readonly stored: boolean = false;

  constructor(
    blob: string | Uint8Array,
    private readonly counts: Uint8Array,
    private readonly postingList: Uint32Array,
    built?: LookupTables,
  ) {
    this.bytes = typeof blob === "string" ? new TextEncoder().encode(blob) : blob;
    if (built && fits(built, counts.length)) {
      this.adopt(built);
      // A table laid out by other code (a hash changed without a new LOOKUP_LAYOUT) is built again.
      if (this.findsOwnKeys()) this.stored = true;
      else this.hash = null;
    }
  }

  get size(): number {
    return this.counts.length;
  }

  /** The key's number, or -1. */
  find(key: string): number {
    if (key.length === 0) return -1;
    const hash = this.hash ?? this.buildHash();
    if (key !== lastKey) {
      lastLength = utf8Into(key);
      lastHash = lastLength < 0 ? 0 : hashBytes(scratch, 0, lastLength);
      lastKey = key;
    }
    const length = lastLength;
    // A lone surrogate is in no key (the blob is well-formed UTF-8).
    if (length < 0) return -1;
    const h = lastHash;
    const idBits = this.idBits;
    const fingerprint = fingerprintOf(h, this.fingerprintBits);
    let slot = h & this.mask;
    for (;;) {
      const entry = hash[slot]!;
      if (entry === 0) return -1;
      if (entry >>> idBits === fingerprint) {
        const id = (entry & ((1 << idBits) - 1)) - 1;
        const start = this.starts[id]!;
        if (this.starts[id + 1]! - 1 - start === length && sameBytes(this.bytes, start, length)) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** The postings of a key number (empty for -1). */
  postings(id: number): Uint32Array {
    if (id < 0) return EMPTY;
    if (!this.hash) this.buildHash();
    return this.postingList.subarray(this.postStarts[id], this.postStarts[id + 1]);
  }

  /** The first posting of a key number, or undefined (for -1, or a key without postings): no view allocated. */
  firstPosting(id: number): number | undefined {
    if (id < 0) return undefined;
    if (!this.hash) this.buildHash();
    return this.counts[id]! > 0 ? this.postingList[this.postStarts[id]!] : undefined;
  }

  /**
   * Appends a key's postings plus `offset` to `out` (nothing when the key is absent): what lookup gives,
   * without a view allocated for each key.
   */
  appendPostings(key: string, out: number[], offset: number): void {
    const id = this.find(key);
    if (id < 0) return;
    const list = this.postingList;
    for (let k = this.postStarts[id]!, end = this.postStarts[id + 1]!; k < end; k++)
      out.push(offset + list[k]!);
  }

  /** The postings of a key (empty when the key is absent). */
  lookup(key: string): Uint32Array {
    return this.postings(this.find(key));
  }

  key(id: number): string {
    if (!this.hash) this.buildHash();
    return new TextDecoder().decode(this.bytes.subarray(this.starts[id], this.starts[id + 1]! - 1));
  }

  /** The lookup tables, built now if need be (to be stored in an unpacked index). */
  lookupTables(): LookupTables {
    const hash = this.hash ?? this.buildHash();
    return { hash, starts: this.starts, postStarts: this.postStarts };
  }

  private buildHash(): Int32Array {
    const built = buildLookupTables(this.bytes, this.counts);
    this.adopt(built);
    return built.hash;
  }

  private adopt({ hash, starts, postStarts }: LookupTables): void {
    const count = this.size;
    // Key numbers plus one take idBits; the sign bit stays clear.
    this.idBits = 32 - Math.clz32(count);
    this.fingerprintBits = Math.max(0, 31 - this.idBits);
    this.starts = starts;
    this.postStarts = postStarts;
    this.mask = hash.length - 1;
    this.hash = hash;
  }

  /** True when the first, middle and last keys are found where they are. */
  private findsOwnKeys(): boolean {
    const count = this.size;
    return count === 0 || [0, count >> 1, count - 1].every((id) => this.find(this.key(id)) === id);
  }
}

/** The number of hash slots for `count` keys: a power of two, at least twice the keys. */
function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

/** True when stored lookup tables have the lengths `count` keys need. */
function fits({ hash, starts, postStarts }: LookupTables, count: number): boolean {
  return hash.length === capacityFor(count) && starts.length === count + 1 && postStarts.length === count + 1;
}

/**
 * Finds each key's start and hashes it in one pass over the blob (no search call and no second read
 * a key: the exact-name table has over a million keys), then inserts the keys by open addressing.
 */
function buildLookupTables(bytes: Uint8Array, counts: Uint8Array): LookupTables {
  const count = counts.length;
  const starts = new Uint32Array(count + 1);
  const hashes = new Uint32Array(count);
  let id = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i < bytes.length && id < count; i++) {
    const b = bytes[i]!;
    if (b !== NEWLINE) {
      h = Math.imul(h ^ b, FNV_PRIME);
      continue;
    }
    hashes[id] = h >>> 0;
    starts[++id] = i + 1;
    h = FNV_OFFSET;
  }
  const postStarts = new Uint32Array(count + 1);
  for (let k = 0; k < count; k++) postStarts[k + 1] = postStarts[k]! + counts[k]!;
  const capacity = capacityFor(count);
  const hash = new Int32Array(capacity);
  const mask = capacity - 1;
  const idBits = 32 - Math.clz32(count);
  const fingerprintBits = Math.max(0, 31 - idBits);
  for (let k = 0; k < count; k++) {
    let slot = hashes[k]! & mask;
    while (hash[slot] !== 0) slot = (slot + 1) & mask;
    hash[slot] = (k + 1) | (fingerprintOf(hashes[k]!, fingerprintBits) << idBits);
  }
  return { hash, starts, postStarts };
}

const EMPTY = new Uint32Array(0);
const NEWLINE = 0x0a;

/** The UTF-8 bytes of the key being looked up (grown as needed). */
let scratch = new Uint8Array(256);
/**
 * The key whose bytes `scratch` holds, with their number and hash: the geoparser asks several tables
 * about one key in a row (demonym, exact, loose; English word, first name), and encodes and hashes it once.
 */
let lastKey = "";
let lastLength = 0;
let lastHash = 0;

/** Writes a key's UTF-8 bytes into `scratch`; returns their number, or -1 for a lone surrogate. */
function utf8Into(key: string): number {
  if (scratch.length < key.length * 3) scratch = new Uint8Array(key.length * 3);
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x80) scratch[n++] = c;
    else if (c < 0x800) {
      scratch[n++] = 0xc0 | (c >> 6);
      scratch[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const low = key.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return -1;
      const point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      scratch[n++] = 0xf0 | (point >> 18);
      scratch[n++] = 0x80 | ((point >> 12) & 0x3f);
      scratch[n++] = 0x80 | ((point >> 6) & 0x3f);
      scratch[n++] = 0x80 | (point & 0x3f);
      i++;
    } else {
      scratch[n++] = 0xe0 | (c >> 12);
      scratch[n++] = 0x80 | ((c >> 6) & 0x3f);
      scratch[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

function sameBytes(bytes: Uint8Array, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[start + i] !== scratch[i]) return false;
  return true;
}

/** The top `bits` bits of a hash (the slot is chosen by the bottom ones). */
const fingerprintOf = (h: number, bits: number): number => (bits > 0 ? h >>> (32 - bits) : 0);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h >>> 0;
}

/** Collects keys and postings, then lays them out for a KeyTable. */
export class KeyTableBuilder {
  private readonly entries = new Map<string, number[]>();

  add(key: string, posting?: number): void {
    if (key.length === 0 || key.includes("\n")) return;
    let list = this.entries.get(key);
    if (!list) {
      list = [];
      this.entries.set(key, list);
    }
    if (posting !== undefined && list[list.length - 1] !== posting) list.push(posting);
  }

  /** Lays out the table; `order` sorts each key's postings (best first), `cap` bounds their number. */
  build(
    order: (a: number, b: number) => number,
    cap: number,
  ): { blob: string; counts: Uint8Array; postings: Uint32Array } {
    const keys = [...this.entries.keys()].sort();
    const counts = new Uint8Array(keys.length);
    const postings: number[] = [];
    keys.forEach((key, i) => {
      const list = [...new Set(this.entries.get(key))].sort(order).slice(0, Math.min(cap, 255));
      counts[i] = list.length;
      for (const p of list) postings.push(p);
    });
    return { blob: keys.map((k) => k + "\n").join(""), counts, postings: Uint32Array.from(postings) };
  }
}

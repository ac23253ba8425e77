import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Gazetteer, GazetteerIndex, withLookupTables } from "@sitrep/gazetteer";

/** The shipped index, compiled from open data by scripts/build-gazetteer.mjs. */
export function baseIndexPath(): string {
  return join(gazetteerPackage(), "data", "gazetteer.bin.gz");
}

/**
 * The shipped index inflated, with its lookup tables stored (`withLookupTables`): made from
 * `baseIndexPath()` at install time by `npm run build` (scripts/unpack-gazetteer.mjs), never committed.
 */
export function unpackedIndexPath(): string {
  return join(gazetteerPackage(), "dist", "gazetteer.bin");
}

function gazetteerPackage(): string {
  return join(dirname(fileURLToPath(import.meta.resolve("@sitrep/gazetteer"))), "..");
}

/** The committed index and its unpacked copy. */
export interface BaseIndexPaths {
  readonly packed: string;
  readonly unpacked: string;
}

const basePaths = (): BaseIndexPaths => ({ packed: baseIndexPath(), unpacked: unpackedIndexPath() });

/** Where `sitrep gazetteer import` keeps what it imported into a data folder. */
export function overlayPaths(dataDir: string): { records: string; index: string } {
  return {
    records: join(dataDir, "gazetteer", "imported.tsv"),
    index: join(dataDir, "gazetteer", "imported.bin"),
  };
}

/** The largest index the output buffer is sized for up front (gzip records the size modulo 2^32). */
const MAX_SIZED_BYTES = 1 << 30;

/**
 * Gunzips into one buffer of the size the gzip trailer records: with zlib's default 16 KB chunks,
 * the 55 MB index took 3,400 chunks and a copy of them all into one buffer.
 */
function gunzipWhole(gz: Buffer): Buffer {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return size > 0 && size < MAX_SIZED_BYTES ? gunzipSync(gz, { chunkSize: size + 64 }) : gunzipSync(gz);
}

/**
 * What the committed index holds, read from its gzip trailer without inflating it: the CRC-32 and the
 * length of the index. An unpacked copy records the ones it was made from.
 */
interface PackedStamp {
  readonly crc32: number;
  readonly bytes: number;
}

function packedStamp(path: string): PackedStamp {
  const fd = openSync(path, "r");
  try {
    const { size } = fstatSync(fd);
    const trailer = Buffer.alloc(8);
    if (size < 18 || readSync(fd, trailer, 0, 8, size - 8) !== 8) return { crc32: -1, bytes: -1 };
    return { crc32: trailer.readUInt32LE(0), bytes: trailer.readUInt32LE(4) };
  } finally {
    closeSync(fd);
  }
}

/** The unpacked copy, opened, if it exists, reads as an index and was made from the committed file as it is. */
function openUnpacked(paths: BaseIndexPaths): GazetteerIndex | null {
  if (!existsSync(paths.unpacked)) return null;
  const stamp = packedStamp(paths.packed);
  try {
    const index = GazetteerIndex.fromBytes(readFileSync(paths.unpacked));
    const from = index.meta.packed as Partial<PackedStamp> | undefined;
    return index.hasLookupTables() && from?.crc32 === stamp.crc32 && from.bytes === stamp.bytes
      ? index
      : null;
  } catch {
    // A copy cut short or written by other code: the committed file is read instead.
    return null;
  }
}

/**
 * The shipped index: its unpacked copy when that was made from the committed file as it is now (no
 * inflating, no table built: 0.1 s instead of 0.8 s), else the committed file inflated.
 */
export function readBaseIndex(paths: BaseIndexPaths = basePaths()): GazetteerIndex {
  if (!existsSync(paths.packed))
    throw new Error(`gazetteer index missing at ${paths.packed}; run npm run gazetteer:build`);
  return openUnpacked(paths) ?? GazetteerIndex.fromBytes(gunzipWhole(readFileSync(paths.packed)));
}

/**
 * Writes the unpacked copy of the shipped index (through a temporary file and a rename) unless the
 * one there is up to date. Returns true when it wrote one.
 */
export function unpackBaseIndex(paths: BaseIndexPaths = basePaths()): boolean {
  if (openUnpacked(paths)) return false;
  const bytes = withLookupTables(gunzipWhole(readFileSync(paths.packed)), {
    packed: packedStamp(paths.packed),
  });
  mkdirSync(dirname(paths.unpacked), { recursive: true });
  const temporary = `${paths.unpacked}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, paths.unpacked);
  return true;
}

/**
 * Loads the gazetteer: the shipped index, plus the places imported into the data folder.
 * Throws a clear error when the shipped index is missing (run `npm run gazetteer:build`).
 */
export function loadGazetteerIndex(dataDir?: string): Gazetteer {
  return Gazetteer.fromIndexes(...loadGazetteerIndexes(dataDir));
}

/** The index files of `loadGazetteerIndex`, opened: the shipped one, then the data folder's imports. */
export function loadGazetteerIndexes(dataDir?: string): GazetteerIndex[] {
  const indexes = [readBaseIndex()];
  const overlay = dataDir ? overlayPaths(dataDir).index : null;
  if (overlay && existsSync(overlay)) indexes.push(GazetteerIndex.fromBytes(readFileSync(overlay)));
  return indexes;
}

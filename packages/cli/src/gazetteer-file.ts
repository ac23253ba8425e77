import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Gazetteer, GazetteerIndex } from "@sitrep/gazetteer";

/** The shipped index, compiled from open data by scripts/build-gazetteer.mjs. */
export function baseIndexPath(): string {
  const entry = fileURLToPath(import.meta.resolve("@sitrep/gazetteer"));
  return join(dirname(entry), "..", "data", "gazetteer.bin.gz");
}

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
 * Loads the gazetteer: the shipped index, plus the places imported into the data folder.
 * Throws a clear error when the shipped index is missing (run `npm run gazetteer:build`).
 */
export function loadGazetteerIndex(dataDir?: string): Gazetteer {
  return Gazetteer.fromIndexes(...loadGazetteerIndexes(dataDir));
}

/** The index files of `loadGazetteerIndex`, opened: the shipped one, then the data folder's imports. */
export function loadGazetteerIndexes(dataDir?: string): GazetteerIndex[] {
  const path = baseIndexPath();
  if (!existsSync(path)) throw new Error(`gazetteer index missing at ${path}; run npm run gazetteer:build`);
  const files = [gunzipWhole(readFileSync(path))];
  const overlay = dataDir ? overlayPaths(dataDir).index : null;
  if (overlay && existsSync(overlay)) files.push(readFileSync(overlay));
  return files.map((bytes) => GazetteerIndex.fromBytes(bytes));
}

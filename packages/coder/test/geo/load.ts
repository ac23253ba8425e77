import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Gazetteer } from "@sitrep/gazetteer";

let cached: Gazetteer | null = null;

/** The shipped gazetteer index, loaded once per test file. */
export function shippedGazetteer(): Gazetteer {
  cached ??= Gazetteer.fromBytes(
    gunzipSync(readFileSync(new URL("../../../gazetteer/data/gazetteer.bin.gz", import.meta.url))),
  );
  return cached;
}

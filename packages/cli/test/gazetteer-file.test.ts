import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex, Gazetteer, type PlaceRecord } from "@sitrep/gazetteer";
import { readBaseIndex, unpackBaseIndex, type BaseIndexPaths } from "../src/gazetteer-file.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A committed index of one town (gzipped) in a folder of its own, and where its unpacked copy goes. */
function shippedIndex(town: string): BaseIndexPaths {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-index-"));
  dirs.push(dir);
  const paths = { packed: join(dir, "gazetteer.bin.gz"), unpacked: join(dir, "dist", "gazetteer.bin") };
  writeFileSync(paths.packed, gzipSync(indexOf(town)));
  return paths;
}

function indexOf(town: string): Uint8Array {
  const record: PlaceRecord = {
    geonameid: 1,
    name: town,
    altNames: [],
    lat: 1,
    lon: 2,
    country: "UA",
    admin1: "",
    feature: "P.PPL",
    population: 100,
  };
  return buildIndex([record], { words: new Map([["road", 1]]), firstNames: ["Olena"] });
}

const townOf = (paths: BaseIndexPaths): string | undefined =>
  Gazetteer.fromIndexes(readBaseIndex(paths)).place(0)?.name;

describe("the shipped index and its unpacked copy", () => {
  it("reads the compressed index when there is no copy", () => {
    const paths = shippedIndex("Kharkiv");
    const index = readBaseIndex(paths);
    expect(index.hasLookupTables()).toBe(false);
    expect(townOf(paths)).toBe("Kharkiv");
  });

  it("reads the copy once it is made, and makes it only once", () => {
    const paths = shippedIndex("Kharkiv");
    expect(unpackBaseIndex(paths)).toBe(true);
    expect(readBaseIndex(paths).hasLookupTables()).toBe(true);
    expect(townOf(paths)).toBe("Kharkiv");
    expect(unpackBaseIndex(paths)).toBe(false);
  });

  it("ignores a copy made from another index, until it is made again", () => {
    const paths = shippedIndex("Kharkiv");
    unpackBaseIndex(paths);
    // Same length, other content: only the CRC in the gzip trailer tells them apart.
    writeFileSync(paths.packed, gzipSync(indexOf("Kherson")));
    expect(readBaseIndex(paths).hasLookupTables()).toBe(false);
    expect(townOf(paths)).toBe("Kherson");
    expect(unpackBaseIndex(paths)).toBe(true);
    expect(readBaseIndex(paths).hasLookupTables()).toBe(true);
    expect(townOf(paths)).toBe("Kherson");
  });

  it("ignores a copy cut short, or laid out by another version of the tables", () => {
    const paths = shippedIndex("Kharkiv");
    unpackBaseIndex(paths);
    const copy = readFileSync(paths.unpacked);
    writeFileSync(paths.unpacked, copy.subarray(0, copy.length - 64));
    expect(readBaseIndex(paths).hasLookupTables()).toBe(false);
    expect(townOf(paths)).toBe("Kharkiv");
    writeFileSync(
      paths.unpacked,
      Buffer.from(copy.toString("latin1").replace('"lookupLayout":1', '"lookupLayout":0'), "latin1"),
    );
    expect(readBaseIndex(paths).hasLookupTables()).toBe(false);
    expect(unpackBaseIndex(paths)).toBe(true);
    expect(readBaseIndex(paths).hasLookupTables()).toBe(true);
  });

  it("says what to run when the index is missing", () => {
    const paths = shippedIndex("Kharkiv");
    rmSync(paths.packed);
    expect(() => readBaseIndex(paths)).toThrow(/gazetteer:build/);
  });
});

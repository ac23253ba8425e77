import { describe, expect, it } from "vitest";
import { buildIndex, Gazetteer, GazetteerIndex, withLookupTables, type PlaceRecord } from "../src/index.js";

const FEATURES = ["P.PPL", "P.PPLA", "A.ADM2", "S.AIRB"];

/** A few hundred places with Latin, Cyrillic and Arabic names, stems and demonyms. */
function records(): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  for (let i = 0; i < 300; i++)
    out.push({
      geonameid: 1000 + i,
      name: `Town ${i} al-Qaryah`,
      altNames: [`Qaryat ${i}`, `Село ${i}`, `قرية ${i}`, i % 7 === 0 ? "Hama" : `Dayr ${i % 40}`],
      lat: (i % 90) - 45,
      lon: (i % 180) - 90,
      country: ["SY", "UA", "ML"][i % 3]!,
      admin1: `Unit ${i % 11}`,
      feature: FEATURES[i % FEATURES.length]!,
      population: i * 37,
      stems: i % 4 === 3 ? [`Stem ${i}`] : [],
      demonyms: i % 50 === 0 ? [`Demonym${i}`] : [],
    });
  return out;
}

const vocabulary = {
  words: new Map([
    ["police", 1],
    ["town", 2],
    ["road", 3],
  ]),
  firstNames: ["John", "Olena"],
  admin1Codes: "SY.12\tIdlib\nUA.07\tKharkiv",
};
const plain = buildIndex(records(), vocabulary, { built: "test" });
const unpacked = withLookupTables(plain, { note: "copy" });

/** Every key of a table, decoded (the table's own order). */
const keysOf = (
  index: GazetteerIndex,
  name: "exact" | "loose" | "skeleton" | "airport" | "demonym",
): string[] => Array.from({ length: index.table(name).size }, (_, id) => index.table(name).key(id));

describe("an index with its lookup tables stored", () => {
  it("says so, and keeps the meta it was given and the index's own", () => {
    expect(GazetteerIndex.fromBytes(plain).hasLookupTables()).toBe(false);
    const index = GazetteerIndex.fromBytes(unpacked);
    expect(index.hasLookupTables()).toBe(true);
    expect(index.meta).toMatchObject({ built: "test", note: "copy", places: 300 });
  });

  it("answers every lookup, place and word as the index without them", () => {
    const a = Gazetteer.fromBytes(plain);
    const b = Gazetteer.fromBytes(unpacked);
    const index = GazetteerIndex.fromBytes(plain);
    for (const table of ["exact", "loose", "skeleton", "airport", "demonym"] as const) {
      const keys = keysOf(index, table);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of [...keys, "no such key", "ж"])
        expect(b.lookup(table, key)).toEqual(a.lookup(table, key));
    }
    for (let i = 0; i < a.size; i++) {
      expect(b.place(i)).toEqual(a.place(i));
      expect([b.country(i), b.feature(i), b.admin1(i)]).toEqual([a.country(i), a.feature(i), a.admin1(i)]);
    }
    expect(b.place(a.size)).toEqual(a.place(a.size));
    for (const word of ["police", "town", "road", "hama"]) expect(b.wordLevel(word)).toBe(a.wordLevel(word));
    expect([b.isFirstName("olena"), b.isFirstName("qaryat")]).toEqual([true, false]);
    expect(b.admin1Name("UA", "07")).toBe("Kharkiv");
  });

  it("decodes a place's strings one at a time, as the index's string table holds them", () => {
    const b = Gazetteer.fromBytes(unpacked);
    expect(b.place(0)).toMatchObject({
      name: "Town 0 al-Qaryah",
      country: "SY",
      admin1: "Unit 0",
      feature: "P.PPL",
    });
    expect(b.place(299)).toMatchObject({ name: "Town 299 al-Qaryah", country: "ML", admin1: "Unit 2" });
  });

  it("builds a stored table again when it does not find its own keys (another hash)", () => {
    const copy = unpacked.slice();
    const index = GazetteerIndex.fromBytes(copy);
    // Empties the exact table's stored slots: its keys are no longer found through them.
    index.table("exact").lookupTables().hash.fill(0);
    const again = GazetteerIndex.fromBytes(copy);
    expect(again.table("exact").stored).toBe(false);
    expect(again.hasLookupTables()).toBe(false);
    expect(Gazetteer.fromIndexes(again).lookup("exact", "hama")).toEqual(
      Gazetteer.fromBytes(plain).lookup("exact", "hama"),
    );
  });

  it("rejects a file cut short", () => {
    expect(() => GazetteerIndex.fromBytes(unpacked.subarray(0, unpacked.length - 4096))).toThrow(/truncated/);
  });
});

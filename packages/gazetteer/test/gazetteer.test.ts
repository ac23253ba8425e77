import { describe, expect, it } from "vitest";
import {
  buildIndex,
  Gazetteer,
  looseKey,
  normalizeName,
  parseGeonamesLine,
  skeletonKey,
  skeletonWords,
  type PlaceRecord,
} from "../src/index.js";

const place = (over: Partial<PlaceRecord> & { name: string }): PlaceRecord => ({
  geonameid: null,
  altNames: [],
  lat: 0,
  lon: 0,
  country: "SY",
  admin1: "",
  feature: "P.PPL",
  population: 0,
  ...over,
});

describe("name normalisation", () => {
  it.each([
    ["‘Uqayribāt", "uqayribat"],
    ["Deir ez-Zor", "deir ez zor"],
    ["Ma'arrat al-Nu'man", "maarrat al numan"],
    ["Zaporizhzhia", "zaporizhzhia"],
    ["  KHARKIV  ", "kharkiv"],
  ])("normalizeName(%j) = %j", (name, key) => expect(normalizeName(name)).toBe(key));

  it("drops articles and folds variants in the loose key", () => {
    expect(looseKey(normalizeName("Abu al-Duhur"))).toBe(looseKey(normalizeName("Abou ad Duhur")));
    expect(looseKey(normalizeName("Deir ez-Zor"))).toBe(looseKey(normalizeName("Dayr az-Zor")));
    // Arabic "tall" (a hill) as Tal, Tall, Tell and Tel.
    for (const name of ["Tall Tamr", "Tell Tamr", "Tel Tamr"])
      expect(looseKey(normalizeName(name))).toBe(looseKey(normalizeName("Tal Tamr")));
  });

  it.each([
    ["Deir ez-Zor", "Dayr az Zawr"],
    ["Akerbat", "‘Uqayribāt"],
    ["Kharkiv", "Kharkov"],
    ["Kupiansk", "Kupyansk"],
    ["Zaporizhzhia", "Zaporozhye"],
  ])("%s and %s share a skeleton", (a, b) => {
    expect(skeletonKey(looseKey(normalizeName(a)))).toBe(skeletonKey(looseKey(normalizeName(b))));
  });
});

describe("the binary index", () => {
  const records = [
    place({
      geonameid: 1,
      name: "Hamah",
      altNames: ["Hama", "حماة"],
      lat: 35.13,
      lon: 36.75,
      feature: "P.PPLA",
      population: 460000,
      admin1: "Hama",
    }),
    place({ geonameid: 2, name: "Hama", lat: 35.2, lon: 36.9, feature: "A.ADM2" }),
    place({
      geonameid: 3,
      name: "Abu ad Duhur Air Base",
      lat: 35.73,
      lon: 37.1,
      feature: "S.AIRB",
      stems: ["Abu ad Duhur"],
    }),
    place({
      geonameid: 4,
      name: "Syria",
      lat: 35,
      lon: 38,
      feature: "A.PCLI",
      population: 22e6,
      demonyms: ["Syrian"],
    }),
  ];
  const bytes = buildIndex(records, {
    words: new Map([["police", 1]]),
    firstNames: ["John"],
    admin1Codes: "SY.12\tIdlib",
  });
  const gazetteer = Gazetteer.fromBytes(bytes);

  it("finds places by any of their names, best prior first", () => {
    const hama = gazetteer.lookup("exact", "hama");
    expect(hama.map((i) => gazetteer.place(i)?.geonameid)).toEqual([1, 2]);
    expect(gazetteer.lookup("exact", "حماة")).toHaveLength(1);
    expect(gazetteer.lookup("exact", "homs")).toEqual([]);
  });

  it("keeps airfield stems, demonyms, words and first names apart", () => {
    expect(gazetteer.lookup("airport", "abu duhur").map((i) => gazetteer.place(i)?.name)).toEqual([
      "Abu ad Duhur Air Base",
    ]);
    expect(gazetteer.lookup("demonym", "syrian").map((i) => gazetteer.place(i)?.name)).toEqual(["Syria"]);
    expect(gazetteer.wordLevel("police")).toBe(1);
    expect(gazetteer.wordLevel("hama")).toBe(0);
    expect(gazetteer.isFirstName("john")).toBe(true);
    expect(gazetteer.admin1Name("SY", "12")).toBe("Idlib");
  });

  it("lets an overlay add places and replace a place with the same GeoNames id", () => {
    const overlay = buildIndex(
      [
        place({
          geonameid: 2,
          name: "Hama District",
          altNames: ["Hama"],
          lat: 35.3,
          lon: 36.8,
          feature: "A.ADM2",
        }),
        place({ geonameid: 9, name: "Newtown", lat: 1, lon: 2 }),
      ],
      { words: new Map(), firstNames: [] },
    );
    const both = Gazetteer.fromBytes(bytes, overlay);
    expect(both.lookup("exact", "newtown")).toHaveLength(1);
    const hama = both.lookup("exact", "hama").map((i) => both.place(i));
    expect(hama.map((p) => p?.geonameid).sort()).toEqual([1, 2]);
    expect(hama.find((p) => p?.geonameid === 2)?.name).toBe("Hama District");
  });

  it("rejects bytes that are not an index", () => {
    expect(() => Gazetteer.fromBytes(new Uint8Array([1, 2, 3]))).toThrow(/too short/);
    expect(() => Gazetteer.fromBytes(new Uint8Array(64))).toThrow(/not a Sitrep gazetteer index/);
  });
});

describe("GeoNames dump lines", () => {
  const line = [
    "170017",
    "Hamah",
    "Hamah",
    "Hama,Hamath,حماة",
    "35.13179",
    "36.75783",
    "P",
    "PPLA",
    "SY",
    "",
    "10",
    "",
    "",
    "",
    "460602",
    "",
    "270",
    "Asia/Damascus",
    "2019-01-01",
  ].join("\t");

  it("parses a line", () => {
    const parsed = parseGeonamesLine(line);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.record).toMatchObject({
      geonameid: 170017,
      name: "Hamah",
      country: "SY",
      feature: "P.PPLA",
      population: 460602,
    });
    expect(parsed.record.altNames).toContain("Hamath");
    expect(parsed.admin1Code).toBe("10");
  });

  it.each([
    ["too few columns", "1\tx"],
    ["a bad latitude", line.replace("35.13179", "north")],
    ["a latitude out of range", line.replace("35.13179", "95")],
    ["a bad id", line.replace("170017", "abc")],
    ["an empty name", line.replace("\tHamah\tHamah", "\t\tHamah")],
  ])("rejects %s", (_, bad) => {
    expect(parseGeonamesLine(bad).ok).toBe(false);
  });
});

describe("parts of units", () => {
  const vocabulary = { words: new Map<string, number>(), firstNames: [] };
  // North 36.5/38, north-east 36.4/39, east 35.5/39.5, … (lat, lon pairs clockwise from north).
  const parts = [36.5, 38, 36.4, 39, 35.5, 39.5, 34.6, 39, 34.5, 38, 34.6, 37, 35.5, 36.5, 36.4, 37];
  const g = Gazetteer.fromBytes(
    buildIndex(
      [
        place({ name: "Townsville" }),
        place({ name: "Middle Province", feature: "A.ADM1", lat: 35.5, lon: 38, parts }),
      ],
      vocabulary,
    ),
  );
  const unit = g.lookup("exact", "middle province")[0]!;
  it("gives the centre of the part nearest a bearing", () => {
    expect(g.part(unit, 0)).toEqual({ lat: 36.5, lon: 38 });
    expect(g.part(unit, 270)).toEqual({ lat: 35.5, lon: 36.5 });
    expect(g.part(unit, 130)).toEqual({ lat: 34.6, lon: 39 });
    expect(g.part(unit, 350)).toEqual({ lat: 36.5, lon: 38 });
  });
  it("has none for a place without parts", () => {
    expect(g.part(g.lookup("exact", "townsville")[0]!, 0)).toBeNull();
  });
});

describe("skeleton keys", () => {
  it("join the words, so that a name in one word meets it in two; the words stay apart for checks", () => {
    const skeleton = (name: string) => skeletonKey(looseKey(normalizeName(name)));
    expect(skeleton("Miramshah")).toBe(skeleton("Miram Shah"));
    expect(skeleton("Deir ez-Zor")).toBe(skeleton("Dayr az Zawr"));
    expect(skeletonWords(looseKey(normalizeName("Deir ez-Zor")))).toBe("dr zr");
  });
});

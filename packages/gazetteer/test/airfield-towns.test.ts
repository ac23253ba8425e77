import { describe, expect, it } from "vitest";
import {
  AIRFIELD_TOWN_FEATURE,
  airfieldTowns,
  townName,
  type AirfieldRow,
  type PlaceRecord,
} from "../src/index.js";

const airfield = (over: Partial<AirfieldRow> & { municipality: string }): AirfieldRow => ({
  name: `${over.municipality} Airport`,
  type: "small_airport",
  lat: 6.917,
  lon: 15.617,
  country: "CF",
  ...over,
});

const place = (over: Partial<PlaceRecord> & { name: string }): PlaceRecord => ({
  geonameid: null,
  altNames: [],
  lat: 0,
  lon: 0,
  country: "CF",
  admin1: "",
  feature: "P.PPL",
  population: 0,
  ...over,
});

const vocabulary = {
  words: new Map([
    ["mission", 1],
    ["lagoon", 3],
    ["star", 1],
    ["federal", 2],
  ]),
  firstNames: new Set(["victoria", "george"]),
  notPlaces: new Set(["police", "hamas"]),
};

/** A town of the index 60 km from the airfields above, with its admin-1 unit. */
const bozoum = place({ name: "Bozoum", lat: 6.5, lon: 16.0, admin1: "Ouham-Pendé", population: 20000 });

function towns(
  rows: AirfieldRow[],
  records: PlaceRecord[] = [bozoum],
  countries?: Set<string>,
): PlaceRecord[] {
  return airfieldTowns(rows, records, vocabulary, countries).towns;
}

describe("towns that only an airfield names", () => {
  it("adds the municipality of an airstrip as a hamlet at the airstrip, in the unit of the nearest town", () => {
    const [town, ...rest] = towns([airfield({ municipality: "Bocaranga" })]);
    expect(rest).toEqual([]);
    expect(town).toMatchObject({
      name: "Bocaranga",
      country: "CF",
      lat: 6.917,
      lon: 15.617,
      feature: AIRFIELD_TOWN_FEATURE,
      population: 0,
      geonameid: null,
      admin1: "Ouham-Pendé",
    });
  });

  it("makes one town of the airfields that serve it, at their mean", () => {
    const found = towns([
      airfield({ municipality: "El Wak", lat: 2.733, lon: 40.928, country: "KE" }),
      airfield({ municipality: "El Wak", lat: 2.812, lon: 40.932, country: "KE", type: "closed" }),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.lat).toBeCloseTo(2.7725, 4);
  });

  it("adds nothing when a settlement of the name, or a spelling of it, lies within 25 km", () => {
    const near = { lat: 6.95, lon: 15.65 };
    expect(towns([airfield({ municipality: "Bocaranga" })], [place({ name: "Bocaranga", ...near })])).toEqual(
      [],
    );
    // An alternate name, the name with an Arabic article, a transliteration.
    expect(
      towns(
        [airfield({ municipality: "Bocaranga" })],
        [place({ name: "X", altNames: ["Bocaranga"], ...near })],
      ),
    ).toEqual([]);
    expect(towns([airfield({ municipality: "Wak" })], [place({ name: "El Wak", ...near })])).toEqual([]);
    expect(towns([airfield({ municipality: "Bocarenga" })], [place({ name: "Bocaranga", ...near })])).toEqual(
      [],
    );
    // A part of a known town ("Nanyuki West").
    expect(
      towns([airfield({ municipality: "Bocaranga West" })], [place({ name: "Bocaranga", ...near })]),
    ).toEqual([]);
    // The very name 60 km away is the town an airfield out of town serves; a transliteration there is not.
    expect(towns([airfield({ municipality: "Bozoum" })])).toEqual([]);
    expect(towns([airfield({ municipality: "Bozum" })]).map((t) => t.name)).toEqual(["Bozum"]);
  });

  it("adds nothing for heliports, seaplane bases, and closed heliports", () => {
    expect(towns([airfield({ municipality: "Bocaranga", type: "heliport" })])).toEqual([]);
    expect(towns([airfield({ municipality: "Bocaranga", type: "seaplane_base" })])).toEqual([]);
    expect(
      towns([airfield({ municipality: "Bocaranga", type: "closed", name: "Bocaranga Hospital Heliport" })]),
    ).toEqual([]);
  });

  it.each([
    ["an island", "Mfangano Island"],
    ["a park", "Amboseli National Park"],
    ["a lodge", "Ngulia Lodge"],
    ["a ranch", "Itona Ranch"],
    ["a lake", "Lake Baringo"],
    ["a district", "Lamu District"],
    ["a gulf", "Golfo de Guayaquil"],
    ["a common English word", "Mission"],
    ["common English words", "Federal Star"],
    ["a first name", "Victoria"],
    ["a stop word", "Police"],
    ["one or two letters", "Ba"],
    ["a lower-case word", "near Bocaranga"],
    ["digits", "Km 88"],
  ])("adds nothing for %s (%s)", (_, municipality) => {
    expect(towns([airfield({ municipality })])).toEqual([]);
  });

  it("adds nothing for a name a country, a first-level unit, a region or a sea bears anywhere", () => {
    const unit = place({ name: "Ouham", feature: "A.ADM1", lat: 40, lon: 40 });
    expect(towns([airfield({ municipality: "Ouham" })], [bozoum, unit])).toEqual([]);
    const region = place({ name: "Yorkshire", feature: "A.ADM2", country: "GB", lat: 54, lon: -1 });
    const northern = { ...region, name: "North Yorkshire" };
    // A unit of the country that the name qualified names ("Yorkshire": North Yorkshire).
    expect(towns([airfield({ municipality: "Yorkshire", country: "GB" })], [northern])).toEqual([]);
  });

  it("adds nothing for a district of its country nearby, and a town named like a district far away", () => {
    const district = place({ name: "Bocaranga", feature: "A.ADM2", lat: 7.2, lon: 15.9 });
    expect(towns([airfield({ municipality: "Bocaranga" })], [bozoum, district])).toEqual([]);
    const far = { ...district, lat: 4, lon: 22 };
    expect(towns([airfield({ municipality: "Bocaranga" })], [bozoum, far])).toHaveLength(1);
  });

  it("adds nothing for a municipality whose airfields lie far apart (a region: San Blas)", () => {
    const rows = [
      airfield({ municipality: "San Blas", country: "PA", lat: 9.55, lon: -78.95 }),
      airfield({ municipality: "San Blas", country: "PA", lat: 9.25, lon: -78.2 }),
    ];
    expect(towns(rows)).toEqual([]);
  });

  it("cleans the municipality's name", () => {
    expect(townName("Duxford, Cambridgeshire")).toBe("Duxford");
    expect(townName("Leeds. West Yorkshire")).toBe("Leeds");
    expect(townName("Moyale (Lower)")).toBe("Moyale");
    expect(townName("Bocaranga / Ouham-Pendé")).toBe("Bocaranga");
  });

  it("adds towns only in the countries given", () => {
    const rows = [airfield({ municipality: "Bocaranga" }), airfield({ municipality: "Dow", country: "US" })];
    expect(towns(rows, [bozoum], new Set(["CF"])).map((t) => t.name)).toEqual(["Bocaranga"]);
  });

  it("says why each municipality was left out", () => {
    const { verdicts } = airfieldTowns(
      [
        airfield({ municipality: "Star" }),
        airfield({ municipality: "Mission" }),
        airfield({ municipality: "Bocaranga" }),
      ],
      [bozoum],
      vocabulary,
    );
    expect(verdicts.get("CF|Star")?.verdict).toBe("words");
    expect(verdicts.get("CF|Mission")?.verdict).toBe("not a town's name");
    expect(verdicts.get("CF|Bocaranga")?.verdict).toBe("added");
  });
});

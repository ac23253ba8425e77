import { describe, expect, it } from "vitest";
import { geoparse, type PlaceMention } from "../../src/index.js";
import { kmBetween as km } from "../../src/geo/distance.js";
import { shippedGazetteer } from "./load.js";

// Towns that GeoNames' cities500 lacks and the gazetteer knows from the airfields that serve them
// (OurAirports' municipality), or from GeoNames' full dumps of Burkina Faso and Israel; and municipalities that are
// words, which must not become places. Sentences written for these tests.

const gazetteer = shippedGazetteer();

const places = (text: string): PlaceMention[] => geoparse(text, gazetteer).places;

// [sentence, mention, country, lat, lon] — the point is the airfield's (or GeoNames'), within 15 km.
const TOWNS: [string, string, string, number, number][] = [
  [
    "Anti-balaka militiamen attacked Bocaranga on Sunday, killing three civilians, the UN mission in the Central African Republic said.",
    "Bocaranga",
    "CF",
    6.917,
    15.617,
  ],
  [
    "Kenyan police said al-Shabaab fighters raided a police post in El Wak, near the Somali border, overnight.",
    "El Wak",
    "KE",
    2.77,
    40.93,
  ],
  [
    "Gunmen torched houses in Garsen, in Kenya's Tana River county, on Tuesday.",
    "Garsen",
    "KE",
    -2.268,
    40.094,
  ],
  [
    "Refugees in Dadaab and Kakuma camps in Kenya protested against cuts in food rations.",
    "Kakuma",
    "KE",
    3.71,
    34.87,
  ],
  [
    "Insurgents attacked Mocímboa da Praia and Macomia in Cabo Delgado province, Mozambique's army said.",
    "Mocímboa da Praia",
    "MZ",
    -11.36,
    40.35,
  ],
  ["Rebels attacked the army garrison in Zouar, in northern Chad.", "Zouar", "TD", 20.45, 16.57],
  [
    "Gangs attacked Belladère, a town on the border with the Dominican Republic, Haitian police said.",
    "Belladère",
    "HT",
    18.85,
    -71.82,
  ],
  [
    "Soldiers seized cocaine at Tiputini, on the Napo river in Ecuador, the army said.",
    "Tiputini",
    "EC",
    -0.78,
    -75.53,
  ],
  [
    "Separatist fighters attacked Ekondo-Titi in Cameroon's Southwest region.",
    "Ekondo-Titi",
    "CM",
    4.6,
    9.07,
  ],
  [
    "Police arrested two suspects in Porga, in northern Benin, after an attack on a park patrol.",
    "Porga",
    "BJ",
    11.05,
    0.99,
  ],
  ["Unidentified gunmen attacked a checkpoint at Anié in Togo's Plateaux region.", "Anié", "TG", 7.8, 1.3],
  [
    "Cattle raiders attacked Duk Padiet in Jonglei state, South Sudan, killing 20 people.",
    "Duk Padiet",
    "SS",
    7.74,
    31.4,
  ],
  // Villages of GeoNames' dumps of Burkina Faso and Israel, not in cities500.
  [
    "Hamas gunmen stormed Nir Oz and Nahal Oz, near the Gaza border, on 7 October.",
    "Nir Oz",
    "IL",
    31.31,
    34.402,
  ],
  ["Hezbollah fired anti-tank missiles at Avivim in northern Israel.", "Avivim", "IL", 33.089, 35.472],
  [
    "Jihadists attacked Markoye in northern Burkina Faso, killing 12 volunteers for the defence of the homeland.",
    "Markoye",
    "BF",
    14.643,
    0.036,
  ],
];

describe("geoparse: towns known by their airfields", () => {
  it.each(TOWNS)("%s → %s", (text, mention, country, lat, lon) => {
    const place = places(text).find((p) => p.text === mention);
    expect(place, `no place "${mention}"`).toBeDefined();
    expect(place!.country).toBe(country);
    expect(km(place!, { lat, lon })).toBeLessThan(15);
    expect(place!.precision).toBe(1);
  });

  it("weighs such a town like a hamlet: a known town of the name elsewhere wins without context", () => {
    // Palma, Mozambique is known by its airfield only; Palma de Mallorca is a city of 400,000.
    const [palma] = places("Palma was quiet on Sunday.");
    expect(palma?.country).toBe("ES");
  });
});

describe("geoparse: airfields' municipalities that are words are no places", () => {
  it.each([
    // OurAirports' municipalities "Federal" (Argentina), "Lagoon" (Papua New Guinea), "Star",
    // "Homeward" (South Africa), "Solitaire", "Omega" (Namibia).
    ["A Federal court in Buenos Aires ordered the release of the suspects.", ["Buenos Aires"]],
    ["The Lagoon was closed to fishermen after the spill, officials in Port Moresby said.", ["Port Moresby"]],
    ["Homeward bound, the Star of the show met Omega fans in Windhoek, Namibia.", ["Windhoek", "Namibia"]],
    ["Solitaire is a card game.", []],
  ])("%s", (text, expected) => {
    expect(places(text).map((p) => p.text)).toEqual(expected);
  });

  it("has no town named after those words", () => {
    for (const word of ["federal", "lagoon", "star", "homeward", "solitaire", "omega"])
      for (const i of gazetteer.lookup("exact", word)) expect(gazetteer.feature(i)).not.toBe("P.PPLL");
  });
});

import { describe, expect, it } from "vitest";
import { geoparse } from "../../src/index.js";
import { shippedGazetteer } from "./load.js";

// Sentences written for these tests.
const gazetteer = shippedGazetteer();
const places = (text: string) => geoparse(text, gazetteer).places;

describe("geoparse: syllables written apart", () => {
  it("meets a Burmese name written together ('Kyauk Ni Maw' is Kyauknimaw)", () => {
    const place = places(
      "A junta jet bombed Kyauk Ni Maw village in Ramree Township, killing 11 civilians.",
    ).find((p) => p.text === "Kyauk Ni Maw");
    expect(place?.country).toBe("MM");
    expect(place?.lat).toBeCloseTo(18.903, 2);
  });

  it("does not join English words or names ('South Central', 'John Stone')", () => {
    const texts = places("Shots were fired in South Central, and John Stone was arrested.").map(
      (p) => p.text,
    );
    expect(texts).not.toContain("South Central");
    expect(texts).not.toContain("John Stone");
  });
});

describe("geoparse: a part of a country that a unit is named after", () => {
  it("takes 'southern Lebanon' for the governorate of South Lebanon", () => {
    const place = places("Israel launched air strikes on southern Lebanon on Saturday.").find((p) =>
      p.text.includes("Lebanon"),
    );
    expect(place).toMatchObject({ name: "South Lebanon", country: "LB", feature: "A.ADM1", precision: 3 });
  });

  it("takes 'northern Darfur' and 'southern Kordofan' for the states named so", () => {
    const found = places("Fighting spread in northern Darfur and southern Kordofan.");
    expect(found.map((p) => [p.name, p.country, p.feature])).toEqual([
      ["North Darfur", "SD", "A.ADM1"],
      ["South Kordufan", "SD", "A.ADM1"],
    ]);
  });

  it("leaves 'south of Lebanon' and a part no unit is named after as they were", () => {
    const south = places("The drone fell in the sea south of Lebanon.").find((p) =>
      p.text.includes("Lebanon"),
    );
    expect(south).toMatchObject({ name: "Lebanon", feature: "A.PCLI" });
    const eastern = places("Shelling continued in eastern Ukraine.").find((p) => p.text.includes("Ukraine"));
    expect(eastern).toMatchObject({ name: "Ukraine", feature: "A.PCLI", precision: 2 });
  });
});

import { describe, expect, it } from "vitest";
import { geoparse } from "../../src/index.js";
import { shippedGazetteer } from "./load.js";

// A name met as written abroad may be another spelling of a town of the report's country (2026-12-31).
const gazetteer = shippedGazetteer();
const place = (text: string, mention: string) =>
  geoparse(text, gazetteer).places.find((p) => p.text === mention);

describe("a spelling variant of a town at home beats the name as written abroad", () => {
  it.each([
    // GeoNames spells Aden's district "Al Manşūrah"; "Mansoura" as written is only Egypt's city.
    ["ADEN, Yemen — Gunmen killed a security officer in Al-Mansoura on Monday.", "Al-Mansoura", "YE"],
    ["Gunmen killed a security officer in Aden's Mansoura district on Monday.", "Mansoura district", "YE"],
  ])("%s", (text, mention, country) => {
    expect(place(text, mention)?.country).toBe(country);
  });

  it("keeps the name as written when it lies in a country the report is about", () => {
    expect(place("CAIRO — Police arrested 20 students in Mansoura on Monday.", "Mansoura")?.country).toBe(
      "EG",
    );
    // "Khair Khana" as written is a village of Afghanistan: no other town of its consonants replaces it.
    expect(place("KABUL — A blast hit the Khair Khana area on Monday.", "Khair Khana")?.name).toBe(
      "Khairkhanah",
    );
  });

  it("takes no variant in a country the report never names", () => {
    expect(place("Police arrested 20 students in Mansoura on Monday.", "Mansoura")?.country).toBe("EG");
  });
});

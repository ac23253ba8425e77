import { describe, expect, it } from "vitest";
import { geoparse } from "../../src/index.js";
import { shippedGazetteer } from "./load.js";

// Words of faith and sect name people, never the villages that bear them (2026-12-28).
const gazetteer = shippedGazetteer();
const names = (text: string): string[] => geoparse(text, gazetteer).places.map((p) => p.text);

describe("a word of faith is no place", () => {
  it.each([
    "Security services stepped up arrests in Muslim communities in the west.",
    "Gunmen attacked Hindu pilgrims on the road.",
    "Two Sunni clerics were killed.",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });
  it("keeps the towns beside them", () => {
    expect(names("Gunmen attacked Hindu pilgrims near Pahalgam.")).toEqual(["Pahalgam"]);
  });
});

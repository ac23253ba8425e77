import { describe, expect, it } from "vitest";
import { latinSpellings } from "../src/build-index.js";
import { placePrior } from "../src/prior.js";

describe("a place's prior", () => {
  it("counts other Latin spellings when no population is known, other scripts and repeats left out", () => {
    expect(latinSpellings({ name: "Namhkam", altNames: ["Namkham", "Nam Khan", "Namkam", "Namkham"] })).toBe(
      3,
    );
    expect(latinSpellings({ name: "Kani", altNames: ["Kani", "カニ", "Кані", "al-Kani"] })).toBe(0);
    expect(placePrior("P.PPL", 0, 3)).toBeGreaterThan(placePrior("P.PPL", 0, 0));
  });
  it("lets spellings order only what the data cannot: never above a town of 500 or a higher feature rank", () => {
    expect(placePrior("P.PPL", 0, 50)).toBeLessThan(placePrior("P.PPL", 500));
    expect(placePrior("P.PPL", 0, 50)).toBeLessThanOrEqual(placePrior("P.PPLA3", 0));
    expect(placePrior("P.PPL", 2000, 9)).toBe(placePrior("P.PPL", 2000));
  });
});

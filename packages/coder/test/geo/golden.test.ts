import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { geoparse } from "../../src/index.js";
import { shippedGazetteer } from "./load.js";

// Whole reports written for the project (test/geo/in/*.txt) and what the geoparser made of them
// (test/geo/out/*.json). Regenerate on purpose with UPDATE_GOLDEN=1 and review the diff.
const dir = new URL("./", import.meta.url);
const gazetteer = shippedGazetteer();

describe("geoparse golden files", () => {
  for (const file of readdirSync(new URL("in/", dir)).filter((f) => f.endsWith(".txt"))) {
    it(file, () => {
      const text = readFileSync(new URL(`in/${file}`, dir), "utf8");
      const places = geoparse(text, gazetteer).places.map((p) => ({
        text: p.text,
        start: p.start,
        end: p.end,
        name: p.name,
        geonameid: p.geonameid,
        lat: p.lat,
        lon: p.lon,
        country: p.country,
        feature: p.feature,
        precision: p.precision,
        rule: p.rule,
      }));
      const out = new URL(`out/${file.replace(/\.txt$/, ".json")}`, dir);
      if (process.env.UPDATE_GOLDEN) writeFileSync(out, JSON.stringify(places, null, 1) + "\n");
      expect(places).toEqual(JSON.parse(readFileSync(out, "utf8")));
    });
  }
});

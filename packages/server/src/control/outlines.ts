import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { outlinesFromTopology, type OutlineOf } from "@sitrep/control";
import { countryByCode } from "../exports/countries.js";

let loaded: OutlineOf | null = null;

/**
 * Country outlines for clipping control areas: Natural Earth 1:50m from `world-atlas` (shipped with the
 * app; nothing is fetched), looked up by ISO alpha-2 through the numeric code. Read once, on first use.
 */
export function countryOutlines(): OutlineOf {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(
      readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"),
    ) as Parameters<typeof outlinesFromTopology>[0];
    loaded = outlinesFromTopology(topology, (code) => countryByCode(code)?.iso);
  }
  return loaded;
}

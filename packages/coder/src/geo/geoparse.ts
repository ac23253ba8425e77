import type { Gazetteer } from "@sitrep/gazetteer";
import type { PlaceMention } from "./types.js";

export interface GeoparseOptions {
  /** Countries the report is about (ISO alpha-2), used as a prior when resolving. */
  readonly countries?: readonly string[];
}

export interface GeoparseResult {
  readonly places: PlaceMention[];
  readonly diagnostics: string[];
}

/** Finds the place mentions in a text and resolves each one. Pure; never throws on input. */
export function geoparse(_text: string, _gazetteer: Gazetteer, _options: GeoparseOptions = {}): GeoparseResult {
  return { places: [], diagnostics: ["geoparser not built yet"] };
}

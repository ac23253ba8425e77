export type { PlaceMention } from "./types.js";
export { geoparse, type GeoparseOptions, type GeoparseResult } from "./geoparse.js";

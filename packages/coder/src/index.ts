export { geoparse, type GeoparseOptions, type GeoparseResult, type PlaceMention } from "./geo/index.js";

export type { Place } from "./types.js";
export { Gazetteer } from "./gazetteer.js";

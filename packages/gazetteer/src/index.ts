export type { Place } from "./types.js";
export { Gazetteer, type NameTable } from "./gazetteer.js";
export { GazetteerIndex, withLookupTables } from "./index-file.js";
export { buildIndex, nameKeys, type PlaceRecord, type IndexVocabulary } from "./build-index.js";
export {
  normalizeName,
  looseKey,
  skeletonKey,
  skeletonWords,
  skeletonStrength,
  isLatinKey,
} from "./normalize.js";
export { placePrior } from "./prior.js";
export { parseGeonamesLine, type GeonamesLine } from "./geonames.js";
export {
  airfieldTowns,
  townName,
  AIRFIELD_TOWN_FEATURE,
  type AirfieldRow,
  type AirfieldTowns,
  type TownVerdict,
  type TownVocabulary,
} from "./airfield-towns.js";

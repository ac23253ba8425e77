export { extract } from "./extract.js";
export {
  compileModel,
  stateActor,
  type Model,
  type ModelData,
  type ActorData,
  type ActorKind,
  type CountryData,
  type GenericData,
  type TriggerData,
  type ModalityData,
} from "./model.js";
export type {
  CodedEvent,
  EventActor,
  EventDate,
  EventLocation,
  Evidence,
  ExtractOptions,
  ExtractResult,
  Modality,
  PloverType,
} from "./types.js";
export { acledType, type AcledType } from "./ontology/acled.js";
export { cameoRoot } from "./ontology/cameo.js";
export { geoparse, type GeoparseOptions, type GeoparseResult, type PlaceMention } from "./geo/index.js";

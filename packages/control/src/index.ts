export type {
  ControlActor,
  CodedControlActor,
  HolderOf,
  Settlement,
  ControlEventStatus,
  ControlEvent,
  ControlEdit,
  ControlSource,
  ChangeKind,
  ControlChange,
  ControlConflict,
  SettlementTimeline,
  ControlState,
} from "./types.js";
export {
  MODALITY_WEIGHT,
  STATUS_WEIGHT,
  NON_TERRITORIAL_RULES,
  HANDOVER_WORDS,
  INFERRED_OPPONENT,
  eventWeight,
  namedTaker,
  handoverToSecond,
  movesControl,
  moveOf,
  sameHolder,
  type Move,
} from "./rules.js";
export {
  inferTimeline,
  changeOn,
  isContested,
  DEFAULT_TIMELINE_OPTIONS,
  type TimelineOptions,
} from "./timeline.js";
export {
  ControlModel,
  DEFAULT_CONTROL_OPTIONS,
  type ControlOptions,
  type SettlementChange,
} from "./model.js";
export { holderResolver, sideHolderId, type RegistryActor } from "./holders.js";
export { settlementOf, type PlaceInput } from "./settlement.js";
export { describeChange } from "./feed.js";
export { CellIndex, type OutlineOf, type SyncResult } from "./cells.js";
export {
  controlAreas,
  controlPoints,
  frontLine,
  settlementPoint,
  type AreaProperties,
  type FrontProperties,
  type ControlFeatureProperties,
  type SettlementProperties,
  type ColourOf,
  type BlockPieces,
} from "./areas.js";
export { ControlMap, type ChangeResult } from "./map.js";
export {
  controlEventOf,
  actorOf,
  type CodedEventShape,
  type CodedEventMeta,
  type CodedActor,
} from "./adapt.js";
export { outlinesFromTopology } from "./outlines.js";
export { daysBetween, isIsoDate } from "./dates.js";

import { featureCollection, feature } from "@turf/helpers";
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from "geojson";
import type { CellIndex } from "./cells.js";
import type { ControlModel } from "./model.js";
import type { ControlState } from "./types.js";

/** Properties of a settlement point on a control map. */
export interface SettlementProperties {
  kind: "settlement";
  key: string;
  name: string;
  geonameid: number | null;
  controller: string;
  controllerId: string;
  colour: string | null;
  since: string;
  /** The event that gave the holder the place, or null for an analyst edit. */
  event: number | null;
  report: number | null;
  confidence: number;
  contested: boolean;
}

/** A holder's colour (`#rrggbb`) by actor id, or null to leave it to the reader. */
export type ColourOf = (actorId: string) => string | null;

/** Properties of one holder's area on a control map. */
export interface AreaProperties {
  kind: "area";
  controller: string;
  controllerId: string;
  colour: string | null;
  settlements: number;
  contested: number;
}

/** The settlements whose holder is known on a date, as GeoJSON points (`[lon, lat]`). */
export function controlPoints(
  states: readonly ControlState[],
  colourOf?: ColourOf,
): FeatureCollection<Point, SettlementProperties> {
  return featureCollection(states.map((state) => settlementPoint(state, colourOf)));
}

/** One settlement's point with its holder, since when, and the event (or null for an analyst edit). */
export function settlementPoint(
  state: ControlState,
  colourOf?: ColourOf,
): Feature<Point, SettlementProperties> {
  const { settlement, holder, change } = state;
  const source = change.source;
  return feature(
    { type: "Point", coordinates: [settlement.lon, settlement.lat] },
    {
      kind: "settlement",
      key: settlement.key,
      name: settlement.name,
      geonameid: settlement.geonameid,
      controller: holder.name,
      controllerId: holder.id,
      colour: colourOf?.(holder.id) ?? null,
      since: state.since,
      event: source.kind === "event" ? source.eventId : null,
      report: source.kind === "event" ? source.reportId : null,
      confidence: change.confidence,
      contested: state.contested,
    },
  );
}

/** Properties of the front line: where cells of different holders meet. */
export interface FrontProperties {
  kind: "front";
  segments: number;
}

/** Any feature of a control map. */
export type ControlFeatureProperties = AreaProperties | FrontProperties | SettlementProperties;

/**
 * The front line on a date: every edge shared by the cells of two settlements held by different actors
 * (never the edge of nobody's land). Null when no two holders meet.
 */
export function frontLine(
  states: readonly ControlState[],
  cells: CellIndex,
): Feature<MultiLineString, FrontProperties> | null {
  const holderOf = new Map(states.map((state) => [state.settlement.key, state.holder.id]));
  const segments: Position[][] = [];
  for (const [key, holder] of holderOf) {
    for (const other of cells.neighbours(key)) {
      const otherHolder = holderOf.get(other);
      // Each pair once: from the smaller key.
      if (otherHolder === undefined || otherHolder === holder || other < key) continue;
      const edge = cells.sharedEdge(key, other);
      if (edge) segments.push(edge);
    }
  }
  if (segments.length === 0) return null;
  return feature(
    { type: "MultiLineString", coordinates: segments },
    { kind: "front", segments: segments.length },
  );
}

/** Drawn pieces of one date: block → holder → polygons (reused until a change touches the block). */
export type BlockPieces = Map<string, Map<string, Position[][][]>>;

/**
 * The control map for a date: one area per holder (the union of its settlements' cells, clipped to the
 * countries), the front line, then every settlement's point, contested ones marked. `drawn` keeps the pieces of
 * blocks drawn before for this date; blocks missing from it are drawn and added.
 */
export function controlAreas(
  model: ControlModel,
  cells: CellIndex,
  date: string,
  colourOf?: ColourOf,
  drawn: BlockPieces = new Map(),
): FeatureCollection<Polygon | MultiPolygon | MultiLineString | Point, ControlFeatureProperties> {
  const states = model.on(date);
  const holders = new Map<
    string,
    { name: string; settlements: number; contested: number; parts: Position[][][] }
  >();
  const byBlock = new Map<string, Map<string, string[]>>();
  for (const state of states) {
    let holder = holders.get(state.holder.id);
    if (!holder)
      holders.set(
        state.holder.id,
        (holder = { name: state.holder.name, settlements: 0, contested: 0, parts: [] }),
      );
    holder.settlements++;
    if (state.contested) holder.contested++;
    const block = cells.blockOf(state.settlement.key);
    if (block === undefined) continue;
    let inBlock = byBlock.get(block);
    if (!inBlock) byBlock.set(block, (inBlock = new Map<string, string[]>()));
    const keys = inBlock.get(state.holder.id);
    if (keys) keys.push(state.settlement.key);
    else inBlock.set(state.holder.id, [state.settlement.key]);
  }
  for (const [block, inBlock] of byBlock) {
    let pieces = drawn.get(block);
    if (!pieces) {
      pieces = new Map([...inBlock].map(([holder, keys]) => [holder, cells.pieces(block, keys)]));
      drawn.set(block, pieces);
    }
    for (const [holder, polygons] of pieces) holders.get(holder)?.parts.push(...polygons);
  }
  const areas: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  for (const [id, holder] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (holder.parts.length === 0) continue;
    const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: holder.parts };
    const properties: AreaProperties = {
      kind: "area",
      controller: holder.name,
      controllerId: id,
      colour: colourOf?.(id) ?? null,
      settlements: holder.settlements,
      contested: holder.contested,
    };
    areas.push(feature(geometry, properties));
  }
  const front = frontLine(states, cells);
  return featureCollection<Polygon | MultiPolygon | MultiLineString | Point, ControlFeatureProperties>([
    ...areas,
    ...(front ? [front] : []),
    ...states.map((state) => settlementPoint(state, colourOf)),
  ]);
}

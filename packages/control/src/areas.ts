import { featureCollection, feature } from "@turf/helpers";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from "geojson";
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
export function controlPoints(states: readonly ControlState[], colourOf?: ColourOf): FeatureCollection<Point, SettlementProperties> {
  return featureCollection(states.map((state) => settlementPoint(state, colourOf)));
}

/** One settlement's point with its holder, since when, and the event (or null for an analyst edit). */
export function settlementPoint(state: ControlState, colourOf?: ColourOf): Feature<Point, SettlementProperties> {
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

/**
 * The control map for a date: one area per holder (the union of its settlements' cells, clipped to the
 * countries) followed by every settlement's point, contested ones marked.
 */
export function controlAreas(
  model: ControlModel,
  cells: CellIndex,
  date: string,
  colourOf?: ColourOf,
): FeatureCollection<Polygon | MultiPolygon | Point, AreaProperties | SettlementProperties> {
  const states = model.on(date);
  const byHolder = new Map<string, { name: string; keys: Map<string, string[]>; settlements: number; contested: number }>();
  for (const state of states) {
    let group = byHolder.get(state.holder.id);
    if (!group) byHolder.set(state.holder.id, (group = { name: state.holder.name, keys: new Map(), settlements: 0, contested: 0 }));
    group.settlements++;
    if (state.contested) group.contested++;
    const country = state.settlement.country ?? "";
    const keys = group.keys.get(country);
    if (keys) keys.push(state.settlement.key);
    else group.keys.set(country, [state.settlement.key]);
  }
  const areas: Feature<Polygon | MultiPolygon, AreaProperties>[] = [];
  for (const [id, group] of [...byHolder].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = [...group.keys].flatMap(([country, keys]) => polygonsOf(cells.area(country, keys)));
    if (parts.length === 0) continue;
    const geometry: MultiPolygon = { type: "MultiPolygon", coordinates: parts };
    const properties: AreaProperties = { kind: "area", controller: group.name, controllerId: id, colour: colourOf?.(id) ?? null, settlements: group.settlements, contested: group.contested };
    areas.push(feature(geometry, properties));
  }
  return featureCollection<Polygon | MultiPolygon | Point, AreaProperties | SettlementProperties>([...areas, ...states.map((state) => settlementPoint(state, colourOf))]);
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

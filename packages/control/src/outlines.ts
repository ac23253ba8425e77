import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { OutlineOf } from "./cells.js";

/**
 * Country outlines from a world-atlas TopoJSON (`countries-50m.json`, objects keyed by ISO 3166-1 numeric
 * id) as a lookup by alpha-2 code; `numericOf` maps alpha-2 to numeric. The caller reads the file.
 */
export function outlinesFromTopology(
  topology: Topology,
  numericOf: (alpha2: string) => number | undefined,
  objectName = "countries",
): OutlineOf {
  const object = topology.objects[objectName];
  if (!object) return () => undefined;
  const collection = feature(topology, object) as
    FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
  const byNumeric = new Map<number, Feature<Polygon | MultiPolygon>>();
  const features = collection.type === "FeatureCollection" ? collection.features : [collection];
  for (const country of features) {
    const id = Number(country.id);
    if (Number.isFinite(id) && country.geometry) byNumeric.set(id, country);
  }
  return (alpha2) => {
    const numeric = alpha2 ? numericOf(alpha2.toUpperCase()) : undefined;
    return numeric === undefined ? undefined : byNumeric.get(numeric);
  };
}

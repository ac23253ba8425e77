import Supercluster, { type PointFeature } from "supercluster";
import type { PointColumns } from "../api/pointsBinary.ts";

/** Clustering parameters: a cluster within 56 px; single points from zoom 12 on. */
export const CLUSTER_OPTIONS = { radius: 56, extent: 512, maxZoom: 11, minPoints: 2 } as const;

/** The index over the points: a single point comes back with no properties, its number in the columns as its id. */
export type PointIndex = Supercluster<null>;

/**
 * Indexes the points whose mask byte is 1 (null: all). supercluster's `load` reads its input in order,
 * keeping only each point's coordinates, properties and id: so it is handed one feature object, rewritten
 * for each point (its id the point's number), instead of 100,000 features of four objects each, whose
 * making took a third of the worker's time to index (on the way to the map's first render).
 * `clusterIndex.test.ts` checks the result against an index of ordinary features.
 */
export function indexPoints(
  points: PointColumns,
  mask: Uint8Array | null,
): { index: PointIndex; count: number } {
  const usable = mask && mask.length === points.count ? mask : null;
  let count = points.count;
  if (usable) count = usable.reduce((n, shown) => n + (shown ? 1 : 0), 0);
  const coordinates: [number, number] = [0, 0];
  const feature: PointFeature<null> = {
    type: "Feature",
    id: 0,
    properties: null,
    geometry: { type: "Point", coordinates },
  };
  const features = {
    length: count,
    *[Symbol.iterator](): Generator<PointFeature<null>> {
      for (let i = 0; i < points.count; i++) {
        if (usable && !usable[i]) continue;
        coordinates[0] = points.lon[i]!;
        coordinates[1] = points.lat[i]!;
        feature.id = i;
        yield feature;
      }
    },
  };
  // The array type is what the typings ask for; `load` only iterates and reads `length`.
  const index = new Supercluster<null>(CLUSTER_OPTIONS).load(features as unknown as PointFeature<null>[]);
  return { index, count };
}

import Supercluster, { type PointFeature } from "supercluster";
import { describe, expect, it } from "vitest";
import { toColumns } from "../api/pointsBinary.ts";
import type { MapPoint } from "../api/types.ts";
import { CLUSTER_OPTIONS, indexPoints } from "./clusterIndex.ts";

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
}

function somePoints(n: number): MapPoint[] {
  const next = random(11);
  return Array.from({ length: n }, (_, i) => ({
    id: String(i + 1),
    lon: 35 + next() * 7,
    lat: 32 + next() * 5,
    date: "2023-03-01",
    type: "ASSAULT",
    actor1: null,
    actor2: null,
    status: "confirmed",
  })) as unknown as MapPoint[];
}

/** The index built the ordinary way: one feature per point, its number in the properties. */
function plainIndex(points: MapPoint[], mask: Uint8Array | null): Supercluster<{ i: number }> {
  const columns = toColumns(points);
  const features: PointFeature<{ i: number }>[] = [];
  for (let i = 0; i < columns.count; i++) {
    if (mask && !mask[i]) continue;
    features.push({
      type: "Feature",
      properties: { i },
      geometry: { type: "Point", coordinates: [columns.lon[i]!, columns.lat[i]!] },
    });
  }
  return new Supercluster<{ i: number }>(CLUSTER_OPTIONS).load(features);
}

/** Clusters and points of a view, comparable across the two indexes. */
function view(
  found: { id?: string | number; properties: object | null; geometry: GeoJSON.Point }[],
  pointNumber: (f: { id?: string | number; properties: object | null }) => number,
): string[] {
  return found
    .map((f) =>
      f.properties && "cluster" in f.properties
        ? `cluster ${f.id} of ${(f.properties as unknown as { point_count: number }).point_count} at ${f.geometry.coordinates.join()}`
        : `point ${pointNumber(f)} at ${f.geometry.coordinates.join()}`,
    )
    .sort();
}

describe("indexPoints", () => {
  const points = somePoints(5000);
  const columns = toColumns(points);
  const masks = [null, Uint8Array.from(points, (_, i) => (i % 3 === 0 ? 0 : 1))];

  it("clusters exactly as an index of ordinary features does, at every zoom, with and without a mask", () => {
    for (const mask of masks) {
      const { index, count } = indexPoints(columns, mask);
      const plain = plainIndex(points, mask);
      expect(count).toBe(mask ? mask.filter(Boolean).length : points.length);
      for (const zoom of [0, 4, 6, 8, 10, 11, 12, 14]) {
        const bbox: [number, number, number, number] = zoom >= 10 ? [37, 33, 38, 34] : [-180, -85, 180, 85];
        const ours = view(index.getClusters(bbox, zoom), (f) => f.id as number);
        const theirs = view(plain.getClusters(bbox, zoom), (f) => (f.properties as { i: number }).i);
        expect(ours.length).toBeGreaterThan(0);
        expect(ours).toEqual(theirs);
      }
    }
  });

  it("gives a single point no properties and its number in the columns as its id", () => {
    const { index } = indexPoints(columns, masks[1]!);
    const singles = index.getClusters([34, 31, 43, 38], 14).filter((f) => !f.properties);
    expect(singles.length).toBeGreaterThan(0);
    for (const f of singles) {
      const i = f.id as number;
      expect(masks[1]![i]).toBe(1);
      expect(f.geometry.coordinates[0]).toBeCloseTo(columns.lon[i]!, 5);
      expect(f.geometry.coordinates[1]).toBeCloseTo(columns.lat[i]!, 5);
    }
  });
});

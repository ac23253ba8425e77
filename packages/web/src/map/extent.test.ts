import { describe, expect, it } from "vitest";
import type { MapPoint } from "../api/types.ts";
import { mainExtent, nthSmallest } from "./extent.ts";

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe("nthSmallest", () => {
  it("finds what a sort puts at each place, with and without repeated values", () => {
    const next = random(7);
    for (const [length, distinct] of [
      [1, 1],
      [2, 2],
      [9, 3],
      [100, 100],
      [1001, 5],
      [5000, 5000],
    ] as const) {
      const values = Float64Array.from({ length }, () => Math.floor(next() * distinct) - distinct / 2);
      const sorted = values.slice().sort();
      for (const k of [0, length >> 1, length - 1, Math.floor(next() * length)])
        expect(nthSmallest(values.slice(), k)).toBe(sorted[k]);
    }
  });
});

describe("mainExtent", () => {
  const point = (lon: number, lat: number): MapPoint =>
    ({ id: `${lon},${lat}`, lon, lat }) as unknown as MapPoint;

  it("boxes the events within reach of the median point, leaving out a stray one", () => {
    const points = [point(36, 33), point(37.5, 34), point(38, 35.5), point(36.2, 36), point(-74, 40.7)];
    expect(mainExtent(points)).toEqual([
      [36, 33],
      [38, 36],
    ]);
  });

  it("is null without points, and a point's own box for one", () => {
    expect(mainExtent([])).toBeNull();
    expect(mainExtent([point(10, 20)])).toEqual([
      [10, 20],
      [10, 20],
    ]);
  });
});

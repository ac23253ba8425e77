import { describe, expect, it } from "vitest";
import { CellIndex, type Settlement } from "@sitrep/control";

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const key = (ring: [number, number][] | null) =>
  ring === null
    ? null
    : ring
        .slice(0, -1)
        .map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`)
        .sort()
        .join(" ");

describe("Voronoi cells kept incrementally", () => {
  it("match a partition built from scratch after settlements come, go and move", () => {
    const rnd = random(5);
    const all = new Map<string, Settlement>();
    for (let i = 0; i < 600; i++)
      all.set(`s${i}`, {
        key: `s${i}`,
        name: "",
        geonameid: null,
        lon: 36 + rnd() * 3,
        lat: 34 + rnd() * 2,
        country: "SY",
      });
    const square = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [35.5, 33.5],
            [39.5, 33.5],
            [39.5, 36.5],
            [35.5, 36.5],
            [35.5, 33.5],
          ],
        ],
      },
    } as const;
    const outline = () => square as never;
    const incremental = new CellIndex(outline);
    incremental.sync(all.keys(), (k) => all.get(k));

    for (const k of all.keys()) incremental.neighbours(k);
    const touched: string[] = [];
    for (let step = 0; step < 30; step++) {
      const k = `s${Math.floor(rnd() * 700)}`;
      touched.push(k);
      if (!all.has(k))
        all.set(k, {
          key: k,
          name: "",
          geonameid: null,
          lon: 36 + rnd() * 3,
          lat: 34 + rnd() * 2,
          country: "SY",
        });
      else if (rnd() < 0.5) all.delete(k);
      else all.set(k, { ...all.get(k)!, lon: 36 + rnd() * 3 });
      const result = incremental.sync([k], (x) => all.get(x));
      expect(result.reshaped).toBeLessThan(40);
    }
    const fresh = new CellIndex(outline);
    fresh.sync(all.keys(), (k) => all.get(k));
    for (const k of all.keys()) {
      expect(key(incremental.cell(k)), k).toBe(key(fresh.cell(k)));
      expect([...incremental.neighbours(k)].sort(), k).toEqual([...fresh.neighbours(k)].sort());
    }
    for (const k of touched) if (!all.has(k)) expect(incremental.cell(k)).toBeNull();
  });
});

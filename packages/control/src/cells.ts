import turfBbox from "@turf/bbox";
import { feature, featureCollection } from "@turf/helpers";
import intersect from "@turf/intersect";
import { Delaunay } from "d3-delaunay";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { Settlement } from "./types.js";

/** A country's outline, for clipping areas; keyed by ISO 3166-1 alpha-2. */
export type OutlineOf = (country: string | null) => Feature<Polygon | MultiPolygon> | undefined;

type Ring = [number, number][];

interface CountryCells {
  members: Map<string, Settlement>;
  rings: Map<string, Ring>;
  /** The cells as one topology, built when an area is first asked for after a change. */
  topology: { topo: Topology; at: Map<string, number> } | null;
}

/** Degrees around the points when a country has no outline. */
const FREE_MARGIN = 0.5;

/**
 * The Voronoi partition (d3-delaunay) of each country's settlements, within the country's bounding box.
 * `sync` takes the settlements that entered or left and rebuilds only their countries' partitions; `area`
 * merges a set of cells along their shared edges (topojson's merge) and clips the result to the outline
 * (Turf), so the cells themselves are never clipped one by one.
 */
export class CellIndex {
  private readonly countries = new Map<string, CountryCells>();
  private readonly countryOf = new Map<string, string>();

  constructor(private readonly outlineOf: OutlineOf) {}

  /**
   * Brings membership up to date: `present(key)` gives the settlement if it belongs in the partition.
   * Returns how many cells changed shape (the settlements that came or went and their Voronoi neighbours).
   */
  sync(keys: Iterable<string>, present: (key: string) => Settlement | undefined): number {
    const changed = new Set<string>();
    for (const key of keys) {
      const settlement = present(key);
      const before = this.countryOf.get(key);
      if (before !== undefined) {
        const group = this.group(before);
        if (!settlement || moved(group.members.get(key), settlement)) {
          group.members.delete(key);
          this.countryOf.delete(key);
          changed.add(before);
        }
      }
      if (settlement && !this.countryOf.has(key)) {
        const country = settlement.country ?? "";
        this.group(country).members.set(key, settlement);
        this.countryOf.set(key, country);
        changed.add(country);
      }
    }
    let reshaped = 0;
    for (const country of changed) reshaped += this.rebuild(country);
    return reshaped;
  }

  /** The Voronoi cell of a settlement as a ring of `[lon, lat]`, or null (a duplicate point, or unknown). */
  cell(key: string): Ring | null {
    const country = this.countryOf.get(key);
    return country === undefined ? null : (this.countries.get(country)?.rings.get(key) ?? null);
  }

  /** The union of the cells of `keys` (all of one country), clipped to the country's outline. */
  area(country: string, keys: readonly string[]): Polygon | MultiPolygon | null {
    const group = this.countries.get(country);
    if (!group) return null;
    if (!group.topology) group.topology = topologyOf(group.rings);
    const { topo, at } = group.topology;
    const all = (topo.objects.cells as GeometryCollection).geometries;
    const chosen = keys.flatMap((key) => {
      const index = at.get(key);
      return index === undefined ? [] : [all[index] as TopoPolygon];
    });
    if (chosen.length === 0) return null;
    const merged = merge(topo, chosen);
    const outline = this.outlineOf(country || null);
    if (!outline) return merged;
    return intersect(featureCollection([feature(merged), outline]))?.geometry ?? null;
  }

  private group(country: string): CountryCells {
    let group = this.countries.get(country);
    if (!group) this.countries.set(country, (group = { members: new Map(), rings: new Map(), topology: null }));
    return group;
  }

  private rebuild(country: string): number {
    const group = this.group(country);
    group.topology = null;
    if (group.members.size === 0) {
      this.countries.delete(country);
      return 0;
    }
    const settlements = [...group.members.values()];
    const bounds = boundsOf(settlements, this.outlineOf(country || null));
    // Voronoi in a plane where a degree of longitude is as long as one of latitude, mid-country.
    const scale = Math.cos((((bounds[1] + bounds[3]) / 2) * Math.PI) / 180);
    const delaunay = Delaunay.from(settlements, (s) => s.lon * scale, (s) => s.lat);
    const voronoi = delaunay.voronoi([bounds[0] * scale, bounds[1], bounds[2] * scale, bounds[3]]);
    const rings = new Map<string, Ring>();
    let reshaped = 0;
    settlements.forEach((settlement, i) => {
      const polygon = voronoi.cellPolygon(i) as Ring | null;
      if (!polygon) return;
      const ring = polygon.map(([x, y]) => [x / scale, y] as [number, number]);
      rings.set(settlement.key, ring);
      if (!sameRing(group.rings.get(settlement.key), ring)) reshaped++;
    });
    for (const key of group.rings.keys()) if (!rings.has(key)) reshaped++;
    group.rings = rings;
    return reshaped;
  }
}

function topologyOf(rings: Map<string, Ring>): { topo: Topology; at: Map<string, number> } {
  const at = new Map<string, number>();
  const features = [...rings].map(([key, ring], index) => {
    at.set(key, index);
    return feature<Polygon>({ type: "Polygon", coordinates: [ring] });
  });
  return { topo: topology({ cells: featureCollection(features) }), at };
}

function sameRing(a: Ring | undefined, b: Ring): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every(([x, y], i) => x === b[i]?.[0] && y === b[i]?.[1]);
}

function moved(old: Settlement | undefined, now: Settlement): boolean {
  return !old || old.country !== now.country || old.lat !== now.lat || old.lon !== now.lon;
}

function boundsOf(settlements: Settlement[], outline: Feature<Polygon | MultiPolygon> | undefined): [number, number, number, number] {
  if (outline) {
    const [w, s, e, n] = turfBbox(outline);
    return [w - 0.01, s - 0.01, e + 0.01, n + 0.01];
  }
  const lons = settlements.map((s) => s.lon);
  const lats = settlements.map((s) => s.lat);
  return [Math.min(...lons) - FREE_MARGIN, Math.min(...lats) - FREE_MARGIN, Math.max(...lons) + FREE_MARGIN, Math.max(...lats) + FREE_MARGIN];
}

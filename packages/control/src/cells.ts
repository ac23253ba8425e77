import turfBbox from "@turf/bbox";
import bboxClip from "@turf/bbox-clip";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { feature, featureCollection } from "@turf/helpers";
import intersect from "@turf/intersect";
import { Delaunay } from "d3-delaunay";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Polygon as TopoPolygon, Topology } from "topojson-specification";
import type { Settlement } from "./types.js";

/** A country's outline, for clipping areas; keyed by ISO 3166-1 alpha-2. */
export type OutlineOf = (country: string | null) => Feature<Polygon | MultiPolygon> | undefined;

type Ring = [number, number][];

/** A square of the grid: the cells of the settlements inside it, merged and clipped together. */
interface Block {
  readonly keys: Set<string>;
  /** The block's cells as one topology; built on first use after its cells changed. */
  topology: { topo: Topology; at: Map<string, number> } | null;
  /** The outline cut to the block's box, or null when every cell lies inside the country; undefined: not yet known. */
  clip: Feature<Polygon | MultiPolygon> | null | undefined;
}

interface CountryCells {
  members: Map<string, Settlement>;
  rings: Map<string, Ring>;
  blocks: Map<string, Block>;
  blockOfKey: Map<string, string>;
  /** The last triangulation: site ids (`key@lon,lat` for settlements, `~x,y` for empty sites) in Delaunay order. */
  layout: {
    ids: string[];
    index: Map<string, number>;
    delaunay: Delaunay<[number, number]>;
    bounds: [number, number, number, number];
    /** Sites below this index are settlements; the rest are empty. */
    settlements: number;
  } | null;
}

/** Degrees around the points when a country has no outline. */
const FREE_MARGIN = 0.5;
/** About 33 km: a settlement's cell reaches 17 to 28 km from it, and never across the country. */
const DEFAULT_REACH = 0.3;
/** The side of a block, in degrees: a change redraws the few blocks around it, never a whole country. */
const BLOCK_DEGREES = 0.5;

/** What `sync` changed. */
export interface SyncResult {
  /** Cells whose shape changed (the settlements that came or went and their Voronoi neighbours). */
  reshaped: number;
  /** Blocks whose cells changed: their drawn areas are stale. */
  blocks: Set<string>;
}

/**
 * The Voronoi partition (d3-delaunay) of each country's settlements, within the country's bounding box,
 * cut into a grid of blocks. `sync` takes the settlements that entered or left and rebuilds their
 * countries' partitions; `pieces` merges one holder's cells in a block along their shared edges
 * (topojson's merge) and clips them to the country (Turf), so a change redraws only its blocks.
 */
export class CellIndex {
  private readonly countries = new Map<string, CountryCells>();
  private readonly countryOf = new Map<string, string>();
  /** Neighbours found so far; a rebuild forgets those of the sites it touched. */
  private readonly neighbourCache = new Map<string, string[]>();
  /** Shared edges found so far, both ways round; a cell that changes shape forgets its own. */
  private readonly edges = new Map<string, Map<string, Position[] | null>>();

  /**
   * `reach`: how far, in degrees, a settlement's control spreads at most. Land farther than that from any
   * settlement is nobody's: empty sites on a grid of that spacing fill it (about 0.5 to 0.85 × reach).
   */
  constructor(
    private readonly outlineOf: OutlineOf,
    private readonly reach = DEFAULT_REACH,
  ) {}

  /** Brings membership up to date: `present(key)` gives the settlement if it belongs in the partition. */
  sync(keys: Iterable<string>, present: (key: string) => Settlement | undefined): SyncResult {
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
    const result: SyncResult = { reshaped: 0, blocks: new Set() };
    for (const country of changed) this.rebuild(country, result);
    return result;
  }

  /** The Voronoi cell of a settlement as a ring of `[lon, lat]`, or null (a duplicate point, or unknown). */
  cell(key: string): Ring | null {
    const country = this.countryOf.get(key);
    return country === undefined ? null : (this.countries.get(country)?.rings.get(key) ?? null);
  }

  /** The settlements whose cells touch this one's (Delaunay neighbours; empty sites left out). */
  neighbours(key: string): readonly string[] {
    const known = this.neighbourCache.get(key);
    if (known) return known;
    const country = this.countryOf.get(key);
    const group = country === undefined ? undefined : this.countries.get(country);
    const settlement = group?.members.get(key);
    const layout = group?.layout;
    if (!settlement || !layout) return [];
    const at = layout.index.get(`${settlement.key}@${settlement.lon},${settlement.lat}`);
    if (at === undefined) return [];
    const found: string[] = [];
    for (const n of layout.delaunay.neighbors(at)) {
      if (n >= layout.settlements) continue;
      const id = layout.ids[n] as string;
      found.push(id.slice(0, id.lastIndexOf("@")));
    }
    this.neighbourCache.set(key, found);
    return found;
  }

  /** The edge two neighbouring cells share, as `[lon, lat]` points, or null when they share none. */
  sharedEdge(a: string, b: string): Position[] | null {
    const known = this.edges.get(a)?.get(b);
    if (known !== undefined) return known;
    const edge = sharedVertices(this.cell(a), this.cell(b));
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      let row = this.edges.get(from);
      if (!row) this.edges.set(from, (row = new Map<string, Position[] | null>()));
      row.set(to, edge);
    }
    return edge;
  }

  /** The block a settlement's cell belongs to, if it has one. */
  blockOf(key: string): string | undefined {
    const country = this.countryOf.get(key);
    return country === undefined ? undefined : this.countries.get(country)?.blockOfKey.get(key);
  }

  /** The union of the cells of `keys` (all in block `id`), clipped to the country, as polygons. */
  pieces(id: string, keys: readonly string[]): Position[][][] {
    const country = id.slice(0, id.indexOf("/"));
    const block = this.countries.get(country)?.blocks.get(id);
    if (!block) return [];
    block.topology ??= this.topologyOf(country, block);
    const { topo, at } = block.topology;
    const all = (topo.objects.cells as GeometryCollection).geometries;
    const chosen = keys.flatMap((key) => {
      const index = at.get(key);
      return index === undefined ? [] : [all[index] as TopoPolygon];
    });
    if (chosen.length === 0) return [];
    const merged = merge(topo, chosen);
    if (block.clip === undefined) block.clip = this.clipOf(country, block);
    if (!block.clip) return rounded(merged.coordinates);
    const clipped = intersect(featureCollection([feature(merged), block.clip]))?.geometry;
    if (!clipped) return [];
    return rounded(clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates);
  }

  private group(country: string): CountryCells {
    let group = this.countries.get(country);
    if (!group)
      this.countries.set(
        country,
        (group = {
          members: new Map(),
          rings: new Map(),
          blocks: new Map(),
          blockOfKey: new Map(),
          layout: null,
        }),
      );
    return group;
  }

  /**
   * Rebuilds a country's triangulation. Only the cells of sites that came or went, and of their Delaunay
   * neighbours (before and after), can change shape: only those are drawn again and compared.
   */
  private rebuild(country: string, result: SyncResult): void {
    const group = this.group(country);
    const settlements = [...group.members.values()];
    const rings = new Map(group.rings);
    const drawn = new Set<string>();
    if (settlements.length === 0) {
      for (const key of rings.keys()) {
        drawn.add(key);
        this.neighbourCache.delete(key);
      }
      rings.clear();
      group.layout = null;
    } else {
      const bounds = boundsOf(settlements, this.outlineOf(country || null));
      // Voronoi in a plane where a degree of longitude is as long as one of latitude, mid-country.
      const scale = Math.cos((((bounds[1] + bounds[3]) / 2) * Math.PI) / 180);
      // A site is its settlement and its position: a settlement that moved left one site for another.
      const ids = settlements.map((s) => `${s.key}@${s.lon},${s.lat}`);
      const sites: [number, number][] = settlements.map((s) => [s.lon * scale, s.lat]);
      for (const site of emptySites(sites, bounds, scale, this.reach)) {
        ids.push(`~${site[0].toFixed(5)},${site[1].toFixed(5)}`);
        sites.push(site);
      }
      const delaunay = Delaunay.from(sites);
      const voronoi = delaunay.voronoi([bounds[0] * scale, bounds[1], bounds[2] * scale, bounds[3]]);
      const index = new Map(ids.map((id, i) => [id, i]));
      const prev = group.layout;
      const affected = new Set<number>();
      if (!prev || prev.bounds.some((v, i) => v !== bounds[i])) {
        for (const key of rings.keys()) drawn.add(key);
        rings.clear();
        for (let i = 0; i < settlements.length; i++) affected.add(i);
      } else {
        for (const [id, i] of index) {
          if (prev.index.has(id)) continue;
          affected.add(i);
          for (const n of delaunay.neighbors(i)) affected.add(n);
        }
        for (const [id, j] of prev.index) {
          if (index.has(id)) continue;
          const key = j < prev.settlements ? id.slice(0, id.lastIndexOf("@")) : null;
          if (key !== null) this.neighbourCache.delete(key);
          if (key !== null && !group.members.has(key) && rings.delete(key)) drawn.add(key);
          for (const n of prev.delaunay.neighbors(j)) {
            const now = index.get(prev.ids[n] as string);
            if (now !== undefined) affected.add(now);
          }
        }
      }
      if (affected.size === settlements.length || !prev)
        for (const key of group.rings.keys()) this.neighbourCache.delete(key);
      for (const i of affected) {
        if (i >= settlements.length) continue;
        const key = (settlements[i] as Settlement).key;
        this.neighbourCache.delete(key);
        const polygon = voronoi.cellPolygon(i) as Ring | null;
        drawn.add(key);
        if (polygon)
          rings.set(
            key,
            polygon.map(([x, y]) => [x / scale, y] as [number, number]),
          );
        else rings.delete(key);
      }
      group.layout = { ids, index, delaunay, bounds, settlements: settlements.length };
    }
    const stale = (key: string): void => {
      result.reshaped++;
      for (const other of this.edges.get(key)?.keys() ?? []) this.edges.get(other)?.delete(key);
      this.edges.delete(key);
      const member = group.members.get(key);
      const id = group.blockOfKey.get(key) ?? (member ? blockId(member) : undefined);
      if (id === undefined) return;
      result.blocks.add(id);
      const block = group.blocks.get(id);
      if (block) {
        block.topology = null;
        block.clip = undefined;
      }
    };
    for (const key of drawn) {
      const ring = rings.get(key);
      if (!ring || !sameRing(group.rings.get(key), ring)) stale(key);
    }
    group.rings = rings;
    this.regroup(group);
    if (group.members.size === 0) this.countries.delete(country);
  }

  private regroup(group: CountryCells): void {
    const blocks = new Map<string, Block>();
    group.blockOfKey.clear();
    for (const [key, settlement] of group.members) {
      if (!group.rings.has(key)) continue;
      const id = blockId(settlement);
      group.blockOfKey.set(key, id);
      let block = blocks.get(id);
      if (!block) {
        const old = group.blocks.get(id);
        block = { keys: new Set(), topology: old?.topology ?? null, clip: old?.clip };
        blocks.set(id, block);
      }
      block.keys.add(key);
    }
    group.blocks = blocks;
  }

  private topologyOf(country: string, block: Block): { topo: Topology; at: Map<string, number> } {
    const rings = this.countries.get(country)?.rings;
    const at = new Map<string, number>();
    const features = [...block.keys].flatMap((key) => {
      const ring = rings?.get(key);
      if (!ring) return [];
      at.set(key, at.size);
      return [feature<Polygon>({ type: "Polygon", coordinates: [ring] })];
    });
    return { topo: topology({ cells: featureCollection(features) }), at };
  }

  /** The outline cut to the block's cells' box, or null when every corner of every cell is inside it. */
  private clipOf(country: string, block: Block): Feature<Polygon | MultiPolygon> | null {
    const outline = this.outlineOf(country || null);
    const rings = this.countries.get(country)?.rings;
    if (!outline || !rings) return null;
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    let outside = false;
    for (const key of block.keys) {
      for (const point of rings.get(key) ?? []) {
        [w, s, e, n] = [
          Math.min(w, point[0]),
          Math.min(s, point[1]),
          Math.max(e, point[0]),
          Math.max(n, point[1]),
        ];
        if (!outside && !booleanPointInPolygon(point, outline)) outside = true;
      }
    }
    return outside
      ? (bboxClip(outline, [w - 0.01, s - 0.01, e + 0.01, n + 0.01]) as Feature<Polygon | MultiPolygon>)
      : null;
  }
}

/**
 * Sites of nobody's land: a grid of `reach` spacing over the bounds (in the scaled plane), without the
 * points within `reach` of a settlement. Their cells are never drawn; they stop settlements' cells from
 * spreading over land no report speaks of.
 */
function emptySites(
  sites: [number, number][],
  bounds: [number, number, number, number],
  scale: number,
  reach: number,
): [number, number][] {
  const bucket = (x: number, y: number) => `${Math.floor(x / reach)},${Math.floor(y / reach)}`;
  const near = new Map<string, [number, number][]>();
  for (const site of sites) {
    const key = bucket(site[0], site[1]);
    const list = near.get(key);
    if (list) list.push(site);
    else near.set(key, [site]);
  }
  const empty: [number, number][] = [];
  const [west, south, east, north] = [bounds[0] * scale, bounds[1], bounds[2] * scale, bounds[3]];
  for (let x = west + reach / 2; x < east; x += reach) {
    for (let y = south + reach / 2; y < north; y += reach) {
      if (!nearAny(near, x, y, reach)) empty.push([x, y]);
    }
  }
  return empty;
}

function nearAny(near: Map<string, [number, number][]>, x: number, y: number, reach: number): boolean {
  const [bx, by] = [Math.floor(x / reach), Math.floor(y / reach)];
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      for (const [sx, sy] of near.get(`${bx + dx},${by + dy}`) ?? [])
        if ((sx - x) ** 2 + (sy - y) ** 2 < reach * reach) return true;
    }
  }
  return false;
}

/** The block of a settlement: its country and the grid square it lies in. */
function blockId(settlement: Settlement): string {
  return `${settlement.country ?? ""}/${Math.floor(settlement.lon / BLOCK_DEGREES)},${Math.floor(settlement.lat / BLOCK_DEGREES)}`;
}

/** The two corners two cells share (a Voronoi edge), or null. */
function sharedVertices(a: Ring | null, b: Ring | null): Position[] | null {
  if (!a || !b) return null;
  const shared: Position[] = [];
  for (let i = 0; i < a.length - 1; i++) {
    const [x, y] = a[i] as [number, number];
    if (b.some(([u, v]) => Math.abs(u - x) < 1e-9 && Math.abs(v - y) < 1e-9))
      shared.push([Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  }
  return shared.length === 2 ? shared : null;
}

/** Coordinates to 1e-5 degree (about a metre): what a map needs, at a third of the bytes. */
function rounded(polygons: Position[][][]): Position[][][] {
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return polygons.map((polygon) => polygon.map((ring) => ring.map(([x = 0, y = 0]) => [round(x), round(y)])));
}

/**
 * Same cell whatever vertex the ring starts at, to a micro-degree: after a rebuild d3-delaunay may start a
 * ring elsewhere, and compute a circumcentre from its triangle's corners in another order.
 */
function sameRing(a: Ring | undefined, b: Ring): boolean {
  if (!a || a.length !== b.length) return false;
  const key = (ring: Ring) =>
    ring
      .slice(0, -1)
      .map(([x, y]) => `${x.toFixed(6)},${y.toFixed(6)}`)
      .sort()
      .join(" ");
  return key(a) === key(b);
}

function moved(old: Settlement | undefined, now: Settlement): boolean {
  return !old || old.country !== now.country || old.lat !== now.lat || old.lon !== now.lon;
}

function boundsOf(
  settlements: Settlement[],
  outline: Feature<Polygon | MultiPolygon> | undefined,
): [number, number, number, number] {
  if (outline) {
    const [w, s, e, n] = turfBbox(outline);
    return [w - 0.01, s - 0.01, e + 0.01, n + 0.01];
  }
  const lons = settlements.map((s) => s.lon);
  const lats = settlements.map((s) => s.lat);
  return [
    Math.min(...lons) - FREE_MARGIN,
    Math.min(...lats) - FREE_MARGIN,
    Math.max(...lons) + FREE_MARGIN,
    Math.max(...lats) + FREE_MARGIN,
  ];
}

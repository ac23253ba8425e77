import { MODALITIES, PLOVER_TYPES, STATUSES } from "./api/types.ts";
import type { EventStatus, MapPoint, Modality, PloverType } from "./api/types.ts";

/** A bounding box `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** What the map, the review queue and the exports are narrowed to; mirrored in the URL. */
export interface Filters {
  actor: string[];
  type: PloverType[];
  modality: Modality[];
  status: EventStatus[];
  from: string | null;
  to: string | null;
  bbox: BBox | null;
  q: string;
}

/** No filter at all. */
export const EMPTY_FILTERS: Filters = {
  actor: [],
  type: [],
  modality: [],
  status: [],
  from: null,
  to: null,
  bbox: null,
  q: "",
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(value: string | null, allowed?: readonly T[]): T[] {
  if (!value) return [];
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return (allowed ? items.filter((item) => (allowed as readonly string[]).includes(item)) : items) as T[];
}

function parseBBox(value: string | null): BBox | null {
  if (!value) return null;
  const numbers = value.split(",").map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return null;
  const [w, s, e, n] = numbers as BBox;
  return s < n && w !== e ? [w, s, e, n] : null;
}

/** Reads filters from a URL query string; unknown or malformed values are dropped. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const date = (key: string): string | null => {
    const value = params.get(key);
    return value && DATE.test(value) ? value : null;
  };
  return {
    actor: list(params.get("actor")),
    type: list(params.get("type"), PLOVER_TYPES),
    modality: list(params.get("modality"), MODALITIES),
    status: list(params.get("status"), STATUSES),
    from: date("from"),
    to: date("to"),
    bbox: parseBBox(params.get("bbox")),
    q: params.get("q") ?? "",
  };
}

/** The query parameters for filters, the same names the API and the exports take. */
export function filterParams(filters: Filters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.actor.length) params.actor = filters.actor.join(",");
  if (filters.type.length) params.type = filters.type.join(",");
  if (filters.modality.length) params.modality = filters.modality.join(",");
  if (filters.status.length) params.status = filters.status.join(",");
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  if (filters.bbox) params.bbox = filters.bbox.map((n) => Number(n.toFixed(4))).join(",");
  if (filters.q.trim()) params.q = filters.q.trim();
  return params;
}

/** Writes filters as a query string (with `?`, or "" when empty), keeping other parameters. */
export function serializeFilters(filters: Filters, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  for (const key of Object.keys(EMPTY_FILTERS)) params.delete(key);
  for (const [key, value] of Object.entries(filterParams(filters))) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether a map point passes the filters (the text query is left to the server). */
export function matchesFilters(point: MapPoint, filters: Filters, until: string | null = null): boolean {
  if (filters.type.length && !filters.type.includes(point.type)) return false;
  if (filters.modality.length && !filters.modality.includes(point.modality)) return false;
  if (filters.status.length && !filters.status.includes(point.status)) return false;
  if (filters.actor.length) {
    const hit =
      (point.actor1 && filters.actor.includes(point.actor1)) ||
      (point.actor2 && filters.actor.includes(point.actor2));
    if (!hit) return false;
  }
  if (filters.from || filters.to || until) {
    if (!point.date) return false;
    if (filters.from && point.date < filters.from) return false;
    if (filters.to && point.date > filters.to) return false;
    if (until && point.date > until) return false;
  }
  if (filters.bbox) {
    const [w, s, e, n] = filters.bbox;
    if (point.lat < s || point.lat > n) return false;
    const inLon = w <= e ? point.lon >= w && point.lon <= e : point.lon >= w || point.lon <= e;
    if (!inLon) return false;
  }
  return true;
}

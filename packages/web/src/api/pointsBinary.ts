import type { MapPoint } from "./types.ts";

/**
 * The map points as the server sends them with `format=binary` (`server/src/presenters/points.ts`):
 * typed columns viewed in place over the response's bytes, with the header's string tables.
 */
export interface PointColumns {
  count: number;
  id: Float64Array;
  lon: Float32Array;
  lat: Float32Array;
  /** 1 + index into `actors`; 0 for none. */
  actor1: Uint32Array;
  actor2: Uint32Array;
  /** Days since 1970-01-01, or `NO_DATE`. */
  date: Int32Array;
  type: Uint16Array;
  status: Uint8Array;
  modality: Uint8Array;
  types: string[];
  actors: string[];
  statuses: string[];
  modalities: string[];
}

/** The date column's value for an event without a date. */
export const NO_DATE = -2147483648;

interface Header {
  count: number;
  types: string[];
  actors: string[];
  statuses: string[];
  modalities: string[];
}

/** Views the columns of a `SPT1` response; throws on anything else. */
export function decodePoints(buffer: ArrayBuffer): PointColumns {
  const magic = new TextDecoder().decode(new Uint8Array(buffer, 0, Math.min(4, buffer.byteLength)));
  if (magic !== "SPT1") throw new Error("The server sent map points in a form this app does not read.");
  const headerLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))) as Header;
  const n = header.count;
  let at = 8 + headerLength;
  const take = <T>(View: new (b: ArrayBuffer, offset: number, length: number) => T, bytes: number): T => {
    const view = new View(buffer, at, n);
    at += n * bytes;
    return view;
  };
  return {
    count: n,
    id: take(Float64Array, 8),
    lon: take(Float32Array, 4),
    lat: take(Float32Array, 4),
    actor1: take(Uint32Array, 4),
    actor2: take(Uint32Array, 4),
    date: take(Int32Array, 4),
    type: take(Uint16Array, 2),
    status: take(Uint8Array, 1),
    modality: take(Uint8Array, 1),
    types: header.types,
    actors: header.actors,
    statuses: header.statuses,
    modalities: header.modalities,
  };
}

/** The points as the app's `MapPoint`s (dates as ISO days, each distinct day formatted once). */
export function toMapPointList(columns: PointColumns): MapPoint[] {
  const days = new Map<number, string | null>([[NO_DATE, null]]);
  const day = (n: number): string | null => {
    let text = days.get(n);
    if (text === undefined) days.set(n, (text = new Date(n * 86_400_000).toISOString().slice(0, 10)));
    return text;
  };
  const { actors } = columns;
  const points = new Array<MapPoint>(columns.count);
  for (let i = 0; i < columns.count; i++) {
    const a1 = columns.actor1[i]!;
    const a2 = columns.actor2[i]!;
    points[i] = {
      id: String(columns.id[i]),
      lon: columns.lon[i]!,
      lat: columns.lat[i]!,
      type: columns.types[columns.type[i]!] as MapPoint["type"],
      actor1: a1 ? actors[a1 - 1]! : null,
      actor2: a2 ? actors[a2 - 1]! : null,
      date: day(columns.date[i]!),
      status: columns.statuses[columns.status[i]!] as MapPoint["status"],
      modality: columns.modalities[columns.modality[i]!] as MapPoint["modality"],
    };
  }
  return points;
}

/** Points the app holds as columns (the inverse of {@link toMapPointList}; ids go separately). */
export function toColumns(points: readonly MapPoint[]): PointColumns {
  const n = points.length;
  const tables = {
    types: [] as string[],
    actors: [] as string[],
    statuses: [] as string[],
    modalities: [] as string[],
  };
  const indexes = new Map<string[], Map<string, number>>();
  const of = (table: string[], value: string): number => {
    let index = indexes.get(table);
    if (!index) indexes.set(table, (index = new Map()));
    let at = index.get(value);
    if (at === undefined) index.set(value, (at = table.push(value) - 1));
    return at;
  };
  const columns: PointColumns = {
    count: n,
    id: new Float64Array(n),
    lon: new Float32Array(n),
    lat: new Float32Array(n),
    actor1: new Uint32Array(n),
    actor2: new Uint32Array(n),
    date: new Int32Array(n),
    type: new Uint16Array(n),
    status: new Uint8Array(n),
    modality: new Uint8Array(n),
    ...tables,
  };
  points.forEach((p, i) => {
    columns.lon[i] = p.lon;
    columns.lat[i] = p.lat;
    columns.actor1[i] = p.actor1 ? of(tables.actors, p.actor1) + 1 : 0;
    columns.actor2[i] = p.actor2 ? of(tables.actors, p.actor2) + 1 : 0;
    columns.date[i] = p.date ? Math.floor(Date.parse(`${p.date}T00:00:00Z`) / 86_400_000) : NO_DATE;
    columns.type[i] = of(tables.types, p.type);
    columns.status[i] = of(tables.statuses, p.status);
    columns.modality[i] = of(tables.modalities, p.modality);
  });
  return columns;
}

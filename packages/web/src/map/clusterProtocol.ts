import type { PointColumns } from "../api/pointsBinary.ts";

/** Messages between the app and its cluster worker, which fetches the map points and clusters them. */

/** Fetch the points (the binary columns) from `url`; the worker indexes them all. */
export interface FetchMessage {
  kind: "fetch";
  url: string;
  seq: number;
}

/** The points (the binary columns) the page downloaded itself (see `index.html`); indexed whole. */
export interface IndexMessage {
  kind: "index";
  buffer: ArrayBuffer;
  seq: number;
}

/** Points the app already holds (a few: pins, a picked place), with their own ids; indexed whole. */
export interface SetMessage {
  kind: "set";
  columns: PointColumns;
  ids: string[];
  seq: number;
}

/** Each actor's colour (by actor id); events take their first actor's. */
export interface ColorsMessage {
  kind: "colors";
  colors: [string, string][];
  seq: number;
}

/** Which points to cluster (1 = shown; null: all); the index is rebuilt over them. */
export interface FilterMessage {
  kind: "filter";
  mask: Uint8Array | null;
  seq: number;
}

/** Clusters and points in a box at a zoom. */
export interface QueryMessage {
  kind: "query";
  bbox: [number, number, number, number];
  zoom: number;
  seq: number;
}

/** The zoom at which a cluster splits. */
export interface ExpansionMessage {
  kind: "expansion";
  clusterId: number;
  seq: number;
}

/** Anything the app sends to the worker. */
export type ToWorker =
  FetchMessage | IndexMessage | SetMessage | ColorsMessage | FilterMessage | QueryMessage | ExpansionMessage;

/** Anything the worker answers (each answer carries the question's `seq`). */
export type FromWorker =
  | { kind: "points"; seq: number; buffer: ArrayBuffer }
  | { kind: "failed"; seq: number; status: number; message: string }
  | { kind: "done"; seq: number; count: number; ms: number }
  | { kind: "features"; seq: number; data: GeoJSON.FeatureCollection<GeoJSON.Point> }
  | { kind: "expansion"; seq: number; zoom: number };

/** Messages between the map and its cluster worker. Points travel as typed arrays (transferred, not copied). */

/** All points, once: positions, an icon index per point (into `icons`), ids, and 1 for proposed. */
export interface LoadMessage {
  kind: "load";
  lon: Float64Array;
  lat: Float64Array;
  icon: Uint16Array;
  proposed: Uint8Array;
  icons: string[];
  ids: string[];
}

/** Which points to cluster (1 = shown); the index is rebuilt over them. */
export interface FilterMessage {
  kind: "filter";
  mask: Uint8Array;
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

/** Anything the map sends to the worker. */
export type ToWorker = LoadMessage | FilterMessage | QueryMessage | ExpansionMessage;

/** Anything the worker answers. */
export type FromWorker =
  | { kind: "indexed"; seq: number; count: number; ms: number }
  | { kind: "features"; seq: number; data: GeoJSON.FeatureCollection<GeoJSON.Point> }
  | { kind: "expansion"; seq: number; zoom: number };

import { decodePoints, type PointColumns } from "../api/pointsBinary.ts";
import { UNKNOWN_COLOR } from "./colors.ts";
import type { FromWorker, ToWorker } from "./clusterProtocol.ts";
import { indexPoints, type PointIndex } from "./clusterIndex.ts";
import { iconId } from "./icons.ts";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(m: FromWorker, transfer?: Transferable[]): void;
};
let points: PointColumns | null = null;
/** The points' ids when the app set them (else the id column's numbers). */
let ids: string[] | null = null;
let index: PointIndex | null = null;
/** Icon ids by type and first actor: `icons[type][actor1]` (actor 0: none). */
let icons: string[][] = [];
let colors = new Map<string, string>();

/** Builds the icon id table for the loaded points and the current colours. */
function buildIcons(): void {
  if (!points) return;
  const actorColors = [UNKNOWN_COLOR, ...points.actors.map((id) => colors.get(id) ?? UNKNOWN_COLOR)];
  icons = points.types.map((type) => actorColors.map((color) => iconId(type, color)));
}

function build(mask: Uint8Array | null): number {
  if (!points) return 0;
  const built = indexPoints(points, mask);
  index = built.index;
  return built.count;
}

function query(
  bbox: [number, number, number, number],
  zoom: number,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  if (!index || !points) return { type: "FeatureCollection", features: [] };
  const p = points;
  const found = index.getClusters(bbox, Math.floor(zoom));
  const features = found.map((f): GeoJSON.Feature<GeoJSON.Point> => {
    // A cluster has supercluster's properties; a single point none, and its number as its id.
    if (f.properties) return f as GeoJSON.Feature<GeoJSON.Point>;
    const i = f.id as number;
    return {
      type: "Feature",
      geometry: f.geometry,
      properties: {
        id: ids ? ids[i] : String(p.id[i]),
        icon: icons[p.type[i]!]?.[p.actor1[i]!] ?? iconId(p.types[p.type[i]!]!, UNKNOWN_COLOR),
        status: p.statuses[p.status[i]!] === "proposed" ? "proposed" : "other",
      },
    };
  });
  return { type: "FeatureCollection", features };
}

/** Fetches and indexes the points, handing the app a copy of the bytes. */
async function load(url: string, seq: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: "same-origin",
      headers: { accept: "application/vnd.sitrep.points" },
    });
  } catch {
    return scope.postMessage({ kind: "failed", seq, status: 0, message: "The server cannot be reached." });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    const message = problem?.error?.message ?? `${response.status} ${response.statusText}`;
    return scope.postMessage({ kind: "failed", seq, status: response.status, message });
  }
  const buffer = await response.arrayBuffer();
  try {
    points = decodePoints(buffer);
    ids = null;
  } catch (err) {
    return scope.postMessage({ kind: "failed", seq, status: 0, message: (err as Error).message });
  }
  const copy = buffer.slice(0);
  scope.postMessage({ kind: "points", seq, buffer: copy }, [copy]);
  buildIcons();
  build(null);
}

/** Indexes points the page downloaded (it decodes its own copy). */
function indexDownloaded(buffer: ArrayBuffer, seq: number): void {
  const start = performance.now();
  try {
    points = decodePoints(buffer);
    ids = null;
  } catch (err) {
    return scope.postMessage({ kind: "failed", seq, status: 0, message: (err as Error).message });
  }
  buildIcons();
  const count = build(null);
  scope.postMessage({ kind: "done", seq, count, ms: performance.now() - start });
}

async function handle(message: ToWorker): Promise<void> {
  const start = performance.now();
  switch (message.kind) {
    case "fetch":
      return load(message.url, message.seq);
    case "index":
      return indexDownloaded(message.buffer, message.seq);
    case "set":
      points = message.columns;
      ids = message.ids;
      buildIcons();
      build(null);
      return scope.postMessage({
        kind: "done",
        seq: message.seq,
        count: points.count,
        ms: performance.now() - start,
      });
    case "colors":
      colors = new Map(message.colors);
      buildIcons();
      return scope.postMessage({ kind: "done", seq: message.seq, count: 0, ms: performance.now() - start });
    case "filter": {
      const count = build(message.mask);
      return scope.postMessage({ kind: "done", seq: message.seq, count, ms: performance.now() - start });
    }
    case "query":
      return scope.postMessage({
        kind: "features",
        seq: message.seq,
        data: query(message.bbox, message.zoom),
      });
    case "expansion":
      return scope.postMessage({
        kind: "expansion",
        seq: message.seq,
        zoom: index ? index.getClusterExpansionZoom(message.clusterId) : 0,
      });
  }
}

// One message at a time, in order: a query sent while the points are still downloading waits for them.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = ({ data }) => {
  queue = queue.then(() => handle(data)).catch((err: unknown) => console.error("cluster worker:", err));
};

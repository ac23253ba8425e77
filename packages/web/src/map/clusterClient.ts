import { ApiError } from "../api/client.ts";
import { decodePoints, toColumns, toMapPointList } from "../api/pointsBinary.ts";
import type { MapPoint } from "../api/types.ts";
import type { FromWorker, ToWorker } from "./clusterProtocol.ts";

type Answer<K extends FromWorker["kind"]> = Extract<FromWorker, { kind: K }>;
/** A message to the worker before it is numbered. */
type Question = ToWorker extends infer T ? (T extends ToWorker ? Omit<T, "seq"> : never) : never;

/**
 * The map's points and their clusters, kept in a worker: the worker downloads the points as binary
 * columns and indexes them (supercluster) off the main thread; the app gets the points once, sends
 * colours and filters as small messages, and asks each view for just the clusters and points it shows.
 * One worker serves the whole app, so it can start downloading before React renders.
 */
export class ClusterClient {
  private readonly worker = new Worker(new URL("./cluster.worker.ts", import.meta.url), { type: "module" });
  private readonly pending = new Map<number, (message: FromWorker) => void>();
  private seq = 0;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      this.pending.get(data.seq)?.(data);
      this.pending.delete(data.seq);
    };
  }

  private send<A extends FromWorker>(message: Question, transfer: Transferable[] = []): Promise<A> {
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve as (m: FromWorker) => void);
      this.worker.postMessage({ ...message, seq }, transfer);
    });
  }

  /**
   * Downloads the points the signed-in reader may see (all statuses for a user) and indexes them all.
   * The page's first visit to the map started the download before the app's script (`index.html`):
   * that response is used once, when it came through.
   */
  async load(): Promise<MapPoint[]> {
    const early = window.__sitrepPoints;
    delete window.__sitrepPoints;
    const response = await early?.catch(() => null);
    if (response?.ok) {
      const buffer = await response.arrayBuffer();
      const own = buffer.slice(0);
      // The worker indexes them while this thread decodes its own copy for the filters (the same bytes:
      // a bad answer fails here too). What the app asks next waits for the index in the worker's queue.
      void this.send({ kind: "index", buffer }, [buffer]);
      const points = toMapPointList(decodePoints(own));
      performance.mark("sitrep:points-loaded");
      return points;
    }
    const answer = await this.send<Answer<"points"> | Answer<"failed">>({
      kind: "fetch",
      url: "/api/events/points?status=any&format=binary",
    });
    if (answer.kind === "failed") throw new ApiError(answer.status, answer.message);
    const points = toMapPointList(decodePoints(answer.buffer));
    performance.mark("sitrep:points-loaded");
    return points;
  }

  /** Clusters points the app holds (a few pins), instead of downloading the events. */
  async setPoints(points: readonly MapPoint[]): Promise<void> {
    await this.send({ kind: "set", columns: toColumns(points), ids: points.map((p) => p.id) });
  }

  /** Colours events by their first actor (actor id → colour). */
  async setColors(colors: Map<string, string>): Promise<void> {
    await this.send({ kind: "colors", colors: [...colors] });
  }

  /** Clusters only the points whose mask byte is 1 (null: all of them). */
  async filter(mask: Uint8Array | null): Promise<void> {
    await this.send({ kind: "filter", mask });
  }

  /** Clusters and points within a box at a zoom, as GeoJSON for a plain source. */
  async query(
    bbox: [number, number, number, number],
    zoom: number,
  ): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> {
    return (await this.send<Answer<"features">>({ kind: "query", bbox, zoom })).data;
  }

  /** Stops the worker (a map's own one, when the map goes). */
  terminate(): void {
    this.worker.terminate();
  }

  /** The zoom at which a cluster breaks apart. */
  async expansionZoom(clusterId: number): Promise<number> {
    return (await this.send<Answer<"expansion">>({ kind: "expansion", clusterId })).zoom;
  }
}

declare global {
  interface Window {
    /** The map points' response, asked for by `index.html` before the app's script loads (taken once). */
    __sitrepPoints?: Promise<Response>;
  }
}

let shared: ClusterClient | null = null;

/** The app's cluster worker for the events (started on first use; it downloads them itself). */
export function clusterClient(): ClusterClient {
  shared ??= new ClusterClient();
  return shared;
}

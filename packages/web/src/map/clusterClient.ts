import type { MapPoint } from "../api/types.ts";
import { UNKNOWN_COLOR } from "./colors.ts";
import type { FromWorker, ToWorker } from "./clusterProtocol.ts";
import { iconId } from "./icons.ts";

type Pending = (message: FromWorker) => void;

/**
 * Clusters map points in a worker of its own: points go over once as typed arrays, filters as a
 * mask, and each view asks for just the clusters and points it shows. This keeps 100,000 events
 * off the main thread and out of MapLibre's GeoJSON pipeline.
 */
export class ClusterClient {
  private readonly worker = new Worker(new URL("./cluster.worker.ts", import.meta.url), { type: "module" });
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private loadWaiter: Pending | null = null;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.kind === "indexed" && data.seq === 0) return this.loadWaiter?.(data);
      this.pending.get(data.seq)?.(data);
      this.pending.delete(data.seq);
    };
  }

  private send<T extends FromWorker>(message: ToWorker, transfer: Transferable[] = []): Promise<T> {
    return new Promise((resolve) => {
      if (message.kind === "load") this.loadWaiter = resolve as Pending;
      else this.pending.set(message.seq, resolve as Pending);
      this.worker.postMessage(message, transfer);
    });
  }

  /** Sends every point, coloured by its first actor; resolves when the index is built. */
  async load(points: MapPoint[], colors: Map<string, string>): Promise<void> {
    const n = points.length;
    const lon = new Float64Array(n);
    const lat = new Float64Array(n);
    const icon = new Uint16Array(n);
    const proposed = new Uint8Array(n);
    const icons: string[] = [];
    const iconIndex = new Map<string, number>();
    const ids = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const p = points[i]!;
      lon[i] = p.lon;
      lat[i] = p.lat;
      ids[i] = p.id;
      proposed[i] = p.status === "proposed" ? 1 : 0;
      const id = iconId(p.type, (p.actor1 && colors.get(p.actor1)) || UNKNOWN_COLOR);
      let k = iconIndex.get(id);
      if (k === undefined) iconIndex.set(id, (k = icons.push(id) - 1));
      icon[i] = k;
    }
    await this.send({ kind: "load", lon, lat, icon, proposed, icons, ids }, [
      lon.buffer,
      lat.buffer,
      icon.buffer,
      proposed.buffer,
    ]);
  }

  /** Clusters only the points whose mask byte is 1 (null: all of them). */
  async filter(mask: Uint8Array | null, count: number): Promise<void> {
    const all = mask ?? new Uint8Array(count).fill(1);
    const copy = all.slice();
    await this.send({ kind: "filter", mask: copy, seq: ++this.seq }, [copy.buffer]);
  }

  /** Clusters and points within a box at a zoom, as GeoJSON for a plain source. */
  async query(
    bbox: [number, number, number, number],
    zoom: number,
  ): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> {
    const answer = await this.send<Extract<FromWorker, { kind: "features" }>>({
      kind: "query",
      bbox,
      zoom,
      seq: ++this.seq,
    });
    return answer.data;
  }

  /** The zoom at which a cluster breaks apart. */
  async expansionZoom(clusterId: number): Promise<number> {
    const answer = await this.send<Extract<FromWorker, { kind: "expansion" }>>({
      kind: "expansion",
      clusterId,
      seq: ++this.seq,
    });
    return answer.zoom;
  }

  /** Stops the worker. */
  terminate(): void {
    this.worker.terminate();
  }
}

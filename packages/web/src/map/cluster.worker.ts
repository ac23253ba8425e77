import Supercluster, { type ClusterProperties, type PointFeature } from "supercluster";
import type { FromWorker, LoadMessage, ToWorker } from "./clusterProtocol.ts";

/** Clustering parameters: a cluster within 56 px; single points from zoom 12 on. */
export const CLUSTER_OPTIONS = { radius: 56, extent: 512, maxZoom: 11, minPoints: 2 } as const;

type PointProps = { i: number };
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(m: FromWorker): void;
};
let points: LoadMessage | null = null;
let index: Supercluster<PointProps> | null = null;

function build(mask: Uint8Array | null): number {
  if (!points) return 0;
  const features: PointFeature<PointProps>[] = [];
  for (let i = 0; i < points.lon.length; i++) {
    if (mask && !mask[i]) continue;
    features.push({
      type: "Feature",
      properties: { i },
      geometry: { type: "Point", coordinates: [points.lon[i]!, points.lat[i]!] },
    });
  }
  index = new Supercluster<PointProps>(CLUSTER_OPTIONS).load(features);
  return features.length;
}

function query(
  bbox: [number, number, number, number],
  zoom: number,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  if (!index || !points) return { type: "FeatureCollection", features: [] };
  const found = index.getClusters(bbox, Math.floor(zoom));
  const features = found.map((f): GeoJSON.Feature<GeoJSON.Point> => {
    const props = f.properties as Partial<ClusterProperties> & Partial<PointProps>;
    if (props.cluster) return f as GeoJSON.Feature<GeoJSON.Point>;
    const i = props.i!;
    return {
      type: "Feature",
      geometry: f.geometry,
      properties: {
        id: points!.ids[i],
        icon: points!.icons[points!.icon[i]!],
        status: points!.proposed[i] ? "proposed" : "other",
      },
    };
  });
  return { type: "FeatureCollection", features };
}

scope.onmessage = ({ data: message }) => {
  switch (message.kind) {
    case "load": {
      points = message;
      const start = performance.now();
      const count = build(null);
      return scope.postMessage({ kind: "indexed", seq: 0, count, ms: performance.now() - start });
    }
    case "filter": {
      const start = performance.now();
      const count = build(message.mask);
      return scope.postMessage({ kind: "indexed", seq: message.seq, count, ms: performance.now() - start });
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
};

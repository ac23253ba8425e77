import type { MapPoint } from "../api/types.ts";

/** Kilometres from the median point beyond which an event does not widen the first view. */
const REACH_KM = 2500;

/**
 * The box around most events: those within reach of the median point, so that one stray event on
 * another continent does not zoom the first view out to the whole world. Null with no points.
 */
export function mainExtent(points: readonly MapPoint[]): [[number, number], [number, number]] | null {
  if (!points.length) return null;
  // Typed arrays sort numerically in native code: a tenth of the time of an array with a comparator.
  const median = (values: Float64Array): number => values.sort()[Math.floor(values.length / 2)]!;
  const lon0 = median(Float64Array.from(points, (p) => p.lon));
  const lat0 = median(Float64Array.from(points, (p) => p.lat));
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    if (distanceKm(lat0, lon0, p.lat, p.lon) > REACH_KM) continue;
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  if (west === Infinity) return null;
  return [
    [west, south],
    [east, north],
  ];
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}

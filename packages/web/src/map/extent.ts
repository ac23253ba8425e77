import type { MapPoint } from "../api/types.ts";

/** Kilometres from the median point beyond which an event does not widen the first view. */
const REACH_KM = 2500;

/**
 * The box around most events: those within reach of the median point, so that one stray event on
 * another continent does not zoom the first view out to the whole world. Null with no points.
 */
export function mainExtent(points: readonly MapPoint[]): [[number, number], [number, number]] | null {
  const n = points.length;
  if (!n) return null;
  const lons = new Float64Array(n);
  const lats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lons[i] = points[i]!.lon;
    lats[i] = points[i]!.lat;
  }
  // The median by selection on copies (the order is kept for the loop below): the value a sort would put
  // in the middle, without sorting 100,000 numbers twice on the page's thread while the map starts.
  const lon0 = nthSmallest(lons.slice(), n >> 1);
  const lat0 = nthSmallest(lats.slice(), n >> 1);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < n; i++) {
    const lon = lons[i]!;
    const lat = lats[i]!;
    if (distanceKm(lat0, lon0, lat, lon) > REACH_KM) continue;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  if (west === Infinity) return null;
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * The k-th smallest value (from 0) of `values`, which it reorders: Hoare's selection, expected linear
 * time. NaN is not expected (coordinates are numbers).
 */
export function nthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    // [lo, j] holds values <= pivot, [i, hi] values >= pivot, anything between equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(a));
}

import type { Map as MapLibreMap } from "maplibre-gl";

/** How the map's resolution follows its frame times while it moves. */
export interface MotionResolutionOptions {
  /**
   * The frame time aimed at while moving (default 1/36 s). Frame times scatter around the aim, so
   * aiming at 1/30 s itself would leave every other frame slower than that: the margin keeps the map
   * above 30 frames a second once the scale has settled.
   */
  targetMs?: number;
  /** The lowest share of the device's pixel ratio drawn while moving (default one half). */
  minScale?: number;
}

/** Frames measured (over one move or several) before the scale is adjusted (again). */
const WINDOW = 6;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/**
 * Dynamic resolution while the map moves. Where frames take longer than `targetMs` (software WebGL, a
 * slow GPU on a large screen), the map draws fewer pixels while it pans or zooms, down to `minScale`
 * of the device's pixel ratio, and goes back to full resolution as soon as it stops. A frame's cost is
 * mostly per pixel there (the rasteriser and the compositor's read-back of the canvas), so the scale
 * follows the square root of measured ÷ target frame time. On a device that keeps up, nothing changes.
 * Returns a function that stops it.
 */
export function adaptResolutionWhileMoving(
  map: MapLibreMap,
  { targetMs = 1000 / 36, minScale = 0.5 }: MotionResolutionOptions = {},
): () => void {
  let scale = 1;
  let moving = false;
  /** Set while this code resizes the canvas: `setPixelRatio` fires move events of its own at rest. */
  let resizing = false;
  let last = 0;
  let intervals: number[] = [];

  const apply = (ratio: number): void => {
    if (Math.abs(map.getPixelRatio() - ratio) < 0.01) return;
    resizing = true;
    map.setPixelRatio(ratio);
    resizing = false;
  };
  const onMoveStart = (): void => {
    if (resizing) return;
    moving = true;
    last = 0;
    apply(window.devicePixelRatio * scale);
  };
  const onRender = (): void => {
    if (!moving) return;
    const now = performance.now();
    if (last) intervals.push(now - last);
    last = now;
    if (intervals.length < WINDOW) return;
    const wanted = scale * Math.sqrt(targetMs / median(intervals));
    intervals = [];
    // Small changes are not worth a new canvas (and its first, dearer frame).
    if (Math.abs(wanted - scale) < 0.05) return;
    scale = Math.min(1, Math.max(minScale, wanted));
    apply(window.devicePixelRatio * scale);
  };
  const onMoveEnd = (): void => {
    if (resizing || !moving) return;
    moving = false;
    apply(window.devicePixelRatio);
  };
  // At rest the map follows the device (a browser zoom changes its pixel ratio and resizes the map).
  const onResize = (): void => {
    if (!resizing && !moving) apply(window.devicePixelRatio);
  };
  map.on("movestart", onMoveStart);
  map.on("render", onRender);
  map.on("moveend", onMoveEnd);
  map.on("resize", onResize);
  return () => {
    map.off("movestart", onMoveStart);
    map.off("render", onRender);
    map.off("moveend", onMoveEnd);
    map.off("resize", onResize);
    if (moving) apply(window.devicePixelRatio);
  };
}

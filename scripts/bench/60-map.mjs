// The web map with 100,000 events in headless Chromium (software WebGL), served by `sitrep serve` over
// an embedded database holding them: the points request, time to first render and frame times while
// panning. Targets: first render under 2 s, panning above 30 frames a second.
import { benchMap } from "../../packages/web/scripts/bench-map.mjs";

export const title = "Web map: 100,000 events in headless Chromium";

export default async function () {
  const r = await benchMap({ events: 100_000 });
  if (r.skipped) return [`skipped: ${r.skipped}`];
  return [
    `GET /api/events/points: ${r.pointsMs} ms for ${r.events.toLocaleString("en")} events (${r.pointsMB} MB of JSON; the database was filled in ${r.fillSeconds} s); as binary columns (what the app reads): ${r.binaryMs} ms, ${r.binaryMB} MB`,
    `on the way: script started ${r.stagesMs["sitrep:start"]} ms, map ready ${r.stagesMs["sitrep:map-ready"]} ms, points in ${r.stagesMs["sitrep:points-loaded"]} ms, indexed ${r.stagesMs["sitrep:indexed"]} ms, clusters on the map ${r.stagesMs["sitrep:events-set"]} ms`,
    `first render: ${r.firstRenderMs} ms (median of ${r.firstRenderRunsMs.join(", ")} ms; target < 2000 ms)`,
    `panning: ${r.fps} frames/s (median frame ${r.frameMsMedian} ms, p95 ${r.frameMsP95} ms, ${r.panFrames} frames, drawn at ${r.panPixelRatio} of the pixel ratio while moving; target > 30 fps)`,
  ];
}

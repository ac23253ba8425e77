// The map's bench: 100,000 events in headless Chromium (Debian's, software WebGL), served by the
// mock API from the built app. Measures time to first render (navigation → the first idle map with
// the events drawn) and frame times while panning across the clustered events.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchBrowser, signIn, CHROMIUM_PATH } from "../test/browser.mjs";
import { startMockApi } from "../test/mock-api.mjs";

const dist = fileURLToPath(new URL("../dist/index.html", import.meta.url));

/** Pans east then west for `ms` in the page, returning the frame intervals MapLibre rendered. */
async function panFrames(page, ms) {
  return page.evaluate(async (duration) => {
    const map = window.__sitrepMap;
    const times = [];
    const onRender = () => times.push(performance.now());
    map.on("render", onRender);
    const start = performance.now();
    let direction = 1;
    while (performance.now() - start < duration) {
      map.panBy([direction * 600, 0], { duration: 1000, easing: (t) => t });
      await new Promise((ok) => map.once("moveend", ok));
      direction = -direction;
    }
    map.off("render", onRender);
    return times.slice(1).map((t, i) => t - times[i]);
  }, ms);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

/** Runs the bench and returns its figures (and prints them). */
export async function benchMap({ events = 100_000, panMs = 4000 } = {}) {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH}` };
  if (!existsSync(dist)) return { skipped: "packages/web/dist is missing: run npm run build" };
  const mock = await startMockApi({ synthetic: events });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, mock.url);
    const renders = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(mock.url + "/");
      await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 60_000 });
      renders.push(await page.evaluate(() => window.__sitrepFirstRender));
    }
    await page.evaluate(() => window.__sitrepMap.jumpTo({ center: [38, 35], zoom: 5.5 }));
    await page.waitForFunction(() => window.__sitrepMap.loaded());
    await panFrames(page, 1000); // warm-up: tiles and icons of the panned-over area
    const frames = await panFrames(page, panMs);
    const result = {
      events,
      firstRenderMs: Math.round(median(renders)),
      firstRenderRunsMs: renders.map(Math.round),
      panFrames: frames.length,
      frameMsMedian: +median(frames).toFixed(1),
      frameMsP95: +p95(frames).toFixed(1),
      fps: +(1000 / median(frames)).toFixed(1),
    };
    return result;
  } finally {
    await browser.close();
    await mock.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await benchMap(), null, 2));

// The map's bench: 100,000 events in headless Chromium (Debian's, software WebGL), served by the real
// `sitrep serve` over an embedded database filled with synthetic events (the events-API bench's
// filler). Measures the points request, time to first render (navigation → the first idle map with the
// events drawn) and frame times while panning across the clustered events.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchBrowser, signIn, CHROMIUM_PATH } from "../test/browser.mjs";
import { apiSession, startRealServer } from "../test/real-server.mjs";

const dist = fileURLToPath(new URL("../dist/index.html", import.meta.url));
const CLI = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));

/**
 * Pans east then west for `ms` in the page, returning the frame intervals MapLibre rendered and the
 * pixel ratio each frame was drawn at (the map draws fewer pixels while it moves on a slow device).
 */
async function panFrames(page, ms) {
  return page.evaluate(async (duration) => {
    const map = window.__sitrepMap;
    const times = [];
    const ratios = [];
    const onRender = () => {
      times.push(performance.now());
      ratios.push(map.getPixelRatio() / window.devicePixelRatio);
    };
    map.on("render", onRender);
    const start = performance.now();
    let direction = 1;
    while (performance.now() - start < duration) {
      map.panBy([direction * 600, 0], { duration: 1000, easing: (t) => t });
      await new Promise((ok) => map.once("moveend", ok));
      direction = -direction;
    }
    map.off("render", onRender);
    return { frames: times.slice(1).map((t, i) => t - times[i]), ratios };
  }, ms);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? NaN;

/** Runs the bench and returns its figures (and prints them). */
export async function benchMap({ events = 100_000, panMs = 4000 } = {}) {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH}` };
  if (!existsSync(dist)) return { skipped: "packages/web/dist is missing: run npm run build" };
  // BENCH_MAP_DATA keeps the filled folder for the next run (filling takes minutes on a busy machine).
  const keep = process.env.BENCH_MAP_DATA;
  const dir = keep ?? mkdtempSync(join(tmpdir(), "sitrep-bench-map-"));
  const filling = performance.now();
  if (!keep || !existsSync(join(dir, "pglite"))) {
    await fillDataDir(dir, events);
    addUser(dir, "bench", BENCH_PASSWORD);
  }
  const fillSeconds = (performance.now() - filling) / 1000;
  const server = await startRealServer({ dataDir: dir, samples: false });
  const browser = await launchBrowser();
  try {
    const call = await apiSession(server.url, "bench", BENCH_PASSWORD);
    const pointsMs = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const body = await call("/events/points?status=any");
      pointsMs.push(performance.now() - t);
      bytes = JSON.stringify(body).length;
    }
    // The binary columns the app reads (`format=binary`), on the same session.
    const binaryMs = [];
    let binaryBytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      binaryBytes = (await call("/events/points?status=any&format=binary", { raw: true })).byteLength;
      binaryMs.push(performance.now() - t);
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, server.url, "bench", BENCH_PASSWORD);
    // Signing in lands on the map, which starts loading: let it finish, so the first measured visit does
    // not wait behind that page's loading (its script started 3.4 s after navigation, the others' 0.2 s).
    await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 60_000 });
    const renders = [];
    const stages = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(server.url + "/");
      await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 60_000 });
      renders.push(await page.evaluate(() => window.__sitrepFirstRender));
      stages.push(
        await page.evaluate(
          (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
          STAGES,
        ),
      );
    }
    await page.evaluate(() => window.__sitrepMap.jumpTo({ center: [38, 35], zoom: 5.5 }));
    await page.waitForFunction(() => window.__sitrepMap.loaded());
    await panFrames(page, 1000); // warm-up: tiles and icons of the panned-over area
    const { frames, ratios } = await panFrames(page, panMs);
    const result = {
      events,
      fillSeconds: +fillSeconds.toFixed(1),
      pointsMs: Math.round(median(pointsMs)),
      pointsMB: +(bytes / 1e6).toFixed(1),
      binaryMs: Math.round(median(binaryMs)),
      binaryMB: +(binaryBytes / 1e6).toFixed(1),
      firstRenderMs: Math.round(median(renders)),
      firstRenderRunsMs: renders.map(Math.round),
      // Median of each stage: the JavaScript started, the map's style was parsed, points arrived, the
      // worker indexed them, the clusters were set on the map.
      stagesMs: Object.fromEntries(
        STAGES.map((name, i) => [name, Math.round(median(stages.map((s) => s[i])))]),
      ),
      panFrames: frames.length,
      frameMsMedian: +median(frames).toFixed(1),
      frameMsP95: +p95(frames).toFixed(1),
      fps: +(1000 / median(frames)).toFixed(1),
      // The share of the device's pixel ratio the frames were drawn at while panning (median).
      panPixelRatio: +median(ratios).toFixed(2),
    };
    return result;
  } finally {
    await browser.close();
    await server.close();
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

const BENCH_PASSWORD = "bench-map-password";
/** Performance marks the app sets on the way to its first render. */
const STAGES = [
  "sitrep:start",
  "sitrep:map-ready",
  "sitrep:points-loaded",
  "sitrep:indexed",
  "sitrep:events-set",
];

/** Adds a user with `sitrep user add`, as an administrator would. */
function addUser(dir, name, password) {
  execFileSync(
    process.execPath,
    [CLI, "user", "add", name, "--role", "admin", "--password-stdin", "--data", dir],
    {
      input: password,
      env: { ...process.env, DATABASE_URL: "" },
    },
  );
}

/** Fills a new data folder's embedded database with `events` synthetic events. */
async function fillDataDir(dir, events) {
  process.env.BENCH_EVENTS = String(events);
  const { fill } = await import("../../../scripts/bench/41-events-api.mjs");
  const { openStore } = await import("../../store/dist/index.js");
  const store = await openStore({ dataDir: join(dir, "pglite") });
  try {
    await fill(store);
  } finally {
    await store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(await benchMap(), null, 2));

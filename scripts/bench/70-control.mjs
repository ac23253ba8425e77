// Territorial control: one change (an event rejected, a new seizure, an analyst's edit) recomputed with
// 100,000 events over 20,000 settlements, timelines and the areas redrawn for the date.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import turfBbox from "@turf/bbox";
import { ControlMap, outlinesFromTopology } from "../../packages/control/dist/index.js";

export const title =
  "Territorial control (one change with 100,000 events and 20,000 settlements; target under 1 s)";

const EVENTS = Number(process.env.BENCH_CONTROL_EVENTS ?? 100_000);
const SETTLEMENTS = Number(process.env.BENCH_SETTLEMENTS ?? 20_000);
const COUNTRIES = { SY: 760, IQ: 368 };
const ACTORS = [
  { id: "sy-mil", name: "Military Forces of Syria" },
  { id: "hts", name: "Hayat Tahrir al-Sham" },
  { id: "isis", name: "Islamic State" },
  { id: "sdf", name: "Syrian Democratic Forces" },
  { id: "iq-mil", name: "Military Forces of Iraq" },
];
const MODALITIES = ["asserted", "asserted", "reported", "claimed"];

/** A deterministic pseudo-random source (Park–Miller: exact in doubles). */
function random(seed) {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

function outlines() {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
  return outlinesFromTopology(topology, (code) => COUNTRIES[code]);
}

/** Settlements scattered inside Syria and Iraq (rejection sampling in each outline). */
function settlements(outlineOf, rnd) {
  const all = [];
  const codes = Object.keys(COUNTRIES);
  for (let i = 0; i < SETTLEMENTS; i++) {
    const country = codes[i % codes.length];
    const outline = outlineOf(country);
    const [w, s, e, n] = turfBbox(outline);
    for (;;) {
      const lon = w + rnd() * (e - w);
      const lat = s + rnd() * (n - s);
      if (!booleanPointInPolygon([lon, lat], outline)) continue;
      all.push({
        key: `g${1_000_000 + i}`,
        name: `Settlement ${i}`,
        geonameid: 1_000_000 + i,
        lat,
        lon,
        country,
      });
      break;
    }
  }
  return all;
}

function event(id, place, rnd) {
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rnd() * 3000) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const kind = rnd();
  return {
    id,
    reportId: Math.floor(id / 10) + 1,
    status: rnd() < 0.8 ? "confirmed" : "proposed",
    type: kind < 0.8 ? "COERCE" : "RETREAT",
    mode: kind < 0.8 ? "seize" : "withdraw",
    rule: "bench",
    modality: MODALITIES[Math.floor(rnd() * MODALITIES.length)],
    actor1: ACTORS[Math.floor(rnd() * ACTORS.length)],
    actor2: ACTORS[Math.floor(rnd() * ACTORS.length)],
    place,
    date: day,
    confidence: 0.5 + rnd() * 0.5,
    evidence: null,
  };
}

const ms = (start) => performance.now() - start;
const fmt = (value) => `${value.toFixed(0)} ms`;

export default async function bench() {
  const rnd = random(11);
  const outlineOf = outlines();
  const places = settlements(outlineOf, rnd);
  const events = [];
  // Every settlement gets at least one event; the rest fall at random.
  for (let i = 0; i < EVENTS; i++)
    events.push(event(i + 1, places[i < places.length ? i : Math.floor(rnd() * places.length)], rnd));

  const map = new ControlMap(outlineOf);
  let start = performance.now();
  map.load(events);
  const load = ms(start);
  const date = "2020-06-01";
  start = performance.now();
  const first = map.areas(date);
  const firstAreas = ms(start);

  const changes = [
    ["an event rejected", () => map.setEvent({ ...events[50_000], status: "rejected" })],
    ["an event's place edited", () => map.setEvent({ ...events[50_001], place: places[7] })],
    [
      "a new seizure at a new settlement",
      () =>
        map.setEvent(
          event(
            EVENTS + 1,
            { ...places[3], key: "new-place", geonameid: 9_999_999, lat: places[3].lat + 0.01 },
            rnd,
          ),
        ),
    ],
    [
      "an analyst's edit",
      () =>
        map.setEdit({
          id: 1,
          place: places[11],
          date: "2019-01-01",
          actor: ACTORS[0],
          note: null,
          by: "bench",
        }),
    ],
    ["the event restored", () => map.setEvent(events[50_000])],
  ];
  const lines = [
    `${EVENTS.toLocaleString("en")} events (COERCE/seize and RETREAT/withdraw; 80% confirmed), ${places.length.toLocaleString("en")} settlements in Syria and Iraq, Node ${process.version}`,
    `full load (timelines and Voronoi cells): ${fmt(load)}; first areas for ${date}: ${fmt(firstAreas)} (${first.features.filter((f) => f.properties.kind === "area").length} areas, ${first.features.length} features)`,
    "",
    "| change | recompute (timelines + cells) | areas redrawn | total |",
    "| --- | --- | --- | --- |",
  ];
  let worst = 0;
  for (const [name, change] of changes) {
    start = performance.now();
    const result = change();
    const recompute = ms(start);
    start = performance.now();
    map.areas(date);
    const redraw = ms(start);
    worst = Math.max(worst, recompute + redraw);
    lines.push(
      `| ${name} (${result.settlements.length} settlement(s), ${result.cells} cells reshaped) | ${fmt(recompute)} | ${fmt(redraw)} | ${fmt(recompute + redraw)} |`,
    );
  }
  lines.push(
    "",
    `worst one change, end to end: ${fmt(worst)} (target under 1 s): ${worst < 1000 ? "met" : "NOT met"}`,
  );
  return lines;
}

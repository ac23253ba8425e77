// Territorial control: one change (an event rejected, a new seizure, an analyst's edit) recomputed with
// 100,000 events over 20,000 settlements, timelines and the areas redrawn for the date.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import turfBbox from "@turf/bbox";
import { ControlMap, holderResolver, outlinesFromTopology } from "../../packages/control/dist/index.js";

export const title =
  "Territorial control (one change with 100,000 events and 20,000 settlements; target under 1 s)";

const EVENTS = Number(process.env.BENCH_CONTROL_EVENTS ?? 100_000);
const SETTLEMENTS = Number(process.env.BENCH_SETTLEMENTS ?? 20_000);
const COUNTRIES = { SY: 760, IQ: 368 };
const ACTORS = [
  { id: "sy-mil", name: "Military Forces of Syria" },
  { id: "sy-gov", name: "Government of Syria" },
  { id: "hts", name: "Hayat Tahrir al-Sham" },
  { id: "isis", name: "Islamic State" },
  { id: "sdf", name: "Syrian Democratic Forces" },
  { id: "iq-mil", name: "Military Forces of Iraq" },
];
/** The registry as seeded: the state's army under its government; holders resolve as in the server. */
const REGISTRY = [
  ...ACTORS.map((actor) => ({
    ...actor,
    parent: actor.id.endsWith("-mil") ? actor.id.replace("-mil", "-gov") : null,
    side: null,
  })),
  { id: "iq-gov", name: "Government of Iraq", parent: null, side: null },
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

  const map = new ControlMap(outlineOf, { holderOf: holderResolver(REGISTRY) });
  let start = performance.now();
  map.load(events);
  const load = ms(start);
  const date = "2020-06-01";
  start = performance.now();
  const first = map.areas(date);
  const firstAreas = ms(start);

  // A running server has drawn many dates before: warm the code paths up (not measured).
  for (const day of ["2019-06-01", "2020-01-01", date]) map.areas(day);

  // Each kind of change three times (on different events and places); the median is reported.
  const newPlace = (k) => ({
    ...places[3 + k],
    key: `new-${k}`,
    geonameid: 9_000_000 + k,
    lat: places[3 + k].lat + 0.01,
  });
  const changes = [
    ["an event rejected", (k) => map.setEvent({ ...events[50_000 + k], status: "rejected" })],
    ["an event's place edited", (k) => map.setEvent({ ...events[60_000 + k], place: places[7 + k] })],
    ["a new seizure at a new settlement", (k) => map.setEvent(event(EVENTS + 1 + k, newPlace(k), rnd))],
    [
      "an analyst's edit",
      (k) =>
        map.setEdit({
          id: 1 + k,
          place: places[11 + k],
          date: "2019-01-01",
          actor: ACTORS[0],
          note: null,
          by: "bench",
        }),
    ],
    ["an analyst's edit removed", (k) => map.removeEdit(1 + k)],
    ["an event restored", (k) => map.setEvent(events[50_000 + k])],
  ];
  const lines = [
    `${EVENTS.toLocaleString("en")} events (COERCE/seize and RETREAT/withdraw; 80% confirmed), ${places.length.toLocaleString("en")} settlements in Syria and Iraq, Node ${process.version}`,
    `full load (timelines and Voronoi cells): ${fmt(load)}; first areas for ${date}: ${fmt(firstAreas)} (${first.features.filter((f) => f.properties.kind === "area").length} areas, ${first.features.length} features)`,
    "",
    "| change (median of 3) | recompute (timelines + cells) | areas and front redrawn | total |",
    "| --- | --- | --- | --- |",
  ];
  const median = (values) => [...values].sort((a, b) => a - b)[1];
  let worst = 0;
  for (const [name, change] of changes) {
    const runs = [];
    for (let k = 0; k < 3; k++) {
      start = performance.now();
      const result = change(k);
      const recompute = ms(start);
      start = performance.now();
      map.areas(date);
      runs.push({ recompute, redraw: ms(start), cells: result.cells });
    }
    const total = median(runs.map((r) => r.recompute + r.redraw));
    worst = Math.max(worst, total);
    lines.push(
      `| ${name} (${runs.map((r) => r.cells).join("/")} cells reshaped) | ${fmt(median(runs.map((r) => r.recompute)))} | ${fmt(median(runs.map((r) => r.redraw)))} | ${fmt(total)} |`,
    );
  }
  // An edit of the actor registry recounts every timeline (rare; not a change of one event).
  start = performance.now();
  map.setHolders(holderResolver(REGISTRY.filter((actor) => actor.id !== "iq-gov")));
  map.areas(date);
  const recount = ms(start);
  lines.push(
    "",
    `worst kind of change (median), end to end: ${fmt(worst)} (target under 1 s): ${worst < 1000 ? "met" : "NOT met"}`,
    `an actor registry edit (every timeline recounted, every block of the date redrawn): ${fmt(recount)}`,
  );
  return lines;
}

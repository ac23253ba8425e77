#!/usr/bin/env node
// Checks that the places named in the gold events of ../shared/eval/dev/ resolve within their km:
// for each gold location, the geoparser's mentions whose text appears in the location's name.
import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { geoparse } from "../packages/coder/dist/index.js";
import { Gazetteer } from "../packages/gazetteer/dist/index.js";

const dev = new URL("../../shared/eval/dev/", import.meta.url).pathname;
const gazetteer = Gazetteer.fromBytes(
  gunzipSync(readFileSync(new URL("../packages/gazetteer/data/gazetteer.bin.gz", import.meta.url))),
);
const km = (a, b) => {
  const r = Math.PI / 180,
    dLat = (b.lat - a.lat) * r,
    dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};
const fold = (s) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f'’‘`]/g, "")
    .toLowerCase();
let checked = 0,
  ok = 0,
  unnamed = 0;
const failures = [];
for (const file of readdirSync(dev)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const gold = JSON.parse(readFileSync(dev + file, "utf8"));
  const { places } = geoparse(gold.text, gazetteer);
  const seen = new Set();
  for (const event of gold.events) {
    for (const loc of event.locations ?? []) {
      const key = `${loc.name}|${loc.lat}|${loc.lon}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const named = places.filter(
        (p) => fold(loc.name).includes(fold(p.text)) || fold(p.text).includes(fold(loc.name)),
      );
      if (named.length === 0) {
        unnamed++;
        failures.push(`${file}: "${loc.name}" not found as a place`);
        continue;
      }
      checked++;
      // Where the coder maps an event told there: a part's centre for "northern Shan State".
      const best = Math.min(
        ...named.map((p) => km({ lat: p.expression?.lat ?? p.lat, lon: p.expression?.lon ?? p.lon }, loc)),
      );
      if (best <= loc.km) ok++;
      else
        failures.push(
          `${file}: "${loc.name}" ${best.toFixed(0)} km off (allowed ${loc.km}): ${named.map((p) => `${p.text}→${p.name} ${p.country}`).join(", ")}`,
        );
    }
  }
}
for (const f of failures) console.log(f);
console.log(
  `\n${ok}/${checked} named gold places within their km; ${unnamed} gold locations with no mention of that name`,
);

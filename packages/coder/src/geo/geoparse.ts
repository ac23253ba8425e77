import { mapPacked } from "../arrays.js";
import destination from "@turf/destination";
import type { Gazetteer } from "@sitrep/gazetteer";
import { readContext } from "./context.js";
import { judge, personNames } from "./filters.js";
import { matchNames } from "./match.js";
import { documentCountries, partsOfTowns, resolveAll, trusted, type Pending } from "./resolve.js";
import { isOneSpace, tokenize, type Token } from "./tokens.js";
import type { PlaceMention } from "./types.js";

export interface GeoparseOptions {
  /** Countries the report is about (ISO alpha-2), used as a prior when resolving. */
  readonly countries?: readonly string[];
  /** Called with every decision and its rule id (for SITREP_DEBUG traces). */
  readonly trace?: (message: string) => void;
  /** Spans known not to be places (actor names found by the coder): nothing inside them is read as one. */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
}

export interface GeoparseResult {
  readonly places: PlaceMention[];
  readonly diagnostics: string[];
}

const MAX_RUNNERS_UP = 5;
/** Words between "in" and the unit that holds a place: "in neighbouring Chin State", "in the north of". */
const REGION_ADJECTIVE =
  /^(?:the|neighbouring|neighboring|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west|rural|restive)$/;

/** Finds the place mentions in a text and resolves each one. Pure; never throws on input. */
export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): GeoparseResult {
  if (typeof text !== "string") return { places: [], diagnostics: ["geoparse: the input is not text"] };
  const diagnostics: string[] = [];
  // Called as `trace?.(…)`: without a tracer, the messages are never built.
  const trace = options.trace;
  // Pass 1: words with offsets.
  const tokens = tokenize(text);
  // Pass 2: the longest gazetteer names.
  const matches = matchNames(tokens, gazetteer);
  // Pass 3: drop people, organisations and common words.
  const persons = personNames(tokens, gazetteer);
  const pending: Pending[] = [];
  const excluded = [...(options.exclude ?? [])].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const match of matches) {
    const from = tokens[match.first]!.start;
    const to = tokens[match.last]!.end;
    // Matches come in text order: skip the excluded spans that end before this one.
    while (next < excluded.length && excluded[next]!.end <= from) next++;
    if (excluded.slice(next, next + 4).some((x) => from < x.end && to > x.start)) {
      trace?.(`geo/drop:actor-name "${text.slice(from, to)}"`);
      continue;
    }
    const verdict = judge(match, tokens, gazetteer, persons);
    trace?.(`${verdict.rule} "${text.slice(tokens[match.first]!.start, tokens[match.last]!.end)}"`);
    if (!verdict.keep) continue;
    // Pass 4: what the surrounding words say (units, airbases, relative expressions).
    const context = readContext(text, match, tokens, gazetteer);
    context.rule ??= verdict.rule;
    pending.push({ match, context, within: null, container: false, scored: [] });
  }
  // Pass 5: containers ("Springfield, Illinois", "Kafr Nabl, Idlib").
  markContainers(pending, tokens, gazetteer);
  // Pass 6: resolution against the document's countries and the neighbouring places.
  const named = resolveAll(pending, gazetteer, options.countries ?? [], text);
  // Pass 6b: one sense per report for a unit's name ("the capital of Sinaloa state" … "sent to Sinaloa").
  unitSense(pending, gazetteer);
  // Pass 6c: a province named after a town in it is the province, not its seat ("Tak Bai, Narathiwat").
  containerSense(pending, gazetteer);
  // Pass 6d: a neighbourhood the gazetteer knows only far away is placed at its town.
  partsOfTowns(pending, gazetteer);
  // Pass 7: the mentions, with coordinates (an offset point when the text gives a distance).
  const places: PlaceMention[] = [];
  // What the report's places and names say for each country, without the actors' countries (`trusted`).
  const placed = documentCountries(pending, gazetteer, []);
  for (const p of pending) {
    if (!trusted(p, pending, gazetteer, named, options.countries ?? [], placed)) {
      trace?.(`geo/drop:out-of-context "${p.match.key}"`);
      continue;
    }
    const mention = toMention(text, p, tokens, gazetteer);
    if (mention) places.push(mention);
  }
  return { places, diagnostics };
}

/**
 * "Culiacán, the capital of Sinaloa state" … "troops would be sent to Sinaloa": a name the report calls a
 * unit once ("Sinaloa state") is that unit where it stands bare, not a town of the same name elsewhere
 * (Sinaloa de Leyva). Only bare mentions that have the unit among their candidates change, and never from
 * a seat of a first-level unit.
 */
function unitSense(pending: Pending[], gazetteer: Gazetteer): void {
  const units = new Map<string, number>();
  for (const p of pending) {
    const pick = p.scored[0]?.placeIndex;
    if (pick !== undefined && p.context.rule?.startsWith("geo/unit:") && gazetteer.feature(pick) === "A.ADM1")
      units.set(p.match.key, pick);
  }
  if (units.size === 0) return;
  for (const p of pending) {
    const unit = units.get(p.match.key);
    if (unit === undefined || p.context.precision !== null || p.context.wants !== null) continue;
    if (p.scored[0]?.placeIndex === unit || !/^geo\/(?:exact|loose)$/.test(p.context.rule ?? "")) continue;
    // The unit's seat stays ("Jenin" the city beside "Jenin governorate", "Kayes" beside "Kayes region").
    const pick = p.scored[0]?.placeIndex;
    if (pick !== undefined && /^P\.PPL[AC]$/.test(gazetteer.feature(pick))) continue;
    const at = p.scored.findIndex((s) => s.placeIndex === unit);
    if (at > 0) p.scored.unshift(...p.scored.splice(at, 1));
  }
}

/**
 * "Tak Bai, Narathiwat", "Rueso district, Narathiwat": the name after a town that lies in the first-level
 * unit of that name is the unit, even where its seat bears the name too (Narathiwat the town). The town's
 * own place stays the event's; the unit only says where it lies.
 */
function containerSense(pending: Pending[], gazetteer: Gazetteer): void {
  for (let i = 0; i + 1 < pending.length; i++) {
    const inner = pending[i]!;
    const outer = pending[i + 1]!;
    if (!outer.container || inner.inside !== outer || outer.context.wants !== null) continue;
    const pick = outer.scored[0]?.placeIndex;
    const town = inner.scored[0]?.placeIndex;
    if (pick === undefined || town === undefined || !gazetteer.feature(pick).startsWith("P.")) continue;
    const at = outer.scored.findIndex(
      (s) =>
        gazetteer.feature(s.placeIndex) === "A.ADM1" &&
        gazetteer.country(s.placeIndex) === gazetteer.country(town) &&
        gazetteer.admin1(s.placeIndex) === gazetteer.admin1(town),
    );
    if (at > 0) outer.scored.unshift(...outer.scored.splice(at, 1));
  }
}

// (A district of a province is judged by the province's unit, `within`: no namesake is dropped for it.)
const PART_OF_TOWN = /^(?:neighbou?rhoods?|suburbs?|quarters?|outskirts|wards?|sectors?)$/;

function markContainers(pending: Pending[], tokens: readonly Token[], gazetteer: Gazetteer): void {
  for (let i = 0; i + 1 < pending.length; i++) {
    const inner = pending[i]!;
    const outer = pending[i + 1]!;
    const gap = tokens[outer.match.first]!.gap;
    const comma = outer.match.first === inner.match.last + 1 && /^,\s?$/.test(gap);
    // "Paletwa in neighbouring Chin State", "Kafr Nabl in southern Idlib".
    const between = tokens.slice(inner.match.last + 1, outer.match.first);
    const within =
      between.length >= 1 &&
      between.length <= 3 &&
      between[0]!.norm === "in" &&
      between.slice(1).every((t) => REGION_ADJECTIVE.test(t.norm)) &&
      [...between, tokens[outer.match.first]!].every((t) => isOneSpace(t.gap));
    // "the Tierra Blanca neighbourhood of Culiacán", "the Karte Seh quarter of Kabul".
    const partOf =
      between.length >= 2 &&
      between.length <= 3 &&
      PART_OF_TOWN.test(between[0]!.norm) &&
      between[1]!.norm === "of" &&
      (between.length === 2 || between[2]!.norm === "the");
    if (!comma && !within && !partOf) continue;
    inner.inside = outer;
    inner.partOf = partOf;
    const container = outer.context.candidates.find((c) => /^A\.(PCL|ADM1)/.test(gazetteer.feature(c)));
    if (container === undefined) continue;
    const feature = gazetteer.feature(container);
    const unit = {
      country: gazetteer.country(container),
      admin1: feature === "A.ADM1" ? gazetteer.admin1(container) : null,
    };
    inner.within = unit;
    // The unit named after a town that lies in it is that unit ("Tacoma, Washington" is the state).
    const holds = inner.context.candidates.some(
      (c) =>
        gazetteer.feature(c).startsWith("P.") &&
        gazetteer.country(c) === unit.country &&
        (unit.admin1 === null || gazetteer.admin1(c) === unit.admin1),
    );
    if (holds) outer.container = true;
  }
}

function precisionOf(feature: string, forced: 1 | 2 | 3 | null, demonym: boolean): 1 | 2 | 3 {
  if (forced !== null) return forced;
  if (demonym || feature.startsWith("A.PCL") || feature === "A.ADM1" || feature.startsWith("L.")) return 3;
  // Seas, gulfs and lakes are wide; a strait or a canal is narrow enough to be near a point.
  if (feature === "H.STRT" || feature === "H.CNL") return 2;
  if (feature.startsWith("H.")) return 3;
  if (feature.startsWith("A.")) return 2;
  return 1;
}

/**
 * The entry's name, or the name as the report writes it when the entry's is in a script the report's
 * readers may not read ("Удачне" in an English report is "Udachne").
 */
function readableName(name: string, written: string): string {
  return !/\p{Script=Latin}/u.test(name) && /\p{Script=Latin}/u.test(written) ? written : name;
}

function toMention(
  text: string,
  p: Pending,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
): PlaceMention | null {
  const best = p.scored[0];
  if (!best) return null;
  const place = gazetteer.place(best.placeIndex);
  if (!place) return null;
  const first = tokens[p.match.first]!;
  const last = tokens[p.match.last]!;
  let { lat, lon } = place;
  // "northern Shan State", "the east of Ukraine": the centre of that part of the unit or country.
  const part =
    p.context.part && p.context.bearing !== null ? gazetteer.part(best.placeIndex, p.context.bearing) : null;
  if (p.context.offset) {
    const [x, y] = destination(
      [lon, lat],
      p.context.offset.km,
      p.context.offset.bearing > 180 ? p.context.offset.bearing - 360 : p.context.offset.bearing,
      { units: "kilometers" },
    ).geometry.coordinates;
    lon = Math.round(x! * 1e5) / 1e5;
    lat = Math.round(y! * 1e5) / 1e5;
  }
  // A unit suffix ("Idlib province") is part of the mention; a relative expression stays in `expression`.
  const end =
    p.context.rule?.startsWith("geo/unit:") || p.context.wants === "admin" || p.context.wants === "airport"
      ? Math.max(p.context.end, last.end)
      : last.end;
  return {
    text: text.slice(first.start, end),
    start: first.start,
    end,
    name: readableName(place.name, text.slice(first.start, last.end)),
    geonameid: place.geonameid,
    lat,
    lon,
    country: place.country,
    admin1: place.admin1,
    feature: place.feature,
    precision: precisionOf(place.feature, p.context.precision, p.match.kind === "demonym"),
    rule: p.context.rule ?? `geo/${p.match.kind}`,
    placeIndex: best.placeIndex,
    candidates: mapPacked(p.scored.slice(1, 1 + MAX_RUNNERS_UP), (s) => ({
      placeIndex: s.placeIndex,
      score: Math.round(s.score * 100) / 100,
    })),
    expression: part
      ? { start: p.context.start, end: p.context.end, lat: part.lat, lon: part.lon }
      : p.context.start !== first.start || p.context.end !== end
        ? { start: p.context.start, end: p.context.end }
        : null,
  };
}

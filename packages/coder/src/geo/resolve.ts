import distance from "@turf/distance";
import type { Gazetteer } from "@sitrep/gazetteer";
import type { MentionContext } from "./context.js";
import type { Match } from "./match.js";

/** A recognised mention on its way to resolution. */
export interface Pending {
  readonly match: Match;
  readonly context: MentionContext;
  /** Candidates allowed by a container named right after ("Springfield, Illinois"). */
  within: { country: string; admin1: string | null } | null;
  /** Chosen candidate and the scored runners-up, best first. */
  scored: { placeIndex: number; score: number }[];
}

const KIND_PENALTY: Record<Match["kind"], number> = { exact: 0, demonym: 0, loose: -0.4, skeleton: -2 };
const MAX_CANDIDATES = 60;
const WINDOW = 20;

const km = (gazetteer: Gazetteer, a: number, b: number): number =>
  distance([gazetteer.lon(a), gazetteer.lat(a)], [gazetteer.lon(b), gazetteer.lat(b)], { units: "kilometers" });

const isBroad = (feature: string): boolean => feature.startsWith("A.PCL") || feature === "A.ADM1";

/** Country weights of the document: named countries, demonyms, unambiguous places, the caller's hint. */
export function documentCountries(pending: readonly Pending[], gazetteer: Gazetteer, hint: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  const bump = (country: string, by: number): void => {
    if (country) weights.set(country, (weights.get(country) ?? 0) + by);
  };
  for (const country of hint) bump(country.toUpperCase(), 3);
  for (const { match, context } of pending) {
    const best = context.candidates[0];
    if (best === undefined) continue;
    if (match.kind === "skeleton") continue;
    if (gazetteer.feature(best).startsWith("A.PCL")) bump(gazetteer.country(best), 1);
    else {
      const countries = new Set(context.candidates.slice(0, 10).map((c) => gazetteer.country(c)));
      if (countries.size === 1) bump(gazetteer.country(best), 0.5);
    }
  }
  return weights;
}

function baseScore(p: Pending, candidate: number, gazetteer: Gazetteer, countries: ReadonlyMap<string, number>): number {
  const feature = gazetteer.feature(candidate);
  let score = gazetteer.prior(candidate) + KIND_PENALTY[p.match.kind];
  const weight = countries.get(gazetteer.country(candidate)) ?? 0;
  score += Math.min(3, weight * 1.2);
  if (p.context.wants === "admin") score += feature.startsWith("A.ADM") ? 4 : feature.startsWith("A.") ? 1 : 0;
  if (p.context.wants === "airport") score += feature.startsWith("S.AIR") ? 4 : 0;
  if (p.within) {
    const inside = gazetteer.country(candidate) === p.within.country && (p.within.admin1 === null || gazetteer.admin1(candidate) === p.within.admin1);
    score += inside ? 4 : -2;
  }
  return score;
}

/** Scores every mention's candidates, twice: alone with the document's countries, then near the others' choices. */
export function resolveAll(pending: Pending[], gazetteer: Gazetteer, hint: readonly string[]): void {
  const countries = documentCountries(pending, gazetteer, hint);
  for (const p of pending) {
    // A skeleton match may only name a place in one of the report's countries.
    const allowed = p.match.kind === "skeleton" ? p.context.candidates.filter((c) => (countries.get(gazetteer.country(c)) ?? 0) >= 1) : p.context.candidates;
    p.scored = allowed.slice(0, MAX_CANDIDATES).map((c) => ({ placeIndex: c, score: baseScore(p, c, gazetteer, countries) }));
    p.scored.sort((a, b) => b.score - a.score);
  }
  // Neighbours in the text, not the whole document: linear in its length, and local context is better context.
  const anchors = (at: number): number[] => {
    const self = pending[at]!;
    const out: number[] = [];
    for (let i = Math.max(0, at - WINDOW); i < Math.min(pending.length, at + WINDOW); i++) {
      const o = pending[i]!;
      const pick = o.scored[0];
      if (o === self || !pick || o.match.key === self.match.key || isBroad(gazetteer.feature(pick.placeIndex))) continue;
      if (!out.includes(pick.placeIndex)) out.push(pick.placeIndex);
    }
    return out;
  };
  const pickedAdmins = new Set(pending.map((p) => p.scored[0]).filter((s) => s && gazetteer.feature(s.placeIndex) === "A.ADM1").map((s) => gazetteer.place(s!.placeIndex)?.admin1 ?? ""));
  pending.forEach((p, at) => {
    if (p.scored.length < 2) return;
    const others = anchors(at);
    for (const s of p.scored) {
      let best = 0;
      for (const o of others) {
        const d = km(gazetteer, s.placeIndex, o);
        best = Math.max(best, d < 15 ? 3 : d < 30 ? 2.5 : d < 60 ? 2 : d < 100 ? 1.6 : d < 300 ? 1 : d < 800 ? 0.4 : 0);
      }
      s.score += best;
      if (pickedAdmins.has(gazetteer.admin1(s.placeIndex)) && !isBroad(gazetteer.feature(s.placeIndex))) s.score += 0.7;
    }
    p.scored.sort((a, b) => b.score - a.score);
  });
}

/** A skeleton match is only trusted when context backs it (its country is the report's, or it is near other places). */
export function trusted(p: Pending, gazetteer: Gazetteer, countries: ReadonlyMap<string, number>): boolean {
  if (p.match.kind !== "skeleton") return true;
  const best = p.scored[0];
  return best !== undefined && (countries.get(gazetteer.country(best.placeIndex)) ?? 0) >= 1;
}

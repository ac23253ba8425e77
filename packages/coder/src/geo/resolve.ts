import { mapPacked, perReport, sortShort } from "../arrays.js";
import { skeletonStrength, type Gazetteer } from "@sitrep/gazetteer";
import type { MentionContext } from "./context.js";
import type { Match } from "./match.js";
import { cosOfLatitude, haversineKm, haversineKmCos } from "./distance.js";
import { BEARING_UNIT } from "./lexicon.js";

/** A recognised mention on its way to resolution. */
export interface Pending {
  readonly match: Match;
  readonly context: MentionContext;
  /** Candidates allowed by a container named right after ("Springfield, Illinois"). */
  within: { country: string; admin1: string | null } | null;
  /** Named right after a town as the unit that holds it ("Tacoma, Washington"). */
  container: boolean;
  /** The mention named right after this one as where it lies ("Mayikengo in Lubero territory"), if any. */
  inside?: Pending;
  /** Named as a part of `inside` ("the Tierra Blanca neighbourhood of Culiacán"): it lies by it. */
  partOf?: boolean;
  /** Chosen candidate and the scored runners-up, best first. */
  scored: Scored[];
  /** A candidate that bears the matched name as its own, if any (set while resolving). */
  mainNameHolder?: number | null;
  /** What the mention says of the report's country (read when first needed: documentCountries reads it again and again). */
  evidence?: CountryEvidence | null;
}

/** A country a mention speaks for, and how much; `once`: only the first mention of its name counts. */
interface CountryEvidence {
  readonly country: string;
  readonly by: number;
  readonly once: boolean;
}

/** A scored candidate; `nearestKm` and `countryWeight` are what the document says for it (after rescoring). */
export interface Scored {
  placeIndex: number;
  score: number;
  nearestKm?: number;
  countryWeight?: number;
}

const KIND_PENALTY: Record<Match["kind"], number> = { exact: 0, demonym: 0, loose: -0.4, skeleton: -2 };
const MAX_CANDIDATES = 60;
/** The least prior of a city named like its unit: a seat of the unit, or a town of about 40,000. */
const CITY_OF_UNIT_PRIOR = 3;
const WINDOW = 20;

const km = (gazetteer: Gazetteer, a: number, b: number): number =>
  haversineKm(gazetteer.lat(a), gazetteer.lon(a), gazetteer.lat(b), gazetteer.lon(b));

/** What the resolver reads of a candidate, read from the gazetteer once per document. */
interface Facts {
  readonly country: string;
  readonly feature: string;
  readonly broad: boolean;
  readonly lat: number;
  readonly lon: number;
  /** Cosine of the latitude, as haversineKm computes it (read once, used for every pair). */
  readonly cosLat: number;
  /** The admin-1 unit (country and code) as a small number, the same for the same unit (an index into a table of votes). */
  readonly adminId: number;
  /** The point on the unit sphere: the chord between two points bounds their distance from below. */
  readonly x: number;
  readonly y: number;
  readonly z: number;
}

/**
 * The places' facts read so far, for each gazetteer (it never changes): reports name the same places
 * again and again. Their admin-1 units are numbered as they are met, and the numbers kept with the facts.
 * Bounded (a few MB); started afresh only between documents.
 */
interface KnownPlaces {
  readonly facts: Map<number, Facts>;
  /** Admin-1 unit numbers by country and code. */
  readonly adminIds: Map<string, Map<string, number>>;
  /** How many units are numbered (their `adminId`s are below this). */
  units: number;
  /** The rescoring rounds' votes by unit (see `FactTable.votes`). */
  votes: Float64Array;
}
const placeFacts = new WeakMap<Gazetteer, KnownPlaces>();
const MAX_PLACE_FACTS = 50000;

function placeFactsOf(gazetteer: Gazetteer): KnownPlaces {
  let known = placeFacts.get(gazetteer);
  if (known === undefined || known.facts.size > MAX_PLACE_FACTS) {
    known = { facts: new Map(), adminIds: new Map(), units: 0, votes: new Float64Array(0) };
    placeFacts.set(gazetteer, known);
  }
  return known;
}

function readPlace(gazetteer: Gazetteer, c: number, known: KnownPlaces): Facts {
  const feature = gazetteer.feature(c);
  const lat = gazetteer.lat(c);
  const lon = gazetteer.lon(c);
  const r = Math.PI / 180;
  const country = gazetteer.country(c);
  const admin1 = gazetteer.admin1(c);
  let units = known.adminIds.get(country);
  if (units === undefined) known.adminIds.set(country, (units = new Map<string, number>()));
  let adminId = units.get(admin1);
  if (adminId === undefined) units.set(admin1, (adminId = known.units++));
  return {
    country,
    feature,
    broad: isBroad(feature),
    lat,
    lon,
    cosLat: cosOfLatitude(lat),
    adminId,
    x: Math.cos(lat * r) * Math.cos(lon * r),
    y: Math.cos(lat * r) * Math.sin(lon * r),
    z: Math.sin(lat * r),
  };
}

/** The facts of the candidates, read on first use (the rescoring rounds read each one many times). */
class FactTable {
  private readonly known: KnownPlaces;
  constructor(private readonly gazetteer: Gazetteer) {
    this.known = placeFactsOf(gazetteer);
  }

  /**
   * A vote for each admin-1 unit numbered so far, all zero. One table for every round (a round leaves it
   * as it found it: it is cleared here all the same), since a typed array this long is allocated off the heap.
   */
  votes(): Float64Array {
    const known = this.known;
    if (known.votes.length < known.units) known.votes = new Float64Array(2 * known.units);
    else known.votes.fill(0, 0, known.units);
    return known.votes;
  }

  get(c: number): Facts {
    let facts = this.known.facts.get(c);
    if (facts === undefined) this.known.facts.set(c, (facts = readPlace(this.gazetteer, c, this.known)));
    return facts;
  }
}

const kmBetweenFacts = (a: Facts, b: Facts): number =>
  haversineKmCos(a.lat, a.lon, a.cosLat, b.lat, b.lon, b.cosLat);

/**
 * A lower bound of kmBetweenFacts: the chord through the Earth is shorter than the arc. Kept below it
 * by a margin far wider than the rounding of either (the haversine's own error is under a metre).
 */
function kmAtLeast(a: Facts, b: Facts): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return 6371 * Math.sqrt(dx * dx + dy * dy + dz * dz) * (1 - 1e-9) - 0.01;
}

/** Initial bearing from place a to place b, degrees clockwise from north. */
function bearingOf(gazetteer: Gazetteer, a: number, b: number): number {
  const r = Math.PI / 180;
  const [lat1, lat2, dLon] = [
    gazetteer.lat(a) * r,
    gazetteer.lat(b) * r,
    (gazetteer.lon(b) - gazetteer.lon(a)) * r,
  ];
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return (Math.atan2(y, x) / r + 360) % 360;
}

const angleBetween = (a: number, b: number): number => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** A country, a province, a region or a body of water: no point to measure a town's distance from. */
const isBroad = (feature: string): boolean =>
  feature.startsWith("A.PCL") ||
  feature === "A.ADM1" ||
  feature === "L.RGN" ||
  (feature.startsWith("H.") && feature !== "H.STRT" && feature !== "H.CNL");

/** A town, a first-level unit or a country: `/^(P\.|A\.ADM1|A\.PCL)/` without the expression. */
const mayHoldName = (feature: string): boolean =>
  feature.startsWith("P.") || feature.startsWith("A.ADM1") || feature.startsWith("A.PCL");

/** Country weights of the document: named countries, demonyms, unambiguous places, the caller's hint. */
export function documentCountries(
  pending: readonly Pending[],
  gazetteer: Gazetteer,
  hint: readonly string[],
): Map<string, number> {
  const weights = new Map<string, number>();
  const bump = (country: string, by: number): void => {
    if (country) weights.set(country, (weights.get(country) ?? 0) + by);
  };
  for (const country of hint) bump(country.toUpperCase(), 3);
  // The names of countries that are also another country's state, counted once however often repeated.
  const ambiguousNames = new Set<string>();
  for (const p of pending) {
    if (p.evidence === undefined) p.evidence = evidenceOf(p, gazetteer);
    const evidence = p.evidence;
    if (evidence === null) continue;
    if (evidence.once) {
      if (!ambiguousNames.has(p.match.key)) bump(evidence.country, evidence.by);
      ambiguousNames.add(p.match.key);
    } else bump(evidence.country, evidence.by);
  }
  return weights;
}

/** What one mention says of the report's country (documentCountries sums them). */
function evidenceOf({ match, context }: Pending, gazetteer: Gazetteer): CountryEvidence | null {
  const best = context.candidates[0];
  if (best === undefined) return null;
  if (match.kind === "skeleton") return null;
  // "Russian troops" says less about where things happen than "in Russia"; "Georgia", also a state
  // of another country, says little until the rest of the report has spoken.
  if (gazetteer.feature(best).startsWith("A.PCL")) {
    const country = gazetteer.country(best);
    const alsoUnit = context.candidates
      .slice(1, 10)
      .some((c) => gazetteer.feature(c) === "A.ADM1" && gazetteer.country(c) !== country);
    if (alsoUnit && match.kind !== "demonym") return { country, by: 0.2, once: true };
    return { country, by: match.kind === "demonym" ? 0.3 : 1, once: false };
  }
  const countries = new Set(mapPacked(context.candidates.slice(0, 10), (c) => gazetteer.country(c)));
  return countries.size === 1 ? { country: gazetteer.country(best), by: 0.5, once: false } : null;
}

function baseScore(
  p: Pending,
  candidate: number,
  gazetteer: Gazetteer,
  named: ReadonlyMap<string, number>,
): number {
  const feature = gazetteer.feature(candidate);
  let score = gazetteer.prior(candidate) + KIND_PENALTY[p.match.kind];
  // A name that is only an alternate name of the entry (often another language's) weighs less than
  // a town or unit called so in its own right ("Missouri" the state, not a town with "Missouri" among its names).
  // Only a holder elsewhere makes the alternate name suspect: Deir ez-Zor the city is also "Dayr az Zawr", like its province.
  // The more so when the holder lies in a country the report speaks of and this one does not
  // ("Boni" in a report from Mali is that village, not Watampone, once called so); near its holder,
  // an alternate name only loses ties.
  const holder = p.mainNameHolder;
  if (holder != null && !gazetteer.isMainName(candidate, p.match.key)) {
    const elsewhere =
      gazetteer.country(holder) !== gazetteer.country(candidate) || km(gazetteer, holder, candidate) > 300;
    // Water and continents lie in no country: the report's countries say nothing against them.
    const foreign =
      (named.get(gazetteer.country(holder)) ?? 0) > 0 &&
      gazetteer.country(candidate) !== "" &&
      (named.get(gazetteer.country(candidate)) ?? 0) === 0;
    // A country's own name is the country: "Mexico" is not Mexico City, though the city is called so too;
    // and a state's is the state before a small town called so ("Montana" is not Montana City).
    const holderFeature = gazetteer.feature(holder);
    const unit =
      holderFeature.startsWith("A.PCL") ||
      (holderFeature === "A.ADM1" && gazetteer.prior(candidate) < CITY_OF_UNIT_PRIOR);
    score -= foreign ? 4 : unit ? 2 : !elsewhere ? 0.1 : 0.8;
  }
  if (p.context.wants === "admin")
    score += feature.startsWith("A.ADM") ? 4 : feature.startsWith("A.") ? 1 : 0;
  if (p.context.wants === "airport") score += feature.startsWith("S.AIR") ? 4 : 0;
  if (p.context.wants === "town") score += feature.startsWith("P.") ? 2 : 0;
  // "the Atlantic", "the eastern Pacific": English names towns without the article, seas and regions with it.
  if (p.context.article && (feature.startsWith("H.") || feature === "L.RGN")) score += 3;
  if (p.container && /^A\.(PCL|ADM1)/.test(feature)) score += 3;
  if (p.within) {
    const inside =
      gazetteer.country(candidate) === p.within.country &&
      (p.within.admin1 === null || gazetteer.admin1(candidate) === p.within.admin1);
    score += inside ? 4 : -2;
  }
  return score;
}

/** Best first (candidates have at most MAX_CANDIDATES). */
const byScore = (a: { score: number }, b: { score: number }): number => b.score - a.score;

/** The closer to a place the document names, the likelier: smooth, so that 57 km and 65 km differ little. */
const proximityBonus = (d: number): number => 3 * Math.exp(-d / 120);

/** What the current choices say about the document: how often each country is chosen. */
function countryVotes(pending: readonly Pending[], gazetteer: Gazetteer): Map<string, number> {
  const countries = new Map<string, number>();
  for (const p of pending) {
    const pick = p.scored[0];
    if (!pick || p.match.kind === "skeleton") continue;
    const country = gazetteer.country(pick.placeIndex);
    countries.set(country, (countries.get(country) ?? 0) + 0.4);
  }
  return countries;
}

/**
 * Scores every mention's candidates: first alone with the countries the document names, then twice
 * more with what the other choices say (their countries, their admin-1 units, their distance).
 */
/** What lies between two names of a list: a comma, "and", "or", a slash or an ampersand. */
const LIST_GAP = /^(?:\s*[,/&]\s*|\s+(?:and|or)\s+)$/i;

export function resolveAll(
  pending: Pending[],
  gazetteer: Gazetteer,
  hint: readonly string[],
  /** The text the mentions are in: what lies between two of them says whether they are a list. */
  text?: string,
): ReadonlyMap<string, number> {
  const named = documentCountries(pending, gazetteer, hint);
  const ownNamed = namedByOwnMentions(pending, gazetteer);
  const table = new FactTable(gazetteer);
  const facts = (c: number): Facts => table.get(c);
  // The candidates of each mention (in the order of `pending`) with their scores alone.
  const base: Base[][] = [];
  for (const p of pending) {
    // The place that bears the name as its own, one in a country the report speaks of first.
    const holders =
      p.match.kind === "exact"
        ? p.context.candidates
            .slice(0, 20)
            .filter((c) => mayHoldName(gazetteer.feature(c)) && gazetteer.isMainName(c, p.match.key))
        : [];
    p.mainNameHolder = holders.find((c) => (named.get(gazetteer.country(c)) ?? 0) > 0) ?? holders[0] ?? null;
    const candidates = p.context.candidates.slice(0, MAX_CANDIDATES);
    // A city and its province or state share a name ("New York", "Aleppo"): the bare name is the city,
    // if the city is one a state could be named after (a seat or a big town: not Montana City); a town
    // is named like its district whatever its size.
    // Each candidate's facts, read once for the units, the districts and the scores.
    const candidateFacts = mapPacked(candidates, facts);
    const units = new Set<number>();
    const districts = perReport<Facts>();
    for (const f of candidateFacts)
      if (f.feature === "A.ADM1") units.add(f.adminId);
      else if (f.feature === "A.ADM2") districts.push(f);
    const scored = mapPacked(candidates, (c, k) => {
      const f = candidateFacts[k]!;
      const cityOfUnit =
        p.context.wants !== "admin" &&
        f.feature.startsWith("P.") &&
        ((units.has(f.adminId) && gazetteer.prior(c) >= CITY_OF_UNIT_PRIOR) ||
          districts.some((d) => kmBetweenFacts(f, d) < 60));
      return { placeIndex: c, score: baseScore(p, c, gazetteer, named) + (cityOfUnit ? 1.5 : 0), facts: f };
    });
    base.push(scored);
    const own = ownNamed.get(p.match.key);
    p.scored = mapPacked(scored, (s) => {
      const country = s.facts.country;
      const weight = (named.get(country) ?? 0) - (own?.get(country) ?? 0);
      return { placeIndex: s.placeIndex, score: s.score + Math.min(3, weight * 1.6) };
    });
    sortShort(p.scored, byScore);
  }
  // A skeleton match may only name a place in a country the report names or places elsewhere.
  // (So may a spelling variant, when no place of the name as written lies in such a country, the name's
  // own choices aside: "Mansoura" in a report from Aden is Yemen's Al Manşūrah, not Egypt's.)
  // (Read only for a report with a spelling variant: most have none.)
  const placedBy = new Map<string, Set<string>>();
  if (pending.some((p) => p.match.variants !== undefined))
    for (const p of pending) {
      const pick = p.scored[0];
      if (p.match.kind === "skeleton" || !pick) continue;
      const country = gazetteer.country(pick.placeIndex);
      placedBy.set(country, (placedBy.get(country) ?? new Set<string>()).add(p.match.key));
    }
  const addVariants = (p: Pending, i: number): void => {
    if (p.context.candidates !== p.match.candidates) return;
    const home = (c: number): boolean => {
      const country = gazetteer.country(c);
      if (country === "" || (named.get(country) ?? 0) >= 1) return true;
      const keys = placedBy.get(country);
      return keys !== undefined && (keys.size > 1 || !keys.has(p.match.key));
    };
    if (base[i]!.some((s) => home(s.placeIndex))) return;
    const own = ownNamed.get(p.match.key);
    for (const c of p.match.variants!) {
      if (!home(c) || gazetteer.country(c) === "") continue;
      const f = facts(c);
      const score = baseScore(p, c, gazetteer, named) + KIND_PENALTY.skeleton - KIND_PENALTY[p.match.kind];
      base[i]!.push({ placeIndex: c, score, facts: f });
      const weight = (named.get(f.country) ?? 0) - (own?.get(f.country) ?? 0);
      p.scored.push({ placeIndex: c, score: score + Math.min(3, weight * 1.6) });
    }
    sortShort(p.scored, byScore);
  };
  const reportCountries = new Set(
    mapPacked(
      [...named].filter(([, w]) => w >= 1),
      ([c]) => c,
    ),
  );
  for (const p of pending)
    if (p.match.kind !== "skeleton" && p.scored[0])
      reportCountries.add(gazetteer.country(p.scored[0].placeIndex));
  pending.forEach((p, i) => {
    if (p.match.variants !== undefined) addVariants(p, i);
    if (p.match.kind !== "skeleton") return;
    const kept = base[i]!.filter((s) => reportCountries.has(gazetteer.country(s.placeIndex)));
    base[i] = kept;
    p.scored = mapPacked(kept, (s) => ({ placeIndex: s.placeIndex, score: s.score }));
  });
  // The sentence of each mention, read once for both rounds.
  const sentence = sentenceNumbers(pending, text);
  for (let round = 0; round < 2; round++)
    rescore(pending, gazetteer, named, ownNamed, base, table, text, sentence);
  return named;
}

/**
 * "the Tierra Blanca neighbourhood of Culiacán", "the Crown Heights neighborhood of Brooklyn": a part of a
 * town whose namesake the gazetteer holds lies far away (or none of its own) is placed at the town.
 */
export function partsOfTowns(pending: readonly Pending[], gazetteer: Gazetteer): void {
  for (const p of pending) {
    const whole = p.partOf ? p.inside?.scored[0] : undefined;
    const best = p.scored[0];
    if (!whole || !best || !gazetteer.feature(whole.placeIndex).startsWith("P.")) continue;
    if (km(gazetteer, best.placeIndex, whole.placeIndex) > 60) p.scored = [{ ...whole }];
  }
}

/**
 * What each name's own mentions add to the document's countries: a name repeated is no evidence for
 * itself ("Lebanon" five times in a paper from Lebanon, Indiana, does not make the country likelier).
 */
function namedByOwnMentions(
  pending: readonly Pending[],
  gazetteer: Gazetteer,
): Map<string, Map<string, number>> {
  const byKey = new Map<string, Pending[]>();
  for (const p of pending) {
    const list = byKey.get(p.match.key);
    if (list) list.push(p);
    else byKey.set(p.match.key, [p]);
  }
  return new Map(
    mapPacked([...byKey], ([key, list]) => [key, documentCountries(list, gazetteer, [])] as const),
  );
}

/** A candidate with its score alone (before what the other mentions say) and its facts. */
interface Base {
  readonly placeIndex: number;
  readonly score: number;
  readonly facts: Facts;
}

/**
 * A mention's runners-up anchor its neighbours too, for less than its choice: two towns a few km apart
 * ("Edmonton … Enfield", both in north London) find each other even while each alone would go to a
 * bigger namesake on another continent. At most this many, within this much of the choice's score.
 */
const ALTERNATIVES = 3;
const ALT_MARGIN = 1.5;
const ALT_WEIGHT = 0.8;
/** The most an anchor's distance can add (weight 1, next to the mention), its direction aside. */
const MAX_PROXIMITY = 1 * 3 * 1.5;
/** Below this fraction of a score, an addition leaves the score as it is (half its last bit is more). */
const BELOW_LAST_BIT = 2 ** -54;

/** A place chosen for a mention, offered as an anchor to the mentions around it this round. */
interface Offer {
  readonly place: number;
  readonly facts: Facts;
  /** 1 for the mention's choice (less when a runner-up is close behind), less for a runner-up. */
  readonly weight: number;
  /** True for the mention's choice. */
  readonly pick: boolean;
}

/**
 * One round: each candidate's score alone, plus what the choices of the round before say: the
 * countries chosen, the admin-1 units the mentions nearby name or lie in ("Namhkam" after "northern
 * Shan State" is Shan's), and the distance to the places chosen nearby (not the whole document: linear,
 * and more telling). The chosen candidate learns how far the nearest of those places is (`nearestKm`).
 */
function rescore(
  pending: Pending[],
  gazetteer: Gazetteer,
  named: ReadonlyMap<string, number>,
  ownNamed: ReadonlyMap<string, ReadonlyMap<string, number>>,
  base: readonly (readonly Base[])[],
  table: FactTable,
  text: string | undefined,
  sentence: readonly number[],
): void {
  const facts = (c: number): Facts => table.get(c);
  const countries = countryVotes(pending, gazetteer);
  // What one name's own mentions add to a country: a name repeated is no evidence for itself.
  const ownVotes = new Map<string, Map<string, number>>();
  for (const p of pending) {
    const pick = p.scored[0];
    if (!pick || p.match.kind === "skeleton") continue;
    const votes = ownVotes.get(p.match.key) ?? new Map<string, number>();
    const country = gazetteer.country(pick.placeIndex);
    votes.set(country, (votes.get(country) ?? 0) + 0.4);
    ownVotes.set(p.match.key, votes);
  }
  const between = nonDemonymsBefore(pending);
  // The country of each mention whose choice is a first-level unit or its seat, else "" (for lists of
  // units: "Marib and Al-Jawf governorates", where Marib is read as the city that names its governorate).
  const unitCountry = mapPacked(pending, (o) => {
    const pick = o.scored[0];
    if (!pick) return "";
    const feature = facts(pick.placeIndex).feature;
    return feature === "A.ADM1" || feature === "P.PPLA" ? facts(pick.placeIndex).country : "";
  });
  /** Whether mention i names a unit of this country a few characters from mention at ("Utah, Colorado"). */
  // (Seats listed with seats stay towns: "Kharkiv and Odesa" are the two cities, each also its oblast's name.)
  const unitChosen = mapPacked(pending, (o) => {
    const pick = o.scored[0];
    return pick !== undefined && facts(pick.placeIndex).feature === "A.ADM1";
  });
  const listedWith = (i: number, at: number, country: string): boolean => {
    const o = pending[i];
    const p = pending[at]!;
    if (o === undefined || unitCountry[i] !== country) return false;
    if (!unitChosen[i] && !unitChosen[at]) return false;
    const from = Math.min(o.context.end, p.context.end);
    const to = Math.max(o.context.start, p.context.start);
    // "Idlib and Hama", "California or Washington", "Sirte, Benghazi": a list ("from Benghazi" is none).
    return to - from <= 6 && (text === undefined || LIST_GAP.test(text.slice(from, to)));
  };
  // What each mention offers the mentions around it, read once a round: its places as anchors (none
  // when its choice is a country, a province or a sea) and its vote for an admin-1 unit (-1: none;
  // a unit named counts twice a place inside it, a country not at all).
  const offers = mapPacked(pending, (o) => offersOf(o, facts));
  // Arrays, not typed arrays: a typed array of more than 64 bytes is allocated off the heap.
  const voteFor = perReport<number>();
  const voteWeight = perReport<number>();
  for (const o of pending) {
    const pick = o.scored[0];
    const f = pick && o.match.kind !== "skeleton" ? facts(pick.placeIndex) : null;
    if (f === null || f.feature.startsWith("A.PCL")) {
      voteFor.push(-1);
      voteWeight.push(0);
    } else {
      voteFor.push(f.adminId);
      voteWeight.push(f.feature === "A.ADM1" ? 0.6 : 0.3);
    }
  }
  const adminVotes = table.votes();
  // The anchors of the mention being scored, flat: their facts, place, weight, how much their distance
  // counts (next to the mention, or by how many mentions between), and the direction the mention's
  // wording gives from them (null unless next to each other).
  const anchorFacts: Facts[] = [];
  const anchorPlace: number[] = [];
  const anchorWeight: number[] = [];
  const anchorIsPick: boolean[] = [];
  const anchorFactor: number[] = [];
  const anchorBearing: (number | null)[] = [];
  const next = mapPacked(pending, (p, at) => {
    const own = ownVotes.get(p.match.key);
    const ownName = ownNamed.get(p.match.key);
    const from = Math.max(0, at - WINDOW);
    const to = Math.min(pending.length, at + WINDOW);
    // The units the nearby mentions name or lie in, summed in text order, a nearer mention's more (as
    // an anchor's distance counts), and one in the same sentence twice: "In northern Shan State, jets
    // bombed Namhkam" says more than "Sagaing Region" two paragraphs on.
    for (let i = from; i < to; i++)
      if (i !== at && voteFor[i]! >= 0 && pending[i]!.match.key !== p.match.key)
        adminVotes[voteFor[i]!]! +=
          voteWeight[i]! *
          (sentence[i] === sentence[at] ? 2 : 1) *
          Math.max(0.5, 1 - Math.abs(i - at) * 0.05);
    // The places chosen nearby, the nearest mentions first: the first anchors measured are the likeliest
    // to be the nearest, so that more of the others are too far to be measured (the order changes
    // nothing else: the largest bonus and the nearest distance are the same in any order).
    let anchors = 0;
    for (let step = 1; step <= WINDOW; step++)
      for (let side = -1; side <= 1; side += 2) {
        const i = at + side * step;
        if (i < from || i >= to) continue;
        const o = pending[i]!;
        const offered = offers[i]!;
        if (offered.length === 0 || o.match.key === p.match.key) continue;
        // Next to each other, demonyms between aside ("Kupiansk direction, Ukrainian defenders … near Petropavlivka").
        const first = Math.min(i, at);
        const last = Math.max(i, at);
        const adjacent = between[last]! - between[first + 1]! === 0;
        const gap = last - first - 1;
        // The place named next to this one ("Akerbat, east of Hama") says most, and its direction too;
        // one named several places away, less.
        const factor = adjacent ? 1.5 : Math.max(0.5, 1 - gap * 0.05);
        const bearing = adjacent ? o.context.bearing : null;
        for (const { place, facts: f, weight, pick } of offered) {
          anchorFacts[anchors] = f;
          anchorPlace[anchors] = place;
          anchorWeight[anchors] = weight;
          anchorIsPick[anchors] = pick;
          anchorFactor[anchors] = factor;
          anchorBearing[anchors] = bearing;
          anchors++;
        }
      }
    const holder = p.mainNameHolder;
    const scored = mapPacked(base[at]!, ({ placeIndex: c, score: alone, facts: f }): Scored => {
      const country = f.country;
      const chosen = (countries.get(country) ?? 0) - (own?.get(country) ?? 0);
      const countryWeight = (named.get(country) ?? 0) - (ownName?.get(country) ?? 0) + chosen;
      let score = alone + Math.min(3, countryWeight * 1.6);
      if (!f.broad) score += Math.min(2, adminVotes[f.adminId]!);
      let near = 0;
      if (f.broad) {
        // A country or a province is near the places chosen inside it.
        const feature = f.feature;
        for (let k = 0; k < anchors; k++) {
          const o = anchorFacts[k]!;
          if (o.country === country && (feature !== "A.ADM1" || o.adminId === f.adminId)) {
            near = 2;
            break;
          }
        }
        // A unit listed with another unit of its country is a unit too ("California or Washington").
        if (feature === "A.ADM1" && (listedWith(at - 1, at, country) || listedWith(at + 1, at, country)))
          near += 2.5;
      } else {
        // An anchor farther than `beyond` km cannot add more than the best so far, nor anything that
        // would change the score's last bit: its distance need not be measured.
        const least = Math.abs(score) * BELOW_LAST_BIT;
        let beyond = anchors > 0 ? 120 * Math.log(MAX_PROXIMITY / least) + 0.01 : 0;
        for (let k = 0; k < anchors; k++) {
          // The same place under another name is no evidence for itself when another place bears this
          // name as its own ("MEXICO CITY (Reuters) - Mexico said"), as it is when none does ("Bakhmut, called Artemovsk").
          if (anchorPlace[k] === c && holder != null && holder !== c) continue;
          const of = anchorFacts[k]!;
          const bearing = anchorBearing[k]!;
          if (bearing === null && kmAtLeast(f, of) > beyond) continue;
          const d = kmBetweenFacts(f, of);
          const weight = anchorWeight[k]!;
          let bonus = weight * proximityBonus(d) * anchorFactor[k]!;
          if (
            bearing !== null &&
            d > 3 &&
            angleBetween(bearingOf(gazetteer, anchorPlace[k]!, c), bearing) <= 60
          )
            bonus += weight;
          if (bonus > near) {
            near = bonus;
            beyond = 120 * Math.log(MAX_PROXIMITY / Math.max(near, least)) + 0.01;
          }
        }
      }
      return { placeIndex: c, score: score + near, countryWeight };
    });
    for (let i = from; i < to; i++) if (voteFor[i]! >= 0) adminVotes[voteFor[i]!] = 0;
    sortShort(scored, byScore);
    // How far the nearest place chosen nearby lies from the choice (runners-up not counted).
    const best = scored[0];
    if (best) {
      let nearestKm = Infinity;
      const f = facts(best.placeIndex);
      if (!f.broad)
        for (let k = 0; k < anchors; k++)
          if (anchorIsPick[k]) nearestKm = Math.min(nearestKm, kmBetweenFacts(f, anchorFacts[k]!));
      best.nearestKm = nearestKm;
    }
    return scored;
  });
  pending.forEach((p, i) => {
    p.scored = next[i]!;
  });
}

/** A sentence's end: a stop, then space and a capital or a quote; or a line break. */
const SENTENCE_END = /[.!?]["'”’)]?\s+(?=["“'‘(]?\p{Lu})|\n/gu;

/** The number of the sentence each mention is in (counted from 0; all 0 without the text). */
function sentenceNumbers(pending: readonly Pending[], text: string | undefined): number[] {
  const out = perReport<number>();
  if (text === undefined) {
    for (let i = 0; i < pending.length; i++) out.push(0);
    return out;
  }
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index);
  let n = 0;
  for (const p of pending) {
    while (n < ends.length && ends[n]! < p.context.start) n++;
    out.push(n);
  }
  return out;
}

/** The places a mention offers as anchors: its choice, and its runners-up within ALT_MARGIN of it. */
function offersOf(o: Pending, facts: (c: number) => Facts): Offer[] {
  const pick = o.scored[0];
  if (!pick || facts(pick.placeIndex).broad) return [];
  // A choice barely ahead of its runner-up (one of nine hamlets called Kani) is weak evidence for the
  // places around it: half an anchor when tied, a whole one a point ahead.
  const second = o.scored[1];
  const margin = second ? pick.score - second.score : Infinity;
  const weight = Math.min(1, 0.5 + margin / 2);
  const out: Offer[] = [{ place: pick.placeIndex, facts: facts(pick.placeIndex), weight, pick: true }];
  for (const alt of o.scored.slice(1, 1 + ALTERNATIVES)) {
    if (alt.score < pick.score - ALT_MARGIN) break;
    const f = facts(alt.placeIndex);
    if (f.broad) continue;
    out.push({ place: alt.placeIndex, facts: f, weight: weight * ALT_WEIGHT, pick: false });
  }
  return out;
}

/** How many mentions before each one (and before the end) are not demonyms: a prefix count. */
function nonDemonymsBefore(pending: readonly Pending[]): Int32Array {
  const counts = new Int32Array(pending.length + 1);
  for (let i = 0; i < pending.length; i++)
    counts[i + 1] = counts[i]! + (pending[i]!.match.kind === "demonym" ? 0 : 1);
  return counts;
}

/**
 * Whether a place lies where the report says it does: within 100 km of a district or town named as its
 * container ("Mayikengo in Lubero territory" is no Mukwinja 190 km south). Provinces and countries hold
 * their places by code (`within`), so they are not measured here.
 */
function liesIn(place: number, inside: Pending | undefined, gazetteer: Gazetteer): boolean {
  const pick = inside?.scored[0]?.placeIndex;
  if (pick === undefined || /^A\.(PCL|ADM1)/.test(gazetteer.feature(pick))) return true;
  return km(gazetteer, place, pick) <= 100;
}

/**
 * The weight of another country (`documentCountries`) that makes a report plainly about it: the rest of
 * the report must then name this one (weight 1) to vouch for a lone town of it met by another of its
 * names; below, proportionally less, down to one unambiguous place of it (0.5).
 */
const PLAINLY_ELSEWHERE = 4;

/** What a name's own mentions say for a country (`documentCountries`): no evidence for the name itself. */
function ownWeight(p: Pending, pending: readonly Pending[], gazetteer: Gazetteer, country: string): number {
  return (
    documentCountries(
      pending.filter((o) => o.match.key === p.match.key),
      gazetteer,
      [],
    ).get(country) ?? 0
  );
}

/**
 * How plainly the report's own places and names (`placed`: `documentCountries` without the actors' countries,
 * which say where the parties come from, not where things happen) speak for a country other than this one.
 */
function placesElsewhere(placed: ReadonlyMap<string, number>, country: string): number {
  let most = 0;
  for (const [other, weight] of placed) if (other !== country) most = Math.max(most, weight);
  return most;
}

/** How far from every other place of a report a city is a continent away. */
const REMOTE_KM = 3000;

/**
 * Whether the chosen place can be trusted: a skeleton match needs a place of the report within 300 km;
 * a hamlet abroad, far from every other place of a report that has them, is more likely a name the
 * gazetteer lacks ("Zamzam camp") than that hamlet. So is a town of a country the report never names
 * (no name, demonym or unambiguous place of it), far from every other place, when the report is plainly
 * about another country: "Volcano of Rage" in a report from Libya is no German town.
 */
export function trusted(
  p: Pending,
  pending: readonly Pending[],
  gazetteer: Gazetteer,
  named: ReadonlyMap<string, number>,
  hint: readonly string[],
  placed: ReadonlyMap<string, number>,
): boolean {
  const others = pending.length - 1;
  const best = p.scored[0];
  if (!best) return false;
  const nearest = best.nearestKm ?? Infinity;
  // A spelling variant stands only near a place chosen in a country the report is about ("Garsen" is no
  // Nigerian "Ogirisen" in a Kenyan report, however near a Nigerian namesake of "Lamu" lies).
  // A short skeleton many places share ("grsn": 66 places) must lie nearer still ("Akerbat", 40 km from Hama).
  if (p.match.kind === "skeleton" || p.match.variants?.includes(best.placeIndex)) {
    const weak = skeletonStrength(p.match.key) <= 4 && p.match.candidates.length > 20;
    // "Miramshah, North Waziristan": the region or first-level unit named right after it holds it.
    const held =
      p.inside?.scored[0] !== undefined &&
      (p.within?.admin1 != null ||
        (!/^A\.(PCL|ADM1)/.test(gazetteer.feature(p.inside.scored[0].placeIndex)) &&
          km(gazetteer, best.placeIndex, p.inside.scored[0].placeIndex) <= 100));
    return (
      (nearest < (weak ? 120 : 300) || held) &&
      (best.countryWeight ?? 0) > 0 &&
      liesIn(best.placeIndex, p.inside, gazetteer)
    );
  }
  const feature = gazetteer.feature(best.placeIndex);
  const population = gazetteer.place(best.placeIndex)!.population;
  const small = feature.startsWith("P.") && population < 5000;
  if (small && others >= 2 && (best.countryWeight ?? 0) === 0 && nearest > 800) return false;
  const country = gazetteer.country(best.placeIndex);
  // A capital met only by one of its other names ("Maré", an old name of Malé, in a report from Rio) is
  // judged as a town is.
  // (A city of up to half a million a continent away from every other place is judged so too: "Kuki
  // militants" in a report from Manipur is no Japanese city.)
  const town =
    feature.startsWith("P.") &&
    (feature !== "P.PPLC"
      ? population < (Number.isFinite(nearest) && nearest > REMOTE_KM ? 500_000 : 100_000)
      : !gazetteer.isMainName(best.placeIndex, p.match.key));
  // "… Kill Fulani Villagers in Central Region" (a headline): a unit named only by its bearing is no
  // unit of a country the report never names (Uganda's Central Region in a report from Mali).
  if (feature.startsWith("A.ADM") && BEARING_UNIT.test(p.match.key) && (named.get(country) ?? 0) === 0)
    return false;
  // "Cité Soleil" in a report from Haiti is no Yemeni hamlet that "Soleil" is another name of: a small
  // place met by one of its other names, in a country only its own mentions speak for, is no place of a
  // report whose other places name another country, however few they are.
  const mainName = gazetteer.isMainName(best.placeIndex, p.match.key);
  if (
    small &&
    !mainName &&
    placesElsewhere(placed, country) >= 1 &&
    (named.get(country) ?? 0) <= ownWeight(p, pending, gazetteer, country)
  )
    return false;
  if (!town || others < 2 || (named.get(country) ?? 0) >= 2) return true;
  const about = Math.max(
    0,
    ...mapPacked(
      [...named].filter(([c]) => c !== country),
      ([, w]) => w,
    ),
  );
  // A small town no other mention speaks for (what the name's own mentions say is no evidence for
  // itself) needs less: one country named beside it ("Bambui" in a report whose places are Cameroon's
  // Bamenda is no Brazilian town).
  const alone = population < 20_000 && (named.get(country) ?? 0) <= ownWeight(p, pending, gazetteer, country);
  if (about < (alone ? 1 : 2)) return true;
  // Near a place of a country the report names, it may well be a neighbour's town.
  // Another place nearby vouches for this one: any within 150 km ("attacked near Lyman … advanced near
  // Siversk"), or one of a country the report names within 800 km (it may well be a neighbour's town).
  const vouched = pending.some((o) => {
    const pick = o.scored[0]?.placeIndex;
    // A province's centre is near enough its towns to vouch for one ("shelled Kupiansk from … Belgorod
    // region"); a country's or a sea's is not.
    // (A spelling variant vouches for nothing: "Defense" read as a village in Burkina Faso.)
    if (pick === undefined || o === p || o.match.kind === "skeleton") return false;
    const feature = gazetteer.feature(pick);
    if (isBroad(feature) && feature !== "A.ADM1") return false;
    const d = km(gazetteer, pick, best.placeIndex);
    if (d <= 150 && o.match.key !== p.match.key) return true;
    const other = gazetteer.country(pick);
    return other !== country && (named.get(other) ?? 0) >= 1 && d <= 800;
  });
  if (vouched) return true;
  // What the rest of the report says for this country (a name repeated is not evidence for itself). For a
  // town met by one of its other names, in a report plainly about another country, one more lone town of
  // this one is not enough: two names the gazetteer has only abroad ("Potrerito", "El Plateado" in a
  // report from Cauca: other names of two Mexican towns) do not vouch for each other.
  const rest = documentCountries(
    pending.filter((o) => o.match.key !== p.match.key),
    gazetteer,
    hint,
  );
  const needed = mainName
    ? 0.5
    : Math.min(1, Math.max(0.5, placesElsewhere(placed, country) / PLAINLY_ELSEWHERE));
  return (rest.get(country) ?? 0) >= needed;
}

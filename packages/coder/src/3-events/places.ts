import { mapPacked } from "../arrays.js";
import type { PlaceMention } from "../geo/index.js";
import type { EventLocation } from "../types.js";
import { CONDEMNED_ACT, VERBAL, type Candidate } from "./roles.js";
import { tokenAt } from "./sentence.js";
import { kmBetween } from "../geo/distance.js";

const FAR_KM = 1500;

export { kmBetween };

/**
 * Pass 2c (filter): keeps the places that can be where events happen: no demonyms, none inside an
 * actor's name ("Tahrir" in Hayat Tahrir al-Sham), none far away from the rest of the report when
 * nothing else in the report (no other place, demonym or name) is in that country (a namesake in another
 * continent) unless it is a country's capital named as a venue.
 */
export function usablePlaces(
  text: string,
  places: readonly PlaceMention[],
  actorSpans: readonly { start: number; end: number }[],
  demonyms: ReadonlySet<string>,
): PlaceMention[] {
  const inActor = overlapsAny(actorSpans);
  const kept = places.filter(
    (p) =>
      !shipName(text, p) &&
      !agreementName(text, p) &&
      // "a Kismayo-based radio station", "a Mogadishu-based analyst": where someone is based, not where
      // anything happens (the geoparser keeps it as a place).
      !/^-(?:based|headquartered)\b/.test(text.slice(p.end, p.end + 14)) &&
      // "told Deir ez-Zor Now", "the Kyiv Independent reported": an outlet's name, no place of the story.
      !MASTHEAD_AFTER.test(text.slice(p.end, p.end + 14)) &&
      !p.rule.includes("demonym") &&
      !demonyms.has(p.text.toLowerCase()) &&
      !inActor(p) &&
      !/^(?:on|in|at|the)\s/i.test(p.text),
  );
  const byCountry = new Map<string, number>();
  for (const p of kept) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + 1);
  const top = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // A country the report names otherwise ("Somali forces … in Lower Shabelle" in a bulletin that goes
  // on to Mozambique) is no namesake's: its demonyms and names inside actors count as its mentions.
  const named = new Map<string, number>();
  for (const p of places) named.set(p.country, (named.get(p.country) ?? 0) + 1);
  const anchors = kept.filter((p) => p.country === top);
  const centre =
    anchors.length > 0
      ? { lat: median(mapPacked(anchors, (p) => p.lat)), lon: median(mapPacked(anchors, (p) => p.lon)) }
      : null;
  return kept.filter(
    (p) => !centre || (named.get(p.country) ?? 0) > 1 || kmBetween(p, centre) <= FAR_KM || venue(text, p),
  );
}

/** The word after a place's name that makes it a newspaper's or a station's. */
const MASTHEAD_AFTER =
  /^ (?:Now|News|TV|Radio|Times|Post|Daily|Online|Today|Herald|Tribune|Independent|Standard|Observer|Voice|FM|Gazette|Telegraph|Chronicle)\b/;

// "M/V Corinth Star", "USS Mason", "the tanker Sounion": a ship's name is no place.
const SHIP_BEFORE =
  /(?:\bM\/[VT]|\bM[VT]|\bUSS|\bHMS|\bINS|\bFS|\bHNLMS|\bRFS|\bship|\bvessel|\btanker|\bfreighter|\bcarrier|\bfrigate|\bdestroyer)\s+$/;
function shipName(text: string, p: PlaceMention): boolean {
  return SHIP_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
}

// "under the Pretoria agreement", "the Minsk accords", "the Luanda process": a deal named after the
// city where it was made, no place of the events told.
const AGREEMENT_AFTER =
  /^\s+(?:agreements?|accords?|peace (?:deal|agreement|accord)|deal|process|declaration|protocol|framework|roadmap|formula|format)\b/i;
function agreementName(text: string, p: PlaceMention): boolean {
  return AGREEMENT_AFTER.test(text.slice(p.end, p.end + 24));
}

// "talks continued in Doha", "flew to Moscow": a capital far away, after a preposition, is a venue.
const VENUE_BEFORE = /\b(?:in|to|at|from)\s+$/i;
function venue(text: string, p: PlaceMention): boolean {
  return p.feature.endsWith("PPLC") && VENUE_BEFORE.test(text.slice(Math.max(0, p.start - 8), p.start));
}

/**
 * Whether a place overlaps one of the spans. Actor names come in text order without overlapping, so
 * one binary search finds the only span that can; spans in any other order are all tried.
 */
function overlapsAny(spans: readonly { start: number; end: number }[]): (p: PlaceMention) => boolean {
  const ordered = spans.every((s, i) => s.start < s.end && (i === 0 || spans[i - 1]!.end <= s.start));
  if (!ordered) return (p) => spans.some((s) => p.start < s.end && p.end > s.start);
  return (p) => {
    // The first span that ends after the place starts; any later one starts after it.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end > p.start) hi = mid;
      else lo = mid + 1;
    }
    const s = spans[lo];
    return s !== undefined && p.end > s.start;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The report's main area: its most mentioned place, at precision 3. */
export function mainArea(places: readonly PlaceMention[], home?: string): EventLocation | null {
  // The report's country when it has a place there (a DR Congo story whose only town is Doha, where talks
  // stall, is still in Masisi), else the country of its first place ("ERBIL, Iraq"; "Russian glide bombs
  // kill six in Kharkiv"): "Ankara regularly strikes the PKK" in a report from Iraq names no area of it.
  const country =
    home !== undefined && places.some((p) => p.country === home && !p.rule.includes("demonym"))
      ? home
      : places.find((p) => p.precision < 3 && !p.rule.includes("demonym"))?.country;
  const counts = new Map<string, { n: number; p: PlaceMention }>();
  for (const p of places) {
    if (country !== undefined && p.country !== country) continue;
    const key = p.name;
    const seen = counts.get(key);
    counts.set(key, { n: (seen?.n ?? 0) + (p.precision === 1 ? 1 : 0.7), p: seen?.p ?? p });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { ...toLocation(best.p), precision: 3 } : null;
}

/** An event location from a place mention. */
export function toLocation(p: PlaceMention): EventLocation {
  return {
    name: p.name,
    text: p.text,
    geonameid: p.geonameid,
    // A part of a unit or country ("northern Shan State") is mapped at that part's centre.
    lat: p.expression?.lat ?? p.lat,
    lon: p.expression?.lon ?? p.lon,
    country: p.country || null,
    admin1: p.admin1 || null,
    precision: p.precision,
  };
}

/** Pass 3f: the most specific place of the event's clause; for movements, where they went (or left). */
export function placeOf(c: Candidate): PlaceMention | null {
  const { places, placeTokens, tokens } = c.view;
  if (places.length === 0) return null;
  const at = c.match.first;
  const indexed = mapPacked(places, (p, i) => ({ p, t: placeTokens[i]! })).filter(
    (x, i) => !inSpeakersTitle(tokens, tokenAt(tokens, x.p.end)) && !roadsFarEnd(c, i),
  );
  const prep = (t: number): string => tokens[t - 1]?.key ?? "";
  if (c.type === "MOBILIZE") {
    // "moving from Mellit toward the northern outskirts of El Fasher": where they went, past the words
    // that say which part of it.
    const reached = (t: number): boolean => {
      let k = t - 1;
      while (k > at && DEST_GAP.test(tokens[k]?.key ?? "")) k--;
      return /^(?:to|towards|toward|into|in|at)$/.test(tokens[k]?.key ?? "");
    };
    // "An additional company of troops from the 6th Battalion in Tamale arrived in Bawku": where they
    // arrived, past where they came from.
    const arrived = indexed.find(
      (x) =>
        x.t > at &&
        /^(?:in|at)$/.test(prep(x.t)) &&
        /^(?:arrived|arrive|arrives|arriving|landed|reached)$/.test(tokens[x.t - 2]?.key ?? ""),
    );
    if (arrived) return arrived.p;
    // Past such words only a town or a point; "to the Abyan front" is no governorate's centre.
    const dest = indexed.find(
      (x) =>
        x.t > at &&
        (/^(?:to|towards|toward|into|in|at)$/.test(prep(x.t)) || (x.p.precision < 3 && reached(x.t))),
    );
    if (dest) return dest.p;
  }
  if (c.type === "RETREAT") {
    // ("withdrew from Luuq", "pulled out of Kidal"; not "its post at Sokolo, north of Niono", where the
    // post's own place is.)
    const origin = indexed.find(
      (x) => prep(x.t) === "from" || (prep(x.t) === "of" && tokens[x.t - 2]?.key === "out"),
    );
    if (origin) return origin.p;
  }
  // The clause ends at the next coordinated verb ("took the area … and is massing forces south of Aleppo").
  // ("Talks between Israel and Hamas, mediated by Qatar and Egypt, continued in Doha": a participle set
  // off by commas describes the act; the clause goes on past it.)
  const nextVerb = c.view.triggers.find(
    (t) =>
      t.first >= c.match.last &&
      /^(?:and|,|then|is|are|was|were|has|have|also)$/.test(tokens[t.first - 1]?.key ?? "") &&
      !t.trigger.noun &&
      !(tokens[t.first - 1]?.key === "," && /ed$/.test(tokens[t.first]!.key) && tokens[t.last]?.key === "by"),
  );
  // "… killed five people, and that another strike near Nabatieh killed two": a new reported clause.
  let reported = Infinity;
  for (let k = c.match.last; k < Math.min(tokens.length - 1, c.match.last + 25); k++)
    if ((tokens[k]!.key === "and" && tokens[k + 1]!.key === "that") || tokens[k]!.key === ";") {
      reported = k;
      break;
    }
  // "rejected a proposal for a truce, saying a pause would only let Kyiv regroup": what a statement goes on
  // to say names no place it was made in.
  let saying = Infinity;
  if (VERBAL.has(c.type))
    for (let k = c.match.last; k < Math.min(tokens.length, c.match.last + 25); k++)
      if (
        /^(?:saying|adding|arguing|insisting|stressing|noting|claiming)$/.test(tokens[k]!.key) ||
        // "accused Moscow of terror after today's strikes on Kostiantynivka": the places of the acts a
        // statement answers are not where it was made.
        (/^(?:after|following)$/.test(tokens[k]!.key) &&
          tokens.slice(k + 1, k + 5).some((t) => CONDEMNED_ACT.test(t.key)))
      ) {
        saying = k;
        break;
      }
  const limit = Math.min(c.match.last + 25, nextVerb ? nextVerb.first : Infinity, reported, saying);
  // "entered the town from the direction of Croix-des-Bouquets", "the police withdrew towards Fond
  // Parisien, leaving the gunmen in control": where someone came from or went is not where this happened.
  const away = (t: number): boolean =>
    /^(?:towards|toward)$/.test(prep(t)) ||
    // ("Government soldiers withdrew to Buuloburde": where they went, not where they left.)
    (c.type === "RETREAT" && prep(t) === "to") ||
    (prep(t) === "of" && tokens[t - 2]?.key === "direction") ||
    // "sent a detachment from Brazzaville to secure the railway": where troops or aid set out from.
    (prep(t) === "from" && (c.type === "COERCE" || c.type === "MOBILIZE" || c.type === "AID"));
  const anyAfter = indexed.filter(
    (x) =>
      x.t >= c.match.last &&
      x.t <= limit &&
      // "in solidarity with the Puno protesters": a place naming the people after it is no venue.
      !namesPeople(tokens, x.t, tokenAt(tokens, x.p.end)) &&
      // "struck tanks heading towards Sweida" is not where the strike was; "attacks toward Kupyansk" is.
      (!away(x.t) || (c.type === "ASSAULT" && x.t === c.match.last + 1)) &&
      !(c.type === "ASSAULT" && firedFrom(tokens, x.t)),
  );
  // "fired on a convoy travelling from Parachinar to Peshawar in the Ochat area near Alizai": the ends of
  // a journey are not where it was stopped, when the clause names another place.
  const after = anyAfter.some((x) => x.p.precision < 3 && !journeysEnd(tokens, x.t))
    ? anyAfter.filter((x) => !journeysEnd(tokens, x.t))
    : anyAfter;
  // "entered Tarhuna, the stronghold of … south-east of Tripoli": the place the verb takes comes first.
  const direct = after.find((x) => x.t - c.match.last <= 1 && x.p.precision < 3);
  if (direct) return direct.p;
  // "In Cairo, Egyptian mediators met…": a place set before the clause, unless a more precise one follows.
  const fronted = indexed.find(
    (x) =>
      x.t <= 2 &&
      x.t < at &&
      tokens[0]?.key === "in" &&
      tokens[x.t + x.p.text.split(/\s+/).length]?.key === ",",
  );
  const actorEnd = c.actor2 && c.actor2.mention.last > c.match.last ? c.actor2.mention.last : c.match.last;
  const ordered = [...after.filter((x) => x.t >= actorEnd), ...after.filter((x) => x.t < actorEnd)];
  // A place of a later clause is not this event's: then the event keeps the report's last place.
  const first = ordered.find((x) => x.p.precision < 3);
  // "Kwatarkwashi in Bungudu Local Government Area of Zamfara State": a container is not the place.
  const container = (k: number): boolean => {
    const inner = indexed[k - 1];
    const outer = indexed[k];
    if (!inner || !outer || outer.p.precision < inner.p.precision) return false;
    const gap = mapPacked(tokens.slice(tokenAt(tokens, inner.p.end), outer.t), (t) => t.key);
    return (
      gap.length > 0 &&
      gap.length <= 6 &&
      gap.every((g) => CONTAINER_GAP.test(g)) &&
      gap.some((g) => /^(?:in|of|,)$/.test(g))
    );
  };
  // "In Gaza, Israeli air strikes on Khan Younis killed 25": a place named between the fronted one and
  // the verb is nearer the event than the fronted one.
  // ("In Gusau, about 300 women from Kadawa marched": where the crowd came from is not where it marched.)
  const between = fronted
    ? indexed.findLast(
        (x, k) =>
          x.t < at &&
          x.t > fronted.t &&
          x.p.precision <= fronted.p.precision &&
          !container(k) &&
          prep(x.t) !== "from",
      )
    : undefined;
  if (fronted && !first && between) return between.p;
  // "In Gaza, … an Israeli strike on a tent in Mawasi killed five": what the act's own clause names is
  // nearer it than the scene set before; a statement's fronted place is where it was made.
  if (fronted && first && !VERBAL.has(c.type) && first.p.precision <= fronted.p.precision) return first.p;
  if (fronted && (!first || fronted.p.precision <= first.p.precision)) return fronted.p;
  // "the army-aligned government in Port Sudan announced a curfew in Kassala state": a government's seat
  // named with it is not where its act is, when the act's own clause names a place ("police in Doolow
  // arrested…" are where they act).
  const seat = (x: { t: number }): boolean =>
    after.length > 0 &&
    prep(x.t) === "in" &&
    c.view.actors.some((a) => a.mention.last === x.t - 1 && a.actor.kind === "government");
  const pick =
    first ??
    indexed.findLast((x, k) => x.t < at && x.p.precision < 3 && !container(k) && !away(x.t) && !seat(x)) ??
    indexed.findLast((x) => x.t < at && x.p.precision < 3 && !away(x.t) && !seat(x)) ??
    ordered[0] ??
    indexed.find((x) => x.t < at && !away(x.t)) ??
    // "struck government tanks heading towards Sweida": where they were going is the nearest place told.
    (c.type === "ASSAULT"
      ? indexed.find((x) => x.t >= c.match.last && x.t <= limit && /^(?:towards|toward)$/.test(prep(x.t)))
      : undefined);
  // A region a statement speaks of ("accused Baku of the ethnic cleansing of Karabakh") is what it is
  // about, not where it was made: the report's place stands.
  if (pick && VERBAL.has(c.type) && pick.p.precision === 3 && pick !== fronted) return null;
  return pick?.p ?? null;
}

const ROAD = /^(?:highway|road|motorway|expressway|axis|route|railway|corridor|supply)$/;

const JOURNEY =
  /^(?:travelling|traveling|travelled|traveled|heading|headed|bound|going|driving|returning|plying|en|journeying|commuting)$/;
/** Words between a journey's verb and one of its ends: "from Parachinar to", "from the town of". */
const JOURNEY_GAP = /^(?:from|to|route|its|their|way|the|town|city|village|of|and|back)$/;

/**
 * Whether the place at token t is an end of a journey ("travelling from Parachinar to Peshawar", "a bus
 * heading to Kaduna from Abuja", "Quetta-bound"): after "from" or "to", with a verb of travel before it
 * past only the journey's other end and small words.
 */
function journeysEnd(tokens: readonly { key: string; raw: string }[], t: number): boolean {
  if (!/^(?:from|to)$/.test(tokens[t - 1]?.key ?? "")) return false;
  for (let k = t - 2; k >= Math.max(0, t - 9); k--) {
    const token = tokens[k]!;
    if (JOURNEY.test(token.key)) return true;
    if (!JOURNEY_GAP.test(token.key) && !/^\p{Lu}/u.test(token.raw)) return false;
  }
  return false;
}

/** People a place's name may qualify: "the Puno protesters", "the Kano residents". */
const PEOPLE_AFTER =
  /^(?:protesters|demonstrators|marchers|strikers|residents|people|farmers|miners|villagers|families|victims|displaced|refugees|students|workers|traders|youths|elders|leaders|community|communities)$/;

/** Whether the place at token t (its last token before `end`) is "the <place>" before people it qualifies. */
function namesPeople(tokens: readonly { key: string }[], t: number, end: number): boolean {
  return tokens[t - 1]?.key === "the" && PEOPLE_AFTER.test(tokens[end]?.key ?? "");
}

/**
 * Whether place `i` is the far end of a road named by its two ends ("blocked the Funtua–Gusau highway"):
 * the road leaves from the first end, which stands for it (the far end may lie in another province).
 */
function roadsFarEnd(c: Candidate, i: number): boolean {
  const { places, placeTokens, tokens } = c.view;
  const t = placeTokens[i]!;
  const previous = places[i - 1];
  return (
    previous !== undefined &&
    /^[-–—]$/.test(tokens[t - 1]?.raw ?? "") &&
    tokenAt(tokens, previous.end) === t - 1 &&
    ROAD.test(tokens[tokenAt(tokens, places[i]!.end)]?.key ?? "")
  );
}

// An office that speaks: "Kharkiv Oblast Military Administration Head Oleh Syniehubov stated".
const OFFICE =
  /^(?:military|civil|city|regional|district|state|provincial|administration|council|head|governor|mayor|chief|spokesman|spokeswoman|spokesperson|police|prosecutor|commissioner|official|officials|authorities)$/;
const SPEECH = /^(?:said|says|stated|states|told|reported|reports|announced|added|wrote|confirmed|warned)$/;

/**
 * Whether the place ending before token `k` names a speaker's office ("Kharkiv Oblast Military
 * Administration Head Oleh Syniehubov stated that a bomb hit…"): where the speaker sits, not the event.
 */
function inSpeakersTitle(tokens: readonly { key: string; raw: string }[], k: number): boolean {
  // "…, a police spokesman in Pemba said": where the speaker is, the verb right after.
  if (SPEECH.test(tokens[k]?.key ?? "") && spokenFrom(tokens, k)) return true;
  let office = false;
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const key = tokens[j]!.key;
    if (SPEECH.test(key)) return office;
    if (OFFICE.test(key)) office = true;
    // "…, according to the Odesa regional governor." : the office ends the sentence or the clause.
    else if (office && /^[.,;]$/.test(tokens[j]!.raw) && sourceBefore(tokens, k)) return true;
    else if (!office || !/^\p{Lu}/u.test(tokens[j]!.raw)) return false;
  }
  return office && sourceBefore(tokens, k);
}

/** Whether the place that ends before token `k` follows "<office> in" ("a police spokesman in Pemba"). */
function spokenFrom(tokens: readonly { key: string; raw: string }[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(2, k - 4); j--)
    if (tokens[j]!.key === "in") return OFFICE.test(tokens[j - 1]!.key);
  return false;
}

/** Whether "according to (the)" comes right before the place that ends before token `k` (within 4 words). */
function sourceBefore(tokens: readonly { key: string }[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 6); j--)
    if (tokens[j]!.key === "to" && tokens[j - 1]!.key === "according") return true;
  return false;
}

// Words between "from" and the place fire came from: "from the airspace of the occupied Golan Heights".
const ORIGIN_GAP =
  /^(?:the|airspace|skies|sky|territory|territories|direction|side|areas?|positions?|of|occupied|its|their|across|inside)$/;

/**
 * Whether the place at token `t` is where an attack came from ("missiles launched from the airspace of
 * X", "rockets fired from Gaza"): the attack happened where it struck, not where it was launched.
 */
function firedFrom(tokens: readonly { key: string; raw: string }[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 7); k--) {
    const key = tokens[k]!.key;
    if (key === "from") return true;
    // "launched from Kursk and Bryansk oblasts": the places listed after "from".
    const listed = key === "and" || key === "," || /^\p{Lu}/u.test(tokens[k]!.raw);
    if (!ORIGIN_GAP.test(key) && !listed) return false;
  }
  return false;
}

// Words between a place and the unit that holds it: "X in Y Local Government Area of Z", "X, Y district".
const CONTAINER_GAP =
  /^(?:,|in|of|the|local|government|area|lga|district|districts|state|province|governorate|region|county|municipality|township|oblast|raion|territory|community|village|town|ward|locality|neighbou?rhood|suburb)$/;

// A unit's word after a name: "Maru local government area", "Kalehe territory".
const UNIT_AFTER =
  /^(?:local|lga|district|province|county|region|state|governorate|municipality|territory|township|oblast|raion|department|commune|prefecture|sub-district|subdistrict|tehsil)$/;

const DEST_GAP =
  /^(?:the|(?:north|south)?(?:east|west)?(?:ern)?|north|south|outskirts|edge|edges|area|areas|city|town|village|of|suburbs|vicinity|centre|center|front|line|lines|positions?)$/;
const COMPASS = /^(?:(?:north|south)?(?:east|west)|north|south)$/;

// Words that may stand between the places of one list: "Beryslav, Bilozerka and Kherson", "villages of X and Y".
const LIST_GAP =
  /^(?:,|;|and|as|well|the|villages?|towns?|of|settlements?|also|both|in|near|around|on|at|areas?|(?:north|south)?(?:east|west)|north|south|(?:north|south|east|west)ern)$/;

/**
 * Pass 3f (lists): the event's place and the places listed with it ("hit Kostiantynivka and
 * Druzhkivka in Donetsk Oblast and Orikhiv"), each the place of its own event. Provinces that only
 * contain a listed place ("in Donetsk Oblast") are skipped over, not listed.
 */
export function placesOf(c: Candidate): PlaceMention[] {
  const first = placeOf(c);
  if (!first) return [];
  // "moving towards Kafranbel and Maarat al-Numan": one movement with two destinations; "called for
  // access to Masisi and Walikale": one appeal about two places.
  if (c.type === "MOBILIZE" || VERBAL.has(c.type)) return [first];
  const { places, placeTokens, tokens } = c.view;
  const at = places.indexOf(first);
  // "on the road between Sévaré and Bandiagara": one place between two names; "shot down 21 drones over
  // the Belgorod, Kursk and Bryansk regions": one interception told for the airspace of several.
  const before = (k: number): string => tokens[placeTokens[at]! - k]?.key ?? "";
  if (
    at < 0 ||
    placeTokens[at]! < c.match.first ||
    before(1) === "between" ||
    before(1) === "over" ||
    (before(1) === "the" && before(2) === "over")
  )
    return [first];
  // "attacked northeast of Pokrovsk near Malynivka and Myrolyubivka; east of Pokrovsk near Myrnohrad":
  // a direction's anchor with a named place near it is only the way to find that place.
  const anchorOnly = (k: number): boolean =>
    places[k + 1] !== undefined &&
    tokens[tokenAt(tokens, places[k]!.end)]?.key === "near" &&
    placeTokens[k + 1] === tokenAt(tokens, places[k]!.end) + 1 &&
    /^geo\/relative/.test(places[k]!.rule);
  const out = anchorOnly(at) ? [] : [first];
  let end = tokenAt(tokens, first.end);
  for (let k = at + 1; k < places.length; k++) {
    const p = places[k]!;
    const gap = mapPacked(tokens.slice(end, placeTokens[k]), (t) => t.key);
    if (!gap.every((g) => LIST_GAP.test(g))) break;
    end = tokenAt(tokens, p.end);
    if (anchorOnly(k)) continue;
    // "Pinlebu, in Sagaing": the unit a place lies in; "Sinjil, north of Ramallah": its anchor.
    // "in Sanaa and in Saada province": a second unit, listed, is the place of a second event.
    // ("Dan Sadau, in Maru local government area": a town's name for the unit named after it.)
    const unitWord = UNIT_AFTER.test(tokens[tokenAt(tokens, p.end)]?.key ?? "");
    const container =
      ((p.precision === 3 || unitWord) && gap.includes("in") && !gap.includes("and")) ||
      (/^geo\/unit/.test(p.rule) && gap[0] === ",");
    if (gap[gap.length - 1] === "of" && COMPASS.test(gap[gap.length - 2] ?? "")) continue;
    // "Pinlebu, in northern Sagaing", "al-Atarib, western Aleppo countryside": the region it lies in.
    if (
      /^(?:north|south|east|west|northeast|northwest|southeast|southwest)ern$/.test(gap[gap.length - 1] ?? "")
    )
      continue;
    const listed = out.length === 0 || gap.some((g) => g === "and" || g === "," || g === ";");
    const unitListed =
      p.precision === 3 && gap.includes("and") && gap.includes("in") && p.feature.startsWith("A.ADM");
    if (!container && (p.precision < 3 || unitListed) && listed && !out.some((o) => o.name === p.name))
      out.push(p);
  }
  return out.length > 0 ? out : [first];
}

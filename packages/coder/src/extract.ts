import { mapPacked, perReport } from "./arrays.js";
import { cleanText, type CleanText } from "./1-text/clean.js";
import { findFurniture } from "./1-text/furniture.js";
import { splitSentences, titleOf, type Sentence } from "./1-text/sentences.js";
import { tokenize, type Token } from "./1-text/tokens.js";
import { findActors, withStaffOf, type ActorMention } from "./2-mentions/actors.js";
import { withDefinedShortNames, withNewNames, withPersonNames } from "./2-mentions/names.js";
import { stateOrRegionCountry, withRegionalGovernments } from "./2-mentions/regions.js";
import { fatalitiesIn } from "./2-mentions/counts.js";
import { findCues } from "./2-mentions/cues.js";
import { dateOfReport, dayAfter, publicationDate, referenceDate, sentenceDate } from "./2-mentions/dates.js";
import { dedupe, SAME_PLACE_KM, samePlace, type Built } from "./3-events/dedup.js";
import {
  attribution,
  countsTheDead,
  isPersonHedge,
  modalityOf,
  sameSide,
  type Attribution,
} from "./3-events/modality.js";
import { kmBetween, mainArea, placesOf, toLocation, usablePlaces } from "./3-events/places.js";
import {
  byCountryRank,
  CIVILIANS,
  isNonState,
  isParty,
  countrysArmedMen,
  pairKey,
  plainWordsAbroad,
  farAcronym,
  signatureOwner,
  PROTESTERS,
  ReferenceResolver,
  UNIDENTIFIED,
  type ResolvedActor,
} from "./3-events/references.js";
import { assignRoles, GOVERNING, inTitle, type Candidate } from "./3-events/roles.js";
import { tokenAt, type SentenceView } from "./3-events/sentence.js";
import { findTriggers, type TriggerMatch } from "./3-events/triggers.js";
import { geoparse, type PlaceMention } from "./geo/index.js";
import { stateCountry, type ActorData, type Entry, type Model } from "./model.js";
import { acledType } from "./ontology/acled.js";
import { cameoRoot, weaponMode } from "./ontology/cameo.js";
import type {
  CodedEvent,
  EventActor,
  EventDate,
  EventLocation,
  ExtractOptions,
  ExtractResult,
} from "./types.js";

const VERBAL_TYPES = new Set([
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "SUPPORT",
  "SANCTION",
  "CONSULT",
  "AGREE",
]);
const MATERIAL = new Set(["ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE"]);

/**
 * Codes a report: text → events. Pure (no files, no network); never throws on input: problems are
 * returned as diagnostics beside whatever events could be coded.
 */
export function extract(text: string, model: Model, options: ExtractOptions = {}): ExtractResult {
  const diagnostics: string[] = [];
  if (typeof text !== "string" || text.trim() === "") return { events: [], diagnostics };
  try {
    return { events: codeReport(text, model, options, diagnostics), diagnostics };
  } catch (error) {
    diagnostics.push(`extract: internal error, no events (${(error as Error).message})`);
    return { events: [], diagnostics };
  }
}

function codeReport(
  original: string,
  model: Model,
  options: ExtractOptions,
  diagnostics: string[],
): CodedEvent[] {
  const trace = options.trace;
  const clean = cleanText(original); //                                        1a clean text
  const furniture = findFurniture(clean.text); //                              1b page furniture
  const sentences = splitSentences(clean.text, furniture); //                  1c sentences
  const tokens = mapPacked(sentences, (s) => tokenize(s.text, s.start)); //     1d tokens
  const known = mapPacked(tokens, (t) => findActors(t, clean.text, model)); //  2a actors
  // ("The LSK president": the staff and officers of an organisation new to the dictionaries are its own.)
  const withNames = withPersonNames(
    tokens,
    withDefinedShortNames(
      tokens,
      withNewNames(
        tokens,
        withRegionalGovernments(tokens, known, clean.text, model), //            2a governments of states and regions
        clean.text,
        model,
        sentences,
      ), //                                                                      2a organisations new to the dictionaries
      clean.text,
      model,
      furniture.filter((f) => f.rule === "furniture/glossary"),
    ), //                                                                      2a short names the report defines
  ); //                                                                        2a people named again by surname
  const mentions = mapPacked(withNames, (ms) => withStaffOf(ms, clean.text)); //    2a an organisation's own people
  const triggers = mapPacked(tokens, (t, i) => findTriggers(t, mentions[i]!, model)); // 3a triggers
  if (trace)
    triggers.forEach((ts, i) => {
      for (const t of ts)
        trace(
          `trigger ${t.trigger.id} "${mapPacked(tokens[i]!.slice(t.first, t.last), (k) => k.raw).join(" ")}" @${i}`,
        );
    });
  const dateline = datelines(sentences); //                                    datelines, read once
  const filed = filedIn(sentences, dateline, oneColonDateline(clean.text), model); // where the story was filed
  const places = findPlaces(
    clean,
    sentences,
    tokens,
    triggers,
    mentions,
    model,
    dateline,
    filed,
    diagnostics,
    trace,
  ); // 2c places
  const placed = placesBySentence(sentences, places); //                      places of each sentence
  // "from the Lake Chad axis", "in Port Sudan": a country's name inside a place's is no actor.
  const ownMentions = mapPacked(mentions, (ms, i) =>
    placed[i]!.length > 0 ? ms.filter((m) => !countryInPlace(m, placed[i]!, clean.text)) : ms,
  );
  const countries = reportCountries(places, ownMentions, model, filed); // country priors
  const views = mapPacked(sentences, (s, i) =>
    view(s, tokens[i]!, ownMentions[i]!, triggers[i]!, placed[i]!, model),
  ); // 2d cues
  if (trace)
    ownMentions.forEach((ms, i) => {
      if (ms.length > 0) trace(`actors @${i}: ${mapPacked(ms, (m) => `${m.rule}[${m.text}]`).join(" ")}`);
    });
  const named = namedCountries(places, ownMentions);
  const placedIn = new Set(
    mapPacked(
      places.filter((p) => !p.feature.startsWith("A.PCL")),
      (p) => p.country,
    ),
  );
  const parties = mapPacked(ownMentions, (ms) =>
    mapPacked(ms, (m) => partyOf(m, countries, named, placedIn, model)),
  ); // parties named
  const resolver = new ReferenceResolver(
    model,
    countries,
    partyCounts(parties),
    fightCounts(parties, triggers),
    named,
    placedIn,
  ); //                                                                         3b references
  const built = codeSentences(
    views,
    resolver,
    places,
    original,
    clean,
    model,
    dateline,
    options,
    countries[0],
  ); // 3c–3f roles, modality, places
  const events = dedupe(
    withoutLoneMeetings(withoutProtestDemands(withOtherParty(addressProtests(built, model), trace)), model),
  ); // 3g one event per type, actors, place
  if (trace)
    for (const f of furniture)
      trace(`${f.rule} ${JSON.stringify(clean.text.slice(f.start, Math.min(f.end, f.start + 60)))}`);
  return events;
}

const LEAD_SENTENCES = 3;
/** The most words a line that heads an incident with its place and time may have. */
const HEADER_WORDS = 10;

/**
 * A short line that names no one and tells no act ("- Kenscoff (Belot / Furcy) - 13/01, afternoon.",
 * "Delmas, 13 January:"): security briefs head their entries with one, giving the place and the time.
 */
function headerLine(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  triggers: readonly TriggerMatch[],
): boolean {
  if (triggers.length > 0 || mentions.length > 0) return false;
  let words = 0;
  for (const t of tokens) if (t.word && ++words > HEADER_WORDS) return false;
  return true;
}

/** Places of the sentences that can hold events (those with a trigger): the geoparser reads nothing else. */
function findPlaces(
  clean: CleanText,
  sentences: readonly Sentence[],
  tokens: readonly (readonly Token[])[],
  triggers: readonly TriggerMatch[][],
  mentions: readonly ActorMention[][],
  model: Model,
  datelineOf: (sentence: number) => number,
  filed: string | null,
  diagnostics: string[],
  trace?: (message: string) => void,
): PlaceMention[] {
  const chars: string[] = [];
  let at = 0;
  // "• Peshawar, Thu 23 Apr — Police detain…", "GOMA, DR Congo, Jan. 22 (Meridian) — …": a roundup's items
  // each open on a dateline of their own, which says where the item happened, not where a story was filed.
  let datelined = 0;
  for (let i = 0; i < sentences.length && datelined < 2; i++) if (datelineOf(i) > 0) datelined++;
  const items = datelined >= 2;
  // The title says where the story is ("…attack on village near Bandiagara") though it is no sentence.
  const title = titleOf(clean.text);
  if (title) {
    chars.push(" ".repeat(title.start), clean.text.slice(title.start, title.end));
    at = title.end;
  }
  sentences.forEach((s, i) => {
    // The lead sets the scene ("…advance in the southeastern Idlib countryside") even without an event.
    // "The attack took place near Bandiagara": where the sentence before happened.
    // "- Kenscoff (Belot / Furcy) - 13/01, afternoon.": a short line with no one named, heading the
    // incident the next sentence tells, says where it was.
    if (
      triggers[i]!.length === 0 &&
      i >= LEAD_SENTENCES &&
      !((triggers[i - 1]?.length ?? 0) > 0 && PLACE_TOLD_AFTER.test(s.text)) &&
      !((triggers[i + 1]?.length ?? 0) > 0 && headerLine(tokens[i]!, mentions[i]!, triggers[i]!))
    )
      return;
    // A dateline is where the story was filed: no place of the report (its country only breaks ties
    // between namesakes, below).
    const dateline = items ? 0 : datelineOf(i);
    chars.push(" ".repeat(s.start - at + dateline), s.text.slice(dateline));
    at = s.end;
  });
  const body = chars.join("");
  const named = perReport<ActorMention>();
  for (const ms of mentions)
    for (const m of ms)
      if (m.entries.some((e) => e.kind !== "generic" || e.role === "armedRefs")) named.push(m);
  const spans = mapPacked(named, (m) => ({ start: m.start, end: m.end }));
  // Actor names ("Syrian Arab Army", "Hayat Tahrir al-Sham") are kept out before resolution, so that
  // their words ("Arab", "Tahrir") do not pull the report's places towards another country.
  // (So are a state's leaders: "Putin demanded…" is no village called Putin.)
  const nonPlaces = mapPacked(
    named.filter((m) => !m.entries.every((e) => e.kind === "country" && !e.leader)),
    (m) => ({ start: m.start, end: m.end }),
  );
  // (Where the story was filed breaks a tie between namesakes, after the parties' own countries:
  // "TEGUCIGALPA — … in Villanueva" is Honduras' Villanueva.)
  const priors = actorCountries(mentions);
  const result = geoparse(body, model.gazetteer, {
    countries: filed && !priors.includes(filed) ? [...priors, filed] : priors,
    exclude: nonPlaces,
    ...(trace ? { trace } : {}),
  });
  diagnostics.push(...result.diagnostics);
  // "in Port Sudan": a country's name inside a longer place's name is that place's, not an actor's.
  const actorSpans = spans.filter((_, i) => !countryInPlace(named[i]!, result.places));
  return usablePlaces(body, withCapitals(body, result.places, model), actorSpans, model.demonyms).filter(
    (p) => !isDateline(clean.text, p),
  );
}

/**
 * "In the Qatari capital, delegations … resumed talks", "struck the Ukrainian capital": a demonym before
 * "capital" names the country's capital city, in the words "Qatari capital".
 */
function withCapitals(body: string, places: readonly PlaceMention[], model: Model): PlaceMention[] {
  return mapPacked(places, (p) => {
    if (!p.rule.includes("demonym") || !p.country) return p;
    const after = /^\s+capital\b/i.exec(body.slice(p.end, p.end + 10));
    const capital = after ? model.capitalOf(p.country) : null;
    if (!capital) return p;
    const end = p.end + after![0].length;
    return { ...capital, start: p.start, end, text: body.slice(p.start, end), rule: "geo/named-capital" };
  });
}

/**
 * Whether a mention is only a country's name inside a longer place's name ("Port Sudan", "Lake Chad"),
 * or the country a place is given in ("reached Dilling, Sudan, on Sunday").
 */
function countryInPlace(m: ActorMention, places: readonly PlaceMention[], text?: string): boolean {
  return (
    m.entries.every((e) => e.kind === "country") &&
    places.some(
      (p) =>
        (p.start <= m.start && m.end <= p.end && p.end - p.start > m.end - m.start) ||
        // "clashes near Tonga, in Upper Nile": a town of South Sudan that bears a country's name.
        (p.start === m.start &&
          p.end === m.end &&
          p.feature.startsWith("P.") &&
          m.entries.every((e) => e.kind === "country" && !e.demonym && e.cc !== p.country)) ||
        (text !== undefined &&
          m.entries.every((e) => e.kind === "country" && !e.demonym && !e.leader && !e.capital) &&
          p.end < m.start &&
          m.start - p.end <= 2 &&
          /^,\s?$/.test(text.slice(p.end, m.start)) &&
          /^\p{Lu}/u.test(m.text) &&
          m.head === null &&
          !/^['’]/.test(text.slice(m.end, m.end + 1))),
    )
  );
}

/** Countries the named actors belong to, most mentioned first: a prior for the geoparser. */
function actorCountries(mentions: readonly ActorMention[][]): string[] {
  const counts = new Map<string, number>();
  for (const ms of mentions)
    for (const m of ms) {
      const e = m.entries[0];
      const cc = e?.kind === "actor" ? e.actor.country : e?.kind === "country" && !e.capital ? e.cc : null;
      if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
    }
  return mapPacked([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3), ([c]) => c);
}

/** A dateline at the start of a line: "(Nairobi, May 12) –", "Damascus, SANA –", "KYIV, Jan 6 (Reuters) —". */
const DATELINE =
  /^\(?\s*\p{Lu}[\p{L}\p{M}'’ /.-]{1,40},[^-—–()\n]{1,40}\)?\s*(?:\([^)\n]{1,30}\)\s*)?[-—–]\s/u;

/** The length of a dateline that opens a text ("(Nairobi, May 12) – ", "KYIV, Jan 6 (Reuters) — "), or 0. */
function datelineLength(text: string): number {
  // DATELINE and COLON_DATELINE have a comma, DATELINE and AGENCY_DATELINE a dash and a space after it,
  // COLON_DATELINE a colon: a sentence without them (most) is spared their scans.
  const comma = text.includes(",");
  const dash = DASH_SPACE.test(text);
  const mixed = comma && dash ? DATELINE.exec(text) : null;
  const agency = dash && text.includes("(") ? AGENCY_DATELINE.exec(text) : null;
  const length =
    (mixed ??
      agency ??
      UPPER_DATELINE.exec(text) ??
      (comma && text.includes(":") ? COLON_DATELINE.exec(text) : null))?.[0].length ?? 0;
  // "Kenscoff (Belot / Furcy) - 13/01, afternoon.": a place and the day and hour after it head an
  // incident where it happened; a filing place is followed by the story.
  return length > 0 && agency && INCIDENT_TIME.test(text.slice(length)) ? 0 : length;
}

/** A day or an hour right after a place and a dash: "13/01", "approx. 09:30", "night of 12-13/01". */
const INCIDENT_TIME = /^\s*(?:\d{1,2}[/.]\d{1,2}\b|approx|night|morning|afternoon|evening)/i;

/** The dateline length of each sentence, measured when first asked for (the places and the dates both ask). */
function datelines(sentences: readonly Sentence[]): (sentence: number) => number {
  const lengths = new Int32Array(sentences.length).fill(-1);
  return (sentence) => {
    let length = lengths[sentence]!;
    if (length < 0) lengths[sentence] = length = datelineLength(sentences[sentence]!.text);
    return length;
  };
}
// "Raipur, April 22:", "Lagos, 3 March:": a place and a day, then a colon.
const COLON_DATELINE =
  /^\p{Lu}[\p{L}\p{M}'’ .-]{1,30},\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*:\s/iu;
// "Bamako (AFP) -", "Goma (Reuters) —": a place, the agency in brackets, a dash.
const AGENCY_DATELINE = /^\p{Lu}[\p{L}\p{M}'’ .-]{1,30}\s\([\p{L}\p{M}/ .-]{2,30}\)\s*[-—–]\s/u;
/** A dash and a space after it, as DATELINE and AGENCY_DATELINE end. */
const DASH_SPACE = /[-—–]\s/u;
// "PESHAWAR:", "NEW DELHI:": a place in capitals and a colon (South Asian papers).
const UPPER_COLON_DATELINE = /^\p{Lu}[\p{Lu}\p{M}'’ .-]{2,30}:\s/u;
const UPPER_COLON_LINES = new RegExp(UPPER_COLON_DATELINE.source, "gmu");
/**
 * Whether one line only opens with a place in capitals and a colon: a paper's dateline ("PESHAWAR: …"), not
 * the run-in headings of a bulletin's sections ("SOMALIA: … MOZAMBIQUE: …").
 */
function oneColonDateline(text: string): boolean {
  let count = 0;
  UPPER_COLON_LINES.lastIndex = 0;
  while (count < 2 && UPPER_COLON_LINES.exec(text) !== null) count++;
  return count === 1;
}
const UPPER_DATELINE = /^[\p{Lu}\p{M}'’ /.-]{3,40}(?:,[^-—–\n]{0,30})?\s[-—–]\s?/u;

// "SITTWE —", "BAMAKO, Feb 8 (Sahel Wire) –", "MOSCOW/KYIV, Jan 6 —": where the story was filed.
function isDateline(text: string, p: PlaceMention): boolean {
  const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
  if (p.start - lineStart > 40) return false;
  const head = text.slice(lineStart, Math.min(text.length, lineStart + 80));
  // (Only the dateline's own words: "TBILISI — Police arrested two men in Batumi" keeps Batumi.)
  const upper = UPPER_DATELINE.exec(head);
  return (
    (upper !== null && p.end <= lineStart + upper[0].length) ||
    // "(Nairobi, May 12) –", "Damascus, SANA –": a mixed-case dateline, the place first.
    (p.start - lineStart <= 2 && (DATELINE.test(head) || COLON_DATELINE.test(head))) ||
    (p.text === p.text.toUpperCase() && p.text.length > 2 && /^[\s(]*$/.test(text.slice(lineStart, p.start)))
  );
}

/**
 * The country the story was filed from, when its first line's dateline names one ("N'DJAMENA, Chad (AP) —"):
 * weak evidence of the report's country (a Nairobi dateline often tops a story about Somalia).
 */
function filedIn(
  sentences: readonly Sentence[],
  datelineOf: (sentence: number) => number,
  colon: boolean,
  model: Model,
): string | null {
  const first = sentences[0];
  let length = first ? datelineOf(0) : 0;
  let line = first;
  // ("Title\n\nBy our Court Reporter\n\nPESHAWAR: A two-member bench…": a paper's dateline in capitals and a
  // colon, after the title and the byline.)
  for (let i = 0; length === 0 && colon && i < Math.min(sentences.length, LEAD_SENTENCES + 1); i++) {
    length = UPPER_COLON_DATELINE.exec(sentences[i]!.text)?.[0].length ?? 0;
    line = sentences[i];
  }
  if (!line || length === 0) return null;
  const places = geoparse(line.text.slice(0, length), model.gazetteer, {}).places;
  return places[places.length - 1]?.country ?? null;
}

/** The report's countries, most evidence first: its places, the parties and forces named, where it was filed. */
function reportCountries(
  places: readonly PlaceMention[],
  mentions: readonly ActorMention[][],
  model: Model,
  filed: string | null,
): string[] {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.country, (counts.get(p.country) ?? 0) + (p.precision === 3 ? 1 : 2));
  if (filed) counts.set(filed, (counts.get(filed) ?? 0) + 1.5);
  for (const ms of mentions)
    for (const m of ms)
      for (const e of m.entries) {
        const cc = e.kind === "actor" ? e.actor.country : e.kind === "country" && m.head ? e.cc : null;
        if (cc && model.countries.has(cc)) counts.set(cc, (counts.get(cc) ?? 0) + 0.5);
      }
  return mapPacked(
    [...counts.entries()].sort((a, b) => b[1] - a[1]),
    ([c]) => c,
  );
}

/** The countries a report names by a place or by their own names ("Cameroon", "Nigerian"), not by a party's. */
function namedCountries(places: readonly PlaceMention[], mentions: readonly ActorMention[][]): Set<string> {
  const out = new Set(mapPacked(places, (p) => p.country));
  for (const ms of mentions)
    for (const m of ms) for (const e of m.entries) if (e.kind === "country") out.add(e.cc);
  return out;
}

/** The armed party a mention names, as the resolver will read it (a group's local branch in its country). */
function partyOf(
  m: ActorMention,
  countries: readonly string[],
  named: ReadonlySet<string>,
  placedIn: ReadonlySet<string>,
  model: Model,
): string | null {
  const actors = m.entries.filter(
    (e): e is Extract<Entry, { kind: "actor" }> =>
      e.kind === "actor" && ["rebel", "militia", "military"].includes(e.actor.kind),
  );
  const e = byCountryRank(actors, countries) ?? actors[0];
  // ("clashed with local forces" in a report from Afghanistan: read as the resolver reads it.)
  if (e && actors.length === 1 && plainWordsAbroad(m.text, e.actor, countries)) return null;
  if (e && actors.length === 1 && farAcronym(m.text, e.actor, model, countries, named, placedIn)) return null;
  // "Al-Shabaab" in a report from Mozambique is the local group: counted as the resolver will read it.
  const branches = e?.actor.branches;
  if (e) return (countries[0] && branches?.[countries[0]]) || e.actor.id;
  const country = m.entries.find((x) => x.kind === "country");
  if (
    country &&
    country.kind === "country" &&
    m.head !== null &&
    m.head !== "government" &&
    m.head !== "police" &&
    !countrysArmedMen(m) &&
    model.countries.has(country.cc)
  )
    return `${country.cc.toLowerCase()}-mil`;
  // "the army", "troops", "soldiers" with no country named: the report's own state's forces.
  const generic = m.entries[0];
  if (
    countries[0] &&
    m.entries.length === 1 &&
    generic?.kind === "generic" &&
    generic.role === "stateForces" &&
    model.countries.has(countries[0])
  )
    return `${countries[0].toLowerCase()}-mil`;
  return null;
}

/** How often each party is named (`parties`: each sentence's mentions read by partyOf). */
function partyCounts(parties: readonly (readonly (string | null)[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ids of parties) for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * How often each pair of armed parties is named together in a sentence that tells of violence
 * ("Al-Shabaab fighters stormed SNA positions"): who fights whom in this report, read before any
 * sentence is coded, so that a summary at the top already knows the sides.
 */
function fightCounts(
  parties: readonly (readonly (string | null)[])[],
  triggers: readonly TriggerMatch[][],
): Map<string, number> {
  const counts = new Map<string, number>();
  parties.forEach((named, i) => {
    if (!triggers[i]!.some((t) => t.trigger.type === "ASSAULT")) return;
    const ids = [...new Set(named.filter((id) => id !== null))];
    for (let a = 0; a < ids.length; a++)
      for (let b = a + 1; b < ids.length; b++) {
        const key = pairKey(ids[a]!, ids[b]!);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  });
  return counts;
}

/** The places that start in each sentence, in the order of `places` (one search a place, not a scan a sentence). */
function placesBySentence(sentences: readonly Sentence[], places: readonly PlaceMention[]): PlaceMention[][] {
  const out = mapPacked(sentences, (): PlaceMention[] => []);
  for (const p of places) {
    // The last sentence starting at or before the place (sentences are in text order and do not overlap).
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= p.start) lo = mid;
      else hi = mid - 1;
    }
    const s = sentences[lo];
    if (s && p.start >= s.start && p.start < s.end) out[lo]!.push(p);
  }
  return out;
}

function view(
  s: Sentence,
  tokens: SentenceView["tokens"],
  mentions: readonly ActorMention[],
  triggers: readonly TriggerMatch[],
  mine: PlaceMention[],
  model: Model,
): SentenceView {
  return {
    sentence: s,
    tokens,
    mentions,
    actors: [],
    triggers,
    cues: findCues(tokens, model.cuePhrases),
    places: mine,
    placeTokens: mapPacked(mine, (p) => tokenAt(tokens, p.start)),
  };
}

/**
 * Pass 2b, the date each sentence that can hold an event gives (null for the others), read for all of
 * them before any is coded: chrono's patterns then stay in the processor's caches from one sentence to
 * the next (read between two sentences' roles, each call took about three times as long). A sentence
 * whose triggers make no event is read for nothing (a tenth more).
 */
function sentenceDates(
  views: readonly SentenceView[],
  datelineOf: (sentence: number) => number,
  reference: Date | null,
): (EventDate | null)[] {
  let last: EventDate | null = null;
  return mapPacked(views, (v) => {
    if (v.triggers.length === 0) return null;
    // The dateline's day is the filing's, not the event's: "(Nairobi, May 12) – … on March 10".
    const dateline = datelineOf(v.sentence.index);
    const text = v.sentence.text.slice(dateline);
    // "The next day, the kidnappers…": a day counted from the last one told.
    const date = sentenceDate(" ".repeat(dateline) + text, reference) ?? dayAfter(text, last);
    if (date) last = date;
    return date;
  });
}

function codeSentences(
  views: SentenceView[],
  resolver: ReferenceResolver,
  places: readonly PlaceMention[],
  original: string,
  clean: CleanText,
  model: Model,
  datelineOf: (sentence: number) => number,
  options: ExtractOptions,
  /** The report's country, most evidence first (`reportCountries`). */
  home?: string,
): Built[] {
  const built: Built[] = [];
  const opponents = new Map<string, ResolvedActor>();
  // (A report given without its date is dated by its own dateline, not by the day it is coded.)
  const reference = referenceDate(options.published ?? dateOfReport(clean.text));
  const dates = sentenceDates(views, datelineOf, reference);
  // The title's place ("…attack on village near Bandiagara") is where the lead's story is, when the
  // lead names none the gazetteer knows ("the village of Ogossagou Dogon"); the report's area is the body's.
  const firstStart = views[0]?.sentence.start ?? 0;
  const area =
    mainArea(
      places.filter((p) => p.start >= firstStart),
      home,
    ) ?? countryArea(views, model);
  const titlePlace = places.find(
    (p) => p.end <= firstStart && !p.feature.startsWith("A.PCL") && !p.rule.includes("demonym"),
  );
  const titleArea = titlePlace ? toLocation(titlePlace) : null;
  let leadArea = titleArea;
  let previous: Attribution | null = null;
  let bulletin: Attribution | null = null;
  let lastPlace: EventLocation | null = null;
  /** The place of a one-sentence paragraph that the next one answers ("The army said its troops…"). */
  let carried: EventLocation | null = null;
  let earlierPlace: EventLocation | null = null;
  let ledePlace: EventLocation | null = null;
  /** The last town or village this paragraph named ("Fighting flared around Dejen. … the town"). */
  let paragraphTown: EventLocation | null = null;
  /**
   * The last place the report introduced by its kind ("near the village of Yunakivka", "Kerem town"), by
   * that kind, and in which sentence: "the village" a few sentences on, in another paragraph too.
   */
  const introduced = new Map<string, Introduced>();
  // Where each pair of parties was last seen facing each other: a later paragraph's "troops killed 20
  // terrorists", with no place of its own, is the same fight.
  const pairPlaces = new Map<string, EventLocation>();
  let victims: { of: string; who: ResolvedActor; sentence: number } | null = null;
  let lastDate = publicationDate(reference);
  const published = lastDate?.start ?? null;
  let protestAt = -1;
  const headings = sectionHeadings(clean.text, model);
  let heading = 0;
  for (const v of views) {
    while (heading < headings.length && headings[heading]!.at <= v.sentence.start)
      resolver.enterSection(headings[heading++]!.cc);
    // ("UNRWA, the U.N. agency for Palestinian refugees, … urged Israel": the people a title names are no party.)
    v.actors = resolver
      .resolveSentence(v.mentions, v.sentence.index, v.tokens, v.places)
      .filter((a) => a.actor.kind !== "civilians" || !inTitle(v.tokens, a.mention.first));
    if (startsParagraph(clean.text, v.sentence, views)) {
      carried =
        continuesStory(clean.text, v, views) || placelessFollowUp(clean.text, v, views) ? lastPlace : null;
      lastPlace = null;
      paragraphTown = null;
      if (v.sentence.index > 0) leadArea = null;
      // "- Kenscoff (Belot / Furcy) - 13/01, afternoon." heading an incident: its events are there.
      if (placeHeader(v)) lastPlace = toLocation(v.places[0]!);
    }
    // "Youths from the community", "the village was attacked again": the settlement the report opened on.
    // ("Fighting also flared around Dejen. The AFNF said its fighters attacked positions on the edge of
    // the town": the town the paragraph named, before the one the report opened on.)
    const anaphor: RegExpExecArray | null = lastPlace ? null : SETTLEMENT_ANAPHOR.exec(v.sentence.text);
    if (anaphor) {
      const named: Introduced | undefined = anaphor[1] ? introduced.get(anaphor[1].toLowerCase()) : undefined;
      const introducedPlace: EventLocation | null =
        named && v.sentence.index - named.sentence <= INTRODUCED_WITHIN ? named.place : null;
      lastPlace = introducedPlace ?? paragraphTown ?? ledePlace ?? titleArea ?? earlierPlace;
    }
    // "In the same area, 31 fighters surrendered": the place of the paragraph before.
    if (!lastPlace && SAME_AREA.test(v.sentence.text)) lastPlace = earlierPlace ?? titleArea;
    lastPlace ??= carried;
    carried = null;
    const town = v.places.find((p) => p.feature.startsWith("P.") && p.precision <= 2);
    if (town) paragraphTown = toLocation(town);
    for (const p of v.places) {
      const kind = kindIntroduced(clean.text, p);
      if (kind) introduced.set(kind, { place: toLocation(p), sentence: v.sentence.index });
    }
    const own = attribution(v, model.neutralSources, previous);
    if (v.sentence.index < 3 && !bulletin)
      bulletin = bulletinSource(v, own, clean.text, resolver.ownForces(), built.length === 0);
    // A news story that quotes one party's bulletin and then the other side's ("Russia's Defence Ministry
    // said…") is no longer that bulletin: sentences with no source of their own are the story's.
    else if (
      bulletin?.speaker &&
      own?.speaker &&
      !own.speaker.rule.startsWith("ref/") &&
      isParty(own.speaker.actor) &&
      !sameSide(own.speaker.actor, bulletin.speaker.actor) &&
      !model.allied(own.speaker.actor.id, bulletin.speaker.actor.id)
    )
      bulletin = null;
    // A party's bulletin ("the General Staff said in its morning update"): what it lists is its claim.
    // "arrested four individuals suspected of…" hedges the people, not the bulletin's word.
    const said =
      (own && bulletin && isPersonHedge(own) ? null : own) ??
      (bulletin ? { ...bulletin, at: 0, rule: `${bulletin.rule}:bulletin` } : null);
    previous = own ?? (v.triggers.length > 0 ? null : previous);
    if (PLACE_TOLD_AFTER.test(v.sentence.text)) placeToldAfter(built, v);
    if (v.triggers.length === 0) continue;
    // What BACKGROUND and IN_YEAR need, read once for the sentence and the clauses of its candidates
    // (a clause is a piece of the sentence): most sentences are spared their scans.
    const mayBeBackground = BACKGROUND_NEEDS.test(v.sentence.text);
    const namesYear = YEAR.test(v.sentence.text);
    if (mayBeBackground && background(v.sentence.text)) continue;
    // "Expect further JNIM pressure on supply routes…": an analyst's forecast in the imperative tells no act
    // (an outlook's other sentences may: "reinforcements arrived in Jowhar on 15 March").
    if (FORECAST.test(v.sentence.text)) continue;
    if (
      ((mayBeBackground && TALLY.test(v.sentence.text)) || WAR_TALLY.test(v.sentence.text)) &&
      !v.triggers.some((t) => VERBAL_TYPES.has(t.trigger.type))
    )
      continue;
    // "In March 2020, Boko Haram killed nearly 100 soldiers at Bohoma, prompting a large offensive": a
    // sentence opened by a year long gone is history, every clause of it.
    const opening = namesYear ? OPENING_YEAR.exec(v.sentence.text) : null;
    if (opening && yearsBefore(opening[0], reference)) continue;
    const candidates = bothSidesApart(
      v,
      withoutGuessedBeside(
        assignRoles(v, {
          // "Armed men killed 20 villagers … they opened fire on everyone": the gunmen's next act with no
          // one named is on the same people, not on an armed group the report names later.
          opponentOf: (a) =>
            (victims?.of === a.actor.id && v.sentence.index - victims.sentence <= 2 ? victims.who : null) ??
            opponents.get(a.actor.id) ??
            adversary(resolver, a),
          recentActor: () => resolver.recentActor1(v.sentence.index),
          recentAuthor: () => resolver.recentActor1(v.sentence.index, 3),
          recentAttacker: (window = 2) => resolver.recentAttacker(v.sentence.index, window),
          recentRemoteAttacker: (window) => resolver.recentRemoteAttacker(v.sentence.index, window),
          recentCapture: (window) => resolver.recentCapture(v.sentence.index, window),
          captorOf: (captive) => resolver.captorOf(captive),
          attackerOf: (target) => resolver.attackerOf(target),
          selfStyled: (cc) => resolver.selfStyled(cc),
          recentAssault: (window) => resolver.recentAssault(v.sentence.index, window),
          sameSide: (a, b) => sameSide(a, b) || model.allied(a.id, b.id),
          forcesOf: (cc) => model.stateOf(cc, "military"),
          policeOf: (cc) => model.stateOf(cc, "police"),
          governmentOf: (cc) => model.stateOf(cc, "government"),
          capitalOf: (cc) => model.capitalOf(cc),
          governing: (national) => resolver.governing(v.sentence.index, national),
          listAuthor: () => resolver.listAuthor(v.sentence.index),
          policing: () => resolver.policing(v.sentence.index),
          soldiering: () => resolver.soldiering(v.sentence.index),
          militaryOf: (word) => {
            const cc = model.countryByDemonym.get(word);
            return cc ? model.stateOf(cc, "military") : null;
          },
          weaponOwner: (from, to) => signatureOwner(model, v.tokens, v.places, from, to, resolver.home),
        }),
      ),
    );
    if (candidates.length === 0) continue;
    const date = dates[v.sentence.index] ?? lastDate;
    const dateBefore = lastDate;
    // A day still to come ("will hand over two bodies on Thursday") dates no later sentence's event.
    if (!date || !published || date.start <= published) lastDate = date;
    const fatalities = fatalitiesIn(v.sentence.text);
    // What the sentence says of its events, read once for all its candidates.
    const claimedAttack = CLAIMED_ATTACK.test(v.sentence.text) && !NO_CLAIM.test(v.sentence.text);
    // "claimed responsibility for the Mir Ali attack": the places the claim names, read once.
    const claimedAt = claimedAttack ? claimedPlaces(v) : [];
    const conditions = conditionSpans(v.sentence.text, v.sentence.start);
    // A clause is a piece of the sentence between commas or semicolons (never word characters), and
    // ONGOING has no anchor or lookaround: what it finds in a clause it finds in the sentence.
    const ongoing = ONGOING.test(v.sentence.text);
    // "The conflict in Amhara began in August 2023, after … Fano briefly seized parts of Gondar": a
    // sentence its own words date a year or more before the report tells its history, not its news.
    // (Only a sentence that names the year: a bare "April 16" may be read in the wrong year.)
    const history =
      namesYear &&
      date &&
      published &&
      dates[v.sentence.index] &&
      daysBefore(date.end, published) > HISTORY_DAYS
        ? YEAR.exec(v.sentence.text)!.index + v.sentence.start
        : -1;
    for (const raw of candidates) {
      const c = riotOf(raw);
      // (An act told before the year, unless "since" opens the clause the year is in: "blamed the ENDF,
      // which has used drones since the conflict began in August 2023" is news.)
      const at = v.tokens[c.match.first]!.start;
      if (history >= 0 && (at > history || !/\bsince\b/i.test(clean.text.slice(at, history)))) continue;
      // "… will intensify air strikes on Sanaa if Houthi attacks continue": the condition is no event.
      if (conditions.some(([from, to]) => from <= at && at < to)) continue;
      // "Rwandan troops, deployed in Cabo Delgado since 2021 to help Mozambican forces, clashed…": the
      // clause of background between commas is no event; the rest of the sentence may be.
      const clause = clauseAround(clean.text, v.sentence, at);
      if (
        (mayBeBackground && BACKGROUND.test(clause)) ||
        // ("Residents have been holding a sit-in at the dam since 8 January": a protest going on is told.)
        (ongoing && c.type !== "PROTEST" && ONGOING.test(clause) && !saidAgain(c.type, clause)) ||
        (namesYear && yearsBefore(accusedOf(c.type, clause, clean.text, at), reference)) ||
        (namesYear &&
          pastYearOf(v.tokens, c.match.first, clean.text.slice(v.sentence.start, at), reference)) ||
        pastAccord(v.sentence.text, at - v.sentence.start, reference)
      )
        continue;
      // "Egypt is to host Israeli and Hamas delegations … for indirect talks": the talks are the host's
      // meetings with each, not a third between the guests.
      if (c.type === "CONSULT" && c.actor2 && guestsOfHost(candidates, c)) continue;
      // "targeted a Hamas terrorist planning an imminent attack": a target's alleged plot, not a planned attack
      // ("Hamas is planning an attack" is one).
      if (c.type === "ASSAULT" && (plotOfTarget(v.tokens, c.match.first) || namedAs(v.tokens, c.match.first)))
        continue;
      // "the numbers do not agree", "accounts differ": figures that agree or not are no parties.
      if (c.type === "AGREE" && dataSubject(v.tokens, c.match.first)) continue;
      // "ISSP fighters clashed with the MSA … Both sides claimed heavy losses": the same fight, told again.
      if (
        c.type === "ASSAULT" &&
        c.actor1.rule === "ref/pronoun:both" &&
        c.actor2 &&
        resolver.foughtLately(c.actor1.actor, c.actor2.actor, v.sentence.index)
      )
        continue;
      const modality = modalityOf(c, said, model.allied, published).modality;
      const negated = modality === "negated";
      // An act only planned or feared is no attack a later "condemned the killings" can mean.
      const undone = modality === "planned" || modality === "hypothetical";
      // "the Houthis have not attacked ships since the ceasefire": a state of affairs, not an event.
      if (negated && STATE_OF_AFFAIRS.test(v.sentence.text)) continue;
      // "seized the headquarters in Ann Township … after two weeks of fighting": the fighting that
      // inherits the seizure's actors happened where the seizure did.
      const lead = c.rule.endsWith(":inherited")
        ? candidates.find(
            (o) => o !== c && !o.rule.endsWith(":inherited") && o.actor1.actor.id === c.actor1.actor.id,
          )
        : undefined;
      // ("suspended mobile internet in Imphal West, Imphal East, Bishnupur and Thoubal districts": one
      // order over the places it lists, told once where it begins.)
      // (Towns far apart stay apart: "curfews in Kaduna and Kano".)
      const decree =
        c.type === "COERCE" && (c.mode === "curfew" || c.rule.startsWith("coerce/restrict:siege"));
      const listed = lead
        ? placesOf(lead).slice(0, 1)
        : decree
          ? placesOf(c).filter((p, k, all) => all.slice(0, k).every((q) => kmBetween(p, q) > DECREE_AREA_KM))
          : placesOf(c);
      for (const place of listed.length > 0 ? listed : [null]) {
        const pair = c.actor2 ? pairKey(c.actor1.actor.id, c.actor2.actor.id) : null;
        const buildContext: BuildContext = {
          original,
          clean,
          area: leadArea ?? area ?? titleArea,
          lastPlace: lastPlace ?? (pair ? pairPlaces.get(pair) : undefined) ?? null,
          date,
          dateBefore,
          published,
          fatalities,
          trace: options.trace,
          actorsById: model.actorsById,
          capitalOf: model.capitalOf,
          seatOf: model.seatOf,
          home: resolver.home,
          allied: model.allied,
          protestAt,
        };
        const b = build(c, said, place, buildContext);
        // "The police attributed the attack to X", "X claimed responsibility for the attack": the
        // unclaimed attack told just before was X's, as someone says (or as X claims).
        const claim = claimedAttack && c.match.trigger.type === "ASSAULT";
        // "A drone strike hit the market in Kabkabiya … The SAF said it had targeted RSF fighters in the
        // town": a party owning a strike right after an unclaimed one is its author, and its own account
        // of the target stays an event beside it.
        const owned =
          !claim &&
          b.event.type === "ASSAULT" &&
          b.event.modality === "claimed" &&
          OWNED_STRIKE.test(v.sentence.text);
        const earlier =
          c.rule.includes(":attributed") || c.rule.includes(":blamed") || claim || owned
            ? // "shells struck the camp, according to camp coordinators, who attributed the shelling to
              // RSF positions": the attribution may come in the same sentence as the act.
              sameTypeBefore(built, b.event, owned ? 1 : 3, c.rule.includes(":attributed")).filter(
                (k) =>
                  unclaimed(built[k]!.event) &&
                  (!claim || claimedThere(claimedAt, built[k]!.event)) &&
                  // (A strike that killed the party's own members is not the party's.)
                  built[k]!.event.actor2?.id !== b.event.actor1?.id &&
                  // ("A missile hit a residential building in Dnipro … Ukraine's General Staff said its
                  // forces struck an oil depot in Bryansk": a party owns the strike at its own place only.)
                  (!owned || b.fallbackPlace || samePlaceTold(built[k]!.event, b.event)),
              )
            : [];
        // "At least nine people were killed when a drone struck a minibus … Residents blamed the federal
        // army": the unclaimed attack told just before is the blamed party's, as they say.
        if (earlier.length === 0 && blameOf(c, b.event)) {
          const blamed = sameTypeBefore(built, { ...b.event, type: "ASSAULT" }, 4).filter(
            (k) => unclaimed(built[k]!.event) && built[k]!.event.modality !== "negated",
          );
          // (The lead that told the same strike further back, on the same victims, is the same act.)
          const act = blamed.length > 0 ? built[blamed[0]!]!.event : null;
          if (act?.mode)
            built.forEach((o, k) => {
              const e = o.event;
              if (
                k < blamed[0]! &&
                e.type === "ASSAULT" &&
                e.actor1?.id === UNIDENTIFIED.id &&
                e.mode === act.mode &&
                e.actor2?.id === act.actor2?.id
              )
                blamed.push(k);
            });
          for (const k of blamed) {
            const e = built[k]!.event;
            built[k] = {
              ...built[k]!,
              event: {
                ...e,
                actor1: b.event.actor2,
                actor2: e.actor2?.id === b.event.actor2?.id ? null : e.actor2,
                modality: e.modality === "asserted" ? "reported" : e.modality,
                rule: `${e.rule}+blamed`,
              },
            };
          }
        }
        if (earlier.length > 0) {
          for (const k of earlier) {
            const e = built[k]!.event;
            built[k] = {
              ...built[k]!,
              event: {
                ...e,
                actor1: b.event.actor1,
                // A side guessed for an unknown author is no longer a guess worth keeping.
                actor2: e.rule.includes(":opponent") || e.actor2?.id === b.event.actor1?.id ? null : e.actor2,
                modality: e.modality === "asserted" ? (claim ? "claimed" : "reported") : e.modality,
                rule: `${e.rule}+${claim ? "claimed" : owned ? "owned" : "attributed"}`,
              },
            };
          }
          if (!owned) continue;
        }
        // "ADF fighters attacked the village … The Islamic State group claimed the attack": the attack
        // told just before, already with its author, not another one.
        // "… claimed responsibility for the Mir Ali attack": the attack told there, however far back.
        if (
          claim &&
          claimedNoun(v, c) &&
          (sameTypeBefore(built, b.event).length > 0 ||
            (claimedAt.length > 0 &&
              built.some((o) => o.event.type === "ASSAULT" && claimedThere(claimedAt, o.event))))
        )
          continue;
        // "Al-Shabaab claimed responsibility through its news agency": a claim that names no attack of
        // its own is only the claim of the one told before (given its author above), never an event.
        if (c.match.trigger.id === "assault/none:claim") continue;
        built.push(b);
        if (b.event.type === "PROTEST") protestAt = v.sentence.index;
        // "Police fired tear gas to disperse hundreds of supporters who had gathered on the avenue": a
        // crowd dispersed had gathered in protest, an event of its own unless told just before.
        const dispersed = dispersedProtest(c, protestAt, v.sentence.index);
        if (dispersed) {
          built.push(build(dispersed, said, place, { ...buildContext, protestAt }));
          protestAt = v.sentence.index;
        }
        const threat = announcedThreat(b, said, model);
        if (threat) built.push(threat);
        // (A statement placed where its government sits moves the story nowhere.)
        if (!b.fallbackPlace && !b.seatPlace && b.event.location && place === listed[0])
          lastPlace = earlierPlace = b.event.location;
        if (pair && !b.fallbackPlace && b.event.location) pairPlaces.set(pair, b.event.location);
        if (!ledePlace && !b.fallbackPlace && b.event.location?.precision === 1) ledePlace = b.event.location;
      }
      // A denied act has no author to refer back to ("It denied its jets struck the camp" … "condemned the attacks").
      // "Ukrainian forces downed 74 drones. A drone struck a building in Kharkiv": after an interception
      // the last attacker is the one whose drones were downed, not the one who downed them.
      // ("Mobile internet was cut in Kungrad. … Police pushed them away": an author no one named is no one
      // "they" or "them" can refer to.)
      if (!negated && c.actor1.rule !== "actor/governing")
        resolver.noteActor1(
          c.flavour === "intercept" && c.actor2
            ? c.actor2
            : // ("Youths hurled bricks at police … The minister condemned the violence": the rioters.)
              c.type === "PROTEST" && c.actor1.actor.kind === "civilians"
              ? { ...c.actor1, actor: PROTESTERS }
              : c.actor1,
          v.sentence.index,
          undone ? null : c.type,
          // ("most of the missiles had been intercepted", no launcher named: the interceptor launched nothing.)
          c.flavour === "intercept" ? c.actor2 !== null : REMOTE_MODES.has(c.mode ?? ""),
          c.flavour === "intercept" ? null : c.actor2,
        );
      // An abduction or an arrest: whom "the hostages", "those detained" were released by later.
      if (
        ((c.type === "ASSAULT" && c.mode === "abduct") || (c.type === "COERCE" && c.mode === "arrest")) &&
        c.actor2 &&
        !negated
      )
        resolver.noteCapture(c.actor1, c.actor2, v.sentence.index);
      if (
        c.actor2 &&
        !undone &&
        fights(c.actor1.actor) &&
        fights(c.actor2.actor) &&
        !sameSide(c.actor1.actor, c.actor2.actor)
      ) {
        opponents.set(c.actor1.actor.id, c.actor2);
        opponents.set(c.actor2.actor.id, c.actor1);
        if (!negated) resolver.noteSides(c.actor1.actor, c.actor2.actor, v.sentence.index);
      } else if (
        // "Presidents Japarov and Rahmon held a telephone conversation … The two leaders agreed": the two
        // states that talked are the two sides.
        c.type === "CONSULT" &&
        c.actor2 &&
        !negated &&
        c.actor1.actor.kind === "government" &&
        c.actor2.actor.kind === "government" &&
        c.actor1.actor.country !== c.actor2.actor.country
      ) {
        resolver.noteSides(c.actor1.actor, c.actor2.actor, v.sentence.index);
      } else if (
        c.type === "ASSAULT" &&
        c.actor2?.actor.kind === "civilians" &&
        c.actor1.actor.kind === "unidentified" &&
        !negated
      )
        victims = { of: c.actor1.actor.id, who: c.actor2, sentence: v.sentence.index };
    }
  }
  return withAnswered(
    withAccusedAsked(
      withStrikeAuthors(
        withoutWarnings(
          withDenials(
            withCasualtiesAfter(
              withJointPartners(withCrowdsProtesting(built, model.actorsById)),
              views,
              original,
            ),
            views,
            original,
            clean,
            model,
          ),
        ),
        model.actorsById,
        model.allied,
      ),
    ),
  );
}

/**
 * "The FADM and Rwandan troops launched a joint operation": one act of two partners, the one named first
 * cooperating with the other, not two acts with no partner.
 */
function withJointPartners(built: Built[]): Built[] {
  const alone = (b: Built): boolean => b.event.type === "COOPERATE" && b.event.actor2 === null;
  const lone = built.filter(alone).length;
  if (lone === 0) return built;
  if (lone === 1) return built.filter((b) => !alone(b));
  const merged = new Set<Built>();
  const out = mapPacked(built, (b) => {
    if (!alone(b) || merged.has(b)) return b;
    const partner = built.find(
      (o) =>
        o !== b &&
        alone(o) &&
        !merged.has(o) &&
        o.event.evidence.sentence === b.event.evidence.sentence &&
        o.event.actor1 !== null &&
        o.event.actor1.id !== b.event.actor1?.id,
    );
    if (!partner) return b;
    merged.add(partner);
    // The partner named first in the sentence leads.
    const at = (o: Built): number => o.event.evidence.text.indexOf(o.event.actor1?.text ?? "");
    const [lead, other] = at(partner) >= 0 && at(partner) < at(b) ? [partner, b] : [b, partner];
    return {
      ...lead,
      event: { ...lead.event, actor2: other.event.actor1, rule: `${lead.event.rule}:partners` },
    };
  });
  // (The partner that went into an earlier act is dropped: the earlier one found it after itself.)
  // ("China's Eastern Theater Command launched a joint exercise": a cooperation with no partner is one
  // side's drill, no event between two.)
  return out.filter((b) => !merged.has(b) && !alone(b));
}

/** What is said of people killed or hurt, right after them ("were killed", "had been wounded", "dead"). */
const LOSS_AUX = /^(?:were|was|had|have|been|are|being)$/;
const LOSS = /^(?:killed|injured|wounded|hurt|dead)$/;

/**
 * The civilians a sentence counts as killed or hurt ("four civilians, including a boy, were killed",
 * "reported two people injured"): a mention the dictionary reads as civilians, with its loss after it.
 */
function civilianLosses(v: SentenceView): ActorMention | undefined {
  return v.mentions.find((m) => {
    if (!m.entries.every((e) => e.kind === "generic" && e.role === "civilians")) return false;
    let k = m.last;
    // (", including three children,": an aside on who they were.)
    if (v.tokens[k]?.key === "," && v.tokens[k + 1]?.key === "including") {
      const close = v.tokens.findIndex((t, j) => j > k + 1 && j <= k + 10 && t.key === ",");
      if (close < 0) return false;
      k = close + 1;
    }
    while (LOSS_AUX.test(v.tokens[k]?.key ?? "")) k++;
    return LOSS.test(v.tokens[k]?.key ?? "");
  });
}
/** A strike's military target: "a government checkpoint", "a missile storage site". */
const MILITARY_TARGET =
  /\b(?:checkpoints?|bases?|positions?|sites?|depots?|barracks|garrisons?|posts?|outposts?|convoys?|airfields?|airbases?|ammunition|arms|weapons|launchers?|command (?:centre|center|post)|headquarters|camps?|trenches|fortifications?|bunkers?)\b/i;
/** Fighters a sentence counts as lost: then its dead are not only civilians. */
const FIGHTER_LOSSES =
  /\b(?:soldiers?|troops|servicemen|fighters|militants|officers|policemen|gunmen|insurgents|personnel)\b/i;

/**
 * "Russian aircraft dropped six guided bombs on Zaporizhzhia. … four civilians were killed and 23 injured":
 * a strike whose target the sentence did not name (none, or only the side its author was last seen
 * fighting) is on the civilians the next sentence of its paragraph counts as its dead and wounded, when
 * that sentence tells of no attack of its own and of no fighters lost, and the strike of no military
 * target ("struck a missile storage site").
 */
function withCasualtiesAfter(built: Built[], views: readonly SentenceView[], text: string): Built[] {
  return mapPacked(built, (b) => {
    const e = b.event;
    if (
      e.type !== "ASSAULT" ||
      (e.actor2 !== null && !e.rule.includes(":opponent")) ||
      e.mode === "abduct" ||
      (e.modality !== "asserted" && e.modality !== "reported" && e.modality !== "claimed")
    )
      return b;
    const next = views[e.evidence.sentence + 1];
    if (!next || startsParagraph(text, next.sentence, views)) return b;
    const counted = civilianLosses(next);
    if (!counted || FIGHTER_LOSSES.test(next.sentence.text) || MILITARY_TARGET.test(e.evidence.text))
      return b;
    if (built.some((o) => o.event.evidence.sentence === next.sentence.index && o.event.type === "ASSAULT"))
      return b;
    return {
      ...b,
      event: {
        ...e,
        actor2: { id: CIVILIANS.id, name: CIVILIANS.name, text: counted.text },
        rule: `${e.rule}:casualties-after`,
      },
    };
  });
}

/** "rejected the accusation", "dismissed the allegations": a denial of what was charged just before. */
const REFUSED_CHARGE =
  /\b(?:rejected|rejects|denied|denies|dismissed|dismisses)\s+(?:the|this|that|these|those|such|all|any)\s+(?:accusations?|allegations?|charges?|claims?)\b/i;

/** "rejected the request", "turned down the demand": a refusal of what was asked just before. */
const REFUSED_ASKING =
  /\b(?:rejected|rejects|refused|refuses|dismissed|dismisses|turned down|turns down)\s+(?:the|this|that|these|those|such)\s+(?:requests?|demands?|calls?|appeals?|ultimatum)\b/i;

/**
 * What a refusal answers: the words that tell it, the act refused, the rule's suffix, whether the act of
 * the sentence before counts when none was made of the refuser, and whether a party the roles named
 * stands (an accusation's answer replaces only a guessed one).
 */
const ANSWERED: readonly {
  readonly words: RegExp;
  readonly type: string;
  readonly suffix: string;
  readonly justBefore: boolean;
  readonly overNamed: boolean;
}[] = [
  { words: REFUSED_ASKING, type: "REQUEST", suffix: ":requester", justBefore: true, overNamed: true },
  { words: REFUSED_CHARGE, type: "ACCUSE", suffix: ":accuser", justBefore: false, overNamed: false },
];

/**
 * "The Humanitarian Coordinator called on the RSF to let the convoy proceed … the RSF rejected the
 * request", "The SSA accused Radaa of the killing … Radaa rejected the accusation": the one refused is the
 * one who asked or accused: the latest such act aimed at the refuser in the five sentences before (for a
 * request, else the latest of the sentence before).
 */
function withAnswered(built: Built[]): Built[] {
  return mapPacked(built, (b, i) => {
    const e = b.event;
    if (e.type !== "REJECT" || !e.actor1) return b;
    const kind = ANSWERED.find((k) => k.words.test(e.evidence.text));
    if (!kind) return b;
    if (
      !kind.overNamed &&
      e.actor2 !== null &&
      !e.rule.includes(":last-author") &&
      !e.rule.includes(":opponent")
    )
      return b;
    const acts = built
      .slice(0, i)
      .filter(
        (o) => o.event.type === kind.type && o.event.actor1 !== null && o.event.actor1.id !== e.actor1?.id,
      );
    const at = e.evidence.sentence;
    const answered =
      acts.findLast((o) => o.event.actor2?.id === e.actor1?.id && at - o.event.evidence.sentence <= 5) ??
      (kind.justBefore ? acts.findLast((o) => at - o.event.evidence.sentence <= 1) : undefined);
    const by = answered?.event.actor1;
    if (!by || by.id === e.actor2?.id) return b;
    return { ...b, event: { ...e, actor2: by, rule: `${e.rule}${kind.suffix}` } };
  });
}

/**
 * "Armenian officials warned that Azerbaijan could attack Armenian territory": a warning about what the
 * other side may do is no threat by the one who warns (a threat is of one's own act: "warned that Beirut
 * would be treated like Metula").
 */
const WARNED_COULD = /\bwarn(?:ed|s|ing)? that\b[^,;]{0,60}?\b(?:could|might|may|would likely)\b/i;
const COULD_WARNED = /\b(?:could|might|may)\b[^;]{0,200}?,[^,;]{0,80}\bwarn(?:ed|s)\W*$/i;

// What a condemnation names, and the modes of attack each word stands for.
// (A third member names another type of act than an attack: "condemned the internet suspension".)
const CONDEMNED_KINDS: readonly [RegExp, ReadonlySet<string>, string?][] = [
  [
    /\b(?:suspension|shutdown|blackout)\b|\bcurfews?\b|\bbans?\b|\brestrictions\b|\barrests?\b|\bdetentions?\b/i,
    new Set(["*"]),
    "COERCE",
  ],
  [/\bshelling\b|\bbombardments?\b/i, new Set(["heavy-weapons"])],
  [/\bair ?strikes?\b|\bair raids?\b|\bbombings?\b/i, new Set(["aerial", "drone"])],
  [/\bdrone (?:strikes?|attacks?)\b/i, new Set(["drone"])],
  [/\bstrikes?\b/i, new Set(["aerial", "drone", "heavy-weapons"])],
  // "Opposition leaders condemned the shootings" after police fired on protesters and men in unmarked cars
  // abducted organisers: the last to shoot.
  [/\bshootings?\b/i, new Set(["firearms"])],
  [/\bbeatings?\b|\blynchings?\b/i, new Set(["beat", "primitive"])],
  // "condemned the attack as barbaric", "the killings": the latest attack of any kind.
  [
    /\battacks?\b|\bkillings?\b|\bmassacres?\b|\bambush(?:es)?\b|\braids?\b|\buse of (?:force|live|lethal|excessive)\b|\bcrackdown\b/i,
    new Set(["*"]),
  ],
  // "Iran condemned the sanctions", "condemned the seizure", "the transfers", "the drills": the latest act
  // of that kind.
  [/\bsanctions\b/i, new Set(["*"]), "SANCTION"],
  [/\bseizures?\b|\bconfiscations?\b/i, new Set(["seize"]), "COERCE"],
  [/\btransfers?\b|\bdeportations?\b|\bexpulsions?\b/i, new Set(["deport"]), "COERCE"],
  [/\bdrills\b|\bmanoeuvres\b|\bmaneuvers\b|\bbuild-?up\b/i, new Set(["*"]), "MOBILIZE"],
];

/** A non-state armed group (not civilians, protesters or an unnamed attacker). */
function armedGroup(actor: ActorData | undefined): boolean {
  return actor !== undefined && isNonState(actor) && actor.kind !== "unidentified";
}

/** A response to an attack: "launched a counter-offensive", "repelled the assault", "retaliated". */
const RESPONSE = /\bcounter-?(?:offensive|attack)s?\b|\brepel(?:led|s)?\b|\bretaliat|\bpursu(?:ed|it)\b/i;

/** People accused of something ("accused them of supporting", "accusing him of spying"). */
const ACCUSED_OF_SOMETHING =
  /\baccus(?:ed|es|ing|e)\s+(?:them|him|her|the\s+(?:men|youths|suspects|detainees))\s+of\b/i;

/**
 * "The UN condemned the strike": the accused is the author of the latest strike told, not of whatever
 * was told last (a helicopter the other side shot down since).
 */
function withStrikeAuthors(
  built: Built[],
  actorsById: ReadonlyMap<string, ActorData>,
  allied: (a: string, b: string) => boolean,
): Built[] {
  return mapPacked(built, (b, i) => {
    const e = b.event;
    // ("Governor Lawal condemned the attack" after the police deployed: no author found yet, still the attack's.)
    // ("condemned the use of force against peaceful protesters": those it was used on are no accused.)
    // ("detained about 20 young men … and accused them of supporting the PDF": those accused are charged
    // with something, no victims of an attack.)
    const victims =
      e.actor2 !== null &&
      (e.actor2.id === CIVILIANS.id || e.actor2.id === PROTESTERS.id) &&
      !ACCUSED_OF_SOMETHING.test(e.evidence.text);
    if (
      (e.type !== "ACCUSE" && e.type !== "REJECT") ||
      (!e.rule.includes(":last-author") &&
        // ("the Humanitarian Coordinator condemned the attack near Ouallam": a foe guessed for the speaker
        // gives way to the attack's author.)
        !(e.rule.endsWith(":opponent") && e.type === "ACCUSE") &&
        e.actor2 !== null &&
        !(victims && e.type === "ACCUSE"))
    )
      return b;
    const kind = CONDEMNED_KINDS.find(([words]) => words.test(e.evidence.text));
    if (!kind) return b;
    const [, modes, type = "ASSAULT"] = kind;
    const authored = (o: Built): boolean =>
      o.event.type === type &&
      // An act not done (denied, planned, feared) is none to condemn.
      o.event.modality !== "negated" &&
      o.event.modality !== "planned" &&
      o.event.modality !== "hypothetical" &&
      (modes.has("*") || modes.has(o.event.mode ?? "")) &&
      !o.event.rule.includes("intercept") &&
      o.event.actor1 !== null &&
      o.event.actor1.id !== e.actor1?.id &&
      // A state condemns no attack of its own forces: "the state governor condemned the attack".
      (stateCountry(o.event.actor1.id) === null ||
        stateCountry(o.event.actor1.id) !== stateOrRegionCountry(e.actor1?.id ?? "")) &&
      // (Nor an ally's: the NUG condemning "the monastery bombing" means the junta's, not its PDF's drones.)
      !allied(o.event.actor1.id, e.actor1?.id ?? "") &&
      // Nor a state's operation against armed groups: "the Prime Minister condemned the attacks" after the
      // police and a foreign mission fought the gangs means the gangs' attacks.
      !(
        stateOrRegionCountry(e.actor1?.id ?? "") !== null &&
        o.event.actor2 !== null &&
        armedGroup(actorsById.get(o.event.actor2.id))
      );
    // "condemned the attack" after "gangs attacked the town … police launched a counter-offensive": the
    // attack the response answered, not the response.
    const earlier = built.slice(0, i).filter(authored);
    // ("Egypt condemned the strikes" after Israeli air strikes and rockets fired since: the act told by
    // the word the condemnation uses, when one was; "the attack" stays the latest attack.)
    const words = kind[0];
    let strike =
      (modes.has("*") ? undefined : earlier.findLast((o) => words.test(o.event.evidence.text))) ??
      earlier[earlier.length - 1];
    // (Nor a clash between armed parties told since: "FARDC soldiers clashed with CODECO fighters".)
    const response = (o: Built): boolean =>
      RESPONSE.test(o.event.evidence.text) || o.event.rule.includes(":clash");
    if (strike && response(strike)) {
      const answered = earlier.findLast((o) => !response(o));
      if (answered) strike = answered;
    }
    // ("Air strikes killed 19 civilians in Budalin and Myinmu … a junta fighter jet bombed a monastery in
    // Budalin … the NUG condemned the Budalin strike"): an unnamed author gives way to a named one of a
    // strike at the place the condemnation names.
    const named = (o: Built): boolean =>
      o.event.location !== null && e.evidence.text.includes(o.event.location.name);
    if (strike && strike.event.actor1?.id === UNIDENTIFIED.id)
      strike = earlier.findLast((o) => named(o) && o.event.actor1?.id !== UNIDENTIFIED.id) ?? strike;
    // ("condemned the attack near Ouallam": the attack at the place the condemnation names; a foe guessed
    // for the speaker gives way only to that.)
    const atPlace = /\b(?:near|in|at|on)\s+\p{Lu}/u.test(e.evidence.text)
      ? earlier.findLast(named)
      : undefined;
    if (atPlace) strike = atPlace;
    // ("The RSF condemned the sanctions": the latest sanctions, whoever the speaker's foe is.)
    else if (e.rule.endsWith(":opponent") && type === "ASSAULT") return b;
    if (!strike || strike.event.actor1?.id === e.actor2?.id) return b;
    return { ...b, event: { ...e, actor2: strike.event.actor1, rule: `${e.rule}:condemned-kind` } };
  });
}

/**
 * "The PDP condemned the internet suspension … and demanded that services be restored": a demand addressed
 * to no one, beside the speaker's own condemnation in the sentence, is made of the one condemned.
 */
function withAccusedAsked(built: Built[]): Built[] {
  return mapPacked(built, (b) => {
    const e = b.event;
    // (An appeal to "all parties" is to no one party.)
    if (e.type !== "REQUEST" || e.actor2 !== null || e.actor1 === null || e.rule.includes(":all-parties"))
      return b;
    const accused = addresseeBeside(built, e, (o) => o.type === "ACCUSE");
    return accused ? { ...b, event: { ...e, actor2: accused, rule: `${e.rule}:of-accused` } } : b;
  });
}

/**
 * The one another act of the same speaker in the same sentence is addressed to ("condemned the
 * suspension and demanded…", "marched…, demanding that the government…"), among the acts `accept` takes.
 */
function addresseeBeside(
  built: readonly Built[],
  e: CodedEvent,
  accept: (o: CodedEvent) => boolean,
): EventActor | null {
  return (
    built.find(
      (o) =>
        o.event !== e &&
        o.event.evidence.sentence === e.evidence.sentence &&
        o.event.actor1?.id === e.actor1?.id &&
        o.event.actor2 !== null &&
        accept(o.event),
    )?.event.actor2 ?? null
  );
}

/** A threat of one's own act: "warned that its fighters would attack", "threatened to attack". */
const THREAT_OF_ACT = /\b(?:warn(?:ed|s|ing)? that|threaten(?:ed|s|ing)? to)\b/i;

function withoutWarnings(built: Built[]): Built[] {
  return built.filter((b) => {
    const e = b.event;
    // "imposed restrictive measures on 43 Russian entities and 12 individuals": people a state sanctions
    // beside it are its own, no civilians hit.
    if (
      e.type === "SANCTION" &&
      e.actor2?.id === CIVILIANS.id &&
      built.some(
        (o) =>
          o.event.type === "SANCTION" &&
          o.event.evidence.sentence === e.evidence.sentence &&
          o.event.actor2 !== null &&
          o.event.actor2.id !== CIVILIANS.id,
      )
    )
      return false;
    // "warned that its fighters would attack any military convoy": the attack threatened is the threat's
    // content, no planned attack beside it.
    if (
      e.type === "ASSAULT" &&
      e.modality === "planned" &&
      THREAT_OF_ACT.test(e.evidence.text) &&
      built.some(
        (o) =>
          o.event.type === "THREATEN" &&
          o.event.evidence.sentence === e.evidence.sentence &&
          o.event.actor1?.id === e.actor1?.id &&
          (e.actor2 === null || o.event.actor2?.id === e.actor2.id),
      )
    )
      return false;
    if (e.type !== "THREATEN" || !e.actor1) return true;
    const could = WARNED_COULD.test(e.evidence.text) || COULD_WARNED.test(e.evidence.text);
    if (!could) return true;
    // One state's army and government are one side.
    const side = (id: string | undefined): string | undefined => (id && stateCountry(id)) ?? id;
    // "Russia could launch a larger strike …, Ukraine's Air Force warned": the other side's possible act.
    return !built.some(
      (o) =>
        o.event.evidence.sentence === e.evidence.sentence &&
        o.event.type === "ASSAULT" &&
        o.event.modality !== "asserted" &&
        (e.actor2
          ? side(o.event.actor1?.id) === side(e.actor2.id)
          : o.event.actor1 !== null && side(o.event.actor1.id) !== side(e.actor1?.id)),
    );
  });
}

/** "denied any involvement in the rocket fire", "denied that his forces were behind the kidnapping". */
const DENIED_INVOLVEMENT =
  /\b(?:denied|denies|deny|denying)\b[^.;:]{0,60}?\b(?:involvement|responsibility|(?:any|a|its|their|his) role in|(?:was|were|had been|is|are) (?:involved|behind|responsible)|(?:had )?(?:taken|took|taking|played|had any) (?:a )?(?:part|role) in)\b/i;

/** "the governor blamed the RSF, which denied": the denial is the nearest party's, not the sentence's subject's. */
const RELATIVE_SPEAKER =
  /^\s*,?\s*(?:which|who)\s+(?:(?:has|had|also|quickly|swiftly|promptly|immediately|later)\s+)*$/i;

/**
 * "A Fano commander denied that his forces were involved": the speaker's part in the attack told just
 * before, negated, against the same target. A denial the triggers already coded ("denied that the group
 * was behind the kidnapping") gets the kidnapping's victims.
 */
function withDenials(
  built: Built[],
  views: readonly SentenceView[],
  original: string,
  clean: CleanText,
  model: Model,
): Built[] {
  const out = [...built];
  for (const v of views) {
    const cue = DENIED_INVOLVEMENT.exec(v.sentence.text);
    if (!cue) continue;
    const at = v.sentence.start + cue.index;
    const end = at + cue[0].length;
    // "The Ministry of Interior denied that General Security personnel had taken part": the forces the
    // denial names; else the nearest party before it ("the governor blamed the RSF, which denied …").
    const party = (a: (typeof v.actors)[number]): boolean =>
      isParty(a.actor) && a.actor.kind !== "unidentified";
    const nearest = v.actors.findLast((a) => a.mention.end <= at && party(a));
    const speaker =
      v.actors.find((a) => a.mention.start > at && a.mention.end <= end && party(a)) ??
      (nearest && RELATIVE_SPEAKER.test(clean.text.slice(nearest.mention.end, at))
        ? nearest
        : v.actors.find((a) => a.mention.end <= at && party(a)));
    if (!speaker) continue;
    const index = v.sentence.index;
    const ref = out.findLast(
      (b) =>
        b.event.evidence.sentence < index &&
        b.event.evidence.sentence >= index - 3 &&
        b.event.type === "ASSAULT" &&
        b.event.modality !== "negated" &&
        b.event.actor1?.id !== speaker.actor.id,
    );
    if (!ref) continue;
    const target = ref.event.actor2?.id === speaker.actor.id ? null : ref.event.actor2;
    const own = out.findIndex(
      (b) =>
        b.event.evidence.sentence === index &&
        b.event.modality === "negated" &&
        b.event.actor1?.id === speaker.actor.id,
    );
    if (own >= 0) {
      const e = out[own]!.event;
      if (!e.actor2 && target && e.type === ref.event.type)
        out[own] = { ...out[own]!, event: { ...e, actor2: target, rule: `${e.rule}+denied-target` } };
      continue;
    }
    const actor = model.actorsById.get(speaker.actor.id) ?? speaker.actor;
    const denial: Built = {
      event: {
        ...ref.event,
        actor1: { id: actor.id, name: actor.name, text: speaker.text },
        actor2: target,
        acled: null,
        modality: "negated",
        fatalities: null,
        evidence: evidenceOf(v.sentence, original, clean),
        rule: `${ref.event.rule}+denied-involvement`,
      },
      fallbackPlace: ref.fallbackPlace,
      contextPlace: ref.contextPlace,
    };
    const after = out.findLastIndex((b) => b.event.evidence.sentence <= index);
    out.splice(after + 1, 0, denial);
  }
  return out;
}

/** Whether two events' places are one (either placed nowhere counts as one). */
function samePlaceTold(a: CodedEvent, b: CodedEvent): boolean {
  return a.location === null || b.location === null || kmBetween(a.location, b.location) <= SAME_PLACE_KM;
}

/** "The SAF said it had targeted RSF fighters": a party's own account of a strike just told. */
const OWNED_STRIKE =
  /\b(?:said|says|stated|confirmed)(?: on [^,.;]{1,50}?)?(?: that)? (?:it|they|its (?:fighters|forces|men|units|mujahideen)) (?:had )?(?:targeted|struck|hit|carried out|fired (?:at|on)|shelled)\b/i;

/**
 * "The TTP claimed responsibility for the Mir Ali attack …, but did not comment on the incident in
 * Bannu": a claim that names where the attack was covers the attacks told there, not the others.
 */
function claimedThere(named: readonly PlaceMention[], event: CodedEvent): boolean {
  const at = event.location;
  return named.length === 0 || (at !== null && named.some((p) => kmBetween(p, at) <= SAME_PLACE_KM));
}

/** The places named with the attack a claim is for ("for the Mir Ali attack", "for the attack in Bannu"). */
function claimedPlaces(v: SentenceView): PlaceMention[] {
  const claim = CLAIMED_ATTACK.exec(v.sentence.text);
  if (!claim) return [];
  const from = v.sentence.start + claim.index + claim[0].length;
  const rest = v.sentence.text.slice(claim.index + claim[0].length);
  const to = from + (/[,;]|\bbut\b/.exec(rest)?.index ?? rest.length);
  return v.places.filter((p) => p.start >= from && p.start < to);
}

/** "No group claimed the bombing": no claim at all. */
const NO_CLAIM = /\b(?:no (?:group|one|organi[sz]ation|faction)|nobody|none)\b[^.;]{0,20}\bclaimed\b/i;

/** "claimed responsibility for the attack", "claimed the bombing": a claim of an attack told before. */
const CLAIMED_ATTACK =
  /\bclaimed (?:responsibility|credit)\b|\bclaimed the (?:attack|bombing|strike|assault|ambush|explosion)\b/i;

/**
 * The events of the same type told in the `window` sentences before the event's own (one attack may have
 * hit several targets, so all of them).
 */
function sameTypeBefore(
  built: readonly Built[],
  event: CodedEvent,
  window = 3,
  sameSentence = false,
): number[] {
  const out: number[] = [];
  for (let k = built.length - 1; k >= 0; k--) {
    const e = built[k]!.event;
    const sentence = e.evidence.sentence;
    if (sentence < event.evidence.sentence - window) break;
    if ((sameSentence || sentence !== event.evidence.sentence) && e.type === event.type) out.push(k);
  }
  return out;
}

/** "accused the FAR of carrying out the strike", "accused the RSF of Saturday's attack": the act named, laid on a party. */
const ACCUSED_OF_ACT =
  /\baccus(?:ed|es|ing)\b[^.;]{0,60}?\bof (?:(?:carrying out|conducting|launching|staging|being behind)\s+)?(?:the|this|that|[A-Z][a-z]+day's)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombings?|shelling|killings?|massacres?|ambush|raids?|explosions?|blasts?)\b/;

/**
 * "Residents blamed the federal army", "The Polisario accused the FAR of carrying out the strike": a blame,
 * by anyone, that names an armed party (not one only guessed as the last author).
 */
function blameOf(c: Candidate, e: CodedEvent): boolean {
  return (
    e.type === "ACCUSE" &&
    c.actor2 !== null &&
    isParty(c.actor2.actor) &&
    c.actor2.actor.kind !== "unidentified" &&
    !c.rule.includes(":last-author") &&
    (/^blame/.test(c.view.tokens[c.match.first]?.key ?? "") || ACCUSED_OF_ACT.test(c.view.sentence.text))
  );
}

// "a drone strike hit a house in Kirotshe": an author the sentence did not name (none, or the one told
// before it) is a guess that a later "attributed the strike to X" or "blamed X" replaces.
const unclaimed = (e: CodedEvent): boolean =>
  e.actor1 === null || e.actor1.id === UNIDENTIFIED.id || e.rule.includes(":weapon-subject");

/** Whether the candidate's trigger is the noun a claim takes: "claimed the attack", "responsibility for the bombing". */
function claimedNoun(v: SentenceView, c: Candidate): boolean {
  // "claimed the attack", "for the attack", "for the Mir Ali attack" (a place's words between).
  let k = c.match.first - 1;
  while (k > c.match.first - 4 && /^\p{Lu}/u.test(v.tokens[k]?.raw ?? "")) k--;
  return v.tokens[k]?.key === "the" && /^(?:claimed|for)$/.test(v.tokens[k - 1]?.key ?? "");
}

const ONE_ACT_TOKENS = 16;

/**
 * "…carried out a targeting operation against the ship with a number of naval missiles": an attack
 * whose target was only guessed (the side its author last fought) is the same act as one the sentence
 * gives a target, by the same author.
 */
function withoutGuessedBeside(candidates: Candidate[]): Candidate[] {
  const guessed = (c: Candidate): boolean =>
    c.actor2 !== null &&
    c.rule.endsWith(":opponent") &&
    (c.actor2.rule === "ref/adversary" ||
      c.actor2.mention.start < c.view.sentence.start ||
      c.actor2.mention.start >= c.view.sentence.end);
  if (!candidates.some(guessed)) return candidates;
  // One act: the same author and type, no place named between the two, within a few words.
  const oneAct = (c: Candidate, o: Candidate): boolean => {
    const [from, to] =
      c.match.first < o.match.first ? [c.match.last, o.match.first] : [o.match.last, c.match.first];
    return (
      to - from <= ONE_ACT_TOKENS &&
      !c.view.placeTokens.some((t) => t > from && t < to) &&
      o.type === c.type &&
      o.flavour === c.flavour &&
      o.actor1.actor.id === c.actor1.actor.id
    );
  };
  return candidates.filter(
    (c) =>
      !guessed(c) || !candidates.some((o) => o !== c && o.actor2 !== null && !guessed(o) && oneAct(c, o)),
  );
}

/**
 * "…opened fire on a mosque in northern Burkina Faso": with no other place in the report, the country
 * named as where things happen is its main area (precision 3).
 */
function countryArea(views: readonly SentenceView[], model: Model): EventLocation | null {
  for (const v of views)
    for (const m of v.mentions) {
      const e = m.entries[0];
      if (m.entries.length !== 1 || e?.kind !== "country" || e.demonym || e.capital || e.leader || m.head)
        continue;
      let k = m.first - 1;
      if (
        /^(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern)$/.test(
          v.tokens[k]?.key ?? "",
        )
      )
        k--;
      if (!/^(?:in|across|throughout)$/.test(v.tokens[k]?.key ?? "")) continue;
      const place = geoparse(m.text, model.gazetteer).places.find((p) => p.feature.startsWith("A.PCL"));
      if (place) return { ...toLocation(place), precision: 3 };
    }
  return null;
}

const REMOTE_MODES = new Set(["aerial", "drone", "heavy-weapons"]);

/** How far apart the places an order lists may lie and still be one order's area (neighbouring districts). */
const DECREE_AREA_KM = 75;

/**
 * Whether an actor can be a side's opponent in the fighting: not civilians, an aid agency or a
 * rights group ("the WFP office in Goma was hit" makes the WFP no enemy of anyone); a peacekeeping
 * mission, deployed in a country, can be.
 */
function fights(a: ActorData): boolean {
  // (A crowd the police dispersed is no side of a fight: "HNP … conducted an operation" later is not on it.)
  return (
    a.kind !== "civilians" &&
    a.kind !== "protesters" &&
    a.kind !== "ngo" &&
    (a.kind !== "international" || a.country !== null)
  );
}

function adversary(resolver: ReferenceResolver, a: ResolvedActor): ResolvedActor | null {
  const actor = resolver.adversary(a.actor);
  return actor
    ? { actor, text: actor.name, mention: a.mention, bareCountry: null, rule: "ref/adversary" }
    : null;
}

// The words of a lead that make the report one party's bulletin.
const BULLETIN =
  /^(?:update|updates|bulletin|briefing|summary|report|statement|communique|communiqué|sitrep|roundup)$/;

/** Bulletin words that also name a single statement, a bulletin only when periodic ("daily statement"). */
const ONE_STATEMENT = /^(?:statement|communique|communiqué|report)$/;
const PERIODIC = /^(?:daily|morning|evening|nightly|weekly|regular|latest|operational|situation)$/;

// A letterhead that makes the whole document one party's: "INTER SERVICES PUBLIC RELATIONS / No PR-112",
// "Armed Forces General Staff – OPERATIONS BULLETIN No. 23".
const LETTERHEAD =
  /press release|\bbulletin\b|communiqu[eé]|\bPR-\d|operational (?:update|information)|situation update|daily update|operations update|morning update/i;
const LETTERHEAD_CHARS = 400;
/** Kinds of party whose press office writes bulletins under a letterhead that does not name it. */
const LETTERHEAD_PARTY: ReadonlySet<string> = new Set(["military", "police", "government"]);
const OUR_FORCES = /\bour (?:troops|forces|units|defenders|soldiers|servicemen|warriors)\b/i;

/** The party whose bulletin the report is, from its letterhead, its headline ("General Staff: …") or its lead. */
function bulletinSource(
  v: SentenceView,
  said: Attribution | null,
  text: string,
  ownForces: ActorData | null,
  firstTold: boolean,
): Attribution | null {
  if (
    said?.modality === "claimed" &&
    said.speaker &&
    !countsTheDead(said.speaker) &&
    v.tokens.some(
      (t, k) =>
        BULLETIN.test(t.key) &&
        // "a police statement said", "in a communiqué": one statement a story quotes is no bulletin it is
        // made of ("the General Staff said in its morning update", "the army's daily statement" are).
        (!ONE_STATEMENT.test(t.key) || PERIODIC.test(v.tokens[k - 1]?.key ?? "")),
    )
  )
    return said;
  // A letterhead over a text that speaks of "our troops", "our defenders": the home forces' bulletin.
  // The letterhead is the document's first block, not a communiqué quoted in the story's second paragraph.
  const letterhead = text
    .trimStart()
    .slice(0, LETTERHEAD_CHARS)
    .split(/\n[^\S\n]*\n/)[0]!;
  if (
    ownForces &&
    v.sentence.index === 0 &&
    LETTERHEAD.test(letterhead) &&
    OUR_FORCES.test(text.slice(0, 6000))
  ) {
    const speaker: ResolvedActor = {
      actor: ownForces,
      text: ownForces.name,
      mention: {
        first: 0,
        last: 0,
        start: 0,
        end: 0,
        text: "",
        entries: [],
        head: null,
        rule: "ref/own-forces",
      },
      bareCountry: null,
      rule: "ref/own-forces",
    };
    return { modality: "claimed", speaker, at: 0, rule: "modality/claimed:letterhead-own" };
  }
  // The party is named in the letterhead ("ISWAP – weekly bulletin"), or it is the state whose press
  // office writes it, named first ("PRESS RELEASE … The Nigerian Army has neutralised…"): "Security
  // incidents bulletin" over "ISSP militants attacked a Nigerien army patrol" is no one's bulletin.
  const letterheadEnd = text.length - text.trimStart().length + letterhead.length;
  // ("CHAD: Sudan Refugee Emergency – Eastern Chad / Operational Update No. 14": countries alone are the
  // topic of an agency's update, no party's word.)
  const party = v.actors.find(
    (a, i) =>
      isParty(a.actor) &&
      a.actor.kind !== "unidentified" &&
      !(a.mention.head === null && a.mention.entries.every((e) => e.kind === "country")) &&
      (a.mention.start < letterheadEnd ||
        // (The subject that opens the story: "• Clashes between the Chadian army and armed herders" is not.)
        (i === 0 &&
          firstTold &&
          LETTERHEAD_PARTY.has(a.actor.kind) &&
          !/^(?:between|of|with|and|against|by|on|from)$/.test(
            v.tokens[a.mention.first - (v.tokens[a.mention.first - 1]?.key === "the" ? 2 : 1)]?.key ?? "",
          ))),
  );
  if (party && v.sentence.start < LETTERHEAD_CHARS && LETTERHEAD.test(letterhead))
    return { modality: "claimed", speaker: party, at: 0, rule: "modality/claimed:letterhead" };
  const head = v.actors[0];
  if (
    v.sentence.index === 0 &&
    head &&
    head.mention.first === 0 &&
    v.tokens[head.mention.last]?.raw === ":" &&
    isParty(head.actor) &&
    // "DEMOCRATIC REPUBLIC OF THE CONGO: North Kivu – Flash Update": a country alone is the topic.
    !head.mention.entries.every((e) => e.kind === "country" && head.mention.head === null)
  )
    return { modality: "claimed", speaker: head, at: 0, rule: "modality/claimed:headline" };
  return null;
}

/**
 * "Erdogan said Turkey could launch a ground operation against the SDF": a party holding a possible
 * attack of its own over another threatens it; the attack stays a hypothetical event of its own.
 */
function announcedThreat(b: Built, said: Attribution | null, model: Model): Built | null {
  const e = b.event;
  const speaker = said?.speaker;
  // A plain announcement of an operation to come ("the army will launch an operation to clear
  // al-Shabaab") is the planned attack alone; a possible one held over a party is the threat.
  // So is one held until the other side gives in ("would continue their attacks until Israel ends its war").
  const held =
    e.modality === "hypothetical" ||
    (e.modality === "planned" && /\b(?:until|unless|if)\b/i.test(e.evidence.text));
  if (e.type !== "ASSAULT" || !held || !speaker || !e.actor1 || !e.actor2) return null;
  const own =
    speaker.actor.id === e.actor1.id ||
    sameSide(speaker.actor, model.actorsById.get(e.actor1.id) ?? speaker.actor) ||
    model.allied(speaker.actor.id, e.actor1.id);
  if (!own || !isParty(speaker.actor)) return null;
  const gov = speaker.actor.country
    ? model.actorsById.get(`${speaker.actor.country.toLowerCase()}-gov`)
    : undefined;
  const actor1 =
    speaker.actor.kind === "military" && gov
      ? { id: gov.id, name: gov.name, text: speaker.text }
      : { id: speaker.actor.id, name: speaker.actor.name, text: speaker.text };
  return {
    event: {
      ...e,
      type: "THREATEN",
      mode: "violence",
      acled: null,
      cameo: "13",
      actor1,
      modality: "asserted",
      fatalities: null,
      rule: "threaten/announced-attack",
    },
    fallbackPlace: b.fallbackPlace,
    contextPlace: b.contextPlace,
  };
}

/** Whether both parties of a meeting are met by one host in other meetings of the sentence. */
function guestsOfHost(candidates: readonly Candidate[], c: Candidate): boolean {
  const guests = new Map<string, Set<string>>();
  for (const o of candidates) {
    if (o === c || o.type !== "CONSULT" || !o.actor2) continue;
    const host = o.actor1.actor.id;
    const met = guests.get(host) ?? new Set<string>();
    met.add(o.actor2.actor.id);
    guests.set(host, met);
  }
  const a = c.actor1.actor.id;
  const b = c.actor2!.actor.id;
  return [...guests].some(([host, met]) => host !== a && host !== b && met.has(a) && met.has(b));
}

/** The index of the first token before `at` (within `reach`) that `skip` does not take, or -1. */
function wordBefore(tokens: SentenceView["tokens"], at: number, skip: RegExp, reach: number): number {
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) if (!skip.test(tokens[k]!.key)) return k;
  return -1;
}

const NEGATION_OR_ADVERB = /^(?:do|does|did|not|n't|don't|doesn't|didn't|still|also|largely|broadly)$/;
const LABEL_WORDS = /^(?:an?|the|terrorist|terror|cowardly|barbaric|criminal|provocative|["“”'‘’])$/;
const PLOT_WORDS = /^(?:an?|the|imminent|new|further|more|large-scale|major|terrorist|suicide|deadly)$/;

/** Whether the word before a verb (its negation aside) is a noun of figures or accounts. */
function dataSubject(tokens: SentenceView["tokens"], at: number): boolean {
  const k = wordBefore(tokens, at, NEGATION_OR_ADVERB, 4);
  return /^(?:numbers|figures|accounts|tolls|estimates|versions|reports|data|statistics|counts|tallies)$/.test(
    tokens[k]?.key ?? "",
  );
}

/**
 * A label a party puts on an act told before: "respond to what it called the 'terrorist attack'", "the
 * so-called attack": no act of its own.
 */
function namedAs(tokens: SentenceView["tokens"], at: number): boolean {
  const k = wordBefore(tokens, at, LABEL_WORDS, 6);
  const key = tokens[k]?.key ?? "";
  if (key === "so-called") return true;
  return (
    /^(?:called|termed|described|branded|labelled|labeled)$/.test(key) &&
    tokens.slice(Math.max(0, k - 4), k).some((t) => t.key === "what")
  );
}

/** A participle of plotting right before an attack's noun, not after an auxiliary: "a terrorist planning an imminent attack". */
function plotOfTarget(tokens: SentenceView["tokens"], at: number): boolean {
  const k = wordBefore(tokens, at, PLOT_WORDS, 4);
  return (
    k >= 0 &&
    /^(?:planning|plotting|preparing|organising|organizing)$/.test(tokens[k]!.key) &&
    !/^(?:is|are|was|were|be|been|being|am|they|we|he|she|it|who|which|that)$/.test(tokens[k - 1]?.key ?? "")
  );
}

/**
 * Pass 3c (both sides): "Both sides shelled residential areas" is an act of each side on the third
 * party; the roles give it to the first side only.
 */
function bothSidesApart(v: SentenceView, candidates: Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.actor1.rule === "ref/pronoun:both")) return candidates;
  return candidates.flatMap((c) => {
    if (c.actor1.rule !== "ref/pronoun:both" || !c.actor2) return [c];
    const sides = v.actors.filter((a) => a.rule === "ref/pronoun:both" && a.mention === c.actor1.mention);
    if (sides.some((a) => a.actor.id === c.actor2!.actor.id)) return [c];
    return [
      c,
      ...mapPacked(
        sides.filter((a) => a.actor.id !== c.actor1.actor.id),
        (other) => ({ ...c, actor1: other }),
      ),
    ];
  });
}

/**
 * A sentence that only says where what came before happened: "The attack took place near Bandiagara",
 * "It happened on the outskirts of Djibo", "The school is located in the village of Kpalbusi".
 */
const PLACE_TOLD_AFTER =
  /^(?:It|(?:The|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:took place|happened|occurred|unfolded|(?:was|were) carried out|(?:is|are|was|were) (?:located|situated)|lies|lay|sits)\b/u;
/** How many sentences back a place told after may reach: the one before, or one more with no event. */
const TOLD_AFTER_REACH = 2;

/**
 * Pass 3f (place told after): the events of the sentence just before ("Gunmen attacked a bus on Monday.")
 * that have no place of their own take the first place of a sentence that only says where it happened
 * ("The attack took place near Bandiagara."), at its precision, instead of the report's area.
 */
function placeToldAfter(built: Built[], v: SentenceView): void {
  const place = v.places[0];
  if (!place) return;
  let from = -1;
  for (let k = built.length - 1; k >= 0; k--) {
    const sentence = built[k]!.event.evidence?.sentence ?? -1;
    if (sentence < v.sentence.index - TOLD_AFTER_REACH) break;
    if (from < 0) from = sentence;
    if (sentence !== from) break;
    if (!built[k]!.fallbackPlace) continue;
    const e = built[k]!.event;
    built[k] = {
      ...built[k]!,
      event: { ...e, location: toLocation(place), rule: `${e.rule}+place-told-after` },
      fallbackPlace: false,
    };
  }
}

// "In the same area…", "troops were deployed to pursue the attackers": where the last event took place.
const SAME_AREA =
  /\b(?:in|around|near) the same (?:area|place|town|village|district|region|locality)\b|\b(?:in|to|into) the (?:affected )?area\b|\b(?:pursue|hunt|hunt down|track down|chase|search for|find) the (?:attackers|assailants|perpetrators|gunmen|kidnappers|abductors|raiders|militants)\b/i;
/** A place the report introduced by its kind ("the village of Yunakivka"), and the sentence it did so in. */
interface Introduced {
  readonly place: EventLocation;
  readonly sentence: number;
}

/** How many sentences on "the village" still means the one a report introduced so (`kindIntroduced`). */
const INTRODUCED_WITHIN = 6;

/**
 * The kind of settlement a place is introduced as: "the village of Yunakivka", "in Kerem town", "Bara, a
 * town 60 km north of El Obeid" (lower case, or undefined).
 */
function kindIntroduced(text: string, p: PlaceMention): string | undefined {
  return (
    /\b(village|town|city|hamlet|settlement) of\s+$/i.exec(
      text.slice(Math.max(0, p.start - 16), p.start),
    )?.[1] ??
    /^(?:\s+(village|town|hamlet|settlement)\b|,\s+an? (?:\w+ )?(village|town|hamlet|settlement)\b)/i
      .exec(text.slice(p.end, p.end + 30))
      ?.slice(1)
      .find((k) => k !== undefined)
  )?.toLowerCase();
}

// (Its first group is the settlement's kind, which a place the report introduced so may answer.)
const SETTLEMENT_ANAPHOR =
  /\b(?<!international |humanitarian |business |intelligence |donor |diplomatic )(?:the|that|this) (community|village|town|city|hamlet|settlement)\b(?! of\b)|\bthe (?:two|three|both) (?:cities|towns|villages)\b/i;
const STATE_OF_AFFAIRS =
  /\b(?:since (?:the|its|their|a|an|\w+ \d|\d)|for (?:weeks|months|years|days)|any attacks?|has not claimed|have not claimed)\b/i;
/**
 * A relative clause set off by a comma (", which al-Shabaab had held since 2023", ", with which it has been
 * at war since April 2023"), or an apposition with
 * one between commas (", the paramilitary it has been fighting since April 2023,").
 */
const RELATIVE_CLAUSE =
  /,\s*(?:(?:with|against|in|from|to|by|for|under|on|at|of|alongside)\s+(?=wh))?(?:which|where|who|whom|whose|bringing|raising|taking the)\b[^,;]*|,\s*(?:the|a|an)\s[^,;]*?\b(?:it|they|which|that|who|whom)\s[^,;]*(?=,)/gi;
const BACKGROUND =
  /\b(?:since (?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d|since the (?:beginning|start|outbreak) of (?:the (?:year|war|conflict|invasion|full-scale invasion|month)|(?:19|20)\d\d)|for (?:years|decades)|in recent years|has long been|have long been|(?<!\b(?:if|unless|until|should|as long as)\s(?:the\s|its\s|their\s)?)(?:attacks|violence) (?:continued|persisted)(?! on\b))\b|^\W*(?:(?:some|a little|more|for) )?(?:background|context)\s*:|\b(?:hundreds|thousands|dozens) of (?:[\w-]+ ){0,2}(?:strikes|attacks|raids|violations)\b[^.;]*\bsince\b|\b(?:attacks|violence|fighting|raids|strikes|killings|abductions|kidnappings|clashes|incidents)\b(?:\s+[\w'’-]+){0,6}?\s+(?:have|has)\s+(?:risen|increased|surged|soared|grown|doubled|tripled|spiked|fallen|declined|dropped|decreased)\b/i;
/** What each branch of BACKGROUND needs (in any case): a text without any of these is no background. */
const BACKGROUND_NEEDS =
  /since|for (?:years|decades)|recent years|long been|continued|persisted|:|risen|increased|surged|soared|grown|doubled|tripled|spiked|fallen|declined|dropped|decreased|half|quarter|months of|this year/i;
/** A forecast in the imperative of a security brief: "Expect further attacks on supply routes". */
const FORECAST = /^\W*(?:expect|we expect|anticipate|we anticipate)\b/i;
/**
 * A tally over a stretch of time ("killed more than 1,000 people in the second half of 2025", "since July,
 * more than 100 people have been detained", "Since August, more than forty soldiers have been arrested",
 * "so far this year"): background, unless someone says it in
 * an act of its own ("accused the dissidents of having recruited 80 minors since January").
 */
const TALLY =
  /\b(?:in|during|over) the (?:first|second|last|past) (?:half|quarter|six months|three months|nine months) of (?:the year|(?:19|20)\d\d)\b|\bso far this year\b|\b(?:more than|over|at least|nearly|almost)\s+[\d,]+\s+(?:people|civilians|persons)\s+(?:have|had) been\s+\w+\b[^.;]*\bsince\b|\bsince\b[^.;]{0,60}\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b[^.;]{0,20},?\s+(?:more than|over|at least|nearly|almost)\s+(?:[\d,]+|dozens|hundreds|thousands|\w+ty)\s+(?:[\w-]+\s+){1,2}(?:have|has) been\b/i;
/**
 * "attacked a military base in the rural area of Tibú, Norte de Santander, with explosives launched from
 * drones": the mode of a weapon told with "with" further on in the clause, past the window read first.
 */
function weaponWithLater(tokens: readonly Token[], last: number): string | null {
  for (let k = last + 10; k < Math.min(tokens.length, last + 25); k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === ".") return null;
    if (key === "with") return weaponMode(mapPacked(tokens.slice(k, k + 7), (t) => t.raw).join(" "));
  }
  return null;
}

/** A war's toll ("The war between the army and the RSF, which began in April 2023, has killed tens of thousands"). */
const WAR_TALLY =
  /\b(?:the|this|that|a) (?:war|conflict|civil war|fighting|insurgency|violence|crisis)\b[^.;]{0,90}?\b(?:has|have) (?:killed|displaced|uprooted|claimed|left)\b/i;
// A state that has gone on for a while ("which has been fighting the Mayo faction since September"): the
// clause is background; the sentence around it may still tell an event.
const ONGOING =
  /(?:^|[,;])\W*(?:which|who) (?:has|have|had) (?:long |also |since |repeatedly )?\w+(?:ed|en)\b|\b(?:has|have) been \w+ing\b[^;]*\bsince\b|\b(?:has|have) (?:\w+ )?(?:repeatedly|regularly|frequently|routinely)\b|\b(?:has|have) \w+ed\b[^;,]*\b(?:repeatedly|regularly|frequently|routinely)\b|\b(?:regularly|routinely|frequently|often) (?:carries|carry|targets|target|attacks|attack|strikes|strike|shells|shell)\b|\b(?:has|have) (?:struggled|been unable|been struggling|been trying|been attempting|been seeking)(?: for (?:days|weeks|months|years))? to\b|\b(?:has|have) (?:carried out|conducted|launched|staged|mounted|claimed) (?:several|many|numerous|multiple|a series of|dozens of|scores of|a string of|similar|frequent|repeated)\b/i;
/**
 * "Sudan's army has repeatedly accused Haftar's forces of…", "Kyiv has repeatedly rejected…": words said
 * again and again are said this time too, where acts done again and again are a habit.
 */
function saidAgain(type: string, clause: string): boolean {
  // (The speech acts whose words a demand, threat, refusal or blame are: `GOVERNING`.)
  return GOVERNING.has(type) && SAID_AGAIN.test(clause);
}
const SAID_AGAIN = /\b(?:has|have) (?:\w+ )?(?:repeatedly|frequently) \w+ed\b/i;
// "signed a peace deal with the government in 2019", "since the rebels killed president Idriss Deby in
// 2021": an act dated two calendar years or more before the report is its history, not its news.
const IN_YEAR =
  /\b(?:in|during|back in|since)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)/gi;
// "fought a civil war from 2013 to 2018", "between 2014 and 2017", "the 2013–2018 war": a span of years
// that ended two calendar years or more before the report.
const YEAR_SPAN =
  /\b(?:(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till)\s+((?:19|20)\d\d)|(?:19|20)\d\d\s*[-–]\s*((?:19|20)?\d\d))\b/gi;
/** A sentence's opening time, up to its comma: "In March 2020,", "Back in 2019,". */
const OPENING_YEAR =
  /^\W*(?:in|during|back in)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\s*,/i;
/** What IN_YEAR and YEAR_SPAN need: a text without a year is spared their scans. */
const YEAR = /(?:19|20)\d\d/;
/** How many days before the report's day (`published`, an ISO date) an event's day may be and still be its news. */
const HISTORY_DAYS = 365;
function daysBefore(day: string, published: string): number {
  return (Date.parse(published.slice(0, 10)) - Date.parse(day.slice(0, 10))) / 86_400_000;
}

function yearsBefore(clause: string, reference: Date | null): boolean {
  if (!reference) return false;
  const now = reference.getUTCFullYear();
  // exec, not matchAll (which copies the expression on every call).
  IN_YEAR.lastIndex = 0;
  for (let m = IN_YEAR.exec(clause); m !== null; m = IN_YEAR.exec(clause))
    if (Number(m[1]) <= now - 2) return true;
  YEAR_SPAN.lastIndex = 0;
  for (let m = YEAR_SPAN.exec(clause); m !== null; m = YEAR_SPAN.exec(clause)) {
    const end = m[1] ?? m[2]!;
    if ((end.length === 2 ? 2000 + Number(end) : Number(end)) <= now - 2) return true;
  }
  return false;
}
/** "in 2022, when it struck mosques": a clause of the time of a year long gone. */
const WHEN_IN_YEAR = /\b(?:in|during)\s+((?:19|20)\d\d),?\s+when\b[^,;.]*$/i;

/**
 * An act named by a year long gone ("the 2017 siege of Marawi", "its 2019 offensive") or told in a clause
 * of such a year ("weaker than it was in 2022, when it struck mosques"): history, not news.
 */
function pastYearOf(
  tokens: readonly Token[],
  first: number,
  before: string,
  reference: Date | null,
): boolean {
  if (!reference) return false;
  const old = (year: string | undefined): boolean =>
    year !== undefined && /^(?:19|20)\d\d$/.test(year) && Number(year) <= reference.getUTCFullYear() - 2;
  if (
    old(tokens[first - 1]?.key) ||
    (old(tokens[first - 2]?.key) && /^[a-z-]+$/.test(tokens[first - 1]?.key ?? ""))
  )
    return true;
  return old(WHEN_IN_YEAR.exec(before)?.[1]);
}
// "despite a ceasefire agreed last year", "the truce brokered in 2024": an accord named by when it was
// made is the setting of the news, not news.
const PAST_ACCORD =
  /\b(?:ceasefire|cease-fire|truce|deal|agreement|accord)s? (?:that was |which was )?(?:agreed|signed|reached|brokered|struck)( (?:last year|(?:two|three|four|five|several|\d+) (?:years|months) ago|in ((?:19|20)\d\d))\b)/gi;
// "a former combatant who signed the 2016 peace agreement": an accord named by its year, signed then.
const YEAR_ACCORD =
  /\b(?:signed|agreed|reached|brokered|struck|signing|signatories? (?:of|to))\s+the\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact|treaty)s?\b/gi;
// "the most serious fighting since they signed an agreement in March": the accord the fighting is dated by.
const SINCE_ACCORD =
  /\bsince\s+(?:[\w-]+\s+){1,4}?(?:signed|agreed|reached|struck|concluded)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|deal|agreement|accord|pact)s?\b/gi;
/** Each pattern of a past accord, the group of the year it names (if any), and the cue it needs. */
const ACCORDS: readonly [RegExp, number | null, "since" | "dated"][] = [
  [SINCE_ACCORD, null, "since"],
  [PAST_ACCORD, 2, "dated"],
  [YEAR_ACCORD, 1, "dated"],
];
function pastAccord(sentence: string, at: number, reference: Date | null): boolean {
  const dated = sentence.includes("ago") || sentence.includes("last year") || YEAR.test(sentence);
  for (const [pattern, group, cue] of ACCORDS) {
    if (cue === "since" ? !sentence.includes("since") : !dated) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      const named = group === null ? undefined : m[group];
      const year = named ? Number(named) : null;
      const past = year === null || (reference !== null && year < reference.getUTCFullYear());
      if (past && m.index <= at && at < m.index + m[0].length) return true;
    }
  }
  return false;
}
// A day named in the sentence: "Rwandan troops, deployed since 2021, clashed with insurgents on Sunday"
// tells of that day, whatever background it gives in passing.
const DAY_NAMED =
  /\b(?:on|late|early|last|this|since|by|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:yesterday|overnight|last night|earlier today|this morning)\b/i;

/**
 * The part of a clause whose year dates a verbal act: "accused the army last month of killing 223 villagers
 * in February 2024" dates the killing, not the accusation, so only the words before "of …" count.
 */
function accusedOf(type: string, clause: string, text: string, at: number): string {
  if (!VERBAL_TYPES.has(type)) return clause;
  const here = clause.indexOf(text.slice(at, at + 12));
  if (here < 0) return clause;
  const of = clause.slice(here).search(/\s(?:of|for|over)\s/);
  return of < 0 ? clause : clause.slice(0, here + of);
}

/** The part of the sentence between the commas (or semicolons) around an offset. */
function clauseAround(text: string, sentence: Sentence, at: number): string {
  const before = text.slice(sentence.start, at);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const after = text.slice(at, sentence.end);
  const ends = [after.indexOf(","), after.indexOf(";")].filter((k) => k >= 0);
  return before.slice(from) + (ends.length ? after.slice(0, Math.min(...ends)) : after);
}

/**
 * A sentence of background (history, long trends, tallies: "Attacks on army bases in Borno have risen
 * sharply this year"), with no day of its own.
 */
function background(text: string): boolean {
  // ("Danab troops took control of Gololey, which al-Shabaab had held since 2023": a relative clause
  // describes a place or a party; the sentence's own act may be new.)
  const main = text.replace(RELATIVE_CLAUSE, "");
  const m = BACKGROUND.exec(main);
  if (!m || DAY_NAMED.test(text)) return false;
  // "one of the worst army abuses in the country in recent years": a comparison, not a trend.
  return !(/recent years/i.test(m[0]) && SUPERLATIVE.test(main.slice(Math.max(0, m.index - 60), m.index)));
}
const SUPERLATIVE = /\b(?:worst|deadliest|bloodiest|biggest|largest|heaviest|most \w+)\b/i;

// A condition on ongoing violence ("if Houthi cross-border attacks continue"): not an event of its own.
// ("if the Lebanese state fails to disarm Hezbollah", "unless the army refuses to withdraw", "if Israel
// continued its offensive": an act that is only the condition's, none done.)
const CONDITION =
  /\b(?:if|unless|should|as long as)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:attacks?|strikes?|shelling|raids?|fire|fighting|violations?|incursions?)\s+(?:[\w'’-]+\s+){0,7}?(?:continue|continues|persist|persists|resume|resumes|go on|goes on|escalate|escalates|intensify|intensifies)\b|(?:fails?|failed|refuses?|refused|does not|do not|did not|doesn't|don't|didn't)\s+to\s+[\w-]+|(?:continues?|continued|resumes?|resumed|keeps?|kept|pursues?|pursued)\s+(?:its|their|his|the)\s+(?:offensive|attacks?|strikes?|war|operations?|bombing|bombardment|shelling|aggression|raids?|assault))|\buntil\s+(?:[\w'’-]+\s+){0,5}?(?:stops?|ends?|halts?|ceases?)\s+(?:[\w'’-]+\s+){0,6}?(?:attacks?|strikes?|war|offensive|aggression|shelling|bombing|raids?|operations?)\b/gi;

/** Where the sentence's conditions on ongoing violence lie, as offsets into the clean text. */
function conditionSpans(text: string, offset: number): [number, number][] {
  const spans: [number, number][] = [];
  CONDITION.lastIndex = 0;
  for (let m = CONDITION.exec(text); m !== null; m = CONDITION.exec(text))
    spans.push([offset + m.index, offset + m.index + m[0].length]);
  return spans;
}

/**
 * "Togo" on a line of its own: the country a digest's next section is about, with where the line is.
 * Only a report with two such lines or more is a digest.
 */
function sectionHeadings(text: string, model: Model): { at: number; cc: string }[] {
  const out: { at: number; cc: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    // "Mali", "MALI – Ménaka region", "Syria: Idlib and Aleppo": a country, alone or before a dash or a
    // colon and the region the section is about.
    // "MOZAMBIQUE: In Pemba, police fired…": a country in capitals running into its section's text.
    // ("1. UKRAINE — Odesa oblast ports | Rating: Severe": a numbered item's heading.)
    const trimmed = line.trim().replace(NUMBERED, "");
    const heading = trimmed.length < 72 ? HEADING_COUNTRY.exec(trimmed) : null;
    const runIn = RUN_IN_COUNTRY.exec(trimmed);
    // "EL OBEID, Sudan, Jan. 22 (Meridian) — …": a roundup's item opens with its own dateline's country.
    const dateline = DATELINE_COUNTRY.exec(trimmed);
    const names = [dateline?.[1], heading?.[1] ?? heading?.[2], runIn?.[1]];
    let cc: string | undefined;
    for (const named of names) {
      // ("PAKISTAN / AFGHANISTAN — Torkham crossing": the first of the countries.)
      const name = named?.split(/\s+\/\s+/)[0] ?? "";
      if (name.length > 2) cc ??= model.countryByName.get(name) ?? model.countryByName.get(titleCase(name));
    }
    if (cc) out.push({ at, cc });
    at += line.length + 1;
  }
  return out.length >= 2 ? out : [];
}

/** A heading's country: the whole line, or what comes before a dash, a colon or a bar and a short rest. */
const HEADING_COUNTRY = /^(.+?)(?:\s*[–—:|]\s*|\s+-\s+)[^.!?]{0,52}$|^(.+)$/;

/** An item's number before its heading: "1. ", "2) ". */
const NUMBERED = /^\d{1,2}[.)]\s+/;

/** A dateline's country: "EL OBEID, Sudan, Jan. 22 (Meridian) —", "GOMA, DR Congo, 22 January —". */
const DATELINE_COUNTRY =
  /^\p{Lu}[\p{Lu}' .-]{1,40},\s+(\p{Lu}[\p{L}' .-]{1,40}?),\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})\b/u;

/** A paragraph's heading line with a place (`headerLine`): where the incident it heads happened. */
function placeHeader(v: SentenceView): boolean {
  return v.places.length > 0 && headerLine(v.tokens, v.mentions, v.triggers);
}

/** A country's name in capitals opening a paragraph before a colon or a dash ("SOMALIA: …", "MALI — …"). */
const RUN_IN_COUNTRY = /^(\p{Lu}[\p{Lu}' -]{2,40}?)(?:\s*[–—:|]\s+|\s+-\s+)(?=\p{Lu})/u;

/** "CENTRAL AFRICAN REPUBLIC" → "Central African Republic". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** The offices of a province, a district or a town, whose words sit where they govern. */
const SUBNATIONAL_OFFICE =
  /\b(?:governor|governorate|state|states|provincial|province|district|local|municipal|municipality|regional|region|county|city|town|mayor|prefect|prefecture|sub-prefect|commissioner|council|administrator|administration|chief|magistrate|regent|officials?|authorities)\b/i;

/** Those whose rally abroad is addressed to a government at home. */
const ABROAD = /\b(?:diaspora|exiles?|expatriates?|émigrés?|emigres?)\b/i;

/**
 * Pass 3f (protests): "marched through Pétion-Ville, demanding that the transitional government protect
 * them": a protest is against the authority its demand, in the same sentence, is made of. One that names
 * no one else is addressed to the government of the country it is held in ("anti-government protesters
 * marched in Nairobi", "relatives gathered outside the prison demanding news"), as CAMEO's coders read a
 * demonstration with no target named.
 */
function addressProtests(built: readonly Built[], model: Model): Built[] {
  return mapPacked(built, (b) => {
    const e = b.event;
    if (e.type !== "PROTEST" || e.actor2 !== null) return b;
    const demanded = addresseeBeside(
      built,
      e,
      (o) => (o.type === "REQUEST" || o.type === "ACCUSE") && /-gov$/.test(o.actor2?.id ?? ""),
    );
    if (demanded) return { ...b, event: { ...e, actor2: demanded } };
    // A diaspora's rally abroad is addressed to the government at home, which the sentence does not name.
    if (ABROAD.test(e.evidence.text)) return b;
    // The same crowd's protest told with its target ("protested outside the Turkish embassy") is this one.
    const told = built.some(
      (o) =>
        o !== b &&
        o.event.type === "PROTEST" &&
        o.event.actor2 !== null &&
        o.event.evidence.sentence === e.evidence.sentence,
    );
    if (told) return b;
    // "… demonstrated in front of the MONUSCO base in Bunia. The demonstration ended peacefully.": a crowd's
    // protest told again, a sentence or two on, is against whom it was at first.
    const before = built.findLast(
      (o) =>
        o.event.type === "PROTEST" &&
        o.event.actor2 !== null &&
        o.event.actor1?.id === e.actor1?.id &&
        o.event.evidence.sentence < e.evidence.sentence &&
        e.evidence.sentence - o.event.evidence.sentence <= 2 &&
        o.event.modality === e.modality &&
        (o.event.location?.name ?? null) === (e.location?.name ?? null),
    );
    if (before?.event.actor2)
      return { ...b, event: { ...e, actor2: before.event.actor2, rule: `${e.rule}:told-before` } };
    const cc = e.location?.country;
    const government = cc ? model.stateOf(cc, "government") : null;
    if (!government || e.actor1?.id === government.id) return b;
    const actor2 = { id: government.id, name: government.name, text: government.name };
    return { ...b, event: { ...e, actor2, rule: `${e.rule}:home-government` } };
  });
}

/** Acts that are always done to or with someone: an attack, a coercion, a meeting. */
const TWO_PARTY = new Set<string>(["ASSAULT", "COERCE", "CONSULT"]);
/** Acts of force, which one done in the same breath as another is done to the same party. */
const FORCEFUL = new Set<string>(["ASSAULT", "COERCE"]);

/**
 * An attack, an arrest or a meeting always has another party. When the coder found none for one, it
 * stands only as an act told on its own ("SPLM-N fighters shelled Kadugli"):
 * - the same party's other act of force in its sentence lends it its party ("fired on a WFP convoy,
 *   wounding one driver and looting two trucks"; "seized Bichena after attacking the police station");
 * - a party that withdrew from it in its sentence is its other party ("the police withdrew, leaving the
 *   gunmen in control of the town centre");
 * - any other act of its sentence that has its other party makes it none ("JNIM released 18 women it
 *   had abducted": the release is the sentence's act);
 * - the same party's same act with its other party elsewhere in the report, at that place, makes it none
 *   ("ISWAP overran the base … the militants also took away two armoured vehicles"): that act told again.
 */
function withOtherParty(built: readonly Built[], trace: ExtractOptions["trace"]): Built[] {
  const lacking = (b: Built): boolean =>
    !b.event.actor2 && TWO_PARTY.has(b.event.type) && !b.event.rule.includes(":weapon-subject");
  const matesOf = (b: Built): Built[] =>
    built.filter((o) => o !== b && o.event.actor2 && o.event.evidence.sentence === b.event.evidence.sentence);
  const lent = mapPacked(built, (b): Built => {
    const e = b.event;
    if (!lacking(b) || !FORCEFUL.has(e.type)) return b;
    const mates = matesOf(b);
    const lender = mates.find(
      (o) =>
        FORCEFUL.has(o.event.type) &&
        o.event.actor1?.id === e.actor1?.id &&
        o.event.actor2?.id !== e.actor1?.id,
    );
    if (lender)
      return { ...b, event: { ...e, actor2: lender.event.actor2, rule: `${e.rule}:sentence-party` } };
    const withdrew = mates.find((o) => o.event.type === "RETREAT" && o.event.actor2?.id === e.actor1?.id);
    if (withdrew?.event.actor1)
      return { ...b, event: { ...e, actor2: withdrew.event.actor1, rule: `${e.rule}:withdrew` } };
    return b;
  });
  return lent.filter((b, i) => {
    if (!lacking(b)) return true;
    const e = b.event;
    const retold = lent.some(
      (o) =>
        o !== b &&
        o.event.actor2 &&
        o.event.type === e.type &&
        o.event.actor1?.id === e.actor1?.id &&
        samePlace(o, b),
    );
    if (matesOf(built[i]!).length === 0 && !retold) return true;
    trace?.(`dropped ${e.type} ${e.actor1?.name ?? "-"}: its other party is another act's (${e.rule})`);
    return false;
  });
}

/**
 * "A small group of women staged a protest in Kabul, demanding the reopening of schools": what a crowd
 * demands while it protests is its protest's cause (the protest is addressed to whom it asks), no
 * request of its own; nor is aid it protests the delay or lack of an act of aid.
 */
function withoutProtestDemands(built: readonly Built[]): Built[] {
  const protestIn = (sentence: number) =>
    built.some(
      (o) =>
        o.event.type === "PROTEST" &&
        o.event.actor1?.id === "protesters" &&
        o.event.evidence.sentence === sentence,
    );
  return built.filter((b) => {
    // "protested … over delays in food distributions": the aid missed is the protest's cause, not aid given.
    if (b.event.type === "AID")
      return !(PROTEST_CAUSE.test(b.event.evidence.text) && protestIn(b.event.evidence.sentence));
    return (
      b.event.type !== "REQUEST" ||
      b.event.actor1?.id !== "protesters" ||
      !protestIn(b.event.evidence.sentence)
    );
  });
}
/**
 * "The cabinet meets at 11:00", "the Joint Oversight Committee met in Washington": a state's, a party's or
 * a group's meeting with no one else named is its own business, no consultation between actors (a bloc's
 * members meeting, "the Security Council met", is one).
 */
function withoutLoneMeetings(built: readonly Built[], model: Model): Built[] {
  return hostsMet(built, model).filter((b) => {
    if (b.event.type !== "CONSULT" || b.event.actor2 || !b.event.actor1) return true;
    const id = b.event.actor1.id;
    const kind = model.actorsById.get(id)?.kind;
    return !(stateCountry(id) !== null || id === "civilians" || (kind !== undefined && LONE_KINDS.has(kind)));
  });
}
/**
 * "A Russian delegation … was received in Damascus for talks", "visited Kinshasa": a state's meeting held in
 * another state's seat of government, with no one else named, is with that state's government.
 */
function hostsMet(built: readonly Built[], model: Model): Built[] {
  return mapPacked(built, (b) => {
    const e = b.event;
    const where = e.location;
    if (e.type !== "CONSULT" || e.actor2 || !e.actor1 || !where?.country) return b;
    const guest = stateCountry(e.actor1.id);
    if (guest === null || guest === where.country.toLowerCase()) return b;
    const seat = model.seatOf(where.country);
    if (!seat) return b;
    const named = SEAT_WORDS.some((w) => e.evidence.text.includes(`${w} ${seat.name}`));
    if (seat.geonameid !== where.geonameid && !named) return b;
    const host = model.stateOf(where.country, "government");
    if (!host) return b;
    return {
      ...b,
      event: {
        ...e,
        actor2: { id: host.id, name: host.name, text: named ? seat.name : where.text },
        rule: `${e.rule}:host`,
      },
    };
  });
}

/** The words that put a meeting in a seat of government: "received in Damascus", "travelled to Moscow". */
const SEAT_WORDS = ["in", "to", "visited", "visiting", "visit"];

const LONE_KINDS: ReadonlySet<string> = new Set([
  "rebel",
  "militia",
  "military",
  "police",
  "government",
  "ngo",
]);

/** What a protest is over: aid delayed, lacking or cut. */
const PROTEST_CAUSE =
  /\b(?:over|against|about|demanding)\b[^.;]{0,30}\b(?:delays?|lack|shortages?|cuts?|suspension|halt|reduction|absence)\b/i;

function startsParagraph(text: string, s: Sentence, views: readonly SentenceView[]): boolean {
  const prev = views[s.index - 1];
  return !prev || text.slice(prev.sentence.end, s.start).includes("\n");
}

/** A paragraph that opens on a party's word: "The Israeli army said its troops had…". */
const PARTY_SAID =
  /^(?:the |an? |its |their )?(?:[\w'’-]+ ){0,5}(?:said|says|claimed|claims|denied|denies|confirmed|added)\b/i;

/**
 * Whether a wire story's one-sentence paragraph is answered by the next: "The Israeli army said its troops
 * had 'eliminated' three militants" after "Israeli forces killed three Palestinians in Nur Shams" tells of
 * the same raid.
 */
function continuesStory(text: string, v: SentenceView, views: readonly SentenceView[]): boolean {
  const prev = views[v.sentence.index - 1];
  if (!prev || !startsParagraph(text, prev.sentence, views)) return false;
  return PARTY_SAID.test(v.sentence.text.trimStart());
}

/**
 * A paragraph that names no place and opens on the forces or officials the story has just been about
 * ("Meanwhile, thousands rallied on Rustaveli Avenue in Tbilisi … ¶ Riot police moved in shortly after
 * midnight…"): the same scene as the paragraph before.
 */
function placelessFollowUp(text: string, v: SentenceView, views: readonly SentenceView[]): boolean {
  if (!FOLLOW_UP.test(v.sentence.text.trimStart())) return false;
  for (let i = v.sentence.index; i < views.length; i++) {
    const w = views[i]!;
    if (i > v.sentence.index && startsParagraph(text, w.sentence, views)) return true;
    if (w.places.length > 0) return false;
  }
  return true;
}

/** The openings of a paragraph that follows the scene before: its police, troops or the ministry. */
const FOLLOW_UP =
  /^(?:riot police|police|security forces|soldiers|troops|the (?:police|ministry|army|military|soldiers|troops|security forces|protesters|demonstrators|crowd|rebels|militants|attackers|gunmen))\b/i;

interface BuildContext {
  readonly original: string;
  readonly clean: CleanText;
  readonly area: EventLocation | null;
  readonly lastPlace: EventLocation | null;
  readonly date: CodedEvent["date"];
  /** The date of the sentences before, for an act told in the past beside a date still to come. */
  readonly dateBefore: CodedEvent["date"];
  /** The publication day (ISO), if known. */
  readonly published: string | null;
  readonly fatalities: number | null;
  readonly trace: ((message: string) => void) | undefined;
  readonly actorsById: ReadonlyMap<string, { id: string; name: string }>;
  readonly capitalOf: Model["capitalOf"];
  readonly seatOf: Model["seatOf"];
  /** The report's main country (ISO alpha-2), if any. */
  readonly home: string | null;
  readonly allied: Model["allied"];
  /** The sentence of the latest protest told, or -1: "They demanded…" after it is the protesters'. */
  readonly protestAt: number;
}

/** The sentence an event is read from, with its offsets into the original text. */
function evidenceOf(s: Sentence, original: string, clean: CleanText): CodedEvent["evidence"] {
  const start = clean.toOriginal(s.start);
  const end = clean.toOriginal(s.end - 1) + 1;
  return { sentence: s.index, start, end, text: original.slice(start, end) };
}

function actorOut(
  r: ResolvedActor | null,
  material: boolean,
  actorsById: ReadonlyMap<string, { id: string; name: string }>,
): EventActor | null {
  if (!r) return null;
  let actor: { id: string; name: string } = r.actor;
  if (!material && r.bareCountry) actor = actorsById.get(`${r.bareCountry.toLowerCase()}-gov`) ?? actor;
  if (material && r.bareCountry) actor = actorsById.get(`${r.bareCountry.toLowerCase()}-mil`) ?? actor;
  return { id: actor.id, name: actor.name, text: r.text };
}

/** How many sentences after a protest its crowd is still the one told of. */
const CROWD_WINDOW = 4;

/** "arrested three men suspected of supplying ammunition to bandits": suspects of a crime, not a crowd. */
const SUSPECTED = /(?<![\w-])(?:suspected|suspicion|accused|allegedly|wanted|charged)\b/i;

/** People arrested told as a crowd or a count: "143 people had been arrested", "12 'troublemakers'". */
const ARRESTED_CROWD =
  /\b(?:people|persons|individuals|troublemakers|youths|young men|demonstrators|men|others|rioters|looters)\b/i;

/**
 * "Police fired tear gas to disperse hundreds of residents who had blocked the main streets", "The National
 * Police Service said 127 people had been arrested countrywide": a crowd the state's forces break up, or
 * people they arrest, in the sentence of a protest or the few after it and at its place are its
 * protesters (a named group or suspects stay who they are).
 */
function withCrowdsProtesting(built: Built[], actorsById: ReadonlyMap<string, ActorData>): Built[] {
  const protests = mapPacked(
    built.filter((b) => b.event.type === "PROTEST"),
    (b) => ({ at: b.event.evidence.sentence, place: b.event.location?.name ?? null }),
  );
  if (protests.length === 0) return built;
  return mapPacked(built, (b) => {
    const e = b.event;
    const crowd =
      (e.type === "COERCE" &&
        e.mode === "arrest" &&
        ARRESTED_CROWD.test(e.actor2?.text ?? "") &&
        !SUSPECTED.test(e.evidence.text)) ||
      (e.type === "ASSAULT" && e.rule.startsWith("coerce/restrict:disperse"));
    const at = e.evidence.sentence;
    // ("arrested three men in Funtua" after a protest in Maru: where no protest was, not a crowd's.)
    const place = e.location?.name ?? null;
    const protestedThere = place === null || protests.some((p) => p.place === null || p.place === place);
    const near = protests.some((p) => p.at <= at && at - p.at <= CROWD_WINDOW);
    if (!crowd || e.actor2?.id !== CIVILIANS.id || !near || !protestedThere) return b;
    return {
      ...b,
      event: {
        ...e,
        actor2: { ...e.actor2, id: PROTESTERS.id, name: PROTESTERS.name },
        // (The ACLED type as protesters make it: their arrests are part of ACLED's protest event, force on
        // them excessive force.)
        acled: acledType({
          type: e.type,
          mode: e.mode,
          modality: e.modality,
          actor1Kind: actorsById.get(e.actor1?.id ?? "")?.kind ?? null,
          actor2Kind: "protesters",
          flavour: null,
          modeFromTrigger: false,
        }),
        rule: `${e.rule}:protesters`,
      },
    };
  });
}

/**
 * Protesters who attack or burn with no armed party to fight ("Protesters who broke through police lines
 * set fire to the parliament building", "protesters attacked the embassies") riot: ACLED's violent
 * demonstration, addressed to the government later (`addressProtests`), not an armed attack.
 */
function riotOf(c: Candidate): Candidate {
  if (
    c.type !== "ASSAULT" ||
    c.actor1.actor.kind !== "protesters" ||
    !/^assault\/(?:none:attack|arson)\b/.test(c.rule) ||
    (c.actor2 !== null && c.actor2.actor.kind !== "police" && c.actor2.actor.kind !== "government")
  )
    return c;
  return { ...c, type: "PROTEST", mode: "riot", actor2: null, rule: `protest/riot:${c.rule}`, flavour: null };
}

/**
 * The protest a dispersal broke up, by the crowd it dispersed, when no protest was told in this sentence
 * or the two before it (ACLED's protest with intervention; the dispersal stays an event of its own).
 */
function dispersedProtest(c: Candidate, protestAt: number, sentence: number): Candidate | null {
  // (The crowd is protesters, or the ones it was held by: "broke up a sit-in by the BYC".)
  const crowd =
    c.actor2?.actor.kind === "protesters" || (c.actor2 !== null && c.rule.includes(":protesters"));
  if (!c.rule.startsWith("coerce/restrict:disperse") || !crowd) return null;
  if (protestAt >= 0 && sentence - protestAt <= 2) return null;
  return {
    ...c,
    type: "PROTEST",
    mode: "demo",
    actor1: c.actor2,
    actor2: null,
    rule: "protest/demo:dispersed",
    flavour: null,
  };
}

/** Words that set a sentence at a protest ("as protesters broke through", "to break up demonstrations"). */
const PROTEST_SCENE =
  /\b(?:protesters|protestors|demonstrators|demonstrations?|protests?|rall(?:y|ies)|marchers|blockaders|sit-ins?|rioters|riots?|rioting|tear ?gas|water cannon|roadblocks?|barricades?|blockade point|blocking (?:roads|the road|highways?)|(?:unlawful|illegal|unauthori[sz]ed) (?:assembly|assemblies|gatherings?))\b/gi;
/** Words before a protest that make it what followed ("The arrest of three activists sparked protests"). */
const CAUSED =
  /\b(?:sparked|sparking|triggered|triggering|prompted|prompting|provoked|provoking|led to|caused|fuelled|fueled)\s+(?:\w+\s+)?$/i;

/** Whether a sentence is set at a protest: it speaks of one that is not what its act set off. */
/** "… the third night of unrest since a 17-year-old was shot by a police officer": an act told as the cause. */
function sinceClause(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const key = tokens[k]!.key;
    if (key === "since") return true;
    if (key === "," || key === ";" || key === "and" || key === "but") return false;
  }
  return false;
}

function atProtestScene(sentence: string): boolean {
  for (const m of sentence.matchAll(PROTEST_SCENE))
    if (!CAUSED.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

function build(c: Candidate, said: Attribution | null, place: PlaceMention | null, ctx: BuildContext): Built {
  const { modality, rule: modalityRule } = modalityOf(c, said, ctx.allied, ctx.published);
  const material = MATERIAL.has(c.type);
  let mode = c.mode;
  let modeFromTrigger = mode !== null;
  // (Crowd control that hurts, "tear gas shells" and all, is fought with no weapon of war.)
  if (
    c.type === "ASSAULT" &&
    c.match.trigger.id !== "coerce/restrict:disperse" &&
    (mode === null || c.match.trigger.id === "assault/aerial:bomb")
  ) {
    const { tokens } = c.view;
    const window = mapPacked(
      tokens.slice(Math.max(0, c.match.first - 8), Math.min(tokens.length, c.match.last + 10)),
      (t) => t.raw,
    ).join(" ");
    const inferred = weaponMode(c.actor1.text) ?? weaponMode(window) ?? weaponWithLater(tokens, c.match.last);
    if (inferred) mode = inferred;
    // "al-Shabaab's bombing of the market": a group with no aircraft bombs with explosives.
    else if (
      c.match.trigger.id === "assault/aerial:bomb" &&
      ["rebel", "militia", "unidentified"].includes(c.actor1.actor.kind)
    )
      mode = "explosives";
    modeFromTrigger = false;
  }
  // A statement with no place of its own is made where its government sits ("Pashinyan accused Baku…" → Yerevan).
  // Only a state named as such ("Pashinyan", "Iraq's Foreign Ministry"), not "the state governor".
  // So does the national government named by its office ("the Interior Cabinet Secretary warned", "the
  // Transitional Presidential Council condemned"), not a province's or a town's ("the district administration").
  const namedState =
    c.actor1.mention.entries.some((e) => e.kind === "country") ||
    c.actor1.rule === "ref/pronoun:quoted" ||
    (!SUBNATIONAL_OFFICE.test(c.actor1.mention.text) &&
      c.actor1.mention.entries.some(
        (e) => e.kind === "actor" || (e.kind === "generic" && e.role === "government"),
      ));
  // (A threat is placed where its force would fall, the story's place: "Israel's defence minister warned that
  // Israel would intensify its operations in Lebanon" is no act in Jerusalem.)
  const seat =
    !place &&
    namedState &&
    VERBAL_TYPES.has(c.type) &&
    c.type !== "THREATEN" &&
    c.actor1.actor.country &&
    /^[a-z]{2}-(?:gov|mil)$/.test(c.actor1.actor.id)
      ? ctx.seatOf(c.actor1.actor.country)
      : null;
  // "shelled residential neighbourhoods of the capital": the capital of the report's country.
  const capital =
    !place && !seat && ctx.home && /\bthe (?:capital|capital city)\b/i.test(c.view.sentence.text)
      ? ctx.capitalOf(ctx.home)
      : null;
  const location = place
    ? toLocation(place)
    : seat
      ? toLocation(seat)
      : capital
        ? { ...toLocation(capital), precision: 2 as const }
        : (ctx.lastPlace ?? ctx.area);
  // "Hundreds of people marched in Bamako": people who protest are protesters (ACLED's actor).
  // So are people who demand or denounce during a protest or right after it ("They demanded that the
  // state government deploy more troops").
  const protesting =
    c.actor1.actor.kind === "civilians" &&
    (c.type === "PROTEST" ||
      ((c.type === "REQUEST" || c.type === "ACCUSE") &&
        ctx.protestAt >= 0 &&
        c.view.sentence.index - ctx.protestAt <= 1));
  const actor1 = actorOut(
    protesting ? { ...c.actor1, actor: PROTESTERS } : c.actor1,
    material,
    ctx.actorsById,
  );
  // "Police shot dead three people in Nairobi as thousands of young protesters broke through barricades",
  // "riot police fired tear gas at tens of thousands of people gathered outside City Hall": the people a
  // state's forces strike or detain at a protest are protesters (ACLED's actor), not bystanders.
  // ("warned that anyone taking part in unauthorised gatherings would be prosecuted": a threat to protesters.)
  const forces = c.actor1.actor.kind === "police" || c.actor1.actor.kind === "military";
  const atProtest =
    c.actor2?.actor.kind === "civilians" &&
    (((c.type === "ASSAULT" || c.type === "COERCE") && forces) ||
      (c.type === "THREATEN" && c.actor1.actor.kind === "government")) &&
    atProtestScene(c.view.sentence.text) &&
    !sinceClause(c.view.tokens, c.match.first);
  // A deployment has no target ("shipped reinforcements to Kyaukphyu … against the Arakan Army"): the
  // one it faces is the other act's.
  const out2 =
    c.type === "MOBILIZE"
      ? null
      : actorOut(atProtest ? { ...c.actor2, actor: PROTESTERS } : c.actor2, material, ctx.actorsById);
  // (One party on both sides only where the sentence says so: "militias from two rival sub-clans fought".)
  // ("The cabinet is due to meet … to discuss the army commander's report": a state's bodies meeting one
  // another are its own business, no one consulted.)
  const ownBodies =
    c.type === "CONSULT" &&
    out2 !== null &&
    actor1 !== null &&
    stateCountry(actor1.id) !== null &&
    stateCountry(actor1.id) === stateCountry(out2.id);
  const actor2 =
    (out2 && actor1 && out2.id === actor1.id && !c.rule.includes(":each-other")) || ownBodies ? null : out2;
  const acled = acledType({
    type: c.type,
    mode,
    modality,
    actor1Kind: c.actor1.actor.kind,
    actor2Kind: c.actor2?.actor.kind ?? null,
    flavour: c.flavour,
    modeFromTrigger,
  });
  const named = (r: ResolvedActor | null): boolean =>
    r !== null && r.mention.entries.some((e) => e.kind !== "generic");
  const confidence = Math.min(
    0.95,
    0.45 +
      (named(c.actor1) ? 0.2 : 0.05) +
      (c.actor2 === null || named(c.actor2) ? 0.1 : 0.05) +
      (place ? 0.1 : 0) +
      (modality === "asserted" ? 0.05 : 0),
  );
  const event: CodedEvent = {
    type: c.type,
    mode,
    acled,
    cameo: cameoRoot(c.type, mode, c.flavour),
    actor1,
    actor2,
    location,
    // "Hamas accused Israel … and said it would hand over two bodies on Thursday": the accusation was
    // made before the report, not on the day still to come.
    date:
      ctx.date &&
      ctx.published &&
      ctx.date.start > ctx.published &&
      modality !== "planned" &&
      modality !== "hypothetical"
        ? ctx.dateBefore
        : ctx.date,
    modality,
    fatalities: c.type === "ASSAULT" ? ctx.fatalities : null,
    evidence: evidenceOf(c.view.sentence, ctx.original, ctx.clean),
    confidence: Math.round(confidence * 100) / 100,
    rule: c.rule,
  };
  ctx.trace?.(
    `event ${c.type}/${mode ?? "-"} rule=${c.rule} actor1=${c.actor1.rule}:${c.actor1.text} actor2=${c.actor2 ? `${c.actor2.rule}:${c.actor2.text}` : "-"} ${modalityRule} place=${place ? place.rule : location ? "place/fallback" : "-"} @${c.view.sentence.index}`,
  );
  const fallbackPlace = !place && !seat && !capital && location !== null;
  return {
    event,
    fallbackPlace,
    contextPlace: fallbackPlace && ctx.lastPlace !== null,
    seatPlace: seat !== null,
  };
}

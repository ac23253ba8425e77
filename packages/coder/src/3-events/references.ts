import { mapPacked } from "../arrays.js";
import { QUOTES, type Token } from "../1-text/tokens.js";
import { WEEKDAYS } from "../1-text/calendar.js";
import { capitalised, type ActorMention } from "../2-mentions/actors.js";
import { normalizeName } from "@sitrep/gazetteer";
import { kmBetween } from "./places.js";
import { pastShortBrackets } from "./sentence.js";
import { regionalGovernment } from "../2-mentions/regions.js";
import { BEARING_UNIT } from "../geo/lexicon.js";
import {
  stateActor,
  stateCountry,
  type ActorData,
  type ActorKind,
  type Entry,
  type Model,
} from "../model.js";

/** An actor mention resolved to a registry actor. */
export interface ResolvedActor {
  readonly actor: ActorData;
  /** The words of the text that stand for it (the antecedent's words for a pronoun). */
  readonly text: string;
  readonly mention: ActorMention;
  /** A country named bare ("Russia"): its military for a military action. */
  readonly bareCountry: string | null;
  readonly rule: string;
}

const NON_STATE: ReadonlySet<ActorKind> = new Set(["rebel", "militia"]);
/** How many sentences a list led by a line ending on a colon may run. */
const LIST_WINDOW = 12;
const NAMING_VERB = /^(?:called|calls|described|describes|termed|terms|dubbed|dubs|labelled|labeled)$/;
const SPEECH_BEFORE: ReadonlySet<string> = new Set([
  "said",
  "says",
  "say",
  "claim",
  "report",
  "added",
  "stated",
  "claimed",
  "claims",
  "announced",
  "announces",
  "confirmed",
  "insisted",
  "reported",
  "wrote",
  "writes",
  "told",
  "declared",
  "posted",
  "tweeted",
]);
const STATE: ReadonlySet<ActorKind> = new Set(["military", "police", "government"]);
/** Who "we" in a quotation can be: a state, an armed party, an aid agency or an international body. */
const QUOTABLE: ReadonlySet<ActorKind> = new Set([
  ...STATE,
  ...NON_STATE,
  "unidentified",
  "ngo",
  "international",
]);
/** The words between a verb of speech and the body whose officer speaks: "said a", "said the head of the". */
const SPEAKER_LEAD =
  /^(?:(?:a|an|the)(?:\s+|$))?(?:(?:head|chief|leader|director|spokesman|spokeswoman|spokesperson|commander|president|chairman|chairwoman|chair|coordinator|secretary-general|representative|official|officer)\s+(?:of|for|at)(?:\s+the)?)?$/;

/**
 * Whether a mention names the one speaking in its sentence: a verb of speech right after it ("Amnesty
 * International said", "an MSF spokesman said"), or before it with only an article or an officer's title
 * between ("said a Russian commander", "said the head of the Sudan Relief Alliance").
 */
function spokenBy(tokens: readonly Token[], m: { readonly first: number; readonly last: number }): boolean {
  // ("The Oromo Liberation Army (OLA) said": past its short name in brackets.)
  const end = pastShortBrackets(tokens, m.last);
  const after = tokens[end]?.key ?? "";
  if (SPEECH_BEFORE.has(after)) return true;
  // ("The OLA issued the following statement:": a statement it publishes is its words.)
  if (
    /^(?:issued|released|published|posted)$/.test(after) &&
    tokens
      .slice(end + 1, end + 5)
      .some((t) => /^(?:statement|communiqu[eé]|message|declaration)$/.test(t.key))
  )
    return true;
  if (
    /^(?:spokesman|spokeswoman|spokesperson|official|officials|commander|statement)$/.test(after) &&
    SPEECH_BEFORE.has(tokens[m.last + 1]?.key ?? "")
  )
    return true;
  for (let at = m.first - 1; at >= Math.max(0, m.first - 6); at--) {
    if (!SPEECH_BEFORE.has(tokens[at]!.key)) continue;
    let between = "";
    for (let i = at + 1; i < m.first; i++) between += (i > at + 1 ? " " : "") + tokens[i]!.key;
    return SPEAKER_LEAD.test(between);
  }
  return false;
}
/** "our forces", "our valiant fighters", "our air defences": the speaker's own forces. */
const OUR_FORCES =
  /^our\s+(?:(?:valiant|brave|heroic|courageous|gallant|own)\s+)?(?:forces|fighters|troops|units|air defen[cs]es|men|mujahideen|heroes|soldiers)$/i;

/** The indexes of the mentions of a group's own forces in its words ("our forces"), read as generic forces. */
function ownForces(out: readonly ResolvedActor[], tokens: readonly Token[]): number[] {
  const found: number[] = [];
  out.forEach((r, i) => {
    const text = tokens[r.mention.first - 1]?.key === "our" ? `our ${r.mention.text}` : r.mention.text;
    if (r.mention.entries[0]?.kind === "generic" && OUR_FORCES.test(text)) found.push(i);
  });
  return found;
}
/** How many sentences a statement quoted at length may run in its speaker's words. */
const QUOTED_WINDOW = 6;
/** Offices that speak for a state: "the two countries' presidents", "both nations' foreign ministers". */
const OFFICE_AFTER =
  /^(?:presidents|leaders|ministers|foreign|defence|defense|prime|heads|governments|envoys|delegations)$/;
/** What a crowd about its day does or is made of (the words after "a crowd"): no protest. */
const CROWD_AT_PEACE =
  /^(?:queueing|queuing|waiting|lining|shopping|praying|watching|celebrating|attending|of (?:shoppers|worshippers|worshipers|onlookers|spectators|fans|passengers|travellers|travelers|people|civilians|recruits|job seekers|pilgrims|children|students|families|villagers|residents|displaced)|at (?:a|the) (?:market|wedding|funeral|mosque|church|bus|station|stadium|checkpoint|distribution|food)|for (?:food|aid|water|bread|fuel))\b/;
/** Denying verbs (a regular expression's alternatives): what follows their "that" is the subject's own act denied. */
export const DENYING = "denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes";
const DENIAL = new RegExp(`^(?:${DENYING})$`);
/** "its soldiers", "their fighters": an owner's forces or assets. */
const POSSESSIVE = /^(?:its|their) /i;

/**
 * Whether a mention follows a verb of speech ("said they"): "coordinated" when the verb's subject is the
 * main clause's ("…, and said it had killed", "…, saying it had killed"), "own" otherwise.
 */
function speechBefore(tokens: readonly Token[] | undefined, at: number): false | "own" | "coordinated" {
  // ("said on Tuesday it had sent", "said in a statement it had killed": a day or a channel between.)
  let v = at - 1;
  while (v > at - 5 && v > 0 && SPEECH_FILLER.test(tokens?.[v]?.key ?? "")) v--;
  if (v < at - 1 && !SPEECH_BEFORE.has(tokens?.[v]?.key ?? "")) v = at - 1;
  const verb = tokens?.[v]?.key ?? "";
  if (/^(?:saying|adding|claiming)$/.test(verb)) return "coordinated";
  if (!SPEECH_BEFORE.has(verb)) return false;
  return tokens?.[v - 1]?.key === "and" ? "coordinated" : "own";
}
/** Words of a day or a channel between a verb of speech and what it says. */
const SPEECH_FILLER = new RegExp(`^(?:on|in|a|late|early|${WEEKDAYS}|yesterday|today|statement|telegram)$`);
/** "X and Y say they …": the two parties joined by "and" right before the verb of speech before `at`. */
function speakersJoined(
  out: readonly ResolvedActor[],
  tokens: readonly Token[],
  at: number,
): [ResolvedActor, ResolvedActor] | null {
  if (speechBefore(tokens, at) !== "own") return null;
  const b = out[out.length - 1];
  const a = out[out.length - 2];
  if (!a || !b || b.mention.last !== at - 1 || a.actor.id === b.actor.id) return null;
  return joinedByAnd(tokens, a, b) && isParty(a.actor) && isParty(b.actor) ? [a, b] : null;
}

/** Whether `b` is joined to `a` before it by "and" alone ("the RSF and the Myanmar military"). */
export function joinedByAnd(tokens: readonly Token[], a: ResolvedActor, b: ResolvedActor): boolean {
  const gap = withoutQualifier(tokens.slice(a.mention.last, b.mention.first));
  return (
    gap.length > 0 &&
    gap.length <= 3 &&
    gap.some((t) => t.key === "and") &&
    gap.every((t) => /^(?:and|the|its|their)$/.test(t.key))
  );
}

/** The second word of a compound that qualifies the name after it: "Kurdish-led", "Rwanda-backed". */
const QUALIFIER_AFTER_HYPHEN = /^(?:led|backed|based|allied|aligned|affiliated|supported|dominated)$/;

/**
 * The words between two names without a compound that qualifies the second ("the Syrian government and
 * the Kurdish-led Syrian Democratic Forces").
 */
export function withoutQualifier(gap: readonly Token[]): readonly Token[] {
  const n = gap.length;
  return n >= 3 && gap[n - 2]!.raw === "-" && QUALIFIER_AFTER_HYPHEN.test(gap[n - 1]!.key)
    ? gap.slice(0, -3)
    : gap;
}

/** A place of the sentence as the resolver reads it: its country, and where it lies. */
export interface SentencePlace {
  readonly country: string;
  readonly name?: string;
  readonly admin1?: string | null;
  readonly feature?: string;
  readonly start?: number;
  readonly rule?: string;
}

export const UNIDENTIFIED: ActorData = {
  id: "unidentified-armed-group",
  name: "Unidentified Armed Group",
  kind: "unidentified",
  country: null,
  aliases: [],
};
/** "called on all parties": every side at once, a recipient no one actor stands for (coded as none). */
export const ALL_PARTIES: ActorData = {
  id: "all-parties",
  name: "All parties",
  kind: "unidentified",
  country: null,
  aliases: [],
};
export const CIVILIANS: ActorData = {
  id: "civilians",
  name: "Civilians",
  kind: "civilians",
  country: null,
  aliases: [],
};
/** "arrested seven people in connection with the attack": people held as suspects, civilians all the same. */
export const SUSPECTS: ActorData = {
  id: "suspects",
  name: "Suspects",
  kind: "civilians",
  country: null,
  aliases: [],
};
/** "insurgents killed three militiamen" when the report names no militia: a militia, not the insurgents. */
export const MILITIA: ActorData = {
  id: "unidentified-militia",
  name: "Unidentified Militia",
  kind: "militia",
  country: null,
  aliases: [],
};
export const PROTESTERS: ActorData = {
  id: "protesters",
  name: "Protesters",
  kind: "protesters",
  country: null,
  aliases: [],
};
// Generic words that are names in their own right, not references back.
const SALIENCE_WINDOW = 4;
/** Kinds of an unnamed armed group that a following "believed to be X" can name. */
const ARMED_GENERIC = /^(?:unidentified|rebel|militia)$/;
/**
 * The words between an unnamed group and the group it is said to be ("believed to be members of"), after
 * what they rode or wore, told before a comma ("armed men on motorbikes, presumed to belong to the ISSP").
 */
const IDENTIFIED_AS =
  /^(?:(?:(?:on|in|wearing|riding)(?: [\w'-]+){1,3} )?, )?(?:who (?:are|were) )?(?:(?:believed|suspected|thought|said|reported|alleged|understood|presumed|identified) (?:to be|to have been|of being|of belonging to|as|to belong to)(?: members of| fighters of| militants of| from| part of| affiliated with| linked to)?|affiliated with|affiliated to|belonging to|loyal to|from|of)(?: the)?$/;

/** A civilian one "he" or "she" can stand for ("a 17-year-old boy", "the woman"). */
const MALE_PERSON =
  /^(?:boy|man|son|husband|father|brother|teenager|youth|farmer|student|driver|trader|shepherd|herder|fisherman)$/;
const FEMALE_PERSON = /^(?:girl|woman|daughter|wife|mother|sister|teenager|farmer|student|trader)$/;

/** A local government's office: a district's, a town's or a village's, under the state it lies in. */
const LOCAL_OFFICE =
  /\b(?:deputy commissioner|district commissioner|district administrator|district administration|sub-prefect|prefect|prefecture|mayor|municipality|municipal|town council|city council|local council|local authorities|village head|village chief|tehsildar|district officer)\b/;

/** The words that make people of a group its members ("prisoners belonging to Los Lobos"). */
const MEMBERSHIP = /^(?:who (?:are|were) )?(?:belonging to|affiliated with|affiliated to|loyal to)(?: the)?$/;

/** The words that name unnamed men, without an article or a count ("the armed youth" → "armed youth"). */
function unnamedWords(text: string): string {
  return text.toLowerCase().replace(/^(?:the|some|several|dozens of|hundreds of|thousands of|\d+) /, "");
}

/**
 * Whether the words between an unnamed group and a named one say which group it is (`IDENTIFIED_AS`);
 * for civilians, only words of membership ("prisoners belonging to Los Lobos", not "people from").
 */
function identifiedBy(tokens: readonly Token[], from: number, to: number, members: boolean): boolean {
  const gap = mapPacked(tokens.slice(from, to), (t) => t.key).join(" ");
  return members ? MEMBERSHIP.test(gap) : IDENTIFIED_AS.test(gap);
}

/** Of a name's actors, the one whose country ranks highest among the report's ("PDF" in Myanmar, not Puntland). */
export function byCountryRank<E extends { readonly actor?: { readonly country: string | null } }>(
  entries: readonly E[],
  countries: readonly string[],
): E | undefined {
  let best: E | undefined;
  let bestRank = Infinity;
  for (const e of entries) {
    const rank = e.actor?.country ? countries.indexOf(e.actor.country) : -1;
    if (rank >= 0 && rank < bestRank) {
      best = e;
      bestRank = rank;
    }
  }
  return best;
}

/** Words for the government of a state, a region or a province ("the state government", "the governor"). */
const REGIONAL_WORDS =
  /^(?:the )?(?:(?:state|regional|provincial|departmental|county) (?:government|authorities|administration)|governor(?:'s office)?|chief minister|provincial home department)$/;

/**
 * Whether the words before a government's mention name another unit than one the report named: a name
 * ("the Bangsamoro regional government") or another level ("federal and state authorities").
 */
function otherUnit(tokens: readonly Token[] | undefined, first: number): boolean {
  const before = tokens?.[first - 1];
  if (!before) return false;
  if (before.key === "and" || before.key === "or") return true;
  return first - 1 > 0 && capitalised(before);
}

/**
 * Whether the words before `first` are only a place or a time that opens the sentence, before a comma
 * ("In Kinshasa, the …", "On Monday, the …").
 */
function afterOpeningPhrase(tokens: readonly Token[] | undefined, first: number): boolean {
  if (!tokens || first < 2 || first > 12) return false;
  // ("The federal interior minister told…": an article and an office's qualifier before the subject.)
  if (first <= 4 && tokens.slice(0, first).every((t) => SUBJECT_OPENER.test(t.key))) return true;
  // "NIAMEY, Niger — Interior Minister Mohamed Toumba visited…": a dateline before the subject, or a live
  // blog's time ("15:20 — UNRWA chief Philippe Lazzarini has accused…").
  const dash = Math.max(datelineEnd(tokens), timeStampEnd(tokens));
  if (dash > 0 && dash < first && tokens.slice(dash + 1, first).every((t) => SUBJECT_OPENER.test(t.key)))
    return true;
  if (first > 8) return false;
  if (!/^(?:in|at|from|on|meanwhile|separately|later|earlier)$/.test(tokens[0]!.key)) return false;
  const comma = tokens.findIndex((t) => t.key === ",");
  return (
    comma > 0 && comma < first && tokens.slice(comma + 1, first).every((t) => /^(?:the|a|an)$/.test(t.key))
  );
}

/** Words that may open a sentence before its subject's office: "The federal interior minister". */
const SUBJECT_OPENER =
  /^(?:the|a|an|federal|state|provincial|regional|national|deputy|acting|former|new|senior|top)$/;

/** Unions of states a report calls "the bloc" or "the alliance". */
const BLOC =
  /\b(?:union|community|ecowas|asean|league|sadc|igad|eac|gcc|nato|alliance|bloc|cooperation council|mercosur|caricom|confederation)\b/i;

/**
 * "A spokesman for the 3R faction claimed the attack. He accused…": a body's speaker opens the sentence
 * before, the body named after "for" or "of" ("a senior commander of the TNLA", "the spokesperson of
 * the SPLA-IO").
 */
function speakerForOpening(tokens: readonly Token[] | undefined, first: number): boolean {
  if (!tokens || first < 3 || first > 20) return false;
  // (After a dateline, "BANGUI — A spokesman for…", or an opening phrase, "In a message, a spokesman for…".)
  let start = Math.max(datelineEnd(tokens), timeStampEnd(tokens)) + 1;
  if (/^(?:in|at|from|on|meanwhile|separately|later|earlier)$/.test(tokens[start]?.key ?? "")) {
    const comma = tokens.findIndex((t, k) => k > start && t.key === ",");
    if (comma > 0 && comma < first) start = comma + 1;
  }
  const words = mapPacked(tokens.slice(start, first), (t) => t.key);
  if (words[words.length - 1] === "the") words.pop();
  if (!/^(?:for|of)$/.test(words.pop() ?? "") || !/^(?:a|an|the)$/.test(words.shift() ?? "")) return false;
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    SPEAKER_FOR.test(words[words.length - 1]!) &&
    words.every((w) => /^\p{L}+$/u.test(w))
  );
}
const SPEAKER_FOR =
  /^(?:spokes(?:wo)?man|spokesperson|leader|commander|representative|official|chief|head|envoy|negotiator|member)$/;

/** The dash after a live blog's time that opens a sentence ("15:20 — …"), or -1. */
function timeStampEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (k < 4 && /^[\d:.]+$/.test(tokens[k]?.raw ?? "")) k++;
  return k > 0 && /^[—–-]$/.test(tokens[k]?.raw ?? "") ? k : -1;
}

/** Where a sentence's dateline ends ("NIAMEY, Niger —", "KYIV (Reuters) -"): its dash, or -1. */
export function datelineEnd(tokens: readonly Token[] | undefined): number {
  if (!tokens || !/^\p{Lu}{2,}/u.test(tokens[0]?.raw ?? "")) return -1;
  // (A spaced dash: "PORT-AU-PRINCE, Haiti — …" has hyphens inside its first word.)
  const dash = tokens.findIndex(
    (t, k) => k > 0 && k < 14 && /^[—–-]$/.test(t.raw) && tokens[k - 1]!.end < t.start,
  );
  // ("KUNDUZ, Afghanistan, Jan 15 —": the day of filing after the place.)
  return dash > 0 && tokens.slice(0, dash).every((t) => !t.word || /^[\p{Lu}\d]/u.test(t.raw)) ? dash : -1;
}

/** Words for a state's national government, above its regions' ("the federal government"). */
const FEDERAL_WORDS = /\b(?:federal|central|national|union)\b/;
/** The words of a court or the judiciary, which are the state's government. */
export const COURT_WORDS = /\b(?:courts?|tribunals?|judiciary|judges?)\b/i;

/** A government's words for its ministry or minister of defence. */
const DEFENCE_WORDS = /\bdefen[cs]e\b/i;

/** A generic mention of a government, for a unit's government outside the report's countries. */
const GOVERNMENT: Entry = { kind: "generic", role: "government", value: "government" };

/** Words any army or coalition may be named by: a name of them alone is no one group's own. */
const PLAIN_NAME_WORDS =
  /^(?:the|of|units?|task|military|operations?|command|joint|forces?|national|army|guard|administration|council|coalition|alliance|front|movement|popular|defence|defense|resistance|unified|united)$/i;

/** The name of a state's body that any state may bear: "the National Security Service", "the Presidential Guard". */
/** So is a unit's name any army may bear: "a Rapid Intervention Battalion (BIR)" in a report from Burkina Faso. */
const STATE_BODY_NAME =
  /(?:^|\s)(?:the\s+|an?\s+)?(?:(?:national|state|general|presidential|republican|federal|central)\s+(?:security|intelligence|police|guard|guards|investigation|investigations)(?:\s+(?:service|services|agency|directorate|bureau|department|force|forces))?|(?:rapid|special|quick)\s+(?:intervention|reaction|response)\s+(?:battalion|battalions|brigade|brigades|force|forces|unit|units))(?:\s*\([A-Z]+\))?$/i;

/** Whether a name is made only of words any army or coalition may be named by. */
function plainWordsOnly(text: string): boolean {
  const words = text.split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => PLAIN_NAME_WORDS.test(w));
}

/**
 * Whether a mention names a group of another country than the report's only in words that mean it only
 * at home: plain words ("the joint forces" of Darfur in a Congo story, "local forces" in Kabul), or a name
 * any army may bear ("Military Operations Command", HTS's in Syria).
 */
export function plainWordsAbroad(text: string, actor: ActorData, countries: readonly string[]): boolean {
  return (
    (!/\p{Lu}/u.test(text) || plainWordsOnly(text)) &&
    actor.country !== null &&
    isNonState(actor) &&
    countries[0] !== actor.country
  );
}

/** "Palestinian gunmen", "Syrian militants": armed men of a country, who are no state's forces. */
export function countrysArmedMen(m: ActorMention): boolean {
  return m.head === "group" && /\b(?:gunmen|militants|insurgents|jihadists|extremists)$/i.test(m.text);
}

/**
 * Whether a name is only the short name ("DPR", "ADF") of an armed group of a country the report never
 * names (`named`), far from the country the report is from (`FAR_GROUP_KM` between the countries' points):
 * the Irish foreign minister condemning "the RSF" speaks of Sudan's, a report of protests in Jakarta naming
 * "the DPR" does not speak of Donetsk.
 */
export function farAcronym(
  text: string,
  actor: ActorData,
  model: Model,
  countries: readonly string[],
  named: ReadonlySet<string>,
  /** Countries the report names a town or a province of (a report from there, not one about it). */
  placed: ReadonlySet<string>,
): boolean {
  const home = countries[0];
  const cc = actor.country;
  // (A movement with branches in many countries is itself wherever it fights: "ISIS" in Somalia.)
  if (!home || !cc || cc === home || !ACRONYM.test(text) || !isNonState(actor) || actor.branches)
    return false;
  if (!placed.has(home) || named.has(cc)) return false;
  const a = countryPoint(model, home);
  const b = countryPoint(model, cc);
  return a !== null && b !== null && kmBetween(a, b) > FAR_GROUP_KM;
}

/** A country's point in the gazetteer (its entry as a country), or null. */
function countryPoint(model: Model, cc: string): { lat: number; lon: number } | null {
  const data = model.countries.get(cc);
  if (!data) return null;
  const g = model.gazetteer;
  const i = g
    .lookup("exact", normalizeName(data.name))
    .find((k) => g.country(k) === cc && g.feature(k).startsWith("A.PCL"));
  return i === undefined ? null : { lat: g.lat(i), lon: g.lon(i) };
}

/**
 * The military of the side whose signature weapon ("Shahed", "glide bomb") the sentence's tokens [from, to)
 * name, where the sentence's scene (its places, else the report's home) is one of that weapon's wars.
 */
export function signatureOwner(
  model: Model,
  tokens: readonly Token[],
  places: readonly SentencePlace[],
  from: number,
  to: number,
  home: string | null,
): ActorData | null {
  if (model.signatureWeapons.size === 0) return null;
  const scene = new Set(mapPacked(places, (p) => (p.rule?.includes("demonym") ? "" : p.country)));
  scene.delete("");
  if (scene.size === 0 && home) scene.add(home);
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++)
    for (const weapon of model.signatureWeapons.get(tokens[k]!.key) ?? [])
      if (
        (weapon.next === null || tokens[k + 1]?.key === weapon.next) &&
        [...scene].some((cc) => weapon.scenes.has(cc))
      )
        return model.stateOf(weapon.owner, "military");
  return null;
}

/** Whether an actor is a party to violence (its statements are claims, not reports). */
export function isParty(actor: ActorData): boolean {
  return STATE.has(actor.kind) || isNonState(actor);
}

/** Whether an actor is a mission deployed in a country (peacekeepers, a regional force). */
function mission(actor: ActorData): boolean {
  return actor.kind === "international" && actor.country !== null;
}

/** Whether an actor is an armed party that is no state's: rebels, militias, unidentified gunmen. */
export function isNonState(actor: ActorData): boolean {
  return NON_STATE.has(actor.kind) || actor.kind === "unidentified";
}

/**
 * Pass 3b: resolves actor mentions, sentence by sentence, against what came before: descriptors
 * ("regime forces" = the home country's military), references ("the latter", "they", "the group") and
 * ambiguous names (the branch of "Islamic State" in the report's country).
 */
/** A short name in capitals: "DPR", "ADF", "M23". */
const ACRONYM = /^[A-Z][A-Z0-9]{1,4}$/;

/** How far apart two countries' points lie for a group of the one to be unlikely in a report on the other. */
const FAR_GROUP_KM = 3000;

/** Words for the ones who just attacked: "the attackers", "the gunmen", "the kidnappers". */
const ATTACKER_WORDS = /^(?:the )?(?:attackers|assailants|raiders|gunmen|kidnappers|abductors)$/i;

/** Whether the word before a country names it as the scene: "In Somalia", "in neighbouring Chad". */
function sceneOf(tokens: readonly Token[] | undefined, first: number): boolean {
  const before = tokens?.[first - 1]?.key;
  return (
    before === "in" ||
    (tokens?.[first - 2]?.key === "in" &&
      /^(?:neighbouring|neighboring|nearby|southern|northern|eastern|western|central)$/.test(before ?? ""))
  );
}

/** "fled towards the border with Venezuela", "crossed into Chad": a country named only as a place. */
function placeOnly(tokens: readonly Token[] | undefined, first: number, last: number): boolean {
  const before = tokens?.[first - 1]?.key;
  if (before === "with") return /^(?:border|borders|frontier|boundary)$/.test(tokens?.[first - 2]?.key ?? "");
  // "withdrew towards the Niger border": a country named for a border or a direction is a place.
  if (/^(?:border|borders|frontier|boundary|borderlands)$/.test(tokens?.[last]?.key ?? "")) return true;
  return (
    before === "into" ||
    before === "inside" ||
    before === "across" ||
    before === "towards" ||
    before === "toward"
  );
}

/** Words that make state forces the ruling state's own: "regime forces", "junta troops". */
// "Government forces", "pro-government troops", "federal soldiers" too: a foreign army is never called so.
const RULERS_OWN =
  /\b(?:regime|junta|(?:pro-)?government|federal|loyalist) (?:forces|troops|soldiers|jets|column|army)\b/i;

/** How many sentences back the unit last placed in still names a governor's unit (`unitOf`). */
const RECENT_UNIT = 3;

/** A possessive and a military head: "its forces", "their troops". */
const OWN_FORCES = /^(?:its|their) (?:forces|troops|soldiers|army|units|servicemen)$/i;

/** What a named group's former members are called: "a former FARC combatant", "ex-M23 members". */
const EX_MEMBERS = /^(?:combatants?|guerrill(?:a|as|eros?)|members?|fighters?|militants?)$/;

/** How many sentences on "both sides" still means the two sides of the fight told last. */
const FIGHT_REACH = 1;

export class ReferenceResolver {
  /** Resolved mentions in order; `setting` marks a country named as the scene ("In neighbouring Somalia, …"). */
  private readonly history: { actor: ResolvedActor; sentence: number; setting?: boolean; place?: boolean }[] =
    [];
  private readonly counts = new Map<string, number>();
  /** Another state's bodies whose name the report gave in words any state's may bear: the report's own. */
  private readonly homeBodies = new Set<string>();
  private lastActor1: { actor: ResolvedActor; sentence: number } | null = null;
  private lastAssault: { actor: ResolvedActor; target: ResolvedActor | null; sentence: number } | null = null;
  private lastRemote: { actor: ResolvedActor; sentence: number } | null = null;
  private lastQuoted: { actor: ResolvedActor; sentence: number; statement: boolean } | null = null;
  /** The actor of the latest attack or act of force (a looting, a raid). */
  private lastForce: { actor: ResolvedActor; sentence: number } | null = null;
  private lastCapture: { captor: ResolvedActor; captive: ResolvedActor; sentence: number } | null = null;
  /** Who took each party's people last (by the captive party's id): whom a demand for their release is made of. */
  private readonly captors = new Map<string, ResolvedActor>();
  /** The author of the latest attack on each party, by the party's id. */
  private readonly attackers = new Map<string, ResolvedActor>();
  private lastFight: { sides: readonly [ActorData, ActorData]; sentence: number } | null = null;
  /** The latest government of a state, region or province the report named ("the Zamfara State Government"). */
  private regional: ActorData | null = null;
  /** The tokens of the sentence being resolved, its number, and the tokens of the sentence before it. */
  private tokens: readonly Token[] | undefined;
  private tokensSentence = -1;
  private previousTokens: readonly Token[] | undefined;

  constructor(
    private readonly model: Model,
    /** Countries of the report, most mentioned first. */
    private readonly countries: readonly string[],
    /** Named parties of the whole report (armed groups, militaries) with their mention counts. */
    private readonly partyCounts: ReadonlyMap<string, number>,
    /** Pairs of parties ("a|b", ids sorted) named together in sentences of violence, with their counts. */
    private readonly fightCounts: ReadonlyMap<string, number> = new Map(),
    /** Countries the report names by a place or by the country's own name (not by a party's). */
    private readonly namedCountries: ReadonlySet<string> = new Set(countries),
    /** Countries the report names a town or a province of. */
    private readonly placedCountries: ReadonlySet<string> = new Set(),
  ) {}

  /** The military a sentence ends on as its speaker ("…, the Israel Defense Forces says"), if any. */
  private speakingMilitary: ActorData | null = null;

  /** A named military right before a speech verb, after a comma: the sentence's source, about its own troops. */
  private militaryThatSpeaks(mentions: readonly ActorMention[], tokens: readonly Token[]): ActorData | null {
    for (const m of mentions) {
      const e = m.entries[0];
      if (!e || e.kind !== "actor" || e.actor.kind !== "military") continue;
      const after = tokens[m.last]?.key ?? "";
      const before = tokens[m.first - 1]?.key === "the" ? tokens[m.first - 2]?.key : tokens[m.first - 1]?.key;
      if (SPEECH_BEFORE.has(after) && before === ",") return e.actor;
    }
    return null;
  }

  /** The places of the sentence being read (`resolveSentence`): their one country is its scene. */
  private places: readonly SentencePlace[] = [];
  /** How often the report has placed something in each first-level unit ("NG|Zamfara State"). */
  private readonly units = new Map<string, number>();
  /**
   * Unnamed men a report has said whose they are ("armed youth of the White Army"), by their words: the
   * group the same words mean later in the report ("thousands of armed youth attacked the garrison").
   */
  private readonly bound = new Map<string, ResolvedActor>();
  /** The first-level unit the report last placed something in ("NG|Zamfara State"), and in which sentence. */
  private lastUnit: { readonly key: string; readonly sentence: number } | null = null;
  /** The sentence being read (`resolveSentence`). */
  private sentence = -1;
  /** The country of the place the sentence opens on ("In Niamey, police arrested…"), if any. */
  private opening: string | null = null;

  /** The country of the section being read, when a digest heads its sections with a country's name. */
  private section: string | null = null;

  /**
   * The country a sentence opened on as its scene ("In Syria, fighting resumed…"), carried on through the
   * sentences after it while their places stay in that country (or they name none): "The interior ministry
   * said its forces had repelled an attack" two sentences on is Syria's, in a report from Lebanon.
   */
  private scene: string | null = null;

  /** The report's main country (ISO alpha-2), if any: the section's, in a digest of several countries. */
  get home(): string | null {
    return this.section ?? this.countries[0] ?? null;
  }

  /**
   * "Benin … Togo": a line that is a country's name alone heads a section about that country, as in
   * monthly digests of several countries; what was said before it refers to nothing after it.
   */
  enterSection(cc: string): void {
    this.section = cc;
    this.scene = null;
    this.history.length = 0;
    this.lastActor1 =
      this.lastAssault =
      this.lastRemote =
      this.lastQuoted =
      this.lastCapture =
      this.lastForce =
      this.lastFight =
        null;
    this.captors.clear();
    this.attackers.clear();
    this.regional = null;
  }

  /** Records the actor of an event (the subject "they" most often refers to). */
  noteActor1(
    actor: ResolvedActor,
    sentence: number,
    type: string | null = null,
    remote = false,
    target: ResolvedActor | null = null,
  ): void {
    this.lastActor1 = { actor, sentence };
    if (type === "ASSAULT") this.lastAssault = { actor, target, sentence };
    if (type === "ASSAULT" && target && target.actor.id !== actor.actor.id)
      this.attackers.set(target.actor.id, actor);
    if (type === "ASSAULT" || type === "COERCE") this.lastForce = { actor, sentence };
    if (type === "ASSAULT" && remote) this.lastRemote = { actor, sentence };
  }

  /**
   * The author of the latest attack from afar (drones, missiles, shells, air strikes) within `window`
   * sentences: "A ballistic missile struck a residential building" a few paragraphs into the night's
   * attack is still its author's, but not a ground assault's.
   */
  recentRemoteAttacker(sentence: number, window: number): ResolvedActor | null {
    const last = this.lastRemote;
    return last && sentence - last.sentence <= window ? last.actor : null;
  }

  /**
   * Records the two sides of a fight between named parties, or of a talk between two states' governments:
   * who "both sides", "the two leaders" in the next sentence are.
   */
  noteSides(a: ActorData, b: ActorData, sentence: number): void {
    if (a.kind !== "unidentified" && b.kind !== "unidentified") this.lastFight = { sides: [a, b], sentence };
  }

  /** Whether two actors are the two sides of the fight told in this sentence or the one before. */
  foughtLately(a: ActorData, b: ActorData, sentence: number): boolean {
    const sides = this.recentFight(sentence);
    if (!sides) return false;
    const [x, y] = sides;
    return (x.id === a.id && y.id === b.id) || (x.id === b.id && y.id === a.id);
  }

  /** The two sides of the fight told in this sentence or the one before, if any. */
  private recentFight(sentence: number): readonly [ActorData, ActorData] | null {
    const fight = this.lastFight;
    return fight && sentence >= fight.sentence && sentence - fight.sentence <= FIGHT_REACH
      ? fight.sides
      : null;
  }

  /** Records an abduction or an arrest: who "the hostages were released" later were held by. */
  noteCapture(captor: ResolvedActor, captive: ResolvedActor, sentence: number): void {
    this.lastCapture = { captor, captive, sentence };
    if (captive.actor.id !== captor.actor.id) this.captors.set(captive.actor.id, captor);
  }

  /** Who last attacked this party ("FARC dissidents attacked a police station … condemned the attack on the police station"). */
  attackerOf(target: string): ResolvedActor | null {
    return this.attackers.get(target) ?? null;
  }

  /** Who last took people of this party ("forces arrested Riek Machar … called for Machar's release"). */
  captorOf(captive: string): ResolvedActor | null {
    return this.captors.get(captive) ?? null;
  }

  /**
   * The government that rules where a sentence is set: a state's or region's government the report named
   * ("the Plateau State Governor"), else the scene's, else the home country's.
   */
  /** The party a list's lead line named, when the list began at most `LIST_WINDOW` sentences before. */
  listAuthor(sentence: number): { readonly actor: ActorData; readonly text: string } | null {
    const lead = this.listLead;
    return lead && sentence > lead.sentence && sentence - lead.sentence <= LIST_WINDOW ? lead : null;
  }

  private listLead: { readonly actor: ActorData; readonly text: string; readonly sentence: number } | null =
    null;

  governing(sentence: number, national = false): ActorData | null {
    // (`national`: a region's government only where the sentence is set in the region: "Mobile internet
    // was cut in Zahedan" is not the doing of the province the report spoke of before.)
    const regional = this.regional;
    const here =
      regional &&
      (!national ||
        this.places.some(
          (p) =>
            p.country === regional.country &&
            p.admin1 &&
            regional.region &&
            sameUnit(p.admin1, regional.region),
        ));
    return (
      (here ? regional : null) ?? this.sceneState("government", sentence) ?? this.homeState("government")
    );
  }

  /** The military of where a sentence is set: the scene's, else the home country's. */
  soldiering(sentence: number): ActorData | null {
    return this.sceneState("military", sentence) ?? this.homeState("military");
  }

  /** The police of where a sentence is set: the scene's, else the home country's. */
  policing(sentence: number): ActorData | null {
    return this.sceneState("police", sentence) ?? this.homeState("police");
  }

  /** The captors and captives of the latest abduction or arrest, when it was coded at most `window` sentences before. */
  recentCapture(
    sentence: number,
    window: number,
  ): { readonly captor: ResolvedActor; readonly captive: ResolvedActor } | null {
    const last = this.lastCapture;
    if (!last || sentence - last.sentence > window) return null;
    // "…were detained by the RSF in El Fula. … armed men looted three trucks of a convoy. The drivers were
    // released unharmed": those of the latest attack since, when another party's, held them.
    const attack = this.lastForce;
    // (Not a strike on another party: "… detained four UN staff. … those detained supplied targeting
    // information for the Israeli strikes on Sanaa" leaves them in the Houthis' hands.)
    const struck = this.lastAssault;
    const elsewhere =
      struck !== null &&
      attack !== null &&
      struck.sentence === attack.sentence &&
      struck.actor.actor.id === attack.actor.actor.id &&
      struck.target !== null &&
      struck.target.actor.id !== last.captive.actor.id &&
      struck.target.actor.kind !== "civilians";
    return attack &&
      attack.sentence > last.sentence &&
      attack.actor.actor.id !== last.captor.actor.id &&
      !elsewhere
      ? { captor: attack.actor, captive: last.captive }
      : last;
  }

  /** The actor of the latest attack, when it was coded at most `window` sentences before `sentence`. */
  recentAttacker(sentence: number, window = 2): ResolvedActor | null {
    return this.recentAssault(sentence, window)?.attacker ?? null;
  }

  /** The author and the target of the latest attack, when it was coded at most `window` sentences before. */
  recentAssault(
    sentence: number,
    window: number,
  ): { readonly attacker: ResolvedActor; readonly target: ResolvedActor | null } | null {
    const last = this.lastAssault;
    return last && sentence - last.sentence <= window ? { attacker: last.actor, target: last.target } : null;
  }

  /** The actor of the latest event, when it was coded at most `window` sentences before `sentence`. */
  recentActor1(sentence: number, window = 2): ResolvedActor | null {
    const last = this.lastActor1;
    return last && sentence - last.sentence <= window ? last.actor : null;
  }

  /** The country whose capital follows the mention after "in" ("the foreign ministry in Mogadishu"), if any. */
  private capitalAfter(m: ActorMention): string | null {
    const tokens = this.tokens;
    if (tokens?.[m.last]?.key !== "in") return null;
    const at = tokens[m.last + 1]?.start;
    // ("the army-aligned government in Port Sudan": where a government sits away from its capital.)
    const place = this.places.find(
      (p) =>
        p.start === at &&
        (p.feature === "P.PPLC" || (p.name !== undefined && this.model.seatOf(p.country)?.name === p.name)),
    );
    return place?.country ?? null;
  }

  /** Resolves the mentions of one sentence, in order; unresolvable ones are dropped. */
  resolveSentence(
    mentions: readonly ActorMention[],
    sentence: number,
    tokens?: readonly Token[],
    places: readonly SentencePlace[] = [],
  ): ResolvedActor[] {
    this.places = places;
    for (const p of places) {
      if (!p.admin1 || !p.feature || /^A\.PCL/.test(p.feature)) continue;
      const key = `${p.country}|${p.admin1}`;
      this.units.set(key, (this.units.get(key) ?? 0) + 1);
      this.lastUnit = { key, sentence };
    }
    this.sentence = sentence;
    if (sentence !== this.tokensSentence) {
      this.previousTokens = this.tokens;
      this.tokensSentence = sentence;
    }
    this.tokens = tokens;
    this.opening = tokens ? openingPlace(tokens, places) : null;
    if (this.scene !== null && places.length > 0 && !places.some((p) => p.country === this.scene))
      this.scene = null;
    const out: ResolvedActor[] = [];
    // A mention resolved: in the sentence's actors and in the history later sentences look back on.
    const keep = (r: ResolvedActor): void => {
      out.push(r);
      this.history.push({ actor: r, sentence });
    };
    const quoted: number[] = [];
    this.speakingMilitary = tokens ? this.militaryThatSpeaks(mentions, tokens) : null;
    for (const m of mentions) {
      const first = m.entries[0];
      // "I call on our partners…", "We will continue…": the one quoted, found once the sentence is read.
      if (first?.kind === "generic" && first.value === "quoted") {
        quoted.push(out.length);
        out.push({
          actor: UNIDENTIFIED,
          text: m.text,
          mention: m,
          bareCountry: null,
          rule: "ref/pronoun:quoted",
        });
        continue;
      }
      // "the Tigray People's Liberation Front (TPLF)": the acronym repeats the name.
      const previous = out[out.length - 1];
      // ("The army said FAMa killed…": a word between is no bracket; FAMa is the subject of what is said.)
      const repeat =
        previous &&
        previous.mention.last + 1 === m.first &&
        /^[([,/–—-]$/.test(tokens?.[m.first - 1]?.raw ?? "(") &&
        m.text.length <= 8 &&
        first?.kind !== "generic" &&
        // ("TEHRAN, Iran — Iran executed…": the dateline's dash, before the subject.)
        m.first - 1 !== datelineEnd(tokens);
      // "from both sides of the road": a place, not the two parties.
      if (first?.kind === "generic" && first.value === "both" && tokens?.[m.last]?.key === "of") continue;
      if (first?.kind === "generic" && first.value === "all") {
        out.push({
          actor: ALL_PARTIES,
          text: m.text,
          mention: m,
          bareCountry: null,
          rule: "ref/pronoun:all",
        });
        continue;
      }
      // "arrested a former army officer", "a retired general": no longer of the force, a civilian.
      // ("detained 12 former soldiers and police officers": both former.)
      const formerToo =
        previous?.rule === "ref/former" &&
        tokens?.[m.first - 1]?.key === "and" &&
        previous.mention.last === m.first - 1;
      // "Prime Minister Benjamin Netanyahu": the office of the leader it names, whatever the home state.
      const leader =
        first?.kind === "generic" && first.role === "government"
          ? mentions.find(
              (n) => n.first === m.last && n.entries.some((x) => x.kind === "country" && x.leader),
            )
          : undefined;
      const leaderOf = leader?.entries.find((x) => x.kind === "country" && x.leader);
      const ledState = leaderOf?.kind === "country" ? this.stateOf(leaderOf.cc, "government") : null;
      if (ledState) {
        keep({ actor: ledState, text: m.text, mention: m, bareCountry: null, rule: "ref/office-of-leader" });
        continue;
      }
      // ("a former FARC combatant", "ex-M23 members": a group's former members have left it.)
      const exMembers =
        first?.kind === "actor" &&
        EX_MEMBERS.test(tokens?.[m.last]?.key ?? "") &&
        m.text.split(" ").length <= 2;
      if (
        (formerToo || /^(?:former|retired|ex)$/.test(tokens?.[m.first - 1]?.key ?? "")) &&
        (first?.kind !== "actor" || exMembers)
      ) {
        out.push({ actor: CIVILIANS, text: m.text, mention: m, bareCountry: null, rule: "ref/former" });
        continue;
      }
      // "Separatist fighters abducted 12 pupils … the kidnappers threatened…", "… the police withdrew, leaving
      // the gunmen in control": "the" names the group that just acted, past the police.
      const definite = /^the /i.test(m.text) || tokens?.[m.first - 1]?.key === "the";
      const them =
        first?.kind === "generic" && first.role === "unidentified" && definite && ATTACKER_WORDS.test(m.text)
          ? this.lastArmedGroup(sentence)
          : null;
      if (them) {
        keep({ ...them, text: m.text, mention: m, rule: "ref/unidentified:the-attackers" });
        continue;
      }
      // "a crowd queueing outside a recruitment centre", "crowds of shoppers": people about their day, no
      // protest.
      if (
        first?.kind === "generic" &&
        first.role === "protesters" &&
        /^(?:a |the )?crowds?$/i.test(m.text) &&
        tokens &&
        CROWD_AT_PEACE.test(mapPacked(tokens.slice(m.last, m.last + 3), (t) => t.key).join(" "))
      ) {
        keep({ actor: CIVILIANS, text: m.text, mention: m, bareCountry: null, rule: "ref/crowd-civilians" });
        continue;
      }
      if (first?.kind === "generic" && first.value === "both") {
        // ("the defence ministers of the two countries": two states, never an armed group and its foe.)
        const sides = this.bothSides(sentence);
        const states =
          /\b(?:countries|nations|neighbou?rs|governments|leaders|presidents|heads of state)\b/i.test(m.text);
        if (states && sides.some((a) => !STATE.has(a.kind))) continue;
        // "the governments agreed to a ceasefire", "the two countries' presidents": the states' governments,
        // whichever of their forces fought.
        const governments =
          /\b(?:governments|leaders|presidents|heads of state)\b/i.test(m.text) ||
          (states && tokens?.[m.last]?.raw === "'" && OFFICE_AFTER.test(tokens[m.last + 1]?.key ?? ""));
        const named = governments
          ? mapPacked(sides, (a) => (a.country ? (this.stateOf(a.country, "government") ?? a) : a))
          : sides;
        for (const actor of named)
          out.push({ actor, text: m.text, mention: m, bareCountry: null, rule: "ref/pronoun:both" });
        continue;
      }
      // "The soldiers and militiamen went from house to house": armed men named with a state's forces
      // fight beside them: the state's allied militia the report names, else no one to code apart.
      if (
        previous &&
        previous.actor.kind === "military" &&
        tokens?.[m.first - 1]?.key === "and" &&
        previous.mention.last === m.first - 1 &&
        first?.kind === "generic" &&
        first.role === "armedRefs"
      ) {
        const ally = this.alliedMilitia(previous.actor);
        if (ally) {
          const r = {
            actor: ally,
            text: m.text,
            mention: m,
            bareCountry: null,
            rule: "ref/armed-group:ally",
          };
          keep(r);
        }
        continue;
      }
      // "The head of Wagner complained that his units…": the units of the one just named.
      const owner = out.findLast((o) => o.mention.entries.some((e) => e.kind !== "generic"));
      if (
        owner &&
        isParty(owner.actor) &&
        first?.kind === "generic" &&
        (((first.role === "stateForces" || first.role === "armedRefs") &&
          /^(?:his|her)$/.test(tokens?.[m.first - 1]?.key ?? "")) ||
          (first.role === "pronoun" && /^(?:his|her) /i.test(m.text)))
      ) {
        const r = { ...owner, text: m.text, mention: m, bareCountry: null, rule: "ref/possessor" };
        keep(r);
        continue;
      }
      // "Students say officers pushed them back", "Protesters said police beat them": people who speak of
      // what others did to "them" are speaking of themselves.
      const teller = out[0];
      if (
        tokens &&
        teller &&
        out.length >= 2 &&
        (teller.actor.kind === "civilians" || teller.actor.kind === "protesters") &&
        /^(?:them|us)$/i.test(m.text) &&
        SPEECH_BEFORE.has(tokens[teller.mention.last]?.key ?? "") &&
        out[out.length - 1] !== teller &&
        STATE.has(out[out.length - 1]!.actor.kind)
      ) {
        keep({ ...teller, mention: m, rule: "ref/pronoun:tellers" });
        continue;
      }
      // "rounded up residents, including women and children, and shot them", "killed a villager, accusing
      // him of being an informer": the people just named
      // (not "took three girls with them": the ones who took them).
      // ("offloaded nine passengers after checking their identity cards and shot them": past "their".)
      const nearest = out.findLast((o) => !/^(?:its|their|his|her)$/i.test(o.mention.text));
      if (
        out.length >= 2 &&
        // ("suspended two international NGOs, accusing them of…", "dispersed the protesters, beating
        // them": aid groups and protesters too.)
        (nearest?.actor.kind === "civilians" ||
          nearest?.actor.kind === "ngo" ||
          nearest?.actor.kind === "protesters") &&
        /^(?:them|him)$/.test(m.text.toLowerCase()) &&
        !/^(?:with|among|behind)$/.test(tokens?.[m.first - 1]?.key ?? "")
      ) {
        const r = { ...nearest, mention: m, rule: "ref/pronoun:them-civilians" };
        keep(r);
        continue;
      }
      // "hundreds of people, many of them dressed in white, marched": an aside about the ones just named,
      // whoever they are (an actor named stays by its own mention).
      if (
        tokens &&
        /^(?:them|whom)$/i.test(m.text) &&
        tokens[m.first - 1]?.key === "of" &&
        PARTITIVE.test(tokens[m.first - 2]?.key ?? "") &&
        tokens[m.first - 3]?.key === ","
      )
        continue;
      // "Mozambican and Rwandan troops say they killed 11 insurgents": "they" are both speakers.
      const pair = tokens && m.text.toLowerCase() === "they" ? speakersJoined(out, tokens, m.first) : null;
      if (pair) {
        for (const a of pair) {
          const r = { ...a, text: m.text, mention: m, rule: "ref/pronoun:speakers" };
          keep(r);
        }
        continue;
      }
      const r = this.resolve(
        m,
        sentence,
        out,
        /^(?:and|where|when|whereupon)$/.test(tokens?.[m.first - 1]?.key ?? ""),
        speechBefore(tokens, m.first),
        // "told Amu that the group's forces…": the content of what a party said.
        (tokens?.[m.first - 1]?.key === "that" &&
          (tokens.slice(Math.max(0, m.first - 5), m.first - 1).some((t) => SPEECH_BEFORE.has(t.key)) ||
            // "denied the RSF's accusations that its soldiers…": what the subject denies is about itself.
            tokens.slice(Math.max(0, m.first - 8), m.first - 1).some((t) => DENIAL.test(t.key)))) ||
          // "warned residents … ahead of what it called a final offensive": the subject's own words.
          (tokens?.[m.first - 1]?.key === "what" && NAMING_VERB.test(tokens[m.last]?.key ?? "")),
      );
      if (!r || (repeat && previous.actor.id === r.actor.id)) continue;
      // "soldiers and allied fighters": allies of the actor just named; if the guess is someone not on
      // its side, they are unnamed, not the other side.
      if (
        previous &&
        m.entries.every((e) => e.kind === "generic") &&
        /^(?:allied|loyalist|affiliated|auxiliary)$/.test(tokens?.[m.first - 1]?.key ?? "") &&
        tokens?.[m.first - 2]?.key === "and" &&
        !sameSide(previous.actor, r.actor) &&
        !this.model.allied(previous.actor.id, r.actor.id)
      )
        continue;
      // "gunmen believed to be ISIS members": the unnamed group is the one named after it.
      if (
        previous &&
        tokens &&
        r.mention.entries.some((e) => e.kind !== "generic") &&
        previous.mention.entries.every((e) => e.kind === "generic") &&
        (ARMED_GENERIC.test(previous.actor.kind) ||
          // "prisoners belonging to Los Lobos attacked…": people of an armed group act as the group.
          (previous.actor.kind === "civilians" && isNonState(r.actor))) &&
        identifiedBy(tokens, previous.mention.last, m.first, previous.actor.kind === "civilians")
      ) {
        const identified = {
          ...r,
          mention: previous.mention,
          text: previous.text,
          rule: "ref/identified-as",
        };
        out[out.length - 1] = identified;
        this.history.push({ actor: identified, sentence });
        if (previous.actor.kind === "unidentified" && isNonState(r.actor))
          this.bound.set(unnamedWords(previous.text), identified);
        continue;
      }
      out.push(r);
      this.history.push({
        actor: r,
        sentence,
        setting: r.bareCountry !== null && sceneOf(tokens, m.first),
        place: r.bareCountry !== null && placeOnly(tokens, m.first, m.last),
      });
      this.counts.set(r.actor.id, (this.counts.get(r.actor.id) ?? 0) + 1);
    }
    this.scene = this.settingOf(sentence) ?? this.scene;
    const resolved = this.speakersEnemy(this.withQuotedSpeaker(out, quoted, sentence, tokens), tokens);
    // "REDHAC: - condemns the killings …; - urges the gendarmerie …": a line ending on a colon leads the
    // list of what its first party does.
    if (tokens !== undefined && tokens[tokens.length - 1]?.key === ":") {
      const lead = resolved.find(
        (r) => isParty(r.actor) || r.actor.kind === "ngo" || r.actor.kind === "international",
      );
      this.listLead = lead ? { actor: lead.actor, text: lead.text, sentence } : null;
    }
    return resolved;
  }

  /**
   * "…," President Zelensky said on Telegram. "I call on our partners…": "I" and "we" in a quotation are
   * the party or state quoted in the sentence (named with a verb of speech), else the one quoted in the
   * sentence before; with no such speaker they stand for no one.
   */
  private withQuotedSpeaker(
    out: ResolvedActor[],
    quoted: readonly number[],
    sentence: number,
    tokens: readonly Token[] | undefined,
  ): ResolvedActor[] {
    const speaker = out.find(
      (r, i) =>
        !quoted.includes(i) &&
        QUOTABLE.has(r.actor.kind) &&
        tokens !== undefined &&
        spokenBy(tokens, r.mention),
    );
    // ("The OLA issued the following statement:", "…, the group said in a statement:": a statement
    // introduced as such, to be quoted at length.)
    if (speaker)
      this.lastQuoted = {
        actor: speaker,
        sentence,
        statement:
          tokens !== undefined &&
          tokens.some((t) => /^(?:statement|communiqu[eé]|declaration|following)$/.test(t.key)) &&
          tokens[tokens.length - 1]?.key === ":",
      };
    // "Our forces repelled the attack", "our air defences shot down a drone": the forces of the one quoted,
    // when there is one (else as the words alone would be read).
    const ours = tokens === undefined ? [] : ownForces(out, tokens);
    if (quoted.length === 0 && ours.length === 0) return out;
    // (A statement quoted at length goes on in the speaker's words for some sentences, none of them telling
    // of another speaker: "We condemn this crime … We call on the African Union…".)
    const gap = this.lastQuoted ? sentence - this.lastQuoted.sentence : Infinity;
    const own =
      this.lastQuoted?.statement === true &&
      tokens !== undefined &&
      !tokens.some((t) => SPEECH_BEFORE.has(t.key));
    const who =
      speaker ??
      (this.lastQuoted && (gap <= 1 || (gap <= QUOTED_WINDOW && own)) ? this.lastQuoted.actor : null);
    const kept: ResolvedActor[] = [];
    out.forEach((r, i) => {
      if (ours.includes(i) && who && NON_STATE.has(who.actor.kind))
        kept.push({ ...who, text: r.text, mention: r.mention, rule: "ref/own-forces:quoted" });
      else if (!quoted.includes(i)) kept.push(r);
      else if (who) kept.push({ ...who, text: r.text, mention: r.mention, rule: "ref/pronoun:quoted" });
    });
    return kept;
  }

  /**
   * "The enemy lost up to 420 servicemen, the (Russian) ministry said": the enemy is the speaker's, never
   * the speaker's own side, whatever country the report's places are in.
   */
  private speakersEnemy(out: ResolvedActor[], tokens: readonly Token[] | undefined): ResolvedActor[] {
    if (!tokens || !out.some((r) => r.rule === "ref/enemy")) return out;
    // ('"…," the ministry said. "The enemy lost up to 85 servicemen."': a quotation going on from the
    // sentence before is its speaker's words.)
    const quoting =
      this.lastQuoted !== null &&
      this.sentence - this.lastQuoted.sentence === 1 &&
      QUOTES.has(tokens[0]?.raw ?? "") &&
      STATE.has(this.lastQuoted.actor.actor.kind)
        ? this.lastQuoted.actor
        : undefined;
    const speaker =
      out.find(
        (s) =>
          s.rule !== "ref/enemy" &&
          STATE.has(s.actor.kind) &&
          SPEECH_BEFORE.has(tokens[s.mention.last]?.key ?? ""),
      ) ?? quoting;
    if (!speaker) return out;
    return mapPacked(out, (r) => {
      if (r.rule !== "ref/enemy" || !sameSide(r.actor, speaker.actor)) return r;
      const other = this.adversary(speaker.actor);
      return other && !sameSide(other, speaker.actor) ? { ...r, actor: other, rule: "ref/enemy:speaker" } : r;
    });
  }

  private resolve(
    m: ActorMention,
    sentence: number,
    before: readonly ResolvedActor[] = [],
    joined = false,
    /** Right after a verb of speech ("said they"); "coordinated" when the verb follows "and" ("…, and said it")
     * or is a participle ("…, saying it had killed"), whose subject is the main clause's. */
    afterSpeech: false | "own" | "coordinated" = false,
    afterSpeechThat = false,
  ): ResolvedActor | null {
    const named = m.entries.filter((e) => e.kind !== "generic");
    if (named.length > 0) return this.resolveNamed(m, named, sentence);
    const e = m.entries[0];
    if (!e || e.kind !== "generic") return null;
    const make = (actor: ActorData | null, rule: string, text = m.text): ResolvedActor | null =>
      actor ? { actor, text, mention: m, bareCountry: null, rule } : null;
    switch (e.role) {
      case "stateForces":
        // "The army" is the home country's unless a foreign military was named just before, or the
        // sentence is set in another country ("In neighbouring Somalia, al-Shabaab stormed a military base").
        // "Troops operating in Tammun killed two gunmen, the Israel Defense Forces says": the speaker's own.
        // "In Burkina Faso, the JNIM claimed an attack on a military detachment" after a paragraph on Niger:
        // the country the sentence opens with comes before the military named just before.
        // "Regime forces", "junta troops" are the ruling state's own, never a foreign military named just before
        // ("Russian warplanes struck Saraqib … Regime forces shelled Khan Shaykhun").
        return make(
          this.speakingMilitary ??
            this.countryOfSentence(sentence) ??
            (RULERS_OWN.test(m.text) || this.opensAtHome()
              ? null
              : this.recentState("military", sentence, 1)) ??
            this.sceneState("military") ??
            this.homeState("military") ??
            this.recentState("military", sentence),
          "ref/state-forces",
        );
      case "government":
        // "The Zamfara State Government condemned … The state government said": the unit's government named
        // before, for the words of a state's or a region's government.
        // ("The Bangsamoro regional government", "federal and state authorities" are other governments.)
        if (this.regional && REGIONAL_WORDS.test(e.value) && !otherUnit(this.tokens, m.first))
          return make(this.regional, "ref/government:regional");
        // "Governor Dauda Lawal, speaking in Gusau, appealed…" before any state is named: the government of
        // the unit the sentence, else the report, places things in.
        if (!this.regional && REGIONAL_WORDS.test(e.value) && !otherUnit(this.tokens, m.first)) {
          const unit = this.unitOf();
          if (unit) {
            this.regional = unit;
            return make(unit, "ref/government:regional-of-place");
          }
        }
        // "A Tunis court sentenced", "the Revolutionary Court of Tehran", "a military court in Kinshasa": a
        // court is the government of the town it sits in, else of the one country the sentence is set in.
        if (COURT_WORDS.test(e.value)) {
          const cc = this.townCountry(m) ?? this.placedIn();
          const court = cc ? this.stateOf(cc, "government") : null;
          if (court) return make(court, "ref/government:court");
        }
        // "The foreign ministry in Mogadishu condemned the visit": the government of the capital it sits in.
        {
          const seat = this.capitalAfter(m);
          const seated = seat ? this.stateOf(seat, "government") : null;
          if (seated && !REGIONAL_WORDS.test(e.value)) return make(seated, "ref/government:seated");
        }
        // "The President of the Republic condemned the strikes": the paper's own republic, whoever was named
        // just before.
        if (
          this.tokens?.[m.last]?.key === "of" &&
          this.tokens?.[m.last + 1]?.key === "the" &&
          this.tokens?.[m.last + 2]?.raw === "Republic"
        ) {
          const home = this.homeState("government");
          if (home) return make(home, "ref/government:republic");
        }
        // "The government", like "the army", is the home country's unless another was named just before.
        // ("…urged the Afghan Taliban government to… Traders staged a sit-in outside the deputy
        // commissioner's office": a local office is the home state's, never a foreign government's.)
        {
          const local = LOCAL_OFFICE.test(e.value);
          const atHome = local || this.opensAtHome();
          // ("The IDF did not respond … the defence minister said": the minister of the army the sentence
          // before was about.)
          const army = atHome || !DEFENCE_WORDS.test(m.text) ? null : this.subjectOf(sentence - 1)?.actor;
          const state =
            (army?.kind === "military" && army.country ? this.stateOf(army.country, "government") : null) ??
            (atHome ? null : this.recentState("government", sentence, 1)) ??
            this.sceneState("government", sentence) ??
            this.homeState("government") ??
            (local ? null : this.recentState("government", sentence));
          // "The Tigray Interim Administration called on the federal government": the state's own
          // government, not the region's named just before.
          const national =
            state?.country && FEDERAL_WORDS.test(e.value) ? this.stateOf(state.country, "government") : null;
          return make(
            national ?? state,
            national && national !== state ? "ref/government:federal" : "ref/government",
          );
        }
      case "police": {
        // "The AFC/M23 announced that its police had arrested three suspects": a group's own police.
        const owner =
          /^(?:its|their)\b/i.test(m.text) || /^(?:its|their)$/.test(this.tokens?.[m.first - 1]?.key ?? "")
            ? before.find((b) => NON_STATE.has(b.actor.kind) && b.actor.kind !== "unidentified")
            : undefined;
        if (owner) return make(owner.actor, "ref/police:group's-own");
        // "Haifa police say", "police in Jerusalem arrested": police are those of the town they are
        // named with.
        const town = this.townCountry(m);
        const local = town && town !== this.home ? this.stateOf(town, "police") : null;
        if (local) return make(local, "ref/police:local");
        return make(this.sceneState("police", sentence) ?? this.homeState("police"), "ref/police");
      }
      case "armedRefs": {
        // "A Taliban security official told Amu that the group's forces would launch…": the speaker's group.
        if ((afterSpeech || afterSpeechThat) && /^the (?:group|movement|organi[sz]ation)\b/i.test(m.text)) {
          // (A group's own word, not a state's: "the army said the group attacked" is the enemy.)
          const speaker = before.findLast(
            (b) =>
              isParty(b.actor) &&
              (NON_STATE.has(b.actor.kind) || (b.actor.kind === "government" && !/-gov$/.test(b.actor.id))),
          );
          if (speaker)
            return {
              actor: speaker.actor,
              text: m.text,
              mention: m,
              bareCountry: null,
              rule: "ref/armed-group:speaker",
            };
        }
        // "Armed bandits killed 20 villagers … The attackers arrived on motorcycles": the ones who just
        // attacked, named or not, before any group the report names elsewhere.
        const last = this.lastActor1;
        if (
          ATTACKER_WORDS.test(m.text) &&
          last &&
          sentence - last.sentence <= 2 &&
          (NON_STATE.has(last.actor.actor.kind) || last.actor.actor.kind === "unidentified")
        )
          return { ...last.actor, text: m.text, mention: m, rule: "ref/armed-group:attackers" };
        // "killed dozens of militia members": the militia the report names, before any insurgent.
        const militia = /\bmilitia/i.test(m.text) ? this.mostMentioned((a) => a.kind === "militia") : null;
        if (militia) return make(militia, "ref/armed-group:militia");
        // "separatist fighters" in a report from Cameroon: the country's separatists.
        const separatists =
          this.home && /separatist|secessionist/i.test(m.text)
            ? this.model.separatistsOf.get(this.home)
            : undefined;
        if (separatists) return make(separatists, "ref/armed-group:separatists");
        const insurgent = this.insurgent(sentence);
        return make(insurgent ? this.branchOf(insurgent, sentence) : UNIDENTIFIED, "ref/armed-group");
      }
      case "unidentified": {
        // ("thousands of armed youth" after "armed youth of the White Army"; not "armed youth of the Lou
        // Nuer", who say anew whose they are.)
        const bound = IDENTIFIED_AS.test(this.tokens?.[m.last]?.key ?? "")
          ? undefined
          : this.bound.get(unnamedWords(m.text));
        if (bound) return make(bound.actor, "ref/unidentified:bound");
        return make(UNIDENTIFIED, "actor/unidentified");
      }
      case "civilians":
        return make(CIVILIANS, "actor/civilians");
      case "protesters":
        return make(PROTESTERS, "actor/protesters");
      case "bodyRefs":
        return make(this.recentBody(e.value.replace(/^the /, ""), sentence), "ref/body");
      case "pronoun": {
        // "It was the third glide bomb attack on the city this month": "it" before a copula and a noun
        // phrase names what was told, no one who acts.
        if (m.text.toLowerCase() === "it" && this.tokens && expletiveIt(this.tokens, m.last)) return null;
        // "The SAF and the Joint Forces said they had repelled…": the speaker named just before.
        // "The army launched an operation against the militants, and said it had killed 96 of them": the
        // subject of the first verb, which "and said" shares.
        // ("In Burkina Faso, the JNIM claimed…": a country named as the scene is not the subject.)
        const scene = (b: ResolvedActor): boolean =>
          this.history.some((h) => h.sentence === sentence && h.setting && h.actor.mention === b.mention);
        // ("UN experts said they were appalled": a body that speaks for itself, party or not.)
        const speaks = (b: ResolvedActor): boolean =>
          (isParty(b.actor) || b.actor.kind === "international" || b.actor.kind === "ngo") &&
          b.actor.kind !== "unidentified" &&
          !scene(b);
        // "The AFF, another armed group opposed to the Taliban, claimed on Sunday that it had fired…": "it"
        // in what a party says is the party, the sentence's subject.
        const speaker =
          afterSpeech && (e.value === "recent" || e.value === "org")
            ? afterSpeech === "coordinated"
              ? before.find(speaks)
              : before.findLast((b) => speaks(b) && !this.inRelativeClause(b))
            : afterSpeechThat &&
                (m.text.toLowerCase() === "it"
                  ? e.value === "org"
                  : // "Police said hours later that they had arrested two suspects": the speakers.
                    POSSESSIVE.test(m.text) || (m.text.toLowerCase() === "they" && e.value === "recent"))
              ? before.find(speaks)
              : undefined;
        if (speaker)
          return this.governmentsForces({
            actor: speaker.actor,
            text: speaker.text,
            mention: m,
            bareCountry: speaker.bareCountry,
            rule: "ref/pronoun:speaker",
          });
        // "Two regional carriers said they had suspended flights": speakers no party's name covers are
        // "they", never the last party named.
        if (afterSpeech && m.text.toLowerCase() === "they" && this.tokens) {
          const at = m.first - 2;
          const subject = this.tokens[at];
          if (
            subject &&
            /^[a-z]+s$/.test(subject.raw) &&
            !before.some((b) => b.mention.first <= at && b.mention.last > at)
          )
            return null;
        }
        // "soldiers pursued the militants into the forest, killing three of them": the group just named as
        // the object, not the last party to act.
        if (m.text.toLowerCase() === "them" && this.tokens?.[m.first - 1]?.key === "of") {
          const object = before.findLast(
            (b, k) => k > 0 && b.mention.last < m.first && isParty(b.actor) && !STATE.has(b.actor.kind),
          );
          if (object && before[0] && object.actor.id !== before[0].actor.id)
            return { ...object, text: object.text, mention: m, rule: "ref/pronoun:object" };
        }
        const r = this.resolvePronoun(m, e.value, sentence, before, joined);
        return r && this.governmentsForces(r);
      }
      default:
        return null;
    }
  }

  /**
   * A group with local branches as the branch of the sentence's scene ("In northern Mozambique, insurgents
   * linked to the Islamic State group"), else of its places ("killed 12 al-Shabaab fighters in Lower
   * Shabelle", in a bulletin that goes on to Mozambique), else of the report's or section's country.
   */
  private branchOf(actor: ActorData, sentence: number): ActorData {
    const branch = actor.branches;
    if (!branch) return actor;
    const home = this.settingOf(sentence) ?? this.placedIn() ?? this.home;
    const local = home ? branch[home] : undefined;
    return (local && this.model.actorsById.get(local)) || actor;
  }

  /**
   * Whether a mention is inside a relative clause of the sentence ("Uganda's army, which has fought the ADF
   * alongside Congolese troops, said it had sent…"): the clause describes the subject, it does not speak.
   */
  private inRelativeClause(b: ResolvedActor): boolean {
    const tokens = this.tokens;
    if (!tokens) return false;
    for (let i = b.mention.first - 1; i >= 1; i--) {
      const key = tokens[i]!.key;
      if (key === "," || key === ";") return inApposition(tokens, b.mention.first, b.mention.last);
      if ((key === "which" || key === "who") && tokens[i - 1]!.key === ",") return true;
    }
    return false;
  }

  /** "Somalia's government said its forces had killed…": the forces a state's government calls its own. */
  private governmentsForces(r: ResolvedActor): ResolvedActor {
    const cc = r.actor.country;
    // (An interior ministry's forces are its security forces, no army: the government's own.)
    if (
      !cc ||
      !OWN_FORCES.test(r.mention.text) ||
      /\b(?:interior|home)\b/i.test(r.text) ||
      this.stateOf(cc, "government")?.id !== r.actor.id
    )
      return r;
    const forces = this.forcesOf(cc);
    return forces ? { ...r, actor: forces, text: r.mention.text, rule: `${r.rule}:own-forces` } : r;
  }

  /**
   * The government of the first-level unit of the report's country that the sentence's places lie in, else
   * the one the last few sentences placed something in, else the only one the report has placed anything
   * in, or the one it places most in (twice at the least).
   */
  private unitOf(): ActorData | null {
    const home = this.home;
    if (!home) return null;
    const here = this.places.find(
      (p) => p.country === home && p.admin1 && p.feature && !/^A\.PCL/.test(p.feature),
    );
    let unit = here?.admin1 ?? null;
    // "In neighbouring Zamfara, … in Zurmi LGA … But Governor Dauda Lawal distanced the state government…":
    // the unit the report has just been placing things in, within the last few sentences.
    const last = this.lastUnit;
    if (!unit && last && last.key.startsWith(`${home}|`) && this.sentence - last.sentence <= RECENT_UNIT)
      unit = last.key.slice(home.length + 1) || null;
    if (!unit) {
      // (The only unit placed so far, or the one placed in most, twice at the least.)
      const own = [...this.units].filter(([key]) => key.startsWith(`${home}|`));
      const [key, n] = own.reduce<[string, number]>((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
      if (own.length === 1 || n >= 2) unit = key.slice(home.length + 1) || null;
    }
    // (An old province named by its bearing, GeoNames' "Eastern" for Ituri's towns, names no government.)
    if (!unit || BEARING_UNIT.test(unit)) return null;
    // The unit as its own entry names it ("Zamfara State" for a town's "Zamfara"), as a unit's government
    // named in words is (`withRegionalGovernments`).
    const g = this.model.gazetteer;
    const own = g
      .lookup("exact", normalizeName(unit))
      .find((i) => g.feature(i) === "A.ADM1" && g.country(i) === home);
    return regionalGovernment(home, (own !== undefined && g.admin1(own)) || unit);
  }

  /** The country of the town a mention is named with ("Haifa police", "police in Jerusalem"), if any. */
  private townCountry(m: ActorMention): string | null {
    const tokens = this.tokens;
    if (!tokens) return null;
    const before = tokens[m.first - 1];
    const after =
      tokens[m.last]?.key === "in" || tokens[m.last]?.key === "of" ? tokens[m.last + 1] : undefined;
    const named = this.places.find(
      (p) =>
        p.feature?.startsWith("P.") &&
        p.start !== undefined &&
        ((after !== undefined && p.start === after.start) ||
          (before !== undefined &&
            p.start <= before.start &&
            p.name !== undefined &&
            before.start - p.start < 30 &&
            /^\p{Lu}/u.test(before.raw))),
    );
    return named?.country ?? null;
  }

  /** The one country the sentence's places are in (null for none, or for several). */
  private placedIn(): string | null {
    const cc = this.places[0]?.country;
    return cc && this.places.every((p) => p.country === cc) ? cc : null;
  }

  /** A named mention's actor; a group with local branches is the branch of the sentence's scene or home. */
  private resolveNamed(m: ActorMention, entries: readonly Entry[], sentence: number): ResolvedActor | null {
    const actors = entries.filter((e): e is Extract<Entry, { kind: "actor" }> => e.kind === "actor");
    if (actors.length > 0) {
      // A unit's government is one of the report's countries' ("Kurdistan" is also a province of Iran's);
      // else the words are the government of the report.
      if (actors[0]!.actor.region !== undefined) {
        const unit = byCountryRank(actors, this.countries);
        if (!unit) return this.resolve({ ...m, entries: [GOVERNMENT] }, sentence);
        this.regional = unit.actor;
        return { actor: unit.actor, text: m.text, mention: m, bareCountry: null, rule: m.rule };
      }
      const chosen = byCountryRank(actors, this.countries) ?? actors[0]!;
      // "the joint forces dislodged ADF fighters" in a Congo story: a group's name in plain words ("the
      // joint forces" of Darfur) means that group only in a report about its country.
      // So for a name made only of such words ("Military Operations Command", HTS's in Syria, a Myanmar
      // army command's elsewhere).
      if (actors.length === 1 && plainWordsAbroad(m.text, chosen.actor, this.countries)) return null;
      // "The DPR agreed to revoke the housing allowance" in a report from Jakarta: the short name of a
      // group of a far country the report never names is some other body's (Indonesia's parliament, not
      // the Donetsk People's Republic).
      if (
        actors.length === 1 &&
        farAcronym(
          m.text,
          chosen.actor,
          this.model,
          this.countries,
          this.namedCountries,
          this.placedCountries,
        )
      )
        return null;
      // "officers of the National Security Service arrested an archimandrite" in a report from Armenia: a
      // state body named in words any state's may bear is the report's state's, not South Sudan's NSS (and
      // so is its short name after).
      // ("In neighbouring Guatemala, the National Civil Police (PNC) said…" in a report from Honduras: the
      // state of the sentence's scene.)
      const home = this.settingOf(this.sentence) ?? this.scene ?? this.countries[0];
      const homeData = home ? this.model.countries.get(home) : undefined;
      if (
        actors.length === 1 &&
        homeData &&
        chosen.actor.country !== null &&
        chosen.actor.country !== homeData.cc &&
        // (Not when the report speaks of the body's own country: the BIR in a story from Cameroon's border.)
        !this.namedCountries.has(chosen.actor.country) &&
        (chosen.actor.kind === "military" ||
          chosen.actor.kind === "police" ||
          chosen.actor.kind === "government") &&
        !m.entries.some((e) => e.kind === "country") &&
        // ("The PNC reported 41 arrests" in a report from El Salvador: its Policía Nacional Civil, not
        // Congo's police, whose short name it shares.)
        (STATE_BODY_NAME.test(m.text) ||
          // (A police force's short name only: armies serve abroad, as the UPDF does in Congo.)
          (/^[A-Z]{2,5}$/.test(m.text) && chosen.actor.kind === "police") ||
          this.homeBodies.has(chosen.actor.id))
      ) {
        this.homeBodies.add(chosen.actor.id);
        const kind = chosen.actor.kind;
        const own = this.model.stateOf(homeData.cc, kind) ?? stateActor(homeData, kind);
        return { actor: own, text: m.text, mention: m, bareCountry: null, rule: `${m.rule}:home-state` };
      }
      const actor = this.branchOf(chosen.actor, sentence);
      return { actor, text: m.text, mention: m, bareCountry: null, rule: m.rule };
    }
    const country = entries.find((e): e is Extract<Entry, { kind: "country" }> => e.kind === "country");
    if (!country) return null;
    // "Palestinian gunmen", "Syrian militants": armed men of a country are no state's forces.
    if (countrysArmedMen(m))
      return { actor: UNIDENTIFIED, text: m.text, mention: m, bareCountry: null, rule: m.rule };
    const data = this.model.countries.get(country.cc);
    if (!data) return null;
    const kind =
      m.head === "government"
        ? "government"
        : m.head === "police"
          ? "police"
          : m.head
            ? "military"
            : "government";
    // "The naval forces of the Yemeni armed forces carried out a targeting operation" in a Houthi
    // statement: a group that styles itself the country's armed forces, named in the report, is meant.
    const styled = kind === "military" && ARMED_FORCES.test(m.text) ? this.styledAs(data.cc) : null;
    if (styled)
      return { actor: styled, text: m.text, mention: m, bareCountry: null, rule: `${m.rule}:self-styled` };
    const actor = this.model.stateOf(data.cc, kind) ?? stateActor(data, kind);
    // "Putin", "Aliyev": a leader by name is the government, whatever the act.
    const bare = m.head || country.leader ? null : data.cc;
    return { actor, text: m.text, mention: m, bareCountry: bare, rule: m.rule };
  }

  private resolvePronoun(
    m: ActorMention,
    value: string,
    sentence: number,
    before: readonly ResolvedActor[] = [],
    joined = false,
  ): ResolvedActor | null {
    // "Houthi fighters attacked government positions, and they shelled…", "troops made contact with the
    // terrorists at Sabon Gari, where they engaged them": the sentence's subject goes on into a clause
    // joined by "and", "where" or "when".
    const subject = before[0];
    if (
      value === "recent" &&
      subject &&
      subject.mention.first <= 6 &&
      isParty(subject.actor) &&
      subject.actor.kind !== "unidentified" &&
      m.text.toLowerCase() === "they" &&
      joined
    )
      return {
        actor: subject.actor,
        text: subject.text,
        mention: m,
        bareCountry: subject.bareCountry,
        rule: "ref/pronoun:subject",
      };
    // "38 JAS fighters and their family members surrendered": the possessive is the party named right before
    // "and".
    const joinedTo = before[before.length - 1];
    if (
      /^(?:its|their)$/i.test(m.text) &&
      joinedTo &&
      this.tokens?.[m.first - 1]?.key === "and" &&
      joinedTo.mention.last === m.first - 1 &&
      isParty(joinedTo.actor)
    )
      return { ...joinedTo, mention: m, text: joinedTo.text, rule: "ref/pronoun:joined" };
    // The history is in sentence order (sentences are resolved in turn): the recent part is its tail.
    let from = this.history.length;
    while (from > 0 && this.history[from - 1]!.sentence >= sentence - 2) from--;
    // "… 11 PKK terrorists in northern Iraq. It denied…": a country named as a scene is no antecedent.
    const recent = this.history.slice(from).filter((h) => h.actor.actor.kind !== "civilians" && !h.setting);
    const distinct: ResolvedActor[] = [];
    for (let k = recent.length - 1; k >= 0; k--) {
      const a = recent[k]!.actor;
      if (!distinct.some((d) => d.actor.id === a.actor.id)) distinct.push(a);
    }
    let antecedent: ResolvedActor | undefined;
    if (value === "latter") antecedent = distinct[0];
    else if (value === "former") antecedent = distinct[1];
    else if (value === "group")
      antecedent =
        distinct.find((d) => NON_STATE.has(d.actor.kind)) ??
        // ("Its leaders threatened…" after a minister spoke of them: a group's own, never the state's.)
        (/^(?:its|their) leaders$/i.test(m.text) ? undefined : distinct.find((d) => isParty(d.actor)));
    // "MINUSCA said its troops repelled the assault": the mission just named owns them.
    // "the Arakan Army said that its troops had overrun…": the troops of the party just named, state or not.
    else if (
      value === "state" &&
      /^(?:its|their)\b/i.test(m.text) &&
      before[0] &&
      (mission(before[0].actor) || (isParty(before[0].actor) && before[0].actor.kind !== "unidentified"))
    )
      antecedent = before[0];
    else if (value === "state") {
      // "…, Lebanon's health ministry said. … Israel says it targets Hezbollah. … the ministry said": the
      // body named by that word before any other state.
      // (Any mention of the recent sentences that bore the word, not only each actor's last: "Cambodia's
      // Ministry of National Defence said … Cambodian positions … The ministry accused…".)
      const word = /^the (ministry|command)$/i.exec(m.text)?.[1]?.toLowerCase();
      const named = word
        ? recent.findLast((h) => STATE.has(h.actor.actor.kind) && h.actor.text.toLowerCase().includes(word))
        : undefined;
      antecedent = named?.actor ?? distinct.find((d) => STATE.has(d.actor.kind));
    } else if (value === "coalition")
      antecedent = distinct.find((d) => /coalition/i.test(d.actor.name + d.text));
    else if (value === "recent") {
      const last = this.lastActor1;
      antecedent =
        last && last.sentence >= sentence - 1 ? last.actor : distinct.find((d) => isParty(d.actor));
    } else if (value === "org" && m.first === 0 && this.subjectOf(sentence - 1))
      // "Turkey's Defence Ministry said … 11 PKK terrorists … It denied…": the one the sentence before was about.
      antecedent = this.subjectOf(sentence - 1)!;
    // "Malaysia's facilitator said he was saddened. He urged the BRN…": a person opening a sentence is the
    // one the sentence before was about (elsewhere "he" is too often a victim or a name to resolve).
    else if (value === "person") {
      // (Only a subject that opens the sentence before: "The spokesman said the strikes hit … Pakistan's
      // Waziristan. He called…" is about no one that sentence names first.)
      // ("In Kinshasa, the government spokesman condemned… He accused…": a place or a time before a comma
      // may open that sentence.)
      // ("In his homily he condemned…", "On Sunday he called…": a short opening phrase may come first.)
      // ('"Those behind this cowardly act will not be spared," he said': the speaker after a quotation the
      // sentence opens with.)
      const tokens = this.tokens;
      const quotedFirst =
        tokens !== undefined &&
        m.first >= 2 &&
        /^["”]$/.test(tokens[m.first - 1]!.raw) &&
        /^[,!?]$/.test(tokens[m.first - 2]!.raw) &&
        quotationOpening(tokens) >= 0 &&
        /^(?:said|says|told|wrote|added|warned|declared|stated)$/.test(tokens[m.last]?.key ?? "");
      const opens =
        m.first === 0 ||
        quotedFirst ||
        (before.length === 0 &&
          m.first <= 6 &&
          /^(?:in|on|at|during|later|after|then|earlier)$/.test(this.tokens?.[0]?.key ?? ""));
      // ("'We will not allow Hezbollah to rebuild,' the defence minister said. He called on…": the one
      // who spoke the quotation the sentence before opened with, not a name inside it.)
      const speaker = opens ? this.quotationSpeaker(sentence - 1) : null;
      const subject = opens && !speaker ? this.subjectOf(sentence - 1) : null;
      antecedent =
        speaker ??
        (subject &&
        (subject.mention.first <= 1 ||
          afterOpeningPhrase(this.previousTokens, subject.mention.first) ||
          speakerForOpening(this.previousTokens, subject.mention.first))
          ? subject
          : undefined);
      // "The family of a 17-year-old boy said he had been shot dead": the civilian this sentence named
      // just before, by a word of the pronoun's sex.
      if (!antecedent && m.first > 0) {
        const words = /^she$/i.test(m.text) ? FEMALE_PERSON : /^he$/i.test(m.text) ? MALE_PERSON : null;
        const last = before[before.length - 1];
        if (
          words &&
          last?.actor.kind === "civilians" &&
          words.test(last.mention.text.split(/\s+/).pop()?.toLowerCase() ?? "")
        )
          antecedent = last;
      }
    } else if (value === "org")
      antecedent = distinct.find(
        (d) => isParty(d.actor) || d.actor.kind === "international" || d.actor.kind === "ngo",
      );
    // "It denied that its jets had struck…": the owner is the subject just named.
    // "MINUSCA said its troops repelled the assault": a mission's own troops too.
    else if (
      value === "any" &&
      /^(?:its|their)\b/i.test(m.text) &&
      before[0] &&
      (isParty(before[0].actor) || mission(before[0].actor))
    )
      antecedent = before[0];
    else if (value === "any") antecedent = distinct.find((d) => isParty(d.actor));
    else if (value === "mission") antecedent = distinct.find((d) => d.actor.kind === "international");
    // "thanked the EU … and called on the bloc to go further": the union of states named lately.
    else if (value === "bloc")
      antecedent = distinct.find(
        (d) => d.actor.kind === "international" && BLOC.test(`${d.actor.name} ${d.mention.text}`),
      );
    // "The Carlos Patiño Front … The front warned that it would respond": the armed group or party named
    // lately whose own name ends so ("the movement", "the brigade").
    else if (value === "named-group") {
      const head = m.text.split(/\s+/).pop()!.toLowerCase().replace(/s$/, "");
      antecedent = distinct.find(
        (d) =>
          isParty(d.actor) &&
          `${d.actor.name} ${d.mention.text}`
            .toLowerCase()
            .split(/[\s()'-]+/)
            .some((w) => w.replace(/s$/, "") === head),
      );
    }
    // "The agency called on all parties…", "the rights group said": the aid body or monitor named lately.
    else if (value === "agency")
      antecedent = distinct.find((d) => d.actor.kind === "international" || d.actor.kind === "ngo");
    // "The Forum calls on all parties…": the body named lately whose own name ends so.
    else if (value === "named-org") {
      const head = m.text.split(/\s+/).pop()!.toLowerCase();
      antecedent = distinct.find(
        (d) =>
          (d.actor.kind === "international" || d.actor.kind === "ngo") &&
          `${d.actor.name} ${d.mention.text}`
            .toLowerCase()
            .split(/[\s()'-]+/)
            .includes(head),
      );
    } else if (value === "peacekeepers") {
      // "a peacekeeping patrol": the mission named lately, else the one the report named earlier, else
      // the mission deployed in the report's country.
      antecedent =
        distinct.find((d) => d.actor.kind === "international" && d.actor.country !== null) ??
        this.history.findLast((h) => h.actor.actor.kind === "international" && h.actor.actor.country !== null)
          ?.actor;
      const mission = antecedent ? null : this.missionIn(this.home);
      if (mission)
        return { actor: mission, text: m.text, mention: m, bareCountry: null, rule: "ref/peacekeepers:home" };
    }
    // "its frigates", "its air defences": a state's, a group's or a mission's (the EU's naval mission).
    else if (value === "assets")
      antecedent = distinct.find((d) => isParty(d.actor) || d.actor.kind === "international");
    else if (value === "enemy") {
      const enemy = this.weaponsOwner() ?? this.enemy();
      return enemy ? { actor: enemy, text: m.text, mention: m, bareCountry: null, rule: "ref/enemy" } : null;
    } else if (value === "own") {
      const own = this.ownForces();
      return own ? { actor: own, text: m.text, mention: m, bareCountry: null, rule: "ref/own-forces" } : null;
    }
    if (!antecedent) return null;
    return {
      actor: antecedent.actor,
      text: antecedent.text,
      mention: m,
      bareCountry: antecedent.bareCountry,
      rule: `ref/pronoun:${value}`,
    };
  }

  /** Who speaks the quotation a sentence opens with: '"…," the defence minister said'. */
  private quotationSpeaker(sentence: number): ResolvedActor | null {
    const tokens = this.previousTokens;
    if (sentence !== this.tokensSentence - 1 || !tokens) return null;
    const open = quotationOpening(tokens);
    // ('"We are ready. We will win," Kuleba wrote. He called…': a quotation opened in a sentence before
    // closes in this one, its first mark.)
    const close =
      open >= 0
        ? tokens.findIndex((t, k) => k > open && /^["”]$/.test(t.raw))
        : tokens.findIndex((t) => /^["”]$/.test(t.raw));
    if (close < open + 2 || tokens[close - 1]?.key !== ",") return null;
    const h = this.history.find(
      (x) =>
        x.sentence === sentence &&
        x.actor.mention.first > close &&
        x.actor.mention.first <= close + 2 &&
        (isParty(x.actor.actor) || x.actor.actor.kind === "international" || x.actor.actor.kind === "ngo"),
    );
    return h?.actor ?? null;
  }

  /** The first party, mission or organisation named in a sentence (its subject, most often). */
  private subjectOf(sentence: number): ResolvedActor | null {
    // ("NIAMEY, Niger — Interior Minister … visited": the dateline's country is no subject.)
    const dateline = sentence === this.tokensSentence - 1 ? datelineEnd(this.previousTokens) : -1;
    const h = this.history.find(
      (x) =>
        x.sentence === sentence &&
        !x.setting &&
        x.actor.mention.first > dateline &&
        (isParty(x.actor.actor) || x.actor.actor.kind === "international" || x.actor.actor.kind === "ngo"),
    );
    return h?.actor ?? null;
  }

  /** A militia the report has named that fights on the side of these state forces. */
  private alliedMilitia(state: ActorData): ActorData | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const a = this.history[k]!.actor.actor;
      if (a.kind === "militia" && (this.model.allied(a.id, state.id) || a.parent === state.id)) return a;
    }
    return null;
  }

  /** The peacekeeping mission deployed in a country (the dictionary's international actor placed there). */
  private missionIn(country: string | null): ActorData | null {
    if (!country) return null;
    const cc = country.toUpperCase();
    return this.model.data.actors.find((a) => a.kind === "international" && a.country === cc) ?? null;
  }

  /**
   * The body named lately whose name ends in, or holds, `head` ("commission": the Ethiopian Human Rights
   * Commission), within the salience window; null if none (a body the report never named).
   */
  private recentBody(head: string, sentence: number): ActorData | null {
    const word = new RegExp(`\\b${head}\\b`, "i");
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence < sentence - SALIENCE_WINDOW) break;
      const named = h.actor.mention.entries.some((e) => e.kind !== "generic");
      if (named && (word.test(h.actor.actor.name) || word.test(h.actor.mention.text))) return h.actor.actor;
    }
    return null;
  }

  private recentState(kind: ActorKind, sentence: number, window = SALIENCE_WINDOW): ActorData | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence < sentence - window) break;
      // (A region's government is no state's: "the Borno State Governor called on the Federal Government".)
      if (
        h.actor.actor.kind === kind &&
        h.actor.actor.region === undefined &&
        !h.place &&
        h.actor.mention.entries.some((e) => e.kind !== "generic")
      )
        return h.actor.actor;
    }
    return null;
  }

  /** The military of a country named bare earlier in this sentence ("In neighbouring Somalia, …"). */
  private countryOfSentence(sentence: number): ActorData | null {
    const cc = this.settingOf(sentence);
    return cc ? this.forcesOf(cc) : null;
  }

  /** The armed group that acted last, or was named last, within the last two sentences. */
  private lastArmedGroup(sentence: number): ResolvedActor | null {
    const last = this.lastActor1;
    if (last && sentence - last.sentence <= 2 && NON_STATE.has(last.actor.actor.kind)) return last.actor;
    return (
      this.history.findLast(
        (h) =>
          sentence - h.sentence <= 2 &&
          NON_STATE.has(h.actor.actor.kind) &&
          h.actor.mention.entries.some((x) => x.kind === "actor"),
      )?.actor ?? null
    );
  }

  /** The country a sentence opens on as its scene ("In northern Mozambique, …"), if any. */
  private settingOf(sentence: number): string | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence < sentence) break;
      if (h.actor.bareCountry && h.setting && h.actor.mention.first <= 3) return h.actor.bareCountry;
    }
    // "In Niamey, police arrested…" in a report from Burkina Faso: a town abroad sets the scene too.
    return this.opening !== null && this.opening !== this.home ? this.opening : null;
  }

  /**
   * Whether the sentence opens on a place of the report's own country ("In Juba, the government accused…"
   * after a sentence on Uganda's troops): its state, not a foreign one named just before.
   */
  private opensAtHome(): boolean {
    return this.opening !== null && this.opening === this.home;
  }

  /**
   * The state of the scene the sentence opens on or the sentences before set ("In Syria, …"), when it is
   * not the report's own country.
   */
  private sceneState(kind: "military" | "government" | "police", sentence?: number): ActorData | null {
    const cc = (sentence === undefined ? null : this.settingOf(sentence)) ?? this.scene;
    if (cc === null || cc === this.home) return null;
    return kind === "military" ? this.forcesOf(cc) : this.stateOf(cc, kind);
  }

  private homeState(kind: "military" | "government" | "police"): ActorData | null {
    if (!this.home) return null;
    return kind === "military" ? this.forcesOf(this.home) : this.stateOf(this.home, kind);
  }

  /** The military "the troops" of a country's reports are: its own, or the one its data names (`troopsOf`). */
  private forcesOf(cc: string): ActorData | null {
    return this.stateOf(this.model.countries.get(cc)?.troopsOf ?? cc, "military");
  }

  /** A country's military, government or police, as the dictionary has it (or as made from the country). */
  private stateOf(cc: string, kind: "military" | "government" | "police"): ActorData | null {
    return this.model.stateOf(cc, kind);
  }

  /**
   * "The militants", "the insurgents": the latest rebel group named, else the report's main one; a
   * militia fighting beside the state is "militants" only when no rebel group is in the report.
   */
  private insurgent(sentence: number): ActorData | null {
    // "Fano militiamen captured the town … the army killed 100 of the extremists": failing a rebel group
    // named lately, a militia named in the sentence before, against the state, before a rebel group named
    // anywhere else in the report.
    const home = this.homeState("military");
    let militia: ActorData | null = null;
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence < sentence - SALIENCE_WINDOW) break;
      if (!h.actor.mention.entries.some((e) => e.kind !== "generic")) continue;
      const a = h.actor.actor;
      if (a.kind === "rebel") return a;
      if (
        !militia &&
        a.kind === "militia" &&
        // ("The AFNF said its fighters attacked… The group said it held parts of Dejen… The government
        // said the army repulsed 'extremist groups'": past a sentence that names it only as "the group".)
        h.sentence >= sentence - 2 &&
        !(home && this.model.allied(a.id, home.id))
      )
        militia = a;
    }
    return (
      militia ??
      this.mostMentioned((a) => a.kind === "rebel") ??
      this.recentGroup(sentence) ??
      this.mainGroup()
    );
  }

  private recentGroup(sentence: number): ActorData | null {
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence < sentence - SALIENCE_WINDOW) break;
      if (NON_STATE.has(h.actor.actor.kind) && h.actor.mention.entries.some((e) => e.kind !== "generic"))
        return h.actor.actor;
    }
    return null;
  }

  /**
   * "Both sides": the two sides of the fight told in the sentence before ("ISSP fighters clashed with
   * the MSA … Both sides claimed heavy losses"), else the two most mentioned armed parties that fight
   * each other.
   */
  private bothSides(sentence: number): ActorData[] {
    const fight = this.recentFight(sentence);
    if (fight) return [...fight];
    const first = this.mainGroup() ?? this.recentGroup(sentence) ?? this.mostMentioned((a) => isParty(a));
    if (!first) return [];
    const second = this.adversary(first);
    return second ? [first, second] : [first];
  }

  /** The group the report names that styles itself a country's armed forces (the Houthis, Yemen's), if any. */
  selfStyled(cc: string): ActorData | null {
    return this.styledAs(cc);
  }

  /** The party named in the report that calls itself the armed forces of the country `cc`. */
  private styledAs(cc: string): ActorData | null {
    for (const id of this.partyCounts.keys()) {
      const actor = this.model.actorsById.get(id);
      if (actor?.styledAs === cc) return actor;
    }
    return null;
  }

  private mostMentioned(accept: (a: ActorData) => boolean): ActorData | null {
    let best: ActorData | null = null;
    let bestCount = 0;
    for (const [id, n] of this.partyCounts) {
      const actor = this.model.actorsById.get(id);
      if (actor && n > bestCount && accept(actor)) {
        best = actor;
        bestCount = n;
      }
    }
    return best;
  }

  private mainGroup(): ActorData | null {
    return this.mostMentioned((a) => NON_STATE.has(a.kind));
  }

  /**
   * "The enemy attacked with Shahed-type attack drones": the state whose signature weapons the sentence
   * names (`signatureOwner`), when it is not the report's own.
   */
  private weaponsOwner(): ActorData | null {
    const home = this.home;
    if (!home || !this.tokens) return null;
    const owner = signatureOwner(this.model, this.tokens, this.places, 0, this.tokens.length, home);
    return owner && owner.country !== home ? owner : null;
  }

  /** "The enemy", "the occupiers": the main armed party from outside the report's country. */
  private enemy(): ActorData | null {
    const home = this.home;
    // With no foreign force named, the forces of the other country the report speaks of ("the Russian
    // invasion" … "the enemy attacked").
    const foreign = this.countries.find((c) => c !== home);
    return (
      this.mostMentioned((a) => a.kind === "military" && a.country !== home) ??
      this.foughtByHome() ??
      this.mainGroup() ??
      (foreign ? this.stateOf(foreign, "military") : null)
    );
  }

  /** With no foreign military named, the armed party the home forces are told fighting, if from outside. */
  private foughtByHome(): ActorData | null {
    const own = this.home ? this.homeState("military") : null;
    const fought = own ? this.adversary(own) : null;
    return fought && fought.country !== this.home && isParty(fought) ? fought : null;
  }

  /** "Our defenders", "the Defence Forces" in a bulletin: the forces of the report's own country. */
  ownForces(): ActorData | null {
    return this.homeState("military");
  }

  /**
   * The side an actor fights when the sentence does not say: the party it is most often named beside
   * in the report's sentences of violence, else the most mentioned armed party of the report that is
   * not on its side (its own state's other bodies are on its side).
   */
  adversary(actor: ActorData): ActorData | null {
    // Read from the report's counts, which do not change once sentences are coded: once an actor.
    let known = this.adversaries.get(actor);
    if (known === undefined) this.adversaries.set(actor, (known = this.findAdversary(actor)));
    return known;
  }

  private readonly adversaries = new Map<ActorData, ActorData | null>();

  private findAdversary(actor: ActorData): ActorData | null {
    // A region's government has its state's foes ("the Khyber Pakhtunkhwa chief minister condemned…").
    const state =
      actor.region !== undefined && actor.parent ? this.model.actorsById.get(actor.parent) : undefined;
    if (state) return this.adversary(state);
    // A state's allies are its government's too: Rwanda's troops, allied with Mozambique's army, are no
    // foe of the governor of Cabo Delgado.
    const forces =
      actor.kind === "government" && actor.country ? this.model.stateOf(actor.country, "military") : null;
    // (A crowd or civilians are no side the story fights: "police dispersed the protesters" makes no foe.)
    const against = (p: ActorData): boolean =>
      p.kind !== "government" &&
      p.kind !== "police" &&
      p.kind !== "civilians" &&
      p.kind !== "protesters" &&
      !sameSide(p, actor) &&
      !this.model.allied(p.id, actor.id) &&
      !(forces !== null && this.model.allied(p.id, forces.id));
    let best: ActorData | null = null;
    let most = 0;
    for (const [pair, n] of this.fightCounts) {
      const [a, b] = pair.split("|") as [string, string];
      const other = a === actor.id ? b : b === actor.id ? a : null;
      const foe = other ? this.model.actorsById.get(other) : undefined;
      if (foe && n > most && against(foe)) {
        best = foe;
        most = n;
      }
    }
    return best ?? this.mostMentioned(against);
  }
}

const ARMED_FORCES = /\barmed forces\b/i;

/**
 * Whether the words first…last lie in an apposition between commas that ends on a word of speech ("The
 * Joint Forces, the former rebels who fight alongside the army in the city, said they…"): they describe
 * the subject before it, who speaks.
 */
function inApposition(tokens: readonly Token[], first: number, last: number): boolean {
  let open = -1;
  for (let i = first - 1; i >= 1 && open < 0; i--) {
    const key = tokens[i]!.key;
    if (key === ",") open = i;
    else if (key === ";" || key === ":" || SPEECH_BEFORE.has(key)) return false;
  }
  if (open < 1 || !/\p{L}/u.test(tokens[open - 1]!.raw)) return false;
  for (let i = last; i < tokens.length && i < last + 15; i++) {
    const key = tokens[i]!.key;
    if (key === ",") return SPEECH_BEFORE.has(tokens[i + 1]?.key ?? "");
    if (key === ";" || key === ":" || key === "." || SPEECH_BEFORE.has(key)) return false;
  }
  return false;
}

/** Whether the words after an "it" make it a description: "It was the third attack", "It is a war crime". */
function expletiveIt(tokens: readonly Token[], after: number): boolean {
  let k = after;
  if (/^(?:has|had)$/.test(tokens[k]?.key ?? "") && tokens[k + 1]?.key === "been") k += 2;
  else if (/^(?:was|is|were)$/.test(tokens[k]?.key ?? "")) k += 1;
  else return false;
  return /^(?:the|a|an|not|unclear|unknown|clear|also|one)$/.test(tokens[k]?.key ?? "");
}

/** Words that take part of a group before "of them" or "of whom": "many of them", "some of whom". */
export const PARTITIVE = /^(?:many|some|most|all|several|few|half|both|none|dozens|hundreds|thousands)$/;

/** Whether two actors are on one side: the same actor, one state's bodies, or a group and its parent. */
export function sameSide(a: ResolvedActor["actor"], b: ResolvedActor["actor"]): boolean {
  if (a.id === b.id || a.parent === b.id || b.parent === a.id) return true;
  // A state's own bodies (military, government, police, the governments of its states and regions) are
  // one side; rival governments are not.
  const country = stateSide(a);
  return country !== null && country === stateSide(b);
}

/** The country whose state an actor is a body of (its own, or its parent's: a region's government), or null. */
function stateSide(actor: ResolvedActor["actor"]): string | null {
  return (
    stateCountry(actor.id) ?? (actor.region !== undefined && actor.parent ? stateCountry(actor.parent) : null)
  );
}

/** The key of a pair of actors, whichever comes first: "rsf|sd-mil". */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The country of a place the sentence opens on, right after "In" and before a comma ("In Niamey, …"). */
/**
 * The index of the quotation mark a sentence opens with, after its dateline if any ('NAIROBI — "The
 * attackers will be pursued," the minister said'), or -1.
 */
/** Whether two names of a first-level unit are the same unit ("Zamfara" and "Zamfara State"). */
function sameUnit(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

function quotationOpening(tokens: readonly Token[] | undefined): number {
  const open = datelineEnd(tokens) + 1;
  return /^["“]$/.test(tokens?.[open]?.raw ?? "") ? open : -1;
}

function openingPlace(
  tokens: readonly Token[],
  places: readonly { readonly country: string; readonly start?: number; readonly rule?: string }[],
): string | null {
  // ("14:20 In London, the Foreign Office…": a live blog's time stamp first.)
  const at =
    /^\d{1,2}$/.test(tokens[0]?.key ?? "") && tokens[1]?.raw === ":" && /^\d{2}$/.test(tokens[2]?.key ?? "")
      ? 3
      : 0;
  if (tokens[at]?.key !== "in") return null;
  const second = tokens[at + 1];
  const place = places.find((p) => p.start === second?.start && !p.rule?.includes("demonym"));
  if (!place?.country) return null;
  for (let k = at + 2; k < Math.min(tokens.length, at + 7); k++)
    if (tokens[k]!.key === ",") return place.country;
  return null;
}

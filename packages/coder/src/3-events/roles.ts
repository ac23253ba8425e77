import { mapPacked } from "../arrays.js";
import { DOUBLE_QUOTES, isStop, QUOTES, type Token } from "../1-text/tokens.js";
import { CALENDAR } from "../1-text/calendar.js";
import { isCountWord } from "../2-mentions/counts.js";
import type { ActorKind, TriggerData } from "../model.js";
import {
  ALL_PARTIES,
  CIVILIANS,
  COURT_WORDS,
  datelineEnd,
  MILITIA,
  DENYING,
  PROTESTERS,
  SUSPECTS,
  isNonState,
  isParty,
  joinedByAnd,
  PARTITIVE,
  withoutQualifier,
  sameSide,
  UNIDENTIFIED,
  type ResolvedActor,
} from "./references.js";
import type { ActorData } from "../model.js";
import { pastAdverbs, pastShortBrackets, type SentenceView } from "./sentence.js";
import { accusedAt, isNounUse, isPassive, type TriggerMatch } from "./triggers.js";
import { calledProtest } from "./modality.js";
import { weaponMode } from "../ontology/cameo.js";
import { kmBetween } from "../geo/distance.js";

/** A trigger with its actors: an event before modality, place and ontology. */
export interface Candidate {
  readonly view: SentenceView;
  readonly match: TriggerMatch;
  readonly type: TriggerData["type"];
  readonly mode: string | null;
  readonly actor1: ResolvedActor;
  readonly actor2: ResolvedActor | null;
  readonly rule: string;
  /** What the ontology needs beyond type and mode. */
  readonly flavour: "territory" | "property" | "intercept" | null;
}

/** What roles need from the rest of the report. */
export interface RoleContext {
  /** The side an actor was last seen fighting (or the report's main adversary). */
  readonly opponentOf: (actor: ResolvedActor) => ResolvedActor | null;
  /** The actor of the latest event of the last sentences: who "the raid" or "the missiles" belong to. */
  readonly recentActor: () => ResolvedActor | null;
  /** The author of the attack a reaction refers to ("condemned the attack"): a little further back. */
  readonly recentAuthor: () => ResolvedActor | null;
  /** The actor of the latest attack told shortly before: a weapon's owner when none is named. */
  readonly recentAttacker?: (window?: number) => ResolvedActor | null;
  /** The group named in the report that styles itself this country's armed forces (the Houthis, Yemen's). */
  readonly selfStyled?: (cc: string) => ActorData | null;
  /** The author of the latest attack from afar (drones, missiles, shells) within `window` sentences. */
  readonly recentRemoteAttacker?: (window: number) => ResolvedActor | null;
  /** Who last attacked the party with this id, in the report so far. */
  readonly attackerOf?: (target: string) => ResolvedActor | null;
  /** Who last took people of the party with this id, in the report so far. */
  readonly captorOf?: (captive: string) => ResolvedActor | null;
  /** The captors and captives of the latest abduction or arrest within `window` sentences. */
  readonly recentCapture?: (
    window: number,
  ) => { readonly captor: ResolvedActor; readonly captive: ResolvedActor } | null;
  /** The author and target of the latest attack within `window` sentences. */
  readonly recentAssault?: (
    window: number,
  ) => { readonly attacker: ResolvedActor; readonly target: ResolvedActor | null } | null;
  /** Whether two actors are on one side (one state's bodies, a group and its parent, allies). */
  readonly sameSide: (a: ResolvedActor["actor"], b: ResolvedActor["actor"]) => boolean;
  /** A country's military (ISO alpha-2), as the dictionary has it. */
  readonly forcesOf?: (cc: string) => ActorData | null;
  /** A country's capital (ISO alpha-2): how far from home a place lies. */
  readonly capitalOf?: (cc: string) => { readonly lat: number; readonly lon: number } | null;
  /** The government that rules where the sentence is set (a region's named, the scene's, the home one). */
  readonly governing?: (national?: boolean) => ActorData | null;
  /** The party a list's lead line named ("REDHAC:"), whose items open on their verbs. */
  readonly listAuthor?: () => { readonly actor: ActorData; readonly text: string } | null;
  /** The police of where the sentence is set (the scene's, the home one). */
  readonly policing?: () => ActorData | null;
  /** The military of where the sentence is set (the scene's, the home one). */
  readonly soldiering?: () => ActorData | null;
  /** A country's police (ISO alpha-2), as the dictionary has it. */
  readonly policeOf?: (cc: string) => ActorData | null;
  /** The military of the country a demonym names ("killed by Israeli fire"). */
  readonly militaryOf?: (demonym: string) => ActorData | null;
  /** A country's government (ISO alpha-2). */
  readonly governmentOf?: (cc: string) => ActorData | null;
  /** The military of the side whose signature weapon the tokens [from, to) name, in this sentence's war. */
  readonly weaponOwner?: (from: number, to: number) => ActorData | null;
}

// The bodies of a state: the military whose aircraft strike for it.
const STATE_BODIES: ReadonlySet<ActorKind> = new Set(["military", "government", "police"]);
/** What a court does (sentence, hold, release) and what is done to it (blamed, asked, protested at). */
const COURT_ACTS: ReadonlySet<string> = new Set(["SANCTION", "COERCE", "RETREAT"]);
const COURT_ADDRESSED: ReadonlySet<string> = new Set([
  "ACCUSE",
  "REQUEST",
  "PROTEST",
  "THREATEN",
  "SANCTION",
]);
/** Words that name a state's forces as themselves, not as their state. */
const FORCES_OWN_WORDS = /\b(?:junta|regime|ministry|spokes\w*|staff|command)\b/i;
/** A state's court or judge, named in its own words ("a Tunis court", "the judge"). */
const isCourt = (a: ResolvedActor): boolean => a.actor.kind === "government" && COURT_WORDS.test(a.text);
/** "demanded the immediate release of the three men": those to be freed, not those asked to free them. */
function releaseAskedOf(tokens: readonly Token[], a: ResolvedActor): boolean {
  // (Past the words that count or describe them: "of the three detained Spanish nationals".)
  for (let k = a.mention.first - 1; k > 0 && k >= a.mention.first - 5; k--) {
    const key = tokens[k]!.key;
    if (key === "of") return /^(?:release|freeing|return)$/.test(tokens[k - 1]?.key ?? "");
    if (!tokens[k]!.word || /^(?:and|or|to|by|from|who|which|that)$/.test(key)) return false;
  }
  return false;
}
/** "produce them in court", "tried before a military court": the court as the place of a trial. */
function courtAsPlace(tokens: readonly Token[], a: ResolvedActor): boolean {
  let k = a.mention.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.key ?? "")) k--;
  return /^(?:in|before|at|into|outside|to)$/.test(tokens[k]?.key ?? "");
}

// How many sentences back an unowned weapon ("A ballistic missile struck a residential building")
// is still the last attacker's.
const WEAPON_OWNER_WINDOW = 4;

// What makes a gathering a protest.
// ("relatives gathered in front of the regional police directorate", "outside the Russian embassy": a
// crowd before the seat of a power.)
const GATHERING_PROTESTS =
  /\b(?:demand(?:ing|ed|s)?|chant(?:ing|ed)|placards|banners|slogans|photographs of|portraits of|to protest|in protest|denounc(?:e|ing)|condemn(?:ing)?|calling for|call for|to ask (?:for|where|about|that)|(?:outside|in front of) (?:the )?(?:[\w'’-]+ ){0,3}(?:embassy|parliament|ministry|directorate|governorate|governor's office|courthouse|court|palace|prefecture|town hall|city hall|police station|police headquarters|consulate|presidency|assembly|council))\b/i;

// What a protest may demand of the one it is against: "the departure of MINUSCA".
const OUSTER = /^(?:departure|withdrawal|exit|ouster|expulsion|resignation|removal|dissolution)$/;

// The people a deal exchanges or hands over.
const EXCHANGED = /\b(?:prisoners|captives|detainees|POWs|hostages|bodies)\b/i;

// A demand that captives be freed: "the release of", "their release", "to free them".
// ("called for Mr. Masra's release", "the 'immediate and unconditional release' of all UN personnel".)
const RELEASE_ASKED =
  /\b(?:release["”’']? of|(?:their|his|her|its|the|[\p{L}.]+['’]s) ["“]?(?:(?:immediate|unconditional|safe|and),? )*release|to (?:release|free) (?:them|him|her|all))\b/iu;

// Words of a court's sentence carried out: "executed … on a charge of", "death row", "in Ghezel Hesar prison".
const JUDICIAL =
  /\b(?:prison(?:er)?s?|jail|death row|sentenced|convicted|charges?|court|gallows|hanging|judiciary|verdict|dawn)\b/i;

// A weapon's participle before the one who used it ("a bomb dropped by…", "rockets fired by…").
const WEAPON_PARTICIPLE = /^(?:dropped|fired|launched|planted|detonated|flown|operated)$/;

// How far after a passive verb its agent's "by" may come ("were arrested at their homes on Tuesday night by…").
const BY_AGENT_REACH = 10;
/** The words of a place told at length: "from their home in a rural area about 12 km north of". */
const PLACE_WORDS =
  /^(?:from|their|his|her|its|home|homes|house|houses|in|at|near|a|an|the|rural|remote|area|village|town|district|about|some|around|roughly|nearly|\d+|km|kilometres|kilometers|miles|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|of|outside|on|road|highway|farm|mine|-)$/;

// "condemned the strike", "condemned the killings": an attack told before, whose author is accused (and
// "after the strikes on …": what a statement answers, `placeOf`).
export const CONDEMNED_ACT =
  /^(?:strike|strikes|airstrike|airstrikes|attack|attacks|bombing|bombings|shelling|raid|raids|killing|killings|massacre|assault|ambush|bombardment)$/;
/**
 * Acts whose victims are named after "of": "the abduction of six farmers", "the arrest of the activists"
 * (every `CONDEMNED_ACT` and more).
 */
const HARM_ACT =
  /^(?:strikes?|airstrikes?|attacks?|bombings?|shelling|raids?|killings?|massacres?|assault|ambush|bombardment|abductions?|kidnappings?|arrests?|detentions?|murders?|executions?|torture|disappearances?|shootings?|beatings?|lynchings?)$/;

/** Whether a mention follows "of" past a count or an article: "of six farmers", "of the three students". */
function victimsOf(tokens: readonly Token[], a: ResolvedActor): boolean {
  let k = a.mention.first - 1;
  while (
    k >= 0 &&
    k >= a.mention.first - 4 &&
    (isCountWord(tokens[k]!.key) || /^(?:the|at|least|some|about)$/.test(tokens[k]!.key))
  )
    k--;
  return tokens[k]?.key === "of";
}

// How many sentences back the attack condemned may have been told.
const CONDEMNED_ACT_WINDOW = 8;

// How many sentences back an abduction's or arrest's captors are still those who release "the hostages".
const RELEASE_WINDOW = 8;

// Words that end a clause for role purposes.
const BOUNDARY = new Set([
  ";",
  "but",
  "while",
  "whereas",
  "before",
  "after",
  "then",
  "when",
  "as",
  "which",
  "who",
  "where",
  "because",
  "although",
  "though",
  "since",
  "until",
  "said",
  "says",
  "saying",
  "adding",
  "calling",
  "describing",
  "claiming",
  "according",
  "told",
]);
const SUBJECT_SKIP = new Set([
  "through",
  "under",
  "against",
  "on",
  "at",
  "near",
  "to",
  "into",
  "towards",
  "toward",
  "in",
  "with",
  "from",
  "for",
  "targeting",
  "including",
  "among",
  "around",
  "across",
  "inside",
  "over",
  "along",
  "by",
  "of",
]);
/** "attributed the attack to", "blamed the bombing on": the author follows the noun. */
const ATTRIBUTED =
  /^(?:attribute|attributed|attributes|attributing|blame|blamed|blames|blaming|pinned|link|linked|links|linking|tied)$/;
/** Words before "Russian assaults" that make it something suffered, not done by the subject. */
const AGAINST = /^(?:against|amid|despite|under|fled|fleeing|escaped|escaping|survived|repelled|repulsed)$/;
const PARTICIPLES = new Set(["killing", "wounding", "injuring", "leaving", "kidnapping", "abducting"]);
const FACILITY =
  /^(?:station|post|headquarters|checkpoint|base|building|compound|barracks|academy|office|vehicle|truck|car|hospital)$/;
const SUBORDINATE = new Set([
  "after",
  "before",
  "when",
  "while",
  "until",
  "because",
  "although",
  "though",
  "since",
  "whereas",
  "once",
]);
// After a subordinating word, what makes it a preposition with a time ("since 2021", "before dawn").
const TIME_AFTER =
  /^(?:\d+|dawn|dusk|midnight|noon|daybreak|nightfall|days|weeks|months|years|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "and, after heavy fighting, retook": the "and" before an aside set off by commas right before the verb
 * at `at`, or null.
 */
function asideAfterAnd(tokens: readonly Token[], at: number): number | null {
  if (tokens[at - 1]?.key !== ",") return null;
  for (let k = at - 2; k >= Math.max(1, at - 8); k--) {
    const key = tokens[k]!.key;
    if (key === ",") return tokens[k - 1]!.key === "and" ? k - 1 : null;
    if (!tokens[k]!.word) return null;
  }
  return null;
}

/** Whether the token opens a subordinate clause ("after the shooting had stopped"), not a time ("since 2021"). */
function conjunction(tokens: readonly Token[], k: number): boolean {
  return (
    SUBORDINATE.has(tokens[k]!.key) &&
    !TIME_AFTER.test(tokens[k + 1]?.key ?? "") &&
    // ("has since deployed": an adverb.)
    !(tokens[k]!.key === "since" && /^(?:has|have|had)$/.test(tokens[k - 1]?.key ?? ""))
  );
}
const REPORTS_OWN = new Set([
  "reported",
  "announced",
  "claimed",
  "claims",
  "confirmed",
  "acknowledged",
  "declared",
  "disclosed",
]);
const SPEECH = new Set([
  "said",
  "says",
  "saying",
  "claimed",
  "claims",
  "claiming",
  "announced",
  "stated",
  "reported",
  "told",
  "added",
  "according",
  "confirmed",
  "acknowledged",
  "insisted",
  "alleged",
  "declared",
  "disclosed",
  "denied",
  "dismissed",
]);
/** What a monitor does with an attack: "documented", "recorded", "verified" it. */
const RECORDED =
  /^(?:documented|documenting|recorded|recording|verified|verifying|registered|tallied|counted|logged|investigated|investigating|investigate|probing|probed)$/;
const TERRITORY =
  /^(?:blocks?|streets?|microdistricts?|sectors?|villages?|towns?|city|cities|areas?|bases?|airbase|airport|headquarters|hq|positions?|districts?|hills?|neighbou?rhoods?|settlements?|outposts?|posts?|bunkers?|trenches|camps?|barracks|garrison|territory|township|locality|region|province|county|checkpoints?|crossing|bridge|road|highway|junction|strongholds?|pocket|enclave|quarter|suburbs?|outskirts|centre|center|heights|farms|compound|station|port|airfield|facility|control|prison|prisons|jail|penitentiary|pavilions?|cellblocks?|valleys?|ridges?|ridgelines?|hilltops?|mountains?|islands?|islets?|peninsula|passes|plateau|tunnels?|complex|complexes|sites|depots?|mines|dams?|oilfields?|refinery|refineries)$/;
// Who may be the actor of what: a monitor or a crowd of civilians does not shell or seize.
const VERBAL_ONLY: ReadonlySet<ActorKind> = new Set(["ngo"]);
export const VERBAL: ReadonlySet<string> = new Set([
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "CONSULT",
  "SUPPORT",
  "AGREE",
  "THREATEN",
  "SANCTION",
  "AID",
  "COOPERATE",
]);
const ARMED: ReadonlySet<ActorKind> = new Set([
  "military",
  "police",
  "rebel",
  "militia",
  "unidentified",
  "international",
]);
// Arson and demolition: "torched 30 houses", "demolished 12 buildings", "bulldozed homes".
const DESTRUCTION =
  /^(?:set fire to|set ablaze|set on fire|set alight|torched|burned|burnt|burning|razed|burned down|burnt down|blew up|blown up|blowing up|blow up|dynamited|demolished|demolishing|bulldozed|destroyed homes|destroyed houses|uprooted|uprooting|cut down|chopped down)$/;
/** "set several houses ablaze", "set the market on fire": the head of a split arson, its tail after the object. */
function setOnFire(tokens: readonly Token[], match: { first: number; last: number }): boolean {
  if (match.last !== match.first + 1 || tokens[match.first]!.key !== "set") return false;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 8); k++) {
    if (isStop(tokens[k]!)) return false;
    if (
      /^(?:ablaze|alight)$/.test(tokens[k]!.key) ||
      (tokens[k]!.key === "fire" && tokens[k - 1]?.key === "on")
    )
      return true;
  }
  return false;
}
/** "demands" as a noun: after an article, a possessive or an adjective's place, or before a verb of being. */
function demandsAsThing(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1]?.key ?? "";
  return (
    /^(?:the|its|their|his|her|our|any|these|those|no|main|key|new|economic|political|such|of|s)$/.test(
      before?.key ?? "",
    ) ||
    (before !== undefined && /^['’]$/.test(before.raw)) ||
    /^(?:were|are|was|is|include|included|including|have|had)$/.test(after)
  );
}

/**
 * Whether the sentence is a list's item that opens on its verb, after nothing but a marker ("-", "•",
 * "(a)", "b.", "4.") or the line's start, the verb in lower case ("condemns the killings … and calls on…").
 */
function listItemVerb(tokens: readonly Token[]): boolean {
  let k = 0;
  while (
    k < tokens.length &&
    k < 4 &&
    (!tokens[k]!.word || (/^(?:[a-z]|\d{1,2})$/.test(tokens[k]!.key) && !tokens[k + 1]?.word))
  )
    k++;
  const verb = tokens[k];
  return verb !== undefined && /^\p{Ll}[\p{Ll}-]*s$/u.test(verb.raw);
}

/** What a charge of police or troops is made with: "charged the crowd with batons". */
const CHARGE_WEAPONS =
  /^(?:batons?|sticks|clubs|truncheons|bayonets|horses|shields|tear|teargas|whips|canes)$/;
/** How far after "charged" its "with" is looked for. */
const SPLIT_TAIL = 9;
/** The words of a trigger match, lower-cased keys joined by spaces. */
const wordsOf = (tokens: readonly Token[], m: { first: number; last: number }): string =>
  mapPacked(tokens.slice(m.first, m.last), (k) => k.key).join(" ");
const OPPONENT_TYPES = new Set([
  "ASSAULT",
  "COERCE",
  "CONCEDE",
  "RETREAT",
  "AGREE",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  // ("Pakistan suspended the Simla Agreement and closed its airspace": a measure aimed at the foe.)
  "SANCTION",
]);
// A word before a mention that makes it the object of another verb ("condemned the RSF shelling").
const OBJECT_OF_VERB =
  /^(?:deny|denied|condemned|condemns|accused|accuses|blamed|urged|against|supporting|support|backing|help|helping|allow|allowing|press|pressing|asked|told|met|joined|fighting|targeting|including)$/;

function canAct(a: ResolvedActor, type: string): boolean {
  if (a.actor.kind === "civilians" || a.actor.kind === "protesters")
    return (
      type === "PROTEST" ||
      type === "AGREE" ||
      type === "REQUEST" ||
      (a.actor.kind === "protesters" && type === "ASSAULT") ||
      // "Darayim elders met the provincial governor": those who speak for civilians meet.
      (type === "CONSULT" &&
        /\b(?:leaders|elders|notables|chiefs|representatives|delegation|delegates|spokesmen|committee)$/i.test(
          a.text,
        )) ||
      // "Community leaders accused soldiers of…": those who speak for civilians accuse.
      (type === "ACCUSE" &&
        /\b(?:leaders|elders|residents|villagers|witnesses|eyewitnesses|locals|relatives|survivors|families|family|neighbou?rs|parents|widows?|mothers)$/i.test(
          a.text,
        ))
    );
  // (A union, a movement or an association strikes and marches: "the Kenya Youth Assembly called a shutdown".)
  // ("Cadres of the Janata Samajbadi Party clashed with supporters of the CPN-UML", "Awami League activists
  // attacked a BNP procession": a party's own people fight.)
  // ("The World Food Programme … warned that without new funding it would halve rations": a UN agency's
  // warning is no threat; a union's or a committee's ultimatum is.)
  if (type === "THREATEN" && UNARMED_BODIES.has(a.actor.id)) return false;
  if (VERBAL_ONLY.has(a.actor.kind))
    return VERBAL.has(type) || type === "PROTEST" || (type === "ASSAULT" && partyPeople(a));
  return true;
}

/** A caller's own people: "its supporters", "his followers", "their members". */
const OWN_FOLLOWERS =
  /^(?:its|their|his|her)\s+(?:own\s+)?(?:supporters|followers|members|activists|sympathi[sz]ers|base)$/i;

/** International bodies with no force of their own to threaten with: the UN's agencies and secretariat. */
const UNARMED_BODIES: ReadonlySet<string> = new Set(["un", "wfp", "who", "unrwa", "unesco", "iaea"]);

/** A political party named through its people: "Awami League activists", "cadres of the … Party". */
function partyPeople(a: ResolvedActor): boolean {
  return (
    /\b(?:party|league|congress)\b/i.test(`${a.actor.name} ${a.text}`) &&
    /\b(?:activists|supporters|cadres|militants|members|workers|youths|loyalists|thugs)\b/i.test(a.text)
  );
}

/** Whether the people a mention names are held as suspects: "seven people in connection with the attack". */
function heldAsSuspects(tokens: readonly Token[], a: ResolvedActor): boolean {
  if (/\bsuspects?\b/i.test(a.text)) return false;
  const after = mapPacked(tokens.slice(a.mention.last, a.mention.last + 6), (t) => t.key).join(" ");
  return /^(?:\S+ ){0,3}?(?:in connection with|on suspicion of|suspected of|accused of|over their alleged|for allegedly|allegedly)\b/.test(
    after,
  );
}

/** Words for an office or its holder, which speaks and orders rather than fights. */
const OFFICE_WORDS =
  /\b(?:minister|ministry|president|presidency|governor|spokes(?:man|woman|person)|office|prefecture|administration|head of state|officials?|department|mayor|council|cabinet|commissioner|secretary|ambassador|embassy)\b/i;
/** Words for armed men of a state, which fight whatever office is named with them. */
// (A ministry of defence or of the interior commands forces: "the interior ministry said its forces had
// repelled an attack".)
const FORCE_WORDS =
  /\b(?:forces?|troops|soldiers|factions|security|police|army|militias?|guards?|units?|defen[cs]e|interior)\b/i;

/** Words of a place held before it was left: "held the town for several hours before pulling out". */
const HELD_FIRST = /^(?:held|holding|overran|overrun|occupied|captured|seized|took|entered|controlled)$/;

/** "seized six guards", "seized 17 gold miners": people (a count of them, or civilians) right after a seizing verb. */
function seizedPeople(view: SentenceView, match: TriggerMatch): boolean {
  return objects(view, match).some(
    (o) =>
      o.actor.kind === "civilians" &&
      o.mention.first - match.last <= 3 &&
      view.tokens.slice(match.last, o.mention.first).every((k) => isCountWord(k.key) || /^\d/.test(k.key)) &&
      o.mention.first > match.last,
  );
}

/** Whether the words from a warning's verb to `to` are what it warns of: "warned that anyone who…". */
function warnedOf(tokens: readonly Token[], from: number, to: number): boolean {
  let that = false;
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === "but" || key === "while" || key === "said" || key === "says") return false;
    // ("warned that…, and that Lebanon would bear the consequences": a second threat of its own.)
    if (key === "and" && tokens[k + 1]?.key === "that") return false;
    that ||= key === "that" || key === ":";
  }
  return that;
}

function boundaryBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (BOUNDARY.has(tokens[k]!.key)) return true;
    // "withdrew towards Sake, and that 1,200 soldiers surrendered": "and that" opens a clause of its own.
    if (tokens[k]!.key === "and" && tokens[k + 1]?.key === "that") return true;
  }
  return false;
}

/** Those who speak or act for a body named after "for" or "of": "a spokesman for the army". */
const SPOKESMAN =
  /^(?:spokesman|spokesmen|spokesperson|spokespersons|spokespeople|spokeswoman|office|representative|lawyer|lawyers|secretary|director|coordinator|commissioner)$/;
function precededBy(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const key = tokens[k]!.key;
    // "Around 200 residents protested", "over 300 people": a quantity, not a preposition.
    const next = tokens[k + 1]?.key ?? "";
    if (/^(?:around|over|under)$/.test(key) && (/^\d/.test(next) || isCountWord(next))) continue;
    if (words.has(key))
      return !(
        // "Delegations from Lebanon and Israel met": the people sent, from where they come.
        (key === "from" &&
          /^(?:delegations?|representatives?|delegates?|envoys?|negotiators?|officials|teams?)$/.test(
            tokens[k - 1]?.key ?? "",
          )) ||
        // "A spokesperson for the EU condemned…", "the office of the UN envoy urged…": the one spoken for.
        // (Not "the U.N. humanitarian coordinator for Sudan": a post named with its own body, and its remit.)
        (/^(?:for|of)$/.test(key) &&
          SPOKESMAN.test(tokens[k - 1]?.key ?? "") &&
          /^(?:a|an|the|one|another|chief|senior|deputy|press|media)$/.test(tokens[k - 2]?.key ?? "")) ||
        // "A message attributed to Los Lobos threatened…": the one whose message it is.
        (key === "to" &&
          /^(?:attributed|credited|ascribed)$/.test(tokens[k - 1]?.key ?? "") &&
          MESSAGE.test(tokens[k - 2]?.key ?? "")) ||
        (key === "of" &&
          /^(?:one|two|three|total|units|elements|fighters|members|troops|some|part|forces|hundreds|thousands|dozens|scores|many|group|groups|crowds|columns?|coalition|alliance|battalions?|brigades?|detachments?|contingents?|convoy|delegations?|representatives?|delegates?|envoys?|negotiators?|leaders|officials|commanders|factions?|wing|squads?|teams?|cells?|head|leader|chief|founder|commander|ministers?|presidents|chiefs|ambassadors?|diplomats|mediators|governments)$/.test(
            tokens[k - 1]?.key ?? "",
          ))
      );
    if (
      !/^(?:the|a|an|its|their|his|her|some|several|two|three|four|both|all|other|rival|fellow|local|western|eastern|northern|southern|central|(?:north|south)(?:-?(?:east|west))?|east|west|neighbouring|neighboring|occupied|\d+)$/.test(
        key,
      )
    )
      return false;
  }
  return false;
}

/** An act a threat says it answers: "the aggression will not go unanswered", "any provocation will be met". */
const AGGRESSION =
  /^(?:aggression|aggressions|attack|attacks|strike|strikes|crime|crimes|violation|violations|provocation|provocations|bombing|bombings|shelling|assault|assaults|escalation|massacre|killing|killings|raid|raids|misadventure|adventure|attempt|incursion|infiltration)$/;

/** What carries a party's words: "a message attributed to", "a statement attributed to". */
const MESSAGE =
  /^(?:message|messages|statement|statements|video|videos|post|posts|communiqu[eé]|audio|recording|letter|leaflets?|note|claim)$/;

// Participles that describe a noun rather than act on it: "armed men", "Turkish-backed fighters".
const PARTICIPLE_ADJECTIVE =
  /^(?:armed|backed|allied|based|led|suspected|alleged|unidentified|masked|wanted|affiliated|aligned|linked|trained|equipped|dressed|uniformed|displaced|detained|armoured|armored|coordinated|combined|united|organized|organised|named|unnamed|unknown|called|so-called|hundred|thousand)$/;
const AUX_BEFORE = /^(?:was|were|been|being|is|are|be|had|has|have)$/;
/** Before a participle, a form of "be" makes it passive ("were detained"); "had pursued X" still takes X. */
const BE_BEFORE = /^(?:was|were|been|being|is|are|be)$/;

function objectOfVerb(view: SentenceView, a: ResolvedActor): boolean {
  for (let k = a.mention.first - 1; k >= Math.max(0, a.mention.first - 5); k--) {
    const t = view.tokens[k]!;
    // "after weeks of fighting HTS agreed": a verb form used as a noun takes no object.
    if (OBJECT_OF_VERB.test(t.key))
      return !/^(?:of|the|a|an|heavy|fierce)$/.test(view.tokens[k - 1]?.key ?? "");
    // "pursued the assailants and killed…": the object of a verb in the past tense is no subject.
    if (k === a.mention.first - 1 || /^(?:the|a|an)$/.test(view.tokens[k + 1]?.key ?? "")) {
      // "claimed its air defence had destroyed…": a verb of speech takes a clause, whose subject this is.
      if (
        /^[a-z]+ed$/.test(t.raw) &&
        !SPEECH.has(t.key) &&
        // "the banned Balochistan Liberation Army": an epithet after a determiner, not a verb.
        !(
          /^(?:the|a|an)$/.test(view.tokens[k - 1]?.key ?? "") &&
          /^\p{Lu}/u.test(view.tokens[k + 1]?.raw ?? "")
        ) &&
        !PARTICIPLE_ADJECTIVE.test(t.key) &&
        !BE_BEFORE.test(view.tokens[k - 1]?.key ?? "") &&
        // "junta-controlled police", "Iran-backed militias": the second half of a compound adjective.
        view.tokens[k - 1]?.raw !== "-"
      )
        return true;
    }
    if (view.triggers.some((tr) => tr.last === k + 1 && !isNounUse(view.tokens, tr.first, tr.trigger)))
      return true;
    // "condemned today's Israeli strikes": a possessive time word between verb and object.
    if (t.raw === "'" && view.tokens[k + 1]?.key === "s") continue;
    if (
      !/^(?:the|a|an|its|their|his|her|both|all|some|several|\d+|s|today|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|this|last|morning|night|week)$/.test(
        t.key,
      )
    )
      return false;
  }
  return false;
}

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "who", "whom", "whose", "where"]);

/** Words between "who" and its verb: "who had blocked", "who also set fire". */
const BEFORE_RELATIVE_VERB =
  /^(?:had|have|has|were|was|are|is|also|then|later|allegedly|reportedly|reported)$/;

/**
 * Where the "who" or "which" whose clause the verb at `at` is in stands ("who fled", "who had
 * blocked", "who had blocked the road and set fire": one verb joined to the clause's first by "and"),
 * or -1.
 */
function relativePronounBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  while (k >= 0 && BEFORE_RELATIVE_VERB.test(tokens[k]!.key)) k--;
  if (/^(?:who|which)$/.test(tokens[k]?.key ?? "")) return k;
  if (tokens[k]?.key !== "and") return -1;
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const key = tokens[j]!.key;
    if (key === "," || key === ";" || key === "and" || key === "that") return -1;
    if (/^(?:who|which)$/.test(key)) return j;
  }
  return -1;
}

/**
 * Whether a mention sits in a relative clause that closes before the trigger: "The United States,
 * which has 900 troops in Syria supporting the SDF, urged Turkey…" — the troops do not urge.
 */
function inRelativeClause(tokens: readonly Token[], a: ResolvedActor, before: number): boolean {
  let opened = false;
  for (let k = a.mention.first - 1; k >= 0; k--) {
    const key = tokens[k]!.key;
    if (RELATIVE_PRONOUNS.has(key) && tokens[k - 1]?.key === ",") {
      opened = true;
      break;
    }
    if (key === "," || key === ";") return false;
    // "…residents, who said that soldiers … executed": the content of the relative clause's speech
    // verb is a clause of its own, with its own subject.
    if (key === "that" && SPEECH.has(tokens[k - 1]?.key ?? "")) return false;
  }
  if (!opened) return false;
  for (let k = a.mention.last; k < before; k++) if (tokens[k]!.key === ",") return true;
  return false;
}

/**
 * The token of the verb nearest before `end` in the sentence: an event's trigger, or a past tense right
 * after its subject or an adverb ("the kidnappers later called family members"), not one that names
 * ("a group called Ansar").
 */
function verbBefore(view: SentenceView, end: number): number | undefined {
  const { tokens, triggers, actors } = view;
  const trigger = triggers.findLast(
    (t) => t.last <= end && t.first < end && !isNounUse(tokens, t.first, t.trigger),
  );
  for (let k = end - 1; k > (trigger?.first ?? -1); k--) {
    const t = tokens[k]!;
    if (!/^[a-z]+ed$/.test(t.raw)) continue;
    const before = tokens[k - 1]?.key ?? "";
    if (/(?:ly|later|then|also|again)$/.test(before) || actors.some((a) => a.mention.last === k)) return k;
  }
  return trigger?.first;
}

/**
 * The armed party that says what its unnamed weapons did: "The army said air strikes had killed…",
 * "the RSF said its drones hit…". Only a state's forces or an armed group speaking right before the
 * trigger, with no one else named between.
 */
/** "The Ministry of Defence reported that a joint operation against an EGC structure…": an operation named as a noun. */
function operationNoun(view: SentenceView, match: TriggerMatch): boolean {
  return view.tokens
    .slice(match.first, match.last)
    .some((t) => t.key === "operation" || t.key === "operations" || t.key === "offensive");
}

const SPEAKER_TITLE = /^(?:chief|commander|spokesman|spokesperson|spokeswoman|head|minister)$/;

function armedSpeaker(view: SentenceView, match: TriggerMatch, governments = false): ResolvedActor | null {
  const { tokens, actors } = view;
  // "Israel's military said its aircraft had struck…, and that a drone had killed…": the second
  // clause the speaker reports starts at "and that", and what the first names is not in between.
  let clause = -1;
  for (let k = match.first - 1; k >= Math.max(1, match.first - 8); k--)
    if (tokens[k]!.key === "that" && tokens[k - 1]?.key === "and") {
      clause = k;
      break;
    }
  const reach = clause >= 0 ? 0 : Math.max(0, match.first - 16);
  for (let k = match.first - 1; k >= reach; k--) {
    if (!SPEECH.has(tokens[k]!.key)) continue;
    const speaker = speakerOfVerb(view, k);
    // (With `governments`, a government too: "the interior minister said an operation would be launched"
    // announces its forces' operation.)
    if (
      !speaker ||
      (speaker.actor.kind !== "military" &&
        !(governments && speaker.actor.kind === "government") &&
        !isNonState(speaker.actor))
    )
      return null;
    const between = actors.filter(
      (a) =>
        a.mention.first > Math.max(k, clause) &&
        a.mention.last <= match.first &&
        a.actor.id !== speaker.actor.id,
    );
    return between.length === 0 ? speaker : null;
  }
  return null;
}

/**
 * The one who speaks with the verb of speech at `k`.
 * "…, Brigadier General Yahya Saree, announced that": the name closes an apposition before the verb.
 * "Pakistan's army chief said": a title after the name.
 * "Interior Minister Mohsin Naqvi said": a person's name after the title.
 * "Police in Zamfara said": where the speaker sits, between.
 */
function speakerOfVerb(view: SentenceView, k: number): ResolvedActor | undefined {
  const { tokens, actors } = view;
  // "The Rwanda Security Forces (RSF) said": a short name in brackets between the name and the verb.
  if (tokens[k - 1]?.raw === ")") {
    const open = tokens.findLastIndex((t, j) => j < k - 1 && j >= k - 6 && t.raw === "(");
    if (open > 0) k = open;
  }
  return actors.find(
    (a) =>
      a.mention.last === k ||
      (a.mention.last === k - 1 && (tokens[k - 1]!.key === "," || SPEAKER_TITLE.test(tokens[k - 1]!.key))) ||
      (a.mention.last < k &&
        k - a.mention.last <= 3 &&
        a.actor.kind === "government" &&
        tokens.slice(a.mention.last, k).every((t) => t.word && /^\p{Lu}/u.test(t.raw))) ||
      (a.mention.last < k &&
        k - a.mention.last <= 4 &&
        tokens[a.mention.last]?.key === "in" &&
        tokens.slice(a.mention.last + 1, k).every((t) => t.word && /^\p{Lu}/u.test(t.raw))),
  );
}

/** "Separately, …", "Elsewhere, …": a new story, in which the last attacker is nobody's guess. */
function freshStart(tokens: readonly Token[]): boolean {
  return (
    /^(?:separately|elsewhere|meanwhile)$/.test(tokens[0]?.key ?? "") ||
    (tokens[0]?.key === "in" &&
      /^(?:another|a)$/.test(tokens[1]?.key ?? "") &&
      /^(?:development|separate|incident)$/.test(tokens[2]?.key ?? ""))
  );
}

/** "drones launched by militants", "missiles fired by the Houthis": who launched what was intercepted. */
function launchedBy(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length - 1, match.last + 6); k++) {
    if (BOUNDARY.has(tokens[k]!.key) || tokens[k]!.key === ",") return null;
    if (/^(?:launched|fired|sent|flown)$/.test(tokens[k]!.key) && tokens[k + 1]?.key === "by")
      return view.actors.find((a) => a.mention.first > k + 1 && a.mention.first <= k + 4) ?? null;
  }
  return null;
}

// The words before a trigger that name an act told before (`referredTo`), the types they do it for
// (null: any), and pieces of them one of which every match holds (most words before a trigger hold
// none: a search for them is cheaper than the pattern's).
/** Verbs of condemning, and the epithets that may stand between "the" and the attack condemned. */
const CONDEMNING_WORDS =
  "condemned|condemns|condemning|condemn|denounced|denounces|denouncing|deplored|deplores";
const ATTACK_EPITHETS =
  "latest|recent|deadly|cowardly|heinous|barbaric|brutal|horrific|senseless|dastardly|terrorist|terror|twin|suicide|bomb|drone|rocket|mortar|missile|overnight|night|weekend|morning|cross-border";

const REFERENCES: readonly (readonly [RegExp, ReadonlySet<string> | null, readonly string[]])[] = [
  // "UNMISS called the attack 'abhorrent'", "described the shelling as": a judgement of an act told.
  [
    /\b(?:called|calls|calling|described|describes|describing|labelled|labeled|branded|termed) (?:the|this|that|these|those|such)$/,
    new Set(["ASSAULT"]),
    ["call", "describ", "label", "brand", "termed"],
  ],
  // "The police confirmed the explosion but said only two civilians had been wounded": the act told before.
  [
    /\b(?:confirmed|confirms|confirm|acknowledged|acknowledges) (?:the|this|that)$/,
    new Set(["ASSAULT"]),
    ["confirm", "acknowledg"],
  ],
  // "The army denied the accusation": the accusation told before; no accusation of its own.
  [
    /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes) (?:the|these|those|this|that|such|all)$/,
    new Set(["ACCUSE"]),
    ["denie", "deny", "reject", "dismiss", "refute"],
  ],
  // "An RSF adviser dismissed the sanctions as 'politically motivated'": the sanctions told before, refused.
  [
    /\b(?:denied|rejected|rejects|dismissed|dismisses|condemned|condemns|denounced|denounces|criticised|criticized|welcomed|welcomes) (?:the|these|those|this|such|all|new|us|u s|eu|western)$/,
    new Set(["SANCTION"]),
    ["denie", "reject", "dismiss", "condemn", "denounc", "critici", "welcom"],
  ],
  // "AQAP may attempt to exploit the redeployment of government troops": a deployment spoken of, not a
  // new one (and not by the one who would exploit it).
  [
    /\b(?:exploit|exploits|exploiting|take advantage of|taking advantage of|benefit from|benefiting from|amid|despite)(?: the| a| this| that| any)?$/,
    new Set(["MOBILIZE"]),
    ["exploit", "advantage of", "benefit", "amid", "despite"],
  ],
  // "The chief minister condemned the attack on the Bannu post": the attack told before, judged ("condemned
  // an attack on a village that killed 30" may tell a new one).
  [
    new RegExp(
      `\\b(?:${CONDEMNING_WORDS}) (?:the|this|that|these|those|sunday ' s|monday ' s|tuesday ' s|wednesday ' s|thursday ' s|friday ' s|saturday ' s|yesterday ' s|today ' s)(?: (?:${ATTACK_EPITHETS}))*$`,
    ),
    new Set(["ASSAULT"]),
    ["condemn", "denounc", "deplor"],
  ],
  // "The Government took new measures following the terrorist attack in Fambita": the attack told before,
  // the reason for what is done now.
  [
    new RegExp(
      `\\b(?:following|in the wake of|in response to|in retaliation for|in reprisal for) (?:the|this|that|sunday ' s|monday ' s|tuesday ' s|wednesday ' s|thursday ' s|friday ' s|saturday ' s|yesterday ' s|last week ' s)(?: (?:${ATTACK_EPITHETS}))*$`,
    ),
    new Set(["ASSAULT"]),
    ["following", "wake of", "response to", "retaliation for", "reprisal for"],
  ],
  // "did not say which of the two attacks the suspects were linked to", "it was the 14th attack on health
  // care this year": attacks counted or picked among, none told anew.
  [
    /\b(?:which of the(?: two| three| several)?|(?:was|is|were|marks|marked) the (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))$/,
    new Set(["ASSAULT"]),
    ["which of", "the"],
  ],
  // "the perpetrators of this cowardly attack will be hunted down", "those responsible for attacks on
  // civilians": the ones an act is laid on, no act of theirs told.
  [
    /\b(?:perpetrators of|those responsible for|people responsible for|those behind|authors of|accountable for)(?: \S+){0,2}$/,
    new Set(["ASSAULT"]),
    ["perpetrators of", "responsible for", "those behind", "authors of", "accountable for"],
  ],
  // "ordered the evacuation of eight villages, citing the constant shelling": the reason given, no act of
  // the one who gives it.
  [
    /\b(?:citing|cited|cites)(?: the| a| an| ["“‘]| continued| constant| ongoing| repeated| heavy| intense)*$/,
    null,
    ["cit"],
  ],
  // "demanded the withdrawal of federal troops", "called for the deployment of peacekeepers": what is asked
  // for, not done (the demand is an event of its own).
  [
    /\b(?:demanded|demands|demanding|demand|called for|calls for|calling for|call for|urged|urges|urging|sought|seeks|seeking)(?: the| an| a)?(?: immediate| full| complete| total| unconditional| swift)?$/,
    new Set(["RETREAT", "MOBILIZE"]),
    ["demand", "call", "urg", "sought", "seek"],
  ],
  // "deployed more officers to Lamu following the attacks": the attacks told before, the reason for the act.
  [
    /\b(?:following|after) (?:the|these|those|this|that|last week ' s|sunday ' s|monday ' s|tuesday ' s|wednesday ' s|thursday ' s|friday ' s|saturday ' s)(?: recent| latest| deadly| twin| weekend| overnight)?$/,
    new Set(["ASSAULT"]),
    ["follow", "after"],
  ],
  // "took 30 young men from the camp despite their families' protests": an objection in passing.
  [/\bdespite(?: \S+){0,3}$/, new Set(["PROTEST"]), ["despite"]],
  // "The RSF did not comment on the strike": the strike told before, not one the RSF denies.
  // ("moved to stifle reporting on the killings": the killings told before.)
  [
    /\b(?:comment|commented|comments|commenting|reporting|reports|coverage|news) (?:on|about|of)(?: \S+){0,2}$/,
    null,
    ["comment", "reporting", "reports", "coverage", "news"],
  ],
  // "found the launcher used in this morning's rocket attack", "in connection with the attack".
  [
    /\b(?:used in|involved in|in connection with|connected to|linked to|suspected of involvement in|in relation to|investigation into|probe into)\b(?: (?:the|a|an|this|that|last|yesterday|today|[\w-]+ ' s|[\w-]+ s|morning|night|week|sunday|monday|tuesday|wednesday|thursday|friday|saturday|rocket|drone|bomb|suicide|car|mortar|missile|deadly|recent))*$/,
    new Set(["ASSAULT"]),
    [
      "used in",
      "involved in",
      "connection with",
      "connected to",
      "linked to",
      "involvement in",
      "relation to",
      "investigation into",
      "probe into",
    ],
  ],
];

const DENIED_NOUN = new RegExp(
  `\\b(?:${DENYING})(?: (?!(?:that|to|and|but|or|after|before|while)(?: |$)|,)\\S+){0,4}$`,
);

/**
 * Whether the noun at `at` is others' word that the sentence's subject denies: "denied accusations",
 * "denied Taliban accusations", "rejected the army's allegations".
 */
function deniedNoun(tokens: readonly Token[], at: number): boolean {
  return DENIED_NOUN.test(mapPacked(tokens.slice(Math.max(0, at - 6), at), (t) => t.key).join(" "));
}

const CONDEMNING_VERB = new RegExp(`^(?:${CONDEMNING_WORDS})$`);
const ATTACK_EPITHET = new RegExp(`^(?:${ATTACK_EPITHETS})$`);

/** The act a condemnation names after "the", past epithets and quotation marks ("the "barbaric" attacks"). */
function condemnedNoun(tokens: readonly Token[], after: number): Token | undefined {
  // ("appalled by the executions", "outraged at the killing": the feeling's cause.)
  const the = /^(?:by|at|over)$/.test(tokens[after]?.key ?? "") ? after + 1 : after;
  let at = the;
  // ("condemned today's strikes", "Sunday's attack": a day's act is named as "the" one is.)
  if (
    DAY_OWNER.test(tokens[the]?.key ?? "") &&
    /^['’]$/.test(tokens[the + 1]?.raw ?? "") &&
    tokens[the + 2]?.key === "s"
  )
    at = the + 2;
  else if (tokens[the]?.key !== "the") return undefined;
  return tokens.slice(at + 1, at + 6).find((k) => !QUOTES.has(k.raw) && !ATTACK_EPITHET.test(k.key));
}
/** Days whose acts are named by them: "today's strikes", "Sunday's attack". */
const DAY_OWNER = /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Whether "by" follows within the clause after `at`: "the killing of three activists by police". */
function agentAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 10); k++) {
    if (BOUNDARY.has(tokens[k]!.key) || tokens[k]!.key === ",") return false;
    if (tokens[k]!.key === "by") return true;
  }
  return false;
}

/** Whether the trigger at `at` names an act told before rather than a new one (`REFERENCES`). */
function referredTo(tokens: readonly Token[], at: number, type: string): boolean {
  const before = mapPacked(tokens.slice(Math.max(0, at - 8), at), (t) => t.key).join(" ");
  return REFERENCES.some(
    ([words, types, needs]) =>
      (types === null || types.has(type)) && needs.some((w) => before.includes(w)) && words.test(before),
  );
}

/**
 * The last attacker, as the author of what the sentence names no one for, unless the sentence starts a
 * new story ("Separately, …") or has it speak after the act ("Two rockets were fired towards Kiryat
 * Shmona, the Israeli army says").
 */
function lastAttacker(
  view: SentenceView,
  match: TriggerMatch,
  recent: ResolvedActor | null,
): ResolvedActor | null {
  return recent && !freshStart(view.tokens) && !speaksAfter(view, match, recent) ? recent : null;
}

/**
 * Whether the actor speaks after the act ("Two rockets were fired towards Kiryat Shmona, the Israeli army
 * says"): the one reporting rockets fired at it did not fire them.
 */
function speaksAfter(view: SentenceView, match: TriggerMatch, actor: ResolvedActor): boolean {
  return view.actors.some(
    (a) =>
      a.actor.id === actor.actor.id &&
      a.mention.first > match.last &&
      SPEECH.has(view.tokens[a.mention.last]?.key ?? ""),
  );
}

/**
 * A passive killing of armed men ("scores of terrorists were neutralised") in what a state's forces say:
 * the speaker and the killed, when the speaker is a military and the killed a non-state armed party.
 */
function speakerOfKilling(
  view: SentenceView,
  match: TriggerMatch,
): { speaker: ResolvedActor; killed: ResolvedActor } | null {
  const { tokens, actors } = view;
  if (!/^(?:killed|neutrali[sz]ed|eliminated|liquidated|destroyed)$/.test(tokens[match.first]!.key))
    return null;
  const killed = actors.findLast((a) => a.mention.last <= match.first && match.first - a.mention.last <= 3);
  if (!killed || !(isNonState(killed.actor) || killed.actor.kind === "unidentified")) return null;
  const speaker = actors.find(
    (a) =>
      a.mention.last <= killed.mention.first &&
      a.actor.kind === "military" &&
      SPEECH.has(tokens[a.mention.last]?.key ?? ""),
  );
  return speaker ? { speaker, killed } : null;
}

/**
 * "The Interior Ministry said 37 people had been detained", "police said two suspects were arrested": those
 * the state's forces that speak say were arrested, with no one else named, were arrested by them.
 */
function speakerOfArrest(
  view: SentenceView,
  match: TriggerMatch,
): { speaker: ResolvedActor; held: ResolvedActor[] } | null {
  const { tokens, actors } = view;
  const indicted = match.trigger.id === "accuse/allege:indict";
  if (match.trigger.id !== "coerce/arrest:arrest" && !indicted) return null;
  // "Two men have been charged with aggravated arson, police said": the charging police speak after.
  const after = indicted
    ? actors.find(
        (a) =>
          a.mention.first > match.last &&
          (a.actor.kind === "police" || a.actor.kind === "government") &&
          SPEECH.has(tokens[a.mention.last]?.key ?? ""),
      )
    : undefined;
  if (after) {
    const charged = actors.filter((a) => a.mention.last <= match.first && a.actor.id !== after.actor.id);
    return charged.length > 0 ? { speaker: after, held: charged.slice(-1) } : null;
  }
  // ("Police in Pemba said…": where the speaker is may come between.)
  const speaker = actors.find(
    (a) =>
      a.mention.last < match.first &&
      (a.actor.kind === "police" || a.actor.kind === "military") &&
      [0, 1, 2, 3, 4].some(
        (d) =>
          SPEECH.has(tokens[a.mention.last + d]?.key ?? "") &&
          tokens
            .slice(a.mention.last, a.mention.last + d)
            .every(
              (k) =>
                /^(?:in|at|on|the|scene|officers?|officials?|spokes(?:man|woman|person)|commanders?|sources?)$/.test(
                  k.key,
                ) || /^\p{Lu}/u.test(k.raw),
            ),
      ),
  );
  if (!speaker) return null;
  const held = actors.filter(
    (a) =>
      a.mention.first > speaker.mention.last &&
      a.mention.last <= match.first &&
      a.actor.id !== speaker.actor.id,
  );
  return { speaker, held: held.slice(0, 1) };
}

/** Subjects: the nearest mention(s) left of the trigger in its clause, coordinated ones included. */
function subjects(view: SentenceView, match: TriggerMatch): ResolvedActor[] {
  const { tokens, actors, triggers } = view;
  const type = match.trigger.type;
  // "President Evariste Ndayishimiye warned on Friday that Burundi would defend its territory": a head of
  // state the dictionaries do not know speaks for the state his warning names as about to act.
  if (type === "THREATEN") {
    const speaker = actors.findLast((a) => a.mention.last <= match.first);
    let that = match.last;
    while (that < match.last + 4 && tokens[that] && tokens[that]!.key !== "that") that++;
    const state =
      tokens[that]?.key === "that"
        ? actors.find(
            (a) =>
              a.mention.first === that + 1 &&
              a.mention.head === null &&
              a.mention.entries.length > 0 &&
              a.mention.entries.every((e) => e.kind === "country"),
          )
        : undefined;
    if (
      speaker &&
      state &&
      speaker.rule.startsWith("ref/government") &&
      /^\p{Lu}/u.test(tokens[speaker.mention.last]?.raw ?? "") &&
      state.actor.country !== speaker.actor.country &&
      /^(?:would|will|could|is|was)$/.test(tokens[state.mention.last]?.key ?? "")
    )
      return [state];
  }
  // "an inter-agency convoy organized by OCHA delivered food": the convoy's organiser delivers.
  if (type === "AID" || type === "MOBILIZE") {
    const organiser = actors.find(
      (a) =>
        a.mention.last === match.first &&
        tokens[a.mention.first - 1]?.key === "by" &&
        /^(?:organi[sz]ed|run|led|sent|operated|chartered|contracted|coordinated|funded|dispatched)$/.test(
          tokens[a.mention.first - 2]?.key ?? "",
        ),
    );
    if (organiser) return [organiser];
  }
  // "accused the army of carrying out drone strikes on two villages": the accused does the act.
  if (type === "ASSAULT") {
    let of = match.first - 1;
    while (
      of > match.first - 4 &&
      /^(?:carrying|out|conducting|launching|staging|having|carried|conducted|launched|staged)$/.test(
        tokens[of]?.key ?? "",
      )
    )
      of--;
    const accused = tokens[of]?.key === "of" ? actors.find((a) => a.mention.last === of) : undefined;
    if (accused && accusedAt(triggers, accused.mention.first)) return [accused];
  }
  // "The government arrested SPLA-IO officials in Juba, accusing the party of…": a participle after a
  // comma speaks for the subject of the sentence's main verb.
  if (
    (VERBAL.has(type) || type === "PROTEST") &&
    tokens[match.first - 1]?.key === "," &&
    /ing$/.test(tokens[match.first]!.key)
  ) {
    // "…, the U.N. said, calling for their release": the one who just spoke.
    // ("WHO's representative in Sudan said, urging…": where the speaker sits is no speaker.)
    const speaker = SPEECH.has(tokens[match.first - 2]?.key ?? "")
      ? actors.findLast(
          (a) =>
            a.mention.last <= match.first - 2 &&
            !/^(?:in|at|from)$/.test(tokens[a.mention.first - 1]?.key ?? "") &&
            !tokens.slice(a.mention.last, match.first - 2).some((k) => k.key === "," || BOUNDARY.has(k.key)),
        )
      : undefined;
    if (speaker) return [speaker];
    const own = mainClauseSubjects(view, match, match.first);
    if (own.length > 0) return own;
  }
  // "Fano fighters took control of Bichena after attacking the town's police station": a participle after
  // "after", "before", "while" or "by" is the main verb's subject's act (not "… before fleeing": attackers
  // leaving is no event of its own).
  if (
    (type === "ASSAULT" || type === "COERCE") &&
    /ing$/.test(tokens[match.first]!.key) &&
    /^(?:after|before|while|by)$/.test(tokens[match.first - 1]?.key ?? "")
  ) {
    const own = mainClauseSubjects(view, match, match.first - 1);
    if (own.length > 0) return own;
  }
  // "Police officers resisted for several hours before withdrawing towards Hinche": defenders giving up
  // ground, with no act of theirs told before (attackers leaving after their raid is no event).
  if (
    type === "RETREAT" &&
    tokens[match.first]!.key === "withdrawing" &&
    /^(?:after|before)$/.test(tokens[match.first - 1]?.key ?? "") &&
    !triggers.some((o) => o.first < match.first && o !== match)
  ) {
    const subject = actors.find(
      (a) =>
        a.mention.last < match.first - 1 &&
        !/^(?:in|at|from|of|to|by|near|on|with|against)$/.test(keyBefore(tokens, a.mention.first)),
    );
    if (
      subject &&
      !tokens.slice(subject.mention.last, match.first - 1).some((k) => BOUNDARY.has(k.key) || k.key === ",")
    )
      return [subject];
  }
  // "called on all parties to protect civilians and urged M23…": a verb right after "and" shares the
  // subject of the verb before it; what lies between that verb and "and" is its object or complement.
  // ("claimed to have killed dozens of soldiers and to have taken the camp": past "to" and "to have".)
  // ("… pushed out of El Obeid and, after heavy fighting, retook four villages": past an aside after "and".)
  // ("rejected the charge and in turn accused Kinshasa", "welcomed the ruling but urged the authorities":
  // past an adverb after "and", and "but" as "and".)
  const verbStart = pastAdverbs(tokens, match.first);
  let joint = asideAfterAnd(tokens, match.first) ?? verbStart - 1;
  // ('struck "terrorist logistics hubs" and "neutralised scores of terrorists"': a quotation mark opens
  // after "and".)
  if (DOUBLE_QUOTES.has(tokens[joint]?.raw ?? "")) joint -= 1;
  if (tokens[joint]?.key === "have" && tokens[joint - 1]?.key === "to") joint -= 2;
  else if (tokens[joint]?.key === "to") joint -= 1;
  const afterAnd = /^(?:and|but)$/.test(tokens[joint]?.key ?? "");
  const previousVerb = afterAnd ? verbBefore(view, joint) : undefined;
  // ("PORT-AU-PRINCE, Haiti — …": the dateline's country is where the story was filed, no subject.)
  const dateline = datelineEnd(tokens);
  const left = actors.filter(
    (a) =>
      a.mention.first < match.first &&
      a.mention.first > dateline &&
      a.mention.last <= match.last &&
      (previousVerb === undefined || a.mention.last <= previousVerb) &&
      // ("stopped three WFP-contracted trucks and made off with …": the owner named in a qualifier.)
      !ownerQualifier(tokens, a) &&
      !inRelativeAside(tokens, a, match.first) &&
      !inContactClause(tokens, a) &&
      // ("demanded that Ukraine withdraw from the land that it holds and threatened…": a pronoun opening a
      // clause of "that" is no subject of a verb joined by "and" to the main one.)
      !(
        afterAnd &&
        a.mention.last - a.mention.first === 1 &&
        /^(?:it|they|he|she)$/.test(tokens[a.mention.first]!.key) &&
        /^(?:that|which|who)$/.test(tokens[a.mention.first - 1]?.key ?? "")
      ) &&
      // ("The Law Society of Kenya (LSK) West Kenya branch accused…": the branch's region, no subject.)
      !(
        /^(?:branch|chapter|wing|section|office)$/.test(tokens[a.mention.last]?.key ?? "") &&
        actors.some(
          (o) => o !== a && o.mention.last <= a.mention.first && o.mention.last >= a.mention.first - 5,
        )
      ),
  );
  // "X said Y attacked": X speaks; the attacker is inside the reported clause, unless X "reported an attack".
  // ("Around 60,000 people, according to police (the organisers said 100,000), marched": a count's source,
  // in brackets or in an aside after the subject, tells no clause.)
  let speech = -1;
  let depth = 0;
  for (let k = match.first - 1; k >= 0; k--) {
    if (tokens[k]!.raw === ")") depth++;
    else if (tokens[k]!.raw === "(") depth = Math.max(0, depth - 1);
    else if (
      depth === 0 &&
      SPEECH.has(tokens[k]!.key) &&
      !(tokens[k]!.key === "according" && tokens[k - 1]?.key === ",")
    ) {
      speech = k;
      break;
    }
  }
  // "the General Staff reported a drone strike": the speaker's own act; "the ministry said a strike…": a report.
  // "announced on its Facebook page that a drone strike…": where it was said is no distance.
  const said = speech >= 0 ? speech + channelAfter(tokens, speech) : -1;
  const speakerGoverns =
    speech >= 0 &&
    ((match.first - said <= 3 &&
      REPORTS_OWN.has(tokens[speech]!.key) &&
      // "reported the attack" may be anyone's; "announced the arrest of" is the announcer's own.
      (tokens[match.first - 1]?.key !== "the" || /^(?:announced|claimed)$/.test(tokens[speech]!.key))) ||
      // "the SAF denied withdrawing", "admitted carrying out": the speaker's own (denied) act.
      (match.first === speech + 1 && /ing$/.test(tokens[match.first]!.key)) ||
      // "JNIM claimed responsibility for the attack".
      // "Hezbollah denied any involvement in the attack": the speaker's own act, denied.
      tokens.slice(speech, match.first).some((t) => t.key === "responsibility" || t.key === "involvement") ||
      // "COCOMI announced a 48-hour total shutdown": a strike called is its caller's.
      (match.trigger.type === "PROTEST" &&
        /^(?:announced|announces|declared|declares)$/.test(tokens[speech]!.key) &&
        calledProtest(tokens, match.first)) ||
      // "the city authorities announced that from Friday the curfew will begin": a decree is its announcer's.
      (match.trigger.id === "coerce/curfew:curfew" &&
        /^(?:announced|announces|declared|declares|ordered|orders|decreed)$/.test(tokens[speech]!.key) &&
        !actors.some((a) => a.mention.first > speech && a.mention.last <= match.first)));
  let pick: ResolvedActor | undefined;
  // "…engaged the attackers, who fled": the relative pronoun's antecedent is the subject.
  // ("protesters who had blocked the road and set fire to a police box": past an auxiliary, and through
  // a verb joined by "and" in the same relative clause.)
  const who = relativePronounBefore(tokens, match.first);
  if (who >= 0) {
    const antecedent = left.find(
      (a) => a.mention.last === who || (a.mention.last === who - 1 && tokens[who - 1]?.key === ","),
    );
    // (Protesters who set fire to a police box riot: no one else did it.)
    if (antecedent) return canAct(antecedent, type) ? [antecedent] : [];
  }
  for (let k = left.length - 1; k >= 0; k--) {
    const a = left[k]!;
    if (speech >= 0 && !speakerGoverns && a.mention.last <= speech && !VERBAL.has(type)) break;
    if (
      precededBy(tokens, a.mention.first, SUBJECT_SKIP) ||
      objectOfVerb(view, a) ||
      inRelativeClause(tokens, a, match.first) ||
      objectOfInfinitive(tokens, a.mention.first)
    )
      continue;
    // "a commander standing outside the police station": a building, not the actor.
    if (FACILITY.test(tokens[a.mention.last]?.key ?? "")) continue;
    // ("Awami League activists held a rally": the protest's own noun is no subject when one stands right
    // before its verb.)
    if (
      k > 0 &&
      a.mention.first <= match.first &&
      a.mention.last >= match.last &&
      left[k - 1]!.mention.last === a.mention.first - 1 &&
      /^(?:held|staged|organised|organized|led|brought|took)$/.test(tokens[a.mention.first - 1]?.key ?? "")
    )
      continue;
    // ("60,000 people, according to police (the organisers said 100,000), marched": an aside in brackets.)
    if (inBrackets(tokens, a.mention.first, match.first)) continue;
    // ("Hundreds of farmers drove their tractors onto motorways in protest": an owner's word before an
    // object, after the subject.)
    if (
      k > 0 &&
      /^(?:their|its|his|her)$/i.test(a.mention.text) &&
      tokens[a.mention.last]?.word &&
      a.mention.last < match.first &&
      afterVerb(tokens, a.mention.first)
    )
      continue;
    // "condemned the RSF and the Myanmar military for attacks": the second of two objects is one too
    // (but "hosts Israeli and Hamas delegations for indirect talks": the guests meet each other).
    const partner = left[k - 1];
    if (
      partner &&
      type !== "CONSULT" &&
      type !== "AGREE" &&
      joinedByAnd(tokens, partner, a) &&
      (objectOfVerb(view, partner) || precededBy(tokens, partner.mention.first, SUBJECT_SKIP))
    )
      continue;
    // "Units of the PNH, supported by the Kenyan-led MSS mission, launched…": the companion (and its
    // short name in brackets) is no subject of its own; it is added to the subject's act later.
    if (
      k > 0 &&
      (companion(tokens, a.mention.first) ||
        (tokens[a.mention.first - 1]?.key === "(" &&
          left.some((b) => b.actor.id === a.actor.id && b !== a && companion(tokens, b.mention.first))))
    )
      continue;
    // "police arrived after the shooting had stopped": the subject of another clause; but "troops moved
    // in after the call and engaged the attackers" comes back to the main clause with "and".
    if (
      tokens.slice(a.mention.last, match.first).some((t, k) => conjunction(tokens, a.mention.last + k)) &&
      !afterAnd
    )
      break;
    // "…members of the PKK and that the car was burnt out": a new clause with a subject of its own.
    if (
      tokens
        .slice(a.mention.last, match.first)
        .some(
          (t, k, all) =>
            (t.key === "that" || t.key === "whether") && /^(?:and|but|or)$/.test(all[k - 1]?.key ?? ""),
        )
    )
      break;
    // The nearest subject decides: "people fleeing the city" is no retreat by the RSF named before;
    // but in "31 Boko Haram fighters and their families surrendered" the fighters still do.
    if (!canAct(a, type)) {
      let j = k - 1;
      while (j >= 0 && /^(?:its|their)$/.test(tokens[left[j]!.mention.first]?.key ?? "")) j--;
      const partner = left[j];
      // ("Supporters of the Bangladesh Nationalist Party (BNP) and Bangladesh Jamaat-e-Islami": past a short
      // name in brackets and a country's name before the party's.)
      const gap = partner
        ? tokens.slice(pastShortBrackets(tokens, partner.mention.last), a.mention.first)
        : [];
      if (
        partner &&
        gap.some((g) => g.key === "and") &&
        gap.every(
          (g, j) =>
            /^(?:and|their|its|the|,)$/.test(g.key) ||
            (j === gap.length - 1 && gap[j - 1]?.key === "and" && /^\p{Lu}/u.test(g.raw)),
        )
      )
        continue;
      // "The rebels said the dead were civilians and accused the army…": the reported clause's subject
      // cannot accuse; the one who spoke goes on (below).
      const speaker =
        VERBAL.has(type) && tokens[match.first - 1]?.key === "and" && speech >= 0 && a.mention.first > speech
          ? speakerBefore(left, tokens, speech)
          : undefined;
      if (speaker && speaker.actor.kind !== "civilians" && canAct(speaker, type)) return [speaker];
      return [];
    }
    const verbs = triggers.filter(
      (t) =>
        t !== match &&
        t.first >= a.mention.last &&
        t.last <= match.first &&
        !isNounUse(tokens, t.first, t.trigger) &&
        !appositiveDeployment(view, t) &&
        !deployedSubject(view, t) &&
        // ("called for a general strike": the call is this protest's own verb.)
        !(type === "PROTEST" && t.trigger.type === "REQUEST" && callsProtest(view, t)) &&
        // ("arrived in Muscat on Wednesday for talks with Omani officials": the journey is for the talks.)
        !(type === "CONSULT" && t.trigger.id === "mobilize/troops:move") &&
        // ("The governor, who visited Ruwi on Tuesday, declared a curfew": a relative clause between
        // commas is no verb of the subject's own clause.)
        !commaRelative(tokens, a.mention.last, t, match.first),
    );
    // "took the area … and is massing forces": the same subject, through an auxiliary.
    const before = tokens[verbStart - 1]?.key ?? "";
    const coordinated =
      /^(?:and|but|,|then|or|to)$/.test(before) ||
      ((AUX_BEFORE.test(before) || /^(?:will|would|also)$/.test(before)) &&
        /^(?:and|,|then)$/.test(tokens[match.first - 2]?.key ?? ""));
    const joined = coordinated || verbs.every((t) => t.trigger.type === type);
    if (verbs.length > 0 && !joined) continue;
    pick = a;
    break;
  }
  // "A rights group said the two men killed had been unarmed and demanded an inquiry": the one who spoke
  // goes on speaking after "and", not the people it spoke of.
  // So after a comma: "The movement claimed that its elements had defended themselves after FACA
  // soldiers attacked their positions, and accused the government of sabotaging the peace process".
  // ("Its spokesman said the workers were "TNI agents" and warned…": the words quoted are no subject.)
  if (
    pick &&
    VERBAL.has(type) &&
    (pick.actor.kind === "civilians" ||
      tokens[match.first - 2]?.key === "," ||
      quotedBetween(tokens, pick.mention.first, match.first)) &&
    tokens[match.first - 1]?.key === "and" &&
    speech >= 0 &&
    pick.mention.first > speech
  ) {
    const speaker = speakerBefore(left, tokens, speech);
    if (speaker && speaker.actor.kind !== "civilians" && canAct(speaker, type)) pick = speaker;
  }
  // "RSF fighters abducted seven young men, whom they accused of collaborating": "they" in a relative
  // clause is the main clause's subject.
  // So with the relative pronoun left out: "visa restrictions on 90 Nicaraguan officials it accuses of …".
  if (
    pick?.rule.startsWith("ref/pronoun") &&
    (/^(?:whom|which)$/.test(tokens[pick.mention.first - 1]?.key ?? "") ||
      (/^(?:it|they)$/.test(tokens[pick.mention.first]?.key ?? "") &&
        actors.some(
          (a) => a !== pick && a.mention.last === pick!.mention.first && a.mention.first < match.first,
        )))
  ) {
    const own = mainClauseSubjects(view, match, pick.mention.first);
    if (own.length > 0 && own.every((a) => !a.rule.startsWith("ref/pronoun"))) return own;
  }
  const inside = actors.find((a) => a.mention.first <= match.first && a.mention.last >= match.last);
  if (!pick && inside && canAct(inside, type)) pick = inside;
  if (!pick) return [];
  const group = [pick];
  // Where the leftmost subject so far begins (its title with it: "President Ahmed al-Sharaa").
  let edge = pick.mention.first;
  // "Burkina Faso soldiers and allied militiamen executed": coordinated subjects.
  for (let k = left.indexOf(pick) - 1; k >= 0; k--) {
    const a = left[k]!;
    // One mention for two sides: "both sides", "Mozambican and Rwandan troops say they killed…".
    if (a.mention === pick.mention) {
      if (canAct(a, type) && a.actor.id !== pick.actor.id) group.push(a);
      continue;
    }
    // ("Mazloum Abdi and President Ahmed al-Sharaa signed": a title is part of the name after it.)
    if (
      a.mention.last === edge &&
      tokens
        .slice(a.mention.first, a.mention.last)
        .every((t) => /^\p{Lu}/u.test(t.raw) && TITLE_WORD.test(t.key))
    ) {
      edge = a.mention.first;
      continue;
    }
    let gap = withoutAliases(tokens.slice(a.mention.last, edge));
    // "The Thai government's peace dialogue panel and the BRN": a side's envoys named with its possessive.
    const owned = /^['’]$/.test(gap[0] ?? "") && gap[1] === "s" ? 2 : gap[0] === "s" ? 1 : 0;
    const envoys = gap.findIndex((g) => ENVOYS.test(g));
    if (
      owned > 0 &&
      envoys >= owned &&
      envoys <= owned + 3 &&
      gap.slice(owned, envoys).every((g) => ENVOY_WORDS.test(g))
    )
      gap = gap.slice(envoys + 1);
    // "the RSF and its ally, the SPLM-N faction led by…, shelled": an ally named in apposition.
    // ("Regime representatives and the TNLA held talks": a side's envoys after its name.)
    if (
      gap.length === 0 ||
      gap.length > 5 ||
      !gap.every(
        // ("Lebanon's defence minister and his Syrian counterpart met": a minister and his peer.)
        (g, j) =>
          /^(?:and|,|allied|its|their|his|her|the|ally|allies)$/.test(g) || (j === 0 && ENVOYS.test(g)),
      ) ||
      !gap.includes("and") ||
      (gap.length > 3 && !gap.some((g) => g === "ally" || g === "allies"))
    )
      break;
    if (precededBy(tokens, a.mention.first, SUBJECT_SKIP)) break;
    // ("Awami League and BNP activists clashed": the people's word after the second party is the first's too.)
    const sharedPeople =
      type === "ASSAULT" && VERBAL_ONLY.has(a.actor.kind) && partyPeople(pick) && gap.length === 1;
    if ((canAct(a, type) || sharedPeople) && a.actor.id !== pick.actor.id) {
      group.push(a);
      edge = a.mention.first;
    }
  }
  // "Supporters of the BNP and of Jamaat-e-Islami clashed": the same people's word stands for both parties.
  // ("Supporters of the Bangladesh Nationalist Party (BNP) and Bangladesh Jamaat-e-Islami": past the first's
  // short name in brackets, and the country's name before the second's.)
  const and = pastShortBrackets(tokens, pick.mention.last);
  // ("activists of the BNP-aligned Jatiyatabadi Chhatra Dal and of Islami Chhatra Shibir": the people's
  // word before the first name, outside its mention.)
  let of = pick.mention.first - 1;
  while (of > 0 && of > pick.mention.first - 7 && tokens[of]!.key !== "of") of--;
  const people =
    PEOPLE_WORD.test(tokens[pick.mention.first]!.key) ||
    (tokens[of]?.key === "of" && PEOPLE_WORD.test(tokens[of - 1]?.key ?? ""));
  if (tokens[and]?.key === "and" && (tokens[and + 1]?.key === "of" || people)) {
    let at = and + 1;
    if (tokens[at]?.key === "of") at++;
    if (tokens[at]?.key === "the") at++;
    const other =
      actors.find((a) => a.mention.first === at && a.mention.last <= match.first) ??
      actors.find(
        (a) =>
          a.mention.first === at + 1 &&
          a.mention.last <= match.first &&
          /^\p{Lu}/u.test(tokens[at]!.raw) &&
          !actors.some((o) => o.mention.first <= at && o.mention.last > at),
      );
    if (other && other.actor.id !== pick.actor.id && (canAct(other, type) || people)) group.unshift(other);
  }
  return group;
}

/** The people's word that stands for a party's members: "supporters of the BNP", "BNP activists". */
const PEOPLE_WORD = /^(?:supporters|activists|members|cadres|fighters|militants)$/;

const ENVOYS =
  /^(?:representatives|officials|delegates|delegation|negotiators|envoys|emissaries|panel|team|negotiating)$/;
/** What a side's envoys may be called before the word for them: "peace dialogue panel", "negotiating team". */
const ENVOY_WORDS =
  /^(?:peace|dialogue|talks|negotiating|negotiation|mediation|official|government|technical)$/;

/** Whether verb `t` lies in ", who … ," between the subject ending at `from` and the trigger at `to`. */
function commaRelative(tokens: readonly Token[], from: number, t: TriggerMatch, to: number): boolean {
  let comma = false;
  for (let k = t.last; k < to && !comma; k++) comma = tokens[k]!.key === ",";
  if (!comma) return false;
  for (let k = t.first - 1; k >= from; k--) {
    const key = tokens[k]!.key;
    if ((key === "who" || key === "which") && tokens[k - 1]?.key === ",") return true;
  }
  return false;
}

/** Whether the words at `at` lie inside a quotation that closes before `end`. */
function quotedBetween(tokens: readonly Token[], at: number, end: number): boolean {
  const quote = (t: Token): boolean => /^["“”]$/.test(t.raw);
  const opened = tokens.slice(0, at).filter(quote).length % 2 === 1;
  return opened && tokens.slice(at, end).some(quote);
}

const CHANNEL =
  /^(?:page|telegram|twitter|facebook|website|site|statement|video|television|tv|radio|channel|account|broadcast|communiqu[eé]|post|bulletin)$/;

/** How many words after a verb of speech name where it was said ("on its Facebook page that"): 0 if none. */
function channelAfter(tokens: readonly Token[], speech: number): number {
  if (!/^(?:on|in|via|through)$/.test(tokens[speech + 1]?.key ?? "")) return 0;
  // "announced in Cúcuta the deployment of…": where it was said, a name of a few words.
  if (tokens[speech + 1]!.key === "in" && /^\p{Lu}/u.test(tokens[speech + 2]?.raw ?? "")) {
    let k = speech + 2;
    while (k < speech + 5 && /^\p{Lu}/u.test(tokens[k]?.raw ?? "")) k++;
    if (/^(?:the|a|an|that)$/.test(tokens[k]?.key ?? "")) return k - 1 - speech;
  }
  let channel = false;
  for (let k = speech + 2; k < Math.min(tokens.length, speech + 8); k++) {
    if (tokens[k]!.key === "that") return channel ? k - speech : 0;
    if (tokens[k]!.key === ",") return 0;
    channel ||= CHANNEL.test(tokens[k]!.key);
  }
  return 0;
}

/** The one who speaks by the verb at `speech`: "The NPA's regional command said", a few words of its own between. */
function speakerBefore(
  left: readonly ResolvedActor[],
  tokens: readonly Token[],
  speech: number,
): ResolvedActor | undefined {
  return left
    .filter(
      (a) =>
        a.mention.last <= speech &&
        a.mention.last >= speech - 5 &&
        !tokens.slice(a.mention.last, speech).some((t) => t.key === "that"),
    )
    .pop();
}

/** The subject of another "agreed" in the sentence, when it is someone else than `a1`. */
function otherSideAgreeing(
  view: SentenceView,
  match: TriggerMatch,
  a1: ResolvedActor,
): { actor: ResolvedActor; first: number } | null {
  for (const t of view.triggers) {
    if (t === match || t.trigger.type !== "AGREE") continue;
    const other = subjects(view, t)[0];
    if (other && other.actor.id !== a1.actor.id) return { actor: other, first: t.first };
  }
  return null;
}

/** The parties a "whom" right before the trigger's subject refers to: "X and Y, whom they accused". */
function antecedentsOfWhom(view: SentenceView, match: TriggerMatch): ResolvedActor[] {
  const { tokens, actors } = view;
  let whom = -1;
  for (let k = match.first - 1; k >= Math.max(0, match.first - 3); k--)
    if (tokens[k]!.key === "whom") whom = k;
  // "90 Nicaraguan officials it accuses of…": the relative pronoun left out, the party right before "it".
  const bare =
    whom < 0 &&
    /^(?:it|they)$/.test(tokens[match.first - 1]?.key ?? "") &&
    actors.some((a) => a.mention.last === match.first - 1 && a.mention.first < match.first - 1);
  if (whom < 0 && !bare) return [];
  if (bare) whom = match.first - 1;
  const end = tokens[whom - 1]?.key === "," ? whom - 1 : whom;
  const last = actors.filter(
    (a) =>
      a.mention.last === end ||
      (tokens[end - 1]?.raw === ")" && a.mention.last <= end && a.mention.last >= end - 3),
  );
  const head = last[last.length - 1];
  const accusable = (a: ResolvedActor): boolean =>
    a.actor.kind !== "civilians" && a.actor.kind !== "protesters";
  if (!head || !accusable(head)) return [];
  const out = [head];
  // "the Congolese army (FARDC) and the UN mission MONUSCO": the one joined before by "and".
  for (const a of actors) {
    if (a.mention.last >= head.mention.first || a.actor.id === head.actor.id) continue;
    const gap = mapPacked(tokens.slice(a.mention.last, head.mention.first), (x) => x.key);
    if (gap.includes("and") && gap.length <= 6 && !gap.includes(",") && accusable(a)) out.unshift(a);
  }
  return out;
}

/**
 * The subjects of the sentence's first verb before `before` (not a noun, not `match` itself): who a
 * participle after a comma, or a pronoun in a relative clause, speaks of.
 */
function mainClauseSubjects(view: SentenceView, match: TriggerMatch, before: number): ResolvedActor[] {
  const main = view.triggers.find(
    (o) => o.first < before && o !== match && !isNounUse(view.tokens, o.first, o.trigger),
  );
  return main ? subjects(view, main) : [];
}

/** The keys of a gap between two names without the other names of the first ("M23/AFC", "(RDF)"). */
function withoutAliases(words: readonly Token[]): string[] {
  const gap = withoutQualifier(words);
  const out: string[] = [];
  for (let k = 0; k < gap.length; k++) {
    const t = gap[k]!;
    if (t.raw === "/" && /^\p{Lu}/u.test(gap[k + 1]?.raw ?? "")) k++;
    else if (t.raw === "(" && gap[k + 2]?.raw === ")") k += 2;
    else out.push(t.key);
  }
  return out;
}

/**
 * "Rwandan troops, deployed in Cabo Delgado to help Mozambican forces, clashed…": a deployment in an
 * aside between commas describes the subject of the verb after it; it is no event and no verb of its own.
 */
function appositiveDeployment(view: SentenceView, t: TriggerMatch): boolean {
  const { tokens } = view;
  if (t.trigger.type !== "MOBILIZE" || !/ed$/.test(tokens[t.first]!.key) || tokens[t.first - 1]?.key !== ",")
    return false;
  if (!view.actors.some((a) => a.mention.last === t.first - 1)) return false;
  const close = tokens.findIndex((k, i) => i >= t.last && (k.key === "," || k.key === ";" || k.key === "."));
  return (
    close >= 0 &&
    tokens[close]!.key === "," &&
    view.triggers.some((o) => o.first > close && o.first <= close + 3)
  );
}

/** "deployed … to help Mozambican forces": the object of an infinitive is no subject. */
function objectOfInfinitive(tokens: readonly Token[], first: number): boolean {
  const verb = tokens[first - 1];
  return (
    tokens[first - 2]?.key === "to" &&
    verb !== undefined &&
    !/^(?:its|their|his|her)$/.test(tokens[first]?.key ?? "") &&
    verb.word &&
    /^\p{Ll}+$/u.test(verb.raw) &&
    !/^(?:the|a|an|its|their|his|her|all|both|other|rival|local|allied|pro|anti)$/.test(verb.key)
  );
}

/**
 * The patient of a passive verb when no actor can be its subject: the nearest mention before the verb in
 * its clause, whoever it is, through a relative clause ("a civilian who worked at the station was shot").
 */
function patients(view: SentenceView, match: TriggerMatch): ResolvedActor[] {
  const { tokens } = view;
  // ("MANTA, Ecuador — a port worker was shot dead": the dateline's country is no patient.)
  const dateline = datelineEnd(tokens);
  const left = view.actors.filter((a) => a.mention.last <= match.first && a.mention.first > dateline);
  for (let k = left.length - 1; k >= 0; k--) {
    const a = left[k]!;
    const relative = /^(?:who|which|that)$/.test(tokens[a.mention.last]?.key ?? "");
    if (boundaryBetween(tokens, relative ? a.mention.last + 1 : a.mention.last, match.first)) return [];
    if (precededBy(tokens, a.mention.first, SUBJECT_SKIP) || objectOfVerb(view, a)) continue;
    return [a];
  }
  return [];
}

/** Objects: mentions right of the trigger in its clause ("struck HTS and TIP positions"). */
/** Whether the mention at `first` is an agent after "by" ("held by the TNLA", "by local militias"). */
function agentBy(tokens: readonly Token[], first: number): boolean {
  // ("by armed Ambazonian separatists", "by suspected jihadists": an article or a qualifier between.)
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const key = tokens[k]!.key;
    if (key === "by") return true;
    if (!/^(?:the|a|an|armed|suspected|unidentified|alleged)$/.test(key)) return false;
  }
  return false;
}

/** "since the attack", "since the BLA's hijacking", "since last year's offensive": a noun a period is counted from. */
function sinceThe(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const key = tokens[k]!.key;
    if (key === "since") return k < at - 1;
    if (isStop(tokens[k]!) || key === ",") return false;
  }
  return false;
}

/** The party of an aside that opens at the comma at `comma` with "(this time|again…) by": ", this time by an Israeli warplane,". */
function asideAgentAfter(view: SentenceView, comma: number): ResolvedActor | null {
  const { tokens } = view;
  let k = comma + 1;
  if (tokens[k]?.key === "this" && tokens[k + 1]?.key === "time") k += 2;
  else if (
    /^(?:again|reportedly|apparently|presumably|probably|likely|allegedly)$/.test(tokens[k]?.key ?? "")
  )
    k++;
  if (tokens[k]?.key !== "by") return null;
  const agent = view.actors.find((a) => a.mention.first > k && a.mention.first <= k + 3);
  return agent && isParty(agent.actor) && tokens[agent.mention.last]?.key === "," ? agent : null;
}

/**
 * The party named right after "unless", "if" or "until" in the clause after a threat: the one it must make give
 * in ("would keep striking with full force until Hezbollah was disarmed").
 */
function ultimatumTo(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 14); k++) {
    if (isStop(tokens[k]!)) return null;
    if (!/^(?:unless|if|until)$/.test(tokens[k]!.key)) continue;
    const after = tokens[k + 1]?.key === "the" ? k + 2 : k + 1;
    return (
      view.actors.find(
        (a) => (a.mention.first === after || a.mention.first === k + 1) && a.actor.kind !== "civilians",
      ) ?? null
    );
  }
  return null;
}

/** ", both SPLM-IO members", ", all members of the UDPS": an aside that tells the party of the people before it. */
function membersAside(tokens: readonly Token[], m: ResolvedActor["mention"]): boolean {
  const head = tokens[m.last - 1]?.key ?? "";
  return (
    /^(?:both|all|each)$/.test(keyBefore(tokens, m.first)) &&
    keyBefore(tokens, m.first, 2) === "," &&
    /^(?:members|officials|leaders|commanders|cadres|supporters|activists)$/.test(head)
  );
}

/**
 * "Insurgents ambushed a patrol of a local militia, killing three militiamen": unnamed militiamen read as
 * the group that acts on them are a militia of their own.
 */
function unnamedMilitia(target: ResolvedActor, a1: ResolvedActor, tokens: readonly Token[]): ResolvedActor {
  const before = tokens[target.mention.first - 1];
  return /\bmilitia/i.test(target.mention.text) &&
    !/\bmilitia/i.test(a1.mention.text) &&
    !/^the\b/i.test(target.mention.text) &&
    // (Not "to any militia", "what he called 'the Brotherhood militias'": no militia told of.)
    !/^(?:the|any|every|no|such|those|these|other)$/.test(before?.key ?? "") &&
    !(before && (QUOTES.has(before.raw) || /^\p{Lu}/u.test(before.raw))) &&
    target.mention.entries.every((e) => e.kind === "generic")
    ? { ...target, actor: MILITIA, rule: "ref/armed-group:militia-unnamed" }
    : target;
}

/** Words that tie people sanctioned to a party they serve: "linked to", "laundering money for". */
const SERVES =
  /^(?:for|linked|tied|associated|affiliated|belonging|connected|supporting|financing|funding|supplying|arming|aiding|helping|fronts?)$/;

/** The party named after the people sanctioned, tied to them (`SERVES`), in the same clause. */
function servedParty(
  view: SentenceView,
  targets: readonly ResolvedActor[],
  a1: ResolvedActor,
): ResolvedActor | null {
  const { tokens } = view;
  const after = targets.reduce((most, a) => Math.max(most, a.mention.last), 0);
  const party = view.actors.find(
    (a) =>
      a.mention.first >= after &&
      a.mention.first - after <= 16 &&
      isParty(a.actor) &&
      a.actor.id !== a1.actor.id &&
      !sameSide(a.actor, a1.actor),
  );
  if (!party) return null;
  const between = tokens.slice(after, party.mention.first);
  // ("companies that it said laundered money for Los Chapitos": the sanctioning state's word within.)
  const cut = (t: Token, k: number): boolean =>
    t.key === ";" ||
    t.key === "." ||
    (BOUNDARY.has(t.key) &&
      !(/^(?:said|says)$/.test(t.key) && /^(?:it|they)$/.test(between[k - 1]?.key ?? "")));
  if (between.some(cut)) return null;
  return between.some((t) => SERVES.test(t.key)) ? party : null;
}

/** One who travels for talks, not a force that moves: a government's, a mission's or an NGO's people. */
function travellingOfficial(a1: ResolvedActor): boolean {
  return (
    (a1.actor.kind === "government" || a1.actor.kind === "international" || a1.actor.kind === "ngo") &&
    // (A mission's or a force's contingents do move: "the first contingent of the Gang Suppression Force".)
    !/\b(?:troops|forces?|soldiers|peacekeepers|units|police|contingents?|battalion|mission)\b/i.test(
      `${a1.mention.text} ${a1.actor.name}`,
    )
  );
}

/** What a party does that another welcomes: "welcomed the step", "hailed the move". */
const WELCOMED_STEP =
  /^(?:step|steps|move|decision|announcement|initiative|release|deal|agreement|ceasefire|truce|offer|gesture|handover|withdrawal|pledge|commitment|declaration)$/;

/** Whether "supporters of (the former presidential)" comes right before token `first`. */
function followersOf(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  while (k > 0 && /^(?:the|former|presidential|opposition|ex|jailed|exiled|ousted)$/.test(tokens[k]!.key))
    k--;
  return (
    tokens[k]?.key === "of" &&
    /^(?:supporters|followers|loyalists|backers|members|sympathi[sz]ers|partisans|allies|camp)$/.test(
      tokens[k - 1]?.key ?? "",
    )
  );
}

/** Pronouns that are only ever subjects. */
const NOMINATIVE = /^(?:they|he|she|we)$/;

function objects(view: SentenceView, match: TriggerMatch, withAgent = false): ResolvedActor[] {
  const { tokens, actors, triggers } = view;
  const out: ResolvedActor[] = [];
  for (const a of actors) {
    if (a.mention.first < match.last) continue;
    // "detained Petroleum Minister Puot Kang Chol and deputy army chief Gabriel Duop Lam, both SPLM-IO
    // members": the party the people taken belong to, however long their titles, instead of the titles.
    if (membersAside(tokens, a.mention) && a.mention.first - match.last <= 30) {
      out.splice(0, out.length, ...out.filter((o) => !o.mention.entries.every((e) => e.kind === "generic")));
      out.push(a);
      break;
    }
    if (a.mention.first - match.last > 14) break;
    if (boundaryBetween(tokens, match.last, a.mention.first)) break;
    // 'called the raids "another terrorist attack"': a label's word inside the quotation names no one.
    if (
      match.trigger.labels?.includes(a.mention.text.toLowerCase().replace(/s$/, "")) &&
      tokens.slice(match.last, a.mention.first).some((t) => DOUBLE_QUOTES.has(t.raw))
    )
      continue;
    const between = triggers.filter((t) => t.first >= match.last && t.first < a.mention.first);
    if (
      between.some(
        (t) =>
          !PARTICIPLES.has(tokens[t.first]!.key) &&
          !isNounUse(tokens, t.first, t.trigger) &&
          t.trigger.type !== match.trigger.type,
      )
    )
      break;
    // "ambushed a convoy of trucks escorted by soldiers": the escort is hit with what it guards.
    if (
      match.trigger.type === "ASSAULT" &&
      keyBefore(tokens, a.mention.first) === "by" &&
      /^(?:escorted|guarded|protected)$/.test(keyBefore(tokens, a.mention.first, 2)) &&
      !PARTICIPLES.has(tokens[match.first]!.key)
    ) {
      out.push(a);
      continue;
    }
    // "attacked a base held by SNA troops", "seized villages controlled by HTS": the holder is hit with
    // what it holds.
    if (
      (match.trigger.type === "ASSAULT" || match.trigger.type === "COERCE") &&
      keyBefore(tokens, a.mention.first) === "by" &&
      /^(?:held|controlled|manned|occupied|defended|run)$/.test(keyBefore(tokens, a.mention.first, 2)) &&
      TERRITORY.test(keyBefore(tokens, a.mention.first, 3)) &&
      // ("bombed Namhkam, a town held by the TNLA, killing eight civilians": an aside on the place.)
      !/^(?:,|\()$/.test(keyBefore(tokens, a.mention.first, 5)) &&
      !/^(?:,|\()$/.test(keyBefore(tokens, a.mention.first, 4))
    ) {
      out.push(a);
      continue;
    }
    if (!withAgent && agentBy(tokens, a.mention.first)) continue;
    // "fired tear gas at supporters of the former presidential candidate Venâncio Mondlane": the crowd, not
    // the man.
    if (a.mention.rule === "actor/person-name" && followersOf(tokens, a.mention.first)) continue;
    // "fired at crowds that had answered opposition figure Venâncio Mondlane's call": a person's call, words
    // or supporters are not the person (their house or convoy is).
    if (
      a.mention.rule === "actor/person-name" &&
      /^['’]$/.test(tokens[a.mention.last]?.raw ?? "") &&
      tokens[a.mention.last + 1]?.key === "s" &&
      !/^(?:house|home|residence|convoy|car|vehicle|motorcade|office|offices|family|wife|husband|son|daughter)$/.test(
        tokens[a.mention.last + 2]?.key ?? "",
      )
    )
      continue;
    // "reinforcing their positions": a possessive is the subject's own, not a target.
    // ("Hamas said PA forces arrested four of its members": people of another party than the subject's.)
    if (
      a.mention.entries.some((e) => e.kind === "generic" && e.role === "pronoun" && e.value !== "own") &&
      /^(?:its|their|his|her|our)$/.test(tokens[a.mention.first]!.key) &&
      !(
        /^(?:members|fighters|militants|supporters|cadres|leaders|commanders|activists)$/.test(
          tokens[a.mention.last - 1]?.key ?? "",
        ) &&
        actors.some((s) => s.mention.last <= match.first && s.actor.id !== a.actor.id) &&
        actors.findLast((s) => s.mention.last <= match.first)?.actor.id !== a.actor.id
      )
    )
      continue;
    // "burned some 30 houses, the furthest south they have operated": "they", "he", "we" are ever subjects.
    // ("demanded that they be released": what is asked of them.)
    if (
      a.mention.last - a.mention.first === 1 &&
      NOMINATIVE.test(tokens[a.mention.first]!.key) &&
      !GOVERNING.has(match.trigger.type)
    )
      continue;
    // "together with the military", "escorted by…", "alongside allied militias": on the actor's side.
    if (companion(tokens, a.mention.first)) continue;
    // "demanded that Ouma be produced in court", "urged that the detainees be freed": the ones to be
    // produced or freed, not those the demand is made of.
    if (match.trigger.type === "REQUEST" && passiveAfterThat(tokens, a.mention)) continue;
    // "the 33rd Front, a faction of FARC dissidents": the body a target belongs to, told in apposition, is
    // not hit apart.
    if (out.length > 0 && partOfAside(tokens, a.mention.first)) continue;
    // "… shot down several of the drones, a government official told Meridian", "…, the Kherson regional
    // military administration said": the one telling it.
    if (tellerAtEnd(tokens, a.mention)) continue;
    // "met at the UNIFIL headquarters in Naqoura": a body whose premises are the venue.
    if (premisesOf(tokens, a.mention)) continue;
    // "protesting what they said was the slow response": the ones who say, not a target.
    if (tokens[a.mention.first - 1]?.key === "what") continue;
    // "arrested a former officer on suspicion of links to the NRF", "arrested 14 people for allegedly
    // financing 'terrorist' People's Defence Forces": the ones suspected, not the party they served.
    if (
      out.length > 0 &&
      tokens
        .slice(Math.max(0, out[0]!.mention.last), a.mention.first)
        .some((x) =>
          /^(?:links|ties|suspicion|collaborating|collaboration|affiliation|affiliated|financing|funding|supporting|aiding|helping|harbou?ring|sheltering|supplying|spying)$/.test(
            x.key,
          ),
        )
    )
      continue;
    // "abducted seven young men, whom they accused of…": the subject of a relative clause, not a target.
    if (
      /^(?:whom|who|which)$/.test(tokens[a.mention.first - 1]?.key ?? "") &&
      a.mention.entries.some((e) => e.kind === "generic" && e.role === "pronoun")
    )
      continue;
    // "arrested four officials from their homes": where they were taken from, not more people taken.
    if (
      a.actor.kind === "civilians" &&
      /^(?:homes|home|houses|house|beds|offices|office)$/.test(tokens[a.mention.last - 1]?.key ?? "") &&
      (tokens[a.mention.first - 1]?.key === "from" || tokens[a.mention.first - 2]?.key === "from")
    )
      continue;
    // "vowed to respond, with military spokesman Yahya Saree saying…": a spokesman speaks; no act is on them.
    // "…, Ukrainian Air Force spokesperson Yuriy Ihnat warned": the body the spokesperson speaks for.
    if (/(?:spokesman|spokeswoman|spokesperson)$/.test(tokens[a.mention.last - 1]?.key ?? "")) continue;
    if (/^(?:spokesman|spokeswoman|spokesperson|spokesmen)$/.test(tokens[a.mention.last]?.key ?? ""))
      continue;
    // "abducted three aid workers near Kadugli, the U.N. said": the source speaks after the act.
    // "…, killing a woman, governor Oleh Syniehubov said": the title, the name, then the verb of speech.
    // "…toward Kupyansk, and ISW assesses that…": an analyst's judgement after the act.
    // "…and killed three of them, the state government claimed": a claim's source.
    if (tokens[a.mention.first - 1]?.key !== "by") {
      let k = a.mention.last;
      while (k < a.mention.last + 4 && /^\p{Lu}/u.test(tokens[k]?.raw ?? "") && tokens[k]!.word) k++;
      // "…, the Karenni Army (KA) and the Karenni Nationalities Defence Force (KNDF) announced": past a
      // short name in brackets and a second speaker joined by "and".
      const bracket = (at: number): number =>
        tokens[at]?.raw === "(" && tokens[at + 2]?.raw === ")" ? at + 3 : at;
      k = bracket(k);
      const partner =
        tokens[k]?.key === "and"
          ? actors.find((b) => b.mention.first === k + 1 || b.mention.first === k + 2)
          : undefined;
      if (partner) k = bracket(partner.mention.last);
      if (
        /^(?:said|says|say|told|tell|reported|reports|report|announced|added|adds|stated|states|wrote|writes|assesses|assessed|believes|estimates|noted|notes|warned|warns|claimed|claims|alleged|alleges|confirmed|confirms|insisted|insists|posted|tweeted)$/.test(
          tokens[k]?.key ?? "",
        ) &&
        tokens.slice(match.last, a.mention.first).some((t) => t.key === ",")
      )
        continue;
    }
    // "liberated Novoolenivka in the Donetsk People's Republic": a self-declared state named as where a
    // place lies is no target.
    {
      const inAt = tokens[a.mention.first - 1]?.key === "the" ? a.mention.first - 2 : a.mention.first - 1;
      if (
        tokens[inAt]?.key === "in" &&
        /^\p{Lu}/u.test(tokens[inAt - 1]?.raw ?? "") &&
        tokens[inAt - 1]?.word
      )
        continue;
    }
    // "fired tear gas at protesters outside the National Assembly": a government's building named as where
    // it happened, no one the act was on.
    if (a.actor.kind === "government" && out.length > 0 && besideBuilding(tokens, a.mention.first)) continue;
    // "ambushed a convoy escorting civilians": what the convoy carried, not whom the attack was on.
    if (
      /^(?:escorting|carrying|transporting|ferrying|guarding|protecting)$/.test(
        tokens[a.mention.first - 1]?.key ?? "",
      )
    )
      continue;
    // "air strikes on southern Lebanon": a country named bare after the verb is a place.
    // "surrendered to Russia", "apologised to Azerbaijan": a country after "to" is the one given in to.
    // "fired a ballistic missile and two drones at Israel", "attacks against Russia": a country aimed at
    // is the target.
    if (
      a.bareCountry &&
      !VERBAL.has(match.trigger.type) &&
      !(match.trigger.type === "CONCEDE" && tokens[a.mention.first - 1]?.key === "to") &&
      !(
        match.trigger.type === "ASSAULT" &&
        /^(?:at|against)$/.test(tokens[a.mention.first - 1]?.key ?? "") &&
        // ("launched 300 drones at Ukraine, killing six people": the people killed are its victims.)
        !actors.some((o) => o.mention.first > a.mention.last && o.actor.kind === "civilians")
      )
    )
      continue;
    // "…another town and testing government defences": a new verb phrase ends the object.
    if (
      tokens
        .slice(match.last, a.mention.first)
        .some(
          (t, k, all) =>
            /^(?:,|and)$/.test(t.key) &&
            /(?:ing|ed)$/.test(all[k + 1]?.key ?? "") &&
            !view.triggers.some((tr) => tr.first === match.last + k + 1),
        )
    )
      break;
    // "accused X of helping Y": only X is the target of a verbal act.
    if (
      out.length > 0 &&
      VERBAL.has(match.trigger.type) &&
      tokens
        .slice(out[out.length - 1]!.mention.last, a.mention.first)
        .some((t) => /^(?:of|to|that|for|from)$/.test(t.key))
    )
      break;
    // "arrested 12 people for supporting terrorists": the reason is no target.
    if (
      tokens
        .slice(match.last, a.mention.first)
        .some(
          (t, k, all) =>
            /^(?:for|of)$/.test(t.key) &&
            /ing$/.test((all[k + 1]?.word === false ? all[k + 2] : all[k + 1])?.key ?? ""),
        )
    )
      break;
    // "struck an AUSSOM convoy near Afgooye, killing two Ugandan soldiers": the victims are the target's own.
    if (
      out.length > 0 &&
      tokens.slice(out[out.length - 1]!.mention.last, a.mention.first).some((t) => PARTICIPLES.has(t.key))
    )
      break;
    // A new subject: the mention is followed by its own verb.
    const next = triggers.find((t) => t.first >= a.mention.last && t.first <= a.mention.last + 2);
    if (
      next &&
      !isNounUse(tokens, next.first, next.trigger) &&
      /^(?:and|,)$/.test(tokens[a.mention.first - 1]?.key ?? "")
    )
      break;
    // "arrested nine members of Los Lobos, among them a man known as…": people singled out of a party
    // already named are that party's, no second target.
    if (out.length > 0 && a.actor.kind === "civilians" && out.every((o) => o.actor.kind !== "civilians")) {
      const key = (k: number): string => tokens[a.mention.first - k]?.key ?? "";
      const subset =
        (key(1) === "including" && key(2) === ",") ||
        (/^(?:them|whom)$/.test(key(1)) && key(2) === "among" && key(3) === ",");
      if (subset) continue;
    }
    out.push(a);
  }
  return out;
}

/** "three soldiers were wounded when a device went off": harm told before "when" and the blast. */
function harmedWhen(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > at - 5 && k >= 0 && !/^(?:when|as)$/.test(tokens[k]!.key)) k--;
  if (!/^(?:when|as)$/.test(tokens[k]?.key ?? "")) return false;
  return tokens.slice(Math.max(0, k - 6), k).some((t) => HARMED.test(t.key));
}

/** Whether a merchant ship is named within a few words after `at` ("on MV Coral Meridian", "a bulk carrier"). */
function shipAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 5); k++) {
    const t = tokens[k]!;
    if (/^(?:MV|M\/V|MT|M\/T)$/.test(t.raw)) return true;
    if (
      /^(?:vessel|vessels|ship|ships|tanker|tankers|freighter|freighters|carrier|carriers|containership|dhow)$/.test(
        t.key,
      )
    )
      return !/^(?:navy|naval|war|military|coast|aircraft)$/.test(tokens[k - 1]?.key ?? "");
    if (t.key === "." || t.key === ";") return false;
  }
  return false;
}

function companion(tokens: readonly Token[], at: number): boolean {
  const words = mapPacked(tokens.slice(Math.max(0, at - 10), at), (t) => t.key).join(" ");
  // "supported by the Kenyan-led Multinational Security Support mission": a hyphened modifier between.
  // ("backed by members of the army-aligned Sudan Shield Forces": its members.)
  return /(?:together with|alongside|jointly with|in coordination with|backed by|supported by|support of|support from|help of|help from|backing from|escorted by|accompanied by|assisted by|along with)(?: (?:members|elements|units|fighters|troops|men) of)?(?: the| its| their| allied)?(?: [\p{L}]+ - [\p{L}]+)?$/u.test(
    words,
  );
}

const MINE_HIT = /^(?:struck|hit|hits|strikes|ran|drove|stepped)$/;
const MINE = /^(?:ied|ieds|mine|mines|landmine|landmines|explosive|roadside)$/;

/** The index of "set off", "triggered", "ran over"… right before an explosive's noun ("set off an IED"), or -1. */
function mineSetOffBefore(tokens: readonly Token[], at: number): number {
  let k = at - 1;
  if (/^(?:a|an|the)$/.test(tokens[k]?.key ?? "")) k--;
  const key = tokens[k]?.key ?? "";
  if (/^(?:triggered|struck|hit)$/.test(key)) return k;
  if (
    /^(?:off|over|on)$/.test(key) &&
    /^(?:set|ran|drove|driven|run|stepped)$/.test(tokens[k - 1]?.key ?? "")
  )
    return k - 1;
  return -1;
}

/** Whether an explosive device follows a verb ("struck an improvised explosive device", "ran over a mine"). */
function mineAfter(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < Math.min(tokens.length, at + 4); k++) {
    if (MINE.test(tokens[k]!.key)) return true;
    if (!/^(?:a|an|the|over|on|improvised|anti-tank|anti-personnel|buried)$/.test(tokens[k]!.key))
      return false;
  }
  return false;
}

/** "stopped 5 attempts to advance", "halted 41 assault actions": an attack stopped is a repelled one. */
function stoppedBefore(tokens: readonly Token[], match: TriggerMatch): boolean {
  for (let k = match.first - 1; k >= Math.max(0, match.first - 5); k--) {
    const key = tokens[k]!.key;
    if (/^(?:stopped|halted|stopping|halting|thwarted|foiled|blocked|repelled|repulsed)$/.test(key))
      return true;
    if (!/^(?:\d[\d,]*|an?|the|attempts?|to|enemy|russian|several|numerous|all|of|their)$/.test(key))
      return false;
  }
  return false;
}

const COLLECTIVE =
  /^(?:group|groups|band|bands|gang|number|dozens|hundreds|scores|column|convoy|unit|squad|contingent|swarm|wave)$/;

// "were killed in an encounter with security forces", "died in a gunfight with police": the other side
// of the fight that killed them.
const FIGHT_NOUN =
  /^(?:encounter|encounters|gunfight|gunfights|shootout|firefight|clash|clashes|battle|exchange|skirmish)$/;

function fightWith(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens, actors } = view;
  const k = match.last;
  if (!/^(?:in|during)$/.test(tokens[k]?.key ?? "")) return null;
  let n = k + 1;
  if (/^(?:a|an|the)$/.test(tokens[n]?.key ?? "")) n++;
  while (n < k + 4 && !FIGHT_NOUN.test(tokens[n]?.key ?? "") && tokens[n]?.word) n++;
  if (!FIGHT_NOUN.test(tokens[n]?.key ?? "")) return null;
  let w = n + 1;
  if (tokens[w]?.key === "of" && tokens[w + 1]?.key === "fire") w += 2;
  if (tokens[w]?.key !== "with") return null;
  const at = tokens[w + 1]?.key === "the" ? w + 2 : w + 1;
  return actors.find((a) => a.mention.first === at) ?? null;
}

/** Nouns whose own agent follows "by": "mediation by elders", "talks brokered… efforts by Qatar". */
const MEDIATION =
  /^(?:mediation|mediated|brokering|efforts|initiative|pressure|talks|intervention|facilitation)$/;

/** What a report calls a group it does not vouch for, between "by" and the group ("by so-called …"). */
const SO_CALLED = /^(?:so - called|self - styled|self - proclaimed)$/;

/** The party named after "from" in the clause after a trigger ("came under fire from White Army fighters"). */
function fromAgent(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + BY_AGENT_REACH); k++) {
    if (BOUNDARY.has(tokens[k]!.key) || tokens[k]!.key === ",") return null;
    if (tokens[k]!.key !== "from") continue;
    const next = k + 1 + (/^(?:the|a|an|suspected|armed)$/.test(tokens[k + 1]?.key ?? "") ? 1 : 0);
    return view.actors.find((a) => a.mention.first === next && isParty(a.actor)) ?? null;
  }
  return null;
}

function byAgent(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens, actors } = view;
  const fight = fightWith(view, match);
  if (fight) return fight;
  // ("were taken from their home in a rural area about 12 km north of Sardinata by armed men": past a
  // place told at length.)
  const limit = Math.min(tokens.length, match.last + 2 * BY_AGENT_REACH);
  let placeEnd = match.last;
  while (
    placeEnd < limit &&
    (PLACE_WORDS.test(tokens[placeEnd]!.key) || /^\p{Lu}/u.test(tokens[placeEnd]!.raw))
  )
    placeEnd++;
  const reach = Math.max(match.last + BY_AGENT_REACH, Math.min(limit, placeEnd + 1));
  for (let k = match.last; k < Math.min(tokens.length, reach); k++) {
    // "were arrested at their homes on Tuesday night by agents of the NSS": further on, within the clause.
    if (
      k >= match.last + 4 &&
      (BOUNDARY.has(tokens[k]!.key) ||
        tokens[k]!.key === "," ||
        view.triggers.some((t) => t !== match && t.first === k))
    )
      return null;
    if (tokens[k]!.key !== "by") continue;
    // "a truce had been agreed after mediation by elders": the agent of the noun before, not of the verb.
    if (k > match.last && MEDIATION.test(tokens[k - 1]!.key)) return null;
    // "by a large group of armed terrorists", "by dozens of gunmen": the actor after a quantity.
    return (
      actors.find(
        (a) =>
          a.mention.first > k &&
          (a.mention.first <= k + 3 ||
            // "by so-called self-defence groups", "by self-styled vigilantes".
            (a.mention.first <= k + 6 &&
              SO_CALLED.test(`${tokens[k + 1]?.key} ${tokens[k + 2]?.key} ${tokens[k + 3]?.key}`)) ||
            (a.mention.first <= k + 7 &&
              tokens
                .slice(k + 1, a.mention.first)
                .some((t, j, all) => COLLECTIVE.test(t.key) && all[j + 1]?.key === "of")) ||
            // "killed by artillery shelling by regime forces", "by drone fire from the RSF".
            (a.mention.first <= k + 6 &&
              /^(?:by|from|of)$/.test(keyBefore(tokens, a.mention.first)) &&
              tokens.slice(k + 1, a.mention.first - 1).some((t) => WEAPON_SUBJECT.test(t.key)))),
      ) ?? null
    );
  }
  return null;
}

// What a search or a raid takes ("seized 14 rifles, a drone and three kilograms of methamphetamine").
const GOODS =
  /^(?:weapons?|arms|rifles?|guns?|pistols?|firearms?|shotguns?|ammunition|rounds|cartridges|munitions|explosives?|grenades?|launchers?|missiles|mortars?|rockets|drones?|detonators|ieds?|devices|bombs?|materials?|drugs|cocaine|heroin|methamphetamine|cannabis|hemp|marijuana|fentanyl|precursors|chemicals|contraband|cash|vehicles|motorcycles|motorbikes|pick-ups?|pickups?|trucks?|fuel|equipment|cache|caches|stockpiles?|depots?)$/;

/** Whether arms or goods are what was taken: a goods word within a few words of the verb, before any verb or stop. */
function seizedGoods(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const key = tokens[k]!.key;
    if (GOODS.test(key)) return true;
    if (BOUNDARY.has(key) || key === "and" || key === "from" || key === "in" || key === "at") return false;
  }
  return false;
}

/**
 * "The town of Marte was captured by ISWAP", "a military base in Marte was overrun", "Marte was captured":
 * the place a passive's subject is ("Three journalists based in Ouagadougou were taken" is people).
 */
function territoryBefore(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  let k = match.first - 1;
  while (k > 0 && /^(?:was|were|been|has|have|had|being|reportedly|also|briefly|later)$/.test(tokens[k]!.key))
    k--;
  const place = (j: number): boolean => view.placeTokens.includes(j) || TERRITORY.test(tokens[j]?.key ?? "");
  // The subject's last word, or the place after "in" that a place's noun ends ("a base in Marte").
  if (!place(k)) return false;
  let start = k;
  while (start > 0 && tokens[start - 1]!.word && /^\p{Lu}/u.test(tokens[start - 1]!.raw)) start--;
  const before = tokens[start - 1]?.key ?? "";
  if (/^(?:in|near|at|from|outside|of)$/.test(before)) return TERRITORY.test(tokens[start - 2]?.key ?? "");
  return true;
}

function territoryAfter(view: SentenceView, match: TriggerMatch): boolean {
  const limit = match.last + 7;
  if (view.placeTokens.some((p) => p >= match.last && p <= limit)) return true;
  // "had retaken Quiterajo": a name right after the verb that names no one is a place the gazetteer lacks.
  // ("took full control of Moqokori": after "of" or "over".)
  const at = /^(?:of|over)$/.test(view.tokens[match.last]?.key ?? "") ? match.last + 1 : match.last;
  const next = view.tokens[at];
  if (
    next?.word &&
    /^\p{Lu}/u.test(next.raw) &&
    !CALENDAR.test(next.key) &&
    !view.actors.some((a) => a.mention.first <= at && a.mention.last > at)
  )
    return true;
  for (let k = match.last; k < Math.min(view.tokens.length, limit); k++)
    if (TERRITORY.test(view.tokens[k]!.key)) return true;
  // "overran a South Sudan People's Defence Forces (SSPDF) garrison": a force's post, named at length.
  return view.actors.some(
    (a) =>
      a.mention.first >= match.last &&
      a.mention.first <= match.last + 1 &&
      TERRITORY.test(view.tokens[a.mention.last - 1]?.key ?? ""),
  );
}

function betweenPair(view: SentenceView, match: TriggerMatch): [ResolvedActor, ResolvedActor] | null {
  const { tokens, actors } = view;
  // "clashes that broke out on Tuesday night between X and Y": a few words of time and verb may come first.
  for (let k = match.last; k < Math.min(tokens.length, match.last + 9); k++) {
    if (tokens[k]!.key === ";" || actors.some((a) => a.mention.first === k)) return null;
    // "The clashes pitted Radaa, which controls Mitiga, against units of the 444 Brigade".
    if (/^(?:pitted|pitting|pit|pits)$/.test(tokens[k]!.key)) {
      const one = actors.find((a) => a.mention.first > k && a.mention.first <= k + 3);
      let against = one ? one.mention.last : tokens.length;
      while (against < Math.min(tokens.length, k + 30) && tokens[against]!.key !== "against") against++;
      const other =
        tokens[against]?.key === "against"
          ? actors.find((a) => a.mention.first > against && a.mention.first <= against + 4)
          : undefined;
      return one && other && !sameSide(one.actor, other.actor) ? [one, other] : null;
    }
    if (tokens[k]!.key !== "between") continue;
    const after = actors.filter((a) => a.mention.first > k && a.mention.first < k + 24);
    // "between the Alliance Fleuve Congo/Mouvement du 23 mars (AFC/M23) and Wazalendo": names repeated;
    // "between government security forces and Druze factions": one state's two words, one side.
    const other = after.find((a) => after[0] !== undefined && !sameSide(a.actor, after[0].actor));
    if (after[0] && other) return [after[0], other];
  }
  return null;
}

/** How far from its home's capital a group's strike lands on a third country's forces. */
const FAR_STRIKE_KM = 1200;

/**
 * The foe the report's story gives an actor the sentence names none for. An unnamed launcher has no side to
 * guess one from ("Rockets were fired at Kiryat Shmona"), unless the guess is the one telling of the fire
 * ("…, the Israeli army says").
 */
function guessedFoe(
  view: SentenceView,
  a1: ResolvedActor,
  context: RoleContext,
  match: TriggerMatch,
): ResolvedActor | null {
  const guessed = context.opponentOf(a1);
  // "the group had fired a ballistic missile at Ben Gurion airport near Tel Aviv": a strike into a third
  // country is on that country's forces, not on the foe at home (the Houthis' Yemeni government).
  // (Only a group's far strike at a foreign land: the PKK's foe in Iraq, across the border, is still Turkey.)
  const home = a1.actor.country ? context.capitalOf?.(a1.actor.country) : null;
  if (
    home &&
    guessed?.actor.country &&
    STATE_KINDS.has(guessed.actor.kind) &&
    isNonState(a1.actor) &&
    match.trigger.type === "ASSAULT"
  ) {
    const k = view.places.findIndex(
      (p, i) =>
        view.placeTokens[i]! >= match.last &&
        view.placeTokens[i]! <= match.last + 10 &&
        p.precision <= 2 &&
        p.country !== a1.actor.country &&
        p.country !== guessed.actor.country &&
        kmBetween(p, home) > FAR_STRIKE_KM &&
        // ("attacks until Israel ends its war in Gaza": a place past another party is not where it strikes.)
        !view.actors.some((a) => a.mention.first >= match.last && a.mention.first < view.placeTokens[i]!),
    );
    const forces = k >= 0 ? context.forcesOf?.(view.places[k]!.country) : null;
    if (forces) return implied(forces, view.tokens, view.placeTokens[k]!, "actor/place-country");
  }
  if (!guessed || a1.rule !== "actor/unnamed-launcher") return guessed;
  const tells = view.actors.some(
    (x) => x.actor.id === guessed.actor.id && SPEECH.has(view.tokens[x.mention.last]?.key ?? ""),
  );
  return tells ? guessed : null;
}

/** "would not agree", "will never accept", "won't sign": a refusal right before an agreement's verb. */
function refusedBefore(tokens: readonly Token[], at: number): boolean {
  const not = tokens[at - 1]?.key ?? "";
  const modal = tokens[at - 2]?.key ?? "";
  return /^(?:not|never|n't)$/.test(not) && /^(?:would|will|wo|shall|could|can|ca)$/.test(modal);
}

// "killed" right after its subject with nothing after it ("40 soldiers killed", "civilians killed in"): a passive.
function reducedPassive(view: SentenceView, match: TriggerMatch): boolean {
  // "fifteen young herders accused of being 3R informants": the ones accused, not the accusers.
  if (
    match.trigger.type === "ACCUSE" &&
    view.tokens[match.first]!.key === "accused" &&
    view.tokens[match.last]?.key === "of" &&
    !/^(?:they|he|she|we|it|i|you|who)$/.test(view.tokens[match.first - 1]?.key ?? "") &&
    view.actors.some((a) => a.mention.last === match.first)
  )
    return true;
  if (match.trigger.frame !== "victim" || !/ed$|en$/.test(view.tokens[match.first]!.key)) return false;
  const before = view.actors.find((a) => a.mention.last === match.first);
  if (!before) return false;
  const following = view.tokens[match.last];
  const next = following?.key ?? ".";
  // "police arrested Succès Masra", "soldiers detained him": an object of the verb, so no passive.
  if (
    /^(?:him|her|them|us|me|his|their|its|our|these|those|both|all)$/.test(next) ||
    (following !== undefined && /^\p{Lu}/u.test(following.raw) && !CALENDAR.test(next))
  )
    return false;
  return (
    !/^(?:\d+|at|more|about|around|nearly|over|approximately|roughly|almost|up|close|some|the|a|an|dozens|hundreds|several|scores|many)$/.test(
      next,
    ) &&
    !isCountWord(next) &&
    !view.actors.some((a) => a.mention.first === match.last)
  );
}

/** "came under Russian artillery fire", "came under heavy Israeli shelling": the party whose fire it is. */
function fireOwner(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  let under = -1;
  for (let k = Math.max(0, match.first - 4); k < match.last; k++)
    if (view.tokens[k]!.key === "under") under = k;
  if (under < 0) return null;
  return (
    view.actors.find(
      (a) =>
        a.mention.first > under &&
        a.mention.first < match.last &&
        isParty(a.actor) &&
        a.actor.kind !== "civilians",
    ) ?? null
  );
}

/** "came under fire", "comes under heavy drone attack": the trigger a few words after "came under". */
function cameUnder(tokens: readonly Token[], at: number): boolean {
  // "comes under frequent attack" tells of a habit, not of an attack.
  const habit = (from: number): boolean =>
    tokens
      .slice(from, at + 1)
      .some((k) => /^(?:frequent|regular|repeated|constant|daily|nightly|routine|regularly)$/.test(k.key));
  if (/^(?:came|come)$/.test(tokens[at]!.key) && tokens[at + 1]?.key === "under") return true;
  for (let k = at - 1; k >= Math.max(1, at - 4); k--)
    if (tokens[k]!.key === "under") return /^(?:came|come)$/.test(tokens[k - 1]!.key) && !habit(k);
  return false;
}

// "Hundreds", "thousands of", "dozens" opening the clause before a protest verb.
// ("several hundred members of the diaspora rallied", "a few thousand people marched".)
const CROWD = /^(?:hundreds|thousands|dozens|scores|tens|hundred|thousand)$/;
function countBefore(tokens: readonly Token[], at: number): boolean {
  let limit = Math.max(0, at - 8);
  for (let k = at - 1; k >= limit; k--) {
    if (CROWD.test(tokens[k]!.key)) return true;
    // "hundreds of people, many of them dressed in white, marched": past the crowd's own aside.
    const aside = tokens[k]!.key === "," ? asideBefore(tokens, k) : null;
    if (aside !== null) {
      limit = Math.max(0, limit - (k - aside));
      k = aside;
      continue;
    }
    if (isStop(tokens[k]!)) return false;
  }
  return false;
}

/**
 * Where the aside about a crowd's members (", many of them women,", ", among them children,") that the
 * comma at `close` ends opens (its first comma), or null if there is none.
 */
function asideBefore(tokens: readonly Token[], close: number): number | null {
  const key = (k: number): string => tokens[k]?.key ?? "";
  for (let k = close - 1; k >= Math.max(0, close - 12); k--) {
    if (key(k) !== ",") continue;
    const partOf =
      (PARTITIVE.test(key(k + 1)) && key(k + 2) === "of" && /^(?:them|whom)$/.test(key(k + 3))) ||
      (key(k + 1) === "among" && /^(?:them|whom)$/.test(key(k + 2)));
    return partOf ? k : null;
  }
  return null;
}

interface Roles {
  readonly a1s: ResolvedActor[];
  readonly a2s: ResolvedActor[];
  readonly suffix: string;
}

/** "with the FADM", "with FADM": after an operation's noun, its partner. */
function withBefore(tokens: readonly Token[], first: number): boolean {
  const k = tokens[first - 1]?.key === "the" ? first - 2 : first - 1;
  return tokens[k]?.key === "with";
}

/** How many words after an operation its partner may be named ("an operation carried out with the FADM"). */
const PARTNER_REACH = 5;

/** A subject of two parties of one kind: "militias from two rival sub-clans", "rival gangs". */
const RIVALS =
  /\b(?:two|rival)\b.*\b(?:(?:sub-?)?clans?|factions?|gangs?|militias?|groups?|tribes?|communities)\b|\b(?:(?:sub-?)?clans?|factions?|gangs?|militias?|tribes?) of two\b/i;

/**
 * Actors and targets of one trigger. `last` is the last attacker when the sentence may go on from it (see
 * `lastAttacker`): the author of the weapons it names no one for.
 */
function rolesOf(
  view: SentenceView,
  match: TriggerMatch,
  last: ResolvedActor | null = null,
  militaryOf?: (demonym: string) => ActorData | null,
  soldiering?: () => ActorData | null,
): Roles | null {
  const t = match.trigger;
  // "Russian jets violated Estonian airspace", "the violation of Polish airspace by Russian drones": the
  // intruder's show of force (a deployment names no target: the airspace's state is the place's).
  if (t.id === "mobilize/weapons:airspace") {
    const by = byAgent(view, match);
    const intruders = by ? [by] : subjects(view, match);
    return intruders.length > 0 ? { a1s: intruders, a2s: [], suffix: "" } : null;
  }
  // ("Kuki militants and Arambai Tenggol members exchanged fire": fire exchanged is a clash of the two.)
  const exchanged =
    t.type === "ASSAULT" &&
    RECIPROCAL.test(mapPacked(view.tokens.slice(match.first, match.last), (k) => k.raw).join(" "));
  const mutual = t.frame === "clash" || t.type === "AGREE" || t.type === "CONSULT" || exchanged;
  const pair = mutual ? betweenPair(view, match) : null;
  // "the IAEA said it had brokered a local ceasefire between Russia and Ukraine": the truce's two sides,
  // never the broker.
  if (view.tokens[match.first]!.key === "brokered")
    return pair ? { a1s: [pair[0]], a2s: [pair[1]], suffix: ":between" } : { a1s: [], a2s: [], suffix: "" };
  if (pair) return { a1s: [pair[0]], a2s: [pair[1]], suffix: ":between" };
  // "a U.N. helicopter came under fire", "the convoy came under attack by militants": the subject is
  // the target; the attacker is the agent after "by", else unnamed.
  if (t.type === "ASSAULT" && cameUnder(view.tokens, match.first)) {
    const subject = subjects(view, match);
    const targets = subject.length > 0 ? subject : patients(view, match);
    // ("soldiers came under fire on Tuesday from gunmen in two pick-up trucks": the agent after "from";
    // "Kherson came under Russian artillery fire": the owner of the fire.)
    const agent = byAgent(view, match) ?? fromAgent(view, match) ?? fireOwner(view, match);
    return {
      a1s: [agent ?? implied(UNIDENTIFIED, view.tokens, match.first, "actor/unnamed-attacker")],
      a2s: targets.filter((a) => a.actor.id !== agent?.actor.id),
      suffix: ":came-under",
    };
  }
  // ("additional battalions have been deployed": a trigger that opens on its auxiliary is passive too.)
  // ("a barge was fired upon by unidentified gunmen": so is a shooting's, its agent after "upon".)
  const auxFirst =
    (t.type === "MOBILIZE" &&
      /^(?:were|was|have|has|had|been|are|is)$/.test(view.tokens[match.first]!.key) &&
      view.tokens.slice(match.first + 1, match.last).some((k) => /ed$|^sent$|^flown$/.test(k.key))) ||
    (t.type === "ASSAULT" &&
      /^(?:were|was)$/.test(view.tokens[match.first]!.key) &&
      /^(?:upon|on)$/.test(view.tokens[match.last]?.key ?? "") &&
      view.tokens[match.last + 1]?.key === "by");
  if (isPassive(view.tokens, match.first) || auxFirst || reducedPassive(view, match)) {
    const agent = byAgent(view, match);
    // "additional units will be deployed": the forces moved are the actor of a deployment.
    if (!agent && t.type === "MOBILIZE") {
      const moved = subjects(view, match).filter((a) => a.actor.kind !== "civilians");
      // "Police in Zamfara said officers had been deployed to the area": the speaking force's own men.
      let k = match.first - 1;
      while (k > 0 && PASSIVE_AUX.test(view.tokens[k]!.key)) k--;
      const own = moved.length === 0 && OWN_MEN.test(view.tokens[k]?.key ?? "") ? speakerOf(view, k) : null;
      if (own && (own.actor.kind === "police" || own.actor.kind === "military"))
        return { a1s: [own], a2s: [], suffix: ":passive-moved-own" };
      // ("two more companies of the Central Reserve Police Force (CRPF) have been rushed to Kulgam": the
      // force whose units they are.)
      const ownerOfUnits =
        moved.length === 0
          ? view.actors.find(
              (a) =>
                ARMED.has(a.actor.kind) &&
                a.mention.first >= 2 &&
                (view.tokens[a.mention.first - 1]?.key === "of" ||
                  (view.tokens[a.mention.first - 1]?.key === "the" &&
                    view.tokens[a.mention.first - 2]?.key === "of")),
            )
          : undefined;
      if (ownerOfUnits && ARMED.has(ownerOfUnits.actor.kind)) {
        const of =
          view.tokens[ownerOfUnits.mention.first - 1]?.key === "of"
            ? ownerOfUnits.mention.first - 1
            : ownerOfUnits.mention.first - 2;
        const unit = view.tokens[of - 1]?.key ?? "";
        const gap = view.tokens.slice(ownerOfUnits.mention.last, k + 1);
        if (
          unitWord(unit) &&
          gap.every(
            (x) => x.key === "(" || x.key === ")" || PASSIVE_AUX.test(x.key) || /^\p{Lu}/u.test(x.raw),
          )
        )
          return { a1s: [ownerOfUnits], a2s: [], suffix: ":passive-moved-units-of" };
      }
      // ("Two additional infantry battalions have been moved to forward areas", "An additional ranger company
      // was moved into Rueso": a state's units named by no owner are the military of where they go.)
      const bare = moved.length === 0 && FORMATION_WORDS.test(view.tokens[k]?.key ?? "");
      const army = bare ? soldiering?.() : null;
      if (army)
        return {
          a1s: [implied(army, view.tokens, k, "actor/units")],
          a2s: [],
          suffix: ":passive-moved-units",
        };
      return { a1s: moved, a2s: [], suffix: ":passive-moved" };
    }
    // "Daesh militants attacked an army checkpoint, before the attack was repelled": the ones attacked
    // repelled the attackers.
    const repelled = view.tokens
      .slice(Math.max(0, match.first - 4), match.first)
      .some((x) => REPELLED_NOUN.test(x.key));
    if (!agent && t.frame === "repel" && repelled) {
      const before = view.actors.filter((a) => a.mention.last <= match.first && a.actor.kind !== "civilians");
      const attacker = before[0];
      const defenders = before.filter((a) => attacker && a.actor.id !== attacker.actor.id);
      return attacker && defenders.length > 0
        ? { a1s: defenders.slice(0, 1), a2s: [attacker], suffix: ":passive-repelled" }
        : null;
    }
    // "A junta spokesman said the 'terrorists' had been repelled with heavy losses": the attackers pushed
    // back by the side that speaks.
    if (!agent && t.frame === "repel") {
      const repelledOnes = subjects(view, match).filter(
        (a) => isNonState(a.actor) || a.actor.kind === "unidentified",
      );
      const speaker = view.actors.find(
        (a) =>
          a.mention.last <= match.first &&
          (a.actor.kind === "military" || a.actor.kind === "government") &&
          repelledOnes.every((r) => r.mention.first > a.mention.last),
      );
      if (speaker && repelledOnes.length > 0)
        return { a1s: [speaker], a2s: repelledOnes.slice(0, 1), suffix: ":passive-repelled-attackers" };
    }
    // "one of its armoured vehicles was hit by gunfire", "the convoy was struck by a drone": the subject
    // is what was hit; the attacker is the last one told, or unnamed.
    if (!agent && t.type === "ASSAULT" && byWeapon(view.tokens, match.last)) {
      const hit = subjects(view, match);
      if (hit.length > 0)
        return {
          a1s: [last ?? implied(UNIDENTIFIED, view.tokens, match.first, "actor/unnamed-attacker")],
          a2s: hit.filter((a) => a.actor.id !== last?.actor.id),
          suffix: ":hit-by",
        };
    }
    // "Rockets were fired towards Metula": an attack whose author the sentence does not name.
    const weapon = !agent && t.type === "ASSAULT" ? weaponBefore(view.tokens, match.first) : -1;
    if (weapon >= 0)
      return {
        a1s: [last ?? implied(UNIDENTIFIED, view.tokens, weapon, "actor/unnamed-launcher")],
        a2s: [],
        suffix: ":passive-weapon",
      };
    // "…, the army said, adding that scores of terrorists were neutralised": the armed party that speaks
    // killed the armed men it speaks of.
    if (!agent && t.type === "ASSAULT") {
      const speaker = speakerOfKilling(view, match);
      if (speaker) return { a1s: [speaker.speaker], a2s: [speaker.killed], suffix: ":passive-speaker" };
    }
    if (!agent) {
      const speaker = speakerOfArrest(view, match);
      if (speaker) return { a1s: [speaker.speaker], a2s: speaker.held, suffix: ":passive-speaker" };
    }
    // "a bulk carrier was hit by a missile": a weapon, not a party, did it; what was hit is the target.
    if (!agent && t.type === "ASSAULT") {
      // ("seven people were killed and dozens wounded by Israeli fire": the agent of both participles.)
      let k = match.last;
      if (/^(?:and|or)$/.test(view.tokens[k]?.key ?? "")) {
        const hurt = [1, 2, 3].find((d) => KILLED.test(view.tokens[k + d]?.key ?? ""));
        if (hurt !== undefined) k += hurt + 1;
      }
      const by = view.tokens[k]?.key === "by" ? k : -1;
      const weaponAt =
        by < 0
          ? -1
          : mapPacked([1, 2, 3], (d) => by + d).find((j) => WEAPON_SUBJECT.test(view.tokens[j]?.key ?? ""));
      if (weaponAt !== undefined && weaponAt >= 0) {
        const named = patients(view, match);
        // "a Liberian-flagged bulk carrier was hit": a civilian ship, place or vehicle before the verb.
        const thing = mapPacked([1, 2, 3, 4, 5], (d) => match.first - d).find((j) => {
          const key = view.tokens[j]?.key ?? "";
          return CIVILIAN_TARGET.test(key) || (key === "carrier" && view.tokens[j - 1]?.key !== "aircraft");
        });
        const hit =
          named.length > 0
            ? named
            : thing !== undefined && thing >= 0
              ? [implied(CIVILIANS, view.tokens, thing, "actor/civilian-target")]
              : [];
        // "were killed by Israeli fire": the weapon's nation names its military.
        let owner: ActorData | null = null;
        for (let j = by + 1; j < weaponAt && !owner && militaryOf; j++)
          owner = militaryOf(view.tokens[j]!.raw);
        if (hit.length > 0)
          return {
            a1s: [
              owner
                ? implied(owner, view.tokens, by + 1, "actor/nation-of-weapon")
                : (last ?? implied(UNIDENTIFIED, view.tokens, weaponAt, "actor/unnamed-launcher")),
            ],
            a2s: hit,
            suffix: ":passive-by-weapon",
          };
      }
    }
    // "two police officers were shot dead on Monday night while patrolling a rural road": a killing told
    // in the passive with no author and no other attack in the sentence is an unnamed attacker's (a later
    // "attributed the killings to the Clan del Golfo" names it); so is an abduction ("two activists were
    // abducted in Ruiru", "was bundled into a car").
    if (
      !agent &&
      t.type === "ASSAULT" &&
      /^(?:shot|gunned|murdered|stabbed|hacked|beheaded|lynched|abducted|kidnapped|bundled)$/.test(
        view.tokens[match.first]!.key,
      ) &&
      !view.triggers.some((o) => o !== match && o.trigger.type === "ASSAULT")
    ) {
      // ("Two civilians were shot dead": civilians, who do not act, are no subject of an act, but are
      // its victims.)
      const found = subjects(view, match).filter((a) => a.actor.kind !== "unidentified");
      const told = found.length > 0 ? null : passiveSubject(view, match.first);
      const victims = told ? [told] : found;
      if (victims.length > 0)
        return {
          a1s: [implied(UNIDENTIFIED, view.tokens, match.first, "actor/unnamed-attacker")],
          a2s: victims.slice(0, 1),
          suffix: told ? ":passive-unnamed:victims" : ":passive-unnamed",
        };
    }
    if (!agent) return null;
    const subject = subjects(view, match);
    // "attacked by SPLA-IO forces and the so-called White Army": both agents.
    const also = view.actors.find((a) => {
      if (a.mention.first <= agent.mention.last || a.mention.first > agent.mention.last + 5) return false;
      const between = view.tokens.slice(agent.mention.last, a.mention.first);
      return (
        between[0]?.key === "and" &&
        between.every((k) => /^(?:and|the|so-called|so|called|-|allied|its|their)$/.test(k.key)) &&
        a.actor.id !== agent.actor.id &&
        isParty(a.actor)
      );
    });
    // "The army freed 40 women abducted by Boko Haram": a participle right after its patient (a reduced
    // relative clause) takes that patient, not the sentence's subject.
    const reduced = view.actors.find(
      (a) => a.mention.last === match.first && a.mention.first > 0 && a.actor.id !== agent.actor.id,
    );
    const patient =
      reduced && subject.every((s) => s.mention.last < reduced.mention.first) ? [reduced] : null;
    // "Two activists were taken from a house … by about six men": people who attack people, named by no
    // more than "men", are unnamed attackers, and those they took stay their victims.
    const hurt = patient ?? (subject.length > 0 ? subject : patients(view, match));
    if (
      t.type === "ASSAULT" &&
      agent.actor.kind === "civilians" &&
      !also &&
      (hurt.some((s) => s.actor.kind === "civilians" && s !== agent) ||
        // ("he was bundled into a white car by four men in plain clothes": men who take someone; "shot dead
        // … by two men on a motorcycle": men who shoot someone.)
        ((t.mode === "abduct" || t.mode === "firearms" || t.mode === "targeted") &&
          /\bmen\b/i.test(agent.mention.text)))
    )
      return {
        a1s: [implied(UNIDENTIFIED, view.tokens, agent.mention.first, "actor/unnamed-attacker")],
        a2s: hurt.filter((s) => s !== agent),
        suffix: ":passive-unnamed-agent",
      };
    return {
      a1s: also ? [agent, also] : [agent],
      a2s: (patient ?? (subject.length > 0 ? subject : patients(view, match))).filter(
        (s) => s.actor.id !== agent.actor.id,
      ),
      suffix: patient ? ":passive-reduced" : ":passive",
    };
  }
  // "The enemy lost up to 420 servicemen": the losses one side suffered, from the other's attacks.
  // "Katz wrote that the Houthis will pay a heavy price", "those who do not lay down arms will face the
  // security forces, Sharma said": the one threatened is the clause's subject, the threat the speaker's.
  if (t.frame === "comeuppance") {
    // "The ELN warned that anyone who helps the army would be treated as a military target": the warning
    // tells the threat and whom it is aimed at; the words of its clause are no second threat.
    if (
      view.triggers.some(
        (g) =>
          g.trigger.type === "THREATEN" &&
          /^(?:warn|warns|warned|warning|threaten|threatens|threatened|threatening|vow|vows|vowed)$/.test(
            view.tokens[g.first]!.key,
          ) &&
          g.last <= match.first &&
          warnedOf(view.tokens, g.last, match.first) &&
          // (Unless the warning names no one but "anyone who…": "warned that anyone who remained on the
          // islands would be regarded as a legitimate target" is aimed at the people, found below.)
          !(
            !view.actors.some((a) => a.mention.first >= g.last && a.mention.last <= match.first) &&
            view.tokens.slice(g.last, match.first).some((k) => ANYONE.test(k.key))
          ),
      )
    )
      return null;
    // ("the full might of the law would be brought to bear on the organisers": the one it falls on.)
    const threatened =
      view.actors.findLast(
        (a) => a.mention.last <= match.first && !boundaryBetween(view.tokens, a.mention.last, match.first),
      ) ??
      view.actors.find(
        (a) =>
          a.mention.first > match.last &&
          a.mention.first <= match.last + 3 &&
          (/^(?:on|upon|against)$/.test(view.tokens[match.last]!.key) ||
            /^(?:on|upon|against)$/.test(view.tokens[match.last + 1]?.key ?? "")),
      );
    const speaker = view.actors.find(
      (a) => a !== threatened && a.actor.kind !== "civilians" && isParty(a.actor),
    );
    // ("Those responsible for this crime will be hunted down", the spokesman said: the ones an attack's
    // authors are named by, whom the speaker's foe stands for, below.)
    // "Anyone who sells fuel to the dissidents will be considered a military target", "anybody who
    // violates this order will face the full wrath…": whoever does what ordinary people do is the
    // population warned; whoever attacks or is responsible is the culprits, found below.
    let anyone = match.first - 1;
    while (anyone >= Math.max(0, match.first - ANYONE_REACH) && !ANYONE.test(view.tokens[anyone]!.key))
      anyone--;
    if (anyone < Math.max(0, match.first - ANYONE_REACH)) anyone = -1;
    const culprits =
      !threatened &&
      (anyone >= 0 ||
        view.tokens
          .slice(Math.max(0, match.first - 8), match.first)
          .some((k) =>
            /^(?:responsible|perpetrators|culprits|behind|attackers|assailants|killers|murderers|those)$/.test(
              k.key,
            ),
          ));
    if (speaker && culprits) {
      const ordinary =
        anyone >= 0 && !view.tokens.slice(anyone + 1, match.first).some((t) => CULPRITS_ACT.test(t.key));
      return {
        a1s: [speaker],
        a2s: ordinary ? [implied(CIVILIANS, view.tokens, anyone, "actor/anyone-warned")] : [],
        suffix: ":culprits",
      };
    }
    if (
      speaker &&
      threatened &&
      speaker.actor.id !== threatened.actor.id &&
      !sameState(speaker.actor, threatened.actor)
    )
      return { a1s: [speaker], a2s: [threatened], suffix: "" };
    // ("accused Kyiv of terrorist attacks and said they would not go unanswered", "claimed that Armenian
    // forces had fired at its positions and added: any provocation will be met with a decisive response":
    // with no one named before the threat, it is aimed at the other party the speaker blames.)
    const blamed =
      speaker && (!threatened || sameState(speaker.actor, threatened.actor))
        ? view.actors.find(
            (a) =>
              a.mention.last < match.first &&
              a.mention.first > speaker.mention.last &&
              a.actor.kind !== "civilians" &&
              isParty(a.actor) &&
              !sameState(a.actor, speaker.actor) &&
              // (one an act of the sentence names: "accused Kyiv", "Armenian forces had fired".)
              view.triggers.some(
                (g) =>
                  g.trigger.type !== "THREATEN" &&
                  g.last <= match.first &&
                  a.mention.last >= g.first - 6 &&
                  a.mention.first <= g.last + 3,
              ),
          )
        : undefined;
    if (speaker && blamed) return { a1s: [speaker], a2s: [blamed], suffix: ":blamed-party" };
    // ("The Houthis said the aggression would not go unanswered", "any provocation will be met with a
    // decisive response, the ministry said": an act the threat answers, with no one named for it; whom it
    // is aimed at is the speaker's foe, found later.)
    const answered =
      !threatened &&
      view.tokens
        .slice(Math.max(0, match.first - 4), match.first)
        .some(
          (k, j, near) =>
            AGGRESSION.test(k.key) && /^(?:the|this|these|such|any|every|each)$/.test(near[j - 1]?.key ?? ""),
        );
    return speaker && answered ? { a1s: [speaker], a2s: [], suffix: ":answered" } : null;
  }
  // "The army said the rebels had violated the ceasefire", "Human Rights Watch said separatist fighters had
  // committed serious abuses": the one who says so accuses the clause's subject (told with no one saying
  // it, the charge is the report's own, no one's accusation).
  if (t.frame === "charge") {
    const speech = view.tokens.findLastIndex((k, at) => at < match.first && SPEECH.has(k.key));
    const speaker = speech >= 0 ? speakerOfVerb(view, speech) : undefined;
    const charged = view.actors.findLast(
      (a) =>
        a.mention.first > speech &&
        a.mention.last <= match.first &&
        !boundaryBetween(view.tokens, a.mention.last, match.first) &&
        a.actor.kind !== "civilians",
    );
    return speaker && charged && speaker.actor.id !== charged.actor.id
      ? { a1s: [speaker], a2s: [charged], suffix: "" }
      : null;
  }
  if (t.frame === "remains") return remainsFound(view, match);
  if (t.frame === "casualties") {
    const lost = subjects(view, match);
    return lost.length > 0 ? { a1s: lost.slice(0, 1), a2s: [], suffix: ":casualties" } : null;
  }
  if (t.frame === "repel" || stoppedBefore(view.tokens, match)) {
    // "Ukrainian units repelled 19 attacks by Russian forces": the attackers attacked the defenders.
    const attackers = objects(view, match, true).filter(
      (a) => a.actor.kind !== "civilians" && a.actor.kind !== "government",
    );
    const defenders = subjects(view, match);
    // "the army had repulsed the attack", "they repelled the assault and killed 40 militants": the
    // attack was told before; what this tells is the defenders' fighting back.
    // So does "intervened and repelled the attackers": the people who attacked, pushed back.
    // "repelled the 37 assaults", "repelled the new counteroffensive": a count or a word between.
    // ('"gallantly repelled" the attack': a closing quotation mark may stand between.)
    const after = QUOTES.has(view.tokens[match.last]?.raw ?? "") ? match.last + 1 : match.last;
    const noun = /^(?:\d+|new|latest|renewed|enemy|attempted|two|three|four|five|several|all)$/.test(
      view.tokens[after + 1]?.key ?? "",
    )
      ? view.tokens[after + 2]
      : view.tokens[after + 1];
    const told =
      /^(?:the|that|this|these|those)$/.test(view.tokens[after]?.key ?? "") &&
      (REPELLED_NOUN.test(noun?.key ?? "") ||
        /^(?:attackers|assailants|raiders|intruders|gunmen)$/.test(noun?.key ?? ""));
    if (told && defenders.length > 0)
      return { a1s: defenders, a2s: attackers.slice(0, 1), suffix: ":repel-counter" };
    // "four terrorists were killed as security forces repulsed an attack": the armed men the sentence
    // names before, on no side of the defenders', were the attackers.
    const named =
      attackers.length === 0 && defenders.length > 0
        ? view.actors.find(
            (a) =>
              a.mention.last <= match.first &&
              (isNonState(a.actor) || a.actor.kind === "unidentified") &&
              a.actor.kind !== "civilians" &&
              !defenders.some((d) => sameSide(d.actor, a.actor)),
          )
        : undefined;
    if (named) return { a1s: [named], a2s: defenders.slice(0, 1), suffix: ":repel-named-before" };
    if (attackers.length === 0 || defenders.length === 0)
      return defenders.length > 0 ? { a1s: defenders, a2s: [], suffix: ":repel-defender" } : null;
    return { a1s: attackers.slice(0, 1), a2s: defenders.slice(0, 1), suffix: ":repel" };
  }
  // "accusations by rights groups that soldiers…", "air strikes by Russian jets on HTS": a noun's agent.
  const nounUse =
    isNounUse(view.tokens, match.first, t) || /(?:ions?|s)$/.test(view.tokens[match.last - 1]!.key);
  // ("Another strike, this time by an Israeli warplane, hit a motorcycle": the agent in an aside.)
  const aside = nounUse && view.tokens[match.last]?.key === "," ? asideAgentAfter(view, match.last) : null;
  if (aside) return { a1s: [aside], a2s: [], suffix: ":noun-agent" };
  if (nounUse && view.tokens[match.last]?.key === "by") {
    const agent = byAgent(view, match);
    if (agent)
      return {
        a1s: [agent],
        a2s: objects(view, match).filter((o) => o.actor.id !== agent.actor.id),
        suffix: ":noun-agent",
      };
  }
  // "announced the deployment of 1,200 additional soldiers to Catatumbo": the forces sent are the ones
  // that deploy, whoever announces it.
  if (nounUse && t.type === "MOBILIZE" && view.tokens[match.last]?.key === "of") {
    const forces = view.actors.find(
      (a) =>
        a.mention.first > match.last &&
        a.mention.first <= match.last + 5 &&
        (a.actor.kind === "military" || a.actor.kind === "police"),
    );
    if (forces) return { a1s: [forces], a2s: [], suffix: ":noun-of-forces" };
  }
  // "The Interior ministry said it had deployed additional General Service Unit officers to Lamu": the
  // forces a government sends are the ones that deploy.
  if (!nounUse && t.type === "MOBILIZE" && SENT.test(view.tokens[match.first]!.key)) {
    const forces = view.actors.find(
      (a) =>
        a.mention.first >= match.last &&
        a.mention.first <= match.last + 3 &&
        (a.actor.kind === "military" || a.actor.kind === "police"),
    );
    const sender = view.actors.findLast((a) => a.mention.last <= match.first);
    if (forces && sender && sender.actor.kind === "government" && sameSide(sender.actor, forces.actor))
      return { a1s: [forces], a2s: [], suffix: ":forces-sent" };
  }
  // "condemned the arrest of three activists by police", "the abduction of two aid workers by gunmen":
  // the noun's patient after "of", its agent after "by".
  // ("The release of the hostages was welcomed by the UN": the agent of a verb of its own.)
  if (nounUse && view.tokens[match.last]?.key === "of") {
    const agent = byAgent(view, match);
    const ownVerb =
      agent !== null &&
      view.tokens
        .slice(match.last, agent.mention.first)
        .some((k) => /^(?:was|were|is|are|has|have|had|been|be|being)$/.test(k.key));
    if (agent && !ownVerb && canAct(agent, t.type)) {
      const held = view.actors.filter(
        (a) =>
          a.mention.first > match.last &&
          a.mention.last < agent.mention.first &&
          a.actor.id !== agent.actor.id,
      );
      return { a1s: [agent], a2s: held.slice(0, 1), suffix: ":noun-of-by" };
    }
  }
  // "the police attributed the attack to the FARC dissidents", "blamed the bombing on ISIS": the party
  // named after the noun is its author, as someone else says ("attributed the burning of houses to
  // terrorists": a burning too).
  if (t.type === "ASSAULT" || t.id === "coerce/seize:loot") {
    const { tokens } = view;
    const verb = [1, 2, 3, 4, 5].some((d) => ATTRIBUTED.test(tokens[match.first - d]?.key ?? ""));
    const author = verb
      ? view.actors.find(
          (a) =>
            a.mention.first >= match.last &&
            a.mention.first - match.last <= 8 &&
            !boundaryBetween(tokens, match.last, a.mention.first) &&
            [1, 2, 3].some(
              (d) =>
                /^(?:to|on)$/.test(tokens[a.mention.first - d]?.key ?? "") &&
                tokens
                  .slice(a.mention.first - d + 1, a.mention.first)
                  .every((k) => /^(?:the|a|an|"|“|')$/.test(k.raw.toLowerCase())),
            ) &&
            canAct(a, t.type),
        )
      : undefined;
    if (author) return { a1s: [author], a2s: [], suffix: ":attributed" };
    // "Police sources linked the massacre to a dispute between two gangs": whoever laid it on someone
    // did not commit it; with no author named after the noun, the act has none.
    const laid = [1, 2, 3].some(
      (d) =>
        ATTRIBUTED.test(tokens[match.first - d]?.key ?? "") &&
        tokens.slice(match.first - d + 1, match.first).every((k) => /^(?:the|this|that|a|an)$/.test(k.key)),
    );
    if (verb && laid && /^(?:to|on)$/.test(tokens[match.last]?.key ?? ""))
      return { a1s: [], a2s: [], suffix: ":attributed" };
    // "told reporters the attack was retaliation and attributed it to Los Lobos": the noun taken up by
    // "it" after a verb of laying it on someone, later in the sentence.
    if (isNounUse(tokens, match.first, t)) {
      for (let k = match.last; k < tokens.length - 2; k++) {
        if (tokens[k]!.key === ";" || tokens[k]!.key === ".") break;
        if (!ATTRIBUTED.test(tokens[k]!.key) || !/^(?:it|this)$/.test(tokens[k + 1]!.key)) continue;
        if (!/^(?:to|on)$/.test(tokens[k + 2]!.key)) break;
        const taker = view.actors.find(
          (a) => a.mention.first >= k + 3 && a.mention.first <= k + 4 && canAct(a, t.type),
        );
        if (taker) return { a1s: [taker], a2s: [], suffix: ":attributed" };
        break;
      }
    }
  }
  // "defended Vuhledar against Russian assaults", "fled RSF shelling": the party named right before the
  // noun is its author, and the subject of the sentence is what it hit.
  const owner = view.actors.find(
    (a) => a.mention.first < match.first && a.mention.last >= match.first && a.mention.last <= match.last,
  );
  if (
    owner &&
    t.type === "ASSAULT" &&
    /s$|ing$/.test(view.tokens[match.first]!.key) &&
    AGAINST.test(view.tokens[owner.mention.first - 1]?.key ?? "") &&
    canAct(owner, t.type)
  ) {
    const subject = subjects(view, match);
    const hit = (subject.length > 0 ? subject : patients(view, match)).filter(
      (a) => a.actor.id !== owner.actor.id,
    );
    return { a1s: [owner], a2s: hit.slice(0, 1), suffix: ":noun-owner" };
  }
  // "two people were killed in an Israeli drone strike on a car": the party named in the strike's words
  // after "in" or "by" is its author; those the sentence says were killed are what it hit.
  const inOwner =
    t.type === "ASSAULT" && !/ed$/.test(view.tokens[match.first]!.key)
      ? view.actors.find(
          (a) =>
            a.mention.first < match.first &&
            (a.mention.last > match.first ||
              (a.mention.last === match.first && isNounUse(view.tokens, match.first, t))) &&
            a.mention.last <= match.last &&
            /^(?:in|by)$/.test(
              view.tokens[
                /^(?:a|an|the)$/.test(view.tokens[a.mention.first - 1]?.key ?? "")
                  ? a.mention.first - 2
                  : a.mention.first - 1
              ]?.key ?? "",
            ) &&
            canAct(a, t.type),
        )
      : undefined;
  if (inOwner) {
    const harmed = view.actors.filter(
      (a) =>
        a.mention.last <= inOwner.mention.first &&
        a.actor.id !== inOwner.actor.id &&
        !SPEECH.has(view.tokens[a.mention.last]?.key ?? "") &&
        view.tokens.slice(a.mention.last, inOwner.mention.first).some((k) => HARMED.test(k.key)),
    );
    return { a1s: [inOwner], a2s: harmed.slice(-1), suffix: ":in-owner" };
  }
  const a1s = subjects(view, match);
  let a2s = objects(view, match);
  // "the Congolese army and the UN mission MONUSCO, whom they accused of failing…": the accused are the
  // relative pronoun's antecedents.
  if (t.type === "ACCUSE" && a2s.length === 0) a2s = antecedentsOfWhom(view, match);
  // "troops … killed two gunmen who opened fire on them": "them" in the relative clause is the main
  // clause's subject.
  if (/^(?:who|which|that)$/.test(view.tokens[match.first - 1]?.key ?? "")) {
    const mainSubject = mainClauseSubjects(view, match, match.first)[0];
    if (mainSubject && !mainSubject.rule.startsWith("ref/pronoun"))
      a2s = mapPacked(a2s, (a) =>
        a.rule.startsWith("ref/pronoun") &&
        /^(?:them|him|her|it)$/.test(view.tokens[a.mention.first]?.key ?? "")
          ? { ...mainSubject, text: a.text, mention: a.mention, rule: "ref/pronoun:main-subject" }
          : a,
      );
  }
  // "The junta and the alliance agreed", "the army and the RSF fought": each side with the other.
  // So for an accord or talks whose only object is a generic body ("agreed to set up joint patrols").
  // And two parties agreeing or meeting are the two sides whoever else is named ("the Government and
  // AFC/M23 agreed to exchange prisoners through the ICRC", "the two sides signed").
  const genericOnly = t.type !== "ASSAULT" && a2s.every((a) => a.rule.startsWith("ref/"));
  const [x, y] = a1s;
  const twoParties =
    t.type !== "ASSAULT" &&
    a1s.length === 2 &&
    x !== undefined &&
    y !== undefined &&
    isParty(x.actor) &&
    isParty(y.actor) &&
    x.actor.id !== y.actor.id &&
    // ("Egyptian and Qatari mediators met the Hamas delegation": mediators meet the ones they mediate for.)
    !(
      a2s.length > 0 &&
      a1s.some((a) => /\b(?:mediators|facilitators|envoys|guarantors)\b/i.test(a.mention.text))
    );
  if (mutual && a1s.length >= 2 && (a2s.length === 0 || genericOnly || twoParties))
    a2s = a1s.splice(0, a1s.length - 1);
  // "Hundreds took to the streets of Lomé", "thousands marched": a protest no party is named for is the
  // protesters'.
  if (a1s.length === 0 && t.type === "PROTEST" && countBefore(view.tokens, match.first))
    return {
      a1s: [implied(PROTESTERS, view.tokens, match.first, "actor/protesters")],
      a2s,
      suffix: ":crowd",
    };
  // "Similar protests were held in Mombasa", "demonstrations broke out in Bamako": a protest told as a
  // thing that happened is its protesters'.
  if (a1s.length === 0 && t.type === "PROTEST" && protestHappened(view.tokens, match))
    return {
      a1s: [implied(PROTESTERS, view.tokens, match.first, "actor/protesters")],
      a2s,
      suffix: ":held",
    };
  // "Mobile internet in Bhamo was cut by the military": a split trigger's own passive (a form of "be"
  // before its verb), its agent after "by".
  if (a1s.length === 0 && t.type === "COERCE") {
    const agent = byAgent(view, match);
    const passive =
      agent !== null && view.tokens.slice(match.last, agent.mention.first).some((k) => BE_BEFORE.test(k.key));
    if (agent && passive && agent.actor.kind !== "civilians")
      return { a1s: [agent], a2s, suffix: ":passive-split" };
  }
  // "A drone strike … killed 14 civilians, the ministry said, blaming the RSF": an attack no one is
  // said to have made, blamed on a party after it.
  if (a1s.length === 0 && t.type === "ASSAULT") {
    const blamed = blamedAfter(view, match);
    if (blamed)
      return { a1s: [blamed], a2s: a2s.filter((a) => a.actor.id !== blamed.actor.id), suffix: ":blamed" };
  }
  return { a1s, a2s, suffix: "" };
}

/** The party blamed later in the sentence (", blaming the RSF", "and blamed the army"), if any. */
/** "… was hit by gunfire", "struck by a drone": a weapon, not a party, after "by" at `at`. */
function byWeapon(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.key !== "by") return false;
  let k = at + 1;
  while (
    /^(?:a|an|the|heavy|small-arms|sniper|stray|enemy|hostile|artillery|mortar|kamikaze|suicide)$/.test(
      tokens[k]?.key ?? "",
    )
  )
    k++;
  return /^(?:gunfire|fire|bullets?|shells?|shelling|missiles?|rockets?|drones?|mortars?|rounds|shrapnel|grenades?|an?|ied|ieds|explosives?|mines?)$/.test(
    tokens[k]?.key ?? "",
  );
}

/** What is shot down: a drone, a missile, an aircraft. */
const CRAFT = /^(?:drones?|uavs?|missiles?|rockets?|aircraft|planes?|jets?|helicopters?|fighters?|bombers?)$/;

/** The state named before the craft shot down ("a US MQ-9 Reaper drone"), with its model's name between. */
function craftOwner(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  const owner = view.actors.find(
    (a) =>
      a.bareCountry !== null &&
      a.mention.first >= match.last &&
      a.mention.first <= match.last + 2 &&
      a.bareCountry !== a1.actor.country,
  );
  if (!owner) return null;
  // (The model's name may run to several tokens: "MQ-9 Reaper", "Shahed-136".)
  for (let k = owner.mention.last; k < Math.min(tokens.length, owner.mention.last + 6); k++) {
    if (CRAFT.test(tokens[k]!.key)) return owner;
    if (tokens[k]!.word && !/^[\p{Lu}\d]/u.test(tokens[k]!.raw)) return null;
  }
  return null;
}

/** "Anyone who…", "whoever…": the people a threat of comeuppance is aimed at, within a clause's reach. */
const ANYONE = /^(?:anyone|anybody|whoever)$/;
const ANYONE_REACH = 14;

/** What culprits do, not ordinary people: "whoever attacks…", "anyone responsible for…". */
const CULPRITS_ACT =
  /^(?:attacks?|attacked|attacking|kills?|killed|killing|shoots?|shot|harms?|harmed|targets?|targeted|responsible|behind|carried|commits?|committed|bombs?|bombed|murders?|murdered|kidnaps?|kidnapped|abducts?|abducted|conspires?|threatens?|tampers?|violence|crime|crimes)$/;

/** How many sentences back the attack whose culprits a threat names may be told. */
const CULPRITS_WINDOW = 4;

/** Words for a border and the ways across it. */
const BORDER_WORDS = /^(?:border|borders|frontier|boundary|crossings?|checkpoints?|posts?)$/;

/** The state a border closed by `a1` is shared with: "the border with Belarus", "crossings with Tajikistan". */
function borderNeighbour(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.first; k < Math.min(tokens.length - 1, match.last + 12); k++) {
    if (tokens[k]!.key === "." || tokens[k]!.key === ";") return null;
    if (tokens[k]!.key !== "with" || !BORDER_WORDS.test(tokens[k - 1]?.key ?? "")) continue;
    const at = /^(?:neighbouring|neighboring)$/.test(tokens[k + 1]?.key ?? "") ? k + 1 : k;
    return namedAfter(
      view,
      at,
      (a) => a.bareCountry !== null && a.bareCountry !== a1.actor.country && a.bareCountry !== a1.bareCountry,
    );
  }
  return null;
}

/** The actor whose mention starts right after token `k` (past "the"), when `fits` it. */
function namedAfter(
  view: SentenceView,
  k: number,
  fits: (a: ResolvedActor) => boolean,
): ResolvedActor | null {
  const at = view.tokens[k + 1]?.key === "the" ? k + 2 : k + 1;
  return view.actors.find((a) => a.mention.first === at && fits(a)) ?? null;
}

/** "A drone attack blamed on the RSF struck the power station": the party the subject is blamed on. */
function blamedInSubject(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  // Before the verb ("A drone attack blamed on the RSF struck…"), or right after the noun that is the
  // trigger ("A drone strike blamed on the RSF killed…").
  const from = Math.max(0, match.first - 14);
  for (let k = from; k <= match.last; k++) {
    const pair = `${tokens[k]?.key ?? ""} ${tokens[k + 1]?.key ?? ""}`;
    if (!/^(?:blamed on|attributed to|claimed by)$/.test(pair)) continue;
    const blamed = namedAfter(view, k + 1, (a) => isParty(a.actor));
    if (blamed) return blamed;
  }
  return null;
}

/**
 * The party a weapon was fired or launched from or by, told right after the weapon that is the trigger
 * ("shells fired from SDF positions", "The shells were fired by the RSF from positions east of the town")
 * or before the verb that is ("shells fired from Russian positions hit a house"), and whether it was "by";
 * null when none.
 */
function firedFrom(
  view: SentenceView,
  match: TriggerMatch,
  context?: RoleContext,
): { origin: ResolvedActor; by: boolean } | null {
  const { tokens } = view;
  for (let k = Math.max(0, match.first - 8); k <= match.last + 3 && k < tokens.length - 1; k++) {
    if (!/^(?:fired|launched|shot|lobbed)$/.test(tokens[k]!.key) || !/^(?:from|by)$/.test(tokens[k + 1]!.key))
      continue;
    if (k < match.first && boundaryBetween(tokens, k, match.first)) continue;
    // "Rockets were fired from Lebanon": a country named bare is where they came from, not who fired them
    // (but "a ballistic missile was launched from Yemen" is the Houthis', who style themselves its forces).
    const styled = (a: ResolvedActor): ActorData | null =>
      a.bareCountry && tokens[k + 1]!.key === "from" ? (context?.selfStyled?.(a.bareCountry) ?? null) : null;
    const origin = namedAfter(view, k + 1, (a) => isParty(a.actor) && (!a.bareCountry || styled(a) !== null));
    if (!origin) return null;
    const group = styled(origin);
    return group
      ? { origin: { ...origin, actor: group, bareCountry: null }, by: false }
      : { origin, by: tokens[k + 1]!.key === "by" };
  }
  return null;
}

function blamedAfter(view: SentenceView, match: TriggerMatch): ResolvedActor | undefined {
  const { tokens } = view;
  const at = tokens.findIndex((k, i) => i >= match.last && BLAMING.test(k.key));
  // "such attacks are usually blamed on Boko Haram": a habit, not this attack's author.
  if (
    at < 0 ||
    /^(?:is|are|was|were|be|been|being|usually|often|typically|generally|commonly)$/.test(
      tokens[at - 1]?.key ?? "",
    )
  )
    return undefined;
  // "…, in an attack police blamed on al-Shabaab militants": the attack named just before is laid "on" its author.
  const laidOn =
    tokens[at + 1]?.key === "on" &&
    tokens
      .slice(Math.max(0, at - 3), at)
      .some((k) => /^(?:attack|attacks|bombing|blast|explosion|ambush|raid)$/.test(k.key));
  return view.actors.find(
    (a) =>
      a.mention.first > at &&
      // "blaming al-Shabaab", "blaming criminal cells of the CJNG".
      (a.mention.first - at <= 4 ||
        (a.mention.first - at <= 6 && tokens.slice(at + 1, a.mention.first).some((k) => k.key === "of"))) &&
      isParty(a.actor) &&
      !boundaryBetween(tokens, at + 1, a.mention.first) &&
      (laidOn || !tokens.slice(at + 1, a.mention.first).some((k) => k.key === "on")),
  );
}

/** Whether a past-tense verb follows within a few words, before any "and", comma or auxiliary: the main verb. */
function reducedRelative(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 7); k++) {
    const key = tokens[k]!.key;
    // "its peacekeepers deployed near the site had intervened", "troops stationed in Gao were attacked".
    if (k > from && /^(?:was|were|had|has|have)$/.test(key))
      return /(?:ed|en)$/.test(tokens[k + 1]?.key ?? "");
    if (/^(?:and|,|;|was|were|is|are|had|has|have|on|since|after|before|last|this)$/.test(key)) return false;
    if (k > from && /^[a-z]+ed$/.test(key) && !PARTICIPLE_ADJECTIVE.test(key)) return true;
  }
  return false;
}

/**
 * "Rwandan troops deployed in Cabo Delgado pursued the attackers", "Eritrean soldiers stationed in Irob
 * abducted six farmers": a participle describing the subject of the sentence's verb, not a deployment
 * told as news (and no verb of its own between that subject and the one it does).
 */
function deployedSubject(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  return (
    match.trigger.type === "MOBILIZE" &&
    /ed$/.test(tokens[match.first]!.key) &&
    view.actors.some((a) => a.mention.last === match.first) &&
    /^(?:in|to|at|near|across|along|around)$/.test(tokens[match.last]?.key ?? "") &&
    reducedRelative(tokens, match.last + 1)
  );
}

/** The one whose word the clause before `at` reports: "Police in Zamfara said officers had been…". */
function speakerOf(view: SentenceView, at: number): ResolvedActor | null {
  for (let k = at - 1; k >= 0; k--)
    if (SPEECH.has(view.tokens[k]!.key)) return speakerOfVerb(view, k) ?? null;
  return null;
}

/** What a party may say of another that it denies. */
const ACCUSATION = /^(?:accusations?|allegations?|claims?|reports?|charges?)$/;
/** What a party may put forward for another to turn down. */
const PROPOSAL =
  /^(?:proposals?|offers?|plans?|initiatives?|calls?|requests?|demands?|ultimatum|invitation|mediation)$/;

/** A force's men named by no party before a deployment told in the passive ("officers had been deployed"). */
/** Words for a force's units: "companies of the CRPF", "two battalions of the army". */
const FORMATION_WORDS =
  /^(?:companies|company|battalions?|brigades?|platoons?|units?|contingents?|detachments?|squadrons?|regiments?|divisions?|troops|columns?)$/;
/** A force's formations or its people: "companies of the CRPF", "personnel of the Federal Constabulary". */
function unitWord(key: string): boolean {
  return FORMATION_WORDS.test(key) || /^(?:elements|personnel|members|officers)$/.test(key);
}
const OWN_MEN = /^(?:officers|personnel|reinforcements|reserves|units|agents|men|teams)$/;
const PASSIVE_AUX = /^(?:had|has|have|been|were|was|be|being|are|is|will|would|also|already)$/;

/** Words between a denial and the act it disowns: "denied carrying out", "denied any participation in". */
const INVOLVEMENT =
  /\b(?:deny|denied|denies|denying)\s+(?:(?:any|all|its|his|their)\s+)?(?:carrying out|having carried out|participation in|involvement in|responsibility for|link to|links to|role in|part in|taking part in)\s+(?:the|this|that|these|those)\s*$/;
const DENY_WORD = /^(?:deny|denied|denies|denying)$/;
/** How many sentences back the act a denial disowns may lie. */
const DENIED_ACT_WINDOW = 3;

/**
 * "The 33rd Front denied any participation in the kidnapping": the denier's own act on the victims of
 * the attack told just before, as a candidate (negated by the denial), or null.
 */
function deniedInvolvement(view: SentenceView, match: TriggerMatch, context: RoleContext): Candidate | null {
  const { tokens } = view;
  // (Most attacks have no denial before them: the words are joined only when one has.)
  const from = Math.max(0, match.first - 7);
  if (!tokens.slice(from, match.first).some((k) => DENY_WORD.test(k.key))) return null;
  const words = mapPacked(tokens.slice(from, match.first), (k) => k.key).join(" ");
  const found = INVOLVEMENT.exec(words);
  if (!found) return null;
  const denial = match.first - found[0].trim().split(/\s+/).length;
  // The denier: the last party before the denial ("which denied": the one the clause is about).
  const denier = view.actors.findLast(
    (a) => a.mention.last <= denial && a.actor.kind !== "civilians" && isParty(a.actor),
  );
  const recent = context.recentAssault?.(DENIED_ACT_WINDOW);
  const target = recent?.target;
  if (
    !denier ||
    !target ||
    target.actor.id === denier.actor.id ||
    context.sameSide(denier.actor, target.actor)
  )
    return null;
  return {
    view,
    match,
    type: "ASSAULT",
    mode: match.trigger.mode,
    actor1: denier,
    actor2: { ...target, mention: { ...target.mention, first: match.first, last: match.last } },
    rule: `${match.trigger.id}:denied-involvement`,
    flavour: null,
  };
}

/** Pass 3c: actors and roles of every trigger of a sentence. */
export function assignRoles(view: SentenceView, context: RoleContext): Candidate[] {
  const { tokens, triggers } = view;
  const out: Candidate[] = [];
  for (const match of triggers) {
    const t = match.trigger;
    // "The 33rd Front, in a communiqué, denied any participation in the kidnapping", "the government in
    // Kinshasa denied carrying out the strike": the denier's act on the last one's victims, denied.
    if (t.type === "ASSAULT") {
      const denied = deniedInvolvement(view, match, context);
      if (denied) {
        out.push(denied);
        continue;
      }
    }
    // "200 residents gathered in front of the administration building, … demanding that the government
    // stop the strikes": a gathering is a protest only when the sentence says what it demands or decries
    // ("mourners gathered at the cemetery" is none).
    // (Armed men who gather are massing: "300 macawisley fighters have gathered in the town", below.)
    const quietGathering = t.frame === "gathering" && !GATHERING_PROTESTS.test(view.sentence.text);
    // "air defences intercepted and destroyed 86 Ukrainian drones": the second verb is the same
    // interception, no attack on the drones' owner.
    if (
      t.type === "ASSAULT" &&
      t.frame !== "intercept" &&
      /^(?:destroyed|downed|neutralised|neutralized|eliminated)$/.test(tokens[match.first]!.key) &&
      joinedTo(view, match, 2, "and", (o) => o.trigger.frame === "intercept")
    )
      continue;
    // "warned that it would respond in self-defence": the warning's own words, one threat (its speaker's).
    if (
      t.type === "THREATEN" &&
      /^(?:it|they|he|she|we)$/.test(tokens[match.first - 1]?.key ?? "") &&
      tokens[match.first - 2]?.key === "that" &&
      // ("warned the TPLF faction that it would take all necessary measures": past the one warned.)
      triggers.some(
        (o) =>
          o !== match &&
          o.trigger.type === "THREATEN" &&
          o.last <= match.first - 2 &&
          o.first >= match.first - 12,
      ) &&
      // (Not when its words name whom it is aimed at: 'would "respond with arms" to any U.S. incursion'.)
      !view.actors.some((a) => a.mention.first >= match.last && a.mention.first <= match.last + 8)
    )
      continue;
    // "Chérizier, who is under U.N. and U.S. sanctions": a standing, no act.
    if (
      t.type === "SANCTION" &&
      tokens.slice(Math.max(0, match.first - 9), match.first).some((k) => k.key === "under")
    )
      continue;
    // "rescued nine kidnap victims", "kidnapping suspects", "attack survivors": a noun that describes
    // people, no act of its own.
    if (/^(?:victims?|survivors?|suspects?|cases)$/.test(tokens[match.last]?.key ?? "")) continue;
    // "Aid groups say such accusations put their staff at risk", "such attacks": acts of a kind, none told.
    if (tokens[match.first - 1]?.key === "such") continue;
    // "neutralised more than sixty terrorists as they fled": the flight is part of the fighting told.
    if (
      t.type === "RETREAT" &&
      /^(?:they|he|it|she)$/.test(tokens[match.first - 1]?.key ?? "") &&
      /^(?:as|while|when)$/.test(tokens[match.first - 2]?.key ?? "") &&
      triggers.some((o) => o.first < match.first && o.trigger.type === "ASSAULT")
    )
      continue;
    // "if its army did not disarm the group", "soldiers tried to disarm the youths": disarming others is
    // no one's laying down of arms (RETREAT disarm is the armed side's own).
    if (
      t.id === "retreat/disarm:disarm" &&
      /^(?:disarm|disarms|disarmed|disarming)$/.test(tokens[match.first]!.key) &&
      /^(?:the|a|an|its|their|them|all|his|her|those|these|armed|militias|fighters|youths|rebels|gangs)$/.test(
        tokens[match.last]?.key ?? "",
      )
    )
      continue;
    // "a bombed market", "the captured town": a participle used as an adjective ("an armed strike" is a
    // noun of two words).
    if (
      !t.noun &&
      match.last - match.first === 1 &&
      /ed$/.test(tokens[match.first]!.key) &&
      /^(?:a|an|the|this|that)$/.test(tokens[match.first - 1]?.key ?? "")
    )
      continue;
    if (deployedSubject(view, match)) continue;
    if (appositiveDeployment(view, match)) continue;
    // "Fighting between Druze militias and Bedouin fighters killed at least 30 people": the dead of the
    // fighting (its subject, with no comma between), not a killing by either side.
    if (
      t.id === "assault/targeted:kill" &&
      triggers.some(
        (o) =>
          o.first < match.first &&
          o.trigger.frame === "clash" &&
          tokens[o.last]?.key === "between" &&
          !tokens.slice(o.last, match.first).some((k) => k.key === "," || k.key === ";"),
      )
    )
      continue;
    // "rejected Israel's demand to disarm", "a proposal to withdraw": what is asked or offered, not done.
    if (
      tokens[match.first - 1]?.key === "to" &&
      /^(?:demand|demands|call|calls|proposal|proposals|offer|offers|request|requests|order|orders|ultimatum|refusal|deadline|pressure)$/.test(
        tokens[match.first - 2]?.key ?? "",
      )
    )
      continue;
    // "his units receive only a tenth of the shells they need", "deliveries of missiles": munitions as
    // goods, not an attack.
    if (
      t.type === "ASSAULT" &&
      /^(?:shells?|missiles?|rockets?|drones?|bombs?|ammunition|munitions|artillery|mortars?)$/.test(
        tokens[match.last - 1]!.key,
      ) &&
      [1, 2, 3, 4, 5, 6, 7].some((d) =>
        /^(?:receive|receives|received|need|needs|needed|shortage|shortages|lack|lacks|lacking|stocks?|stockpiles?|supplies|supply|deliveries|delivery|delivered|production|produce|produces|produced|manufacture|manufactured|manufacturing)$/.test(
          tokens[match.first - d]?.key ?? "",
        ),
      )
    )
      continue;
    // "killing people they accused of collaborating": why the victims were killed, no accusation made.
    if (
      t.type === "ACCUSE" &&
      /^(?:they|he|she|it|whom|who)$/.test(tokens[match.first - 1]?.key ?? "") &&
      /^(?:people|men|women|civilians|residents|villagers|those|others|persons|youths|boys|farmers)$/.test(
        tokens[match.first - 2]?.key ?? "",
      )
    )
      continue;
    // "called the attack 'abhorrent'", "denied the accusation", "the launcher used in this morning's rocket
    // attack", "did not comment on the strike": an act told before, named again.
    // ("condemned the killing of three activists by police": an act named with its agent is told anew.)
    if (
      referredTo(tokens, match.first, t.type) &&
      !(
        tokens.slice(Math.max(0, match.first - 8), match.first).some((k) => CONDEMNING_VERB.test(k.key)) &&
        agentAfter(tokens, match.last)
      )
    )
      continue;
    // "The assailants, who arrived in dozens of motorised canoes": how they came, not where they deployed.
    if (
      t.frame === "movement" &&
      /^arriv/.test(tokens[match.first]!.key) &&
      VEHICLES.test(
        mapPacked(tokens.slice(match.last, match.last + 5), (x) => x.key).find(
          (key) => !VEHICLE_WORDS.test(key),
        ) ?? "",
      )
    )
      continue;
    // "called for a nationwide shutdown", "called a general strike": the call is the protest to come (coded
    // as a planned protest by the caller), no demand made of anyone.
    if (t.type === "REQUEST" && callsProtest(view, match)) continue;
    // "a convoy which entered through the Kerem Shalom crossing": passing through, no place taken.
    if (
      t.frame === "seize" &&
      /^enter/.test(tokens[match.first]!.key) &&
      /^(?:through|via)$/.test(tokens[match.last]?.key ?? "")
    )
      continue;
    // "The NRF denied Taliban accusations that its fighters had killed…": the accusation is others', and
    // the denier accuses no one ("accusations by rights groups" names its accusers: theirs, coded).
    if (
      t.type === "ACCUSE" &&
      deniedNoun(tokens, match.first) &&
      !/^(?:by|from)$/.test(tokens[match.last]?.key ?? "")
    )
      continue;
    // "The Taliban government is also fighting the Islamic State": an ongoing war described, with no
    // place of its own, is background, not an event.
    if (
      t.frame === "clash" &&
      view.places.length === 0 &&
      [1, 2].some((d) => /^(?:is|are)$/.test(tokens[match.first - d]?.key ?? "")) &&
      /ing$/.test(tokens[match.first]!.key)
    )
      continue;
    // "ARSA fighters were fighting alongside junta troops", "the militia, which fought alongside the army
    // in the last war": a side taken, no fight told ("Wagner fighters fought alongside the army near Moura"
    // is one, and so is a fight alongside others that a claim or a denial is about).
    if (t.frame === "clash" && tokens[match.last]?.key === "alongside" && sideTaken(tokens, match.first))
      continue;
    // "to halt its strikes", "stop the shelling": a demand, not an event.
    if (
      /^(?:halt|stop|end|cease|prevent|avoid)$/.test(tokens[match.first - 1]?.key ?? "") ||
      /^(?:halt|stop|end|cease|prevent|avoid)$/.test(tokens[match.first - 2]?.key ?? "")
    )
      continue;
    // "army units raided several farms and arrested six": the raid is the arrest's, not an attack.
    if (
      /^raid/.test(tokens[match.first]!.key) &&
      triggers.some((o) => o.trigger.id === "coerce/arrest:arrest")
    )
      continue;
    // "the area north of the clashes": a place named after earlier fighting, not new fighting.
    if (
      tokens[match.first - 1]?.key === "the" &&
      tokens
        .slice(Math.max(0, match.first - 3), match.first - 1)
        .some((k) => /^(?:north|south|east|west|near|around)$/.test(k.key))
    )
      continue;
    // "repulsed an RSF attack": the attack is the repelled one, already coded by the repel.
    if (
      t.type === "ASSAULT" &&
      t.frame !== "repel" &&
      triggers.some(
        (r) =>
          r.trigger.frame === "repel" &&
          r.last <= match.first &&
          match.first - r.last <= 4 &&
          !boundaryBetween(tokens, r.last, match.first),
      )
    )
      continue;
    // "killed by artillery shelling by regime forces": the shelling is how the killing was done.
    if (t.type === "ASSAULT" && joinedTo(view, match, 3, "by", (r) => r.trigger.type === "ASSAULT")) continue;
    // "demonstrators tried to break through police cordons": a scuffle at a protest, not an armed assault.
    if (
      t.type === "ASSAULT" &&
      tokens.slice(match.last, match.last + 3).some((k) => /^(?:cordons?|barricades?)$/.test(k.key))
    )
      continue;
    // "arrested five men and took them to an unknown location": where the captives were taken, not a seizure.
    if (
      /^(?:took|take|taken|led|drove)$/.test(tokens[match.first]!.key) &&
      tokens[match.first - 1]?.key === "and" &&
      /^(?:them|him|her)$/.test(tokens[match.last]?.key ?? "")
    )
      continue;
    // "both sides committed not to advance": the terms of an agreement, not an event.
    if (
      /^(?:committed|pledged|agreed|undertook|promised|vowed)$/.test(tokens[match.first - 3]?.key ?? "") &&
      tokens[match.first - 2]?.key === "not" &&
      tokens[match.first - 1]?.key === "to"
    )
      continue;
    // "to degrade the Houthis' ability to threaten shipping", "its capacity to strike": a power, no act.
    if (
      tokens[match.first - 1]?.key === "to" &&
      /^(?:ability|capacity|capability|capabilities|means|power|freedom|licence|license)$/.test(
        tokens[match.first - 2]?.key ?? "",
      )
    )
      continue;
    // "Peace talks between the government and the ELN have been frozen since January": talks at a standstill
    // are a state of affairs, no meeting.
    if (t.type === "CONSULT" && stalledAfter(tokens, match.last)) continue;
    // "called on Turkey to show restraint", "threatened to storm the town": what is asked or threatened.
    if (complementOf(view, match)) continue;
    // "partners should press the junta", "Russia must withdraw": a recommendation, not an act.
    const modal = (k: number): boolean => /^(?:should|must)$/.test(tokens[k]?.key ?? "");
    const ought = tokens[match.first - 2]?.key === "ought" && tokens[match.first - 1]?.key === "to";
    if (modal(match.first - 1) || modal(match.first) || ought) continue;
    // "would not negotiate until federal troops withdrew": the condition of a refusal, not an act.
    if (conditionOfRefusal(tokens, match)) continue;
    // "struck an improvised explosive device": the device is what was hit, not an event of its own.
    if (
      t.type === "ASSAULT" &&
      tokens.slice(match.first, match.last).some((k) => MINE.test(k.key) || k.key === "improvised") &&
      tokens.slice(Math.max(0, match.first - 4), match.first).some((k, j, all) => {
        const at = match.first - all.length + j;
        return MINE_HIT.test(k.key) && mineAfter(tokens, at + 1) && view.triggers.some((o) => o.first === at);
      })
    )
      continue;
    // "…, killing 14 civilians": the victims of the clause before, not an event of its own.
    // "engaged the attackers" is a fight; "engaged in talks", "engaged with elders" are not.
    if (/^engag/.test(tokens[match.first]!.key) && /^(?:in|with)$/.test(tokens[match.last]?.key ?? ""))
      continue;
    // When no verb before it is an event ("gunmen descended on the village, killing 23"), it is the event.
    // But "stormed Kadauri village, abducting 14 farmers" tells how the raid was done: an abduction after
    // acts that name no way of their own is coded, and merges with them into an abduction.
    if (
      PARTICIPLES.has(tokens[match.first]!.key) &&
      /^(?:,|and)$/.test(tokens[match.first - 1]?.key ?? "") &&
      view.triggers.some((o) => o.first < match.first) &&
      !(
        t.mode === "abduct" &&
        view.triggers.every((o) => o.first >= match.first || o.trigger.id.startsWith("assault/none:"))
      )
    )
      continue;
    // "A Ukrainian drone attack set fire to an oil depot": the fire is what the attack did, no act of its
    // own (its subject is the attack, or the weapon: "the drone set fire to").
    // ("attacked the village, killing 14 civilians and burning grain stores": how the raid was done.)
    if (
      t.frame === "property" &&
      view.triggers.some(
        (o) =>
          o.trigger.type === "ASSAULT" &&
          o.last <= match.first &&
          (match.first - o.last <= 1 ||
            // (Looting told so is a seizure of its own: "wounding one driver and looting two trucks".)
            (/^(?:burning|torching|setting|razing)$/.test(tokens[match.first]!.key) &&
              /^(?:and|,)$/.test(tokens[match.first - 1]?.key ?? ""))),
      )
    )
      continue;
    let type = t.type;
    let mode = t.mode;
    let flavour: Candidate["flavour"] =
      t.frame === "property" ? "property" : t.frame === "intercept" ? "intercept" : null;
    let rule = t.id;
    // (A crowd's damage to property is its own act, a riot or an attack on people's property.)
    let byCrowd = false;
    // "Moscow would not agree to a ceasefire", "will never accept": refusing an agreement is a rejection.
    if (type === "AGREE" && refusedBefore(tokens, match.first)) {
      type = "REJECT";
      rule += ":refused";
    }
    // "Protesters set fire to the gate of the prosecutor's office", "looted shops": a crowd's damage to
    // property is a riot (ACLED's violent demonstration), not a seizure.
    if (t.frame === "property") {
      const nearest = view.actors.findLast(
        (a) => a.mention.last <= match.first && !boundaryBetween(tokens, a.mention.last, match.first),
      );
      // ("youths looted shops and set fire to a police post": young men loose in the street are a crowd.)
      const crowd =
        nearest?.actor.kind === "civilians" &&
        /^(?:youths|youth|mob|mobs|crowd|crowds|rioters)$/.test(tokens[nearest.mention.last - 1]?.key ?? "");
      if (nearest?.actor.kind === "protesters" || crowd) {
        byCrowd = true;
        type = "PROTEST";
        mode = "riot";
        flavour = null;
        rule = "protest/riot:property";
      }
    }
    // "settlers set fire to vehicles and a house", "burned 30 houses": arson against people's property is
    // violence against them (looting stays a seizure of property, and so does arson told with looting:
    // "burned homes and drove away the cattle" is one raid on property).
    // (A crowd's is its riot: "a mob set fire to three shops".)
    if (
      t.frame === "property" &&
      !byCrowd &&
      !view.triggers.some(
        (o) => o !== match && o.trigger.frame === "property" && !DESTRUCTION.test(wordsOf(tokens, o)),
      ) &&
      (DESTRUCTION.test(wordsOf(tokens, match)) || setOnFire(tokens, match)) &&
      (civilianVictims(view, match) !== null ||
        tokens
          // (What was set on fire may stand before it, in the passive: "several houses were set on fire".)
          .slice(isPassive(tokens, match.first) ? Math.max(0, match.first - 6) : match.last, match.last + 6)
          .some((k) =>
            /^(?:vehicles?|trucks?|tractor|houses?|homes?|huts?|shelters?|tents?|shops?|stalls?|markets?|buildings?|villages?|granar(?:y|ies)|bridges?|trees|olive|orchards?|crops)$/.test(
              k.key,
            ),
          ))
    ) {
      type = "ASSAULT";
      mode = "destroy";
      flavour = null;
      rule = "assault/arson";
    }
    // "Hamas's demands were unacceptable", "the gang has not made any demands": demands spoken of as a
    // thing, not made in the sentence.
    if (
      t.id === "request/appeal" &&
      tokens[match.first]!.key === "demands" &&
      demandsAsThing(tokens, match.first)
    )
      continue;
    // "Police fired tear gas and charged demonstrators with batons": a charge with weapons is force, no
    // accusation.
    if (t.frame === "indict" && tokens[match.first]!.key === "charged") {
      const w = tokens.slice(match.last, match.last + SPLIT_TAIL).findIndex((k) => k.key === "with");
      if (w >= 0 && CHARGE_WEAPONS.test(tokens[match.last + w + 1]?.key ?? "")) continue;
    }
    // "HTS handed Morek over to the army", "handing it over to HTS": a place given up to a named side.
    if (t.frame === "handover") {
      const placeNext = view.placeTokens.some((p) => p >= match.last && p <= match.last + 3);
      const pronoun = /^(?:it|them)$/.test(tokens[match.last]?.key ?? "") && view.places.length > 0;
      const control = /^(?:control|the)$/.test(tokens[match.last]?.key ?? "") && territoryAfter(view, match);
      const to = tokens.slice(match.last, match.last + 8).some((k) => k.key === "to");
      if (!(placeNext || pronoun || control) || !to) continue;
    }
    if (t.frame === "seize" || t.frame === "capture") {
      let territory =
        territoryAfter(view, match) || (isPassive(tokens, match.first) && territoryBefore(view, match));
      let captiveOverride = false;
      // "captured two ISIS bases": the group owns the bases; "captured eight HTS fighters": they are captives.
      // ("captured two regime outposts": the owner named before the place's noun.)
      // ("had taken the militants' base": the place's noun after the owner's possessive.)
      const afterOwner = (o: ResolvedActor): number =>
        o.mention.last +
        (tokens[o.mention.last]?.raw === "'" ? (tokens[o.mention.last + 1]?.key === "s" ? 2 : 1) : 0);
      const captive = objects(view, match).some(
        (o) =>
          !TERRITORY.test(tokens[o.mention.last - 1]!.key) &&
          !TERRITORY.test(tokens[afterOwner(o)]?.key ?? "") &&
          // ("captured a junta naval outpost": one word of its kind between the owner and the place.)
          !(
            /^(?:naval|military|army|police|border|forward|strategic|main|key|remote|command)$/.test(
              tokens[afterOwner(o)]?.key ?? "",
            ) && TERRITORY.test(tokens[afterOwner(o) + 1]?.key ?? "")
          ) &&
          // ("captured the headquarters of the regime's Light Infantry Battalion 237": the place's owner.)
          !(
            keyBefore(tokens, o.mention.first) === "of" &&
            TERRITORY.test(keyBefore(tokens, o.mention.first, 2))
          ) &&
          // ("a junta battalion headquarters")
          !(
            /^(?:battalion|brigade|division|regiment|army|military|police|command)$/.test(
              tokens[o.mention.last]?.key ?? "",
            ) && TERRITORY.test(tokens[o.mention.last + 1]?.key ?? "")
          ) &&
          ((o.mention.first - match.last <= 4 && o.actor.kind !== "civilians") ||
            (o.actor.kind === "civilians" && t.frame === "capture")),
      );
      // "two farmers were taken from their home in a rural area … by armed men": people taken away from a
      // place are captives, not the place taken.
      const takenPeople =
        t.frame === "capture" &&
        isPassive(tokens, match.first) &&
        tokens[match.last]?.key === "from" &&
        view.actors.some(
          (a) =>
            a.actor.kind === "civilians" &&
            a.mention.last <= match.first &&
            !boundaryBetween(tokens, a.mention.last, match.first),
        );
      // "killed six militants and captured two others": a count of people taken.
      const countedPeople =
        isCountWord(tokens[match.last]?.key ?? "") &&
        /^(?:others|people|men|women|fighters|militants|soldiers|civilians)$/.test(
          tokens[match.last + 1]?.key ?? "",
        );
      // "attacked HTS-held villages … and took several of them": the pronoun stands for the places.
      if (
        !territory &&
        tokens.slice(match.last, match.last + 4).some((k) => /^(?:them|it)$/.test(k.key)) &&
        tokens.slice(Math.max(0, match.first - 14), match.first).some((k) => TERRITORY.test(k.key))
      ) {
        territory = true;
        captiveOverride = true;
      }
      // "seized rocket launchers and ammunition", "recovered two AK-47 rifles": arms or goods taken in a
      // search or a raid are a seizure of property (the PLOVER manual's confiscation), not of ground.
      // (Arms seized in an arrest or a fight are part of it: "arrested 14 smugglers and seized generators",
      // "killed four attackers and seized assault rifles".)
      if (
        t.frame === "seize" &&
        !territory &&
        seizedGoods(tokens, match.last) &&
        !view.triggers.some(
          (o) => (o.trigger.type === "COERCE" && o.trigger.mode === "arrest") || o.trigger.type === "ASSAULT",
        )
      ) {
        type = "COERCE";
        mode = "seize";
        flavour = "property";
        rule = "coerce/seize:goods";
      } else if (t.frame === "seize" && !territory && (countedPeople || seizedPeople(view, match))) {
        // "Prisoners also seized six guards", "gunmen seized 17 gold miners": people seized are abducted.
        type = "ASSAULT";
        mode = "abduct";
        rule = "assault/abduct:seized";
      } else if (t.frame === "seize" && !territory) continue;
      // "vehicles entered Syria": crossing into a country or province is a movement, not a seizure.
      if (
        /^enter/.test(tokens[match.first]!.key) &&
        !view.places.some(
          (p, i) =>
            view.placeTokens[i]! >= match.last && view.placeTokens[i]! <= match.last + 4 && p.precision < 3,
        )
      )
        continue;
      if (t.frame === "capture" && !territory && !captive && !takenPeople) continue;
      // "took 46 people out of Huliaipole", "were taken to hospital": carried to safety, not captured.
      if (
        t.frame === "capture" &&
        /^t[ao]/.test(tokens[match.first]!.key) &&
        carriedToSafety(tokens, match.last)
      )
        continue;
      // "took part in the attack", "took place", "took power", "took office": no capture.
      if (
        t.frame === "capture" &&
        /^t[ao]/.test(tokens[match.first]!.key) &&
        /^(?:part|place|power|office|charge|responsibility|note|steps|measures|action|shelter|refuge|cover)$/.test(
          tokens[match.last]?.key ?? "",
        )
      )
        continue;
      // "the split has taken an increasingly military turn", "took hold": a change, nothing taken.
      if (
        t.frame === "capture" &&
        /^t[ao]/.test(tokens[match.first]!.key) &&
        tokens
          .slice(match.last, match.last + 4)
          .some((k) =>
            /^(?:turn|shape|hold|root|effect|toll|form|course|stock|aim|precedence|priority|advantage)$/.test(
              k.key,
            ),
          )
      )
        continue;
      // "took up positions on the hills", "had taken position near the bridge": forces placed, nothing taken.
      if (
        t.frame === "capture" &&
        /^t[ao]/.test(tokens[match.first]!.key) &&
        /^positions?$/.test(tokens[tokens[match.last]?.key === "up" ? match.last + 1 : match.last]?.key ?? "")
      )
        continue;
      if (territory && (!(captive || countedPeople) || captiveOverride) && !takenPeople) {
        type = "COERCE";
        mode = "seize";
        flavour = "territory";
        if (t.frame === "capture") rule = "coerce/seize:capture-place";
      } else if (
        t.frame === "capture" &&
        tokens.slice(match.last, match.last + 4).some((k) => /^(?:alleged|suspected|presumed)$/.test(k.key))
      ) {
        // "troops captured three alleged members of the ELN": suspects taken, an arrest (by the state's
        // forces: a group's capture of "suspected spies" is still an abduction, below).
        type = "COERCE";
        mode = "arrest";
        rule = "coerce/arrest:capture-suspects";
      }
    }
    // "marking the second anniversary of the storming of Parliament": an act remembered, not done.
    const of = match.first - (tokens[match.first - 1]?.key === "the" ? 2 : 1);
    if (
      tokens[of]?.key === "of" &&
      /^(?:anniversary|anniversaries|commemoration|memory)$/.test(tokens[of - 1]?.key ?? "")
    )
      continue;
    // "arrested three men for allegedly providing shelter to militants", "accused of supplying the LeT": the
    // charge against those held, no act of their own told.
    if (
      (t.type === "AID" || t.type === "SUPPORT" || t.type === "COOPERATE") &&
      /ing$/.test(tokens[match.first]!.key) &&
      (tokens[match.first - 1]?.key === "allegedly" ||
        (tokens[match.first - 1]?.key === "of" &&
          /^(?:accused|suspected|suspicion|charges|charged|convicted)$/.test(
            tokens[match.first - 2]?.key ?? "",
          )))
    )
      continue;
    // "27 corpses had been recovered from the bush" after the attack told just before: its dead, no new act.
    if (t.frame === "remains" && context.recentAttacker?.(2)) continue;
    // (A crowd's riot is read as its own act: protesters riot, they do not seize.)
    const read: TriggerMatch = byCrowd ? { ...match, trigger: { ...t, type } } : match;
    let roles = rolesOf(
      view,
      read,
      lastAttacker(view, match, context.recentActor()),
      context.militaryOf,
      context.soldiering,
    ) ?? {
      a1s: [],
      a2s: [],
      suffix: "",
    };
    // "Gunmen stormed the village. At least 12 members of one family were shot dead": the dead of the attack
    // told just before, no new act (nor one while another party acts in the sentence).
    if (
      roles.suffix === ":passive-unnamed:victims" &&
      (context.recentAttacker?.(2) || othersAct(view, roles))
    )
      continue;
    // "ISSP has exploited the withdrawal of French forces": a setting, no news ("since the withdrawal of…" is
    // `sinceThe`'s, below).
    if (
      t.type === "RETREAT" &&
      isNounUse(tokens, match.first, t) &&
      tokens[match.first - 1]?.key === "the" &&
      /^(?:exploited|exploiting|exploit|exploits|followed|following|after|amid|despite|filled|filling|fill)$/.test(
        tokens[match.first - 2]?.key ?? "",
      )
    )
      continue;
    // "a sharp rise in militant violence since the BLA's hijacking of the same train": the act that
    // opened a period told, not news of its own.
    if (
      (isNounUse(tokens, match.first, t) ||
        (tokens[match.first - 1]?.key === "s" && tokens[match.first - 2]?.raw === "'")) &&
      sinceThe(tokens, match.first)
    )
      continue;
    // "The withdrawal of French and US forces from Mali was completed": a withdrawal is theirs whom "of"
    // names (every party in the row after it), whoever the sentence's subject is.
    if (t.type === "RETREAT" && isNounUse(tokens, match.first, t) && tokens[match.last]?.key === "of") {
      const joined: ResolvedActor[] = [];
      let end = match.last + 1;
      for (const a of view.actors) {
        if (a.mention.first < end || !isParty(a.actor)) continue;
        const gap = tokens.slice(end, a.mention.first);
        if (gap.length > 3 || !gap.every((g) => /^(?:and|,|the|its|their)$/.test(g.key))) break;
        joined.push(a);
        end = a.mention.last;
      }
      if (joined.length > 0) roles = { a1s: joined, a2s: [], suffix: ":of-noun" };
    }
    // "…clashed in Souq al-Juma. The council said a truce had been agreed": a truce agreed by no one named is
    // the fighting sides'.
    if (t.type === "AGREE" && roles.a1s.length === 0 && isPassive(tokens, match.first)) {
      const fighter = context.recentAttacker?.(3) ?? null;
      if (fighter) roles = { a1s: [fighter], a2s: [], suffix: ":passive-sides" };
    }
    // "Peshmerga forces returned fire and forced the terrorists to flee": the ones forced withdraw, from
    // the ones who forced them.
    if (t.type === "RETREAT" && tokens[match.first - 1]?.key === "to") {
      const forcedAt = mapPacked([2, 3, 4, 5, 6, 7], (d) => match.first - d).find((k) =>
        /^(?:forced|forcing|forces|force|compelled|compelling)$/.test(tokens[k]?.key ?? ""),
      );
      const forced =
        forcedAt === undefined
          ? undefined
          : view.actors.find((a) => a.mention.first > forcedAt && a.mention.last < match.first);
      const forcer =
        forcedAt === undefined
          ? undefined
          : view.actors.findLast((a) => a.mention.last <= forcedAt && a.actor.id !== forced?.actor.id);
      if (forced && forcer) roles = { a1s: [forced], a2s: [forcer], suffix: ":forced" };
    }
    // "The teachers were released three days later", "those detained would be released": a release told
    // without its author is by the captors of the abduction (or arrest) told shortly before, of those they
    // took unless others are named.
    if (
      t.id === "retreat/release:release" &&
      roles.a1s.length === 0 &&
      /^(?:released|freed|set)$/.test(tokens[match.first]!.key) &&
      (isPassive(tokens, match.first) || reducedPassive(view, match))
    ) {
      const freed = subjects(view, match).filter((a) => a.actor.kind === "civilians");
      const told = capturedBefore(view, match.first);
      const held = told ? null : context.recentCapture?.(RELEASE_WINDOW);
      if (told)
        roles = {
          a1s: [told.captor],
          a2s: freed.length > 0 ? freed : told.captive ? [told.captive] : [],
          suffix: ":captors-told",
        };
      else if (held)
        roles = { a1s: [held.captor], a2s: freed.length > 0 ? freed : [held.captive], suffix: ":captors" };
    }
    // "Police have released six of those detained": the people its author took shortly before.
    if (
      t.id === "retreat/release:release" &&
      roles.a1s.length === 1 &&
      roles.a2s.length === 0 &&
      tokens
        .slice(match.last, match.last + 6)
        .some((k) =>
          /^(?:detained|arrested|held|abducted|kidnapped|detainees|hostages|captives)$/.test(k.key),
        )
    ) {
      const held = context.recentCapture?.(RELEASE_WINDOW);
      if (held && context.sameSide(held.captor.actor, roles.a1s[0]!.actor))
        roles = { ...roles, a2s: [held.captive], suffix: `${roles.suffix}:captives` };
    }
    // "the kidnappers had contacted some of the families and demanded 100 million naira": the verb after
    // "and" shares the first verb's subject, not its object.
    if (
      tokens[match.first - 1]?.key === "and" &&
      roles.a1s.length === 1 &&
      roles.a1s[0]!.actor.kind === "civilians"
    ) {
      const object = roles.a1s[0]!;
      const subject = view.actors.find(
        (a) =>
          a.mention.last < object.mention.first &&
          a.actor.kind !== "civilians" &&
          isParty(a.actor) &&
          !boundaryBetween(tokens, a.mention.last, match.first) &&
          tokens
            .slice(a.mention.last, object.mention.first)
            .some((k) => /(?:ed|ing)$/.test(k.key) && k.key.length > 4),
      );
      if (subject) roles = { ...roles, a1s: [subject], suffix: `${roles.suffix}:shared-subject` };
    }
    // "A bomb dropped by a military aircraft hit a market", "Rockets fired by the RSF hit a hospital": the
    // weapon's author, after its participle.
    if (roles.a1s.length === 0 && type === "ASSAULT") {
      // ("Drones launched by the Rapid Support Forces (RSF) hit El Obeid": a name at length and its short one.)
      const participle = [
        match.last,
        ...mapPacked([2, 3, 4, 5, 6, 7, 8, 9, 10], (d) => match.first - d),
      ].find(
        (k) =>
          k >= 1 &&
          WEAPON_PARTICIPLE.test(tokens[k]?.key ?? "") &&
          tokens[k + 1]?.key === "by" &&
          (k === match.last || WEAPON_SUBJECT.test(tokens[k - 1]!.key)),
      );
      const agent =
        participle === undefined
          ? undefined
          : view.actors.find(
              (a) =>
                a.mention.first > participle + 1 &&
                a.mention.first <= participle + 4 &&
                a.mention.last <= Math.max(match.first, participle + 4) &&
                canAct(a, type),
            );
      if (agent) roles = { a1s: [agent], a2s: roles.a2s, suffix: ":weapon-by" };
    }
    // "a supply convoy struck an improvised explosive device", "their vehicle hit a landmine": the ones
    // who hit the mine are its targets, and whoever laid it goes unnamed.
    if (type === "ASSAULT" && MINE_HIT.test(tokens[match.first]!.key) && mineAfter(tokens, match.last)) {
      const blamed = blamedAfter(view, match);
      // "A convoy escorted by the defence and security forces struck an IED": with no actor as subject,
      // the forces the subject names are the ones hit.
      const named = view.actors.filter(
        (a) => a.mention.last <= match.first && !a.rule.startsWith("ref/pronoun") && canAct(a, type),
      );
      // ("a tricycle transporting traders to the market struck an IED": the civilians it carried.)
      const carried =
        roles.a1s.length === 0 && named.length === 0
          ? tokens.slice(0, match.first).findLastIndex((t) => CIVILIAN_TARGET.test(t.key))
          : -1;
      roles = {
        a1s: [blamed ?? implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-bomber")],
        a2s:
          roles.a1s.length > 0
            ? roles.a1s
            : carried >= 0
              ? [implied(CIVILIANS, tokens, carried, "actor/civilian-target")]
              : named.slice(-1),
        suffix: blamed ? ":mine:blamed" : ":mine",
      };
      mode = "explosives";
    }
    // "their vehicle set off an explosive device …, Sedena said, blaming the CJNG": the device's noun after
    // a verb of setting it off; those named before are its targets, its author the one blamed or unnamed.
    const setOff = type === "ASSAULT" && mode === "explosives" ? mineSetOffBefore(tokens, match.first) : -1;
    if (setOff >= 0) {
      const hit = view.actors.filter(
        (a) => a.mention.last <= setOff && !a.rule.startsWith("ref/pronoun") && canAct(a, type),
      );
      const blamed = blamedAfter(view, match);
      roles = {
        a1s: [blamed ?? implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-bomber")],
        a2s: hit.slice(-1),
        suffix: blamed ? ":mine:blamed" : ":mine",
      };
    }
    // "A drone attack blamed on the RSF struck the power station": the one the subject is blamed on.
    if (roles.a1s.length === 0 && type === "ASSAULT") {
      const blamed = blamedInSubject(view, match);
      if (blamed && canAct(blamed, type)) {
        roles.a1s.push(blamed);
        rule += ":blamed-on";
      }
    }
    // "Mortar shells fired from SDF positions fell on houses", "rockets launched from Lebanon": the side
    // they came from fired them (and is not what they hit).
    if (roles.a1s.length === 0 && type === "ASSAULT") {
      const fired = firedFrom(view, match, context);
      if (fired && canAct(fired.origin, type)) {
        const { origin } = fired;
        roles = {
          ...roles,
          a1s: [origin],
          a2s: roles.a2s.filter((a) => a.actor.id !== origin.actor.id),
        };
        rule += ":fired-from";
        // "… when shells fell on displacement sites. The shells were fired by the RSF": the act told
        // before is the one they fired.
        if (fired.by && /^(?:the|these|those)$/.test(tokens[match.first - 1]?.key ?? ""))
          rule += ":attributed";
      }
    }
    // "The Ministry of Defence reported that a joint operation against an EGC structure…": the operation
    // is the speaking party's.
    if (roles.a1s.length === 0 && type === "ASSAULT" && operationNoun(view, match)) {
      const said = armedSpeaker(view, match, true);
      const forces =
        said?.actor.kind === "government" && said.actor.country
          ? context.forcesOf?.(said.actor.country)
          : null;
      const speaker = said?.actor.kind === "government" ? (forces ? { ...said, actor: forces } : null) : said;
      if (speaker) {
        roles.a1s.push(speaker);
        rule += ":speaker-operation";
        // "…said that an operation carried out with the FADM had killed eleven insurgents": the partner
        // named with the operation acts with the speaker, no target.
        const partners = view.actors.filter(
          (a) =>
            a.mention.first > speaker.mention.last &&
            a.mention.first <= match.last + PARTNER_REACH &&
            a.actor.id !== speaker.actor.id &&
            isParty(a.actor) &&
            (companion(tokens, a.mention.first) || withBefore(tokens, a.mention.first)),
        );
        if (partners.length > 0)
          roles = {
            ...roles,
            a1s: [...roles.a1s, ...partners],
            a2s: roles.a2s.filter((a) => !partners.some((p) => p.actor.id === a.actor.id)),
          };
      }
    }
    // ("The attack was retaliation for the captures": what an attack was called is no second attack.)
    const weaponActs =
      roles.a1s.length === 0 &&
      type === "ASSAULT" &&
      !/^(?:retaliation|reprisal|reprisals)$/.test(tokens[match.first]!.key) &&
      (weaponSubject(view, match) || harmingNoun(view, match));
    // "Shahed drones struck Kharkiv": a weapon only one side of the war uses is that side's.
    const signed = weaponActs ? (context.weaponOwner?.(match.first - 4, match.last) ?? null) : null;
    // "drones of the junta struck the weekly market": the weapon's owner named after "of" (and "the":
    // "an FPV drone of the Ukrainian armed formations").
    const ownerOf = weaponActs
      ? view.actors.find(
          (a) =>
            a.mention.last <= match.first &&
            ownsWeaponBefore(tokens, a) &&
            isParty(a.actor) &&
            canAct(a, type),
        )
      : undefined;
    if (ownerOf) {
      roles.a1s.push(ownerOf);
      rule += ":weapon-subject";
    } else if (signed) {
      roles.a1s.push(implied(signed, tokens, match.first, "actor/signature-weapon"));
      rule += ":weapon-subject";
    } else if (weaponActs) {
      // "Guided bombs hit Kostiantynivka", "the same raid also struck…": the weapon's owner acts;
      // "the army said (its) air strikes had killed dozens of militants": the armed party speaking.
      const fresh = freshStart(tokens);
      const recent = fresh
        ? null
        : context.recentAttacker
          ? (context.recentAttacker() ?? context.recentRemoteAttacker?.(WEAPON_OWNER_WINDOW) ?? null)
          : context.recentActor();
      // "the bombardment killed 12 civilians", "NNA said the drone strike hit a motorcycle": the act told
      // before (a few sentences back), whoever tells of it now.
      let det = match.first - 1;
      while (det > match.first - 4 && det > 0 && WEAPON_SUBJECT.test(tokens[det]!.key)) det--;
      const definite = /^(?:the|that|this)$/.test(tokens[det]?.key ?? "");
      const told = definite && !fresh ? (context.recentAttacker?.(6) ?? recent) : null;
      const teller = told ?? armedSpeaker(view, match) ?? lastAttacker(view, match, recent);
      // "Fano attacked a police station … Two days later, an air strike hit a minibus": no rebel flies
      // jets; the strike is the state's it fights (or no one's the sentence can name).
      const weapon = weaponMode(
        mapPacked(tokens.slice(Math.max(0, match.first - 4), match.first + 1), (k) => k.raw).join(" "),
      );
      const aerial = mode === "aerial" || weapon === "aerial";
      const grounded = teller !== null && aerial && isNonState(teller.actor);
      const enemy = grounded ? context.opponentOf(teller) : null;
      const air =
        enemy && STATE_BODIES.has(enemy.actor.kind) && enemy.actor.country
          ? context.forcesOf?.(enemy.actor.country)
          : null;
      const owner = grounded ? (air ? implied(air, tokens, match.first, "actor/air-power") : null) : teller;
      // "a drone strike hit an M23 position": the last actor is not taken for the one it hit.
      // "four FC personnel were martyred when a roadside bomb struck their vehicle": nor for the side it killed.
      const killed = owner !== null ? killedBefore(view, match, null) : null;
      const hitsOwner =
        owner !== null &&
        (roles.a2s.concat(objects(view, match)).some((o) => o.actor.id === owner.actor.id) ||
          (killed !== null && sameSide(killed.actor, owner.actor)));
      // "A drone strike hit a JNIM column north of Déou": from the air, on an armed group no one else is
      // told to strike, the state's forces that fight it.
      const struck =
        owner === null && (aerial || mode === "drone" || weapon === "drone")
          ? roles.a2s
              .concat(objects(view, match))
              .find((o) => isNonState(o.actor) && o.actor.kind !== "unidentified")
          : undefined;
      const struckFoe = struck ? context.opponentOf(struck) : null;
      // (With no foe told, the forces of the state where it struck: "a drone strike hit an al-Shabaab camp".)
      const foesAir = struck
        ? struckFoe && STATE_BODIES.has(struckFoe.actor.kind) && struckFoe.actor.country
          ? context.forcesOf?.(struckFoe.actor.country)
          : struckFoe === null
            ? context.soldiering?.()
            : null
        : null;
      if (owner && canAct(owner, type) && !hitsOwner) roles.a1s.push(owner);
      else if (foesAir) roles.a1s.push(implied(foesAir, tokens, match.first, "actor/air-power-of-foe"));
      // "mortar shells landed on houses, killing two", no one named before who could have fired them:
      // an unnamed launcher.
      else if (
        // "artillery shells struck residential blocks in Abu Shouk camp": civilians' homes hit count as
        // harm, in a report that has told of no attack from afar it could belong to.
        (tokens.some((k) => HARMED.test(k.key)) ||
          (civilianVictims(view, match) !== null && !context.recentRemoteAttacker?.(Infinity))) &&
        // "Russian guided bombs struck…": a weapon with a nationality is that state's, not an unnamed one's
        // (a dateline's "GOMA, Congo — A shell fell" names none).
        !tokens
          .slice(Math.max(1, match.first - 3), match.first)
          .some(
            (k, j, near) =>
              /^\p{Lu}/u.test(k.raw) &&
              !CALENDAR.test(k.key) &&
              !/^(?:a|an|the)$/.test(k.key) &&
              near.slice(j + 1).every((n) => n.word),
          )
      )
        roles.a1s.push(implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-launcher"));
      // "Rockets were fired towards Metula" with no one named before, "Separately, a drone struck a fuel
      // depot": an unnamed launcher.
      // "Drones struck Kassala airport on Sunday" with no attack and no party told before, none in the
      // sentence: an unnamed launcher too (a later "the RSF claimed the attack" names it). "A source in
      // the SBU told us that sea drones struck…" is the speaker's side's.
      else if (
        AUX_BEFORE.test(tokens[match.first]!.key) ||
        AUX_BEFORE.test(tokens[match.first - 1]?.key ?? "") ||
        freshStart(tokens) ||
        (teller === null &&
          !view.actors.some((a) => a.mention.first < match.first) &&
          !context.recentAttacker?.() &&
          !context.recentRemoteAttacker?.(Infinity))
      )
        roles.a1s.push(implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-launcher"));
      rule += ":weapon-subject";
    }
    // "15 soldiers were killed when their convoy was ambushed near Sebba": the attack told in the passive,
    // with no author named, on the ones the main clause says were killed.
    if (
      roles.a1s.length === 0 &&
      type === "ASSAULT" &&
      isPassive(tokens, match.first) &&
      !byAgent(view, match)
    ) {
      const unnamed = implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-attacker");
      const victims = killedBefore(view, match, unnamed.actor.id);
      if (victims && victims.actor.kind !== "unidentified") {
        roles = { a1s: [unnamed], a2s: [victims], suffix: ":passive-killed-when" };
      }
    }
    // "At least 22 displaced people were killed in an attack on the Rhoe site": an attack with no author
    // named, on those the sentence says were killed in it.
    if (
      roles.a1s.length === 0 &&
      roles.a2s.length === 0 &&
      type === "ASSAULT" &&
      !context.recentAttacker?.(2) &&
      !othersAct(view, roles)
    ) {
      const victims = killedIn(view, match);
      if (victims)
        roles = {
          a1s: [implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-attacker")],
          a2s: [victims],
          suffix: ":killed-in",
        };
    }
    // "The town of Dilling was shelled on Monday, killing nine civilians": a strike told in the passive with
    // its civilian dead and no author is an unnamed attacker's (a party blamed after it takes it over).
    if (
      roles.a1s.length === 0 &&
      type === "ASSAULT" &&
      (mode === "heavy-weapons" || mode === "aerial" || mode === "drone") &&
      t.frame === undefined &&
      isPassive(tokens, match.first) &&
      !byAgent(view, match)
    ) {
      const hurt = civilianVictims(view, match);
      const blamed = hurt ? blamedAfter(view, match) : undefined;
      if (hurt)
        roles = {
          a1s: [blamed ?? implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-attacker")],
          a2s: [hurt],
          suffix: blamed ? ":passive-victims:blamed" : ":passive-victims",
        };
    }
    // "By the evening, at least 47 people had been arrested in Dakar", "several young men were arrested and
    // taken to Bamenda": people arrested in the passive, with no one named to have done it, were arrested
    // by the state's forces that acted just before, else by the police of where it happened.
    if (
      roles.a1s.length === 0 &&
      t.id === "coerce/arrest:arrest" &&
      isPassive(tokens, match.first) &&
      !byAgent(view, match)
    ) {
      const recent = context.recentActor();
      // (Not another state's forces that struck from afar: "Israeli drones struck a car near Quneitra. Three
      // members of an IS cell were arrested in Harasta" were arrested by Syria's.)
      const where = view.places.find((p) => p.precision <= 2)?.country;
      const forces =
        recent &&
        (recent.actor.kind === "police" || recent.actor.kind === "military") &&
        (!where || !recent.actor.country || recent.actor.country === where)
          ? recent.actor
          : null;
      // ("Haifa police say two men were detained" in a report on Iran's missiles: the police the sentence
      // names are those of where it is set.)
      const named = view.actors.find((a) => a.actor.kind === "police")?.actor;
      const local =
        named && where && named.country && named.country !== where
          ? (context.policeOf?.(where) ?? named)
          : named;
      const police = forces ?? local ?? context.policing?.() ?? null;
      const told = patients(view, match);
      const held = told.length > 0 ? told : passiveNamedCaptives(view, match);
      // ("A Los Lobos leader was arrested": a group's member is the one held; a group named otherwise in
      // the sentence may be the one who took them.)
      const heldOnly = view.actors.every(
        (a) => !isNonState(a.actor) || held.some((h) => h.actor.id === a.actor.id),
      );
      if (police && held.length > 0 && heldOnly) {
        roles = {
          a1s: [implied(police, tokens, match.first, "actor/arresting-forces")],
          a2s: held,
          suffix: ":passive-arrested",
        };
      }
    }
    // "- condemns the killings in Njinikom …", "(a) urges the Ministry of National Defence to …": a list's
    // item that opens on its verb is the act of the party its lead line named.
    if (roles.a1s.length === 0 && listItemVerb(tokens)) {
      const author = context.listAuthor?.();
      if (author) {
        roles = {
          ...roles,
          a1s: [
            implied(author.actor, tokens, match.first, "actor/list-author", {
              last: match.first + 1,
              text: author.text,
            }),
          ],
          a2s: roles.a2s.filter((a) => a.actor.id !== author.actor.id),
        };
        rule += ":list-author";
      }
    }
    // "A 24-hour curfew was imposed in Bokkos", "Mobile internet was suspended in Quetta": a curfew or a
    // cut of the networks imposed in the passive, with no author named and no armed group in the
    // sentence, is the government's that rules there.
    const crossing = CROSSINGS.test(tokens[match.first]!.key);
    if (
      roles.a1s.length === 0 &&
      type === "COERCE" &&
      (mode === "curfew" ||
        crossing ||
        NETWORKS.test(mapPacked(tokens.slice(match.first, match.last + 2), (k) => k.key).join(" "))) &&
      // (A crossing that "remained closed", "has been closed since the coup" is the state of things.)
      imposedInPassive(tokens, match, !crossing) &&
      !(
        crossing && tokens.slice(Math.max(0, match.first - 3), match.last + 10).some((k) => k.key === "since")
      ) &&
      !view.actors.some((a) => isNonState(a.actor))
    ) {
      // ("The government announced that motorcycle traffic would be banned": the state body that says so.)
      const dateline = datelineEnd(tokens);
      const banned = tokens
        .slice(match.first, match.last + 6)
        .some((k) => /^(?:banned|prohibited)$/.test(k.key));
      const announcer = view.actors.find(
        (a) =>
          banned &&
          a.mention.first > dateline &&
          a.mention.last <= match.first &&
          STATE_KINDS.has(a.actor.kind) &&
          tokens.slice(a.mention.last, match.first).some((k) => SPEECH.has(k.key)),
      );
      // (A state's networks are cut by the state, not the region the report was about before.)
      const rulers = announcer ? null : context.governing?.(mode !== "curfew");
      if (announcer) {
        roles.a1s.push(announcer);
        rule += ":announced";
      } else if (rulers) {
        roles.a1s.push(implied(rulers, tokens, match.first, "actor/governing"));
        rule += ":governing";
      }
    }
    // "Kurdish political prisoner Soran Rahimi, 31, was executed on Monday on a charge of …": a judicial
    // execution told in the passive, with no author named and no armed group in the sentence, is the
    // state's that rules there; the one executed a civilian (a prisoner).
    if (
      roles.a1s.length === 0 &&
      type === "ASSAULT" &&
      tokens[match.first]!.key === "executed" &&
      isPassive(tokens, match.first) &&
      !byAgent(view, match) &&
      JUDICIAL.test(view.sentence.text) &&
      !view.actors.some((a) => isNonState(a.actor))
    ) {
      const rulers = context.governing?.();
      if (rulers) {
        const executed = view.actors.filter(
          (a) => a.actor.kind === "civilians" && a.mention.last <= match.first,
        );
        roles = {
          a1s: [implied(rulers, tokens, match.first, "actor/governing")],
          a2s:
            executed.length > 0
              ? executed.slice(-1)
              : [implied(CIVILIANS, tokens, match.first, "actor/executed")],
          suffix: ":passive-executed",
        };
      }
    }
    // "A bomb hidden in a handcart exploded in a crowded market": a bomb that explodes where it was left
    // was planted, no air raid's.
    if (
      type === "ASSAULT" &&
      t.id === "assault/aerial:bomb" &&
      /^bombs?$/.test(tokens[match.first]!.key) &&
      tokens
        .slice(match.last, match.last + 10)
        .some((k) => /^(?:exploded|detonated|blew|exploding)$/.test(k.key))
    ) {
      mode = "explosives";
      rule = "assault/explosives:planted-bomb";
    }
    // "A car bomb exploded outside a hotel, killing nine": a bombing (or shooting) with no author named is
    // an unnamed group's, when it harmed someone (an explosion heard, a mine defused is no attack).
    if (
      roles.a1s.length === 0 &&
      type === "ASSAULT" &&
      (mode === "explosives" ||
        mode === "suicide-attack" ||
        // ("… was wounded when shots were fired at his car": shots fired by no one named.)
        (mode === "firearms" && /^(?:shots|gunshots)$/.test(tokens[match.first]!.key))) &&
      (tokens.slice(match.last).some((k) => HARMED.test(k.key)) ||
        civilianVictims(view, match) !== null ||
        // ("three SDF members were wounded when an explosive device went off": the harm told first.)
        harmedWhen(tokens, match.first) ||
        // ("an IED exploded under a vehicle of an FDS convoy": a force's vehicle hit.)
        view.actors.some(
          (a) =>
            a.mention.first >= match.last &&
            a.mention.first - match.last <= 8 &&
            isParty(a.actor) &&
            tokens
              .slice(match.last, a.mention.first)
              .some((k) => /^(?:under|beneath|beside|against|targeting|hit|struck)$/.test(k.key)),
        ))
    ) {
      roles.a1s.push(implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-bomber"));
      rule += ":unclaimed";
    }
    // An organisation protests only by calling one ("the Kenya Youth Assembly called a shutdown"), not as the
    // subject a protest noun happens to follow.
    // ("The Law Society of Kenya staged a sit-in", "the union marched": a protest it holds is its own.)
    // ("Awami League activists held a rally": a party's own people protest.)
    if (type === "PROTEST" && !calledProtest(tokens, match.first) && !heldProtest(tokens, match.first))
      roles.a1s.splice(
        0,
        roles.a1s.length,
        ...roles.a1s.filter((a) => !VERBAL_ONLY.has(a.actor.kind) || partyPeople(a)),
      );
    // "UN investigators have documented mass killings of civilians", "OHCHR has recorded the killing of 40
    // civilians": an international body that records an attack did not make it.
    if (type === "ASSAULT")
      roles.a1s.splice(
        0,
        roles.a1s.length,
        ...roles.a1s.filter(
          (a) =>
            a.actor.kind !== "international" ||
            a.mention.last >= match.first ||
            !tokens.slice(a.mention.last, match.first).some((k) => RECORDED.test(k.key)),
        ),
      );
    // "heading to", "arrived in": a movement of forces, not of a delegation or of civilians.
    if (t.frame === "movement")
      roles.a1s.splice(
        0,
        roles.a1s.length,
        ...roles.a1s.filter((a) => ARMED.has(a.actor.kind) && a.actor.kind !== "unidentified"),
      );
    if (roles.a1s.length === 0) continue;
    rule += roles.suffix;
    // "soldiers, accompanied by Russian fighters of the Africa Corps, executed…", "militia fighters,
    // backed by SNA troops, clashed…": the companions named in the subject act too (an event each).
    if (type === "ASSAULT" || type === "COERCE") {
      const subjectEnd = match.first;
      const subjectStart = Math.min(...mapPacked(roles.a1s, (a) => a.mention.first));
      for (const a of view.actors)
        if (
          a.mention.first > subjectStart &&
          a.mention.last <= subjectEnd &&
          companion(tokens, a.mention.first) &&
          ARMED.has(a.actor.kind) &&
          !roles.a1s.some((b) => b.actor.id === a.actor.id) &&
          !roles.a2s.some((b) => b.actor.id === a.actor.id)
        )
          roles.a1s.push(a);
    }
    // "carried out an operation in the neighbourhood, where they arrested 14 members of Los Tiguerones":
    // an operation told by the arrests or seizures it made, with no fighting, is those acts only.
    if (
      type === "ASSAULT" &&
      /^operations?$/.test(tokens[match.last - 1]?.key ?? "") &&
      view.triggers.some((o) => o.first > match.first && o.trigger.type === "COERCE") &&
      !view.triggers.some((o) => o !== match && o.trigger.type === "ASSAULT") &&
      !tokens.some((k) => HARMED.test(k.key))
    )
      continue;
    // "youths blocked the road" is a protest; armed men or a state blocking a road are not protesting.
    // A road blocked during a protest told in the same sentence is part of it.
    if (
      type === "PROTEST" &&
      /^block/.test(tokens[match.first]!.key) &&
      (!roles.a1s.every((a) => a.actor.kind === "civilians" || a.actor.kind === "protesters") ||
        view.triggers.some((o) => o !== match && o.trigger.type === "PROTEST"))
    )
      continue;
    // "attacked the civil prison and released 529 inmates": a jailbreak frees prisoners as part of the
    // attack on the prison; it is no release by a party that held them.
    if (
      match.trigger.id === "retreat/release:release" &&
      tokens.some((k) => PRISON.test(k.key)) &&
      view.triggers.some((o) => o !== match && (o.trigger.type === "ASSAULT" || o.trigger.type === "PROTEST"))
    )
      continue;
    // "troops freed 27 hostages held by the ADF", "the army freed 40 women abducted by Boko Haram": state
    // forces rescuing others' captives; no release by a side that held them.
    if (
      match.trigger.id === "retreat/release:release" &&
      roles.a1s.length > 0 &&
      roles.a1s.every((a) => STATE_BODIES.has(a.actor.kind)) &&
      tokens
        .slice(match.last, match.last + 10)
        .some(
          (k, j, after) =>
            /^(?:hostages|captives|kidnapped|abducted)$/.test(k.key) ||
            (k.key === "by" &&
              /^(?:held|abducted|kidnapped|captured|taken|seized)$/.test(after[j - 1]?.key ?? "")),
        )
    )
      continue;
    // "the safe passage of people fleeing the city": civilians fleeing are no armed party's retreat
    // ("the hostages were released" are the freed, not the ones who act).
    if (
      type === "RETREAT" &&
      t.frame !== "victim" &&
      view.actors.some(
        (a) =>
          a.actor.kind === "civilians" && match.first - a.mention.last <= 1 && a.mention.last <= match.first,
      )
    )
      continue;
    // "fired on the police station for five hours before withdrawing", "set two trucks on fire before
    // fleeing": raiders leaving after their attack give up no ground. (A place held first is given up: "held
    // the town for hours before pulling out"; so is a state's: "troops fought for two hours before withdrawing".)
    if (
      type === "RETREAT" &&
      t.id === "retreat/withdraw:withdraw" &&
      /^(?:before|then)$/.test(tokens[match.first - 1]?.key ?? "") &&
      view.triggers.some((o) => o.trigger.type === "ASSAULT" || o.trigger.id === "coerce/seize:loot") &&
      !tokens.some((k) => HELD_FIRST.test(k.key)) &&
      roles.a1s.every((a) => isNonState(a.actor))
    )
      continue;
    // "Police fired live rounds to disperse the crowd, killing one protester": a dispersal that kills is
    // an attack on the crowd (ACLED's excessive force against protesters), not only a restriction.
    if (type === "COERCE" && t.id === "coerce/restrict:disperse" && killsAfter(tokens, match.last)) {
      type = "ASSAULT";
      mode = null;
      rule += ":lethal";
    } else if (type === "COERCE" && t.id === "coerce/restrict:disperse" && harmsCrowd(tokens)) {
      // "fired tear gas and rubber bullets to disperse…", "…, and at least six people were injured": force
      // that hurts the crowd is an attack on it, as the PLOVER manual codes crowd control that injures.
      type = "ASSAULT";
      // (Live rounds are firearms, whatever else was fired.)
      mode = tokens.some(
        (k, j) => k.key === "live" && /^(?:rounds|ammunition|bullets|fire)$/.test(tokens[j + 1]?.key ?? ""),
      )
        ? "firearms"
        : crowdWeapon(tokens)
          ? "crowd-control"
          : null;
      rule += ":force";
    } else if (
      type === "COERCE" &&
      t.id === "coerce/restrict:disperse" &&
      crowdWeapon(tokens) &&
      atSea(tokens)
    ) {
      // "A China Coast Guard ship fired a water cannon at a Philippine supply boat": force used on a ship is
      // an attack on the side the ship sails for.
      type = "ASSAULT";
      mode = null;
      rule += ":at-sea";
      // ("The Philippine vessel was sprayed with water cannon … by a China Coast Guard ship": the passive's
      // agent sprays, its subject is sprayed.)
      const sprayed = tokens
        .slice(Math.max(0, match.first - 4), match.first)
        .some(
          (k, j, all) =>
            /^(?:sprayed|hit|blasted|targeted|doused)$/.test(k.key) &&
            /^(?:was|were|been)$/.test(all[j - 1]?.key ?? ""),
        );
      const agent = sprayed ? byAgent(view, match) : null;
      if (agent) {
        const victim = roles.a1s.find((a) => a.actor.id !== agent.actor.id);
        roles = { ...roles, a1s: [agent], a2s: victim ? [victim] : [] };
      }
      if (roles.a2s.length === 0) {
        const owner = vesselOwner(view, match, context);
        if (owner && !roles.a1s.some((a) => a.actor.id === owner.actor.id))
          roles = { ...roles, a2s: [owner] };
      }
    } else if (
      type === "COERCE" &&
      t.id === "coerce/restrict:disperse" &&
      crowdWeapon(tokens) &&
      // (Water cannon on a coast guard ship is no crowd control.)
      !roles.a2s.some((a) => STATE_KINDS.has(a.actor.kind))
    ) {
      // "used water cannon and pepper spray to break up a protest": a crowd-control weapon named is
      // ASSAULT crowd-control; "police pushed back protesters" stays a restriction (PLOVER manual).
      type = "ASSAULT";
      mode = "crowd-control";
      rule += ":crowd-control";
    }
    // "a mob set fire to three shops": the riot is addressed to the government (`addressProtests`), not to
    // the owners of the shops.
    if (byCrowd && roles.a2s.some((a) => a.actor.kind === "civilians"))
      roles = { ...roles, a2s: roles.a2s.filter((a) => a.actor.kind !== "civilians") };
    // "Hundreds of Hezbollah supporters are protesting": a group's supporters who protest are protesters.
    if (
      type === "PROTEST" &&
      roles.a1s.length > 0 &&
      roles.a1s.every((a) => ARMED.has(a.actor.kind) && SUPPORTERS.test(a.mention.text))
    ) {
      roles = { ...roles, a1s: mapPacked(roles.a1s, (a) => ({ ...a, actor: PROTESTERS })) };
      rule += ":supporters";
    }
    // "about 300 macawisley fighters have gathered in the town, ready to join the offensive": armed men
    // massing; a crowd's gathering with no demand stays no event.
    // ("Around 6,000 counter-demonstrators gathered nearby": people who gather as protesters protest.)
    if (
      quietGathering &&
      !roles.a1s.some(
        (a) =>
          a.actor.id === PROTESTERS.id && /protest|demonstrat|marchers|strikers|picket/i.test(a.mention.text),
      )
    ) {
      // ("The fighters gathered villagers in the mosque": people gathered by them, no massing.)
      const intransitive =
        /^(?:in|at|near|outside|around|on|along|close|by|inside|,|\.|;|since|for|again|overnight)$/.test(
          tokens[match.last]?.key ?? ".",
        );
      if (
        !intransitive ||
        roles.a1s.length === 0 ||
        !roles.a1s.every((a) => ARMED.has(a.actor.kind) && isParty(a.actor))
      )
        continue;
      type = "MOBILIZE";
      mode = "troops";
      rule += ":armed-gathering";
    }
    // "A WFP convoy reached Tawila": a convoy's arrival is aid only when an aid agency or an international
    // body sends it ("a military convoy reached the town" is none).
    if (
      t.id === "aid/humanitarian" &&
      /^convoys?$/.test(tokens[match.first]!.key) &&
      !(
        roles.a1s.length > 0 &&
        roles.a1s.every((a) => a.actor.kind === "ngo" || a.actor.kind === "international")
      )
    )
      continue;
    // "set up roadblocks, stopping trucks carrying fuel and food aid": aid named as a noun is no armed
    // group's gift.
    if (
      t.id === "aid/humanitarian" &&
      /^(?:humanitarian|food|relief|aid)$/.test(tokens[match.first]!.key) &&
      roles.a1s.length > 0 &&
      roles.a1s.every((a) => isNonState(a.actor))
    )
      continue;
    // "stopping vehicles and demanding money and food from drivers": extortion, no demand of a party.
    // ("demanded 500 US dollars per hostage", "demanded ₦50 million": a sum asked for is a ransom too.)
    if (
      type === "REQUEST" &&
      (EXTORTED.test(tokens[match.last]?.key ?? "") || sumDemanded(tokens, match.last))
    )
      continue;
    // "Police stopped them from marching to the border": the crowd's protest, which the one who stops it
    // does not do (the stopping is told by its own words).
    if (
      type === "PROTEST" &&
      tokens[match.first - 1]?.key === "from" &&
      roles.a1s.some((a) => ARMED.has(a.actor.kind))
    )
      continue;
    // "Pakistan had lodged a 'strong protest' with the Afghan chargé d'affaires": a diplomatic protest is a
    // reproach, not a demonstration.
    // ("sent a formal protest note to the US Embassy", "a note of protest": the same, in writing.)
    if (type === "PROTEST" && lodgedProtest(tokens, match)) {
      type = "ACCUSE";
      mode = "disapprove";
      rule += ":diplomatic";
      // ('lodged "a strong protest" with North Korea', "a protest note to the Chinese embassy": the one
      // it is lodged with.)
      if (roles.a2s.length === 0) {
        let k = match.last;
        while (k < match.last + 6 && k < tokens.length && !/^(?:with|to)$/.test(tokens[k]!.key)) {
          if (tokens[k]!.key === "," || BOUNDARY.has(tokens[k]!.key)) break;
          k++;
        }
        const recipient = /^(?:with|to)$/.test(tokens[k]?.key ?? "")
          ? view.actors.find(
              (a) =>
                a.mention.first > k &&
                a.mention.first <= k + 3 &&
                !roles.a1s.some((s) => s.actor.id === a.actor.id),
            )
          : undefined;
        if (recipient) roles = { ...roles, a2s: [recipient] };
      }
    }
    // "Armed gangs stormed the town": a riot word with an armed subject is an attack.
    // ("Hezbollah ministers walked out of the session": a party's politicians protest.)
    // ("the two ministers from the Amal movement": the politicians' word may open the name.)
    const politicians = (a: ResolvedActor): boolean =>
      a.mention.head === "government" ||
      // ("The Shiite ministers of Hezbollah and the Amal Movement walked out": the ministers named before.)
      tokens
        .slice(Math.max(0, a.mention.first - 6), a.mention.last)
        .some((k) =>
          /^(?:ministers?|lawmakers|mps|deputies|politicians|supporters|delegates|activists)$/.test(k.key),
        );
    // ("The CPI (Maoist) called for a bandh in Bastar": a strike an armed group calls is still a strike.)
    if (
      type === "PROTEST" &&
      roles.a1s.every((a) => ARMED.has(a.actor.kind)) &&
      !roles.a1s.every(politicians) &&
      !(mode === "strike" && calledProtest(tokens, match.first))
    ) {
      // ("armoured vehicles were positioned … during the protest", "the gunmen went from house to house,
      // marching residents into the bush": a demonstration's word beside armed men is no attack of theirs.)
      if (mode !== "riot") continue;
      type = "ASSAULT";
      mode = null;
      rule += ":armed";
    }
    // "North Korea fired three ballistic missiles into the East Sea", "fired artillery rounds into waters
    // north of the NLL": weapons fired into the sea at no one are a show of force, no attack.
    if (type === "ASSAULT" && roles.a2s.length === 0 && intoTheSea(tokens, match.last)) {
      type = "MOBILIZE";
      mode = "weapons";
      rule += ":into-the-sea";
    }
    // "RSF fighters detained dozens of young men": an armed group's arrest is an abduction (ACLED's
    // "Abduction/forced disappearance"); only a state arrests, and a militia that fights beside its
    // forces ("the Civilian Joint Task Force arrested two suspected Boko Haram suppliers").
    const stateAuxiliary = (a: ActorData): boolean => {
      const forces = a.kind === "militia" && a.country ? context.forcesOf?.(a.country) : null;
      return !!forces && context.sameSide(a, forces);
    };
    // ("Security forces affiliated with the STC detained a journalist": a group that keeps police and
    // security forces of its own where it rules arrests.)
    // ("Houthi security services detained four UN staff", "Hamas police arrested two men": a group's own
    // police, named as such, arrests where it rules; so does a group that rules, named alone: "the SDF
    // arrested 15 young men in house raids", `governs` in the dictionary.)
    const ownPolice = (a: ResolvedActor): boolean =>
      a.mention.head === "police" ||
      /\b(?:security forces|security services|security personnel|security officers|police)\b/i.test(
        a.mention.text,
      );
    // ("rebel fighters rounded up at least 20 young men accused of collaborating with Wazalendo": people
    // held on a charge by a group that rules where it holds them.)
    const charged =
      /^(?:arrested|detained|rounded|arresting|detaining)$/.test(tokens[match.first]!.key) &&
      tokens
        .slice(match.last, match.last + 12)
        .some(
          (t, k, all) =>
            /^(?:accused|accusing|suspected|charged)$/.test(t.key) &&
            /^(?:of|with)$/.test(all[k + 1]?.key ?? ""),
        );
    if (
      type === "COERCE" &&
      mode === "arrest" &&
      !charged &&
      roles.a1s.every(
        (a) => isNonState(a.actor) && !a.actor.governs && !stateAuxiliary(a.actor) && !ownPolice(a),
      )
    ) {
      type = "ASSAULT";
      mode = "abduct";
      rule += ":non-state";
    }
    // "President Petro ordered the commanders to launch an offensive", "the governor acknowledged a drone
    // attack on an industrial enterprise": an office that speaks, orders or counts is no attacker (its
    // forces are: "a government task force launched drone strikes").
    if (
      type === "ASSAULT" &&
      roles.a1s.length > 0 &&
      roles.a1s.every(
        (a) =>
          a.actor.kind === "government" &&
          (OFFICE_WORDS.test(a.text) || a.mention.entries.some((e) => e.kind === "country" && e.leader)) &&
          !FORCE_WORDS.test(a.text),
      )
    )
      continue;
    // "agents of the National Police have carried out 63 raids", "police raided homes in the
    // neighbourhood, arresting 12": the state's raids and searches are coercion (the guidelines' COERCE),
    // not attacks; an army's raid on a camp stays an attack.
    if (
      type === "ASSAULT" &&
      match.trigger.id === "assault/none:attack" &&
      /^raid/.test(tokens[match.first]!.key) &&
      roles.a1s.length > 0 &&
      roles.a1s.every((a) => STATE_BODIES.has(a.actor.kind)) &&
      (roles.a1s.some((a) => a.actor.kind === "police") ||
        view.triggers.some((o) => o.trigger.id.startsWith("coerce/arrest")) ||
        // ("troops raided 14 houses": homes searched, no one attacked.)
        (roles.a2s.length > 0 &&
          roles.a2s.every(
            (a) =>
              a.actor.kind === "civilians" &&
              /^(?:houses|homes|house|home|apartments|flats|shops)$/.test(
                tokens[a.mention.last - 1]?.key ?? "",
              ),
          )))
    ) {
      type = "COERCE";
      mode = "arrest";
      rule += ":state-raid";
    }
    // "the fighters told villagers they would return and kill anyone found cooperating": violence the
    // speakers say they will do, told to someone, is a threat on those told.
    const told = type === "ASSAULT" || t.id === "coerce/seize:loot" ? toldThreat(view, match) : null;
    if (told) {
      type = "THREATEN";
      mode = "violence";
      rule += ":told";
    }
    // Each actor's own rule: what one actor's targets add ("…:civilian-victims") is not the next one's.
    const ruleOfAll = rule;
    for (const a1 of roles.a1s) {
      rule = ruleOfAll;
      // "The UN special envoy arrived in Muscat for talks": an envoy or an official travels; no force moves.
      if (t.id === "mobilize/troops:move" && travellingOfficial(a1)) continue;
      // "The court found that the man …", "the judge warned": a court acts by its rulings alone (sentences,
      // orders to hold, to release).
      if (isCourt(a1) && !COURT_ACTS.has(type)) continue;
      // "detained five women …, two days after they took part in a street protest": "they" who protested
      // are the people the state held, not the state (whose protest it is not).
      if (
        type === "PROTEST" &&
        a1.rule.startsWith("ref/pronoun") &&
        STATE_BODIES.has(a1.actor.kind) &&
        view.actors.some((x) => x.actor.kind === "civilians" && x.mention.last <= a1.mention.first)
      )
        continue;
      let targets = mapPacked(roles.a2s, (a) =>
        a.actor.id === a1.actor.id ? unnamedMilitia(a, a1, tokens) : a,
      ).filter(
        (a) =>
          a.actor.id !== a1.actor.id &&
          (type !== "RETREAT" || a.actor.kind !== "civilians" || t.frame === "victim") &&
          (!isCourt(a) || (COURT_ADDRESSED.has(type) && !courtAsPlace(tokens, a))) &&
          !(type === "REQUEST" && releaseAskedOf(tokens, a)),
      );
      // "wrote to the defence minister requesting information", "sent a letter to the Houthis asking":
      // the one written to is the one asked.
      if (targets.length === 0 && type === "REQUEST") {
        const to = view.actors.find(
          (a) =>
            a.mention.first > a1.mention.last &&
            a.mention.last <= match.first &&
            a.actor.id !== a1.actor.id &&
            tokens
              .slice(Math.max(a1.mention.last, a.mention.first - 2), a.mention.first)
              .some((k) => k.key === "to") &&
            !boundaryBetween(tokens, a.mention.last, match.first),
        );
        if (to) {
          targets = [to];
          rule += ":written-to";
        }
      }
      // "would not accept the 30-day ceasefire proposed by European leaders": the one whose proposal it is.
      if (targets.length === 0 && (type === "REJECT" || type === "AGREE")) {
        const proposer = proposerAfter(view, match);
        if (proposer && proposer.actor.id !== a1.actor.id) {
          targets = [proposer];
          rule += ":proposer";
        }
      }
      // "demanded the councillor's immediate release", "called for the release of the hostages": the
      // captives are not the ones asked.
      // (The captors' own demand "for the release of the captives" is made to the captives' families.)
      const captor = type === "REQUEST" ? context.recentAttacker?.(4) : null;
      const captorsOwn =
        captor &&
        isNonState(a1.actor) &&
        (captor.actor.id === a1.actor.id || context.sameSide(captor.actor, a1.actor));
      if (
        type === "REQUEST" &&
        !captorsOwn &&
        targets.some((a) => a.actor.kind === "civilians" && releaseOf(tokens, a))
      ) {
        targets = targets.filter((a) => !(a.actor.kind === "civilians" && releaseOf(tokens, a)));
      }
      // "called for Machar's immediate release" after "forces arrested Riek Machar": a party's man whose
      // release is asked is not the one asked; those who took him are.
      if (type === "REQUEST" && !captorsOwn) {
        const freed = targets.find((a) => a.actor.kind !== "civilians" && releaseOf(tokens, a));
        const holder = freed ? context.captorOf?.(freed.actor.id) : null;
        if (freed && holder && holder.actor.id !== a1.actor.id && !context.sameSide(holder.actor, a1.actor)) {
          targets = [holder, ...targets.filter((a) => a !== freed && a.actor.id !== holder.actor.id)];
          rule += ":holder";
        }
      }
      // "calls for the immediate and unconditional release of all UN personnel": asked of those who hold them.
      if (targets.length === 0 && type === "REQUEST" && RELEASE_ASKED.test(view.sentence.text)) {
        const held = context.recentCapture?.(RELEASE_WINDOW);
        if (held && held.captor.actor.id !== a1.actor.id && !context.sameSide(held.captor.actor, a1.actor)) {
          // ("Police arrested Succès Masra … The European Union called for Mr. Masra's release": asked of the
          // government whose police or army hold him.)
          const rulers = context.governing?.();
          const state =
            rulers &&
            (held.captor.actor.kind === "police" || held.captor.actor.kind === "military") &&
            context.sameSide(rulers, held.captor.actor) &&
            !context.sameSide(rulers, a1.actor)
              ? implied(rulers, tokens, match.first, "actor/captors-government")
              : null;
          targets = [state ?? held.captor];
          rule += ":captors";
        }
      }
      // "closed its road checkpoints on the border with Belarus", "closed all land crossings with Cambodia":
      // a border closed with a state is closed on its government.
      if (targets.length === 0 && match.trigger.id === "coerce/restrict:siege") {
        const neighbour = borderNeighbour(view, match, a1);
        const state = neighbour ? context.governmentOf?.(neighbour.bareCountry!) : null;
        if (neighbour && state) {
          targets = [{ ...neighbour, actor: state, bareCountry: null }];
          rule += ":neighbour";
        }
      }
      // A curfew, a ban or an expulsion with no one named falls on the population.
      if (
        targets.length === 0 &&
        ((type === "COERCE" && (mode === "curfew" || mode === "restrict" || mode === "deport")) ||
          rule.includes("coerce/restrict:disperse:force") ||
          rule.includes("coerce/restrict:disperse:crowd-control"))
      ) {
        // Those dispersed from a protest are its protesters ("dispersed the protest", "broke up a sit-in"),
        // as are those tear gas is fired at ("fired tear gas shells when the protesters tried to march").
        const dispersed =
          match.trigger.id === "coerce/restrict:disperse" &&
          (tokens
            .slice(match.first, match.last)
            .some((t) => t.key === "dispersed" || t.key === "disperse" || t.key === "up") ||
            view.actors.some((a) => a.actor.kind === "protesters"));
        // "broke up a sit-in by the Baloch Yakjehti Committee": the crowd named after "by".
        const crowd = dispersed ? protestBy(view, match) : null;
        targets = [
          crowd ??
            (dispersed
              ? implied(PROTESTERS, tokens, match.first, "actor/protesters")
              : implied(CIVILIANS, tokens, match.first, "actor/population")),
        ];
        rule += dispersed ? ":protesters" : ":population";
      }
      if (told) targets = [told];
      // "launched a joint exercise in six zones around Taiwan": a place the drill is held near is no partner.
      if (type === "COOPERATE")
        targets = targets.filter(
          (a) =>
            !/^(?:around|near|off|against|toward|towards|into|encircling)$/.test(
              tokens[a.mention.first - 1]?.key ?? "",
            ),
        );
      // "sanctioned four people and seven companies that it accused of laundering money for the Mayo
      // faction", "sanctions on 12 individuals linked to the RSF": the party those sanctioned serve.
      if (
        type === "SANCTION" &&
        mode !== "convict" &&
        targets.length > 0 &&
        targets.every((a) => a.actor.kind === "civilians")
      ) {
        const served = servedParty(view, targets, a1);
        if (served) {
          targets = [served];
          rule += ":served";
        }
      }
      // "warned transport companies that any vehicle supplying the junta will be a legitimate target",
      // "anyone marching will be treated as an enemy": a threat on civilians, whoever else it names.
      if (type === "THREATEN") {
        // ("said attacks on any ship … would continue, and threatened to extend them": the threat's
        // object told before its verb, in the same sentence.)
        const at = Math.max(threatenedCivilians(tokens, match.last), threatenedBefore(tokens, match.first));
        // "threatened to kill the hostages unless the government freed prisoners": an ultimatum is made
        // to the party that must give in.
        // ("threatened to attack police officers in Manta if the authorities…": a party to be hit is the target.)
        const pressed = ultimatumTo(view, match);
        const hit = pressed ? threatenedObject(view, match, a1) : null;
        if (
          pressed &&
          !(hit && hit.actor.kind !== "civilians") &&
          pressed.actor.id !== a1.actor.id &&
          !context.sameSide(a1.actor, pressed.actor)
        ) {
          // ("if Seoul and Washington went ahead": each party the condition names.)
          const also = view.actors.filter(
            (x) =>
              x.mention.first > pressed.mention.last &&
              x.mention.first <= pressed.mention.last + 3 &&
              /^(?:and|or)$/.test(tokens[pressed.mention.last]?.key ?? "") &&
              tokens
                .slice(pressed.mention.last, x.mention.first)
                .every((k) => /^(?:and|or|the)$/.test(k.key)) &&
              x.actor.id !== a1.actor.id &&
              x.actor.id !== pressed.actor.id &&
              !context.sameSide(a1.actor, x.actor),
          );
          targets = [pressed, ...also];
          rule += ":ultimatum";
        } else if (at >= 0 && unrulyAct(tokens, at)) {
          // ("anyone who attacks a police station or destroys property will face the full force of the
          // law": those a threat names by a rioter's or a protester's act are protesters.)
          targets = [implied(PROTESTERS, tokens, at, "actor/threatened-protesters")];
          rule += ":protesters";
        } else if (at >= 0) {
          targets = [implied(CIVILIANS, tokens, at, "actor/threatened-civilians")];
          rule += ":civilians";
        } else if (targets.length === 0) {
          // "threatened to attack police officers in Manta": the ones the threatened act would hit.
          const object = threatenedObject(view, match, a1);
          if (object) {
            targets = [object];
            rule += ":object";
          }
        }
        // "the defence minister warned that the Israeli army would continue to strike Hezbollah": the
        // speaker's own force carries the threat out; the threat is on whom it would strike.
        if (targets.length > 0 && targets.every((t) => context.sameSide(a1.actor, t.actor))) {
          const object = threatenedObject(view, match, a1);
          targets = object && !context.sameSide(a1.actor, object.actor) ? [object] : [];
          if (object) rule += ":object";
        }
      }
      // "Amnesty International Kenya demanded an independent inquiry into the killings": an inquiry, a
      // prosecution or justice is asked of the authorities where it happened.
      if (
        targets.length === 0 &&
        type === "REQUEST" &&
        !STATE_KINDS.has(a1.actor.kind) &&
        tokens
          .slice(match.last, match.last + 5)
          .some((k) =>
            /^(?:inquiry|inquiries|investigation|investigations|probe|prosecution|accountability|justice)$/.test(
              k.key,
            ),
          )
      ) {
        const rulers = context.governing?.();
        if (rulers && rulers.id !== a1.actor.id) {
          targets = [implied(rulers, tokens, match.first, "actor/authorities-asked")];
          rule += ":authorities";
        }
      }
      // "claimed the attack on MV Coral Meridian", "fired on a bulk carrier": merchant shipping is civilian.
      if (targets.length === 0 && type === "ASSAULT" && shipAfter(tokens, match.last)) {
        targets = [implied(CIVILIANS, tokens, match.first, "actor/shipping")];
        rule += ":ship";
      }
      // "the hijacking of the Jaffar Express": a train's, a bus's or a plane's passengers are taken.
      if (targets.length === 0 && type === "ASSAULT" && /^hijack/.test(tokens[match.first]!.key)) {
        targets = [implied(CIVILIANS, tokens, match.first, "actor/passengers")];
        rule += ":passengers";
      }
      // "handed over 300 tonnes of relief supplies, including shelters, to the regime's disaster committee":
      // the party the aid is given to.
      // ("Germany has delivered two more IRIS-T air defence systems … to Ukraine": the party after "to", before
      // any force the things given are named after.)
      if (type === "AID") {
        const to = view.actors.find(
          (a) =>
            a.mention.first > match.last &&
            a.mention.first - match.last <= 20 &&
            tokens[a.mention.first - 1]?.key === "to" &&
            isParty(a.actor) &&
            !context.sameSide(a.actor, a1.actor) &&
            !tokens.slice(match.last, a.mention.first).some((t) => t.key === ";" || t.key === "."),
        );
        if (to) {
          targets = [to];
          rule += ":given-to";
        }
      }
      // "WFP trucked water to displacement sites": food, water and shelter go to the people in need.
      if (targets.length === 0 && match.trigger.id === "aid/humanitarian") {
        targets = [implied(CIVILIANS, tokens, match.first, "actor/aid-recipients")];
        rule += ":civilians";
      }
      if (flavour === "property" && targets.length > 1) targets = targets.slice(0, 1);
      // "the minister for refugees", "the UN envoy for Yemen": words of a title, not people hit.
      targets = targets.filter((a) => !inTitle(tokens, a.mention.first));
      if (mode === "arrest") targets = heldInArrest(targets, tokens);
      // "arrested nine people on suspicion of collecting 'zakat' for IS-S", "detained three men suspected
      // of recruiting for al-Shabaab": people held for a named group are coded as that group.
      if (mode === "arrest" && targets.length > 0 && targets.every((a) => a.actor.kind === "civilians")) {
        const held = targets[0]!;
        // ("arrested a man identified as the head of a Chapitos cell": past the words that name him.)
        // ("a man they identified as a senior NPA finance officer", "a man in Nabire who is suspected of
        // supplying ammunition to the TPNPB": past the words that say who he is taken for.)
        let named = held.mention.last;
        for (let k = held.mention.last; k < Math.min(tokens.length - 1, held.mention.last + 6); k++) {
          const key = tokens[k]!.key;
          if (/^(?:identified|described|named|known)$/.test(key) && tokens[k + 1]?.key === "as") {
            named = k + 2;
            break;
          }
          if (key === "who" && /^(?:suspected|accused|believed|alleged)$/.test(tokens[k + 2]?.key ?? "")) {
            named = k + 3;
            break;
          }
          if (BOUNDARY.has(key) || key === ",") break;
        }
        const group = view.actors.find(
          (a) =>
            a.mention.first > held.mention.last &&
            a.mention.first - held.mention.last <= 14 &&
            isNonState(a.actor) &&
            a.actor.kind !== "unidentified" &&
            a.mention.entries.some((e) => e.kind === "actor") &&
            !boundaryBetween(tokens, named, a.mention.first) &&
            // ("suspected of being a commander of the ELN": the word may head the group's own mention.)
            // ("described as the Islamic State group's wali": or follow its possessive.)
            (tokens.slice(held.mention.last, a.mention.last).some((k) => HELD_FOR.test(k.key)) ||
              (/^['’]$/.test(tokens[a.mention.last]?.raw ?? "") &&
                tokens[a.mention.last + 1]?.key === "s" &&
                HELD_FOR.test(
                  tokens.slice(a.mention.last + 2, a.mention.last + 4).find((k) => k.word)?.key ?? "",
                )) ||
              // ("a senior NPA finance officer", "two men suspected of being AAKG recruiters".)
              tokens.slice(a.mention.last, a.mention.last + 2).some((k) => HELD_FOR.test(k.key))) &&
            !tokens.slice(held.mention.last, a.mention.first).some((k) => k.key === "allegedly"),
        );
        if (group) {
          targets = [group];
          rule += ":held-for";
        }
      }
      // "killed the Taliban's minister for refugees and several other people": the others died with
      // the one the attack was aimed at, not in an attack of their own.
      if (targets.some((a) => a.actor.kind !== "civilians"))
        targets = targets.filter(
          (a) =>
            a.actor.kind !== "civilians" ||
            !tokens
              .slice(Math.max(0, a.mention.first - 2), a.mention.first)
              .some((k) => /^others?$/.test(k.key)),
        );
      // "stopped a convoy of trucks contracted by the WFP … and looted the cargo", "struck caves and
      // shelters used by the group": what was hit or taken belongs to the one it was contracted by, run
      // by, used by or belonging to (before any civilians the places might stand for).
      if (targets.length === 0 && (type === "COERCE" || type === "ASSAULT")) {
        // ("stopped three KRC-contracted trucks": the owner before its hyphen.)
        const owner = view.actors.find(
          (a) =>
            a.actor.id !== a1.actor.id &&
            a.actor.kind !== "civilians" &&
            (OWNED_BY.test(
              mapPacked(tokens.slice(Math.max(0, a.mention.first - 3), a.mention.first), (k) => k.key).join(
                " ",
              ),
            ) ||
              ownerQualifier(tokens, a)),
        );
        if (owner) {
          targets = [owner];
          rule += ":owner";
        }
      }
      // "A Turkish drone struck a car near Sinuni, killing two members of the Sinjar Resistance Units": the
      // party whose people were killed is the one hit, not the car's civilians.
      const killedParty =
        type === "ASSAULT" && targets.length === 0
          ? (partyKilledAfter(view, match, a1) ?? partyKilledWhen(view, match, a1))
          : null;
      if (killedParty) {
        targets = [killedParty];
        rule += ":party-killed";
      }
      const victims =
        type === "ASSAULT" && targets.length === 0
          ? (civilianVictims(view, match) ??
            (rule === "assault/arson" && !militaryObjectAfter(tokens, match)
              ? implied(CIVILIANS, tokens, match.first, "actor/owners")
              : null) ??
            villageRaided(view, match, a1))
          : null;
      // "ambushed a convoy of fuel tankers escorted by the army": the escort is the one attacked.
      const escort = victims ? escortOf(view, match) : null;
      if (escort) {
        targets = [escort];
        rule += ":escort";
      } else if (victims) {
        targets = [victims];
        rule += ":civilian-victims";
      }
      // "drove off about 200 head of cattle": herds taken from their owners, civilians.
      if (
        type === "COERCE" &&
        targets.length === 0 &&
        rule.startsWith("coerce/seize:loot") &&
        tokens.slice(match.first, match.last + 6).some((k) => LIVESTOCK.test(k.key))
      ) {
        targets = [implied(CIVILIANS, tokens, match.first, "actor/owners")];
        rule += ":herders";
      }
      // "Troops detained 11 wanted Palestinians", "arrested 20 Afghans": a count of a nation's people held.
      const held = type === "COERCE" && targets.length === 0 ? nationalsHeld(tokens, match) : null;
      if (held) targets = [held];
      // "rejected accusations by rights groups": what is rejected is the accusers' word.
      // So is a proposal's or an offer's ("rejected a proposal by the European Union", "an offer from the
      // army"), and one a nation's word names ("rejected the Egyptian proposal").
      if (targets.length === 0 && type === "REJECT") {
        const by = (a: ResolvedActor): number =>
          tokens[a.mention.first - 1]?.key === "the" ? a.mention.first - 2 : a.mention.first - 1;
        // The word refused between the verb and "by": an accusation's, else a proposal's.
        const refused = (a: ResolvedActor): "accuser" | "proposer" | null => {
          const words = tokens.slice(match.first, by(a));
          if (words.some((k) => ACCUSATION.test(k.key))) return "accuser";
          return words.some((k) => PROPOSAL.test(k.key)) ? "proposer" : null;
        };
        const after = (a: ResolvedActor, reach: number): boolean =>
          a.mention.first > match.first &&
          a.mention.first - match.last <= reach &&
          a.actor.id !== a1.actor.id;
        const author = view.actors.find(
          (a) => after(a, 5) && /^(?:by|from)$/.test(tokens[by(a)]?.key ?? "") && refused(a) !== null,
        );
        const owner = author
          ? undefined
          : view.actors.find((a) => after(a, 2) && PROPOSAL.test(tokens[a.mention.last]?.key ?? ""));
        if (author) {
          targets = [author];
          rule += `:${refused(author)}`;
        } else if (owner) {
          targets = [owner];
          rule += ":proposer";
        }
      }
      // "condemned the attacks": the accused is who carried out the last attack, if not on the accuser's side.
      // "marched … to support the FACA and demand the departure of MINUSCA": a protest is against the one
      // whose departure it demands, not the one it supports.
      if (type === "PROTEST") {
        const wordBefore = (a: ResolvedActor): string => keyBefore(tokens, a.mention.first);
        // ("demanding Pashinyan's resignation": the one named before "'s resignation".)
        const ousted = view.actors.find(
          (a) =>
            a.mention.first > match.last &&
            ((wordBefore(a) === "of" && OUSTER.test(keyBefore(tokens, a.mention.first, 2))) ||
              (tokens[a.mention.last]?.raw === "'" && OUSTER.test(tokens[a.mention.last + 2]?.key ?? ""))),
        );
        if (ousted && ousted.actor.id !== a1.actor.id) {
          targets = [ousted];
          rule += ":ousted";
        } else
          targets = targets.filter(
            (a) =>
              !/^(?:support|supporting|backing|back|praising)$/.test(wordBefore(a)) &&
              // "to demand that authorities do more to protect them": whom they want kept safe.
              !/^(?:protect|defend|help|save|rescue|shield|free|release)$/.test(wordBefore(a)) &&
              // "gathered outside the government building": a place, not the one protested against.
              !/^(?:building|buildings|headquarters|offices?|compound|palace|house|residence)$/.test(
                tokens[a.mention.last]?.key ?? "",
              ),
          );
      }
      // "killed six Al-Shabaab militants and captured two others": the others are of those just named.
      if (
        targets.length === 0 &&
        tokens[match.last + 1]?.key === "others" &&
        isCountWord(tokens[match.last]?.key ?? "")
      ) {
        const before = out.findLast((c) => c.actor1.actor.id === a1.actor.id && c.actor2 !== null);
        if (before?.actor2) {
          targets = [before.actor2];
          rule += ":others";
        }
      }
      // "detained two of its members of parliament at their homes", "captured nine RSF fighters near the
      // market": where people were taken is no one taken.
      // (Alone, the place stands for its people: "abducted from a school" takes civilians.)
      if (mode === "arrest" || mode === "abduct") {
        const taken = targets.filter((a) => !(a.actor.kind === "civilians" && placeOfCapture(tokens, a)));
        if (taken.length > 0) targets = taken;
      }
      // "expressed its solidarity with the government and people of Chad": the state is who is backed.
      if (type === "SUPPORT" && targets.some((a) => a.actor.kind === "government"))
        targets = targets.filter((a) => a.actor.kind !== "civilians");
      // "President Déby visited wounded soldiers at the Army Hospital": a visit to one's own forces or to a
      // hospital is no meeting of two parties.
      if (type === "CONSULT" && /^visit/.test(tokens[match.first]!.key) && targets.length > 0) {
        targets = targets.filter(
          (a) =>
            !(STATE_BODIES.has(a.actor.kind) && context.sameSide(a.actor, a1.actor)) &&
            !(a.actor.kind === "civilians" && /\bhospital\b/i.test(a.text)),
        );
        if (targets.length === 0) continue;
      }
      // "Ukraine and Russia exchanged 150 prisoners of war": the ones exchanged are no party to the deal.
      if (type === "AGREE")
        targets = targets.filter((a) => !(a.actor.kind === "civilians" && EXCHANGED.test(a.mention.text)));
      // "Ukraine and Russia exchanged prisoners": one deal between the two subjects, told once.
      if ((type === "AGREE" || type === "CONSULT") && roles.a1s.length === 2 && targets.length === 0) {
        // The one named first is the deal's actor ("Ukraine and Russia": Ukraine's).
        const [first, second] = [...roles.a1s].sort((x, y) => x.mention.first - y.mention.first);
        if (a1 !== first) continue;
        targets = [second!];
        rule += ":pair";
      }
      // "condemned the aerial bombardment of civilian areas", "attacks on civilians": the victims of the
      // act condemned are not the accused.
      // ("condemned the attack on the police station": whoever the act was aimed at, named after "on",
      // "against" or "targeting"; but "blamed the attack on armed herders" names the accused.)
      // (The one it was aimed at tells which attack it was: its author is accused.)
      let aimedAt: ResolvedActor | null = null;
      if (type === "ACCUSE") {
        const blamed = /^blam/.test(tokens[match.first]!.key);
        const victims = targets.filter(
          (a) =>
            (a.actor.kind === "civilians" || (!blamed && tokens[a.mention.first - 1]?.key !== "of")) &&
            victimsOfActNamed(tokens, match, a),
        );
        targets = targets.filter((a) => !victims.includes(a));
        aimedAt = victims[0] ?? null;
      }
      // "The chief minister condemned the attack on the Bannu post and paid tribute to the martyred
      // policemen": a government condemning an attack does not accuse its own state's forces.
      if (
        type === "ACCUSE" &&
        a1.actor.kind === "government" &&
        CONDEMNING_VERB.test(tokens[match.first]!.key) &&
        CONDEMNED_ACT.test(condemnedNoun(tokens, match.last)?.key ?? "")
      )
        targets = targets.filter(
          (a) => a.actor.kind === "government" || !context.sameSide(a.actor, a1.actor),
        );
      // "condemned the arrest of three activists by police", "the attack by gunmen": the agent of the act
      // condemned; "condemns the abduction of six teachers by armed separatists … and the killing of
      // civilians by soldiers": each act's.
      if (type === "ACCUSE" && /^(?:the|an|a)$/.test(tokens[match.last]?.key ?? "")) {
        let stop = match.last;
        while (
          stop < Math.min(tokens.length, match.last + 40) &&
          !BOUNDARY.has(tokens[stop]!.key) &&
          !/^(?:calls|called|calling|urged|urges|urging|demanded|demands|said|says|saying|added|adding)$/.test(
            tokens[stop]!.key,
          )
        )
          stop++;
        const agents = view.actors.filter(
          (a) =>
            a.mention.first > match.last &&
            a.mention.first < stop &&
            agentBy(tokens, a.mention.first) &&
            a.actor.id !== a1.actor.id &&
            canAct(a, "ASSAULT"),
        );
        const agent = agents[0];
        const victim = (a: ResolvedActor): boolean =>
          a.actor.kind === "civilians" || a.actor.kind === "protesters";
        if (agent && (targets.every(victim) || agents.length > 1)) {
          targets = dedupeActors([...agents, ...targets.filter((a) => !victim(a))]);
          rule += ":act-agent";
        }
      }
      // "condemned the abduction of six farmers", "the killing of Mr. Mejía": the victims of the act
      // condemned are not the accused (its author, below, is).
      if (type === "ACCUSE" && HARM_ACT.test(condemnedNoun(tokens, match.last)?.key ?? ""))
        targets = targets.filter(
          (a) => !((a.actor.kind === "civilians" || a.actor.kind === "protesters") && victimsOf(tokens, a)),
        );
      // ("He has been charged with treason": a charge whose accused the sentence does not name is none.)
      if (targets.length === 0 && t.frame === "indict") continue;
      if (targets.length === 0 && (type === "ACCUSE" || type === "REJECT")) {
        // "A KRG spokesperson condemned the strike": the strike's author, told further back if need be.
        // ("condemned the "barbaric" attacks": a word in quotation marks may stand before the act.)
        // (An abduction, a kidnapping or a murder condemned is an attack too; an arrest is no attack.)
        const act = condemnedNoun(tokens, match.last)?.key ?? "";
        const condemnedAct =
          type === "ACCUSE" && HARM_ACT.test(act) && !/^(?:arrests?|detentions?)$/.test(act);
        const usable = (a: ResolvedActor | null | undefined): a is ResolvedActor =>
          !!a && a.actor.id !== a1.actor.id && !context.sameSide(a.actor, a1.actor);
        // (The author of the attack on the one named is that attack's, whatever was told since.)
        const attacker = condemnedAct && aimedAt ? context.attackerOf?.(aimedAt.actor.id) : null;
        // (The latest act of the kind a condemnation names, "the shootings", "the sanctions", is found once
        // the report is coded: `withStrikeAuthors` in `extract.ts`.)
        const author = usable(attacker)
          ? attacker
          : [
              condemnedAct ? context.recentAttacker?.(CONDEMNED_ACT_WINDOW) : null,
              context.recentAuthor(),
            ].find(usable);
        if (author) {
          targets = [author];
          rule += author === attacker ? ":aimed-at" : ":last-author";
        }
      }
      // "PKK fighters burned their weapons … The KRG welcomed the step": the one whose step it was.
      if (
        targets.length === 0 &&
        type === "SUPPORT" &&
        WELCOMED_STEP.test(tokens[match.last]?.key ?? "") &&
        /^(?:welcomed|welcomes|welcoming|praised|hailed|hails)$/.test(tokens[match.first]!.key)
      ) {
        const author = context.recentAuthor();
        if (author && author.actor.id !== a1.actor.id) {
          targets = [author];
          rule += ":last-author";
        }
      }
      // "militias from two rival sub-clans fought", "rival gangs clashed": a fight among the subject's own
      // kind, the one against the other.
      if (
        targets.length === 0 &&
        (match.trigger.frame === "clash" || type === "AGREE") &&
        a1.mention.last <= match.first &&
        RIVALS.test(
          mapPacked(tokens.slice(Math.max(0, a1.mention.first - 2), a1.mention.last), (k) => k.raw).join(" "),
        )
      ) {
        targets = [a1];
        rule += ":each-other";
      }
      // "Three SDF fighters were killed when ISIS cells attacked a checkpoint": the ones the main
      // clause says were killed are the targets of the attack told after "when".
      if (targets.length === 0 && type === "ASSAULT" && tokens[match.first - 1]?.key !== "and") {
        const victims = killedBefore(view, match, a1.actor.id);
        if (victims) {
          targets = [victims];
          rule += ":killed-when";
        }
      }
      // "its air defence destroyed 96 Ukrainian drones": the drones' owner, named in the trigger's words.
      const ownerInSpan =
        flavour === "intercept"
          ? (view.actors.find(
              (a) =>
                a.mention.first >= match.first &&
                a.mention.last <= match.last &&
                a.actor.id !== a1.actor.id &&
                isParty(a.actor),
            ) ?? null)
          : null;
      if (targets.length === 0 && ownerInSpan) {
        targets = [ownerInSpan];
        rule += ":owner";
      }
      // "shot down a US MQ-9 Reaper drone": the state whose craft it was, its model's name between.
      if (targets.length === 0 && flavour === "intercept") {
        const owner = craftOwner(view, match, a1);
        const forces = owner?.bareCountry ? context.forcesOf?.(owner.bareCountry) : null;
        if (owner && forces) {
          targets = [{ ...owner, actor: forces, bareCountry: null }];
          rule += ":craft-owner";
        }
      }
      // "the bandits agreed to stop attacks…, while the communities agreed to reopen markets": each
      // side of one deal agreed with the other.
      if (targets.length === 0 && type === "AGREE") {
        const other = otherSideAgreeing(view, match, a1);
        // (One deal: told from the first side, with the second as its party.)
        if (other && other.first < match.first) continue;
        if (other) {
          targets = [other.actor];
          rule += ":mutual";
        }
      }
      // "Niamey has blamed Benin, threatened a response and expelled a Beninese diplomat": a verb with no
      // object of its own, in a row of the same subject's acts, is aimed at the object of the one before.
      if (targets.length === 0 && VERBAL.has(type)) {
        const before = out.findLast(
          (c) =>
            c.match.last <= match.first &&
            c.actor1.actor.id === a1.actor.id &&
            c.actor2 !== null &&
            VERBAL.has(c.type) &&
            /^(?:,|and)$/.test(tokens[c.actor2.mention.last]?.key ?? "") &&
            c.actor2.mention.last + 1 === match.first,
        );
        if (before?.actor2) {
          targets = [before.actor2];
          rule += ":row-object";
        }
      }
      // "Terrorists attacked a bus … 'Those behind this cowardly act will not be spared,' the minister said":
      // the culprits threatened are the attack's authors.
      if (targets.length === 0 && type === "THREATEN" && rule.includes(":culprits")) {
        const authors = context.recentAttacker?.(CULPRITS_WINDOW);
        if (authors && authors.actor.id !== a1.actor.id && !context.sameSide(authors.actor, a1.actor)) {
          targets = [authors];
          rule += ":attackers";
        }
      }
      // "UNIFIL said an Israeli drone had dropped a grenade close to one of its patrols": the speaker's own.
      if (targets.length === 0 && type === "ASSAULT") {
        const owner = speakersOwn(view, match, a1);
        if (owner) {
          targets = [owner];
          rule += ":speakers-own";
        }
      }
      if (
        targets.length === 0 &&
        OPPONENT_TYPES.has(type) &&
        // (Civilians have no foe to guess: "27 people were killed when gunmen … attacked" are its victims.)
        !(type === "ASSAULT" && a1.actor.kind === "civilians") &&
        !rule.includes(":attributed") &&
        mode !== "abduct" &&
        mode !== "convict" &&
        (mode !== "arrest" || rule.includes(":state-raid")) &&
        // (Arms seized are taken from the foe: "the group said it had seized weapons and vehicles".)
        (flavour !== "property" || rule.startsWith("coerce/seize:goods"))
      ) {
        // "Coalition forces and Houthi fighters exchanged artillery fire": each the other's opponent.
        // (Not a companion named in the subject: "rebels, backed by Rwandan troops, attacked" are allies.)
        // ("HNP and Kenyan personnel conducted a joint operation": what two do jointly they do together.)
        const joint = jointAct(tokens, match);
        const allies = companion(tokens, a1.mention.first) || joint;
        // ("US and UK forces struck launch sites": two subjects of a one-way act strike together; a
        // clash, or fire exchanged or traded, has them on two sides.)
        const twoWay = match.trigger.frame === "clash" || RECIPROCAL.test(view.sentence.text);
        const facing = roles.a1s.find(
          (o) =>
            o.actor.id !== a1.actor.id &&
            !context.sameSide(o.actor, a1.actor) &&
            // ("Awami League and BNP activists clashed": two parties' followers fight each other.)
            (isParty(o.actor) || (twoWay && o.actor.kind === "ngo" && a1.actor.kind === "ngo")) &&
            !allies &&
            (twoWay || !joinedSubjects(tokens, o, a1)) &&
            !companion(tokens, o.mention.first),
        );
        // "Ukraine's Air Force said its units shot down 497 drones": the drones of the attack just told.
        const attacker = flavour === "intercept" && !facing ? context.recentAttacker?.(4) : null;
        const launcherBefore =
          attacker && attacker.actor.id !== a1.actor.id && !context.sameSide(attacker.actor, a1.actor)
            ? attacker
            : null;
        // "captured Debre Tabor after two days of clashes with the ENDF": the side the sentence says it fought.
        const foughtWith = facing ? null : clashPartner(view, a1, context);
        // "withdrew the next morning as federal reinforcements arrived": the ones whose coming they fled.
        const arriving =
          type === "RETREAT"
            ? view.actors.find(
                (x) =>
                  x.mention.first > match.last &&
                  x.mention.first - match.last <= 8 &&
                  tokens
                    .slice(Math.max(match.last, x.mention.first - 3), x.mention.first)
                    .some((k) => /^(?:as|when|after|once)$/.test(k.key)) &&
                  isParty(x.actor) &&
                  !context.sameSide(x.actor, a1.actor),
              )
            : undefined;
        // ("the aggression will not go unanswered": whoever last attacked the one who threatens.)
        const attackerOfSpeaker = roles.suffix === ":answered" ? context.attackerOf?.(a1.actor.id) : null;
        const avenged =
          attackerOfSpeaker && !context.sameSide(attackerOfSpeaker.actor, a1.actor)
            ? attackerOfSpeaker
            : null;
        const guess =
          avenged ??
          facing ??
          arriving ??
          launcherBefore ??
          foughtWith ??
          guessedFoe(view, a1, context, match);
        // (Never one of those who acted together: then the foe of the one it acted with.)
        const partner = (o: ResolvedActor | null): boolean =>
          o !== null && roles.a1s.some((x) => x.actor.id === o.actor.id);
        const together =
          joint ||
          (!twoWay && roles.a1s.some((o) => o.actor.id !== a1.actor.id && joinedSubjects(tokens, o, a1)));
        let partnersFoe: ResolvedActor | null = null;
        if (together)
          for (const x of roles.a1s) {
            const foe = x.actor.id !== a1.actor.id ? context.opponentOf(x) : null;
            if (foe && !partner(foe)) {
              partnersFoe = foe;
              break;
            }
          }
        const opponent = together && (guess === null || partner(guess)) ? partnersFoe : guess;
        // "fought alongside the army": whoever the sentence puts on the actor's side is not its enemy
        // (in the act's own clause: "…, but were repelled by troops with the support of the Air
        // Component" supports the defenders).
        const beside =
          opponent !== null &&
          view.actors.some(
            (x) =>
              x.actor.id === opponent.actor.id &&
              !x.rule.startsWith("ref/pronoun") &&
              companion(tokens, x.mention.first) &&
              !boundaryBetween(
                tokens,
                Math.min(match.last, x.mention.first),
                Math.max(match.first, x.mention.first),
              ),
          );
        // (A police force's foe is never another state's forces: "Kosovo Police special units carried out
        // raids" in a report that names KFOR's Polish contingent.)
        const foreignState =
          opponent !== null &&
          a1.actor.kind === "police" &&
          /^(?:military|government|police)$/.test(opponent.actor.kind) &&
          opponent.actor.country !== a1.actor.country;
        if (opponent && !beside && !foreignState) {
          // ("Houthi leader warned his forces would return to the front": an attack on a state is on its
          // forces, the government the report names being the side.)
          const forces =
            type === "ASSAULT" && opponent.actor.kind === "government" && opponent.actor.country
              ? context.forcesOf?.(opponent.actor.country)
              : null;
          targets = [forces && /-gov$/.test(opponent.actor.id) ? { ...opponent, actor: forces } : opponent];
          rule += ":opponent";
        }
      }
      // "air defences shot down 2 drones launched by militants": the interception, and the militants'
      // attack on the ones who intercepted it.
      // "intercepted and destroyed 86 Ukrainian drones": the drones named after a second verb of downing
      // them, as "destroyed 21 Ukrainian drones" names them (ACLED's disrupted weapons use).
      const weaponsHit =
        flavour === "intercept"
          ? (targets.find(
              (t) =>
                /^(?:drones?|missiles?|rockets?|projectiles?)$/.test(tokens[t.mention.last - 1]?.key ?? "") &&
                tokens.slice(match.last, t.mention.first).some((k) => k.key === "and"),
            ) ?? null)
          : null;
      const launcher =
        flavour === "intercept" ? (launchedBy(view, match) ?? ownerInSpan ?? weaponsHit) : null;
      if (launcher && launcher.actor.id !== a1.actor.id) {
        if (targets.length === 0) targets = [launcher];
        out.push({
          view,
          match,
          type,
          mode,
          actor1: launcher,
          actor2: a1,
          rule: `${rule}:launched-by`,
          flavour: null,
        });
        // "its air defence destroyed 21 Ukrainian drones": ACLED's disrupted weapons use is the
        // launcher's act on the defender; the defender's own interception is not told apart.
        if (launcher === ownerInSpan || launcher === weaponsHit) continue;
      }
      // "police arrested Idrissa Hamani, editor of …", "gunmen abducted a local radio presenter": the people
      // held, named in words no dictionary knows, are civilians (suspects when called so).
      const captives =
        targets.length === 0 && (mode === "arrest" || mode === "abduct") ? namedCaptives(view, match) : null;
      if (captives) targets = [captives];
      // "The SPLM-IO's acting chairman called for Machar's immediate release", "the union demanded higher
      // wages": an appeal addressed to no one is made to the government where it is made.
      if (
        targets.length === 0 &&
        type === "REQUEST" &&
        !rule.includes(":all-parties") &&
        // ("accused the police of abducting a blogger and demanded that he be produced": the one accused.)
        !/^(?:and|but)$/.test(tokens[match.first - 1]?.key ?? "")
      ) {
        const government = context.governing?.();
        if (government && government.id !== a1.actor.id && !context.sameSide(government, a1.actor)) {
          targets = [implied(government, tokens, match.first, "actor/appealed-government")];
          rule += ":home-government";
        }
      }
      // "The three were arrested by police on 24 October", "He had been arrested by police at his home": people
      // arrested, or sentenced, whom no party's name covers are civilians.
      if (
        targets.length === 0 &&
        ((type === "COERCE" && mode === "arrest" && match.trigger.id.startsWith("coerce/arrest")) ||
          mode === "convict")
      )
        out.push({
          view,
          match,
          type,
          mode,
          actor1: a1,
          actor2: implied(CIVILIANS, tokens, match.first, "actor/held-unnamed"),
          rule: `${rule}:held-unnamed`,
          flavour,
        });
      else if (targets.length === 0)
        out.push({ view, match, type, mode, actor1: a1, actor2: null, rule, flavour });
      // "Pakistan's Foreign Office rejected India's statement", "Hamas rejected an Israeli proposal": what
      // is refused is a state's, its government's, its forces' or police's alike (not when the words name the forces
      // themselves: "rejected the junta's offer", "the Defence Ministry's claim").
      if (type === "REJECT")
        targets = mapPacked(targets, (a) => {
          const government =
            (a.actor.kind === "military" || a.actor.kind === "police") &&
            a.actor.country &&
            !FORCES_OWN_WORDS.test(a.text)
              ? context.governmentOf?.(a.actor.country)
              : null;
          return government ? { ...a, actor: government, rule: `${a.rule}:state-refused` } : a;
        });
      // "the army repulsed the attack": the attack was the opponent's, on the defenders.
      const flip = rule.includes(":repel-defender:opponent") || rule.includes(":casualties:opponent");
      for (const target of dedupeActors(targets)) {
        // "arrested seven people in connection with the attack", "six men on suspicion of selling fuel to
        // armed groups": those held as suspects.
        const a2 =
          type === "COERCE" &&
          mode === "arrest" &&
          target.actor.id === CIVILIANS.id &&
          heldAsSuspects(tokens, target)
            ? { ...target, actor: SUSPECTS, rule: `${target.rule}:suspects` }
            : target;
        // "Vente Venezuela called on its supporters to gather in squares": a protest the party calls.
        const whose = `${tokens[a2.mention.first - 1]?.key ?? ""} ${a2.mention.text}`;
        // ("appealed to candidates and their supporters": the candidates' own, not the caller's.)
        if (
          type === "REQUEST" &&
          OWN_FOLLOWERS.test(whose) &&
          /^(?:on|upon|to|urged|asked|told|instructed)$/.test(tokens[a2.mention.first - 2]?.key ?? "") &&
          a2.actor.id !== a1.actor.id
        ) {
          const protest = { type: "PROTEST" as const, mode: "demo", actor2: null, flavour: null };
          out.push({ view, match, ...protest, actor1: a1, rule: `${rule}:own-followers` });
          continue;
        }
        out.push(
          a2.actor.id === ALL_PARTIES.id
            ? { view, match, type, mode, actor1: a1, actor2: null, rule: `${rule}:all-parties`, flavour }
            : flip
              ? { view, match, type, mode, actor1: a2, actor2: a1, rule, flavour }
              : { view, match, type, mode, actor1: a1, actor2: a2, rule, flavour },
        );
      }
      // "PMF fighters repelled an attack by Islamic State militants, killing three of them": the defenders'
      // fire on the attackers is an act of its own.
      if (/^:repel(?::|$)/.test(rule.slice(t.id.length)) && killedBack(tokens, match.last))
        for (const a2 of dedupeActors(targets))
          if (a2.actor.id !== ALL_PARTIES.id && a2.actor.id !== a1.actor.id)
            out.push({
              view,
              match,
              type,
              mode,
              actor1: a2,
              actor2: a1,
              rule: `${rule}:killed-back`,
              flavour,
            });
    }
  }
  // "killed 11 militants in an intelligence-based operation", "killed five civilians in an attack on the
  // village": the noun names the act just told, not a second one.
  const manner = (c: Candidate): boolean => c.type === "ASSAULT" && inMannerNoun(tokens, c.match);
  const told = mapPacked(
    out.filter(
      (c) =>
        !manner(c) || !out.some((o) => o.type === "ASSAULT" && o.match.first < c.match.first && !manner(o)),
    ),
    (c) => (manner(c) ? victimsOfManner(view, c) : c),
  );
  return withoutPartnersFighting(
    mapPacked(
      inheritActors(view, aimedAtRepellers(told))
        .filter((c) => !stateNoProtester(view, c))
        .flatMap((c) => namedMembers(c)),
      (c) => stateProtest(herdersHarmed(membersOf(c))),
    ).filter((c): c is Candidate => c !== null),
  );
}

/**
 * A government a protest is read as held by, where it is no protester: "Serbia has been shaken by
 * near-daily protests" (the protests the agent of a passive), "protested outside the US embassy, some of
 * them burning US flags" (where the crowd stood).
 */
function stateNoProtester(view: SentenceView, c: Candidate): boolean {
  if (c.type !== "PROTEST" || c.actor1.actor.kind !== "government") return false;
  const { tokens } = view;
  if (besideBuilding(tokens, c.actor1.mention.first)) return true;
  // ("by near-daily protests", "by a wave of protests": a few words of kind and number between.)
  const from = Math.max(0, c.match.first - 5);
  const by = from + tokens.slice(from, c.match.first).findLastIndex((t) => t.key === "by");
  return (
    by >= from &&
    !boundaryBetween(tokens, by, c.match.first) &&
    !view.actors.some((a) => a.mention.first > by && a.mention.first < c.match.first)
  );
}

/**
 * "the RSF launched a ground assault on the city's neighbourhoods, which was repelled by the SAF": an
 * attack that those who repelled it met was on them, not on the place's people.
 */
function aimedAtRepellers(candidates: readonly Candidate[]): Candidate[] {
  const repels = candidates.filter(
    (r) =>
      r.type === "ASSAULT" && r.match.trigger.frame === "repel" && r.rule.includes(":passive") && r.actor2,
  );
  if (repels.length === 0) return [...candidates];
  return candidates.flatMap((c) => {
    const by =
      c.type === "ASSAULT" &&
      c.match.trigger.frame !== "repel" &&
      (!c.actor2 || c.actor2.actor.kind === "civilians")
        ? repels.filter((r) => r.match.first > c.match.last && r.actor2!.actor.id === c.actor1.actor.id)
        : [];
    return by.length === 0
      ? [c]
      : mapPacked(by, (r) => ({ ...c, actor2: r.actor1, rule: `${c.rule}:repelled-by` }));
  });
}

/**
 * "Mauritania's foreign ministry protested on Monday after three herders were killed": a government's
 * protest is a diplomatic reproach (ACCUSE), no demonstration.
 */
function stateProtest(c: Candidate): Candidate | null {
  if (c.type !== "PROTEST" || c.actor1.actor.kind !== "government") return c;
  // ("the ruling junta's supporters rallied", "all demonstrations remain prohibited", "the crackdown on
  // the protests": a crowd's act near a government's name is no reproach of the government's own.)
  return diplomaticProtest(c.view.tokens, c.match)
    ? { ...c, type: "ACCUSE", mode: "disapprove", rule: `${c.rule}:state-protest` }
    : null;
}

/** "lodged a protest with", "sent a formal protest note", "a note of protest": a protest in writing. */
function lodgedProtest(tokens: readonly Token[], match: TriggerMatch): boolean {
  return (
    tokens
      .slice(Math.max(0, match.first - 4), match.first)
      .some((k) =>
        /^(?:lodged|lodge|lodges|lodging|registered|filed|delivered|handed|sent|sends|summoned|conveyed)$/.test(
          k.key,
        ),
      ) ||
    /^(?:note|notes|letter)$/.test(tokens[match.last]?.key ?? "") ||
    (tokens[match.first - 1]?.key === "of" &&
      /^(?:note|notes|letter)$/.test(tokens[match.first - 2]?.key ?? ""))
  );
}

/** A government's protest in words: one lodged, or "protested", "strongly protests", "a formal protest". */
function diplomaticProtest(tokens: readonly Token[], match: TriggerMatch): boolean {
  const word = tokens[match.first]!.key;
  if (/^(?:protested|protesting)$/.test(word)) return tokens[match.first - 1]?.key !== "the";
  if (!/^protests?$/.test(word)) return false;
  return (
    lodgedProtest(tokens, match) ||
    /^(?:formal|strong|official|diplomatic|it|he|she|they|strongly|also|formally)$/.test(
      tokens[match.first - 1]?.key ?? "",
    )
  );
}

/**
 * "HNP and Kenyan personnel conducted a joint operation …; exchanges of fire lasted two hours": those who
 * act jointly in a sentence do not fight each other in it.
 */
function withoutPartnersFighting(candidates: Candidate[]): Candidate[] {
  const partners = new Set<string>();
  for (const c of candidates)
    if (c.type === "ASSAULT" && jointAct(c.view.tokens, c.match)) {
      const together = candidates.filter((o) => o.match === c.match);
      if (together.length > 1) for (const o of together) partners.add(o.actor1.actor.id);
    }
  if (partners.size < 2) return candidates;
  return candidates.filter(
    (c) =>
      c.type !== "ASSAULT" || !(partners.has(c.actor1.actor.id) && partners.has(c.actor2?.actor.id ?? "")),
  );
}

// "killed five Fulani herders": herders, farmers or villagers harmed are civilians, though a communal
// militia is named after them when it attacks ("armed Fulani herders attacked the village").
const PEOPLE_AT_WORK = /\b(?:herders?|herdsmen|farmers|villagers)\b/i;
const ARMED_WORDS = /\b(?:armed|militia|militiamen|militants|gunmen|fighters)\b/i;
/**
 * "Security forces including the Assam Rifles and the CRPF were rushed to the area": forces named by
 * their kind, then one by one after "including" or "such as", act as the ones named.
 */
function namedMembers(c: Candidate): Candidate[] {
  const a1 = c.actor1;
  const { tokens } = c.view;
  if (a1.mention.entries.some((e) => e.kind === "actor")) return [c];
  let k = a1.mention.last;
  if (tokens[k]?.key === ",") k++;
  if (tokens[k]?.key === "such" && tokens[k + 1]?.key === "as") k++;
  if (!/^(?:including|as)$/.test(tokens[k]?.key ?? "")) return [c];
  const named: ResolvedActor[] = [];
  for (const a of c.view.actors) {
    if (a.mention.first <= k || a.mention.last > c.match.first) continue;
    const between = tokens.slice(
      named.length > 0 ? named[named.length - 1]!.mention.last : k + 1,
      a.mention.first,
    );
    if (!between.every((t) => /^(?:,|and|the|of|its|their)$/.test(t.key))) break;
    if (a.actor.kind === a1.actor.kind || STATE_KINDS.has(a.actor.kind) === STATE_KINDS.has(a1.actor.kind))
      named.push(a);
  }
  if (named.length === 0) return [c];
  return mapPacked(named, (a) => ({ ...c, actor1: a, rule: `${c.rule}:named-members` }));
}

/**
 * "police arrested three men who they said belonged to an ELN urban network", "killed two people who were
 * members of the RSF": people named only by their number, then by the group they belong to, are the group.
 */
function membersOf(c: Candidate): Candidate {
  const a2 = c.actor2;
  // "declared two employees of the Russian embassy persona non grata", "expelled three staff of the
  // Iranian mission": a state's staff are its government.
  if (
    (c.type === "SANCTION" || c.type === "COERCE") &&
    a2?.actor.kind === "civilians" &&
    /\b(?:employees|staff|staffers|diplomats|officials|members|personnel|workers)\b/i.test(a2.mention.text) &&
    c.view.tokens[a2.mention.last]?.key === "of"
  ) {
    const after =
      c.view.tokens[a2.mention.last + 1]?.key === "the" ? a2.mention.last + 2 : a2.mention.last + 1;
    const state = c.view.actors.find(
      (a) => a.mention.first === after && a.actor.kind === "government" && a.actor.id !== c.actor1.actor.id,
    );
    if (state) return { ...c, actor2: state, rule: `${c.rule}:staff-of` };
  }
  if ((c.type !== "COERCE" && c.type !== "ASSAULT") || !a2 || a2.actor.kind !== "civilians") return c;
  const { tokens } = c.view;
  // ("arrested three men on Sunday who…": a time between.)
  let k = a2.mention.last;
  while (k < a2.mention.last + 5 && WHEN_BETWEEN.test(tokens[k]?.key ?? "")) k++;
  if (!/^(?:who|whom)$/.test(tokens[k]?.key ?? "")) return c;
  k++;
  // ("who they said", "who police say", "who the army says": whose word it is.)
  for (let s = k; s < k + 4; s++)
    if (
      /^(?:said|say|says|claimed|claim|claims|believe|believed|alleged|allege|suspect|suspected)$/.test(
        tokens[s]?.key ?? "",
      )
    ) {
      k = s + 1;
      break;
    }
  const link = mapPacked(tokens.slice(k, k + 4), (t) => t.key).join(" ");
  const joined =
    /^(?:belonged to|belong to|belongs to|were members of|are members of|was a member of|is a member of|were part of|are part of|were fighters of)\b/.exec(
      link,
    );
  if (!joined) return c;
  const from = k + joined[0].split(" ").length;
  const group = c.view.actors.find(
    (a) =>
      a.mention.first >= from &&
      a.mention.first <= from + 4 &&
      a.actor.kind !== "civilians" &&
      a.actor.id !== c.actor1.actor.id,
  );
  return group ? { ...c, actor2: group, rule: `${c.rule}:members-of` } : c;
}

const WHEN_BETWEEN =
  /^(?:,|on|in|at|last|this|early|late|night|morning|evening|afternoon|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)$/;

function herdersHarmed(c: Candidate): Candidate {
  const a2 = c.actor2;
  if (c.type !== "ASSAULT" || !a2 || a2.actor.kind !== "militia") return c;
  if (!PEOPLE_AT_WORK.test(a2.mention.text) || ARMED_WORDS.test(a2.mention.text)) return c;
  return { ...c, actor2: { ...a2, actor: CIVILIANS, rule: "actor/civilians:harmed" } };
}

/**
 * "Two soldiers were killed in an attack on a checkpoint": the ones a passive verb before the noun says
 * were harmed are its target, by someone the sentence does not name (not its authors).
 */
function victimsOfManner(view: SentenceView, c: Candidate): Candidate {
  const { tokens } = view;
  const harmed = view.triggers.find(
    (p) =>
      p.first < c.match.first &&
      p.trigger.type === "ASSAULT" &&
      isPassive(tokens, p.first) &&
      c.actor1.mention.last <= p.first &&
      !view.actors.some((a) => a.mention.first > p.first && a.mention.first < c.match.first),
  );
  if (!harmed || c.actor1.rule.startsWith("ref/pronoun")) return c;
  // "He said no Ugandan soldier was killed in the assault": none of them was harmed.
  if (tokens[c.actor1.mention.first - 1]?.key === "no") return c;
  // "two gang members were killed in a shootout with police", "in an exchange of fire with troops": the
  // side they fought, named after "with", killed them.
  const foe =
    c.actor2 !== null &&
    c.actor2.mention.first >= c.match.last &&
    c.actor2.mention.first - c.match.last <= 2 &&
    tokens[c.actor2.mention.first - 1]?.key === "with" &&
    isParty(c.actor2.actor)
      ? c.actor2
      : null;
  // ("Eight Beninese soldiers were killed in an attack on a military position": the foe guessed for the
  // ones harmed is who harmed them.)
  const guessed =
    !foe && c.actor2 !== null && /:opponent\b/.test(c.rule) && isParty(c.actor2.actor) ? c.actor2 : null;
  return {
    ...c,
    actor1: foe ?? guessed ?? implied(UNIDENTIFIED, tokens, c.match.first, "actor/unnamed-attacker"),
    actor2: c.actor1,
    rule: `${c.rule}:passive-victims${foe ? ":with" : guessed ? ":foe" : ""}`,
  };
}

/** "in an attack", "during a drone strike", "with artillery and kamikaze drones": the noun of an act told. */
function inMannerNoun(tokens: readonly Token[], match: TriggerMatch): boolean {
  // ("in an operation": a trigger written with its article.)
  if (
    !isNounUse(tokens, match.first, match.trigger) &&
    !/^(?:a|an)$/.test(tokens[match.first - 1]?.key ?? "") &&
    !/^(?:a|an)$/.test(tokens[match.first]!.key)
  )
    return false;
  for (let k = match.first - 1; k >= Math.max(0, match.first - 5); k--) {
    const key = tokens[k]!.key;
    if (key === "in" || key === "during" || key === "with") return true;
    if (!tokens[k]!.word && key !== "-") return false;
  }
  return false;
}

const BLAMING = /^(?:blaming|blamed|blames)$/;
const PRISON = /^(?:prison|prisons|jail|jails|gaol|penitentiary|prisoners|inmates|detainees)$/;

/** Whether a party is named only as the owner in a qualifier: "WFP-contracted trucks", "UN-run clinics". */
function ownerQualifier(tokens: readonly Token[], a: ResolvedActor): boolean {
  return tokens[a.mention.last]?.raw === "-" && OWNER_PARTICIPLE.test(tokens[a.mention.last + 1]?.key ?? "");
}
const OWNER_PARTICIPLE = /^(?:contracted|chartered|operated|run|owned|hired)$/;

/** A force's equipment or post: "burnt three armoured vehicles", "set fire to an army truck". */
const MILITARY_OBJECT =
  /^(?:armou?red|tanks?|apcs?|humvees?|military|army|howitzers?|artillery|barracks|ammunition)$/;

/** Whether what was burnt, a few words after the trigger, is a force's, not civilians' property. */
function militaryObjectAfter(tokens: readonly Token[], match: { readonly last: number }): boolean {
  return tokens.slice(match.last, match.last + 5).some((t) => MILITARY_OBJECT.test(t.key));
}

/** Herds taken in a raid: "drove off about 200 head of cattle". */
const LIVESTOCK = /^(?:cattle|cows|livestock|goats|sheep|camels|herds?|animals)$/;

/** "contracted by the WFP", "run by MSF", "belonging to the UN": the owner of what was hit or taken. */
const OWNED_BY =
  /\b(?:contracted|chartered|operated|run|owned|used|hired) by(?: the)?$|\bbelonging to(?: the)?$/;

/** What is repelled: "the attack was repelled", "the assault was beaten back". */
const REPELLED_NOUN =
  /^(?:attacks?|assaults?|offensives?|counteroffensives?|counterattacks?|advances?|attempts?|incursions?|raids?)$/;

// Nouns that stand for an attack's means or the attack itself, as the subject of its verb.
/** "at the UNIFIL headquarters", "outside the embassy of…": a body named for its premises, a venue. */
function premisesOf(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  const before = tokens[m.first - 1]?.key === "the" ? m.first - 2 : m.first - 1;
  return (
    // ("dispersed them near the Government House roundabout", "… near the Transitional Presidential Council offices".)
    /^(?:at|inside|outside|near|opposite|around|outside|towards|toward)$/.test(tokens[before]?.key ?? "") &&
    /^(?:headquarters|hq|base|compound|offices?|premises|embassy|residence|house|palace|roundabout|building|gates?|square)$/.test(
      tokens[m.last]?.key ?? "",
    )
  );
}

/**
 * ", killing one protester", ", leaving two dead": a participle of the act's own clause that kills (not
 * `fatalitiesIn`, which also counts "to disperse residents protesting a massacre in which rebels killed 18").
 */
function killsAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === ".") return false;
    if (/^(?:killing|killed)$/.test(key) && tokens[k - 1]?.key === ",") return true;
    if (key === "leaving" && tokens.slice(k + 1, k + 5).some((x) => x.key === "dead")) return true;
  }
  return false;
}

/** The last word of a community's people who live by their work: "Fulani herders", "Hausa farmers". */
const CIVILIAN_OCCUPATION =
  /^(?:herders|herdsmen|farmers|fishermen|traders|villagers|youths|men|women|pastoralists)$/;

/** Words that tie people arrested to a group's work: "collecting money for", "suspected members of". */
// (Not "links to", "allegedly financing": a state's charge against civilians, who stay civilians.)
const HELD_FOR =
  /^(?:belong|belonged|belonging|collecting|recruiting|recruiters|supplying|suppliers|members?|informants?|operatives?|cadres?|head|leaders?|commanders?|chief|financiers?|cell|wali|emir|amir|facilitators?|couriers?|logisticians?|bomb-makers?|spokesman|deputy|coordinators?|finance)$/;

/**
 * Who an arrest holds: "young Fulani herders" are civilians, whatever militia the dictionary names for
 * their armed men; "arrested two suspects at a market in Konduga" holds no market, where it was made.
 */
function heldInArrest(targets: ResolvedActor[], tokens: readonly Token[]): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  for (const a of targets) {
    if (isNonState(a.actor) && CIVILIAN_OCCUPATION.test(tokens[a.mention.last - 1]?.key ?? "")) {
      out.push({ ...a, actor: CIVILIANS, rule: "actor/civilians:community" });
      continue;
    }
    const article = /^(?:a|the)$/.test(tokens[a.mention.first - 1]?.key ?? "") ? 1 : 0;
    const before = tokens[a.mention.first - 1 - article]?.key ?? "";
    if (a.actor.kind !== "civilians" || !/^(?:at|in|near|outside|inside)$/.test(before)) out.push(a);
  }
  return out;
}

/** "conducted a joint operation", "jointly attacked", "a combined offensive": an act done together. */
/** Words that make an act two-way: "exchanged fire", "traded shots", "shelled each other". */
const RECIPROCAL = /\b(?:exchang\w*|trad(?:ed|ing)|each other|one another)\b/i;

/** Words of a title before a name: "President", "Interim Prime Minister", "Gen.". */
const TITLE_WORD =
  /^(?:president|vice|prime|minister|foreign|defence|defense|interior|interim|acting|deputy|general|gen|lieutenant|lt|colonel|col|major|maj|commander|chief|leader|king|emir|sheikh|crown|prince|chairman|governor|senator|sen|secretary|envoy|ambassador|mr|mrs|ms|dr)$/;

/** "US and UK forces", "Ugandan and Congolese troops": two subjects joined by "and" and nothing else. */
function joinedSubjects(tokens: readonly Token[], a: ResolvedActor, b: ResolvedActor): boolean {
  const [first, second] = a.mention.first < b.mention.first ? [a, b] : [b, a];
  if (tokens[first.mention.last]?.key !== "and") return false;
  // ("government forces and allied clan militias pulled out": an ally's word between.)
  const gap = second.mention.first - first.mention.last - 1;
  return (
    gap === 0 ||
    (gap === 1 &&
      /^(?:allied|friendly|partner|local|its|their)$/.test(tokens[first.mention.last + 1]?.key ?? ""))
  );
}

/** Whether a fight alongside others at `at` is told as a side taken: ongoing, habitual or background. */
function sideTaken(tokens: readonly Token[], at: number): boolean {
  const before = mapPacked(tokens.slice(0, at), (k) => k.key);
  if (
    before.some((k) =>
      /^(?:claims?|claimed|accus\w*|denied|denies|deny|dismissed|rejected|alleged|allegations?)$/.test(k),
    )
  )
    return false;
  return (
    tokens[at]!.key !== "fought" ||
    /^(?:has|have|had|which|who|that)$/.test(before[at - 1] ?? "") ||
    /^(?:which|who|that)$/.test(before[at - 2] ?? "")
  );
}

function jointAct(tokens: readonly Token[], match: TriggerMatch): boolean {
  for (let k = Math.max(0, match.first - 3); k < match.last; k++)
    if (/^(?:joint|jointly|combined|together)$/.test(tokens[k]!.key)) return true;
  return false;
}

/** Force that hurts a crowd: rubber bullets, live rounds, batons, beatings, people injured. */
const CROWD_HARM = /^(?:batons?|lathis?|lathicharged|beat|beating|beaten|injuring|injured|wounding|wounded)$/;
const STATE_KINDS: ReadonlySet<string> = new Set(["military", "police", "government"]);

/** Ships and boats: force used on them is no crowd control. */
const VESSEL = /^(?:boats?|vessels?|ships?|trawlers?|cutters?|patrol-boats?|frigates?|tugboats?)$/;
/** The side a ship after the trigger sails for: the actor named just before it, else its adjective's forces. */
function vesselOwner(
  view: SentenceView,
  match: TriggerMatch,
  context: RoleContext,
): ResolvedActor | undefined {
  const { tokens } = view;
  const vessel = tokens.findIndex((k, j) => j > match.first && VESSEL.test(k.key));
  if (vessel < 0) return undefined;
  const named = view.actors.find(
    (a) => a.mention.last >= vessel - 2 && a.mention.last <= vessel && a.mention.first > match.first,
  );
  if (named) return named;
  for (let j = vessel - 1; j > match.first && j >= vessel - 3; j--) {
    const forces = context.militaryOf?.(tokens[j]!.raw);
    if (forces) return implied(forces, tokens, j, "actor/vessel-owner");
  }
  return undefined;
}
function atSea(tokens: readonly Token[]): boolean {
  return tokens.some((k) => VESSEL.test(k.key));
}

/** A crowd-control weapon or tactic named: tear gas, water cannon, pepper spray, batons, shots in the air. */
function crowdWeapon(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      /^(?:teargas|tear-gas|tear-gassed|teargassed|batons?|baton-charged|lathi|lathi-charged|truncheons|stun|flashbang|flash-bang)$/.test(
        t.key,
      ) ||
      (t.key === "tear" && /^(?:gas|gassed)$/.test(tokens[k + 1]?.key ?? "")) ||
      (t.key === "water" && /^(?:cannon|cannons)$/.test(tokens[k + 1]?.key ?? "")) ||
      (t.key === "pepper" && /^(?:spray|balls)$/.test(tokens[k + 1]?.key ?? "")) ||
      (t.key === "rubber" && /^(?:bullets|rounds|pellets)$/.test(tokens[k + 1]?.key ?? "")) ||
      (t.key === "in" &&
        tokens[k + 1]?.key === "the" &&
        tokens[k + 2]?.key === "air" &&
        /^(?:fired|firing|shots|shooting)$/.test(tokens[k - 1]?.key ?? "")),
  );
}

function harmsCrowd(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, k) =>
      CROWD_HARM.test(t.key) ||
      (t.key === "rubber" && /^(?:bullets|rounds|pellets)$/.test(tokens[k + 1]?.key ?? "")) ||
      (t.key === "live" && /^(?:rounds|ammunition|bullets|fire)$/.test(tokens[k + 1]?.key ?? "")),
  );
}

/** People who back a group without being its fighters ("supporters of Hezbollah", "PTI loyalists"). */
const SUPPORTERS = /\b(?:supporters?|sympathi[sz]ers?|followers?|partisans?|loyalists?)\b/i;

const WEAPON_SUBJECT =
  /^(?:bombs?|missiles?|rockets?|shells?|drones?|quadcopters?|uavs?|projectiles?|munitions|artillery|mortars?|raids?|strikes?|airstrikes?|attacks?|aircraft|jets?|warplanes|planes|bombers|fighter-bombers|helicopters?|gunships|shelling|fire|tanks?)$/;

/** A weapon's participle: "a shell fired from the hills", "rockets launched from Lebanon". */
const LAUNCHED = /^(?:fired|launched|lobbed)$/;

/** Token index of a weapon noun just before a passive verb ("rockets were fired"), or -1. */
function weaponBefore(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (WEAPON_SUBJECT.test(tokens[k]!.key)) return k;
    if (tokens[k]!.key === "," || BOUNDARY.has(tokens[k]!.key)) return -1;
  }
  return -1;
}

/** "a strike on a building in Tyre killed five", "another strike near Nabatieh killed two": an attack noun as the subject of the harm it did. */
function harmingNoun(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  if (!isNounUse(tokens, match.first, match.trigger)) return false;
  // "a strike", "another drone strike", "an Israeli air strike" (the one word between names the weapon).
  const det = (k: number): boolean => /^(?:a|an|another|the)$/.test(tokens[k]?.key ?? "");
  if (
    !det(match.first - 1) &&
    !(
      det(match.first - 2) &&
      /^(?:drone|air|missile|artillery|rocket)$/.test(tokens[match.first - 1]?.key ?? "")
    )
  )
    return false;
  let reach = match.last + 12;
  for (let k = match.last; k < Math.min(tokens.length, reach); k++) {
    const key = tokens[k]!.key;
    if (/^(?:killed|wounded|injured|martyred|destroyed|damaged)$/.test(key)) return true;
    // "a strike on a (busy) market in Kabkabiya killed nine": what the strike hit is no new subject.
    const subject = view.actors.some((a) => a.mention.first === k && !hitBy(tokens, k));
    // "A drone strike on a market in Dabat town, in the North Gondar zone of Amhara region, killed 14":
    // an aside of place between commas; "in Debre Werk, a town in East Gojjam zone, killed 17": one
    // about the place just named.
    if (
      key === "," &&
      (/^(?:in|near|north|south|east|west|outside)$/.test(tokens[k + 1]?.key ?? "") ||
        (/^(?:a|an|the)$/.test(tokens[k + 1]?.key ?? "") && /^\p{Lu}/u.test(tokens[k - 1]?.raw ?? "")))
    ) {
      const close = tokens.findIndex((t, j) => j > k + 1 && j <= k + 16 && t.key === ",");
      if (close > 0 && !tokens.slice(k + 1, close).some((t) => BOUNDARY.has(t.key))) {
        reach += close - k;
        k = close;
        continue;
      }
    }
    if (key === "," || key === ";" || BOUNDARY.has(key) || subject) return false;
  }
  return false;
}

/** Whether the mention at `k` follows a preposition of what was hit ("on a busy market", "at the camp"). */
function hitBy(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const key = tokens[j]!.key;
    if (/^(?:on|at|against|in|near)$/.test(key)) return true;
    if (!tokens[j]!.word || /^\p{Lu}/u.test(tokens[j]!.raw)) return false;
  }
  return false;
}

/** Whether a mention is a weapon's owner named after "of" (and "the"): "drones of the junta". */
function ownsWeaponBefore(tokens: readonly Token[], a: ResolvedActor): boolean {
  const of = tokens[a.mention.first - 1]?.key === "the" ? a.mention.first - 2 : a.mention.first - 1;
  return tokens[of]?.key === "of" && WEAPON_SUBJECT.test(tokens[of - 1]?.key ?? "");
}

function weaponSubject(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  // "drones struck a residential building", "a drone dropped explosives on…": the trigger starts with the
  // weapon, and no one owns it.
  if (
    match.last - match.first > 1 &&
    WEAPON_SUBJECT.test(tokens[match.first]!.key) &&
    tokens
      .slice(match.first + 1, match.last)
      .some((t) =>
        /^(?:struck|hit|targeted|slammed|landed|fell|dropped|dropping|launched|fired|sent)$/.test(t.key),
      ) &&
    !view.actors.some((a) => a.mention.first <= match.first && a.mention.last > match.first)
  )
    return true;
  // "A shell fired from the hills fell on a house": the weapon, then where it came from, then the verb
  // (the weapon is the trigger, or the trigger is the verb).
  if (
    match.last - match.first === 1 &&
    WEAPON_SUBJECT.test(tokens[match.first]!.key) &&
    LAUNCHED.test(tokens[match.last]?.key ?? "") &&
    !view.actors.some((a) => a.mention.first <= match.first && a.mention.last >= match.first)
  )
    for (let k = match.last + 1; k < Math.min(tokens.length, match.last + 9); k++) {
      const key = tokens[k]!.key;
      // "shells fired from Somaliland positions landed": those it came from fired it.
      if (key === "," || BOUNDARY.has(key) || view.actors.some((a) => a.mention.first === k)) break;
      if (/^(?:struck|hit|fell|landed|slammed|exploded)$/.test(key)) return true;
    }
  // "a drone of the Ukrainian army attacked a car": the weapon, then its owner, then the verb.
  if (view.actors.some((a) => a.mention.last === match.first && ownsWeaponBefore(tokens, a))) return true;
  for (let k = match.first - 2; k >= Math.max(1, match.first - 9); k--) {
    const key = tokens[k]!.key;
    if (key === "," || BOUNDARY.has(key)) break;
    if (LAUNCHED.test(key) && WEAPON_SUBJECT.test(tokens[k - 1]!.key))
      return !view.actors.some((a) => a.mention.last >= k - 1 && a.mention.first < match.first);
  }
  for (let k = match.first - 1; k >= Math.max(0, match.first - 7); k--) {
    const key = tokens[k]!.key;
    if (WEAPON_SUBJECT.test(key)) return !view.actors.some((a) => a.mention.first <= k && a.mention.last > k);
    if (key === "," || BOUNDARY.has(key)) return false;
    // Further back than four words, only a time and an auxiliary may stand between ("air strikes the
    // following day had neutralised").
    if (match.first - k >= 4 && !TIME_GAP.test(key)) return false;
  }
  return false;
}
/** The networks a cut stops: "mobile internet", "phone lines". */
const NETWORKS = /\b(?:internet|data|broadband|phone|telecommunications?|networks?)\b/;
/** A border's ways through, closed: "the Gatumba border crossing was closed", "the border remained shut". */
const CROSSINGS = /^(?:crossings?|border|checkpoints?)$/;
/** Verbs that impose a curfew or cut a network, in the passive ("was imposed", "has been extended"). */
const IMPOSED =
  /^(?:imposed|reimposed|declared|extended|introduced|ordered|enforced|cut|suspended|shut|closed|blocked|restricted|snapped|banned|prohibited)$/;
/** Whether a curfew or a cut is told as imposed, in the passive, within a few words of its trigger. */
function imposedInPassive(tokens: readonly Token[], match: TriggerMatch, still = true): boolean {
  for (let k = match.first; k < Math.min(tokens.length, match.last + 6); k++)
    if (
      IMPOSED.test(tokens[k]!.key) &&
      (isPassive(tokens, k) || (still && stillImposed(tokens, k))) &&
      !standingLaw(tokens, k)
    )
      return true;
  return false;
}

/**
 * "Mobile internet services remained suspended in Kachhi", "Internet access remained severely restricted":
 * a cut or a curfew told as still in force, which someone imposed.
 */
function stillImposed(tokens: readonly Token[], k: number): boolean {
  let at = k - 1;
  if (/ly$/.test(tokens[at]?.key ?? "")) at--;
  return /^(?:remained|remain|remains|stayed|stays|stay)$/.test(tokens[at]?.key ?? "");
}

/**
 * "Street protests are effectively banned in Egypt under a 2013 law", "strikes on civilians are prohibited
 * under international law": what a law forbids, no ban imposed that day.
 */
function standingLaw(tokens: readonly Token[], k: number): boolean {
  if (!/^(?:banned|prohibited)$/.test(tokens[k]!.key)) return false;
  const after = tokens.slice(k + 1, k + 8);
  const under = after.findIndex((t) => t.key === "under");
  return (
    /^(?:effectively|already|long|generally|strictly)$/.test(tokens[k - 1]?.key ?? "") ||
    (under >= 0 &&
      after
        .slice(under + 1)
        .some((t) => /^(?:law|laws|legislation|decree|constitution|convention|rules)$/.test(t.key)))
  );
}

const TIME_GAP =
  /^(?:the|following|next|previous|same|day|night|morning|evening|afternoon|week|last|earlier|later|had|have|has|also|reportedly|overnight|"|'|“|”)$/;

// Civilian places and people hit: "a strike on a market", "shelled residential areas, killing two".
const CIVILIAN_TARGET =
  /^(?:markets?|marketplace|bazaars?|tractors?|residential|apartments?|flats|high-rise|neighbou?rhoods?|homes?|houses?|hospitals?|clinic|schools?|mosques?|churches?|wedding|funeral|bakery|shops?|civilian|shepherds|farmers|villagers|displaced|refugee|refugees|idp|cars?|minibus|taxi|ambulance|bus|buses|passenger|trains?|commercial|lorr(?:y|ies)|traders?|tankers?|freighters?|vessels?|ships?|monaster(?:y|ies)|temples?|pagodas?|shelters?|tents?|localities|villages|hamlets|communities|settlements)$/;
/** "an air strike on a village in Maru": a village no name or holder tells of is its people. */
function anyVillage(tokens: readonly Token[], k: number, after: number): boolean {
  return (
    tokens[k]!.key === "village" &&
    /^(?:a|another)$/.test(tokens[k - 1]?.key ?? "") &&
    // The act's own object: "struck a village", "an air strike on a village" ("and had taken a village"
    // is another act's).
    (k - 1 === after || (k - 2 === after && /^(?:on|against)$/.test(tokens[k - 2]!.key))) &&
    !/^(?:of|called|named|held|controlled|used)$/.test(tokens[k + 1]?.key ?? "")
  );
}
const MILITARY_WORD =
  /^(?:army|military|police|militia|troop|soldiers'?|armoured|armored|convoy|surface|unmanned|naval|navy|patrol|landing|missile|coast-guard)$/;
const HARMED =
  /^(?:killing|killed|martyred|wounding|wounded|injuring|injured|including|dead|died|hurt|beheading|beheaded|executing|executed|massacring|massacred|abducting|abducted|kidnapping|kidnapped|shooting|raping|torturing)$/;

// "bombed Falam, damaging the town's hospital": a civilian place damaged is civilians harmed.
const DAMAGED = /^(?:damaging|damaged|destroying|destroyed|gutting|gutted|flattening|flattened)$/;

/** An actor the words imply without naming it ("a market" → civilians), anchored on token `k`. */
/** Words before "bodies" that take up the dead of an act already told: "their bodies", "the bodies were". */
const TOLD_DEAD = /^(?:their|his|her|its|these|those|the|both)$/;
/** Those whose bodies are no civilians' ("the bodies of 12 soldiers"). */
const FIGHTERS_DEAD =
  /^(?:soldiers?|troops|fighters?|militants?|rebels?|insurgents?|combatants?|gunmen|attackers|assailants|jihadists?|terrorists?|militiamen|servicemen|policemen|officers?)$/;

/**
 * "The bodies of six men were found on a dirt road", "motorists reported seven bodies dumped by the
 * road", "two farmers were found dead": people killed by someone the report cannot name, as ACLED codes a
 * find of bodies. Not "their bodies were found" (the dead of an act told before, its event), nor the bodies
 * of fighters, nor a find whose killers the sentence names (the act's own trigger codes it).
 */
function remainsFound(view: SentenceView, match: TriggerMatch): Roles | null {
  const { tokens } = view;
  const noun = tokens.findIndex(
    (k, i) =>
      i >= match.first - 1 && i <= match.last + SPLIT_REACH_WORDS && /^(?:bodies|corpses|body)$/.test(k.key),
  );
  if (noun >= 0) {
    const before = tokens[noun - 1]?.key ?? "";
    const counted =
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|hundreds|more|least)$/;
    const ofCount = tokens[noun + 1]?.key === "of" && counted.test(tokens[noun + 2]?.key ?? "");
    if (TOLD_DEAD.test(before) && !ofCount) return null;
    const whose = tokens.slice(noun + 1, noun + 5).find((k) => FIGHTERS_DEAD.test(k.key));
    if (whose && tokens[noun + 1]?.key === "of") return null;
  }
  if (view.actors.some((a) => a.actor.kind !== "civilians" && isParty(a.actor) && ARMED.has(a.actor.kind)))
    return null;
  // "17 people were found dead after a boat capsized": deaths no one inflicted.
  if (MISHAP.test(view.sentence.text)) return null;
  const victims = view.actors.find((a) => a.actor.kind === "civilians");
  return {
    a1s: [implied(UNIDENTIFIED, tokens, match.first, "actor/unnamed-killer")],
    a2s: [victims ?? implied(CIVILIANS, tokens, match.first, "actor/the-dead")],
    suffix: "",
  };
}
/** Deaths by accident, sea, weather or want. */
const MISHAP =
  /\b(?:capsiz\w*|drown\w*|shipwreck\w*|sank|sinking|accident\w*|crash\w*|collaps\w*|flood\w*|landslide\w*|heat|starv\w*|hunger|dehydrat\w*|disease|cholera|overdose|avalanche|earthquake|fire broke out)\b/i;
/** How far after a split trigger's head the word for the dead may stand ("found … bodies"). */
const SPLIT_REACH_WORDS = 8;

function implied(
  actor: ActorData,
  tokens: readonly Token[],
  k: number,
  rule: string,
  span: { readonly last: number; readonly text: string } = { last: k + 1, text: tokens[k]!.raw },
): ResolvedActor {
  const t = tokens[k]!;
  return {
    actor,
    text: span.text,
    mention: {
      first: k,
      last: span.last,
      start: t.start,
      end: tokens[span.last - 1]!.end,
      text: span.text,
      entries: [],
      head: null,
      rule,
    },
    bareCountry: null,
    rule,
  };
}

/** ", a faction of", ", a splinter group of", ", the armed wing of" right before a mention. */
function partOfAside(tokens: readonly Token[], first: number): boolean {
  const before = mapPacked(tokens.slice(Math.max(0, first - 6), first), (t) => t.key).join(" ");
  return /, (?:a|an|the|one) (?:\w+ )?(?:faction|splinter|splinter group|offshoot|branch|affiliate|wing|armed wing|unit|cell|part|member) of(?: the)?$/.test(
    before,
  );
}

/**
 * Whether a mention is the one telling the sentence at its end: after a comma and words that only describe
 * it ("a", "the", names, "regional"), before "said" or "told" (past "official", "administration").
 */
function tellerAtEnd(
  tokens: readonly Token[],
  mention: { readonly first: number; readonly last: number },
): boolean {
  let end = mention.last;
  while (end < mention.last + 2 && TELLER_NOUN.test(tokens[end]?.key ?? "")) end++;
  if (!SPEECH.has(tokens[end]?.key ?? "")) return false;
  for (let k = mention.first - 1; k >= Math.max(0, mention.first - 5); k--) {
    const t = tokens[k]!;
    if (t.key === ",") return true;
    if (
      !/^(?:a|an|the|one|regional|local|provincial|district|state|city|military|senior)$/.test(t.key) &&
      !/^\p{Lu}/u.test(t.raw)
    )
      return false;
  }
  return false;
}
const TELLER_NOUN =
  /^(?:official|officials|source|sources|spokesman|spokesperson|spokeswoman|officer|administration|office|ministry|command|service|statement)$/;

/** What may stand before the people an arrest names: "arrested (at least) 14 …", "detained a …". */
const CAPTIVE_LEAD =
  /^(?:a|an|the|at|least|some|about|around|more|than|over|nearly|almost|another|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|\d+)$/;
/** Where the people an arrest names end: a clause, a time, a place, a reason. */
const CAPTIVE_END =
  /^(?:is|are|was|were|has|have|had|will|would|did|do|does|who|whom|which|that|after|on|in|at|for|from|over|during|near|last|as|with|without|by|and|or|to|into|while|when|before|accused|suspected|charged|following|overnight|yesterday|today|early|late|earlier|later)$/;
/** Nouns for people held: "presenter", "members", "activist", "kingpin", "men". */
const CAPTIVE_PEOPLE =
  /^(?:\w+(?:er|or|ist|ian|ant|ent)s?|men|women|people|persons|staff|youths?|citizens?|nationals?|officials?|priests?|clerics?|chiefs?|kingpins?|children|boys|girls|relatives|brothers|sons|monks|nuns|imams?|pastors?|bishops?|sheikhs?|elders?|lawmakers?|mps|deputies|deputy|journalists?|activists?|suspects?|militants?|fighters?|soldiers?|villagers?|farmers?|traders?|students?|teachers?|doctors?|nurses?|workers?|employees?|guards?|colleagues?|refugees?|migrants?|opponents?|critics?|dissidents?|bloggers?)$/;
/** Things that end as people do ("computers", "documents", "equipment"). */
const CAPTIVE_THINGS =
  /^(?:computers?|papers?|containers?|headquarters|orders?|numbers?|letters?|posters?|banners?|cent(?:er|re)s?|shelters?|towers?|chambers?|quarters?|documents?|equipment|restaurants?|plants?|materials?|servers?|routers?|transmitters?|generators?|tankers?|trailers?|helicopters?|launchers?|monitors?|recorders?|motors?|tractors?|vectors?|sectors?|contents?|segments?|instruments?|apartments?|departments?|parliament|governments?|investments?|shipments?|consignments?|payments?)$/;
/** Time words that may stand between an arrest and the people it names: "arrested on Monday a …". */
const CAPTIVE_TIME =
  /^(?:on|early|late|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|morning|evening|afternoon|week|yesterday|also)$/;

/**
 * The people an active arrest or abduction names when no actor was found there: "arrested Idrissa Hamani,
 * editor of the weekly …", "detained a local radio presenter who had aired …", "arrested four suspected
 * facilitators". Up to six words, no pronoun, no actor inside; the number and article before them left out.
 */
function namedCaptives(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  if (
    isPassive(tokens, match.first) ||
    isNounUse(tokens, match.first, match.trigger) ||
    !tokens
      .slice(match.first, match.last)
      .some((t) => /(?:ed|^took|^held|^seized|^caught|^picked|^nabbed)$/.test(t.key))
  )
    return null;
  let k = match.last;
  while (k < tokens.length && CAPTIVE_TIME.test(tokens[k]!.key) && k < match.last + 4) k++;
  while (k < tokens.length && (CAPTIVE_LEAD.test(tokens[k]!.key) || isCountWord(tokens[k]!.key))) k++;
  const first = k;
  while (
    k < tokens.length &&
    k < first + 6 &&
    tokens[k]!.word &&
    (!CAPTIVE_END.test(tokens[k]!.key) || (k === first && /^(?:suspected|alleged)$/.test(tokens[k]!.key))) &&
    // "a European national working for an NGO": a participle starts a clause of its own.
    !(k > first && /ing$/.test(tokens[k]!.key)) &&
    !CALENDAR.test(tokens[k]!.key)
  )
    k++;
  if (
    k === first ||
    /^(?:him|her|them|it|us|me|you|himself|themselves|his|their|its|control|power)$/.test(tokens[first]!.key)
  )
    return null;
  if (view.actors.some((a) => a.mention.first < k && a.mention.last > first)) return null;
  // People: a name ("Hilda Urdaneta") or a noun for people ("a local radio presenter", "14 CNL members").
  const words = tokens.slice(first, k);
  // "two national staff of a partner NGO": the people are before "of".
  const of = words.findIndex((t, j) => j > 0 && t.key === "of");
  const head = words[(of > 0 ? of : words.length) - 1]!.key;
  const name = words.length >= 2 && words.every((t) => /^\p{Lu}/u.test(t.raw));
  if (!name && (!CAPTIVE_PEOPLE.test(head) || CAPTIVE_THINGS.test(head))) return null;
  const text = view.sentence.text.slice(
    tokens[first]!.start - view.sentence.start,
    tokens[k - 1]!.end - view.sentence.start,
  );
  const suspected = words.some((t) => /^(?:suspected|alleged)$/.test(t.key));
  return implied(suspected ? SUSPECTS : CIVILIANS, tokens, first, "actor/named-captives", { last: k, text });
}

/**
 * The people a passive arrest names by their names alone, opening the sentence: "Artur K. was arrested in
 * Bayreuth", "Dmytro L. and Yevhen M. were arrested in Dortmund" (names, initials, "and").
 */
function passiveNamedCaptives(view: SentenceView, match: TriggerMatch): ResolvedActor[] {
  const { tokens } = view;
  let end = match.first - 1;
  while (end >= 0 && VICTIM_AUX.test(tokens[end]!.key)) end--;
  if (end === match.first - 1) return [];
  const start = datelineEnd(tokens) + 1;
  if (end < start + 1) return [];
  let names = 0;
  for (let k = start; k <= end; k++) {
    const t = tokens[k]!;
    const initial = t.raw === "." && /^\p{Lu}$/u.test(tokens[k - 1]?.raw ?? "");
    if (/^\p{Lu}/u.test(t.raw) && t.word) names++;
    else if (!initial && t.key !== "and" && t.key !== ",") return [];
  }
  if (names < 2) return [];
  const text = view.sentence.text.slice(
    tokens[start]!.start - view.sentence.start,
    tokens[end]!.end - view.sentence.start,
  );
  return [implied(CIVILIANS, tokens, start, "actor/named-captives", { last: end + 1, text })];
}

/** Words between a passive's subject and its participle: "were (reportedly) shot", "have been shot". */
const VICTIM_AUX = /^(?:was|were|been|has|have|had|reportedly|allegedly|also|later|then)$/;
/**
 * The subject of a passive participle at `at` ("Two civilians were shot dead"): the mention right before its
 * auxiliary.
 */
function passiveSubject(view: SentenceView, at: number): ResolvedActor | null {
  const { tokens } = view;
  return (
    view.actors.find((a) => {
      const between = tokens.slice(a.mention.last, at);
      return (
        between.length > 0 &&
        between.length <= 3 &&
        between.some((k) => /^(?:was|were|been)$/.test(k.key)) &&
        between.every((k) => VICTIM_AUX.test(k.key)) &&
        a.actor.kind !== "unidentified"
      );
    }) ?? null
  );
}

/** The ones a protest broken up was held by: "broke up a sit-in by the BYC", "a march by opposition supporters". */
function protestBy(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 4); k++) {
    if (tokens[k]!.key !== "by") continue;
    return namedAfter(view, k, (a) => !STATE_KINDS.has(a.actor.kind) && a.actor.kind !== "unidentified");
  }
  return null;
}

/**
 * Whether the sentence names an armed party other than the victims (who may be the killers). (The
 * dateline's country, "NAIROBI, Kenya —", is where the story was filed, no party in it.)
 */
function othersAct(view: SentenceView, roles: Roles): boolean {
  const dateline = datelineEnd(view.tokens);
  return view.actors.some(
    (a) =>
      a.mention.first > dateline &&
      isParty(a.actor) &&
      !roles.a2s.some((v) => v.actor.id === a.actor.id) &&
      a.actor.kind !== "civilians",
  );
}

/** The ones told as killed or hurt in the attack that is the trigger ("were killed in an attack on"). */
function killedIn(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  // ("have been killed in the fighting": the war told before, or fighting between sides, is no one attack.)
  if (/^(?:fighting|clashes|clash|violence|battles?|combat|hostilities|war)$/.test(tokens[match.first]!.key))
    return null;
  let k = match.first - 1;
  while (k > match.first - 3 && !/^(?:a|an)$/.test(tokens[k]?.key ?? "")) k--;
  if (!/^(?:a|an)$/.test(tokens[k]?.key ?? "") || tokens[k - 1]?.key !== "in") return null;
  k--;
  const hurt = k - 1;
  if (!/^(?:killed|wounded|injured|martyred|hurt)$/.test(tokens[hurt]?.key ?? "")) return null;
  return passiveSubject(view, hurt);
}

/** "X were killed when/after Y attacked": X, named before the act, when X is not `author` (an actor id). */
function killedBefore(view: SentenceView, match: TriggerMatch, author: string | null): ResolvedActor | null {
  const { tokens } = view;
  // ("were killed when the RSF and its ally, the SPLM-N faction led by …, shelled": the subject may be long.)
  const from = Math.max(0, match.first - 20);
  const when = tokens.slice(from, match.first).findIndex((t) => t.key === "when" || t.key === "after");
  if (when < 0) return null;
  const at = from + when;
  return (
    view.actors.find(
      (a) =>
        a.mention.last <= at &&
        a.actor.id !== author &&
        /^(?:were|was)$/.test(tokens[a.mention.last]?.key ?? "") &&
        /^(?:killed|wounded|injured|martyred)$/.test(tokens[a.mention.last + 1]?.key ?? ""),
    ) ?? null
  );
}

/** The civilians an attack hit, when the sentence says so and names no armed target. */
const ANY = /^(?:any|every|anyone|anybody|whoever|everyone)$/;
const THREATENED =
  /^(?:vehicles?|vessels?|ships?|boats?|trucks?|compan(?:y|ies)|drivers?|transporters?|one|person|persons|civilians?|traders?|travellers?|travelers?|residents?|journalists?|voters?|businesses|shops?)$/;

/** Where a threat's content names civilians ("any vehicle", "anyone", "whoever"), after `from`; or -1. */
const THREATENED_ACT =
  /^(?:attack|strike|target|kill|hit|bomb|shell|storm|burn|destroy|abduct|kidnap|punish|arrest)$/;

/** Pronouns a speaker says its own coming act with: "told villagers they would return". */
const TOLD_SUBJECT = /^(?:they|we|he|it)$/;
/**
 * Those a speaker told of violence it would do: "told villagers (that) they would (return and) kill…",
 * "telling residents it will burn…" (the mention between the verb of telling and the subject).
 */
function toldThreat(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  let k = match.first - 1;
  // ("would return and kill", "will come back and burn": the act after the speakers' return.)
  if (tokens[k]?.key === "and" && /^(?:return|come|be)$/.test(tokens[k - 1]?.key ?? "")) {
    k -= 2;
    if (tokens[k]?.key === "back") k--;
  }
  if (!/^(?:would|will)$/.test(tokens[k]?.key ?? "")) return null;
  if (!TOLD_SUBJECT.test(tokens[k - 1]?.key ?? "")) return null;
  let told = k - 2;
  if (tokens[told]?.key === "that") told--;
  const addressee = view.actors.find((a) => a.mention.last === told + 1);
  if (!addressee) return null;
  // ("told the villagers they would…": an article may stand before those told.)
  let at = addressee.mention.first - 1;
  if (/^(?:the|all)$/.test(tokens[at]?.key ?? "")) at--;
  return /^(?:told|tell|tells|telling|informed|warned)$/.test(tokens[at]?.key ?? "") ? addressee : null;
}

/** "threatened to attack police officers": the party right after the infinitive's verb. */
function threatenedObject(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  const to = match.last;
  if (tokens[to]?.key !== "to" || !THREATENED_ACT.test(tokens[to + 1]?.key ?? "")) return null;
  const at = tokens[to + 2]?.key === "the" ? to + 3 : to + 2;
  // ("the hostages" may hold its article.)
  const object = view.actors.find((a) => a.mention.first === at || a.mention.first === to + 2);
  return object && object.actor.id !== a1.actor.id ? object : null;
}

/** A rioter's or a protester's act, told right after "anyone", "whoever" (within a few words). */
const UNRULY =
  /^(?:police stations?|property|shops|loot|loots|looting|looters|riot|riots|rioting|protests?|protesting|protesters|demonstrations?|demonstrating|block|blocks|blocking|barricades?|blockades?|roadblocks?|unrest|chaos|disorder|sit-ins?)$/;
function unrulyAct(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === "." || /^(?:will|would|shall|must)$/.test(key)) return false;
    if (UNRULY.test(key) || UNRULY.test(`${key} ${tokens[k + 1]?.key ?? ""}`)) return true;
  }
  return false;
}

function threatenedCivilians(tokens: readonly Token[], from: number): number {
  for (let k = from; k < Math.min(tokens.length, from + 14); k++) {
    const key = tokens[k]!.key;
    if (key === ";") return -1;
    if (/^(?:anyone|anybody|whoever|everyone)$/.test(key)) return k;
    if (ANY.test(key) && THREATENED.test(tokens[k + 1]?.key ?? "")) return k + 1;
    // "warned transporters against any collaboration": the ones warned, right after the verb.
    if (k === from && /s$/.test(key) && THREATENED.test(key)) return k;
  }
  return -1;
}

/** "attacks on any ship belonging to…" before the threat's verb: where the civilians threatened are, or -1. */
function threatenedBefore(tokens: readonly Token[], before: number): number {
  for (let k = Math.max(0, before - 30); k < before - 2; k++) {
    if (!/^(?:attacks?|strikes?)$/.test(tokens[k]!.key) || tokens[k + 1]?.key !== "on") continue;
    // (Past a quotation mark: attacks on "any ship…".)
    const any = tokens[k + 2]?.word ? k + 2 : k + 3;
    if (ANY.test(tokens[any]?.key ?? "") && THREATENED.test(tokens[any + 1]?.key ?? "")) return any + 1;
  }
  return -1;
}

/** The party named after "clashes with", "fighting against" in the sentence, if on the other side of `a1`. */
function clashPartner(view: SentenceView, a1: ResolvedActor, context: RoleContext): ResolvedActor | null {
  const { tokens } = view;
  for (const t of view.triggers) {
    if (t.trigger.frame !== "clash") continue;
    const prep = tokens[t.last]?.key;
    if (prep !== "with" && prep !== "against") continue;
    const at = tokens[t.last + 1]?.key === "the" ? t.last + 2 : t.last + 1;
    // ("the army" may hold its article.)
    const partner = view.actors.find((a) => a.mention.first === at || a.mention.first === t.last + 1);
    if (
      partner &&
      // ("fighting with the army": a state's forces named by their common name are named too.)
      (partner.mention.entries.some((e) => e.kind !== "generic") || partner.actor.kind === "military") &&
      partner.actor.id !== a1.actor.id &&
      isParty(partner.actor) &&
      !context.sameSide(partner.actor, a1.actor)
    )
      return partner;
  }
  return null;
}

/**
 * The captors the sentence names before a release ("a photojournalist detained by troops … was released"),
 * or unnamed ones when it tells of a kidnapping without them ("employees who were abducted two weeks ago
 * … were released"), with the ones they took; null when it tells of no capture.
 */
function capturedBefore(
  view: SentenceView,
  release: number,
): { readonly captor: ResolvedActor; readonly captive: ResolvedActor | undefined } | null {
  const { tokens } = view;
  for (let k = release - 1; k >= 0; k--) {
    const key = tokens[k]!.key;
    const kidnap = /^(?:abducted|kidnapped|kidnaped)$/.test(key);
    if (!kidnap && !/^(?:detained|arrested|held|seized|captured)$/.test(key)) continue;
    const by = tokens[k + 1]?.key === "by" ? k + 1 : -1;
    const agent =
      by < 0 ? undefined : view.actors.find((a) => a.mention.first > by && a.mention.first <= by + 2);
    const captor = agent ?? (kidnap ? implied(UNIDENTIFIED, tokens, k, "actor/unnamed-captors") : null);
    // "A photojournalist detained by troops", "employees who were abducted": the ones taken.
    const captive = view.actors.findLast((a) => a.mention.last <= k && a.actor.kind === "civilians");
    return captor ? { captor, captive } : null;
  }
  return null;
}

/** Whether the word before `at` is a verb's, as far as a word can tell: "drove their tractors". */
function afterVerb(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return (
    prev !== undefined &&
    prev.word &&
    /^\p{Ll}/u.test(prev.raw) &&
    /(?:ed|ove|ook|ew|ought|ung|ang|ade|ent|eft|ave|ore|ose|ut|et|ept)$/.test(prev.key) &&
    !/^(?:and|but|or|that|while|when|because|before|after|of|with|by|for|from|into|onto|under|over|meanwhile)$/.test(
      prev.key,
    )
  );
}

/**
 * Whether token `at` stands inside brackets that close before `end` and tell a clause of their own ("(the
 * organisers said 100,000)"; a name's short form in brackets, "(Komnas HAM)", is the name).
 */
function inBrackets(tokens: readonly Token[], at: number, end: number): boolean {
  const open = tokens.slice(0, at).findLastIndex((t) => t.raw === "(" || t.raw === ")");
  if (open < 0 || tokens[open]!.raw !== "(") return false;
  const close = tokens.slice(at, end).findIndex((t) => t.raw === ")");
  return close >= 0 && tokens.slice(open + 1, at + close).some((t) => SPEECH.has(t.key));
}

/** The key `n` words before token `at`, an article just before it skipped ("of the RSF" → "of"). */
function keyBefore(tokens: readonly Token[], at: number, n = 1): string {
  return tokens[at - n - (tokens[at - 1]?.key === "the" ? 1 : 0)]?.key ?? "";
}

/**
 * Whether a trigger follows another (one `other` accepts) within `reach` words, joined by `link`:
 * "killed by artillery shelling" ("by"), "intercepted and destroyed" ("and").
 */
function joinedTo(
  view: SentenceView,
  match: TriggerMatch,
  reach: number,
  link: string,
  other: (o: TriggerMatch) => boolean,
): boolean {
  return view.triggers.some(
    (o) =>
      o !== match &&
      o.last <= match.first &&
      match.first - o.last <= reach &&
      other(o) &&
      view.tokens.slice(o.last, match.first).some((k) => k.key === link),
  );
}

// Places people are taken from or at, that the dictionaries read as civilians' ("at their homes").
const CAPTURE_PLACE =
  /^(?:homes?|houses?|residences?|markets?|camps?|schools?|hospitals?|mosques?|churches?|villages?|shops?|offices?)$/;

/** Whether a civilians' mention is a place after "at", "in", "near", "from" or "outside" ("at their homes"). */
function placeOfCapture(tokens: readonly Token[], a: ResolvedActor): boolean {
  if (!CAPTURE_PLACE.test(tokens[a.mention.last - 1]?.key ?? "")) return false;
  let k = a.mention.first - 1;
  if (/^(?:the|a|an|their|his|her|its|our)$/.test(tokens[k]?.key ?? "")) k--;
  return /^(?:at|in|near|from|outside|inside|around)$/.test(tokens[k]?.key ?? "");
}

/** Whether a mention is the victims of an act named after a trigger ("the bombardment of civilian areas"). */
function victimsOfActNamed(tokens: readonly Token[], match: TriggerMatch, a: ResolvedActor): boolean {
  const between = tokens.slice(match.last, a.mention.first);
  return (
    between.length <= 6 &&
    between.some(
      (t, j) => CONDEMNED_ACT.test(t.key) && /^(?:of|on|against|targeting)$/.test(between[j + 1]?.key ?? ""),
    )
  );
}

/** The agent of a proposal named after an act ("the ceasefire proposed by European leaders"), if any. */
function proposerAfter(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length - 1, match.last + 10); k++) {
    if (BOUNDARY.has(tokens[k]!.key)) return null;
    if (!PROPOSED.test(tokens[k]!.key)) continue;
    const by = tokens[k + 1]?.key === "by" ? k + 1 : tokens[k + 2]?.key === "by" ? k + 2 : -1;
    if (by < 0) continue;
    return view.actors.find((a) => a.mention.first > by && a.mention.first <= by + 2) ?? null;
  }
  return null;
}

const PROPOSED = /^(?:proposed|offered|put|drafted|brokered|suggested|presented|tabled|submitted|floated)$/;

/** Whether a mention is the one whose release is asked: "the councillor's release", "the release of the hostages". */
function releaseOf(tokens: readonly Token[], a: ResolvedActor): boolean {
  const after = wordsOf(tokens, { first: a.mention.last, last: a.mention.last + 4 });
  if (/^' s (?:(?:immediate|unconditional|safe) )?release\b/.test(after)) return true;
  let k = a.mention.first - 1;
  // ("the release of the abducted villagers": the captives' state may stand before them.)
  if (
    /^(?:abducted|kidnapped|detained|captured|remaining|missing|held|arrested|jailed|imprisoned)$/.test(
      tokens[k]?.key ?? "",
    )
  )
    k--;
  if (/^(?:the|all|its|their)$/.test(tokens[k]?.key ?? "")) k--;
  return tokens[k]?.key === "of" && /^(?:release|freedom|return)$/.test(tokens[k - 1]?.key ?? "");
}

/**
 * "Dozens of settlers raided the village of al-Mughayyir", "gunmen attacked a village near Bokkos": a
 * village a militia or an unnamed armed group falls on is its people (the state's raids may seek fighters).
 */
function villageRaided(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  if (a1.actor.kind !== "militia" && a1.actor.kind !== "unidentified") return null;
  const at = /^(?:the|a)$/.test(tokens[match.last]?.key ?? "") ? match.last + 1 : match.last;
  const key = tokens[at]?.key ?? "";
  // "Bandits raided Kairu": a village named, no town's seat or capital, with no force named beside it.
  // (A raid, on a place too small to be a town: "attack Nasir" may mean its garrison.)
  const raid = /^(?:raided|raid|raiding|raids|stormed|storming|invaded)$/.test(
    tokens[match.first]?.key ?? "",
  );
  const village = raid
    ? view.places.findIndex((p, i) => view.placeTokens[i] === at && p.feature === "P.PPL")
    : -1;
  const dateline = datelineEnd(tokens);
  if (village >= 0 && !view.actors.some((a) => STATE_KINDS.has(a.actor.kind) && a.mention.first > dateline))
    return implied(CIVILIANS, tokens, at, "actor/village-raided");
  if (!/^(?:village|hamlet|community|settlement)$/.test(key)) return null;
  if (/^(?:held|controlled|occupied)$/.test(tokens[at + 1]?.key ?? "")) return null;
  return implied(CIVILIANS, tokens, at, "actor/village-raided");
}

/** The force a convoy hit right after the act is "escorted by" ("a convoy of fuel tankers escorted by the army"). */
function escortOf(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length - 1, match.last + 12); k++) {
    if (BOUNDARY.has(tokens[k]!.key)) return null;
    if (!/^(?:escorted|guarded|protected)$/.test(tokens[k]!.key) || tokens[k + 1]?.key !== "by") continue;
    return (
      view.actors.find(
        (a) =>
          a.mention.first > k + 1 &&
          a.mention.first - k <= 4 &&
          (STATE_KINDS.has(a.actor.kind) || isParty(a.actor) || a.actor.kind === "international"),
      ) ?? null
    );
  }
  return null;
}

/** A protest the subject holds: a verb of protest, or "staged", "held", "organised" before its noun. */
function heldProtest(tokens: readonly Token[], at: number): boolean {
  // ("staged a protest", "held a rally": the light verb inside the trigger's own words.)
  if (/^(?:protested|marched|demonstrated|rallied|picketed|staged|held)$/.test(tokens[at]!.key)) return true;
  // ("staged a brief flash procession": past an article and an adjective or two.)
  let before = at - 1;
  while (
    before > at - 4 &&
    /^(?:a|an|the|brief|short|small|large|peaceful|silent|spontaneous|new|mass|huge)$/.test(
      tokens[before]?.key ?? "",
    )
  )
    before--;
  return /^(?:staged|held|organised|organized|led|mounted|staging|holding)$/.test(tokens[before]?.key ?? "");
}

/** Whether a sum of money follows a demand: "500 US dollars", "₦50 million", "$20,000", "N100m". */
function sumDemanded(tokens: readonly Token[], at: number): boolean {
  const near = mapPacked(tokens.slice(at, at + 5), (t) => t.raw).join(" ");
  return /^(?:a |an )?(?:[$₦€£]|N\d|\d[\d,.]*\s*(?:US )?(?:dollars|naira|euros|pounds|shillings|francs|rupees|afghanis)|(?:US|USD) ?\d)/i.test(
    near,
  );
}

/** What an armed group extorts, not asks for: "demanding money", "demanded a ransom". */
const EXTORTED = /^(?:money|ransom|ransoms|payment|payments|cash|bribes|levies|fees)$/;

/** Whether the defenders are told to kill right after repelling: ", killing three of them", "and killed 40". */
function killedBack(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 20); k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === ".") return false;
    if (
      /^(?:killing|killed|neutralising|neutralizing|neutralised|neutralized)$/.test(key) &&
      /^(?:,|and)$/.test(tokens[k - 1]?.key ?? "")
    )
      return true;
  }
  return false;
}

/** The armed party whose people a participle after the act kills: ", killing two members of the YBS". */
function partyKilledAfter(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 30); k++) {
    if (!/^(?:killing|wounding|injuring)$/.test(tokens[k]!.key) || tokens[k - 1]?.key !== ",") continue;
    const party = view.actors.find(
      (a) =>
        a.mention.first > k &&
        a.mention.first - k <= 6 &&
        a.actor.id !== a1.actor.id &&
        isParty(a.actor) &&
        a.actor.kind !== "civilians" &&
        // ("wounding two of them", "four of them children": the ones just told, not a party named.)
        !a.rule.startsWith("ref/pronoun") &&
        !boundaryBetween(tokens, k + 1, a.mention.first) &&
        // ("killing one person, the Lebanese health ministry said": the source, after a comma.)
        !tokens.slice(k + 1, a.mention.first).some((t) => t.key === ",") &&
        !SPEECH.has(tokens[a.mention.last]?.key ?? ""),
    );
    return party ?? null;
  }
  return null;
}

/**
 * "Mukhtar al-Jaali, the SSA's deputy head, was killed … when unidentified gunmen opened fire on his car":
 * the party of the one killed, named before "was killed … when" and the act that killed him.
 */
function partyKilledWhen(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  let when = match.first - 1;
  while (when > 0 && match.first - when <= 6 && tokens[when]!.key !== "when") when--;
  if (tokens[when]?.key !== "when") return null;
  let killed = -1;
  for (let k = when - 1; k > 0; k--)
    if (
      /^(?:killed|wounded|injured|shot|assassinated)$/.test(tokens[k]!.key) &&
      /^(?:was|were)$/.test(tokens[k - 1]!.key)
    ) {
      killed = k;
      break;
    }
  if (killed < 0 || tokens.slice(0, killed).some((t) => SPEECH.has(t.key))) return null;
  // The one killed is the party's man: "the SSA's deputy head", "two members of the SDF".
  return (
    view.actors.find(
      (a) =>
        a.mention.last <= killed - 1 &&
        (tokens[a.mention.last]?.raw === "'" || keyBefore(tokens, a.mention.first) === "of") &&
        a.actor.id !== a1.actor.id &&
        isParty(a.actor) &&
        a.actor.kind !== "civilians" &&
        a.actor.kind !== "unidentified",
    ) ?? null
  );
}

function civilianVictims(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens } = view;
  const harmed = view.actors.find(
    (a) =>
      a.actor.kind === "civilians" &&
      a.mention.first >= match.last &&
      // "repelled an attack on Magami and rescued 9 kidnapped travellers": the ones freed are no victims.
      !tokens
        .slice(match.last, a.mention.first)
        .some((t) => /^(?:rescued|freed|released|liberated)$/.test(t.key)) &&
      (tokens
        .slice(Math.max(match.last, a.mention.first - 4), a.mention.last + 3)
        .some((t) => HARMED.test(t.key)) ||
        // ("damaging the town's hospital": the owner's words between.)
        tokens
          .slice(Math.max(match.last, a.mention.first - 6), a.mention.last + 3)
          .some((t) => DAMAGED.test(t.key))),
  );
  if (harmed) return harmed;
  // ("hit Khan Younis and Deir al-Balah, killing at least 11 Palestinians": the dead counted a little further.)
  for (let k = match.last; k < Math.min(tokens.length, match.last + 14); k++) {
    const t = tokens[k]!;
    if (BOUNDARY.has(t.key)) break;
    const near = k < match.last + 8;
    // "villages held by HTS" are the holder's, not civilians.
    // "an operation in the Socio Vivienda neighbourhood": where it was, not what it hit.
    if (
      near &&
      (CIVILIAN_TARGET.test(t.key) || anyVillage(tokens, k, match.last)) &&
      !MILITARY_WORD.test(tokens[k - 1]?.key ?? "") &&
      !/^(?:held|controlled|occupied|under)$/.test(tokens[k + 1]?.key ?? "") &&
      !tokens.slice(Math.max(match.last, k - 4), k).some((x) => /^(?:in|inside|through|across)$/.test(x.key))
    )
      return implied(CIVILIANS, tokens, k, "actor/civilian-target");
    // "another strike near Nabatieh killed two": a bare count of dead, as a ministry of health gives it.
    if (
      near &&
      KILLED.test(t.key) &&
      isCountWord(tokens[k + 1]?.key ?? "") &&
      /^(?:,|\.|;|and|$)/.test(tokens[k + 2]?.key ?? "")
    )
      return implied(CIVILIANS, tokens, k + 1, "actor/counted-dead");
    // "killed at least 30 Palestinians": a count of a nation's people, with no armed head after it.
    if (
      isCountWord(t.key) &&
      NATION_PLURAL.test(tokens[k + 1]?.raw ?? "") &&
      !view.actors.some((a) => a.mention.first <= k + 1 && a.mention.last > k + 1) &&
      tokens.slice(Math.max(match.first, k - 4), k).some((x) => KILLED.test(x.key))
    )
      return implied(CIVILIANS, tokens, k + 1, "actor/counted-nationals");
  }
  // "at least nine civilians were killed on Saturday night in an attack attributed to ADF rebels": the
  // civilians the passive main clause says were harmed in the attack named after it.
  if (
    /^(?:in|during)$/.test(tokens[match.first - 2]?.key ?? "") ||
    /^(?:in|during)$/.test(tokens[match.first - 1]?.key ?? "")
  )
    return (
      view.actors.find(
        (a) =>
          a.actor.kind === "civilians" &&
          a.mention.last <= match.first &&
          /^(?:were|was)$/.test(tokens[a.mention.last]?.key ?? "") &&
          HARMED.test(tokens[a.mention.last + 1]?.key ?? ""),
      ) ?? null
    );
  // "at least seven civilians, among them three children, were killed when government aircraft bombed
  // Nasir": the civilians harmed in the main clause are the victims of the act the "when" clause tells.
  let when = match.first - 1;
  while (when > match.first - 7 && when > 0 && tokens[when]!.key !== "when") when--;
  if (tokens[when]?.key === "when")
    return (
      view.actors.find(
        (a) =>
          a.actor.kind === "civilians" &&
          a.mention.last <= when &&
          tokens
            .slice(a.mention.last, when)
            .some((x, i, all) => /^(?:were|was)$/.test(x.key) && HARMED.test(all[i + 1]?.key ?? "")),
      ) ?? null
    );
  return null;
}
/** "detained 11 wanted Palestinians": a count of a nation's people right after an arrest, as civilians. */
function nationalsHeld(tokens: readonly Token[], match: TriggerMatch): ResolvedActor | null {
  if (
    !/^(?:arrested|detained|arresting|detaining|rounded|abducted|kidnapped|seized)$/.test(
      tokens[match.first]!.key,
    )
  )
    return null;
  let k = match.last;
  if (tokens[k]?.key === "up") k++;
  if (!isCountWord(tokens[k]?.key ?? "")) return null;
  k++;
  // ("arrested twenty-two wanted Palestinians": a count written with a hyphen.)
  if (tokens[k]?.raw === "-" && isCountWord(tokens[k + 1]?.key ?? "")) k += 2;
  while (
    k < match.last + 5 &&
    /^(?:wanted|suspected|young|more|other|undocumented)$/.test(tokens[k]?.key ?? "")
  )
    k++;
  return NATION_PLURAL.test(tokens[k]?.raw ?? "")
    ? implied(CIVILIANS, tokens, k, "actor/counted-nationals")
    : null;
}

/** A people named by its demonym in the plural: "Palestinians", "Iraqis", "Sudanese". */
const NATION_PLURAL = /^[A-Z][a-z]+(?:ians|ans|is|ese)$/;

const KILLED = /^(?:killed|killing|wounded|wounding|injured|injuring|martyred)$/;

// Verbs whose complement is the content of a speech act, not an event: a demand, a threat, a refusal.
export const GOVERNING: ReadonlySet<string> = new Set(["REQUEST", "THREATEN", "REJECT", "ACCUSE"]);

/** Whether the clause after an act names its day and its dead ("… near Sake on Sunday, killing four civilians"). */
export function toldInFull(tokens: readonly Token[], from: number): boolean {
  let day = false;
  for (let k = from; k < Math.min(tokens.length, from + 20); k++) {
    const key = tokens[k]!.key;
    if (key === ";" || key === ".") break;
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight)$/.test(key))
      day = true;
    if (day && key === "," && /^(?:killing|wounding|injuring)$/.test(tokens[k + 1]?.key ?? "")) return true;
  }
  return false;
}
/** "gave the SAF troops in El Fasher 72 hours to surrender": an ultimatum's deadline before its demand. */
function deadlineGiven(tokens: readonly Token[], from: number, to: number): boolean {
  return (
    /^(?:gave|given|giving|gives)$/.test(tokens[from]?.key ?? "") &&
    /^(?:hours|days|weeks)$/.test(tokens[to - 2]?.key ?? "") &&
    tokens[to - 1]?.key === "to"
  );
}

/** Verbs whose complement names its own actors: the one asked, the one accused ("accused Rwanda of sending troops to fight"). */
const OBJECT_COMPLEMENT: ReadonlySet<string> = new Set(["REQUEST", "ACCUSE"]);

/**
 * Whether a trigger is the complement of a demand, threat or refusal before it in its clause:
 * "demanded that Ankara withdraw", "urged both sides to agree to a truce", "refused to withdraw".
 * A threat's or refusal's complement has no new subject ("warned that Azerbaijan could attack" is a
 * warning about another party's act, which stays an event).
 */
function complementOf(view: SentenceView, match: TriggerMatch): boolean {
  const { tokens } = view;
  for (const g of view.triggers) {
    if (
      g === match ||
      !GOVERNING.has(g.trigger.type) ||
      g.last > match.first ||
      // "called on the United States and France, which brokered the truce, to press Israel…".
      match.first - g.last >
        (OBJECT_COMPLEMENT.has(g.trigger.type) || deadlineGiven(tokens, g.first, match.first) ? 18 : 8)
    )
      continue;
    // "Sedena denied accusations by lime pickers that soldiers had fired on a truck": what a denied
    // accusation says is the act denied, an event of its own (negated by the denial).
    if (g.trigger.type === "ACCUSE" && deniedNoun(tokens, g.first)) continue;
    // "called for a nationwide shutdown": the protest called is an event of its own (planned).
    if (match.trigger.type === "PROTEST" && g.trigger.type === "REQUEST" && callsProtest(view, g)) continue;
    if (g.trigger.type === "ACCUSE" && referredTo(tokens, g.first, "ACCUSE")) continue;
    const between = mapPacked(tokens.slice(g.last, match.first), (t) => t.key);
    // "to press Israel": the trigger's own "to" opens the complement.
    const opens = tokens[match.first]?.key === "to" && match.last - match.first > 1;
    const opener = (k: string): boolean =>
      k === "to" || k === "that" || k === "for" || (k === "of" && g.trigger.type === "ACCUSE");
    if (!opens && !between.some(opener)) continue;
    // "threatened to halt the exchange, accusing Hamas of violating the deal": a participle after a comma
    // tells the subject's act of its own, beside the demand or threat.
    if (
      match.trigger.type === "ACCUSE" &&
      tokens[match.first - 1]?.key === "," &&
      /ing$/.test(tokens[match.first]!.key) &&
      between.length > 2
    )
      continue;
    if (
      between.some(
        (k) => k === ";" || k === "but" || k === "while" || (k === "and" && g.trigger.type !== "REQUEST"),
      )
    )
      continue;
    // "called on all parties to protect civilians and urged M23 to withdraw": a second appeal, not the first's content.
    if (
      match.trigger.type === g.trigger.type &&
      OBJECT_COMPLEMENT.has(g.trigger.type) &&
      tokens[match.first - 1]?.key === "and"
    )
      continue;
    // "accused the Malian army of …, called on the United Nations to investigate and vowed to respond":
    // a finite verb after a comma or "and" is the subject's next act, no part of the complement.
    if (
      /^(?:,|and)$/.test(tokens[match.first - 1]?.key ?? "") &&
      match.trigger.type !== g.trigger.type &&
      /^[a-z]+ed$/.test(tokens[match.first]?.key ?? "") &&
      !(tokens[match.first - 1]?.key === "and" && g.trigger.type === "REQUEST" && between.includes("that"))
    )
      continue;
    // "accused the army of carrying out drone strikes on two villages near Sake on Sunday, killing four
    // civilians": an act told with its day or its dead is an event the accusation reports.
    if (g.trigger.type === "ACCUSE" && between.includes("of") && toldInFull(tokens, match.last)) continue;
    const newSubject = view.actors.some((a) => a.mention.first >= g.last && a.mention.last <= match.first);
    // "relatives denounced that armed men took the social leader from his house": a clause with its own
    // subject tells the act, as "said that" does ("accused the army of shelling" names it only).
    if (g.trigger.type === "ACCUSE" && newSubject && between[0] === "that") continue;
    // "warned the remaining extremists to surrender within fifteen days": an ultimatum's demand.
    const ultimatum = g.trigger.type === "THREATEN" && between.includes("to") && !between.includes("that");
    if (OBJECT_COMPLEMENT.has(g.trigger.type) || !newSubject || ultimatum) return true;
  }
  return false;
}

/** Verbs of telling, whose object may be followed by what it was told ("told villagers they would…"). */
const TOLD =
  /^(?:told|tell|tells|telling|warned|warning|warns|informed|assured|reminded|ordered|promised|notified|urged|asked)$/;
/** Words ending in s that may stand before a subject pronoun (verbs, adverbs, conjunctions), no plural nouns. */
const NOT_PLURAL =
  /^(?:says|was|has|is|as|its|his|hers|this|thus|always|perhaps|besides|unless|whereas|towards|afterwards|sometimes|nevertheless|nonetheless|sources|officials|residents|witnesses|reports|minutes|hours|days|weeks|months|years)$/;

/**
 * A pronoun that opens a clause of a noun without "that" ("the shells they need", "the positions he
 * held"): the noun's, no subject of the sentence's verbs.
 */
function inContactClause(tokens: readonly Token[], a: ResolvedActor): boolean {
  if (a.mention.last - a.mention.first !== 1 || !/^(?:they|he|she|we)$/.test(tokens[a.mention.first]!.key))
    return false;
  const before = tokens[a.mention.first - 1];
  // ("told villagers they would return": those told, then what they were told.)
  return (
    before !== undefined &&
    /^[a-z]{4,}s$/.test(before.raw) &&
    !NOT_PLURAL.test(before.key) &&
    !TOLD.test(tokens[a.mention.first - 2]?.key ?? "") &&
    !TOLD.test(tokens[a.mention.first - 3]?.key ?? "")
  );
}

/**
 * "The Three Brotherhood Alliance, of which the TNLA is a member, condemned the strike": a name inside an
 * aside that opens with a relative pronoun after a comma, and closes with a comma before the verb, is no
 * subject of the verb.
 */
function inRelativeAside(tokens: readonly Token[], a: ResolvedActor, verb: number): boolean {
  let open = -1;
  for (let k = a.mention.first - 1; k >= Math.max(1, a.mention.first - 4); k--) {
    if (/^(?:which|whom|whose|who)$/.test(tokens[k]!.key)) {
      const before = /^(?:of|in|to|with|for)$/.test(tokens[k - 1]?.key ?? "") ? k - 2 : k - 1;
      if (tokens[before]?.key === ",") open = before;
      break;
    }
    if (tokens[k]!.key === "," || BOUNDARY.has(tokens[k]!.key)) return false;
  }
  if (open < 0) return false;
  for (let k = a.mention.last; k < verb; k++) {
    if (tokens[k]!.key === ",") return true;
    if (BOUNDARY.has(tokens[k]!.key)) return false;
  }
  return false;
}

/** Whether "into the sea", "into the East Sea", "into waters" follows a weapon fired, within its clause. */
function intoTheSea(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 14); k++) {
    const key = tokens[k]!.key;
    if (key === "," || key === ";" || key === "killing" || key === "hitting") return false;
    if (key !== "into") continue;
    const next = tokens[k + 1]!.key === "the" ? k + 2 : k + 1;
    for (let j = next; j <= next + 2 && j < tokens.length; j++)
      if (/^(?:sea|waters|ocean)$/.test(tokens[j]!.key)) return true;
    return false;
  }
  return false;
}

/** Two actors of one state's government, forces or police (or the same actor). */
function sameState(a: ActorData, b: ActorData): boolean {
  return (
    a.id === b.id ||
    (!!a.country && a.country === b.country && STATE_KINDS.has(a.kind) && STATE_KINDS.has(b.kind))
  );
}

/** Whether the mention at `first` completes a title: "the minister for refugees", "commissioner for human rights". */
export function inTitle(tokens: readonly Token[], first: number): boolean {
  // ("the U.N. agency for Palestinian refugees": a people's name may come between.)
  const at =
    /^\p{Lu}/u.test(tokens[first]?.raw ?? "") || !/^\p{Lu}/u.test(tokens[first - 1]?.raw ?? "")
      ? first
      : first - 1;
  return (
    /^(?:for|of)$/.test(tokens[at - 1]?.key ?? "") &&
    /^(?:minister|ministry|commissioner|commission|agency|office|department|secretary|envoy|coordinator|rapporteur)$/.test(
      tokens[at - 2]?.key ?? "",
    )
  );
}

const STALLED = /^(?:frozen|suspended|stalled|deadlocked|halted|paused|stuck|collapsed)$/;

/** "talks … have been frozen", "negotiations remain stalled": a standstill told right after the talks. */
function stalledAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    const key = tokens[k]!.key;
    if (STALLED.test(key))
      return /^(?:been|remain|remained|remains|are|were|is|was|have|has)$/.test(tokens[k - 1]?.key ?? "");
    if (key === ";" || key === "," || BOUNDARY.has(key)) return false;
  }
  return false;
}

/** "would not negotiate until federal troops withdrew", "refuse to talk unless the army leaves". */
function conditionOfRefusal(tokens: readonly Token[], match: TriggerMatch): boolean {
  for (let k = match.first - 1; k >= Math.max(0, match.first - 5); k--) {
    const key = tokens[k]!.key;
    if (key === "until" || key === "unless")
      return tokens
        .slice(Math.max(0, k - 6), k)
        .some((t) => t.key === "not" || t.key === "n't" || t.key === "never" || /^refus/.test(t.key));
    if (key === "," || key === ";") return false;
  }
  return false;
}

function dedupeActors(list: readonly ResolvedActor[]): ResolvedActor[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.actor.id) && seen.add(a.actor.id));
}

// "After two days of heavy fighting, units of the Tiger Forces liberated Sinjar from HTS": the fighting
// has no actors of its own; it is fought by those of the sentence's other event.
function inheritActors(view: SentenceView, candidates: Candidate[]): Candidate[] {
  // ("closed the Torkham crossing after the clash": a crossing closed, a curfew or an arrest is no
  // fighting's outcome; a place taken is.)
  const lead = candidates.find(
    (c) => c.actor2 !== null && (c.type === "ASSAULT" || (c.type === "COERCE" && c.mode === "seize")),
  );
  if (!lead) return candidates;
  const extra: Candidate[] = [];
  for (const match of view.triggers) {
    if (match.trigger.frame !== "clash" || candidates.some((c) => c.match === match)) continue;
    // "the state they are fighting to create", "the war we are fighting": a cause or a war described,
    // no fighting told.
    if (
      /^(?:are|is|'re)$/.test(view.tokens[match.first - 1]?.key ?? "") &&
      /^(?:they|we|it|he|she)$/.test(view.tokens[match.first - 2]?.key ?? "")
    )
      continue;
    // "the area north of the clashes": a place named after earlier fighting.
    if (
      view.tokens
        .slice(Math.max(0, match.first - 3), match.first)
        .some((t) => /^(?:north|south|east|west|near|around|of)$/.test(t.key)) &&
      view.tokens[match.first - 1]?.key === "the"
    )
      continue;
    extra.push({
      view,
      match,
      type: "ASSAULT",
      mode: null,
      actor1: lead.actor1,
      actor2: lead.actor2,
      rule: `${match.trigger.id}:inherited`,
      flavour: null,
    });
  }
  return [...candidates, ...extra];
}

/** Counts and kinds before a vehicle ("in dozens of motorised canoes", "in 20 armed pickups"). */
const VEHICLE_WORDS =
  /^(?:\d+|dozens|scores|several|many|a|of|motori[sz]ed|armed|armoured|armored|their|pickup)$/;
const VEHICLES =
  /^(?:canoes?|boats?|pirogues?|speedboats?|vehicles?|trucks?|pickups?|pick-ups?|motorcycles?|motorbikes?|cars?|buses|helicopters?|convoys?|jeeps?|technicals?)$/;
const PROTEST_NOUN = /^(?:protests?|demonstrations?|rall(?:y|ies)|sit-ins?|riots?|rioting|marches)$/;
const HAPPENED =
  /^(?:(?:was|were|have been|has been|had been) (?:held|staged|organi[sz]ed|reported)|took place|broke out|erupted|spread|continued|resumed|passed (?:off|peacefully|without)|went ahead|ended (?:peacefully|without))\b/;

/** Whether a protest noun is told as happening: "protests were (also) held in…", "demonstrations broke out". */
function protestHappened(tokens: readonly Token[], match: TriggerMatch): boolean {
  if (!PROTEST_NOUN.test(tokens[match.last - 1]?.key ?? "")) return false;
  // "A smaller rally in Batumi, on the Black Sea coast, passed off without incident": past where it was.
  let from = match.last;
  if (/^(?:in|at|outside|near|across)$/.test(tokens[from]?.key ?? "")) {
    const verb = tokens.findIndex(
      (t, k) => k > from && k <= from + 12 && HAPPENED.test(happening(tokens, k)),
    );
    if (verb > 0 && !tokens.slice(from, verb).some((t) => BOUNDARY.has(t.key))) from = verb;
  }
  return HAPPENED.test(happening(tokens, from));
}

/** The three words from `at` on, past "also" and "again": what HAPPENED reads. */
function happening(tokens: readonly Token[], at: number): string {
  return mapPacked(tokens.slice(at, at + 5), (t) => t.key)
    .filter((key) => key !== "also" && key !== "again")
    .slice(0, 3)
    .join(" ");
}

/** Whether a call ("called for", "called on … to join") is a call to the protest right after it. */
function callsProtest(view: SentenceView, call: TriggerMatch): boolean {
  const protest = view.triggers.find(
    (p) => p.trigger.type === "PROTEST" && p.first >= call.last && p.first - call.last <= 5,
  );
  if (!protest) return false;
  // ("called on the government to end the strike": a demand of someone named.)
  if (view.actors.some((a) => a.mention.first >= call.last && a.mention.first < protest.first)) return false;
  const between = view.tokens.slice(call.last, protest.first).filter((t) => !QUOTES.has(t.raw));
  return mapPacked(between, (t) => t.key).every((key) =>
    /^(?:a|an|the|for|new|nationwide|national|general|total|mass|fresh|further|more|\d+-hour|\d+-day|\d+|hour|day|indefinite|peaceful|-)$/.test(
      key,
    ),
  );
}

/** Verbs of sending forces ("deployed additional officers to Lamu"). */
const SENT =
  /^(?:deployed|deploys|deploy|deploying|redeployed|sent|sends|send|sending|dispatched|dispatches|dispatch|dispatching)$/;

/** Words after "took" or "taken" that carry people to safety: "out of the town", "to hospital", "to safety". */
const TO_SAFETY =
  /^(?:out of|to (?:a |the |a nearby )?(?:hospitals?|safety|clinic|health centre|health center|medical centre|medical center|shelters?))$/;

/** Whether "took"/"taken" (ending at `from`) carries its people to safety within the next dozen words. */
function carriedToSafety(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 12); i++) {
    const two = `${tokens[i]!.key} ${tokens[i + 1]?.key ?? ""}`;
    if (/^[.;]$/.test(tokens[i]!.raw)) return false;
    for (const words of [
      two,
      `${two} ${tokens[i + 2]?.key ?? ""}`,
      `${two} ${tokens[i + 2]?.key ?? ""} ${tokens[i + 3]?.key ?? ""}`,
    ])
      if (TO_SAFETY.test(words)) return true;
  }
  return false;
}

/** What a party's "its" or "their" names when it is hit: "one of its patrols", "their positions". */
const OWN_UNIT =
  /^(?:patrols?|convoys?|bases?|positions?|posts?|outposts?|checkpoints?|troops|soldiers|peacekeepers|personnel|forces|vehicles?|headquarters|camps?|members|fighters)$/;

/**
 * The speaker whose own unit an act hits ("UNIFIL said an Israeli drone had dropped a grenade close to one
 * of its patrols"): "its" or "their" before a unit's noun within the act's clause, and the party that
 * speaks before the act (not the actor); null if none.
 */
function speakersOwn(view: SentenceView, match: TriggerMatch, a1: ResolvedActor): ResolvedActor | null {
  const { tokens } = view;
  let own = false;
  for (let k = match.last; k < Math.min(tokens.length - 1, match.last + 8); k++) {
    if (BOUNDARY.has(tokens[k]!.key) || tokens[k]!.key === ";") break;
    if (/^(?:its|their)$/.test(tokens[k]!.key) && OWN_UNIT.test(tokens[k + 1]?.key ?? "")) {
      own = true;
      break;
    }
  }
  if (!own) return null;
  let speech = match.first - 1;
  while (speech >= Math.max(0, match.first - 16) && !SPEECH.has(tokens[speech]!.key)) speech--;
  if (speech < Math.max(0, match.first - 16)) return null;
  const speaker = speakerBefore(view.actors, tokens, speech) ?? null;
  // (A peacekeeping mission's patrols too.)
  return speaker &&
    speaker.actor.id !== a1.actor.id &&
    (isParty(speaker.actor) || speaker.actor.kind === "international")
    ? speaker
    : null;
}

/** "outside the …", "in front of the …", "near the …": the words before a mention place a building. */
function besideBuilding(tokens: readonly Token[], first: number): boolean {
  const at = tokens[first - 1]?.key === "the" ? first - 2 : first - 1;
  const key = tokens[at]?.key ?? "";
  if (/^(?:outside|inside|near|opposite|behind|beside)$/.test(key)) return true;
  return key === "of" && tokens[at - 1]?.key === "front" && tokens[at - 2]?.key === "in";
}

/** Whether a mention is the subject of a passive after "that": "demanded that Ouma be produced". */
function passiveAfterThat(tokens: readonly Token[], mention: { first: number; last: number }): boolean {
  let k = mention.first - 1;
  while (
    k > 0 &&
    /^(?:the|a|an|all|their|its|his|her|detained|jailed|abducted|arrested|missing)$/.test(tokens[k]!.key)
  )
    k--;
  if (tokens[k]?.key !== "that") return false;
  let v = mention.last;
  if (/^(?:should|must|would|will)$/.test(tokens[v]?.key ?? "")) v++;
  return /^(?:be|are|is|were)$/.test(tokens[v]?.key ?? "") && /ed$|en$|wn$/.test(tokens[v + 1]?.key ?? "");
}

import { mapPacked } from "./arrays.js";
import type { Gazetteer } from "@sitrep/gazetteer";
import { keyOf, tokenize } from "./1-text/tokens.js";
import { cueIndex, type CueKind } from "./2-mentions/cues.js";
import type { PloverType } from "./types.js";
import { geoparse, type PlaceMention } from "./geo/index.js";

/** What an actor is: decides descriptors, references and the ACLED sub-event type. */
export type ActorKind =
  | "military"
  | "police"
  | "government"
  | "rebel"
  | "militia"
  | "international"
  | "ngo"
  | "civilians"
  | "protesters"
  | "unidentified";

/** A registry actor as written in `model/actors.json`. */
export interface ActorData {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly parent?: string | null;
  readonly aliases: readonly string[];
  /** Actors on its side in the wars it fights (symmetric once compiled). */
  readonly allies?: readonly string[];
  /** The country whose armed forces it calls itself in its statements (the Houthis: "the Yemeni armed forces"). */
  readonly styledAs?: string;
  /** A movement's branches by country ("ISIS" in Nigeria is ISWAP), each an actor of its own. */
  readonly branches?: Readonly<Record<string, string>>;
  /**
   * An armed group that rules territory with police, prisons and courts of its own (the Houthis in Sanaa,
   * the SDF in the north-east of Syria): the people it detains are arrested, not abducted.
   */
  readonly governs?: boolean;
  /** For the government of a state, region or province, the unit's name ("Zamfara State"). */
  readonly region?: string;
}

/** A country as written in `model/countries.json`: its state actors are derived from it. */
export interface CountryData {
  readonly cc: string;
  readonly name: string;
  readonly demonyms: readonly string[];
  readonly aliases?: readonly string[];
  /** Capitals stand for the state only as speakers or owners ("Kyiv said", "Moscow's troops"). */
  readonly capitals?: readonly string[];
  /**
   * The capital city when its name does not stand for the state (Sanaa is the Houthis', Tripoli two
   * governments'): only where "the capital" of the country lies.
   */
  readonly seat?: string;
  /**
   * Where the government sits when that is not the capital (Sudan's in Port Sudan since 2023, Benin's in
   * Cotonou, Bolivia's in La Paz): where a statement with no place of its own is made.
   */
  readonly government?: string;
  /** People who speak and act for the state ("Erdogan", "Nikol Pashinyan"): named bare, like the country. */
  readonly leaders?: readonly string[];
  /** The name ACLED gives its military when it is not "Military Forces of <name>". */
  readonly military?: string;
  /**
   * The country whose military "the army", "troops", "soldiers" are in a report set here, when it is not
   * this one's: the West Bank's and Gaza's troops are Israel's.
   */
  readonly troopsOf?: string;
}

/** Words that stand for actors without naming them (`model/generic.json`). */
export interface GenericData {
  readonly stateForces: readonly string[];
  readonly government: readonly string[];
  readonly police: readonly string[];
  readonly armedRefs: readonly string[];
  readonly unidentified: readonly string[];
  readonly civilians: readonly string[];
  readonly protesters: readonly string[];
  /**
   * "The commission", "the society": a body named before by its name's head noun ("the Ethiopian Human
   * Rights Commission … The commission also urged").
   */
  readonly bodyRefs: readonly string[];
  readonly pronouns: Readonly<Record<string, string>>;
  readonly militaryHeads: readonly string[];
  readonly governmentHeads: readonly string[];
  readonly policeHeads: readonly string[];
  readonly groupHeads: readonly string[];
  /** A state's proposal, plan or offer ("a Ukrainian proposal"): its government's, after a country's name only. */
  readonly proposalHeads?: readonly string[];
  /** Head nouns that end an organisation's name ("… Network", "… Front"), by the kind they make. */
  readonly organisationHeads: Readonly<Record<"rebel" | "militia" | "ngo", readonly string[]>>;
  /**
   * Weapons only one side uses in a war ("Shahed drones" over Ukraine are Russia's): the owner's country
   * (ISO alpha-2) where the scene is one of `scenes`.
   */
  readonly signatureWeapons?: readonly SignatureWeapon[];
}

/** A weapon that names its user in some wars (`GenericData.signatureWeapons`). */
export interface SignatureWeapon {
  /** The weapon's names, one or two words each ("Shahed", "glide bomb"). */
  readonly words: readonly string[];
  readonly owner: string;
  readonly scenes: readonly string[];
}

/** A trigger as written in `model/triggers.json`. */
export interface TriggerData {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly forms: readonly string[];
  /** Role logic beyond subject–verb–object: see `3-events/roles.ts`. */
  readonly frame?:
    | "clash"
    | "seize"
    | "capture"
    | "victim"
    | "property"
    | "speech-act"
    | "intercept"
    | "repel"
    | "movement"
    | "handover"
    | "casualties"
    | "comeuppance"
    | "charge"
    | "gathering"
    | "remains"
    | "indict";
  readonly noun?: boolean;
  /**
   * Weapons that, fired or launched, make this trigger whatever words stand between ("fired a guided
   * missile", "launched two Shahed drones"): the nouns, singular and plural.
   */
  readonly weapons?: readonly string[];
  /**
   * Words that, inside a quotation a labelling verb introduces, make this trigger whatever else the
   * quotation says: 'called the raids "another terrorist attack by the Kyiv regime"', 'described the
   * strike as "an act of maritime terrorism"'.
   */
  readonly labels?: readonly string[];
}

/** Modality cue words (`model/modality.json`). */
export interface ModalityData {
  readonly negation: readonly string[];
  readonly denial: readonly string[];
  readonly hypothetical: readonly string[];
  readonly planned: readonly string[];
  readonly hedges: readonly string[];
  readonly speech: readonly string[];
  readonly neutralSources: readonly string[];
}

/** A trigger form with a gap for its object ("holds … responsible"): the head is the trigger. */
export interface SplitTrigger {
  readonly trigger: TriggerData;
  /** The keys that must follow the head within a few words. */
  readonly tail: readonly string[];
}

/** Everything in `model/`, as parsed JSON. */
export interface ModelData {
  readonly actors: readonly ActorData[];
  readonly countries: readonly CountryData[];
  readonly generic: GenericData;
  readonly triggers: readonly TriggerData[];
  readonly modality: ModalityData;
}

/** How a dictionary phrase stands for an actor. */
export type Entry =
  | { readonly kind: "actor"; readonly actor: ActorData }
  | {
      readonly kind: "country";
      readonly cc: string;
      readonly demonym: boolean;
      readonly capital?: boolean;
      /** A head of state or government by name ("Putin"): the state's government, never its army. */
      readonly leader?: boolean;
    }
  | { readonly kind: "generic"; readonly role: keyof GenericData | "pronoun"; readonly value: string };

/** A phrase of token keys; `exact` holds the raw forms when case matters (acronyms). */
export interface Phrase<T> {
  readonly keys: readonly string[];
  readonly exact: readonly string[] | null;
  readonly value: T;
}

/** Phrases indexed by their first key, longest first. */
export type PhraseIndex<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

/** The compiled model the passes read. */
export interface Model {
  readonly gazetteer: Gazetteer;
  readonly data: ModelData;
  readonly actorPhrases: PhraseIndex<Entry[]>;
  readonly headPhrases: PhraseIndex<"military" | "government" | "police" | "group">;
  /** The heads of `GenericData.proposalHeads`, as their keys joined by spaces. */
  readonly proposalHeads: ReadonlySet<string>;
  /** Head nouns of organisations the dictionaries do not know, by key, with the kind they make. */
  readonly organisationHeads: ReadonlyMap<string, "rebel" | "militia" | "ngo">;
  /** Signature weapons by their names' first key: the following key (or null) and who uses them where. */
  readonly signatureWeapons: ReadonlyMap<
    string,
    readonly { readonly next: string | null; readonly owner: string; readonly scenes: ReadonlySet<string> }[]
  >;
  readonly triggerPhrases: PhraseIndex<TriggerData>;
  /**
   * Triggers written with a gap ("holds … responsible"): the words before the gap, with the words that
   * must follow within a few tokens.
   */
  readonly splitTriggers: PhraseIndex<SplitTrigger>;
  /** The trigger a weapon noun makes after a launch verb (`TriggerData.weapons`), by the noun's key. */
  readonly weaponTriggers: ReadonlyMap<string, TriggerData>;
  /** The trigger a word quoted after a labelling verb makes (`TriggerData.labels`), by the word's key. */
  readonly labelTriggers: ReadonlyMap<string, TriggerData>;
  readonly actorsById: ReadonlyMap<string, ActorData>;
  /** The one rebel group of a country the dictionary calls separatists ("Ambazonian separatists"), by country. */
  readonly separatistsOf: ReadonlyMap<string, ActorData>;
  readonly countries: ReadonlyMap<string, CountryData>;
  readonly cuePhrases: PhraseIndex<CueKind>;
  /** Words for sources that are not parties (witnesses, residents, monitors): their words are reports. */
  readonly neutralSources: ReadonlySet<string>;
  /** Lower-case demonyms ("syrian"): adjectives, never places. */
  readonly demonyms: ReadonlySet<string>;
  /** Countries (ISO alpha-2) by their names and aliases as written ("Togo", "DR Congo"). */
  readonly countryByName: ReadonlyMap<string, string>;
  /** Countries by their demonyms as written ("Israeli"): the first country that claims one. */
  readonly countryByDemonym: ReadonlyMap<string, string>;
  /** The capital of a country as a place ("the capital", "the Qatari capital"), looked up once. */
  readonly capitalOf: (cc: string) => PlaceMention | null;
  /** Where a country's government sits (where its statements are made): its seat, else its capital. */
  readonly seatOf: (cc: string) => PlaceMention | null;
  /**
   * A country's military, government or police as the dictionary has it (its own entry, or the one made
   * from the country), read once when the model is compiled; null for a country the model lacks.
   */
  readonly stateOf: (cc: string, kind: StateKind) => ActorData | null;
  /** Whether two actors fight on one side (`allies` in `model/actors.json`, either way round). */
  readonly allied: (a: string, b: string) => boolean;
}

function phraseOf<T>(text: string, value: T): Phrase<T> | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const letters = text.replace(/[^\p{L}]/gu, "");
  // "SAA", "M23", and short names with a capital inside ("LeT", "JeM"; "let" is a word).
  const acronym =
    letters.length > 0 &&
    letters.length <= 5 &&
    (letters === letters.toUpperCase() || /^\p{L}\p{Ll}*\p{Lu}/u.test(letters)) &&
    tokens.length <= 3;
  return {
    keys: mapPacked(tokens, (t) => t.key),
    exact: acronym ? mapPacked(tokens, (t) => t.raw) : null,
    value,
  };
}

function index<T>(phrases: Iterable<Phrase<T>>): Map<string, Phrase<T>[]> {
  const map = new Map<string, Phrase<T>[]>();
  for (const p of phrases) {
    const first = p.keys[0]!;
    const list = map.get(first) ?? [];
    list.push(p);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return map;
}

/** The country (lower-case ISO code) of a state actor's id ("sy-mil" → "sy"), or null for any other actor. */
export function stateCountry(id: string): string | null {
  return /^([a-z]{2})-(?:mil|gov|pol)$/.exec(id)?.[1] ?? null;
}

// Countries whose names take "the", as ACLED writes them: "Military Forces of the United States" (but
// "Police Forces of Maldives", "Military Forces of Gambia", as ACLED writes those).
const WITH_ARTICLE =
  /^(?:United |Democratic Republic|Central African Republic|Republic of |Dominican Republic|Czech Republic|Philippines|Netherlands)/;

/** A country's name as it follows "of" in an actor's name ("the United States", "Sudan"). */
function ofName(country: CountryData): string {
  return WITH_ARTICLE.test(country.name) ? `the ${country.name}` : country.name;
}

/** The kinds of a state's actors. */
export type StateKind = "military" | "government" | "police";

/** State actors derived from a country: its military, government and police. */
export function stateActor(country: CountryData, kind: StateKind): ActorData {
  const cc = country.cc.toLowerCase();
  if (kind === "military")
    return {
      id: `${cc}-mil`,
      name: country.military ?? `Military Forces of ${ofName(country)}`,
      kind,
      country: country.cc,
      aliases: [],
    };
  if (kind === "police")
    return {
      id: `${cc}-pol`,
      name: `Police Forces of ${ofName(country)}`,
      kind,
      country: country.cc,
      aliases: [],
    };
  return {
    id: `${cc}-gov`,
    name: `Government of ${ofName(country)}`,
    kind,
    country: country.cc,
    aliases: [],
  };
}

/** Compiles the model data into indexes. Pure: the caller reads the files. */
export function compileModel(data: ModelData, gazetteer: Gazetteer): Model {
  const actorsById = new Map<string, ActorData>();
  const countries = new Map<string, CountryData>();
  for (const c of data.countries) {
    countries.set(c.cc, c);
    for (const kind of ["military", "government", "police"] as const) {
      const a = stateActor(c, kind);
      actorsById.set(a.id, a);
    }
  }
  for (const a of data.actors)
    if (!actorsById.has(a.id) || a.aliases.length === 0)
      actorsById.set(a.id, { ...actorsById.get(a.id), ...a, name: actorsById.get(a.id)?.name ?? a.name });
  const byKey = new Map<string, { phrase: Phrase<Entry[]>; entries: Entry[] }>();
  const add = (text: string, entry: Entry): void => {
    const p = phraseOf(text, [entry]);
    if (!p) return;
    const key = (p.exact ?? p.keys).join(" ") + (p.exact ? "#cs" : "");
    const seen = byKey.get(key);
    if (seen) seen.entries.push(entry);
    else byKey.set(key, { phrase: p, entries: p.value });
  };
  for (const a of data.actors) {
    const actor = actorsById.get(a.id)!;
    add(a.name, { kind: "actor", actor });
    for (const alias of a.aliases) add(alias, { kind: "actor", actor });
  }
  for (const c of data.countries) {
    add(c.name, { kind: "country", cc: c.cc, demonym: false });
    for (const alias of c.aliases ?? []) add(alias, { kind: "country", cc: c.cc, demonym: false });
    for (const leader of c.leaders ?? [])
      add(leader, { kind: "country", cc: c.cc, demonym: false, leader: true });
    for (const d of c.demonyms) add(d, { kind: "country", cc: c.cc, demonym: true });
    for (const capital of c.capitals ?? [])
      add(capital, { kind: "country", cc: c.cc, demonym: false, capital: true });
  }
  const g = data.generic;
  for (const role of [
    "stateForces",
    "government",
    "police",
    "armedRefs",
    "unidentified",
    "civilians",
    "protesters",
    "bodyRefs",
  ] as const) {
    for (const word of g[role]) add(word, { kind: "generic", role, value: word });
  }
  for (const [word, value] of Object.entries(g.pronouns))
    add(word, { kind: "generic", role: "pronoun", value });
  const heads: Phrase<"military" | "government" | "police" | "group">[] = [];
  const addHeads = (list: readonly string[], value: "military" | "government" | "police" | "group"): void => {
    for (const h of list) {
      const p = phraseOf(h.toLowerCase(), value);
      if (p) heads.push(p);
    }
  };
  addHeads(g.militaryHeads, "military");
  addHeads(g.governmentHeads, "government");
  addHeads(g.policeHeads, "police");
  addHeads(g.groupHeads, "group");
  addHeads(g.proposalHeads ?? [], "government");
  const triggers: Phrase<TriggerData>[] = [];
  const weaponTriggers = new Map<string, TriggerData>();
  const labelTriggers = new Map<string, TriggerData>();
  const splitTriggers: Phrase<SplitTrigger>[] = [];
  for (const t of data.triggers) {
    for (const weapon of t.weapons ?? []) weaponTriggers.set(weapon.toLowerCase(), t);
    for (const label of t.labels ?? []) labelTriggers.set(label.toLowerCase(), t);
    for (const form of t.forms) {
      const [head, tail] = form.toLowerCase().split(" … ");
      if (tail !== undefined) {
        const p = phraseOf(head!, { trigger: t, tail: mapPacked(tokenize(tail), (token) => token.key) });
        if (p) splitTriggers.push(p);
        continue;
      }
      const p = phraseOf(form.toLowerCase(), t);
      if (p) triggers.push(p);
    }
  }
  /** A country's city named so in the gazetteer, looked up once. */
  const cities = new Map<string, PlaceMention | null>();
  const cityOf = (cc: string, name: string | undefined): PlaceMention | null => {
    if (!name) return null;
    const key = `${cc}:${name}`;
    if (!cities.has(key))
      cities.set(
        key,
        geoparse(name, gazetteer, { countries: [cc] }).places.find(
          (p) => p.country === cc && p.precision === 1,
        ) ?? null,
      );
    return cities.get(key) ?? null;
  };
  const capitalOf = (cc: string): PlaceMention | null => {
    const country = countries.get(cc);
    return cityOf(cc, country?.capitals?.[0] ?? country?.seat);
  };
  const seatOf = (cc: string): PlaceMention | null =>
    cityOf(cc, countries.get(cc)?.government) ?? capitalOf(cc);
  // Every country's three state actors are in actorsById (made above, or the dictionary's own).
  const states = new Map<string, Readonly<Record<StateKind, ActorData>>>();
  for (const c of countries.values()) {
    const state = (kind: StateKind): ActorData =>
      actorsById.get(stateActor(c, kind).id) ?? stateActor(c, kind);
    states.set(c.cc, {
      military: state("military"),
      government: state("government"),
      police: state("police"),
    });
  }
  const countryByName = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  for (const c of countries.values()) {
    countryByName.set(c.name, c.cc);
    for (const alias of c.aliases ?? []) countryByName.set(alias, c.cc);
    for (const d of c.demonyms) if (!countryByDemonym.has(d)) countryByDemonym.set(d, c.cc);
  }
  const alliances = new Set<string>();
  for (const a of data.actors)
    for (const b of a.allies ?? []) alliances.add(`${a.id}|${b}`).add(`${b}|${a.id}`);
  return {
    allied: (a, b) => alliances.has(`${a}|${b}`),
    capitalOf,
    seatOf,
    stateOf: (cc, kind) => states.get(cc)?.[kind] ?? null,
    gazetteer,
    data,
    actorPhrases: index(mapPacked([...byKey.values()], (v) => ({ ...v.phrase, value: v.entries }))),
    headPhrases: index(heads),
    proposalHeads: new Set(mapPacked(g.proposalHeads ?? [], (h) => h.toLowerCase())),
    organisationHeads: new Map(
      (["rebel", "militia", "ngo"] as const).flatMap((kind) =>
        mapPacked(g.organisationHeads?.[kind] ?? [], (h) => [keyOf(h), kind] as const),
      ),
    ),
    signatureWeapons: signatureWeaponsOf(g.signatureWeapons ?? []),
    triggerPhrases: index(triggers),
    weaponTriggers,
    labelTriggers,
    splitTriggers: index(splitTriggers),
    actorsById,
    separatistsOf: separatistsByCountry(actorsById),
    countries,
    cuePhrases: cueIndex(data.modality),
    neutralSources: new Set(mapPacked(data.modality.neutralSources, (w) => w.toLowerCase())),
    demonyms: new Set(data.countries.flatMap((c) => mapPacked(c.demonyms, (d) => d.toLowerCase()))),
    countryByName,
    countryByDemonym,
  };
}

/** Each country's rebel group called separatists in its name or aliases, where there is only one. */
function separatistsByCountry(actors: ReadonlyMap<string, ActorData>): Map<string, ActorData> {
  const found = new Map<string, ActorData | null>();
  for (const a of actors.values()) {
    if (a.kind !== "rebel" || !a.country || a.parent) continue;
    if (![a.name, ...a.aliases].some((n) => /separatist/i.test(n))) continue;
    found.set(a.country, found.has(a.country) ? null : a);
  }
  const out = new Map<string, ActorData>();
  for (const [cc, a] of found) if (a) out.set(cc, a);
  return out;
}

function signatureWeaponsOf(list: readonly SignatureWeapon[]): Model["signatureWeapons"] {
  const out = new Map<
    string,
    { readonly next: string | null; readonly owner: string; readonly scenes: ReadonlySet<string> }[]
  >();
  for (const weapon of list) {
    const scenes = new Set(weapon.scenes);
    for (const name of weapon.words) {
      const keys = mapPacked(tokenize(name), (t) => t.key);
      if (keys.length === 0) continue;
      const list = out.get(keys[0]!) ?? [];
      list.push({ next: keys[1] ?? null, owner: weapon.owner, scenes });
      out.set(keys[0]!, list);
    }
  }
  return out;
}

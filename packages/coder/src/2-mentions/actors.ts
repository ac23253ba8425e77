import { mapPacked } from "../arrays.js";
import { tokenize, wordHyphen, type Token } from "../1-text/tokens.js";
import type { Entry, Model } from "../model.js";
import { longestMatch } from "./match.js";

/** Words that name an actor, before references are resolved. Token indexes are sentence-local. */
export interface ActorMention {
  readonly first: number;
  /** One past the last token. */
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entries: readonly Entry[];
  /** The descriptor head that followed the name ("forces", "government"), if any. */
  readonly head: "military" | "government" | "police" | "group" | null;
  readonly rule: string;
}

/** Adjectives of an office a party fills: "the RSF-appointed civil administration". */
const OFFICE_ADJECTIVE = /^(?:civil|civilian|local|regional|interim|new|military|transitional|caretaker)$/;
/** Words of a market, a street or a camp written before a name they make a place's ("Souq Libya"). */
const PLACE_BEFORE_NAME =
  /^(?:Souq|Souk|Suq|Sook|Shari|Sharia|Midan|Mercado|Rue|Avenida|Calle|Jadde|Jaddet)$/;
/** Words of a street or a square written after a name they make a place's ("Palestine Street"). */
const PLACE_AFTER_NAME = /^(?:Street|St|Avenue|Road|Square|Souq|Market|Bridge|Roundabout|Boulevard|Highway)$/;

// "U.S.-backed", "Britain-based": the name qualifies another actor and is not one itself.
const MODIFIER =
  /^(?:backed|led|affiliated|aligned|allied|supported|sponsored|funded|linked|based|made|born|trained|brokered|installed|appointed|run|friendly|flagged|registered|owned|operated|bound|bred|built)$/;
// "registered in", "headquartered in": where something is based.
const SITED = /^(?:registered|based|headquartered|incorporated|located|domiciled|flagged|listed)$/;
// "an RSF-held town" describes a place (no target); "attacked HTS-held villages" attacks the holder.
const HELD = /^(?:held|controlled|occupied|dominated|besieged)$/;
const CONTROLLED_BODY =
  /^(?:police|forces|troops|militias?|media|authorities|administration|administrators|courts?|television|newspapers?|press|radio|outlets?)$/;
// A capital stands for its state when it speaks or owns: "Moscow said", "Kyiv's troops".
const CAPITAL_VERB =
  /^(?:said|says|say|announced|accused|accuses|denied|denies|rejected|rejects|claimed|claims|warned|warns|condemned|condemns|agreed|agrees|urged|urges|called|calls|demanded|demands|responded|insisted|insists|threatened|threatens|blamed|blames|signed|launched|sent|send|sends|deployed|deploy|deploys|struck|held|holds|expelled|expels|recalled|recalls|summoned|summons|imposed|imposes|sanctioned|suspended|suspends|lodged|declared)$/;

/** What two parties do together, after a capital and its partner ("Kinshasa and the M23 met"). */
const JOINT_VERB =
  /^(?:met|meet|meets|are|were|will|have|has|held|hold|resumed|began|opened|exchanged|reached)$/;

/** Words between a capital standing for its state and the verb ("Beirut again demanded"). */
const ADVERB_BEFORE_VERB =
  /^(?:again|also|has|have|had|will|would|then|later|previously|repeatedly|quickly|swiftly|immediately|nevertheless|however|meanwhile|still|once|formally|officially|publicly|subsequently|promptly|already|strongly|firmly|sharply|angrily)$/;

// Offices that head a body: "president of a community board" heads no state.
const OFFICE_OF = /^(?:president|chairman|chairwoman|chair|head|leader|director|secretary|governor|mayor)$/;

/** An official's kin and household staff: "the governor's driver", "the mayor's son". */
const OWN_PEOPLE =
  /^(?:secretary|driver|drivers|wife|husband|son|sons|daughter|daughters|children|child|family|relatives|brother|sister|nephew|niece|cook|housekeeper)$/;

/** Bodies of citizens, not of a state, whose president or head is a civilian. */
const CIVIC_BODY =
  /^(?:board|association|union|federation|cooperative|co-operative|society|club|chamber|syndicate|guild|league|foundation|network|committee|collective|council)s?$/;
const STATE_BODY =
  /^(?:security|sovereignty|presidential|national|transitional|military|ministers|state|regional|provincial)$/;

/**
 * Whether "of …" at `at`, after an office, names a body that is no state's: "of a Junta de Acción Comunal"
 * (any body introduced by "a"), "of the Communal Action Board", "of the local farmers' union" (not "of the
 * Sovereignty Council").
 */
function civicBodyAfter(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.key !== "of") return false;
  if (/^(?:a|an)$/.test(tokens[at + 1]?.key ?? "")) return true;
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    const key = tokens[k]!.key;
    if (CIVIC_BODY.test(key)) return !tokens.slice(at + 1, k).some((t) => STATE_BODY.test(t.key));
    if (!tokens[k]!.word && key !== "'") return false;
  }
  return false;
}

// "Kyiv's troops", "Russia's Defence Ministry": a possessive between a name and its head.
function possessiveLength(tokens: readonly Token[], at: number): number {
  return tokens[at]?.raw === "'" && tokens[at + 1]?.key === "s" ? 2 : 0;
}

// "Kachin Independence Army (KIA) units": the short name in brackets between a name and its head.
function abbreviationLength(tokens: readonly Token[], at: number): number {
  return tokens[at]?.raw === "(" && tokens[at + 2]?.raw === ")" && /^\p{Lu}/u.test(tokens[at + 1]?.raw ?? "")
    ? 3
    : 0;
}

const CITY_PART =
  /^(?:districts?|neighbou?rhoods?|outskirts|suburbs?|streets?|centre|center|airport|port|old|northern|southern|eastern|western|north|south|east|west|residential|central|main|market|university|hospitals?|outskirt)$/;

const ATTACK_NOUN =
  /^(?:assaults?|attacks?|strikes?|airstrikes?|air|shelling|bombardments?|bombings?|offensives?|raids?|incursions?|advances?|missile|rocket|drone|artillery)$/;
const WEAPON_ADJECTIVE =
  /^(?:guided|glide|ballistic|cruise|attack|kamikaze|hypersonic|heavy|long-range|mechanised|mechanized|armoured|armored|infantry|ground|massive|massed|large-scale|fresh|renewed)$/;
// ("a Russian mechanised assault", "Israeli ground raids": an attack with one word between.)
const WEAPON_NOUN =
  /^(?:bombs?|missiles?|rockets?|drones?|shells?|strikes?|jets?|aircraft|artillery|assaults?|attacks?|offensives?|raids?|incursions?|advances?)$/;
/** Whether a token is a word that opens with a capital letter. */
export const capitalised = (t: Token | undefined): boolean =>
  t !== undefined && t.word && /^\p{Lu}/u.test(t.raw);

function insideProperName(tokens: readonly Token[], first: number, last: number): boolean {
  if (!tokens.slice(first, last).every(capitalised)) return false;
  // ("Federal Interior Minister Mohsin Naqvi": a title before a person's name is the office, whatever
  // words of rank stand before it.)
  if (
    /^(?:minister|president|governor|spokesman|spokesperson|spokeswoman|secretary)$/.test(
      tokens[last - 1]!.key,
    )
  )
    return false;
  // A capitalised word before (not the sentence's first) and after: "Regional Military Administration".
  return first > 0 && capitalised(tokens[first - 1]) && capitalised(tokens[last]);
}

/** Words that end the name of a force's command: "Police Command", "Police Commander". */
const COMMAND_WORD = /^(?:command|commander|commissioner|headquarters)$/;

/**
 * The span of a police or army command named for its area ("Zamfara State Police Command", "Nairobi
 * Regional Police Commander"): capitalised words before the force's word, and a command's word after it.
 */
function commandName(
  tokens: readonly Token[],
  first: number,
  last: number,
  entries: readonly Entry[],
): { first: number; last: number } | null {
  if (!entries.every((e) => e.kind === "generic" && (e.role === "police" || e.role === "stateForces")))
    return null;
  const word = tokens[last];
  if (!word || !capitalised(word) || !COMMAND_WORD.test(word.key)) return null;
  if (!tokens.slice(first, last).every(capitalised)) return null;
  let start = first;
  while (start > 0 && capitalised(tokens[start - 1]) && tokens[start - 1]!.key !== "the") start--;
  return start < first ? { first: start, last: last + 1 } : null;
}

/** What "government" qualifies as the state's service, not as an actor: "a government high school". */
const PUBLIC_SERVICE =
  /^(?:schools?|hospitals?|high|secondary|primary|bilingual|technical|boarding|colleges?|university|universities|clinics?|health|dispensary)$/;

/**
 * Whether a public school's or hospital's word follows "government" at `at`, right after it ("a government
 * high school") or past the capitalised words of the institution's name ("Government Day Secondary School",
 * "Government Girls' Secondary School").
 */
function publicService(tokens: readonly Token[], at: number): boolean {
  for (let k = at; k < at + 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (PUBLIC_SERVICE.test(t.key)) return k === at || capitalised(t);
    if (!capitalised(t) && !/^(?:['’]|s)$/.test(t.raw)) return false;
  }
  return false;
}

const MILITARY_THINGS =
  /^(?:targets?|sites?|objectives?|installations?|facilities|facility|infrastructure|equipment|hardware|vehicles?|assets|capabilities|purposes|use|aid|assistance|operations?|pressure|solution|escalation|action|service|conscription|draft|age|academy|uniforms?|fatigues|courts?|tribunals?)$/;

const MILITARY_WORD = /^(?:military|army|defence|defense)$/;
/** Those who write or speak about the forces: "military analysts", "defence experts". */
const MILITARY_WRITERS =
  /^(?:analysts?|experts?|observers?|commentators?|bloggers?|historians?|pundits?|correspondents?|reporters?|journalists?|writers?|researchers?)$/;

const PLACE_PREPOSITION =
  /^(?:in|into|across|near|throughout|outside|of|from|around|inside|over|at|within|to|towards|toward|through)$/;

/**
 * "The municipality of Coalcomán", "in the municipality": a local government's word for its territory;
 * "in Al Hudaydah governorate", "Ouham prefecture": a unit named by the place before it.
 */
function placeOfUnit(tokens: readonly Token[], first: number, last: number): boolean {
  const unit = tokens[last - 1]?.key;
  if (unit === "governorate" || unit === "prefecture") {
    // (Not "the Aleppo governorate declared a curfew": the authority.)
    let name = first;
    while (name > 0 && capitalised(tokens[name - 1])) name--;
    return last - first === 1 && name < first && PLACE_PREPOSITION.test(tokens[name - 1]?.key ?? "");
  }
  if (unit !== "municipality") return false;
  return (
    (tokens[last]?.key === "of" && capitalised(tokens[last + 1])) ||
    /^(?:in|into|across|near|throughout|outside)$/.test(tokens[first - 1]?.key ?? "")
  );
}

// "the Ministry of Defence": a generic phrase ("the ministry") that a longer one starting inside it
// runs past ("ministry of defence") gives way, as it does to a name.
function overtakenByName(tokens: readonly Token[], first: number, last: number, model: Model): boolean {
  for (let j = first + 1; j < last; j++) {
    const inner = tokens[j]!.word ? longestMatch(tokens, j, model.actorPhrases) : null;
    if (
      inner &&
      j + inner.keys.length > last &&
      (inner.keys.length > 1 || inner.value.some((e) => e.kind !== "generic"))
    )
      return true;
  }
  return false;
}

/**
 * The generic phrase of one civilian ("a journalist") that the article at `article` and the words from
 * `from` on make, skipping the demonym between them ("an Indian national"), if any.
 */
function civilianAfterDemonym(
  tokens: readonly Token[],
  article: number,
  from: number,
  model: Model,
): ReturnType<typeof longestMatch<ActorMention["entries"]>> {
  // The article as the noun wants it: "an Indian national" is "a national".
  const noun = tokens[from]?.key ?? "";
  const a = /^[aeiou]/.test(noun) ? "an" : "a";
  const joined = [{ ...tokens[article]!, key: a, raw: a }, ...tokens.slice(from, from + 3)];
  const phrase = longestMatch(joined, 0, model.actorPhrases);
  return phrase &&
    phrase.keys.length >= 2 &&
    phrase.value.every((e) => e.kind === "generic" && e.role === "civilians")
    ? phrase
    : null;
}

/**
 * "the Ministry of Territorial Administration", "the Ministry of Mines and Energy", "the Minister for
 * Foreign Affairs": a ministry or minister the dictionary does not list is the government's (its health
 * ministry, a source of casualty figures rather than a party, is left alone). "Minister for Defence" is
 * the dictionary's "minister of defence".
 */
function ministryName(tokens: readonly Token[], at: number, model: Model, text: string): ActorMention | null {
  if (
    !/^Minist(?:ry|er)$/.test(tokens[at]?.raw ?? "") ||
    !/^(?:of|for)$/.test(tokens[at + 1]?.key ?? "") ||
    !capitalised(tokens[at + 2])
  )
    return null;
  if (tokens[at + 1]!.key === "for") {
    // (The words from the title on, "for" read as "of": a dictionary phrase is a few words long.)
    const asOf = tokens.slice(at, at + 8);
    asOf[1] = { ...asOf[1]!, key: "of", raw: "of" };
    const listed = longestMatch(asOf, 0, model.actorPhrases);
    if (listed && listed.keys.length > 2)
      return tokenMention(tokens, text, at, at + listed.keys.length, listed.value, "actor/ministry");
  }
  // Ministries of force the dictionary lists (defence, interior) speak for their forces as it has them;
  // one it does not list ("the Ministry of Internal Security") is the government's, like the rest.
  // (A health ministry counts the dead; it is no party.)
  if (
    tokens[at + 2]!.key === "health" ||
    (tokens[at + 2]!.key === "public" && tokens[at + 3]?.key === "health")
  )
    return null;
  // "the Ministry of Defence" is in the dictionary; "the Ministry of Peshmerga Affairs" is the
  // Peshmerga's; "Puntland's Ministry of …", "the Puntland Ministry of …" the region's.
  if ((longestMatch(tokens, at, model.actorPhrases)?.keys.length ?? 0) > 1) return null;
  if (longestMatch(tokens, at + 2, model.actorPhrases)?.value.some((e) => e.kind !== "generic")) return null;
  const before = tokens[at - 1]?.key === "the" ? at - 2 : at - 1;
  if (tokens[at - 1]?.key === "s" || (before > 0 && capitalised(tokens[before]))) return null;
  let last = at + 3;
  while (capitalised(tokens[last]) || (tokens[last]?.key === "and" && capitalised(tokens[last + 1]))) last++;
  const government = longestMatch(
    [{ ...tokens[at]!, key: "government", raw: "government" }],
    0,
    model.actorPhrases,
  );
  if (!government?.value.every((e) => e.kind === "generic" && e.role === "government")) return null;
  const start = tokens[at]!.start;
  const end = tokens[last - 1]!.end;
  return {
    first: at,
    last,
    start,
    end,
    text: text.slice(start, end),
    entries: government.value,
    head: null,
    rule: "actor/ministry",
  };
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** The words a numbered unit's name is made of between its number and what it is ("Separate Mechanized"). */
const UNIT_WORD =
  /^(?:infantry|mechanized|mechanised|motorized|motorised|motor|rifle|airborne|air|assault|separate|independent|marine|mountain|tank|armoured|armored|artillery|special|forces|operations|jaeger|ranger|rangers|light|territorial|defence|defense|guards|guard|commando|presidential|rapid|reaction|intervention|support|combined|arms|border|military|naval|coastal|regional|operational|strategic|tactical)$/;
/** What a numbered unit is. */
const UNIT_NOUN =
  /^(?:brigade|brigades|battalion|battalions|division|divisions|regiment|regiments|corps|army|id|ib|military|region|command|group|squadron)$/;

/**
 * "The 43rd Infantry Battalion", "the 47th Separate Mechanized Brigade", "the 103rd Brigade": a unit named
 * by its number is a state's army, as "the army" is (the country is the context's). "The 33rd Front of the
 * FARC", "the RSF's 16th Division" and "the SAF 22nd Infantry Division" are their owners', which their
 * owners' rules find.
 */
function numberedUnit(tokens: readonly Token[], at: number, model: Model, text: string): ActorMention | null {
  const first = tokens[at]?.key === "the" ? at + 1 : at;
  if (!ORDINAL.test(tokens[first]?.key ?? "") || tokens[first - 1]?.key === "s") return null;
  // "The SAF 22nd Infantry Division", "Puntland's 5th Battalion": a named owner's unit is its own.
  if (first === at && capitalised(tokens[at - 1])) return null;
  // "The 3rd Assault Brigade" is in the dictionary, as its own.
  if (longestMatch(tokens, first, model.actorPhrases)?.value.some((e) => e.kind !== "generic")) return null;
  let last = first + 1;
  while (last - first <= 4 && capitalised(tokens[last]) && UNIT_WORD.test(tokens[last]!.key)) last++;
  if (!capitalised(tokens[last]) || !UNIT_NOUN.test(tokens[last]!.key)) return null;
  last++;
  // "Military Region", "Operations Command": the unit's noun may be two words.
  if (capitalised(tokens[last]) && /^(?:region|command|division|brigade)$/.test(tokens[last]!.key)) last++;
  if (ofAfter(tokens, last) >= 0) return null;
  const army = longestMatch([{ ...tokens[first]!, key: "army", raw: "army" }], 0, model.actorPhrases);
  if (!army?.value.every((e) => e.kind === "generic" && e.role === "stateForces")) return null;
  return tokenMention(tokens, text, at, last, army.value, "actor/numbered-unit");
}

/** The words an appeal or a charge is made of "the state" after: "called on the state to", "urged the state". */
const STATE_ASKED =
  /^(?:on|urged|urges|urge|asked|asks|ask|pressed|accused|accuses|blamed|blames|holds|held)$/;

/**
 * "called on the state to guarantee the lives of prisoners", "accused the state of negligence": the state
 * asked or blamed is the government ("the state of emergency", "in the state" stay none).
 */
function stateAsked(tokens: readonly Token[], at: number, model: Model, text: string): ActorMention | null {
  if (tokens[at]?.key !== "the" || tokens[at + 1]?.raw !== "state") return null;
  if (!STATE_ASKED.test(tokens[at - 1]?.key ?? "") || /^(?:s|'s|-)$/.test(tokens[at + 2]?.key ?? ""))
    return null;
  // ("accused the state of abandoning them": a charge, not "the state of emergency".)
  if (tokens[at + 2]?.key === "of" && !/ing$/.test(tokens[at + 3]?.key ?? "")) return null;
  const government = longestMatch(
    [{ ...tokens[at + 1]!, key: "government", raw: "government" }],
    0,
    model.actorPhrases,
  );
  if (!government?.value.every((e) => e.kind === "generic" && e.role === "government")) return null;
  return tokenMention(tokens, text, at, at + 2, government.value, "actor/state-asked");
}

/** "the international community", as tokens to look the actor up by. */
const COMMUNITY_TOKENS = tokenize("international community");

/** Pass 2a: dictionary actors, descriptors ("Russian forces") and generic groups in one sentence; `text` is the whole clean text. */
export function findActors(tokens: readonly Token[], text: string, model: Model): ActorMention[] {
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const ministry =
      ministryName(tokens, tokens[i]!.key === "the" ? i + 1 : i, model, text) ??
      stateAsked(tokens, i, model, text) ??
      numberedUnit(tokens, i, model, text);
    if (ministry) {
      mentions.push(ministry);
      i = ministry.last;
      continue;
    }
    const phrase = tokens[i]!.word ? longestMatch(tokens, i, model.actorPhrases) : null;
    if (!phrase) {
      const described = describedCivilian(tokens, i, text, model);
      if (described) {
        mentions.push(described);
        i = described.last;
        continue;
      }
      i++;
      continue;
    }
    let last = i + phrase.keys.length;
    let head: ActorMention["head"] = null;
    const named = phrase.value.some((e) => e.kind !== "generic");
    // "The gallant troops": a leader's name only capitalised ("Gallant"), not the word it also is; so are a
    // capital's and a country's ("male national staff" is no Malé, "turkey" no Turkey).
    if (named && !/^\p{Lu}/u.test(tokens[i]!.raw) && phrase.value.every((e) => e.kind === "country")) {
      i++;
      continue;
    }
    // "500 US dollars", "Hong Kong dollars": a currency, not the state.
    if (
      named &&
      phrase.value.every((e) => e.kind === "country") &&
      /^(?:dollars?|cents?|currency|treasury bills?|bonds?)$/.test(tokens[i + phrase.keys.length]?.key ?? "")
    ) {
      i++;
      continue;
    }
    // "Yunus-Bek Yevkurov": a leader's name as one part of another person's hyphenated name.
    if (
      named &&
      phrase.value.every((e) => e.kind === "country" && e.leader) &&
      ((tokens[last]?.raw === "-" &&
        tokens[last]!.start === tokens[last - 1]!.end &&
        /^\p{Lu}/u.test(tokens[last + 1]?.raw ?? "")) ||
        (tokens[i - 1]?.raw === "-" &&
          tokens[i - 1]!.end === tokens[i]!.start &&
          /^\p{Lu}/u.test(tokens[i - 2]?.raw ?? "")))
    ) {
      i = last;
      continue;
    }
    // "appealed for US$186 million": a currency's mark, no state.
    if (tokens[last]?.raw === "$" && tokens[last]!.start === tokens[last - 1]!.end) {
      i = last;
      continue;
    }
    // "anti-government protesters", "anti-Houthi forces": what they are against names no actor of theirs.
    if (tokens[i - 1]?.raw === "-" && tokens[i - 2]?.key === "anti") {
      i = last;
      continue;
    }
    // "the Community Volunteer Guards", "the Revolutionary Guards": guards ending a name are that body.
    // (A church, a school or a hospital so named stays a place of civilians.)
    if (
      !named &&
      last === i + 1 &&
      tokens[i]!.raw === "Guards" &&
      capitalised(tokens[i - 1]) &&
      phrase.value.every((e) => e.kind === "generic" && e.role === "civilians")
    ) {
      i++;
      continue;
    }
    // "Somalia's international partners called on…": those a country's possessive names are not the country;
    // its partners, allies, donors and backers are the international community ("urged Ukraine's partners").
    const ownedAt = last + possessiveLength(tokens, last);
    const ownedWord = tokens[ownedAt]?.key === "international" ? ownedAt + 1 : ownedAt;
    if (
      named &&
      ownedAt > last &&
      phrase.value.every((e) => e.kind === "country") &&
      /^(?:partners|allies|donors|neighbours|neighbors|friends|backers)$/.test(tokens[ownedWord]?.key ?? "")
    ) {
      // ("Mali and Niger, Burkina Faso's partners in the AES": the ones just named.)
      const community =
        /^(?:partners|allies|donors|backers)$/.test(tokens[ownedWord]!.key) &&
        !/^(?:in|within|of|from|at)$/.test(tokens[ownedWord + 1]?.key ?? "") &&
        !(tokens[i - 1]?.key === "," && capitalised(tokens[i - 2]))
          ? longestMatch(COMMUNITY_TOKENS, 0, model.actorPhrases)
          : null;
      if (community)
        mentions.push(
          tokenMention(tokens, text, ownedAt, ownedWord + 1, community.value, "actor/country-partners"),
        );
      i = ownedWord + 1;
      continue;
    }
    // "aboard Air Force One": the president's aircraft, no air force.
    if (tokens[last - 1]?.key === "force" && tokens[last]?.raw === "One") {
      i = last + 1;
      continue;
    }
    // "the March agreement": a month, not the march of protesters.
    if (!named && /^March$/.test(tokens[last - 1]?.raw ?? "")) {
      i++;
      continue;
    }
    // "the Alliance Fleuve Congo": a name that starts inside a generic phrase and runs past it wins.
    if (!named && overtakenByName(tokens, i, last, model)) {
      i++;
      continue;
    }
    // "the Zamfara State Police Command", "the Nairobi Regional Police Commander": a command of the
    // police or the army named for its area is that force, the whole name its mention.
    const command = !named ? commandName(tokens, i, last, phrase.value) : null;
    if (command) {
      mentions.push(tokenMention(tokens, text, command.first, command.last, phrase.value, "actor/command"));
      i = command.last;
      continue;
    }
    // "a National Police patrol car": a word for civilians that starts a proper name is none of theirs.
    if (
      !named &&
      phrase.value.every((e) => e.kind === "generic" && e.role === "civilians") &&
      capitalised(tokens[last - 1]) &&
      capitalised(tokens[last]) &&
      i > 0
    ) {
      i = Math.max(i + 1, last - 1);
      continue;
    }
    // "the Kherson Regional Military Administration": a generic word inside a proper name is no actor.
    if (!named && insideProperName(tokens, i, i + phrase.keys.length)) {
      i += phrase.keys.length;
      continue;
    }
    // "4 soldiers KIA, 7 WIA": killed and wounded in action, not the Kachin Independence Army.
    if (
      phrase.keys.length === 1 &&
      /^(?:KIA|WIA|MIA)$/.test(tokens[i]!.raw) &&
      (/^\d/.test(tokens[i - 1]?.raw ?? "") ||
        /^(?:soldiers|troops|personnel|fighters|militants|policemen|officers|civilians|men)$/.test(
          tokens[i - 1]?.key ?? "",
        ))
    ) {
      i++;
      continue;
    }
    // "two more IRIS-T SLM systems", "S-400 SLM units": letters after a weapon's hyphenated designation
    // are more of its name, not a group's acronym.
    if (
      phrase.keys.length === 1 &&
      /^[A-Z]{2,5}$/.test(tokens[i]!.raw) &&
      wordHyphen(tokens, i - 2) &&
      tokens[i - 1]!.end < tokens[i]!.start &&
      /^(?:[A-Z]|\d+)$/.test(tokens[i - 1]?.raw ?? "") &&
      /^\p{Lu}[\p{L}\d]*$/u.test(tokens[i - 3]?.raw ?? "")
    ) {
      i++;
      continue;
    }
    // "Gang-related violence", "militia-linked killings": plain words that only describe a thing.
    if (
      !named &&
      wordHyphen(tokens, last) &&
      /^(?:related|linked|style|type|like|free|ridden|infested|prone)$/.test(tokens[last + 1]?.key ?? "")
    ) {
      i = last + 2;
      continue;
    }
    // "Ukrainian military analysts warn", "Russian military bloggers": those who write about the forces.
    // ("Ukrainian military analysts": the demonym too.)
    const writers = MILITARY_WORD.test(tokens[last]?.key ?? "") ? last + 1 : last;
    if (
      MILITARY_WORD.test(tokens[writers - 1]?.key ?? "") &&
      MILITARY_WRITERS.test(tokens[writers]?.key ?? "")
    ) {
      i = writers + 1;
      continue;
    }
    // "struck "military targets"", "military installations": the adjective, not the army.
    if (
      !named &&
      phrase.keys.length === 1 &&
      phrase.keys[0] === "military" &&
      MILITARY_THINGS.test(tokens[i + 1]?.key ?? "")
    ) {
      i++;
      continue;
    }
    // "abducted seven teachers from a government bilingual high school": a public school or hospital,
    // no government acting or acted on.
    if (
      !named &&
      phrase.keys.length === 1 &&
      phrase.keys[0] === "government" &&
      publicService(tokens, last)
    ) {
      i = last;
      continue;
    }
    // "banned the movement of motorbikes", "freedom of movement": motion, not a political movement.
    if (
      !named &&
      tokens[last - 1]?.key === "movement" &&
      (tokens[last]?.key === "of" || tokens[i - 1]?.key === "of") &&
      !/^\p{Lu}/u.test(tokens[last + 1]?.raw ?? "")
    ) {
      i = last;
      continue;
    }
    // "president of a Junta de Acción Comunal", "president of the Communal Action Board": an office of a
    // body that is no state's (a community board) is held by a civilian.
    if (!named && OFFICE_OF.test(tokens[last - 1]?.key ?? "") && civicBodyAfter(tokens, last)) {
      const from = tokens[i]!.start;
      const end = tokens[last - 1]!.end;
      mentions.push({
        first: i,
        last,
        start: from,
        end,
        text: text.slice(from, end),
        entries: [{ kind: "generic", role: "civilians", value: "civilians" }],
        head: null,
        rule: "actor/civic-office",
      });
      i = last;
      continue;
    }
    // "kidnapped the sub-prefect's secretary", "the governor's driver": an official's kin or staff are
    // civilians, not the state.
    if (
      !named &&
      possessiveLength(tokens, last) === 2 &&
      OWN_PEOPLE.test(tokens[last + 2]?.key ?? "") &&
      phrase.value.every((e) => e.kind === "generic" && (e.role === "government" || e.role === "police"))
    ) {
      const end = last + 3;
      mentions.push(
        tokenMention(
          tokens,
          text,
          i,
          end,
          [{ kind: "generic", role: "civilians", value: "civilians" }],
          "actor/officials-own",
        ),
      );
      i = end;
      continue;
    }
    // "a Junta de Vecinos": a Spanish "junta" (board), no military ruler.
    if (!named && tokens[last - 1]?.key === "junta" && /^(?:de|del)$/.test(tokens[last]?.key ?? "")) {
      i = last;
      continue;
    }
    // "an ambush in the municipality of Coalcomán": the unit is a place, not its council.
    if (!named && placeOfUnit(tokens, i, i + phrase.keys.length)) {
      i += phrase.keys.length;
      continue;
    }
    // "the Souq Libya area", "Palestine Street": a country's name inside a place's is no state.
    if (
      named &&
      phrase.value.every((e) => e.kind === "country") &&
      (PLACE_BEFORE_NAME.test(tokens[i - 1]?.raw ?? "") || PLACE_AFTER_NAME.test(tokens[last]?.raw ?? ""))
    ) {
      i = last;
      continue;
    }
    // "Carúpano, Sucre state", "Kabul province": a capital's name for a province of its own is a place.
    if (
      named &&
      phrase.value.every((e) => e.kind === "country" && e.capital) &&
      /^(?:state|province|region|governorate|department|district|municipality|prefecture)$/.test(
        tokens[last]?.raw ?? "",
      ) &&
      // ("the Islamabad district administration imposed Section 144": the unit's own authorities act.)
      !/^(?:administration|authorities|government|council|police|officials|governor|commissioner)$/.test(
        tokens[last + 1]?.key ?? "",
      )
    ) {
      i = last + 1;
      continue;
    }
    if (named) {
      const skip = possessiveLength(tokens, last) || abbreviationLength(tokens, last);
      // "Russia's 201st military base": a unit's number between the possessive and the head.
      const ord = skip > 0 && ORDINAL.test(tokens[last + skip]?.key ?? "") ? 1 : 0;
      // A hyphenated prefix ("Turkish-backed") is not a head; a head follows the name directly.
      const found = longestMatch(tokens, last + skip + ord, model.headPhrases);
      // ("an NDF proposal" is the group's, not a government's.)
      const h =
        found &&
        model.proposalHeads.has(found.keys.join(" ")) &&
        !phrase.value.every((e) => e.kind === "country")
          ? null
          : found;
      // "on the Indian side of the border", "from the Lebanese side of the village": where, not who.
      if (h && h.keys.length === 1 && h.keys[0] === "side") {
        const end = last + skip + 1;
        const before = tokens[i - 1]?.key === "the" ? tokens[i - 2]?.key : tokens[i - 1]?.key;
        if (tokens[end]?.key === "of" || /^(?:on|to|into|across|onto|at|in)$/.test(before ?? "")) {
          i = end;
          continue;
        }
      }
      // "a Ukrainian FPV drone", "Russian Shahed-type drones", "Ukrainian long-range attack drones", "an
      // RSF supply convoy": a kind of weapon or of load between the name and its head.
      let kindEnd = last;
      // (A hyphen only inside a word: "BOGOTA - Defence Minister", a dateline's dash, joins nothing.)
      while (
        !h &&
        skip === 0 &&
        kindEnd < last + 4 &&
        WEAPON_KIND.test(tokens[kindEnd]?.key ?? "") &&
        (tokens[kindEnd]!.raw !== "-" || wordHyphen(tokens, kindEnd))
      )
        kindEnd++;
      const kind = kindEnd > last ? longestMatch(tokens, kindEnd, model.headPhrases) : null;
      // "Tajikistan's Border Troops", "Mali's Special Forces": a name of the state's own between its
      // possessive and the head (not a party the dictionary knows: "Sudan's Rapid Support Forces").
      let named2: { value: "military" | "government" | "police" | "group"; keys: readonly string[] } | null =
        null;
      let extra = 0;
      if (!h && skip > 0 && !longestMatch(tokens, last + skip, model.actorPhrases))
        for (let k = 1; k <= 2 && !named2; k++) {
          const words = tokens.slice(last + skip, last + skip + k);
          if (words.length < k || !words.every((t) => t.word && /^\p{Lu}/u.test(t.raw))) break;
          const found = longestMatch(tokens, last + skip + k, model.headPhrases);
          if (found && /^\p{Lu}/u.test(tokens[last + skip + k]!.raw)) {
            named2 = found;
            extra = k;
          }
        }
      if (h) {
        head = h.value;
        last = last + skip + ord + h.keys.length;
      } else if (named2) {
        head = named2.value;
        last = last + skip + extra + named2.keys.length;
      } else if (
        skip === 0 &&
        tokens[last]?.key === "and" &&
        phrase.value.every((e) => e.kind === "country" && e.demonym)
      ) {
        // "Israeli and Hamas delegations", "Russian and Syrian jets": the demonym shares the head after
        // the name joined to it (the mention stays the demonym).
        for (let k = last + 2; k <= last + 4 && head === null; k++) {
          const shared = longestMatch(tokens, k, model.headPhrases);
          if (shared) head = shared.value;
        }
      } else if (
        skip === 0 &&
        tokens[last]?.key === "and" &&
        phrase.value.every((e) => e.kind === "country" && !e.capital)
      ) {
        // "US and UK forces", "Uganda and DRC troops": a country's name shares the head that follows the
        // country joined to it (the mention stays the name).
        const partner = longestMatch(tokens, last + 1, model.actorPhrases);
        const shared =
          partner?.value.every((e) => e.kind === "country" && !e.capital) === true
            ? longestMatch(tokens, last + 1 + partner.keys.length, model.headPhrases)
            : null;
        if (shared) head = shared.value;
      } else if (kind?.value === "military") {
        head = "military";
        last = kindEnd + kind.keys.length;
      } else if (
        skip === 0 &&
        phrase.value.every((e) => e.kind === "actor") &&
        (HELD_MEMBERS.test(tokens[last]?.key ?? "") ||
          (PARTY_MEMBERS.test(tokens[last]?.key ?? "") &&
            phrase.value.every((e) => e.kind === "actor" && PARTY_KINDS.has(e.actor.kind))))
      ) {
        // "12 Al-Shabaab suspects", "ISWAP detainees": the group's (suspected) members, not civilians.
        // "BCL activists", "BNP supporters": a party's or a movement's own people act for it.
        head = "group";
        last++;
      }
    }
    const start = tokens[i]!.start;
    const end = tokens[last - 1]!.end;
    const entries = phrase.value;
    const demonymOnly = entries.every((e) => e.kind === "country" && e.demonym);
    const capitalOnly = entries.every((e) => e.kind === "country" && e.capital);
    const next = tokens[last]?.raw === "." ? last + 1 : last;
    const after = tokens[next];
    const qualifier =
      after?.raw === "-" &&
      (MODIFIER.test(tokens[next + 1]?.key ?? "") ||
        (HELD.test(tokens[next + 1]?.key ?? "") &&
          (/^(?:a|an)$/.test(tokens[i - 1]?.key ?? "") ||
            // "junta-controlled police", "Houthi-controlled media": a body the party runs, named by its own noun.
            CONTROLLED_BODY.test(tokens[next + 2]?.key ?? ""))));
    const before = tokens[i - 1]?.key ?? "";
    // "Kyiv's troops" speaks for the state; "Mogadishu's Hodan district", "Kyiv's outskirts" are places.
    const owned = tokens[last + 2];
    // "Beirut again demanded…", "Moscow has also accused…": an adverb or an auxiliary before the verb.
    let verb = next;
    while (verb < next + 2 && ADVERB_BEFORE_VERB.test(tokens[verb]?.key ?? "")) verb++;
    const verbAt = tokens[verb];
    // "Kinshasa and the AFC/M23 met in Doha": a capital joined to a party that acts with it.
    const partnerAt = tokens[next + 1]?.key === "the" ? next + 2 : next + 1;
    const partner = after?.key === "and" ? longestMatch(tokens, partnerAt, model.actorPhrases) : null;
    const withPartner =
      partner !== null &&
      // ("Kampala and Juba signed an agreement": two capitals, two states.)
      partner.value.some((e) => e.kind === "actor" || (e.kind === "country" && !e.demonym)) &&
      tokens
        .slice(partnerAt + partner.keys.length, partnerAt + partner.keys.length + 4)
        .some((t) => CAPITAL_VERB.test(t.key) || JOINT_VERB.test(t.key));
    const speaks =
      after !== undefined &&
      (CAPITAL_VERB.test(verbAt?.key ?? "") ||
        withPartner ||
        after.key === "of" ||
        (after.raw === "'" &&
          tokens[last + 1]?.key === "s" &&
          owned !== undefined &&
          !/^\p{Lu}/u.test(owned.raw) &&
          !CITY_PART.test(owned.key)));
    // ("protested to Bamako", "complained to Kigali": the state addressed.)
    const addressed =
      /^(?:accused|accuses|accusing|blamed|blames|held|holds|urged|urges|on|that|warned|warns|asked|told|condemned|condemns|criticised|criticized|rejected|against|with)$/.test(
        before,
      ) ||
      (before === "to" &&
        /^(?:protested|protests|complained|complains|appealed|appeals)$/.test(tokens[i - 2]?.key ?? ""));
    // "the Taliban government in Kabul of sheltering…": a capital after a preposition of place is the city.
    // ("Officials from Damascus and the SDF are due to meet": the state's envoys, not the city's people.)
    const envoys =
      before === "from" &&
      /^(?:officials|delegations?|representatives|envoys|negotiators|delegates|emissaries)$/.test(
        tokens[i - 2]?.key ?? "",
      );
    const placed = /^(?:in|at|from|near|into|outside|around|across|inside)$/.test(before) && !envoys;
    // "three shipping companies registered in the Marshall Islands": a country named as where something is
    // based is no party.
    const sitedAt = before === "the" ? i - 2 : i - 1;
    const sited =
      entries.every((e) => e.kind === "country" && !e.leader) &&
      tokens[sitedAt]?.key === "in" &&
      SITED.test(tokens[sitedAt - 1]?.key ?? "");
    // "Damboa local government area": a district, not a government.
    const district =
      /^(?:area|areas|council|councils)$/.test(after?.key ?? "") && tokens[i - 1]?.key === "local";
    // "the Houthi-appointed prime minister", "the RSF-led administration": an office the named party
    // fills is that party's.
    // ("the RSF-appointed civil administration", "the Russian-installed management of the plant": past an
    // adjective of the office, and a body that manages.)
    let officeEnd = -1;
    if (qualifier && named && /^(?:appointed|installed|run|led)$/.test(tokens[next + 1]?.key ?? "")) {
      let k = next + 2;
      while (OFFICE_ADJECTIVE.test(tokens[k]?.key ?? "")) k++;
      const office = longestMatch(tokens, k, model.actorPhrases);
      if (office?.value.every((e) => e.kind === "generic" && e.role === "government"))
        officeEnd = k + office.keys.length;
      else {
        // (A body that manages is an office by itself; an administration or authorities only after an
        // adjective of the office, as the dictionaries know them bare.)
        const body = tokens[k]?.key ?? "";
        if (
          /^(?:management|administrators)$/.test(body) ||
          (k > next + 2 && /^(?:administration|authorities|authority)$/.test(body))
        )
          officeEnd = k + 1;
      }
    }
    // "TPLF-aligned security personnel", "ELN-affiliated fighters": an armed group's own men.
    const own =
      qualifier &&
      named &&
      phrase.value.every(
        (e) => e.kind === "actor" && (e.actor.kind === "rebel" || e.actor.kind === "militia"),
      ) &&
      /^(?:aligned|affiliated|loyal|linked)$/.test(tokens[next + 1]?.key ?? "")
        ? longestMatch(tokens, next + 2, model.actorPhrases)
        : null;
    if (
      own?.value.every(
        (e) =>
          e.kind === "generic" && (e.role === "stateForces" || e.role === "armedRefs" || e.role === "police"),
      )
    ) {
      const end = next + 2 + own.keys.length;
      mentions.push(qualifiedMention(tokens, text, i, end, phrase.value, "group", "actor/own-men"));
      i = end;
      continue;
    }
    if (officeEnd > 0) {
      const end = officeEnd;
      const entries = phrase.value.filter((e) => e.kind !== "generic");
      mentions.push(qualifiedMention(tokens, text, i, end, entries, null, "actor/office-of"));
      i = end;
      continue;
    }
    if (
      qualifier ||
      district ||
      sited ||
      (capitalOnly && head === null && (placed || (!speaks && !addressed && !envoys)))
    ) {
      i = last;
      continue;
    }
    // A bare demonym ("Russian milbloggers", "Iranian-backed") is not an actor unless a head follows,
    // or an attack its state's forces make ("against Russian assaults", "Israeli strikes").
    // "Russian guided bombs", "Iranian ballistic missiles": a weapon with one word between.
    const weaponAfter =
      ATTACK_NOUN.test(tokens[last]?.key ?? "") ||
      (WEAPON_ADJECTIVE.test(tokens[last]?.key ?? "") && WEAPON_NOUN.test(tokens[last + 1]?.key ?? ""));
    if (demonymOnly && head === null && weaponAfter) head = "military";
    if (demonymOnly && head === null) {
      // "an Indian national", "a Ukrainian journalist": one civilian of that nation ("a journalist").
      const one = /^(?:a|an)$/.test(before) ? civilianAfterDemonym(tokens, i - 1, last, model) : null;
      if (one) {
        // The mention is the noun's: the nation is the person's, no party's to resolve "troops" by.
        const end = last + one.keys.length - 1;
        mentions.push(tokenMention(tokens, text, last, end, one.value, ruleOf(one.value, null)));
        i = end;
        continue;
      }
      i = last;
      continue;
    }
    mentions.push({
      first: i,
      last,
      start,
      end,
      text: text.slice(start, end),
      entries,
      head,
      rule: ruleOf(entries, head),
    });
    i = last;
  }
  const joined = withAffiliationOf(
    withClaimedIdentity(
      withMembersOf(
        withMadeOf(
          withMissionOf(
            withCountryOf(
              withTitledMember(
                withLeaderTitle(withSections(withRepublicOf(mentions, tokens, text), text), text),
                text,
              ),
              tokens,
              text,
            ),
            tokens,
            text,
          ),
          tokens,
          text,
        ),
        tokens,
        text,
      ),
      tokens,
      text,
    ),
    tokens,
    text,
  );
  return withoutLabels(
    withoutNationalChapters(
      withoutSupported(
        withoutParentInApposition(
          withoutDescriptors(withoutOwnersAdjectives(withOwnCountry(joined, text), tokens), text),
          tokens,
        ),
        tokens,
      ),
    ),
    tokens,
    text,
  );
}

/**
 * "The Kyiv regime continues its terrorist attacks": a word for armed men before an owner's acts is an
 * adjective of the owner's acts, no party of its own.
 */
function withoutOwnersAdjectives(mentions: ActorMention[], tokens: readonly Token[]): ActorMention[] {
  return mentions.filter(
    (m) =>
      !(
        m.last - m.first === 1 &&
        m.entries.every((e) => e.kind === "generic" && e.role === "armedRefs") &&
        /^(?:its|their|his|her|our)$/.test(tokens[m.first - 1]?.key ?? "") &&
        /^(?:attacks?|acts?|crimes|activities|activity|aggression|operations?|strikes?|raids?)$/.test(
          tokens[m.last]?.key ?? "",
        )
      ),
  );
}

/**
 * "the paramilitary Rapid Support Forces", "the jihadist group JNIM": the words before a group's name that
 * describe it are part of its mention, no party of their own.
 */
function withoutDescriptors(mentions: ActorMention[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (
      next !== undefined &&
      next.first === m.last &&
      m.entries.length > 0 &&
      m.entries.every((e) => e.kind === "generic" && e.role === "armedRefs") &&
      next.entries.some((e) => e.kind === "actor")
    ) {
      out.push({ ...next, first: m.first, start: m.start, text: text.slice(m.start, next.end) });
      k++;
    } else out.push(m);
  }
  return out;
}

/**
 * "HAITI: Gang attacks on Mirebalais": a country written in capitals before a colon at the start of a line
 * is a digest's heading, no party to what follows.
 */
function withoutLabels(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return mentions.filter(
    (m) =>
      !(
        m.head === null &&
        m.entries.every((e) => e.kind === "country") &&
        tokens[m.last]?.raw === ":" &&
        m.text === m.text.toUpperCase() &&
        (m.first === 0 || /\n\s*$/.test(text.slice(tokens[m.first - 1]!.end, m.start)))
      ),
  );
}

/**
 * "The Kenya Red Cross said it had set up two water points": a country's name before an aid organisation
 * or an international body names its national chapter, not the state.
 */
function withoutNationalChapters(mentions: ActorMention[]): ActorMention[] {
  return mentions.filter((m, k) => {
    const next = mentions[k + 1];
    return !(
      next?.first === m.last &&
      m.head === null &&
      m.entries.length > 0 &&
      m.entries.every((e) => e.kind === "country") &&
      next.entries.some(
        (e) => e.kind === "actor" && (e.actor.kind === "ngo" || e.actor.kind === "international"),
      )
    );
  });
}

/** "…, the Sahelian branch of al-Qaeda": what an apposition says a group belongs to. */
const BRANCH_OF = /^(?:branch|branches|affiliate|affiliates|franchise|offshoot|arm|wing|province|chapter)$/;

/**
 * "hundreds of supporters of the opposition leader gathered": the crowd is a crowd of protesters, no
 * opposition party acting or acted on (an armed group's supporters stay its mention, read as protesters later).
 */
const SUPPORTERS_OF = /\b(?:supporters|followers|sympathisers|sympathizers|partisans|loyalists) of\b/i;
function withoutSupported(mentions: ActorMention[], tokens: readonly Token[]): ActorMention[] {
  return mapPacked(mentions, (m) => {
    if (!m.entries.every((e) => e.kind === "actor" && e.actor.id === "opposition")) return m;
    const of = tokens[m.first - 1]?.key === "the" ? m.first - 2 : m.first - 1;
    const supporters =
      SUPPORTERS_OF.test(m.text) ||
      (tokens[of]?.key === "of" && SUPPORTERS_OF.test(`${tokens[of - 1]?.key ?? ""} of`));
    return supporters
      ? {
          ...m,
          entries: [{ kind: "generic", role: "protesters", value: "protesters" }],
          rule: "actor/supporters-of",
        }
      : m;
  });
}

/**
 * "The attack was claimed by JNIM, the Sahelian branch of al-Qaeda": the parent an apposition names
 * after a group is no party to the story (the group acts; "the group said" is the group, not its
 * parent). Only right after a comma and a mention of the group itself.
 */
function withoutParentInApposition(mentions: ActorMention[], tokens: readonly Token[]): ActorMention[] {
  return mentions.filter((m) => {
    if (tokens[m.first - 1]?.key !== "of" || !BRANCH_OF.test(tokens[m.first - 2]?.key ?? "")) return true;
    let k = m.first - 3;
    while (k >= 0 && tokens[k]!.key !== "," && m.first - k <= 7) k--;
    if (tokens[k]?.key !== ",") return true;
    // (The group's mention may hold its short name in brackets, or end before it.)
    const ends = tokens[k - 1]?.raw === ")" ? [k, k - 1, k - 3] : [k];
    return !mentions.some(
      (o) => o !== m && ends.includes(o.last) && o.entries.some((e) => e.kind === "actor"),
    );
  });
}

/**
 * "Afghanistan's Taliban government", "Sudan's RSF": a named actor after its own country's possessive is
 * that actor alone (the country says whose it is; it is no second party).
 */
function withOwnCountry(mentions: ActorMention[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const country = m.head === null && m.entries.length === 1 ? m.entries[0] : undefined;
    if (country?.kind !== "country") return null;
    const own = next.entries.some((e) => e.kind === "actor" && e.actor.country === country.cc);
    if (!own || !/^['’]s\s+$/.test(text.slice(m.end, next.start))) return null;
    return { ...next, ...spanOf(m, next, text) };
  });
}

// "insurgents linked to the Islamic State group", "fighters loyal to Hemedti": armed men named by the
// party they belong to (not "allied with": an ally is another party).
const AFFILIATED =
  /^(?:, )?(?:(?:who are|who were|believed to be|thought to be|said to be|suspected to be|reportedly|allegedly) )?(?:linked|affiliated|loyal|tied|belonging|affiliates of|members of|from|known as|locally known as|called|dubbed) (?:to |with )?(?:the )?$/;

function withAffiliationOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    // ("security forces affiliated with the STC", "troops loyal to the Debretsion faction": a group's own.)
    // ("Clan militia fighters known as Ma'awisley": a kind of group the dictionary has for any country,
    // named by its own name after.)
    const unnamed = m.entries.every(
      (e) =>
        (e.kind === "generic" &&
          (e.role === "unidentified" || e.role === "armedRefs" || e.role === "stateForces")) ||
        (e.kind === "actor" && e.actor.country === null && e.actor.kind === "militia"),
    );
    const forces = m.entries.every((e) => e.kind === "generic" && e.role === "stateForces");
    const named = next.entries.some(
      (e) => e.kind === "actor" && e.actor.kind !== "civilians" && (!forces || e.actor.kind !== "military"),
    );
    if (!unnamed || !named || next.first - m.last > 7) return null;
    const between = mapPacked(tokens.slice(m.last, next.first), (t) => t.key).join(" ");
    if (!AFFILIATED.test(between + " ")) return null;
    // (A state's forces "from" a group are none of its own: "troops from the AU mission".)
    if (forces && !/^(?:, )?(?:affiliated|loyal|linked|tied|belonging)\b/.test(between)) return null;
    return { ...next, ...spanOf(m, next, text), rule: "actor/affiliated" };
  });
}

// "hooded men who claimed to belong to Los Choneros", "gunmen claiming to be members of the ADF": the
// ones named by what they say they are.
const CLAIMED_IDENTITY =
  /^(?:who |, )?(?:claimed|claiming|said|saying|say|claim|identified themselves|identifying themselves) (?:to belong to|to be|as) (?:members of |fighters of |from )?(?:the )?$/;

function withClaimedIdentity(
  mentions: ActorMention[],
  tokens: readonly Token[],
  text: string,
): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const unnamed = m.entries.every(
      (e) =>
        e.kind === "generic" &&
        (e.role === "unidentified" || e.role === "civilians" || e.role === "armedRefs"),
    );
    const named = next.entries.some((e) => e.kind === "actor");
    if (!unnamed || !named || next.first - m.last > 9) return null;
    const between = mapPacked(tokens.slice(m.last, next.first), (t) => t.key).join(" ");
    if (!CLAIMED_IDENTITY.test(between + " ")) return null;
    return { ...next, ...spanOf(m, next, text), rule: "actor/claimed-identity" };
  });
}

// The count words between a force and what it is made of: "a force of six", "a column of some 40".
const COUNT_WORD =
  /^(?:\d[\d,.]*|a|an|some|about|around|at|least|nearly|over|more|than|dozens|hundreds|several|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)$/;

/**
 * "an Israeli force of six military vehicles", "a Russian column of 40 tanks": what a named force is
 * made of is that force, not the home state's "military".
 */
function withMadeOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const named = m.head === "military" && m.entries.some((e) => e.kind !== "generic");
    const generic = next.entries.length === 1 && next.entries[0]!.kind === "generic";
    if (!named || !generic || next.entries[0]!.kind !== "generic" || next.entries[0]!.role !== "stateForces")
      return null;
    if (tokens[m.last]?.key !== "of" || next.first - m.last > 5) return null;
    for (let k = m.last + 1; k < next.first; k++) if (!COUNT_WORD.test(tokens[k]!.key)) return null;
    return { ...m, ...spanOf(m, next, text) };
  });
}

// "Djiboutian troops serving with the African Union mission (AUSSOM)", "Kenyan police deployed under the
// MSS": a contingent speaks and acts as the mission it serves in.
const SERVING =
  /^(?:(?:serving|deployed|operating|stationed) )?(?:with|in|under|for) (?:the )?$|^as part of (?:the )?$/;

function withMissionOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const contingent = m.head !== null && m.entries.every((e) => e.kind === "country");
    const mission = next.entries.some(
      (e) => e.kind === "actor" && e.actor.kind === "international" && e.actor.country !== null,
    );
    if (!contingent || !mission) return null;
    // The words between, read only for a contingent before a mission (every pair of mentions comes here).
    const between = mapPacked(tokens.slice(m.last, next.first), (t) => t.key + " ").join("");
    if (!SERVING.test(between)) return null;
    return { ...next, ...spanOf(m, next, text), rule: "actor/contingent" };
  });
}

const WEAPON_KIND =
  /^(?:fpv|kamikaze|shahed|shahed-type|geran|lancet|-|type|suicide|attack|strike|combat|reconnaissance|loitering|unmanned|naval|surface|guided|cruise|ballistic|long|medium|short|range|heavy|armed|explosive|laden|precision|hypersonic|one|way|supply|logistics|fuel|ammunition|armoured|armored)$/;

const STATE_HEAD = { stateForces: "military", government: "government", police: "police" } as const;

/**
 * "the authorities of Burkina Faso", "the army of Mali", "the Government of Sudan": a state's body named
 * with "of" and its country is that country's, as "Burkina Faso's authorities" is.
 */
/** "junta leader Min Aung Hlaing", "army chief Abdel Fattah al-Burhan": the title's body names the leader, one party. */
const LEADER_TITLE =
  /^\s*(?:leader|chief|head|commander|commander-in-chief|strongman|boss|general|senior general)\s+$/i;
function withLeaderTitle(mentions: ActorMention[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const body = m.entries.every(
      (e) => e.kind === "generic" && (e.role === "stateForces" || e.role === "government"),
    );
    const leader = next.entries.length > 0 && next.entries.every((e) => e.kind === "country" && e.leader);
    return body && leader && LEADER_TITLE.test(text.slice(m.end, next.start))
      ? { ...next, ...spanOf(m, next, text) }
      : null;
  });
}

/** A party's name with the qualifier and the body after it ("the Houthi-appointed prime minister"): one mention. */
function qualifiedMention(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  entries: readonly Entry[],
  head: ActorMention["head"],
  rule: string,
): ActorMention {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { first, last, start, end, text: text.slice(start, end), entries, head, rule };
}

/** "the Republic of Benin", "the Islamic Republic of Iran", "the Kingdom of Morocco": the state itself. */
const STATE_FORM = /^(?:republic|kingdom|federation|sultanate|emirate|state|principality)$/;
function withRepublicOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return mapPacked(mentions, (m, n) => {
    const bare =
      m.entries.length > 0 &&
      m.entries.every((e) => e.kind === "country" && !e.demonym && !e.capital && !e.leader);
    if (
      !bare ||
      m.head !== null ||
      tokens[m.first - 1]?.key !== "of" ||
      !STATE_FORM.test(tokens[m.first - 2]?.key ?? "")
    )
      return m;
    let first = m.first - 2;
    while (first > m.first - 6 && /^\p{Lu}/u.test(tokens[first - 1]?.raw ?? "") && tokens[first - 1]!.word)
      first--;
    // ("the Islamic State of Iraq": a name the mention before already holds.)
    if (n > 0 && mentions[n - 1]!.last > first) return m;
    const start = tokens[first]!.start;
    return { ...m, first, start, text: text.slice(start, m.end) };
  });
}

/**
 * "First Vice-President Riek Machar", "Deputy Prime Minister X": a state title right before a man the
 * dictionary names as a party's is that party's man (the opposition leader in a unity government).
 */
const STATE_TITLE = /^(?:president|vice-president|minister|premier|governor|deputy|speaker)$/i;
function withTitledMember(mentions: ActorMention[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const title =
      m.entries.every((e) => e.kind === "generic" && e.role === "government") &&
      STATE_TITLE.test(m.text.split(/\s+/).at(-1) ?? "");
    const member =
      next.entries.length > 0 &&
      next.entries.every((e) => e.kind === "actor" && PARTY_KINDS.has(e.actor.kind)) &&
      /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(next.text);
    return title && member && /^\s+$/.test(text.slice(m.end, next.start))
      ? { ...next, ...spanOf(m, next, text) }
      : null;
  });
}

/** "four United Nations national staff members", "MSF local staff": an organisation's own people are the organisation. */
const STAFF =
  /^(?:(?:(?:national|local|international|foreign|humanitarian)\s+)?(?:staff|staffers|staff members|employees|personnel|workers|volunteers|aid workers))$/i;
/** "The LSK president", "the union's secretary-general": an organisation's officer speaks for it. */
const OFFICER =
  /^(?:['’]s\s+)?(?:president|chairman|chairwoman|chairperson|chair|secretary[- ]general|general secretary|executive director|director|spokesman|spokesperson|spokeswoman)$/i;
export function withStaffOf(mentions: ActorMention[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const organisation = m.entries.some(
      (e) => e.kind === "actor" && (e.actor.kind === "ngo" || e.actor.kind === "international"),
    );
    const role =
      next.entries.length === 1 && next.entries[0]!.kind === "generic" ? next.entries[0]!.role : null;
    const words = text.slice(m.end, next.end).trim();
    const staff = role === "civilians" && STAFF.test(words);
    const officer = role === "government" && OFFICER.test(words);
    return organisation && (staff || officer) ? { ...m, ...spanOf(m, next, text) } : null;
  });
}

/** "Amnesty International Nigeria", "Save the Children Somalia": an organisation's section in a country is the organisation. */
function withSections(mentions: ActorMention[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    const organisation = m.entries.some(
      (e) => e.kind === "actor" && (e.actor.kind === "ngo" || e.actor.kind === "international"),
    );
    const country = next.entries.every((e) => e.kind === "country" && !e.demonym && !e.leader);
    return organisation && country && next.first === m.last && /^ +$/.test(text.slice(m.end, next.start))
      ? { ...m, ...spanOf(m, next, text) }
      : null;
  });
}

function withCountryOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return joinPairs(mentions, (m, next) => {
    // "the Syrian government's General Security forces": the body of the state named before it.
    const owned =
      next.entries.length === 1 && next.entries[0]!.kind === "generic" ? next.entries[0]!.role : null;
    // "Russian aircraft and missile troops": forces joined to a nation's forces are that nation's.
    const joined =
      owned === "stateForces" &&
      m.head === "military" &&
      /^\s+and\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, next.start));
    if (
      (owned === "stateForces" || owned === "police") &&
      m.entries.every((e) => e.kind === "country") &&
      (joined || /^['’]s\s+$/.test(text.slice(m.end, next.start)))
    ) {
      const head = STATE_HEAD[owned];
      return { ...m, ...spanOf(m, next, text), head, rule: `actor/country+${head}` };
    }
    const role = m.entries.length === 1 && m.entries[0]!.kind === "generic" ? m.entries[0]!.role : null;
    const head =
      role === "stateForces" || role === "government" || role === "police" ? STATE_HEAD[role] : null;
    const country =
      next.first === ofAfter(tokens, m.last) &&
      next.head === null &&
      next.entries.every((e) => e.kind === "country" && !e.demonym && !e.capital && !e.leader);
    if (head === null || !country) return null;
    return { ...next, ...spanOf(m, next, text), head, rule: `actor/country+${head}` };
  });
}

/**
 * The mentions with each one `join` makes of a mention and the one right after it put in their place
 * (the joined mention may join the next in turn).
 */
export function joinPairs(
  mentions: readonly ActorMention[],
  join: (m: ActorMention, next: ActorMention) => ActorMention | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const next of mentions) {
    const m = out[out.length - 1];
    const joined = m ? join(m, next) : null;
    if (joined) out[out.length - 1] = joined;
    else out.push(next);
  }
  return out;
}

/**
 * "an Alawite man", "a Druze shopkeeper", "a Christian woman": a civilian the dictionary knows ("a man")
 * with one capitalised word of faith, people or place between the article and the noun (no actor's name).
 */
function describedCivilian(
  tokens: readonly Token[],
  i: number,
  text: string,
  model: Model,
): ActorMention | null {
  const described = tokens[i + 1];
  if (!/^an?$/.test(tokens[i]!.key) || !described?.word || !/^\p{Lu}\p{Ll}+$/u.test(described.raw))
    return null;
  // (A word of faith or people, by its ending: not a clan the report names by its men, "a Kalipin man".)
  if (!/(?:ite|ian|an|ese|i|ish|ic|ze|ch)$/.test(described.key)) return null;
  if (longestMatch(tokens, i + 1, model.actorPhrases)) return null;
  // ("an Alawite man" is the dictionary's "a man".)
  const rest = tokens.slice(i + 2, i + 6);
  const article = (key: string): Token => ({ ...tokens[i]!, key, raw: key });
  const phrase =
    longestMatch([article("a"), ...rest], 0, model.actorPhrases) ??
    longestMatch([article("an"), ...rest], 0, model.actorPhrases);
  if (!phrase || phrase.keys.length < 2) return null;
  if (!phrase.value.every((e) => e.kind === "generic" && e.role === "civilians")) return null;
  const last = i + 1 + phrase.keys.length;
  // (Only people: "a Russian school" is a place, named by its own word.)
  if (!PERSON.test(tokens[last - 1]!.key)) return null;
  return tokenMention(tokens, text, i, last, phrase.value, "actor/generic:civilians:described");
}

/** The nouns of a described civilian: a person, not a building. */
const PERSON =
  /^(?:man|woman|boy|girl|child|resident|villager|farmer|herder|shepherd|shopkeeper|trader|merchant|driver|student|pupil|teacher|journalist|doctor|nurse|fisherman|worker|pilgrim|civilian|family|employee|pharmacist|lawyer|individual|reporter|cleric|priest|imam|pastor|councillor|official|chief|leader|schoolteacher)$/;

/** A mention with no head over tokens [first, last). */
function tokenMention(
  tokens: readonly Token[],
  text: string,
  first: number,
  last: number,
  entries: ActorMention["entries"],
  rule: string,
): ActorMention {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  return { first, last, start, end, text: text.slice(start, end), entries, head: null, rule };
}

/** The position of a mention running from `a`'s first word to `b`'s last. */
export function spanOf(
  a: ActorMention,
  b: ActorMention,
  text: string,
): Pick<ActorMention, "first" | "last" | "start" | "end" | "text"> {
  return { first: a.first, last: b.last, start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}

/** The token after "of" or "of the" at `at` ("the army of Mali", "the 33rd Front of the FARC"), or -1. */
export function ofAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.key !== "of") return -1;
  return tokens[at + 1]?.key === "the" ? at + 2 : at + 1;
}

/** Held or suspected members named after their group ("Al-Shabaab suspects", "Hamas prisoners"). */
const HELD_MEMBERS = /^(?:suspects|suspect|detainees|prisoners|captives|sympathisers|sympathizers|recruits)$/;
const PARTY_MEMBERS = /^(?:activists|supporters|cadres|loyalists|members|men|youths|workers)$/;
const PARTY_KINDS: ReadonlySet<string> = new Set(["militia", "rebel", "ngo", "protesters"]);

// "soldiers of the Malian Armed Forces", "a commander of JNIM", "agents of Mali's State Security Agency":
// the members named before a party act as the party; so do its arms ("helicopter gunships of the Uganda
// People's Defence Force", "a patrol of the FARDC", "personnel of the Frontier Corps") and its bodies and
// envoys ("the Council of the European Union", "a delegation of the M23").
const MEMBERS =
  /^(?:agents|soldiers|fighters|members|dissidents|guerrillas|commander|commanders|units|troops|officers|officials|militants|spokesman|spokesperson|leader|leaders|president|chairman|chairwoman|chairperson|chief|chiefs|staff|heads|director|coordinator|elements|operatives|gunmen|men|militiamen|combatants|remnants|holdouts|insurgents|rebels|jihadists|mercenaries|paramilitaries|activists|supporters|cadres|forces|gunships|helicopters|jets|warplanes|aircraft|planes|drones|artillery|tanks|patrol|patrols|convoy|column|contingent|detachment|battalion|brigade|personnel|platoon|squad|guards|paratroopers|commandos|militias|cells?|servicemen|servicemembers|council|commission|secretariat|presidency|delegation|delegations|envoy|envoys|representative|representatives|negotiators|embassy)$/;

/** A party's standing, between "of the" and its name: "supporters of the banned Awami League". */
const STANDING = /^(?:banned|outlawed|proscribed|dissolved|ruling|governing|main)$/;

/** The men a group's name may follow with "from" ("gunmen from La Mayiza"). */
const FIGHTERS_FROM =
  /^(?:gunmen|fighters|militants|members|elements|combatants|militiamen|insurgents|rebels|ministers|minister|lawmakers|deputies|representatives|delegates)$/;

/** Bodies of men who serve a party, beyond its members' words (`MEMBERS`): "groups linked to", "factions loyal to". */
const LOYAL_BODIES = /^(?:groups?|factions?|militia)$/;

/**
 * The first token of "units loyal to (the leadership of) (the)" before the mention at `first`, or -1:
 * "armed units loyal to the leadership of the TPLF", "armed groups linked to Morales", "forces aligned with
 * the general".
 */
function loyalMenBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  if (tokens[k]?.key === "the") k--;
  if (
    tokens[k]?.key === "of" &&
    /^(?:leadership|command|faction|wing|leader)$/.test(tokens[k - 1]?.key ?? "")
  ) {
    k -= 2;
    if (tokens[k]?.key === "the") k--;
  }
  if (!/^(?:to|with)$/.test(tokens[k]?.key ?? "")) return -1;
  if (!/^(?:loyal|linked|allied|affiliated|aligned|close|belonging)$/.test(tokens[k - 1]?.key ?? ""))
    return -1;
  const men = tokens[k - 2]?.key ?? "";
  return MEMBERS.test(men) || LOYAL_BODIES.test(men) ? k - 2 : -1;
}

export function withMembersOf(
  mentions: ActorMention[],
  tokens: readonly Token[],
  text: string,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    // "agents of the National Security Service": a state's body named generically counts as named.
    const named = m.entries.some(
      (e) => e.kind !== "generic" || e.role === "police" || e.role === "government",
    );
    let of = m.first - 1;
    // ("supporters of the banned Awami League", "members of the ruling party": a word of its standing.)
    if (STANDING.test(tokens[of]?.key ?? "") && tokens[of - 1]?.key === "the") of--;
    if (tokens[of]?.key === "the") of--;
    const word = of - 1;
    // ("three overground workers of the outfit": a Kashmir term for a militant group's helpers.)
    const helpers = tokens[word]?.key === "workers" && tokens[word - 1]?.key === "overground";
    // "Gunmen from La Mayiza", "fighters from the RSF": a group's own men may be "from" it too.
    const from =
      tokens[of]?.key === "from" &&
      m.entries.every((e) => e.kind === "actor") &&
      FIGHTERS_FROM.test(tokens[word]?.key ?? "");
    // "armed units loyal to the leadership of the TPLF", "armed groups linked to Morales": the men of the
    // party (or the person) they serve.
    const loyal = loyalMenBefore(tokens, m.first);
    // ("supporters of the former presidential candidate Venâncio Mondlane" are a crowd, not the man.)
    if (
      loyal < 0 &&
      (!(named || helpers) ||
        m.rule === "actor/person-name" ||
        (tokens[of]?.key !== "of" && !from) ||
        !(MEMBERS.test(tokens[word]?.key ?? "") || helpers || from))
    ) {
      out.push(m);
      continue;
    }
    if (loyal >= 0 && !named && m.rule !== "actor/person-name") {
      out.push(m);
      continue;
    }
    // The members word may itself have been read as a generic mention ("soldiers"): the party replaces it.
    // ("Kenyan personnel of the MSS mission": a state's own people serving with a mission stay its own.)
    const previous = out[out.length - 1];
    const at = loyal >= 0 ? loyal : word;
    const swallowed = previous !== undefined && previous.first <= at && previous.last > at;
    if (swallowed && previous.entries.some((e) => e.kind !== "generic")) {
      out.push(m);
      continue;
    }
    const first = swallowed ? previous.first : loyal >= 0 ? loyal : word;
    if (swallowed) out.pop();
    const start = tokens[first]!.start;
    out.push({ ...m, first, start, text: text.slice(start, m.end) });
  }
  return out;
}

function ruleOf(entries: readonly Entry[], head: ActorMention["head"]): string {
  const e = entries[0]!;
  if (e.kind === "actor") return head ? "actor/dictionary+head" : "actor/dictionary";
  if (e.kind === "country") return head ? `actor/country+${head}` : "actor/country";
  return `actor/generic:${e.role}`;
}

import { mapPacked } from "../arrays.js";
import { tokenize, type Token } from "../1-text/tokens.js";
import { CALENDAR } from "../1-text/calendar.js";
import type { ActorData, ActorKind, Entry, Model } from "../model.js";
import { findActors, joinPairs, ofAfter, spanOf, withMembersOf, type ActorMention } from "./actors.js";
import { longestMatch } from "./match.js";

/**
 * Pass 2a (continued): organisations the dictionaries do not know, named in full by the report ("the Northeast
 * Humanitarian Network (RHN)", "the Carlos Patiño Front", "the Sudan Doctors Network"). A run of
 * capitalised words that ends in an organisation's head noun (`model/generic.json` `organisationHeads`)
 * is an actor of the report's own; its short name in brackets, and the full name, name it again in
 * every later sentence. Armed or civil by its words. Dictionary actors always win: a name whose head
 * a dictionary phrase already covers ("Ukrainian Armed Forces", "Rapid Support Forces") is left alone.
 */
export function withNewNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
  text: string,
  model: Model,
  sentences: readonly { readonly start: number; readonly end: number }[] = [],
): ActorMention[][] {
  const heads = model.organisationHeads;
  if (heads.size === 0) return mentions as ActorMention[][];
  const found = new Map<string, NewName>();
  // "Issued by the Northeast Humanitarian Network (RHN) – 24 January 2025": a letterhead or a heading
  // between the sentences names an organisation as well as a sentence does.
  const headings = mapPacked(gapsBetween(text, sentences), (gap) =>
    tokenize(text.slice(gap.start, gap.end), gap.start),
  );
  const scanned = [
    ...mapPacked(headings, (t) => ({ tokens: t, known: findActors(t, text, model) })),
    ...mapPacked(tokens, (t, s) => ({ tokens: t, known: mentions[s]! })),
  ];
  scanned.forEach(({ tokens: sentence, known }) => {
    for (const name of namesIn(sentence, known, model)) {
      const key = name.keys.join(" ");
      const seen = found.get(key);
      if (seen && !seen.acronym && name.acronym) found.set(key, { ...seen, acronym: name.acronym });
      else if (!seen) found.set(key, name);
    }
  });
  for (const name of [
    ...clansIn(tokens, mentions),
    ...spelledNames(tokens, mentions, model),
    ...personsIn(tokens, mentions),
    ...bracketedNames(tokens, mentions),
    ...acronymSubjects(tokens, mentions),
    ...acronymPeople(tokens, mentions),
    ...partiesInSmallLetters(tokens, mentions),
  ])
    if (!found.has(name.keys.join(" "))) found.set(name.keys.join(" "), name);
  const defined = definedShortNames(tokens, mentions);
  if (found.size === 0 && defined.length === 0) return mentions as ActorMention[][];
  const phrases = byFirstKey([...phrasesOf([...found.values()]), ...defined]);
  return mapPacked(tokens, (sentence, s) => mentionsWith(sentence, mentions[s]!, phrases, text));
}

/** The stretches of text no sentence covers (headings, letterheads, bullets too short to be sentences). */
function gapsBetween(
  text: string,
  sentences: readonly { readonly start: number; readonly end: number }[],
): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start - at > 3) gaps.push({ start: at, end: s.start });
    at = Math.max(at, s.end);
  }
  if (sentences.length > 0 && text.length - at > 3) gaps.push({ start: at, end: text.length });
  // Line by line: a name never runs from one line of a letterhead into the next ("20:00 NEWS" above
  // "Communiqué of the National Council…").
  const lines = gaps.flatMap((g) => {
    const out: { start: number; end: number }[] = [];
    let from = g.start;
    for (let k = text.indexOf("\n", g.start); k >= 0 && k < g.end; k = text.indexOf("\n", k + 1)) {
      out.push({ start: from, end: k });
      from = k + 1;
    }
    out.push({ start: from, end: g.end });
    return out;
  });
  return lines.filter((g) => /[A-Z][\p{L}-]+ [A-Z]/u.test(text.slice(g.start, g.end)));
}

interface NewName {
  readonly keys: readonly string[];
  readonly name: string;
  readonly acronym: string | null;
  readonly kind: ActorKind;
  /** Named by its fighters ("Kalipin fighters", "the Timani clan"): those words name it too. */
  readonly byMembers?: boolean;
  /** A person's surname as written ("Mondlane"): it names them alone in later sentences. */
  readonly surname?: { readonly key: string; readonly raw: string };
}

/** Roles of people who act in public life on their own account ("opposition candidate Venâncio Mondlane"). */
const PUBLIC_ROLE =
  /^(?:candidate|activist|rapper|singer|musician|journalist|reporter|blogger|lawyer|politician|lawmaker|legislator|mp|senator|cleric|imam|pastor|archbishop|bishop|dissident|campaigner|unionist)$/;
/**
 * Of those, the callings whose people are civilians (ACLED's actor) however they are named: "arrested
 * journalist Ernesto Ruiz" is an arrest of civilians, named. (The id is the references' `CIVILIANS`.)
 */
const CIVILIAN_ROLE =
  /^(?:activist|rapper|singer|musician|journalist|reporter|blogger|lawyer|campaigner|unionist)$/;
/** Titles that are a person's own only when out of office or in opposition ("former President Evo Morales"). */
const FORMER_TITLE = /^(?:president|minister|leader|chairman|chairwoman|chairperson|figure|premier|mayor)$/;
const OUT_OF_OFFICE = /^(?:former|ex|opposition|ousted|exiled|jailed|detained|imprisoned)$/;
/** Of those, the ones that are also verbs: "police detained journalist X" is no "detained journalist". */
const VERB_TOO = /^(?:ousted|exiled|jailed|detained|imprisoned)$/;

/** Whether the word at k qualifies a person's role: an adjective, or a participle after a determiner. */
function outOfOffice(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]?.key ?? "";
  if (!OUT_OF_OFFICE.test(key)) return false;
  return (
    !VERB_TOO.test(key) || k === 0 || /^(?:the|a|an|of|,|and|its|his|her|their)$/.test(tokens[k - 1]!.key)
  );
}
/** Words of a name that are not a person's: months, days, and the words that open a heading. */
const NOT_PERSON = /^(?:province|state|district|region|city|county|town|village|army|forces|police|party)$/;

/** Whether the words before token `at` introduce a person: a public role, or an office left. */
function rolesBefore(tokens: readonly Token[], at: number): number {
  const role = tokens[at - 1];
  if (!role?.word) return -1;
  if (PUBLIC_ROLE.test(role.key)) {
    let k = at - 1;
    while (k > 0 && outOfOffice(tokens, k - 1)) k--;
    return k;
  }
  // "former Prime Minister Imran Khan", "opposition leader Bobi Wine".
  if (!FORMER_TITLE.test(role.key)) return -1;
  let k = at - 1;
  if (role.key === "minister" && tokens[k - 1]?.key === "prime") k--;
  return k > 0 && outOfOffice(tokens, k - 1) ? k - 1 : -1;
}

/**
 * People the dictionaries do not know, introduced by a public role ("opposition candidate Venâncio Mondlane",
 * "the rapper Aamir Dzidzonu", "former President Evo Morales"): each is an actor of the report's own, named
 * again by the full name or the surname alone (capitalised). Two to four capitalised words no other
 * mention covers.
 */
function personsIn(tokens: readonly (readonly Token[])[], mentions: readonly ActorMention[][]): NewName[] {
  const out: NewName[] = [];
  const nameWord = (t: Token | undefined): boolean =>
    t !== undefined &&
    t.word &&
    /^\p{Lu}\p{Ll}/u.test(t.raw) &&
    !CALENDAR.test(t.key) &&
    !NOT_PERSON.test(t.key);
  tokens.forEach((sentence, s) => {
    for (let i = 0; i < sentence.length; i++) {
      let end = i;
      while (end < sentence.length && end - i < 4 && nameWord(sentence[end])) end++;
      // ("killed Yazan Fathi, 21, in Tulkarm": a person named with an age is a civilian of the report's own.)
      const aged = end - i >= 2 && !nameWord(sentence[i - 1]) && agedAfter(sentence, end);
      if (!aged && (i === 0 || rolesBefore(sentence, i) < 0)) continue;
      // ("the rapper Yao "Mic Zio" Dzidzonu": a nickname in quotation marks between the names.)
      const nick = nicknameAt(sentence, end);
      if (end > i && nick > end && nameWord(sentence[nick])) {
        end = nick;
        while (end < sentence.length && end - nick < 2 && nameWord(sentence[end])) end++;
      }
      if (
        end - i < 2 ||
        (end < sentence.length && sentence[end]!.word && /^\p{Lu}/u.test(sentence[end]!.raw))
      )
        continue;
      if (
        mentions[s]!.some((m) => m.first < end && m.last > i && m.entries.some((e) => e.kind !== "generic"))
      )
        continue;
      const words = sentence.slice(i, end);
      const last = words[words.length - 1]!;
      if (last.raw.length < 3) continue;
      const civilian = aged || CIVILIAN_ROLE.test(sentence[i - 1]!.key);
      out.push({
        keys: mapPacked(words, (t) => t.key),
        name: asWritten(words),
        acronym: null,
        kind: civilian ? "civilians" : "ngo",
        surname: { key: last.key, raw: last.raw },
      });
    }
  });
  return out;
}

/** Whether an age follows a name ending at `end`: "Yazan Fathi, 21,", "Amina Bello (34)", ", aged 19". */
function agedAfter(sentence: readonly Token[], end: number): boolean {
  let k = end;
  if (sentence[k]?.raw !== "," && sentence[k]?.raw !== "(") return false;
  k++;
  if (sentence[k]?.key === "aged") k++;
  const age = sentence[k]?.raw ?? "";
  if (!/^\d{1,3}$/.test(age) || Number(age) < 1 || Number(age) > 110) return false;
  const after = sentence[k + 1];
  return after === undefined || /^(?:,|\.|\)|;|and|was|were|who)$/.test(after.key);
}

/** The token after a nickname in quotation marks that opens at `at` ('"Mic Zio"'), or -1. */
function nicknameAt(tokens: readonly Token[], at: number): number {
  if (!/^["“']$/.test(tokens[at]?.raw ?? "")) return -1;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++)
    if (/^["”']$/.test(tokens[k]!.raw)) return k > at + 1 ? k + 1 : -1;
  return -1;
}

/** Words for the armed men of a clan, a tribe or a group the report names by one word before them. */
const MEMBER_WORDS = [
  "fighters",
  "gunmen",
  "militiamen",
  "clansmen",
  "tribesmen",
  "warriors",
  "clan",
  "tribe",
];
const MEMBERS = new RegExp(`^(?:${[...MEMBER_WORDS, "clans", "tribes"].join("|")})$`);

/** "Kalipin fighters", "the Timani and Kalipin clans": the members' word after the name (lower case). */
function membersAfter(sentence: readonly Token[], i: number): boolean {
  const members = (t: Token | undefined) => t !== undefined && MEMBERS.test(t.key) && /^\p{Ll}/u.test(t.raw);
  return (
    members(sentence[i + 1]) ||
    (sentence[i + 1]?.key === "and" && capitalised(sentence[i + 2]) && members(sentence[i + 3])) ||
    (sentence[i - 1]?.key === "and" && capitalised(sentence[i - 2]) && members(sentence[i + 1]))
  );
}

/**
 * Armed groups a report names only by a word before their fighters: "Kalipin fighters set fire to 43
 * houses", "the Timani clan". The word is capitalised and written so inside a sentence somewhere in the
 * report (not only as a sentence's first word: "Armed gunmen", "Rival clans"), and no dictionary phrase
 * covers it ("Russian fighters", "Hamas fighters" are known); a militia of its own, the words after it
 * naming it too.
 */
function clansIn(tokens: readonly (readonly Token[])[], mentions: readonly ActorMention[][]): NewName[] {
  const inside = new Set<string>();
  for (const sentence of tokens)
    for (let i = 1; i < sentence.length; i++) {
      const t = sentence[i]!;
      if (capitalised(t) && sentence[i - 1]!.word && membersAfter(sentence, i)) inside.add(t.raw);
    }
  // A word any dictionary mention of the report holds ("the Zaïre militia") is the dictionary's.
  const known = new Set<string>();
  tokens.forEach((sentence, s) => {
    for (const m of mentions[s]!) for (let k = m.first; k < m.last; k++) known.add(sentence[k]!.key);
  });
  const out: NewName[] = [];
  const seen = new Set<string>();
  tokens.forEach((sentence, s) => {
    for (let i = 0; i + 1 < sentence.length; i++) {
      const t = sentence[i]!;
      if (
        !inside.has(t.raw) ||
        seen.has(t.key) ||
        known.has(t.key) ||
        OPENER.has(t.key) ||
        CALENDAR.test(t.key)
      )
        continue;
      if (!membersAfter(sentence, i)) continue;
      // One word of its own: not the end of a longer name ("Ahlu Sunna fighters"), not a known actor.
      if (i > 0 && capitalised(sentence[i - 1]) && !OPENER.has(sentence[i - 1]!.key)) continue;
      if (mentions[s]!.some((m) => m.first <= i && m.last > i)) continue;
      if (DESCRIPTOR.test(t.key) || t.raw.length < 3 || SHORT_NAME.test(t.raw)) continue;
      seen.add(t.key);
      out.push({ keys: [t.key], name: t.raw, acronym: null, kind: "militia", byMembers: true });
    }
  });
  return out;
}

interface LocalPhrase {
  readonly keys: readonly string[];
  /** Raw forms to match exactly (the short name), or null. */
  readonly exact: readonly string[] | null;
  readonly entry: Entry;
  /** A person's name (`personsIn`): the role that introduces it is part of the mention. */
  readonly person?: boolean;
}

// Words that join the capitalised words of a name: "Network for Human Rights", "Frente de Liberación".
const CONNECTOR: ReadonlySet<string> = new Set([
  "of",
  "for",
  "the",
  "and",
  "de",
  "del",
  "la",
  "las",
  "los",
  "des",
  "du",
  "al",
  "el",
  "ad",
  "ar",
  "as",
  "ash",
  "at",
  "az",
  "an",
  "-",
  "&",
]);
// Words that open a sentence or a name without belonging to it.
const OPENER: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "and",
  "but",
  "while",
  "when",
  "after",
  "as",
  "in",
  "on",
  "at",
  "by",
  "with",
  "from",
  "for",
  "to",
  "according",
  "meanwhile",
  "separately",
  "also",
  "both",
]);
// Descriptors that alone make no proper name ("Security Forces", "National Army" are generic).
const DESCRIPTOR =
  /^(?:national|security|armed|special|federal|state|local|government|military|police|air|naval|regular|allied|joint|central|general|regional|provincial|district|international|coalition|main|first|second|third|arab|bedouin|kurdish|tribal|rival|other|several|both|two|three|neighbouring|neighboring)$/;
// Words that make a name armed whatever its head: "Popular Resistance Committees", "Liberation Front".
const ARMED =
  /^(?:liberation|resistance|revolutionary|jihad|mujahideen|mujahidin|armed|army|militia|militias|front|brigade|brigades|battalion|battalions|legion|regiment|forces|guards|commandos|cartel|gang|gangs|rebels|fighters|mobilisation|mobilization|self-defence|self-defense|defence|defense|ejercito|ejército|frente|katiba|jaysh|jaish|liwa|saraya|harakat|kataib|kataeb)$/;
// Words that make a name civil whatever its head: "Sahel Relief Alliance", "Sudan Doctors Network",
// "Southern Puno Natural Resources Defence Front" (a protest movement of farmers and towns).
const CIVIL =
  /^(?:relief|humanitarian|rights|media|journalists?|press|doctors|medical|health|aid|peace|women|lawyers|monitoring|monitors?|research|studies|refugees?|protection|development|education|teachers|students|workers|trade|chamber|victims|families|mothers|democracy|dialogue|reconciliation|charity|charitable|red|natural|resources|environment|environmental|water|farmers|peasants|indigenous|civic|citizens|community|communities|consumers|transporters|drivers|traders|merchants|parents)$/;
const SHORT_NAME = /^[\p{Lu}][\p{Lu}\p{N}-]{1,9}$/u;
/** The heads and words of a state's security body's name: "Internal Security Agency", "State Border Service". */
const SECURITY_HEAD = /^(?:agency|service|bureau|directorate|department)$/;
const SECURITY_WORD =
  /^(?:security|investigation|investigations|investigative|intelligence|border|counter-terrorism|counterterrorism|anti-terrorism|counter-intelligence|counterintelligence|police|gendarmerie|guard)$/;

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/** UPPER_OR_DIGIT, read from the first character when it is ASCII (most words) without the expression. */
function startsUpperOrDigit(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 0x80 ? (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) : UPPER_OR_DIGIT.test(raw);
}

const capitalised = (t: Token | undefined): boolean => t !== undefined && t.word && startsUpperOrDigit(t.raw);

// A capitalised word that does not open a new phrase ("Dakar – The West Africa …" starts again at "The").
const inName = (t: Token | undefined): boolean => capitalised(t) && !OPENER.has(t!.key);

// "Frente de Liberación", "Ahrar al-Sham": a connector, or a hyphen written without spaces.
// ("Commission on Human Rights", not "the Assembly on Monday".)
function joins(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.key === "on") return !CALENDAR.test(tokens[at + 1]?.key ?? "");
  // ("Centre for Rights and Accountability in Central Africa": a name's own words after its head; a place
  // after a name's head, "Network in Goma", is left out of it below.)
  if (t?.key === "in") return !CALENDAR.test(tokens[at + 1]?.key ?? "") && tokens[at - 1]?.raw !== ",";
  if (t === undefined || !CONNECTOR.has(t.key)) return false;
  return t.raw !== "-" || (tokens[at - 1]?.end === t.start && tokens[at + 1]?.start === t.end);
}

/** An apostrophe written right after a capitalised plural ("Teachers'"). */
function pluralApostrophe(tokens: readonly Token[], at: number, mentions: readonly ActorMention[]): boolean {
  const t = tokens[at];
  const before = tokens[at - 1];
  return (
    t !== undefined &&
    before !== undefined &&
    (t.raw === "'" || t.raw === "\u2019") &&
    before.end === t.start &&
    /s$/.test(before.raw) &&
    capitalised(before) &&
    // ("the Houthis' Supreme Political Council", "the Maoists' Zonal Committee": an armed party's body.)
    !mentions.some((m) => m.first <= at - 1 && m.last > at - 1 && !m.entries.every(civilianWord))
  );
}

/** The organisations named in full in one sentence that no dictionary phrase covers. */
function namesIn(tokens: readonly Token[], mentions: readonly ActorMention[], model: Model): NewName[] {
  const names: NewName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]) || OPENER.has(tokens[i]!.key)) {
      i++;
      continue;
    }
    // The run of capitalised words and their connectors from i.
    let end = i + 1;
    for (;;) {
      if (inName(tokens[end])) end++;
      // ("the Teachers' Association of Cameroon": a plural's apostrophe inside the name.)
      else if (pluralApostrophe(tokens, end, mentions) && inName(tokens[end + 1])) end += 2;
      // ("the United People's Democratic Front", "the Women's Action Network": a possessive inside the name.)
      else if (
        /^(?:people|women|children|workers|nation|citizens)$/.test(tokens[end - 1]?.key ?? "") &&
        /^['’]$/.test(tokens[end]?.raw ?? "") &&
        tokens[end + 1]?.key === "s" &&
        inName(tokens[end + 2])
      )
        end += 3;
      else if (joins(tokens, end) && inName(tokens[end + 1])) end += 2;
      else if (joins(tokens, end) && joins(tokens, end + 1) && inName(tokens[end + 2])) end += 3;
      else break;
    }
    // "between the Nasr Brigade and the Zawiya Revolutionaries Brigade": a name that ends on its head and
    // "and the" open two names ("the Justice and Equality Movement" is one).
    end = splitAtSecondName(tokens, i, end, model);
    // ("the Tabital Pulaaku association": a civil body's head written small after its capitalised name.)
    if (LOWER_HEAD.test(tokens[end]?.raw ?? "")) end++;
    const name = nameIn(tokens, i, end, mentions, model);
    if (name) names.push(name);
    i = end;
  }
  return names;
}

/** The end of the first name in the run [from, end): at "and the" after an organisation's head, if any. */
function splitAtSecondName(tokens: readonly Token[], from: number, end: number, model: Model): number {
  for (let k = from + 1; k < end - 2; k++)
    if (
      tokens[k]!.key === "and" &&
      tokens[k + 1]!.key === "the" &&
      tokens[k - 1]!.word &&
      // ("Libya's House of Representatives and the High Council of State": two bodies, the first a plural.)
      (model.organisationHeads.has(tokens[k - 1]!.key) || /^\p{Lu}\p{L}*s$/u.test(tokens[k - 1]!.raw))
    )
      return k;
  return end;
}

/** Heads of civil bodies a name may be followed by in small letters ("the Tabital Pulaaku association"). */
const LOWER_HEAD = /^(?:association|collective|network|coalition|federation|forum|syndicate|union|platform)$/;

/** Verbs of a body that speaks, right after its name. */
const SPEAKS =
  /^(?:said|says|accused|accuses|condemned|condemns|denounced|called|calls|urged|urges|demanded|demands|warned|warns|reported|reports|documented|stated)$/;

/**
 * Whether a verb of speech comes at `at`, past an aside between commas and an auxiliary ("the Muslim Attorney
 * Centre, a legal aid group based in Pattani, has urged").
 */
function speaksNext(tokens: readonly Token[], at: number): boolean {
  let k = at;
  if (tokens[k]?.key === ",") {
    let close = -1;
    for (let j = k + 1; j < Math.min(tokens.length, k + 16); j++)
      if (tokens[j]!.key === ",") {
        close = j;
        break;
      }
    if (close < 0) return false;
    k = close + 1;
  }
  for (let skip = 0; skip < 2 && /^(?:has|have|had|also|again|on)$/.test(tokens[k]?.key ?? ""); skip++) k++;
  return SPEAKS.test(tokens[k]?.key ?? "");
}

/** Ordinal words that number a unit ("the Eighteenth Brigade"). */
const ORDINAL_WORD =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)$/;
/** Words of a state army's unit names ("Infantry", "Task Force", "Light", "Marine"). */
const UNIT_WORD_OF_ARMY =
  /^(?:infantry|mechani[sz]ed|armou?red|marine|marines|task|force|light|special|rapid|motori[sz]ed|artillery|commando|presidential|republican|border|police|army|assault|airborne|mountain|tank|guards?|naval|air|territorial|defen[cs]e|intervention|reaction|ranger|rangers|engineering|engineer|signal|reserve|division|corps|regiment|operational|tactical|combined|joint|national)$/;

/** The organisation in the run [first, end), ending at its last head noun, or null. */
function nameIn(
  tokens: readonly Token[],
  from: number,
  end: number,
  mentions: readonly ActorMention[],
  model: Model,
): NewName | null {
  let first = from;
  let head = -1;
  for (let j = end - 1; j >= first; j--)
    if (tokens[j]!.word && model.organisationHeads.has(tokens[j]!.key)) {
      head = j;
      break;
    }
  if (head < 0) return null;
  // "the Centre for Rights and Accountability": a centre that names what it is for; "the Machala Social
  // Rehabilitation Centre", "a Health Centre" are buildings.
  // ("the Muslim Attorney Centre (MAC) accused…", "the Human Rights Centre said": one that has a short
  // name, or speaks, is an organisation.)
  if (
    /^(?:centre|center)$/.test(tokens[head]!.key) &&
    !(
      /^(?:for|of|on)$/.test(tokens[head + 1]?.key ?? "") &&
      capitalised(tokens[head + 2]) &&
      !CALENDAR.test(tokens[head + 2]!.key)
    ) &&
    !(tokens[head + 1]?.raw === "(" && /^\p{Lu}{2,}$/u.test(tokens[head + 2]?.raw ?? "")) &&
    !speaksNext(tokens, head + 1)
  )
    return null;
  // "the Kingmi Church", "the Synod of the Kingmi Church": a church that speaks; "St Joseph's Church",
  // "attacked the Evangelical Church in Kikwit" are buildings.
  if (/^church(?:es)?$/.test(tokens[head]!.key) && churchBuilding(tokens, from, head)) return null;
  // A dictionary actor, or a state's forces ("Ukrainian Armed Forces"), reaching the head names it already.
  const covered = mentions.some(
    (m) => m.first <= head && m.last > head && (m.head !== null || m.entries.some((e) => e.kind === "actor")),
  );
  if (covered) return null;
  // "Fighters of the Carlos Patiño Front": the members before "of" are not the name.
  while (
    first < head &&
    !model.organisationHeads.has(tokens[first]!.key) &&
    tokens[first + 1]?.key === "of"
  ) {
    first++;
    while (first < head && CONNECTOR.has(tokens[first]!.key)) first++;
  }
  // "clashes between the ELN and the 33rd Front": an actor the dictionary knows, joined by "and", is a
  // party of its own, not the start of the new name.
  for (const m of mentions)
    if (
      m.first >= from &&
      m.last > first &&
      m.last < head &&
      tokens[m.last]?.key === "and" &&
      m.entries.some((e) => e.kind === "actor" || e.kind === "country")
    ) {
      first = m.last + 1;
      while (first < head && (tokens[first]!.key === "the" || CONNECTOR.has(tokens[first]!.key))) first++;
    }
  // Any dictionary phrase reaching the head ("Russian Federation", "African Union") names it already
  // (a word for civilians does not: "the Kingmi Church").
  for (let j = first; j <= head; j++) {
    const known = tokens[j]!.word ? longestMatch(tokens, j, model.actorPhrases) : null;
    if (known && j + known.keys.length > head && !known.value.every(civilianWord)) return null;
  }
  // "Network for Human Rights": the words after the head belong to the name unless they name an actor
  // ("Law Society of Kenya": a country, or words like "Human Rights", are part of a name).
  let last = head + 1;
  if (/^(?:for|of|to|against|on)$/.test(tokens[last]?.key ?? "")) {
    const tail = mentions.some(
      (m) => m.first > head && m.first < end && m.entries.some((e) => e.kind === "actor"),
    );
    if (!tail) last = end;
  }
  const words = tokens.slice(first, last).filter((t) => t.word && !CONNECTOR.has(t.key));
  if (words.length < 2 || words.length > 8) return null;
  const bracket = tokens[last]?.raw === "(" && tokens[last + 2]?.raw === ")" ? tokens[last + 1]!.raw : null;
  const acronym = bracket !== null && SHORT_NAME.test(bracket) ? bracket : null;
  const others = words.filter((t) => t !== tokens[head]);
  if (acronym === null && others.every((t) => DESCRIPTOR.test(t.key))) return null;
  // Acronyms before the head ("UN Security Council") are a dictionary's job.
  if (others.every((t) => SHORT_NAME.test(t.raw) || DESCRIPTOR.test(t.key))) return null;
  // "the Al-Nasr Brigade" is a militia of its own; "the 103rd Infantry Brigade", "the Eighteenth Brigade",
  // "its Subul al-Salam Brigade", "Light Infantry Battalion 356" are some army's units.
  if (/^(?:brigade|brigades|battalion|battalions)$/.test(tokens[head]!.key)) {
    const unit = (t: Token): boolean =>
      /\d/.test(t.raw) || ORDINAL_WORD.test(t.key) || UNIT_WORD_OF_ARMY.test(t.key);
    if (
      tokens.slice(first, Math.min(tokens.length, last + 2)).some(unit) ||
      /^(?:its|their|his|s|'s)$/.test(tokens[first - 1]?.key ?? "") ||
      /^(?:its|their|his|s|'s)$/.test(tokens[first - 2]?.key ?? "")
    )
      return null;
  }
  const headKind = model.organisationHeads.get(tokens[head]!.key)!;
  const civil = words.some((t) => CIVIL.test(t.key));
  const armed = !civil && (headKind !== "ngo" || words.some((t) => ARMED.test(t.key)));
  // ("the National Intelligence and Security Agency (NISA)": a state body the dictionaries know by its short
  // name stays theirs.)
  const securityHead = SECURITY_HEAD.test(tokens[head]!.key);
  if (acronym !== null && securityHead) {
    const known = longestMatch(tokens, last + 1, model.actorPhrases);
    if (known?.value.some((e) => e.kind === "actor" && /^(?:military|police|government)$/.test(e.actor.kind)))
      return null;
  }
  // ("the National Investigation Agency (NIA)", "the State Border Service": a state's security body; but
  // "the Public Security Agency" is the generic police, "the Government Communication Service" the
  // government.)
  if (
    securityHead &&
    (words.some((t) => /^(?:government|ministry|presidential|cabinet)$/.test(t.key)) ||
      (acronym === null && others.every((t) => /^(?:public|general|internal|state|security)$/.test(t.key))))
  )
    return null;
  const security = securityHead && !civil && words.some((t) => SECURITY_WORD.test(t.key));
  // ("Azerbaijan's State Border Service": a body named with its state's possessive is that state's.)
  if (security && /^(?:s|'s|’s)$/.test(tokens[first - 1]?.key ?? "")) return null;
  const kind: ActorKind = security ? "police" : !armed ? "ngo" : headKind === "ngo" ? "militia" : headKind;
  const keys = mapPacked(tokens.slice(first, last), (t) => t.key);
  return { keys, name: asWritten(tokens.slice(first, last)), acronym, kind };
}

function civilianWord(e: Entry): boolean {
  return e.kind === "generic" && e.role === "civilians";
}

/** Whether a church named in [from, head] is a building: a saint's, someone's, or a place something is done to or in. */
function churchBuilding(tokens: readonly Token[], from: number, head: number): boolean {
  for (let k = from; k < head; k++)
    if (
      /^(?:st|saint|sainte|santa|san|s)$/.test(tokens[k]!.key) ||
      tokens[k]!.raw === "'" ||
      tokens[k]!.raw === "’"
    )
      return true;
  let before = from - 1;
  while (before >= 0 && /^(?:the|a|an)$/.test(tokens[before]!.key)) before--;
  return before >= 0 && CHURCH_PLACE.test(tokens[before]!.key);
}
const CHURCH_PLACE =
  /^(?:in|at|near|inside|outside|on|into|from|to|of|attacked|torched|burned|burnt|bombed|stormed|raided|looted|vandalised|vandalized|targeted|hit|struck|destroyed|damaged)$/;

/**
 * "Al-Shabaab (AS) fighters attacked … AS took full control of Moqokori": a short name the report gives a
 * party the dictionary knows, in brackets after its name, names that party for the rest of the report.
 */
function definedShortNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): LocalPhrase[] {
  const out: LocalPhrase[] = [];
  tokens.forEach((sentence, s) => {
    for (const m of mentions[s]!) {
      // Right after the name, or inside the mention it heads ("Al-Shabaab (AS) fighters").
      let open = m.first + 1;
      while (open <= m.last && sentence[open]?.raw !== "(") open++;
      const short = sentence[open + 1];
      if (
        sentence[open]?.raw !== "(" ||
        sentence[open + 2]?.raw !== ")" ||
        !short ||
        !SHORT_NAME.test(short.raw) ||
        m.entries.length !== 1 ||
        m.entries[0]!.kind !== "actor" ||
        // (A short name the dictionary knows already names its own, unless it spells this name's initials:
        // "the Rwanda Security Forces (RSF)" are not Sudan's Rapid Support Forces.)
        (mentions[s]!.some((o) => o !== m && o.first <= open + 1 && o.last > open + 1) &&
          !spellsInitials(short.raw, sentence.slice(m.first, open))) ||
        out.some((p) => p.exact?.[0] === short.raw)
      )
        continue;
      out.push({ keys: [short.key], exact: [short.raw], entry: m.entries[0]! });
    }
  });
  return out;
}

/** Words as the text writes them: a space where the text has one ("Sahel Solidarity Action", "Mai-Mai"). */
function asWritten(words: readonly Token[]): string {
  let out = "";
  for (let k = 0; k < words.length; k++)
    out += (k > 0 && words[k - 1]!.end < words[k]!.start ? " " : "") + words[k]!.raw;
  return out;
}

/** The kinds of party whose short names a report's own organisation may spell anew. */
const NON_STATE_KINDS: ReadonlySet<string> = new Set(["rebel", "militia"]);

/** The short name in brackets that opens at token `open` ("(JED)"), or null. */
function bracketedShort(sentence: readonly Token[], open: number): Token | null {
  const short = sentence[open + 1];
  return sentence[open]?.raw === "(" && sentence[open + 2]?.raw === ")" && short && SHORT_NAME.test(short.raw)
    ? short
    : null;
}

/** The first token of the run of capitalised words and `link` words before `open`, at most `reach` long. */
function nameRunBefore(
  sentence: readonly Token[],
  open: number,
  reach: number,
  link: (key: string) => boolean,
): number {
  let first = open;
  while (
    first > 0 &&
    open - first < reach &&
    sentence[first - 1]!.word &&
    (/^\p{Lu}/u.test(sentence[first - 1]!.raw) || link(sentence[first - 1]!.key))
  )
    first--;
  return first;
}

/**
 * "RCPDH condemns the killings…", "IPLM calls on the Iranian authorities…": a short name in capitals that
 * opens a sentence and speaks (an organisation whose full name the report gave only in its letterhead, or
 * never) is a civil body of the report's own.
 */
function acronymSubjects(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): NewName[] {
  const out: NewName[] = [];
  tokens.forEach((sentence, s) => {
    // ("TEHRAN — IPLM calls on…": past a dateline.)
    const dash = sentence.slice(0, 6).findIndex((t) => /^(?:—|–|-|:)$/.test(t.raw));
    const at = sentence.findIndex((t, k) => t.word && k > dash);
    const name = ACRONYM_SPEAKS.test(sentence[at + 1]?.key ?? "")
      ? unknownAcronym(sentence, at, mentions[s]!)
      : null;
    if (name) out.push(name);
  });
  return out;
}

/** A short name in capitals at `at` that no mention covers, as a civil body of the report's own. */
function unknownAcronym(
  sentence: readonly Token[],
  at: number,
  mentions: readonly ActorMention[],
): NewName | null {
  const word = sentence[at];
  if (!word || !/^[A-Z][A-Z0-9]{2,7}$/.test(word.raw)) return null;
  if (mentions.some((m) => m.first <= at && m.last > at)) return null;
  return { keys: [word.key], name: word.raw, acronym: word.raw, kind: "ngo" };
}
/**
 * "talks with JKJAAC leaders", "arrested five CNL activists": a short name in capitals no dictionary knows,
 * right before the people who belong to it, is a body of the report's own.
 */
function acronymPeople(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): NewName[] {
  const out: NewName[] = [];
  tokens.forEach((sentence, s) => {
    for (let at = 1; at + 1 < sentence.length; at++) {
      const name = OWN_PEOPLE.test(sentence[at + 1]!.key) ? unknownAcronym(sentence, at, mentions[s]!) : null;
      if (name) out.push(name);
    }
  });
  return out;
}
/**
 * "the far-right Vox party", "the opposition Tisza party": capitalised words no dictionary knows before a
 * party written in small letters name the party, which those words name again later ("accused Vox of").
 */
function partiesInSmallLetters(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): NewName[] {
  const out: NewName[] = [];
  tokens.forEach((sentence, s) => {
    for (let at = 2; at < sentence.length; at++) {
      if (sentence[at]!.raw !== "party") continue;
      let first = at;
      while (first > at - 3 && capitalised(sentence[first - 1]) && first - 1 > 0) first--;
      if (first === at) continue;
      const words = sentence.slice(first, at);
      // (After "the" and its adjectives only: "… said the Vox party", never "In Madrid party officials".)
      const before = sentence[first - 1]!.key;
      if (
        !/^(?:the|right|left|wing|ruling|opposition|nationalist|populist|governing|conservative|liberal|centrist|centre-right|centre-left|islamist|pro-russian|pro-government)$/.test(
          before,
        )
      )
        continue;
      if (mentions[s]!.some((m) => m.first < at && m.last > first)) continue;
      if (words.some((t) => !/^\p{Lu}\p{Ll}+$/u.test(t.raw) || OPENER.has(t.key) || CONNECTOR.has(t.key)))
        continue;
      out.push({ keys: mapPacked(words, (t) => t.key), name: asWritten(words), acronym: null, kind: "ngo" });
    }
  });
  return out;
}

/** A body's own people, named right after it: "CNL activists", "JKJAAC leaders". */
const OWN_PEOPLE = /^(?:activists|members|supporters|cadres|leaders|officials|representatives|delegates)$/;

const ACRONYM_SPEAKS =
  /^(?:condemns|condemned|calls|called|urges|urged|demands|demanded|denounces|denounced|accuses|accused|says|said|warns|warned|documented|recorded|reported|notes|noted|appeals|appealed|welcomes|welcomed|deplores|deplored)$/;

/** An organisation of the report's own, named by `words` and the short name after them. */
function shortNamed(words: readonly Token[], short: Token): NewName {
  return {
    keys: mapPacked(words, (t) => t.key),
    name: asWritten(words),
    acronym: short.raw,
    kind: words.some((t) => ARMED.test(t.key)) ? "militia" : "ngo",
  };
}

/**
 * "the international NGO Sahel Solidarity Action (SSA)": capitalised words whose initials the short name in
 * brackets after them spells, where the dictionary knows that short name as another party's (the Libyan
 * SSA), name an organisation of the report's own, which the short name names again. Civil unless its
 * words are armed ones.
 */
function spelledNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
  model: Model,
): NewName[] {
  const out: NewName[] = [];
  tokens.forEach((sentence, s) => {
    for (let open = 1; open + 2 < sentence.length; open++) {
      const short = bracketedShort(sentence, open);
      if (!short) continue;
      const known = mentions[s]!.find((m) => m.first <= open + 1 && m.last > open + 1);
      if (!known) continue;
      let first = nameRunBefore(sentence, open, 8, (key) => CONNECTOR.has(key));
      // ("the international NGO Sahel Solidarity Action": the longest run of them that it spells.)
      while (
        first < open - 1 &&
        (CONNECTOR.has(sentence[first]!.key) || !spellsInitials(short.raw, sentence.slice(first, open)))
      )
        first++;
      const words = sentence.slice(first, open);
      if (words.length < 2 || !spellsInitials(short.raw, words)) continue;
      // (A name the dictionary knows keeps its own: `definedShortNames`; so does a state's body, whose short
      // names the dictionary holds among its forces': "the National Intelligence and Security Agency (NISA)".)
      if (
        mentions[s]!.some((m) => m.first < open && m.last > first) ||
        !known.entries.some((e) => e.kind === "actor" && NON_STATE_KINDS.has(e.actor.kind)) ||
        words.some((_, k) => {
          const phrase = longestMatch(sentence, first + k, model.actorPhrases);
          return phrase !== null && first + k + phrase.keys.length >= open;
        })
      )
        continue;
      out.push(shortNamed(words, short));
    }
  });
  return out;
}

/** Small words a name's short form may spell or skip, beyond `CONNECTOR` ("Journaliste en Danger (JED)"). */
const NAME_LINK = /^(?:en|et|y|e|le|les|pour|in|on|against)$/;

/** The generic words that name a state's bodies ("Government", "Army", "Police"). */
const STATE_ROLES: ReadonlySet<string> = new Set(["government", "stateForces", "police"]);

/** The heads a civil body's translated name opens on ("Collective against Impunity …"). */
const CIVIL_HEAD =
  /^(?:Collective|Association|Committee|Coalition|Forum|Network|League|Union|Federation|Council|Observatory|Platform|Centre|Center)$/;

/**
 * Organisations no dictionary knows that the report names with a short name in brackets whose letters are
 * the name's initials, in order ("Journaliste en Danger (JED)", "Forces of Republican Opposition and Civil
 * society (FROC)"), with no head noun for `namesIn` to find: each an actor of the report's own, named again
 * by the short name; or whose run opens on a civil body's head, its name translated (`CIVIL_HEAD`). Not where
 * the short name or any of the words is a mention already (an office: "Pakistan's Director General of
 * Military Operations (DGMO)"), save generic words inside a name of three capitalised words or more.
 */
function bracketedNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): NewName[] {
  const out: NewName[] = [];
  tokens.forEach((sentence, s) => {
    for (let open = 2; open + 2 < sentence.length; open++) {
      const short = bracketedShort(sentence, open);
      if (!short || !/^\p{Lu}+$/u.test(short.raw) || short.raw.length < 2) continue;
      // (Nor any mention the dictionary names, right before it: generic words may be the name's own.)
      // ("the Government Communication Service (GCS)" stays the government's.)
      const generic = (m: ActorMention): boolean =>
        m.entries.every((e) => e.kind === "generic" && !STATE_ROLES.has(e.role));
      if (mentions[s]!.some((m) => m.first <= open + 1 && m.last > open - 1 && !generic(m))) continue;
      const first = nameRunBefore(sentence, open, 10, (key) => CONNECTOR.has(key) || NAME_LINK.test(key));
      const letters = short.raw.toLowerCase();
      let found = -1;
      for (let start = first; start <= open - 2 && found < 0; start++) {
        const words = sentence.slice(start, open);
        if (!/^\p{Lu}/u.test(words[0]!.raw)) continue;
        const all = mapPacked(words, (t) => t.key[0]!).join("");
        const capitals = mapPacked(
          words.filter((t) => /^\p{Lu}/u.test(t.raw)),
          (t) => t.key[0]!,
        ).join("");
        if (all === letters || capitals === letters) found = start;
      }
      // ("the Collective against Impunity and Stigmatisation of Communities (CISC)": a civil body's name
      // translated, its short name kept in the first language, when the run opens on the body's head.)
      for (let start = first; start <= open - 2 && found < 0; start++)
        if (CIVIL_HEAD.test(sentence[start]!.raw) && letters.length >= 3) found = start;
      if (found < 0) continue;
      const words = sentence.slice(found, open);
      const upper = words.filter((t) => /^\p{Lu}/u.test(t.raw)).length;
      if (upper < 2) continue;
      // (An office is its state's: "Pakistan's Director General of Military Operations (DGMO)".)
      if (words.some((t) => TITLE_END.test(t.key)) || sentence[found - 1]?.key === "s") continue;
      // (A unit of the map is no body: "Marte Local Government Area (LGA)", "the Federally Administered
      // Tribal Areas (FATA)".)
      if (ADMIN_UNIT.test(words[words.length - 1]!.key)) continue;
      // (Generic words inside a long name are the name's: "The Collective against Impunity and
      // Stigmatisation of Communities (CISC)".)
      if (mentions[s]!.some((m) => m.first < open && m.last > found - 1 && !(upper >= 3 && generic(m))))
        continue;
      out.push(shortNamed(words, short));
    }
  });
  return out;
}

/** The last word of a unit of the map's name: "Local Government Area", "Autonomous Region". */
const ADMIN_UNIT =
  /^(?:areas?|districts?|county|counties|municipality|governorate|zones?|territory|territories|township|prefecture|commune|ward|region)$/;

/** Whether a short name is the initials of a name's words ("RSF": "Rwanda Security Forces"), in order or not. */
function spellsInitials(short: string, words: readonly Token[]): boolean {
  const initials = mapPacked(
    words.filter((t) => t.word && /^\p{Lu}/u.test(t.raw)),
    (t) => t.raw[0]!,
  ).join("");
  const sorted = (x: string): string => [...x].sort().join("");
  return initials.length >= 2 && initials.length === short.length && sorted(initials) === sorted(short);
}

function phrasesOf(names: readonly NewName[]): LocalPhrase[] {
  const phrases: LocalPhrase[] = [];
  for (const n of names) {
    const actor: ActorData = {
      id: n.surname && n.kind === "civilians" ? "civilians" : (n.acronym ?? n.name),
      name: n.name,
      kind: n.kind,
      country: null,
      parent: null,
      aliases: n.acronym ? [n.acronym] : [],
    };
    const entry: Entry = { kind: "actor", actor };
    if (n.byMembers)
      for (const word of MEMBER_WORDS) phrases.push({ keys: [...n.keys, word], exact: null, entry });
    phrases.push({ keys: n.keys, exact: null, entry, ...(n.surname ? { person: true } : {}) });
    if (n.acronym) phrases.push({ keys: [n.acronym.toLowerCase()], exact: [n.acronym], entry });
    if (n.surname) phrases.push({ keys: [n.surname.key], exact: [n.surname.raw], entry, person: true });
  }
  return phrases.sort((a, b) => b.keys.length - a.keys.length);
}

/** The report's own phrases by their first key, longest first: a token looks up only those it may start. */
function byFirstKey(phrases: readonly LocalPhrase[]): ReadonlyMap<string, LocalPhrase[]> {
  const index = new Map<string, LocalPhrase[]>();
  for (const p of phrases) {
    const list = index.get(p.keys[0]!);
    if (list) list.push(p);
    else index.set(p.keys[0]!, [p]);
  }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

function matchAt(tokens: readonly Token[], at: number, p: LocalPhrase): boolean {
  if (at + p.keys.length > tokens.length) return false;
  for (let k = 0; k < p.keys.length; k++) {
    const t = tokens[at + k]!;
    if (t.key !== p.keys[k] || (p.exact !== null && t.raw !== p.exact[k])) return false;
  }
  return true;
}

/** A sentence's mentions with the report's own organisations added: they replace what they overlap. */
function mentionsWith(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  phrases: ReadonlyMap<string, readonly LocalPhrase[]>,
  text: string,
): ActorMention[] {
  const added: ActorMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const p = phrases.get(tokens[i]!.key)?.find((q) => matchAt(tokens, i, q));
    if (!p) continue;
    // "Avenida Eduardo Mondlane": a surname after another capitalised name is someone else's (not after a
    // title: "President Morales").
    if (
      p.person &&
      p.keys.length === 1 &&
      i > 0 &&
      capitalised(tokens[i - 1]) &&
      !TITLE_END.test(tokens[i - 1]!.key) &&
      !FORMER_TITLE.test(tokens[i - 1]!.key) &&
      !PUBLIC_ROLE.test(tokens[i - 1]!.key)
    )
      continue;
    let last = i + p.keys.length;
    // A dictionary name running past this one ("RHN-backed" aside) keeps its words.
    const longer = mentions.some(
      (m) =>
        m.first <= i && m.last >= last && m.last - m.first > p.keys.length && m.entries[0]?.kind === "actor",
    );
    if (longer) continue;
    // "the Northeast Humanitarian Network (RHN)": the short name in brackets is the same mention.
    if (tokens[last]?.raw === "(" && tokens[last + 2]?.raw === ")" && SHORT_NAME.test(tokens[last + 1]!.raw))
      last += 3;
    // "five CNL activists", "JKJAAC leaders": the body's people named after it are the same mention.
    if (!p.person && OWN_PEOPLE.test(tokens[last]?.key ?? "")) last += 1;
    // "opposition candidate Venâncio Mondlane": the role and the name are one mention.
    const role = p.person ? rolesBefore(tokens, i) : -1;
    const first = role >= 0 ? role : i;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    // "the ELN's Northeastern War Front": a unit of the dictionary actor whose possessive it follows is
    // that actor.
    const owner =
      tokens[i - 1]?.key === "s" && /^['’]$/.test(tokens[i - 2]?.raw ?? "")
        ? mentions.find((m) => m.last === i - 2 && m.entries.some((e) => e.kind === "actor"))
        : undefined;
    added.push({
      first,
      last,
      start,
      end,
      text: text.slice(start, end),
      entries: owner ? owner.entries : [p.entry],
      head: null,
      rule: owner ? "actor/new-name:unit-of" : p.person ? "actor/person-name" : "actor/new-name",
    });
    i = last - 1;
  }
  if (added.length === 0) return mentions as ActorMention[];
  const kept = mentions.filter((m) => !added.some((a) => a.first < m.last && m.first < a.last));
  const merged = [...kept, ...added].sort((a, b) => a.first - b.first);
  return withMembersOf(withParentsOf(merged, tokens, text), tokens, text);
}

/** "the 33rd Front of the FARC dissidents": the parent named after a unit of its own is the same mention. */
function withParentsOf(mentions: ActorMention[], tokens: readonly Token[], text: string): ActorMention[] {
  return joinPairs(mentions, (unit, m) =>
    unit.rule === "actor/new-name" &&
    m.first === ofAfter(tokens, unit.last) &&
    m.entries.some((e) => e.kind === "actor")
      ? { ...unit, ...spanOf(unit, m, text) }
      : null,
  );
}

/**
 * Pass 2a (continued): a short name the report defines for a dictionary actor ("Philippine Air Force
 * (PAF)") or for a state's force it names by its country ("Rwandan Security Forces (RSF)") means that
 * actor wherever the report uses it again ("PAF A-29 aircraft struck…"), over any other the dictionary
 * gives the letters (Pakistan's Air Force, Sudan's RSF). So does one its list of abbreviations
 * defines ("Abbreviations: NA – Nigerian Army; NAF – Nigerian Air Force"), wherever the list stands.
 * Mentions keep their spans.
 */
export function withDefinedShortNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
  text: string,
  model?: Model,
  glossaries: readonly { readonly start: number; readonly end: number }[] = [],
): ActorMention[][] {
  const defined = new Map<string, Pick<ActorMention, "entries" | "head">>();
  if (model) for (const [short, meant] of glossaryOf(text, glossaries, model)) defined.set(short, meant);
  mentions.forEach((ms, s) => {
    const t = tokens[s]!;
    for (const m of ms) {
      // A dictionary actor's name (not a name new to the report, which names its own short name), or a
      // state's force named by its country ("Rwandan Security Forces (RSF)": Rwanda's, not Sudan's RSF).
      if (m.rule === "actor/new-name") continue;
      if (!m.entries.some((e) => e.kind === "actor" || (e.kind === "country" && m.head !== null))) continue;
      if (t[m.last]?.raw !== "(" || t[m.last + 2]?.raw !== ")") continue;
      const short = t[m.last + 1]!.raw;
      if (!SHORT_NAME.test(short) || defined.has(short)) continue;
      defined.set(short, { entries: m.entries, head: m.head });
    }
  });
  if (defined.size === 0) return mentions as ActorMention[][];
  return mapPacked(tokens, (t, s) => {
    const ms = mentions[s]!;
    const out: ActorMention[] = [];
    let changed = false;
    for (const m of ms) {
      // "PAF", "PAF aircraft": the short name, alone or with a head after it.
      const short = t[m.first]!.raw;
      const meant =
        m.text === short || (m.head && m.text.startsWith(`${short} `)) ? defined.get(short) : undefined;
      if (meant && idsOf(meant.entries) !== idsOf(m.entries)) {
        out.push({
          ...m,
          entries: meant.entries,
          head: m.head ?? meant.head,
          rule: `${m.rule}:defined-short-name`,
        });
        changed = true;
      } else out.push(m);
    }
    // A short name the dictionary does not know at all is a mention of its own.
    for (let i = 0; i < t.length; i++) {
      const meant = defined.get(t[i]!.raw);
      if (!meant || ms.some((m) => m.first <= i && i < m.last)) continue;
      if (t[i - 1]?.raw === "(" && t[i + 1]?.raw === ")") continue;
      // "an RSF-held town", "PAF-backed": a qualifier, as the dictionary's own reading has it.
      if (t[i + 1]?.raw === "-") continue;
      out.push({
        first: i,
        last: i + 1,
        start: t[i]!.start,
        end: t[i]!.end,
        text: text.slice(t[i]!.start, t[i]!.end),
        entries: meant.entries,
        head: meant.head,
        rule: "actor/defined-short-name",
      });
      changed = true;
    }
    return changed ? out.sort((a, b) => a.first - b.first) : ms;
  });
}

/** One item of a list of abbreviations: the short name, a dash (or "=", ":"), the name in full. */
const GLOSSARY_ITEM = /^\s*([\p{Lu}][\p{Lu}\p{N}-]{1,9})\s*(?:[–—=:]|-(?=\s))\s*(.+?)\s*$/u;

/**
 * The short names a report's lists of abbreviations (the lines pass 1b found: "furniture/glossary")
 * define for actors the dictionaries know (the name in
 * full one mention of a dictionary actor or of a state's forces from its first word to its last, or to a
 * bracket after it: "BIR – Rapid Intervention Battalion (Cameroon)"). Terms that name no actor
 * ("MSR – main supply route") define nothing.
 */
function glossaryOf(
  text: string,
  glossaries: readonly { readonly start: number; readonly end: number }[],
  model: Model,
): Map<string, Pick<ActorMention, "entries" | "head">> {
  const out = new Map<string, Pick<ActorMention, "entries" | "head">>();
  for (const span of glossaries) {
    const line = text.slice(span.start, span.end);
    for (const item of line.slice(line.indexOf(":") + 1).split(";")) {
      const found = GLOSSARY_ITEM.exec(item);
      if (!found) continue;
      const [, short, full] = found;
      const words = tokenize(full!, 0);
      const end = words.findIndex((t) => t.raw === "(");
      const last = end < 0 ? words.length : end;
      const m = findActors(words, full!, model).find(
        (x) => x.first <= (words[0]?.key === "the" ? 1 : 0) && x.last === last,
      );
      if (!m) continue;
      const named =
        m.entries.some((e) => e.kind === "actor") ||
        (m.head !== null && m.entries.every((e) => e.kind === "country"));
      if (named && !out.has(short!)) out.set(short!, { entries: m.entries, head: m.head });
    }
  }
  return out;
}

/** The dictionary actors of a mention's entries, as one string to compare. */
function idsOf(entries: readonly Entry[]): string {
  return [...new Set(mapPacked(entries, (e) => (e.kind === "actor" ? e.actor.id : e.kind)))].sort().join("|");
}

/** Titles a person's name follows: "Defence Minister Pedro Sánchez", "Army spokesman Brig. Gen. X". */
const TITLE_END =
  /^(?:minister|president|spokesman|spokeswoman|spokesperson|governor|commander|chief|secretary|envoy|adviser|advisor|director|mayor|premier|chancellor|general|colonel|ambassador|coordinator|commissioner|aide|negotiator|representative|chairman|chairwoman|leader|prosecutor)$/;
/**
 * Where a title after a body's possessive ends ("the army's sector commander", "the group's spokesman"),
 * or a title right after its name ("Kremlin aide"): after its last word, up to two words in, or -1.
 */
function possessedTitle(t: readonly Token[], at: number): number {
  // ("Kremlin aide Vladimir Medinsky": the title right after the body's name, in lower case.)
  if (TITLE_END.test(t[at]?.key ?? "") && /^\p{Ll}/u.test(t[at]!.raw)) return at + 1;
  if (!/^['’]$/.test(t[at]?.raw ?? "") || t[at + 1]?.key !== "s") return -1;
  for (let k = at + 2; k < Math.min(t.length, at + 5); k++) {
    if (TITLE_END.test(t[k]!.key)) return k + 1;
    if (!t[k]!.word || /^\p{Lu}/u.test(t[k]!.raw)) return -1;
  }
  return -1;
}

/** Ranks and honorifics that may stand between a title and the name. */
const NAME_PREFIX = /^(?:brig|gen|col|lt|maj|capt|dr|mr|mrs|ms|sheikh|general|colonel|major|captain)$/;

/** A person introduced after a title: what the title's mention was, the first names, and where. */
interface Person {
  readonly title: ActorMention;
  readonly firstNames: ReadonlySet<string>;
  readonly sentence: number;
}

/**
 * Pass 2a (continued): a person named after a title ("Defence Minister Pedro Sánchez announced…") is named
 * again by the surname alone ("Sánchez accused the front…"): in later sentences the surname is a mention
 * of what the title was (its entries and head), which the references resolve as they resolved the title.
 * Only a capitalised surname of three letters or more that no other mention covers, alone or after one of
 * the person's first names.
 */
export function withPersonNames(
  tokens: readonly (readonly Token[])[],
  mentions: readonly ActorMention[][],
): ActorMention[][] {
  const people = new Map<string, Person>();
  let changed = false;
  const out = mapPacked(tokens, (t, s) => {
    const ms = mentions[s]!;
    const added: ActorMention[] = [];
    for (let i = 0; i < t.length; i++) {
      const person = t[i]!.word ? people.get(t[i]!.raw) : undefined;
      if (!person || person.sentence === s || ms.some((m) => m.first <= i && m.last > i)) continue;
      const before = t[i - 1];
      if (before?.word && /^\p{Lu}/u.test(before.raw) && i > 1 && !person.firstNames.has(before.raw))
        continue;
      const at = person.firstNames.has(before?.raw ?? "") ? i - 1 : i;
      added.push({
        ...person.title,
        first: at,
        last: i + 1,
        start: t[at]!.start,
        end: t[i]!.end,
        text: asWritten(t.slice(at, i + 1)),
        rule: "actor/person",
      });
    }
    for (const m of ms) {
      // "Taliban spokesman Zabihullah Mujahid", a person the dictionary knows by full name after a title:
      // "Mujahid" alone names him again.
      if (
        TITLE_END.test(t[m.first - 1]?.key ?? "") &&
        m.last - m.first >= 2 &&
        m.last - m.first <= 3 &&
        m.entries.length > 0 &&
        m.entries.every((e) => e.kind === "actor" || e.kind === "country") &&
        t.slice(m.first, m.last).every((w) => w.word && /^\p{Lu}\p{Ll}/u.test(w.raw))
      ) {
        const surname = t[m.last - 1]!;
        if (surname.raw.length >= 3 && !CALENDAR.test(surname.key))
          people.set(surname.raw, {
            title: m,
            firstNames: new Set(mapPacked(t.slice(m.first, m.last - 1), (w) => w.raw)),
            sentence: s,
          });
        continue;
      }
      // ("former President Evo Morales": no longer the office; the references make him a civilian.)
      // ("the army's sector commander, Brig. Gen. Peter Lado Kenyi,": the title after the body's possessive,
      // the name after a comma.)
      const titled = TITLE_END.test(t[m.last - 1]?.key ?? "") ? m.last : possessedTitle(t, m.last);
      if (titled < 0 || /^(?:former|ex|retired|late|opposition)$/.test(t[m.first - 1]?.key ?? "")) continue;
      if (
        !m.entries.some(
          (e) =>
            e.kind === "actor" ||
            e.kind === "country" ||
            (e.kind === "generic" && e.role === "government") ||
            // ("the army's sector commander, Brig. Gen. Kenyi": a force's officer, by its possessive.)
            (titled > m.last && e.kind === "generic" && (e.role === "stateForces" || e.role === "police")),
        )
      )
        continue;
      let k = titled;
      if (titled > m.last && t[k]?.raw === ",") k++;
      while (k < t.length && (NAME_PREFIX.test(t[k]!.key) || t[k]!.raw === ".")) k++;
      let end = k;
      while (end < t.length && end - k < 3 && t[end]!.word && /^\p{Lu}\p{Ll}/u.test(t[end]!.raw)) end++;
      if (end === k || ms.some((o) => o !== m && o.first < end && o.last > k)) continue;
      const surname = t[end - 1]!;
      if (surname.raw.length < 3 || CALENDAR.test(surname.key)) continue;
      people.set(surname.raw, {
        title: m,
        firstNames: new Set(mapPacked(t.slice(k, end - 1), (w) => w.raw)),
        sentence: s,
      });
    }
    if (added.length === 0) return ms;
    changed = true;
    return [...ms.filter((m) => !added.some((a) => a.first < m.last && m.first < a.last)), ...added].sort(
      (a, b) => a.first - b.first,
    );
  });
  return changed ? out : (mentions as ActorMention[][]);
}

import { mapPacked } from "../arrays.js";
import { DOUBLE_QUOTES, isStop, QUOTES, wordHyphen, type Token } from "../1-text/tokens.js";
import type { ActorMention } from "../2-mentions/actors.js";
import { isCountWord } from "../2-mentions/counts.js";
import { mightAsNoun } from "../2-mentions/cues.js";
import { longestMatch, phrasesStartingWith } from "../2-mentions/match.js";
import type { Model, Phrase, SplitTrigger, TriggerData } from "../model.js";

/** A trigger word or phrase in a sentence (sentence-local token indexes, `last` exclusive). */
export interface TriggerMatch {
  readonly first: number;
  readonly last: number;
  readonly trigger: TriggerData;
}

const AUXILIARY = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get"]);
// Forms that are nouns or participles used as nouns in these reports: "the attack", "a strike".
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "this",
  "that",
  "its",
  "their",
  "his",
  "her",
  "new",
  "fresh",
  "renewed",
  "further",
  "another",
  "second",
  "third",
  "latest",
]);

// Verbs that fire a weapon (`TriggerData.weapons`), and what may stand between verb and weapon: words,
// numbers ("1,200"), hyphens ("anti-tank"); never a word that starts another phrase or clause.
const LAUNCH_VERBS = new Set([
  "fired",
  "fires",
  "firing",
  "launched",
  "launches",
  "launching",
  "lobbed",
  "hurled",
  "threw",
  "tossed",
]);
const LAUNCH_REACH = 8;
/** Words of crowd control between a launch verb and its "shells" or "grenades": no weapon of war. */
const CROWD_CONTROL = /^(?:tear|teargas|gas|rubber|stun|smoke|flash|flashbang|pepper|water|blank|warning)$/;
const LAUNCH_BREAKS = new Set([
  "but",
  "which",
  "who",
  "that",
  "while",
  "after",
  "before",
  "when",
  "towards",
  "toward",
  "into",
  "on",
  "in",
  "from",
  "across",
  "over",
  "against",
  "as",
  "to",
  "by",
  "with",
  "at",
]);

/** Whether an accusation's verb stands right before the mention at `at`: "accused the army of …". */
export function accusedAt(triggers: readonly TriggerMatch[], at: number): boolean {
  return triggers.some((g) => g.trigger.type === "ACCUSE" && g.last <= at && at - g.last <= 1);
}

/** What is released when nothing is set free: "released a video", "released its annual report". */
const RELEASED_MEDIA =
  /^(?:(?:a|an|the|its|their|his|her|new|short|two|several)\s+)*(?:videos?|statements?|footage|images?|pictures?|photos?|photographs?|recordings?|audio|lists?|details|communiqu[eé]s?|figures|reports?|data|documents?|findings|names|results|map|maps|funds|budget|tranche)\b/;

// Month names that are also trigger words ("12 March", "May 8").
const MONTHS = /^(?:March|MARCH|May|MAY)$/;

/** What one hand signs: orders, laws and papers, not agreements. */
const PAPERS =
  /^(?:orders?|decrees?|laws?|bills?|releases?|statements?|letters?|communiqu[eé]s?|petitions?|warrants?|budgets?|executive|ordinance|directives?|circulars?|instructions?|documents?)$/;
/** What two sides sign. */
const PACTS =
  /^(?:agreements?|accords?|deals?|ceasefires?|cease-fire|truces?|pacts?|treaty|treaties|memorand(?:um|a)|protocols?|commitments?|peace|declaration|roadmap|armistice)$/;

/**
 * "signed by the regional command", "signed an order banning…", "signed into law": the signing that
 * starts at `after` is of a paper, not a pact (the first of either within five words decides).
 */
function signedPaper(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after]?.key;
  if (next === "by" || next === "into" || next === "off") return true;
  for (let k = after; k < Math.min(tokens.length, after + 5); k++) {
    const key = tokens[k]!.key;
    if (PACTS.test(key)) return false;
    if (PAPERS.test(key)) return true;
  }
  return false;
}

/** A sentence's tokens without its double quotation marks, and where each of them stands in the sentence. */
interface Unquoted {
  readonly tokens: readonly Token[];
  /** For each token of the sentence, its index among `tokens` (a mark: the next word's). */
  readonly from: readonly number[];
  /** For each of `tokens`, its index in the sentence. */
  readonly to: readonly number[];
}

function withoutDoubleQuotes(tokens: readonly Token[]): Unquoted {
  const kept: Token[] = [];
  const from: number[] = [];
  const to: number[] = [];
  tokens.forEach((t, k) => {
    from.push(kept.length);
    if (DOUBLE_QUOTES.has(t.raw)) return;
    kept.push(t);
    to.push(k);
  });
  return { tokens: kept, from, to };
}

/**
 * The longest trigger phrase at token `at`, read past double quotation marks inside it: 'had
 * "regained control" of the town centre' is "regained control of". The phrase's length counts the
 * tokens it spans, marks included.
 */
function phraseAt(
  u: Unquoted,
  at: number,
  model: Model,
): { keys: { length: number }; value: TriggerData } | null {
  const first = u.from[at]!;
  const phrase = longestMatch(u.tokens, first, model.triggerPhrases);
  if (!phrase) return null;
  return { keys: { length: u.to[first + phrase.keys.length - 1]! + 1 - at }, value: phrase.value };
}

/**
 * Pass 3a: the trigger phrases of a sentence, longest first, left to right. A word inside a name
 * ("Government of National Accord", "Popular Mobilization Forces") is not a trigger; a head after a
 * name is ("Russian strikes").
 */
export function findTriggers(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  model: Model,
): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  // (Sentences with quotation marks are matched past them; the others as they are.)
  const quoted = tokens.some((t) => DOUBLE_QUOTES.has(t.raw)) ? withoutDoubleQuotes(tokens) : null;
  let i = 0;
  while (i < tokens.length) {
    // Every month of MONTHS starts with "M": other words skip the test.
    const raw = tokens[i]!.raw;
    const word = tokens[i]!.word && !(raw.charCodeAt(0) === 0x4d && MONTHS.test(raw));
    const phrase = word
      ? quoted
        ? phraseAt(quoted, i, model)
        : longestMatch(tokens, i, model.triggerPhrases)
      : null;
    const launch = word
      ? LAUNCH_VERBS.has(tokens[i]!.key)
        ? launchedWeapon(tokens, i, model)
        : INTERCEPT_VERBS.has(tokens[i]!.key)
          ? interceptedWeapon(tokens, i, model)
          : null
      : null;
    // The weapon fired wins over a shorter phrase ("fired at least 20 rockets", not "fired at").
    // A trigger with a gap ("burning … flags") says more than its first word alone ("burning").
    // "a joint operation with air support against an EGC structure": a split form may also outrun a
    // two-word phrase it starts with ("joint operation").
    const split =
      word && (!phrase || phrase.keys.length <= 2)
        ? (splitAt(tokens, i, model) ?? (phrase ? null : labelledAt(tokens, i, model)))
        : null;
    const found =
      launch && (!phrase || launch.last > i + phrase.keys.length)
        ? launch
        : (split ?? (phrase ? { last: i + phrase.keys.length, trigger: phrase.value } : null));
    if (
      !found ||
      compoundNoun(tokens, i, found.last) ||
      participleAdjective(tokens, i, found.last) ||
      inTitledName(tokens, i) ||
      feltAbout(tokens, i) ||
      underInquiry(tokens, i) ||
      describedAct(tokens, i, found.last) ||
      namedAsAct(tokens, i) ||
      habitOfKind(tokens, i) ||
      warnedOf(tokens, i, found.last, found.trigger) ||
      forecastSubject(tokens, i, found.last) ||
      riskedHarm(tokens, i) ||
      pastPlan(tokens, i) ||
      keptFrom(tokens, i) ||
      (found.trigger.type === "CONSULT" &&
        (openTo(tokens, i) || metInPassive(tokens, i) || bordersMeet(tokens, i) || demandsMet(tokens, i))) ||
      // "the Ottawa Convention, which bans anti-personnel mines": what a law or a treaty says, no act.
      (/^(?:bans|prohibits|forbids|outlaws)$/.test(tokens[i]!.key) &&
        /^(?:which|that)$/.test(tokens[i - 1]?.key ?? "")) ||
      // "the AFC/M23, which Kinshasa and UN experts accuse of being backed by Rwanda": a standing charge
      // that describes a party, no accusation made that day.
      (found.trigger.type === "ACCUSE" &&
        /^(?:accuse|accuses)$/.test(tokens[i]!.key) &&
        tokens
          .slice(found.last, found.last + 3)
          .some((t, k, all) => t.key === "of" && all[k + 1]?.key === "being") &&
        tokens.slice(Math.max(0, i - 8), i).some((t) => /^(?:which|whom)$/.test(t.key))) ||
      // "the gang released a video", "released a statement": words or pictures made public, no one freed.
      (found.trigger.id === "retreat/release:release" &&
        RELEASED_MEDIA.test(mapPacked(tokens.slice(found.last, found.last + 3), (t) => t.key).join(" "))) ||
      // "The Army Spokesperson, in a release on Tuesday, said…", "a press release": a statement, no one freed.
      (found.trigger.id === "retreat/release:release" &&
        /^releases?$/.test(tokens[i]!.key) &&
        (/^(?:press|news|media|a)$/.test(tokens[i - 1]?.key ?? "") ||
          (tokens[i - 1]?.key === "the" && /^(?:in|through)$/.test(tokens[i - 2]?.key ?? ""))) &&
        tokens[found.last]?.key !== "of") ||
      // "in a release signed by the regional command", "signed an order banning motorbikes", "signed
      // Executive Decree 412": a paper signed by one hand, no agreement.
      (found.trigger.id === "agree/agree" &&
        /^sign(?:ed|s)?$/.test(tokens[i]!.key) &&
        signedPaper(tokens, found.last)) ||
      (found.trigger.id === "retreat/release:release" &&
        (releasedWords(tokens, i, found.last) || askedRelease(tokens, i) || freeOfCharge(tokens, i))) ||
      // "France, which brokered the truce": the broker described, no agreement told.
      (tokens[i]!.key === "brokered" && /^(?:which|who|that)$/.test(tokens[i - 1]?.key ?? "")) ||
      // "mediators met a Hamas delegation …, an official briefed on the talks said": the meeting told
      // before, named again.
      (found.trigger.type === "CONSULT" &&
        /^(?:the|these|those)$/.test(tokens[i - 1]?.key ?? "") &&
        out.some((o) => o.trigger.type === "CONSULT")) ||
      wentToPress(tokens, i) ||
      withdrawnText(tokens, i, found) ||
      getaway(tokens, i, found) ||
      endangers(tokens, i, found) ||
      unknownAuthor(tokens, i) ||
      (found.trigger.type === "ASSAULT" && unclaimed(tokens, i)) ||
      leftUnmentioned(tokens, i) ||
      // "the Kremlin's longstanding refusal to accept any ceasefire": a stance held for long, no act.
      /^(?:longstanding|long-standing|long-running|years-long|decades-long|perennial)$/.test(
        tokens[i - 1]?.key ?? "",
      ) ||
      // "announced a ceasefire agreed with local notables", "… brokered by Qatar": an accord, not one side's truce.
      (found.trigger.id === "retreat/ceasefire:unilateral" &&
        /^(?:agreed|brokered|reached|mediated|negotiated|between)$/.test(tokens[found.last]?.key ?? "")) ||
      // "held a sit-in at the dam in protest against the attacks": the sit-in's purpose, no second protest.
      (found.trigger.type === "PROTEST" &&
        tokens[i - 1]?.key === "in" &&
        /^protests?$/.test(tokens[i]!.key) &&
        out.some((o) => o.trigger.type === "PROTEST")) ||
      // "recruiting young men in the camps to fight in Rakhine": what the recruits are raised for, no
      // fighting told ("mobilizing to attack Nasir" is an attack planned).
      (found.trigger.type === "ASSAULT" &&
        tokens[i - 1]?.key === "to" &&
        out.some(
          (o) => o.trigger.id === "mobilize/militia:recruit" && o.last <= i - 1 && i - o.last <= 14,
        )) ||
      bareTimeOf(tokens, i, found.last) ||
      // "The Government took new measures", "took part in", "took place": no one captured.
      (found.trigger.id === "assault/abduct:capture" &&
        /^(?:took|taken)$/.test(tokens[i]!.key) &&
        tokens
          .slice(found.last, found.last + 3)
          .some((t) =>
            /^(?:measures|steps|action|actions|part|place|note|office|decision|decisions|responsibility|time|stock|care|power|refuge|shelter|over)$/.test(
              t.key,
            ),
          )) ||
      // "added three settlers to its sanctions list": the list, no second sanction.
      (found.trigger.type === "SANCTION" && /^(?:list|lists)$/.test(tokens[found.last]?.key ?? "")) ||
      // "security forces ended a 30-hour siege of the train": the siege broken was the other side's.
      (found.trigger.id === "coerce/restrict:siege" &&
        /^sieges?$/.test(tokens[i]!.key) &&
        tokens
          .slice(Math.max(0, i - 6), i)
          .some((t) => /^(?:ended|ending|ends|broke|broken|breaking|breaks)$/.test(t.key))) ||
      (found.trigger.frame === "intercept" &&
        found.last - i === 1 &&
        interceptedOnLand(tokens, found.last)) ||
      (found.trigger.type === "REQUEST" && anonymity(tokens, i, found.last)) ||
      // "the kidnappers demanded a ransom", "asking who was Christian": a ransom or a question, no appeal.
      (found.trigger.type === "REQUEST" && ransomOrQuestion(tokens, found.last)) ||
      (found.trigger.type !== "AID" && abandonedPeople(tokens, i, found.last)) ||
      // "arrested two suspects and handed them over to the military": captives passed to the authorities,
      // no ground given up.
      (found.trigger.id === "retreat/withdraw:handover" && handedToAuthorities(tokens, found.last)) ||
      // "demanded $200,000 for their release": a release paid for, none made.
      (found.trigger.type === "RETREAT" &&
        tokens[i - 1]?.key !== undefined &&
        /^(?:their|his|her|the)$/.test(tokens[i - 1]!.key) &&
        tokens[i - 2]?.key === "for" &&
        tokens
          .slice(Math.max(0, i - 9), i - 2)
          .some((k, j, all) => /^ransoms?$/.test(k.key) || sumAt(all, j))) ||
      // "suspended food distributions in Batibo": aid stopped is none given.
      (found.trigger.type === "AID" &&
        tokens
          .slice(Math.max(0, i - 3), i)
          .some((k) =>
            /^(?:suspend|suspends|suspended|suspending|halt|halts|halted|halting|stopped|paused|interrupted)$/.test(
              k.key,
            ),
          )) ||
      // "refusing to provide them with food": help withheld is no aid given.
      (found.trigger.type === "AID" &&
        tokens[i - 1]?.key === "to" &&
        /^refus(?:e|es|ed|ing)$/.test(tokens[i - 2]?.key ?? "")) ||
      // "Local authorities evacuated 4,000 residents": people moved out of harm's way, no side's retreat.
      (found.trigger.type === "RETREAT" && evacuatedPeople(tokens, i, found.last)) ||
      // "police moved in to clear a blockade", "lifted the siege": a blockade ended, none laid.
      (found.trigger.id === "coerce/restrict:siege" && blockadeEnded(tokens, i)) ||
      // "a dispute between the gangs for control of drug sales": control fought over, none taken.
      // ("which disputes control of coca-growing areas with the ELN": control contested, none taken.)
      (found.trigger.id === "coerce/seize:take" &&
        tokens[i]!.key === "control" &&
        /^(?:for|over|disputes|dispute|disputed|disputing|contest|contests|contested|contesting|vie|vying|seeking|seek|seeks)$/.test(
          tokens[i - 1]?.key ?? "",
        )) ||
      // "hijacked and set fire to eight vehicles to block highways": vehicles taken, no one abducted
      // (a hijacked train, bus, ship or plane takes its passengers).
      (/^hijack/.test(tokens[i]!.key) &&
        tokens
          .slice(found.last, found.last + 8)
          .some((k) =>
            /^(?:vehicles?|cars?|trucks?|lorries|lorry|motorcycles?|motorbikes?|tankers?|pickups?)$/.test(
              k.key,
            ),
          )) ||
      // "They dispersed peacefully after an officer received a delegation": a crowd leaving, no dispersal.
      (found.trigger.id === "coerce/restrict:disperse" &&
        found.last === i + 1 &&
        tokens[i]!.key === "dispersed" &&
        /^(?:peacefully|quietly|calmly|later|after|without|at|in|on|when|once|before|,|\.|;)$/.test(
          tokens[found.last]?.key ?? ".",
        ) &&
        !/^(?:were|was|been|be|being|are|is)$/.test(tokens[i - 1]?.key ?? "")) ||
      // "entered his residence and placed him under house arrest", "entered a mosque": a building gone
      // into on the way to another act, no ground taken.
      (found.trigger.id === "coerce/seize:take" &&
        /^enter/.test(tokens[i]!.key) &&
        tokens.slice(found.last, found.last + 4).some((k) => BUILDING.test(k.key))) ||
      // "showing burnt-out pick-up trucks": a word of the act joined to another by a hyphen is a
      // description, not the act.
      (found.last === i + 1 && tokens[i + 1]?.raw === "-" && tokens[i + 2]?.word === true) ||
      // "1,200 young people signed up", "failed to agree on sanctions", "have yet to agree": no deal made.
      (found.trigger.type === "AGREE" &&
        (tokens[i + 1]?.key === "up" ||
          (tokens[i - 1]?.key === "to" &&
            /^(?:failed|yet|fail|fails|failing)$/.test(tokens[i - 2]?.key ?? "")))) ||
      // "four terrorists were sent to hell": killed (a form of its own), not sent anywhere.
      (found.trigger.type === "MOBILIZE" && tokens[found.last]?.key === "hell") ||
      // "marched the victims into the forest": people led away, no march of protest.
      (found.trigger.type === "PROTEST" &&
        /^march/.test(tokens[i]!.key) &&
        /^(?:them|him|her|the|their|victims|captives|hostages|abductees)$/.test(
          tokens[found.last]?.key ?? "",
        ) &&
        !/^(?:streets?|capital|city|town|road)$/.test(tokens[found.last + 1]?.key ?? ""))
    ) {
      i++;
      continue;
    }
    const last = found.last;
    const insideName = mentions.some(
      (m) =>
        m.first <= i &&
        last <= m.last &&
        !(m.head !== null && last === m.last) &&
        m.entries.some((e) => e.kind !== "generic"),
    );
    if (!insideName) out.push({ first: i, last, trigger: found.trigger });
    i = last;
  }
  return withElidedAppeals(
    withoutPurposeOfProtest(withoutOrdersToLeave(withPlacedUnderArrest(out, tokens), tokens), tokens),
    tokens,
    mentions,
  );
}

const BUILDING =
  /^(?:residence|residences|house|houses|home|homes|compound|office|offices|building|premises|mosque|church|school|hospital|clinic|shop|store|bank|hotel|room|ward|courtroom|parliament|embassy|apartment|flat)$/;
const PLACED = /^(?:placed|place|places|placing|put|puts|putting|kept|keep|keeps|keeping)$/;
/**
 * "placed him under house arrest", "the opposition leader was placed under house arrest": the arrest is
 * told by the verb, whose object (or passive subject) is the one held.
 */
function withPlacedUnderArrest(triggers: TriggerMatch[], tokens: readonly Token[]): TriggerMatch[] {
  return mapPacked(triggers, (t) => {
    if (t.trigger.id !== "coerce/arrest:arrest" || tokens[t.first]!.key !== "arrest") return t;
    const under = tokens[t.first - 1]?.key === "house" ? t.first - 2 : t.first - 1;
    if (tokens[under]?.key !== "under") return t;
    for (let k = under - 1; k >= Math.max(0, under - 8); k--) {
      if (PLACED.test(tokens[k]!.key)) return { ...t, first: k, last: k + 1 };
      if (isStop(tokens[k]!)) return t;
    }
    return t;
  });
}

const ENDING_VERB =
  /^(?:clear|clears|cleared|clearing|lift|lifts|lifted|lifting|remove|removes|removed|removing|dismantle|dismantles|dismantled|dismantling|break|breaks|broke|breaking|end|ends|ended|ending|reopen|reopens|reopened|reopening)$/;
/** "to clear a blockade", "lifted the siege of the town": the verb just before a blockade ends it. */
function blockadeEnded(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:blockade|blockades|siege)$/.test(tokens[at]!.key)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (ENDING_VERB.test(tokens[k]!.key)) return true;
    if (!/^(?:the|a|an|its|their|road|roads|highway)$/.test(tokens[k]!.key)) return false;
  }
  return false;
}

/** "demonstrated outside the ministry to protest fuel shortages": what a protest is for is no second one. */
function withoutPurposeOfProtest(triggers: TriggerMatch[], tokens: readonly Token[]): TriggerMatch[] {
  return triggers.filter(
    (t, k) =>
      t.trigger.type !== "PROTEST" ||
      tokens[t.first - 1]?.key !== "to" ||
      !triggers.slice(0, k).some((o) => o.trigger.type === "PROTEST"),
  );
}

const HANDED_PEOPLE =
  /^(?:them|him|her|suspects?|detainees?|captives?|prisoners?|arrested|the|two|three|four|five|\d+)$/;
const AUTHORITIES =
  /^(?:military|army|police|authorities|troops|soldiers|security|dss|prosecutors?|court|gendarmerie|gendarmes|investigators)$/;
/** "handed them over to the military", "handed the suspects to the police": people passed to the state. */
function handedToAuthorities(tokens: readonly Token[], last: number): boolean {
  if (!HANDED_PEOPLE.test(tokens[last]?.key ?? "")) return false;
  for (let k = last; k < Math.min(tokens.length, last + 6); k++) {
    if (isStop(tokens[k]!)) return false;
    if (tokens[k]!.key === "to") return tokens.slice(k + 1, k + 4).some((t) => AUTHORITIES.test(t.key));
  }
  return false;
}

/**
 * "declared an official persona non grata and asked him to leave the country within 24 hours": the order
 * to leave is the expulsion itself, no appeal of its own.
 */
function withoutOrdersToLeave(triggers: TriggerMatch[], tokens: readonly Token[]): TriggerMatch[] {
  if (!triggers.some((t) => t.trigger.id === "sanction/expel")) return triggers;
  return triggers.filter(
    (t) =>
      t.trigger.type !== "REQUEST" ||
      !tokens
        .slice(t.last, t.last + 4)
        .some((token, k, next) => token.key === "to" && next[k + 1]?.key === "leave"),
  );
}

/**
 * "who asked that his name not be published", "asked not to be named", "requested anonymity": a source
 * keeping its name back, not an appeal.
 */
function anonymity(tokens: readonly Token[], first: number, last: number): boolean {
  const next = mapPacked(tokens.slice(last, last + 8), (t) => t.key).join(" ");
  return (
    /^(?:that (?:his|her|their) (?:full |family |real |first |last )?(?:names?|surnames?|identity) )?not (?:to )?be (?:named|identified|quoted|published|disclosed|used|given|revealed)\b|^that (?:his|her|their) (?:full |family |real |first |last )?(?:names?|surnames?|identity) be (?:withheld|changed|kept)\b|^(?:for )?anonymity\b/.test(
      next,
    ) ||
    (tokens[first]?.key === "requested" && tokens[last]?.key === "anonymity")
  );
}

/** A currency sign or word: "$200,000", "5 million CFA francs", "10,000 dollars". */
const MONEY =
  /^(?:[$€£]|US\$|dollars?|euros?|francs?|shillings?|naira|pesos?|gourdes?|birr|rupees?|afghanis?|CFA|FCFA|USD|EUR)$/i;

/** "demanded a ransom of $200,000", "demanded $200,000", "asking who was Christian", "asked whether": no appeal to anyone. */
function ransomOrQuestion(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last]?.key ?? "";
  if (/^(?:who|whether|what|where|why|how|if)$/.test(next)) return true;
  for (let k = last; k < Math.min(tokens.length, last + 4); k++)
    if (/^ransoms?$/.test(tokens[k]!.key)) return true;
  // "have demanded $200,000 for their release": a sum asked for.
  return sumAt(tokens, last);
}

/** Whether a sum of money starts at `at`: "$200,000", "5 million gourdes", "10,000 dollars". */
function sumAt(tokens: readonly Token[], at: number): boolean {
  if (MONEY.test(tokens[at]?.raw ?? "")) return true;
  if (!/^\d/.test(tokens[at]?.raw ?? "")) return false;
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    if (MONEY.test(tokens[k]!.raw)) return true;
    if (!/^(?:\d[\d,.]*|,|\.|million|billion|thousand|m|bn)$/i.test(tokens[k]!.raw)) return false;
  }
  return false;
}

// "Police said they were investigating whether the killing was linked to the insurgency": an act already
// told, named as what is being looked into, is no new act.
const INQUIRY =
  /^(?:investigating|investigate|investigates|investigated|probing|probe|probes|inquiry|enquiry|investigation|examining)$/;
// "It was not clear whether the strike was linked to the Kanoma abduction": an act told before, named in
// a question or as what another is linked to, is no new act.
const UNKNOWN = /^(?:clear|unclear|known|unknown|uncertain|determine|establish|confirm|verify|ascertain)$/;
function underInquiry(tokens: readonly Token[], at: number): boolean {
  // The determiner, with up to two words between ("the Kanoma abduction").
  // (A verb after a name is no act named: "insurgents linked to the Islamic State attacked…".)
  let det = at - 1;
  if (!/ed$/.test(tokens[at]!.key))
    while (det > at - 3 && det > 0 && /^\p{Lu}/u.test(tokens[det]!.raw)) det--;
  if (!/^(?:the|this|that|these|those)$/.test(tokens[det]?.key ?? "")) return false;
  if (
    /^(?:to|with)$/.test(tokens[det - 1]?.key ?? "") &&
    /^(?:linked|connected|related|tied)$/.test(tokens[det - 2]?.key ?? "")
  )
    return true;
  for (let k = det - 1; k >= Math.max(0, det - 5); k--) {
    const key = tokens[k]!.key;
    if (INQUIRY.test(key)) return true;
    if (key === "whether" && UNKNOWN.test(tokens[k - 1]?.key ?? "")) return true;
    if (isStop(tokens[k]!)) return false;
  }
  return false;
}

// "accused the authorities of abandoning rural communities to armed gangs": people left unprotected,
// no withdrawal from ground.
// ("evacuated 23 wounded to the hospital in Bunia": people taken to safety, no withdrawal either; the
// split form "evacuated … wounded" codes it as aid.)
function abandonedPeople(tokens: readonly Token[], at: number, last: number): boolean {
  if (!/^(?:abandon|evacuat)/.test(tokens[at]!.key)) return false;
  for (let k = last; k < Math.min(tokens.length, last + 4); k++)
    if (
      /^(?:communities|people|civilians|residents|villagers|population|populations|families|citizens|wounded|injured|casualties|patients|children|students|staff|workers)$/.test(
        tokens[k]!.key,
      )
    )
      return true;
  return false;
}

// "the attack is part of the territorial dispute", "the attack bore the hallmarks of": an act told
// before, described; no new act.
function describedAct(tokens: readonly Token[], at: number, last: number): boolean {
  return (
    /^(?:the|this|that)$/.test(tokens[at - 1]?.key ?? "") &&
    /^(?:is|bore|bears|appears|appeared|seems|seemed|marks|marked|adds|comes|came)$/.test(
      tokens[last]?.key ?? "",
    )
  );
}

// "could amount to summary executions", "constitute war crimes", "the two groups call it a joint
// offensive": what an act told is called is no second act.
function namedAsAct(tokens: readonly Token[], at: number): boolean {
  const k = /^(?:a|an|the)$/.test(tokens[at - 1]?.key ?? "") ? at - 2 : at - 1;
  const adjective = /^(?:joint|major|new|large-scale|full-scale|final|decisive|general)$/.test(
    tokens[k]?.key ?? "",
  );
  const it = adjective ? k - 1 : k;
  if (
    /^(?:it|this|them)$/.test(tokens[it]?.key ?? "") &&
    /^(?:call|calls|called|calling|term|terms|termed|dub|dubs|dubbed)$/.test(tokens[it - 1]?.key ?? "")
  )
    return true;
  // "called the strikes extrajudicial executions", 'called the strike "a murder"', "branded the raids
  // collective punishment", 'described the strikes as "extrajudicial executions"': what a speaker calls
  // an act told already.
  let as = false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    if (DOUBLE_QUOTES.has(tokens[k]!.raw)) continue;
    if (!tokens[k]!.word || /^(?:to|for|on|and|that)$/.test(tokens[k]!.key)) break;
    if (tokens[k]!.key === "as") as = true;
    const naming =
      /^(?:called|calls|calling|termed|terms|dubbed|labelled|labeled|branded|brands)$/.test(tokens[k]!.key) ||
      (as &&
        /^(?:described|describes|describing|characterised|characterized|portrayed|denounced|condemned)$/.test(
          tokens[k]!.key,
        ));
    if (naming && /^(?:the|these|those|its|their|this|it|them)$/.test(tokens[k + 1]?.key ?? "")) return true;
  }
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    const key = tokens[k]!.key;
    if (/^(?:to|as|constitute|constitutes|constituted|constituting)$/.test(key))
      return (
        key.startsWith("constitut") ||
        (key === "to" && /^(?:amount|amounts|amounted|amounting|tantamount)$/.test(tokens[k - 1]!.key)) ||
        (key === "as" && /^(?:qualify|qualifies|qualified)$/.test(tokens[k - 1]!.key))
      );
    if (!tokens[k]!.word) return false;
  }
  return false;
}

// "no negotiation with terrorists who kill innocent people", "Wazalendo militias, which fight alongside
// the army": what a kind of people does, in the present of a relative clause, is no act told.
const PRESENT_ACT =
  /^(?:fight|fights|kill|kills|attack|attacks|target|targets|shoot|shoots|abduct|abducts|kidnap|kidnaps|terrorise|terrorises|terrorize|terrorizes|bomb|bombs|threaten|threatens|loot|loots|burn|burns|rape|rapes|extort|extorts)$/;
function habitOfKind(tokens: readonly Token[], at: number): boolean {
  return /^(?:who|that|which)$/.test(tokens[at - 1]?.key ?? "") && PRESENT_ACT.test(tokens[at]!.key);
}

// "experts have warned of famine conditions", "warned about the risk": an alert, no threat.
// "the UN warned that North Kordofan could become the next flashpoint": a forecast, no threat; "warned
// that it could strike" and "warned that any attack would be met with force" stay threats.
function warnedOf(tokens: readonly Token[], at: number, last: number, trigger: TriggerData): boolean {
  if (trigger.type !== "THREATEN" || !/^(?:warned|warns|warn|warning)$/.test(tokens[at]!.key)) return false;
  if (last === at + 1 && /^(?:of|about)$/.test(tokens[last]?.key ?? "")) return true;
  // ("warned on Monday that": a day may come between.)
  let that = at + 1;
  if (tokens[that]?.key === "on" && tokens[that + 2]?.key === "that") that += 2;
  if (tokens[that]?.key !== "that") return false;
  const subject = tokens[that + 1]?.key ?? "";
  for (let k = that + 2; k < Math.min(tokens.length - 1, that + 14); k++) {
    const key = tokens[k]!.key;
    // ("warned that at least 1,200 people had been displaced": a count on the way.)
    if (/^[\d,.]+$/.test(key)) continue;
    // ("the lynchings by so-called vigilantes": a hyphen inside a word.)
    if (!tokens[k]!.word && key !== "-") return false;
    // "warned that supplies of food were running low": a state of things, no act threatened (but "warned
    // that they were ready to strike" is one).
    if (/^(?:were|was|are|is|remained|remains|had|has|have)$/.test(key))
      return !/^(?:ready|prepared|determined|going|set|planning|poised|about)$/.test(
        tokens[k + 1]?.key ?? "",
      );
    if (!/^(?:could|might|may|would|will|risks?|threatens?)$/.test(key) || mightAsNoun(tokens, k)) continue;
    const next = tokens[k + 1]!.key;
    if (forecast(tokens, k + 1) || (next === "be" && forecast(tokens, k + 2))) return true;
    const verb = next === "be" ? (tokens[k + 2]?.key ?? "") : next;
    return /^(?:could|might|may)$/.test(key) && !SPEAKER_SUBJECT.test(subject) && !VIOLENT.test(verb);
  }
  return false;
}
/**
 * "Those who defied the order risked being beaten, kidnapped, or having their businesses burned": what
 * people risk is no act told.
 */
function riskedHarm(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 10); k--) {
    const key = tokens[k]!.key;
    if (key === "." || key === ";") return false;
    if (
      /^(?:being|having|getting)$/.test(key) &&
      /^(?:risk|risks|risked|risking|of)$/.test(tokens[k - 1]!.key)
    )
      return tokens[k - 1]!.key !== "of" || /^risks?$/.test(tokens[k - 2]?.key ?? "");
  }
  return false;
}

/**
 * "Their names have not been released", "no casualty figure was released", "released a video": words or
 * pictures made public, no captive freed.
 */
function releasedWords(tokens: readonly Token[], at: number, last: number): boolean {
  if (!/^releas/.test(tokens[at]!.key)) return false;
  // ("have not released casualty figures": a word that says what of before the words.)
  let described = 0;
  for (let k = last; k < Math.min(tokens.length, last + 4); k++) {
    const key = tokens[k]!.key;
    if (INFO.test(key)) return true;
    if (/^(?:a|an|the|its|their|his|her|new|further|more|no|any|official|full|preliminary|first)$/.test(key))
      continue;
    if (described === 0 && /^(?:casualty|death|election|survey|investigation|autopsy|damage)$/.test(key)) {
      described++;
      continue;
    }
    break;
  }
  // ("… have not been released", "was released": the passive's subject, a few words before.)
  let k = at - 1;
  while (
    k >= 0 &&
    /^(?:been|not|yet|be|was|were|is|are|has|have|had|will|would|already|officially)$/.test(tokens[k]!.key)
  )
    k--;
  // ("a message released on its channel", "The ministry's statement, released shortly after 10 a.m.": a
  // reduced relative after the words made public.)
  if (k === at - 1 && tokens[k]?.key === ",") k--;
  if (k >= 0 && INFO.test(tokens[k]!.key)) return true;
  // ("the names of the dead men were not released": the words' noun before "of" their subject.)
  if (k < at - 1)
    for (let j = k - 1; j >= Math.max(0, k - 5); j--)
      if (tokens[j]!.key === "of" && INFO.test(tokens[j - 1]?.key ?? "")) return true;
  return false;
}
/**
 * "called for İmamoğlu's immediate release", "urged the authorities to free them", "We ask the police to release
 * him": a release asked for, which the appeal codes; no one freed.
 */
function askedRelease(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
    const key = tokens[k]!.key;
    if (key === "." || key === ";" || key === "but") return false;
    if (ASKING.test(key)) return true;
  }
  return false;
}
const ASKING =
  /^(?:called|calls|call|calling|demanded|demands|demand|demanding|urged|urges|urge|urging|asked|asks|ask|asking|appealed|appeals|appealing|pressed|pressing|sought|seeks|seeking|pleaded|pleads|begged|chanting|chanted)$/;

/** "free treatment for the injured", chants of "Free our leaders": free as a word of cost or a slogan. */
function freeOfCharge(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.key !== "free") return false;
  return (
    /^(?:treatment|care|medical|healthcare|education|transport|movement|passage|access|elections?|speech|press|trade|zone|of|meals|food|water)$/.test(
      tokens[at + 1]?.key ?? "",
    ) || /^["“'‘]$/.test(tokens[at - 1]?.raw ?? "")
  );
}
const INFO =
  /^(?:messages?|names?|figures?|details|information|statements?|videos?|footage|reports?|lists?|toll|data|images|photos|photographs|pictures|results|findings|audio|recordings?|communiqu[eé]s?|documents?|identities|identity|numbers?|tallies|tally|transcripts?|texts?|updates?|estimates?|assessments?|statistics|maps?)$/;

/** "warned that the fighting could spread to El Fasher": the subject of a forecast is no act told. */
function forecastSubject(tokens: readonly Token[], first: number, last: number): boolean {
  const back = Math.max(0, first - 4);
  let that = -1;
  for (let k = first - 1; k >= back; k--) if (tokens[k]!.key === "that") that = k;
  if (that < 1 || !/^(?:warned|warns|warn|warning|fear|fears|feared)$/.test(tokens[that - 1]!.key))
    return false;
  const modal = tokens[last]?.key ?? "";
  return /^(?:could|might|may|would|will)$/.test(modal) && forecast(tokens, last + 1);
}
/**
 * "could face famine" is a forecast; "would face the full force of the law" and "will face
 * prosecution" are what the speaker's side will do, a threat.
 */
function forecast(tokens: readonly Token[], at: number): boolean {
  if (!FORECAST.test(tokens[at]?.key ?? "")) return false;
  if (tokens[at]!.key !== "face") return true;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++)
    if (PUNISHMENT.test(tokens[k]!.key)) return false;
  return true;
}
const PUNISHMENT =
  /^(?:force|might|wrath|consequences|justice|law|prosecution|arrest|punishment|sanctions|retaliation|reprisals|charges|trial)$/;
const FORECAST =
  /^(?:amount|constitute|qualify|become|becoming|spread|spreading|escalate|worsen|deteriorate|spiral|lead|trigger|turn|collapse|plunge|face|cause|result|fuel|derail|undermine|unravel|engulf|overwhelmed|pushed|left|facing)$/;
const SPEAKER_SUBJECT = /^(?:it|they|we|its|their|our|i)$/;
const VIOLENT =
  /^(?:killed|kill|executed|execute|targeted|target|attacked|attack|hit|struck|strike|harmed|harm|destroyed|destroy|bombed|bomb|shelled|shell|punished|met)$/;

// "Under the ceasefire, Israel was to withdraw its troops within 60 days": what a past accord had due,
// told as background, is no act of its own.
function pastPlan(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at - 1]?.key === "to" &&
    (/^(?:was|were)$/.test(tokens[at - 2]?.key ?? "") ||
      (tokens[at - 2]?.key === "due" && /^(?:was|were)$/.test(tokens[at - 3]?.key ?? "")))
  );
}

// "a WFP convoy was prevented from entering Dilling", "barred from leaving": what was stopped never happened.
const KEPT_FROM = /^(?:prevented|blocked|barred|stopped|kept|banned|prohibited|prevent|block|bar|stop)$/;
function keptFrom(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.key === "from" && KEPT_FROM.test(tokens[at - 2]?.key ?? "");
}

// "Any provocation will be met with a decisive response": an answer promised, no meeting.
function metInPassive(tokens: readonly Token[], at: number): boolean {
  return tokens[at]!.key === "met" && AUXILIARY.has(tokens[at - 1]?.key ?? "");
}

// "where the borders of Benin, Niger and Burkina Faso meet", "where Kirkuk, Salahuddin and Diyala
// provinces meet": lands that touch, no meeting.
function bordersMeet(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:meet|meets|converge)$/.test(tokens[at]!.key)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 14); k--) {
    const key = tokens[k]!.key;
    if (key === "where") return true;
    if (!tokens[k]!.word && tokens[k]!.raw !== ",") return false;
  }
  return false;
}

// "if their demands were not met", "until the conditions are met": demands fulfilled, no meeting.
function demandsMet(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.key !== "met") return false;
  let k = at - 1;
  if (tokens[k]?.key === "not" || tokens[k]?.key === "fully") k--;
  if (!/^(?:are|were|is|was|be|been)$/.test(tokens[k]?.key ?? "")) return false;
  return /^(?:demands?|conditions?|needs|requirements?|targets?|deadlines?|grievances|expectations|obligations)$/.test(
    tokens[k - 1]?.key ?? "",
  );
}

// "Moscow remained open to talks", "said it was ready for negotiations": a willingness, no meeting.
function openTo(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (/^(?:new|direct|peace|fresh|further)$/.test(tokens[k]?.key ?? "")) k--;
  const willing = tokens[k - 1]?.key ?? "";
  return (
    (tokens[k]?.key === "to" && /^(?:open|willing|ready|prepared)$/.test(willing)) ||
    (tokens[k]?.key === "for" && /^(?:ready|readiness|prepared|open)$/.test(willing))
  );
}

/**
 * "two F-16 jets had been scrambled during the attack.": an act already told, named only as a time,
 * with nothing of its own after it (no "by", "on", "against").
 */
function bareTimeOf(tokens: readonly Token[], first: number, last: number): boolean {
  const det = tokens[first - 1]?.key;
  const prep = /^(?:the|this|that|these|those)$/.test(det ?? "") ? tokens[first - 2]?.key : det;
  if (!/^(?:during|amid|throughout)$/.test(prep ?? "")) return false;
  const next = tokens[last];
  return !next || (!next.word && next.raw !== "-");
}

// "intercepted a skiff with five people on board", "intercepted a shipment of weapons": a stop or a
// seizure on land or at sea, not weapons brought down in flight.
const STOPPED =
  /^(?:skiffs?|boats?|vessels?|ships?|dhows?|trucks?|vehicles?|cars?|convoys?|shipments?|consignments?|smugglers?|migrants?|calls?|communications?|messages?)$/;

function interceptedOnLand(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < Math.min(tokens.length, last + 4); k++)
    if (STOPPED.test(tokens[k]!.key)) return true;
  return false;
}

const TITLECASE = /^\p{Lu}\p{Ll}/u;
const NAME_LINKS = new Set(["of", "on", "for", "the", "and"]);

/**
 * A trigger word in the title case of a name ("the Coordinating Committees on the Cessation of
 * Hostilities", "the Joint Attack Force"): part of the name, no act.
 */
function inTitledName(tokens: readonly Token[], i: number): boolean {
  if (i === 0 || !TITLECASE.test(tokens[i]!.raw)) return false;
  let k = i - 1;
  while (k > 0 && NAME_LINKS.has(tokens[k]!.key) && tokens[k]!.raw === tokens[k]!.key) k--;
  return k < i && TITLECASE.test(tokens[k]!.raw) && tokens[k]!.word && k > 0;
}

const FEELING =
  /^(?:alarmed|concerned|worried|dismayed|saddened|shocked|troubled|appalled|disturbed|outraged)$/;

/** "deeply alarmed by the fighting", "concerned about the clashes": what a speaker feels about, no act of its. */
function feltAbout(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const key = tokens[k]!.key;
    if (/^(?:by|about|over|at)$/.test(key)) {
      let f = k - 1;
      while (f > 0 && !tokens[f]!.word) f--; // «"deeply alarmed" by the fighting»
      return FEELING.test(tokens[f]?.key ?? "");
    }
    if (!/^(?:the|renewed|continued|ongoing|recent|latest|heavy|deadly|escalating|fierce)$/.test(key))
      return false;
  }
  return false;
}

/**
 * "calls on the RSF to allow safe passage, and on the SAF to stop drone strikes": an appeal's verb
 * left out before its second addressee is a second appeal, at that "on".
 */
function withElidedAppeals(
  found: TriggerMatch[],
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): TriggerMatch[] {
  const appeal = found.find((t) => tokens[t.last - 1]?.key === "on" && t.trigger.type === "REQUEST");
  if (!appeal) return found;
  const out = [...found];
  for (let i = appeal.last; i < tokens.length - 2; i++) {
    if (tokens[i]!.key !== "and" || tokens[i + 1]!.key !== "on") continue;
    const at = tokens[i + 2]!.key === "the" ? i + 3 : i + 2;
    const addressee = mentions.find((m) => m.first === at);
    if (!addressee || tokens[addressee.last]?.key !== "to") continue;
    if (out.some((t) => t.first <= i + 1 && i + 1 < t.last)) continue;
    out.push({ first: i + 1, last: i + 2, trigger: appeal.trigger });
  }
  return out.sort((a, b) => a.first - b.first);
}

// Nouns that make a trigger word part of a compound: "armoured fighting vehicles", "men of fighting age",
// "strike aircraft", "attack helicopters", "assault rifles".
const COMPOUND_AFTER: Readonly<Record<string, RegExp>> = {
  fighting: /^(?:vehicles?|positions?|age|capacity|capability|season|spirit|units?|forces?|strength|men)$/,
  strike: /^(?:aircraft|jets?|drones?|group|force|capability)$/,
  attack: /^(?:helicopters?|drones?|aircraft|jets?|submarines?|dogs?)$/,
  assault: /^(?:rifles?|weapons?|boats?|ships?)$/,
  // "collected 40 shell casings at the scene": the spent cartridges of a shooting, no shelling.
  shell: /^(?:casings?|cases)$/,
  // "Riot police are present": police equipped for riots, no riot.
  riot: /^(?:police|policemen|officers|squads?|units?|gear|shields?|control|troops|forces)$/,
};

// Words that make a trigger after them the head of a compound naming a crime or a trade: "extortion
// demands", "ransom demands".
const COMPOUND_BEFORE: Readonly<Record<string, RegExp>> = {
  demands: /^(?:extortion|ransom|wage|pay|salary)$/,
  demand: /^(?:extortion|ransom|wage|pay|salary)$/,
};

/** Whether a one-word trigger is the first half of a compound noun ("armoured fighting vehicles") or the
 * head of one ("extortion demands"). */
function compoundNoun(tokens: readonly Token[], at: number, last: number): boolean {
  if (last !== at + 1) return false;
  const before = COMPOUND_BEFORE[tokens[at]!.key];
  if (before !== undefined && before.test(tokens[at - 1]?.key ?? "")) return true;
  const pattern = COMPOUND_AFTER[tokens[at]!.key];
  return pattern !== undefined && pattern.test(tokens[last]?.key ?? "");
}

// "rescued 14 kidnapped victims", "the abducted girls", "freed abducted passengers": a participle that
// describes the people after it tells of no act of its own.
const DESCRIBED_PEOPLE =
  /^(?:victims|people|persons|girls|boys|students|pupils|children|women|men|hostages|captives|passengers|travellers|travelers|farmers|villagers|residents|workers|soldiers|civilians|schoolgirls|schoolchildren|worshippers|fishermen|families|inhabitants|patients|staff|citizens|nationals|households|tourists)$/;
const BEFORE_DESCRIBED =
  /^(?:\d[\d,]*|the|a|an|these|those|its|their|his|her|our|some|all|other|of|rescued|freed|released|found|reunited|returned|\w+teen|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)$/;
function participleAdjective(tokens: readonly Token[], at: number, last: number): boolean {
  if (last !== at + 1 || !/(?:ed|en)$/.test(tokens[at]!.key)) return false;
  // "the state-sanctioned umbrella of armed groups": the second half of a hyphenated adjective.
  if (wordHyphen(tokens, at - 1)) return true;
  // "its jailed founder", "sons of jailed drug lord Joaquín Guzmán": a state the person is in, not a sentence.
  if (
    /^(?:jailed|convicted|imprisoned)$/.test(tokens[at]!.key) &&
    /^(?:the|a|an|its|their|his|her|our|of)$/.test(tokens[at - 1]?.key ?? "")
  )
    return true;
  // "the banned Balochistan Liberation Army", "the outlawed IPOB": a name's epithet.
  if (/^(?:the|a|an)$/.test(tokens[at - 1]?.key ?? "") && /^\p{Lu}/u.test(tokens[last]?.raw ?? ""))
    return true;
  return DESCRIBED_PEOPLE.test(tokens[last]?.key ?? "") && BEFORE_DESCRIBED.test(tokens[at - 1]?.key ?? "");
}

// How far the second part of a split trigger may follow its head ("holds the group fully responsible").
const SPLIT_REACH = 7;
// No one in particular between the parts: "hold those responsible to account" calls for justice, and
// accuses no one.
const NO_ONE = new Set(["those", "whoever", "anyone", "all", "everyone", "perpetrators"]);

const NO_PHRASES: readonly Phrase<SplitTrigger>[] = [];

/** "by the time this edition went to press": a paper printed, nothing pressed for. */
function wentToPress(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]!.key === "to" &&
    tokens[at + 1]?.key === "press" &&
    /^(?:went|go|goes|going|gone)$/.test(tokens[at - 1]?.key ?? "")
  );
}

/** What is withdrawn when it is a text or a right, not forces. */
const WITHDRAWN_TEXT =
  /^(?:budget|bill|law|decree|reform|reforms|proposal|candidacy|candidature|motion|lawsuit|complaint|citizenship|nationality|accreditation|licence|license|licences|licenses|recognition|ambassador|resignation|statement|funding|support)$/;

/**
 * "We will not withdraw a budget that the country needs", "Cabinet withdraws citizenship from 2,162
 * more": a text or a right withdrawn, no forces.
 */
function withdrawnText(
  tokens: readonly Token[],
  at: number,
  found: { last: number; trigger: TriggerData },
): boolean {
  return (
    found.trigger.id === "retreat/withdraw:withdraw" &&
    /^withdr/.test(tokens[at]!.key) &&
    tokens.slice(found.last, found.last + 3).some((t) => WITHDRAWN_TEXT.test(t.key))
  );
}

/** The authors of an attack, named as the clause's subject. */
const ATTACKERS =
  /^(?:attackers|gunmen|assailants|perpetrators|suspects|kidnappers|abductors|robbers|killers|shooter|gunman|attacker|assailant|bombers)$/;

/**
 * "The attackers fled in a white saloon car": the getaway of an attack just told, no retreat. (The clause's
 * own subject, not one "who fled" while pursued: "troops pursued the assailants, who fled towards the
 * border" is the fight's end.)
 */
function getaway(
  tokens: readonly Token[],
  at: number,
  found: { last: number; trigger: TriggerData },
): boolean {
  const subject = /^(?:had|have|then|later)$/.test(tokens[at - 1]?.key ?? "") ? at - 2 : at - 1;
  return (
    found.trigger.id === "retreat/withdraw:withdraw" &&
    /^(?:fled|escaped)$/.test(tokens[at]!.key) &&
    ATTACKERS.test(tokens[subject]?.key ?? "")
  );
}

/** Acts and calamities that endanger, as the subject of "threatened". */
const ENDANGERING =
  /^(?:strikes|attacks|fighting|violence|escalation|clashes|shelling|bombardment|war|conflict|crisis|blockade|floods|drought)$/;

/**
 * "the strikes threatened the safety of U.S. personnel", "the fighting threatens the harvest": an act that
 * endangers, no one's threat.
 */
function endangers(
  tokens: readonly Token[],
  at: number,
  found: { last: number; trigger: TriggerData },
): boolean {
  return (
    found.trigger.type === "THREATEN" &&
    /^threaten/.test(tokens[at]!.key) &&
    ENDANGERING.test(tokens[at - 1]?.key ?? "")
  );
}

/** "The government statement made no mention of the market attack": an act named as left unsaid. */
function leftUnmentioned(tokens: readonly Token[], at: number): boolean {
  return tokens
    .slice(Math.max(0, at - 6), at)
    .some((t, k, all) => t.key === "mention" && all[k - 1]?.key === "no" && all[k + 1]?.key === "of");
}

/**
 * Whether an act's noun at `at` follows a claim a named party did not make ("The Islamic State did not
 * claim the attacks", "has yet to claim responsibility for the bombing"). ("No group has claimed the blast,
 * but the officer blamed al-Shabaab" still tells the blast, for the blame.)
 */
function unclaimed(tokens: readonly Token[], at: number): boolean {
  const claim = tokens
    .slice(Math.max(0, at - 7), at)
    .findIndex((t) => /^(?:claim|claimed|claiming)$/.test(t.key));
  if (claim < 0) return false;
  const k = Math.max(0, at - 7) + claim;
  return (
    tokens
      .slice(k + 1, at)
      .every((t) => /^(?:the|a|an|responsibility|for|these|those|this|that|both)$/.test(t.key)) &&
    tokens.slice(Math.max(0, k - 4), k).some((t) => /^(?:not|yet|never)$/.test(t.key))
  );
}

/** Whether the verb at `at` asks after its author: "did not say who had opened fire", "unclear who fired". */
function unknownAuthor(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > at - 3 && /^(?:had|has|have|was|were)$/.test(tokens[k]?.key ?? "")) k--;
  return (
    tokens[k]?.key === "who" &&
    /^(?:say|said|know|known|clear|unclear|establish|determine|identify|specify|reveal)$/.test(
      tokens[k - 1]?.key ?? "",
    )
  );
}

/** Verbs that put a label on an act: "called the raids …", "described the strike as …". */
const LABEL_VERBS =
  /^(?:called|calling|calls|described|describing|describes|branded|branding|termed|labelled|labeled|dubbed|characterised|characterized)$/;

/**
 * A labelling verb whose quotation, opened within reach, holds a word of some trigger's `labels`: 'called
 * the raids "another terrorist attack by the Kyiv regime"', 'described the strike as "an act of maritime
 * terrorism"'. The verb is the trigger. ("called on", "called for" are appeals; the quotation's first
 * twelve words only.)
 */
function labelledAt(
  tokens: readonly Token[],
  at: number,
  model: Model,
): { last: number; trigger: TriggerData } | null {
  if (
    !LABEL_VERBS.test(tokens[at]!.key) ||
    /^(?:on|upon|for|off|up|in|out|him|her|himself)$/.test(tokens[at + 1]?.key ?? "") ||
    namedInPassing(tokens, at)
  )
    return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 2 + SPLIT_REACH); k++) {
    if (isStop(tokens[k]!)) return null;
    if (!DOUBLE_QUOTES.has(tokens[k]!.raw)) continue;
    // ('called the ceremony "a humiliating spectacle" and "a violation of the agreement"': a second
    // quotation joined by "and" or "or" labels the same act.)
    for (let open = k; open >= 0;) {
      let j = open + 1;
      for (; j < Math.min(tokens.length, open + 13) && !DOUBLE_QUOTES.has(tokens[j]!.raw); j++) {
        const trigger = model.labelTriggers.get(tokens[j]!.key);
        if (trigger) return { last: at + 1, trigger };
      }
      open =
        DOUBLE_QUOTES.has(tokens[j]?.raw ?? "") &&
        /^(?:and|or)$/.test(tokens[j + 1]?.key ?? "") &&
        DOUBLE_QUOTES.has(tokens[j + 2]?.raw ?? "")
          ? j + 2
          : -1;
    }
    return null;
  }
  return null;
}

/**
 * 'fired missiles at what it called "terrorist infrastructure"', 'Los Lobos, which he called "a terrorist
 * organisation"': a name the speaker gives a thing in passing, no charge made. (A complaint "over what it
 * called Israel's 'daily violations'" is one.)
 */
function namedInPassing(tokens: readonly Token[], at: number): boolean {
  const k = tokens.slice(Math.max(0, at - 4), at).findIndex((t) => /^(?:what|which|whom)$/.test(t.key));
  if (k < 0) return false;
  const what = Math.max(0, at - 4) + k;
  return !(
    tokens[what]!.key === "what" &&
    /^(?:over|condemned|condemning|denounced|denouncing|decried|deplored|protested|about)$/.test(
      tokens[what - 1]?.key ?? "",
    )
  );
}

/** A split trigger ("holds … responsible") whose head starts at `at`: the head is the trigger. */
function splitAt(
  tokens: readonly Token[],
  at: number,
  model: Model,
): { last: number; trigger: TriggerData } | null {
  // Several forms share a head ("lost … soldiers", "lost … troops"): each is tried, in the model's order.
  for (const head of phrasesStartingWith(model.splitTriggers, tokens[at]!.key) ?? NO_PHRASES) {
    if (!head.keys.every((key, j) => tokens[at + j]?.key === key)) continue;
    const last = at + head.keys.length;
    if (
      tailWithin(
        tokens,
        last,
        head.value.trigger.type === "AID",
        head.value.tail,
        head.value.trigger.type === "ACCUSE",
      )
    )
      return { last, trigger: head.value.trigger };
  }
  return null;
}

/**
 * Whether the tail of a split trigger follows within reach (right after the head too: "delivered food"),
 * with no sentence break between, nor, for a blame (`blames`), "those" or "all": "suspended all its
 * movements" is a suspension, "holds all those responsible" blames no one. A decimal number ("1.2 million
 * litres") counts as one word.
 */
function tailWithin(
  tokens: readonly Token[],
  last: number,
  named: boolean,
  tail: readonly string[],
  blames: boolean,
): boolean {
  // A tail of three words or more says so much that it may come further ("declared an official of the
  // Pakistan High Commission in New Delhi persona non grata").
  // So does a deadline: "gave the remaining SAF troops in El Fasher 72 hours to surrender".
  // And a head whose object is a whole description: "subjected the positions of the Azerbaijan Army located
  // in the direction of the Lachin district to fire".
  let reach =
    last +
    SPLIT_REACH +
    (tail.length >= 3 || /^(?:hours|days|weeks)$/.test(tail[0] ?? "") ? 5 : 0) +
    (tokens[last - 1]?.key === "subjected" ? 10 : 0) +
    // (What is given may be named at length: "delivered two more IRIS-T SLM air defence systems".)
    (named ? 4 : 0);
  for (let k = last; k <= Math.min(tokens.length - tail.length, reach); k++) {
    const between = tokens[k - 1]!;
    if (isStop(between) && decimalPoint(tokens, k - 1)) reach += 2;
    else if (isStop(between) || (blames && NO_ONE.has(between.key))) return false;
    // ("delivered a massive strike with drones": a blow, nothing given.)
    else if (named && /^(?:strikes?|blows?|attacks?)$/.test(between.key)) return false;
    // Quotation marks may stand inside the second part: "called the strikes a “war crime”".
    // (An apostrophe inside the tail, "chargé d'affaires", is one of those marks: left out on both sides.)
    const words = tokens.slice(k, k + tail.length + 3).filter((x) => !QUOTES.has(x.raw));
    if (!QUOTES.has(tokens[k]!.raw) && unquoted(tail).every((key, j) => words[j]?.key === key)) return true;
  }
  return false;
}

function unquoted(keys: readonly string[]): readonly string[] {
  return keys.some((key) => QUOTES.has(key)) ? keys.filter((key) => !QUOTES.has(key)) : keys;
}

/** The point of a decimal number ("1.2 million litres"), no sentence break: a period between digits, unspaced. */
function decimalPoint(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    tokens[at]!.raw === "." &&
    before !== undefined &&
    after !== undefined &&
    /^\d+$/.test(before.raw) &&
    /^\d/.test(after.raw) &&
    before.end === tokens[at]!.start &&
    after.start === tokens[at]!.end
  );
}

const COUNT_WORDS =
  /^(?:\d[\d,]*|,|more|than|some|about|around|over|nearly|almost|at|least|the|all|its|their|hundreds|thousands|dozens|of|local)$/;
/** "evacuated more than 4,000 residents": the people an evacuation moved, after a count. */
function evacuatedPeople(tokens: readonly Token[], at: number, last: number): boolean {
  if (!/^evacuat/.test(tokens[at]!.key)) return false;
  // "were wounded and evacuated", "evacuated to the army hospital": the wounded taken to care.
  if (tokens[at - 1]?.key === "and" && /^(?:wounded|injured|hurt)$/.test(tokens[at - 2]?.key ?? ""))
    return true;
  // ("evacuated by helicopter to the military hospital in Lima": a way of carrying between.)
  if (tokens.slice(last, last + 8).some((k) => /^(?:hospital|hospitals|clinic)$/.test(k.key))) return true;
  // "The wounded were evacuated", "the bodies had been evacuated": the ones carried, before a passive.
  let subject = at - 1;
  while (subject > 0 && /^(?:were|was|been|had|have|later|then|also|all)$/.test(tokens[subject]!.key))
    subject--;
  if (
    subject < at - 1 &&
    /^(?:wounded|injured|casualties|bodies|dead|victims)$/.test(tokens[subject]?.key ?? "")
  )
    return true;
  for (let k = last; k < last + 6; k++) {
    const key = tokens[k]?.key ?? "";
    if (DESCRIBED_PEOPLE.test(key) || key === "wounded" || key === "injured") return true;
    if (!COUNT_WORDS.test(key)) return false;
  }
  return false;
}

/** "fired a guided missile", "launched at least 20 rockets": the weapon after a launch verb, within reach. */
function launchedWeapon(
  tokens: readonly Token[],
  at: number,
  model: Model,
): { last: number; trigger: TriggerData } | null {
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + LAUNCH_REACH); k++) {
    const token = tokens[k]!;
    // "fired tear gas shells", "fired rubber bullets": crowd control, no weapon of war.
    if (CROWD_CONTROL.test(token.key)) return null;
    const trigger = model.weaponTriggers.get(token.key);
    // "fired rifles", "fired live rounds": guns are fired, not thrown ("threw rifles and machine guns into
    // the fire" is a disarmament); "rounds of tear gas" are crowd control.
    if (trigger?.mode === "firearms" && (!/^fir/.test(tokens[at]!.key) || tokens[k + 1]?.key === "of"))
      return null;
    if (trigger) return { last: k + 1, trigger };
    if (!token.word) {
      // ("fired a 'hypersonic' ballistic missile": a word quoted on the way.)
      const between =
        token.raw === "-" ||
        /^["“”‘’']$/.test(token.raw) ||
        (token.raw === "," && /^\d/.test(tokens[k + 1]?.raw ?? ""));
      if (!between) return null;
    } else if (LAUNCH_BREAKS.has(token.key) && !(token.key === "at" && tokens[k + 1]?.key === "least"))
      return null;
    // "fired 18 ballistic and cruise missiles": modifiers joined by "and" before the weapon.
  }
  return null;
}

// "its air defence had destroyed 96 Ukrainian drones", "shot down 12 attack UAVs": weapons in flight
// brought down are an interception, whatever counts and names stand between.
const INTERCEPT_VERBS = new Set(["destroyed", "downed", "neutralised", "neutralized", "shot", "intercepted"]);
const FLYING = /^(?:drones?|uavs?|missiles?|rockets?|shaheds?|projectiles?)$/;
const IN_FLIGHT_WORDS =
  /^(?:\d[\d,]*|of|the|at|least|some|about|around|all|and|more|than|over|up|to|enemy|hostile|attack|strike|one-way|kamikaze|unmanned|aerial|fixed-wing|long-range|guided|cruise|ballistic|type|shahed|geran|lancet|incoming|down)$/;
// "destroyed a drone launch point", "drone workshop": a place or thing named by the weapon, not the weapon.
const WEAPON_SITE =
  /^(?:launch|launchers?|workshops?|factory|factories|plants?|depots?|sites?|bases?|operators?|units?|production|storage|warehouses?|teams?|crews?|control|command)$/;
const interceptTriggers = new WeakMap<Model, TriggerData | null>();

function interceptedWeapon(
  tokens: readonly Token[],
  at: number,
  model: Model,
): { last: number; trigger: TriggerData } | null {
  if (tokens[at]!.key === "shot" && tokens[at + 1]?.key !== "down") return null;
  let trigger = interceptTriggers.get(model);
  if (trigger === undefined) {
    trigger = model.data.triggers.find((t) => t.frame === "intercept") ?? null;
    interceptTriggers.set(model, trigger);
  }
  if (!trigger) return null;
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    const token = tokens[k]!;
    if (FLYING.test(token.key))
      return WEAPON_SITE.test(tokens[k + 1]?.key ?? "") ? null : { last: k + 1, trigger };
    if (
      !token.word
        ? token.raw !== "-" && token.raw !== ","
        : !IN_FLIGHT_WORDS.test(token.key) && !/^\p{Lu}/u.test(token.raw)
    )
      return null;
  }
  return null;
}

/** Whether the trigger is a passive participle ("was attacked", "were repelled by"). */
export function isPassive(tokens: readonly Token[], at: number): boolean {
  // "said it was appalled by the executions": a feeling, whose subject feels it.
  if (FEELING.test(tokens[at]?.key ?? "")) return false;
  // "a convoy was stopped and looted by armed men": the auxiliary of a participle joined before it, when
  // the agent follows (not "said the weapons had been planted and accused the police…").
  if (
    tokens[at - 1]?.key === "and" &&
    tokens[at + 1]?.key === "by" &&
    participle(tokens[at - 2]) &&
    participle(tokens[at])
  )
    return isPassive(tokens, at - 2);
  // "three people were injured and five arrested", "11 officers had been injured and 17 people arrested":
  // the auxiliary of the clause before serves the count's participle too.
  const counted = ELLIPTIC_NOUN.test(tokens[at - 1]?.key ?? "") ? at - 2 : at - 1;
  if (
    isCountWord(tokens[counted]?.key ?? "") &&
    tokens[counted - 1]?.key === "and" &&
    participle(tokens[counted - 2]) &&
    participle(tokens[at]) &&
    isPassive(tokens, counted - 2)
  )
    return true;
  // A quotation mark may open between the auxiliary and the verb: 'the army was "attacked by…'.
  const quoted = QUOTES.has(tokens[at - 1]?.raw ?? "") ? 1 : 0;
  for (let k = at - 1 - quoted; k >= Math.max(0, at - 3 - quoted); k--) {
    const key = tokens[k]!.key;
    if (AUXILIARY.has(key)) return participle(tokens[at]);
    if (!/ly$/.test(key) && key !== "reportedly" && key !== "also" && key !== "not") return false;
  }
  return false;
}

/** The people a count may name in a clause that leaves out its auxiliary ("and 17 people arrested"). */
const ELLIPTIC_NOUN =
  /^(?:people|persons|others|men|women|protesters|demonstrators|students|youths|suspects|civilians)$/;

/** Whether a word may be a past participle ("looted", "taken", "shot", "hit"). */
function participle(token: Token | undefined): boolean {
  // ("were set upon by": a participle like its present.)
  return (
    token !== undefined &&
    (/ed$|en$|wn$|ck$|ot$|ught$|^sent$/.test(token.key) ||
      /^(?:hit|set|cut|shut|hurt|burnt|put)$/.test(token.key))
  );
}

/** Whether the trigger word is used as a noun here ("the attack", "a strike on"). */
export function isNounUse(tokens: readonly Token[], at: number, trigger: TriggerData): boolean {
  if (trigger.noun) return true;
  const previous = tokens[at - 1]?.key;
  return previous !== undefined && DETERMINERS.has(previous);
}

import { mapPacked } from "../arrays.js";
import { QUOTES, type Token } from "../1-text/tokens.js";
import type { Modality } from "../types.js";
import type { Candidate } from "./roles.js";
import { isParty, sameSide, type ResolvedActor } from "./references.js";
import { pastAdverbs, type SentenceView } from "./sentence.js";
import { accusedAt } from "./triggers.js";
import { sentenceDate } from "../2-mentions/dates.js";

export { sameSide };

/** Who a sentence is attributed to, if anyone. */
export interface Attribution {
  readonly modality: "claimed" | "reported";
  readonly speaker: ResolvedActor | null;
  /** Token index of the speech cue. */
  readonly at: number;
  readonly rule: string;
}

const VERBAL = new Set([
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "CONSULT",
  "AGREE",
  "SUPPORT",
  "SANCTION",
  "CONCEDE",
]);
/** Verbs that give an order, right before what they order ("declared a curfew"). */
const ENACTED =
  /^(?:declared|declares|announced|announces|imposed|imposes|ordered|orders|decreed|decrees|introduced|extended|extends|suspended|suspends)$/;
/** Whether a curfew, a restriction or a sanction is ordered by the verb just before it ("declared a curfew"). */
function ordered(c: Candidate, tokens: readonly Token[], at: number): boolean {
  return (
    (/^coerce\/(?:curfew|restrict)/.test(c.rule) || c.type === "SANCTION") &&
    // ("imposed a 24-hour curfew": the verb may open the trigger itself.)
    tokens.slice(Math.max(0, at - 6), c.match.last).some((t) => ENACTED.test(t.key))
  );
}

/** Nouns a relative clause with a saying in it describes ("a drone strike that residents said killed…"). */
const RELATIVE_HEAD =
  /^(?:strike|strikes|attack|attacks|raid|raids|bombing|shelling|killing|killings|operation|incident|ambush|clash|clashes|fire|blast|explosion)$/;

/** Acts made by saying them: the speaker's own word is the act. */
const SAID_ACTS = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN"]);
/** Words right before a trigger that report an earlier act ("said it had rejected"). */
const SAID_THAT = /^(?:had|has|have)$/;
const PRONOUN_SPEAKER = /^(?:he|she|they|him|her|them|it|the director|the spokesman|the spokesperson)$/;
const PARTY_WORDS =
  /^(?:spokesman|spokesperson|spokeswoman|commander|ministry|general|staff|director|headquarters|command|army|military|communique|statement|governor|minister|officer|colonel|junta|president|government|brigade|forces)$/;
const AFTER_HYPOTHETICAL =
  /^(?:cannot be ruled out|can't be ruled out|could not be ruled out|not be ruled out|remains possible|is possible|are possible|unlikely|cannot be excluded|not be excluded)$/;
const NO_LOSSES = /^(?:casualties|injuries|deaths|damage|losses|fatalities)$/;
const SAID = /^(?:said|says|added|stated|announced|told)$/;
const NEW_STATEMENT = /^(?:said|says|added|adds|claimed|claims|insisted|insists|stated|announced|told)$/;
/** An act named as a noun, which a prospect before it ("ahead of a looming offensive") makes a plan. */
const ACT_NOUN =
  /^(?:offensive|counteroffensive|counter-offensive|assault|attack|push|operation|incursion|invasion|onslaught|raid|storming)$/;
/** What puts an act named as a noun in time to come ("ahead of", "in anticipation of", "an imminent"). */
const PROSPECT =
  /^(?:ahead of|in anticipation of|in preparation for|looming|imminent|impending|anticipated)$/;
const STOP = new Set([";", "but", "calling", "saying", "adding", "while", "whereas", "although", "then"]);

function scopeClear(tokens: readonly Token[], from: number, to: number, strict: boolean): boolean {
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (STOP.has(key)) return false;
    // "denied that the group had attacked civilians and said its fighters had captured…": a new statement.
    if (key === "and" && NEW_STATEMENT.test(tokens[k + 1]?.key ?? "")) return false;
    if (strict && (key === "," || key === "and" || key === "or" || key === "then")) return false;
  }
  return true;
}

/** Words that open a noun phrase: "alleged" after one describes its noun ("two alleged spies"). */
const DETERMINER =
  /^(?:a|an|the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|dozens|hundreds|of|other|more)$/;

/** Pass 3d: who a sentence is attributed to, from speech cues and hedges; `previous` carries "he said". */
export function attribution(
  view: SentenceView,
  neutral: ReadonlySet<string>,
  previous: Attribution | null,
): Attribution | null {
  const { tokens, actors, cues } = view;
  let hedge: Attribution | null = null;
  for (const cue of cues) {
    if (cue.kind === "hedge") {
      hedge ??= { modality: "reported", speaker: null, at: cue.first, rule: `modality/reported:${cue.text}` };
      continue;
    }
    if (cue.kind !== "speech") continue;
    // "arrested nine alleged members of Los Lobos": a doubt on who the people are, not a source.
    if (
      cue.text === "alleged" &&
      (DETERMINER.test(tokens[cue.first - 1]?.key ?? "") || /^\d/.test(tokens[cue.first - 1]?.key ?? ""))
    ) {
      hedge ??= { modality: "reported", speaker: null, at: cue.first, rule: "modality/reported:alleged" };
      continue;
    }
    // "United States": a cue word inside an actor's name is no cue.
    if (actors.some((a) => a.mention.first <= cue.first && cue.first < a.mention.last)) continue;
    // "with no casualties reported": a count, not a source.
    if (tokens.slice(Math.max(0, cue.first - 3), cue.first).some((t) => NO_LOSSES.test(t.key))) continue;
    // "protesting what they said was the slow response": words about a thing named, not a source.
    if (tokens[cue.first - 2]?.key === "what" || tokens[cue.first - 1]?.key === "what") continue;
    // "a parliamentary system that critics say allows the President to stay": a relative clause's own source.
    if (
      /^(?:that|which)$/.test(tokens[cue.first - 2]?.key ?? "") &&
      /^(?:say|says)$/.test(tokens[cue.first]!.key)
    )
      continue;
    const according = cue.text === "according to";
    // "According to local sources, the RSF shelled": the source is the words right after the cue.
    const from = according ? cue.last : Math.max(0, cue.first - 6);
    const to = according ? Math.min(tokens.length, cue.last + 4) : Math.min(tokens.length, cue.last + 3);
    const words = mapPacked(tokens.slice(from, to), (t) => t.key);
    const comma = according ? tokens.slice(cue.last, to).findIndex((t) => t.key === ",") : -1;
    const window = according
      ? actors.filter(
          (a) =>
            a.mention.first >= cue.last &&
            a.mention.first <= cue.last + 2 &&
            (comma < 0 || a.mention.first < cue.last + comma),
        )
      : /ing$/.test(tokens[cue.first]?.key ?? "") ||
          tokens[cue.first - 1]?.key === "and" ||
          // ("condemned the killing of three civilians in a statement": the one condemning.)
          (tokens[cue.first - 2]?.key === "in" &&
            /^(?:a|its|their|his|her)$/.test(tokens[cue.first - 1]?.key ?? ""))
        ? // "Fano leaders rejected the offer, saying they…": the one saying is the clause's subject, and
          // "they" after it is the content's ("accused the Indian Army of … and said": the accuser).
          actors.filter((a) => a.mention.last <= cue.first).slice(0, 1)
        : actors.filter(
            (a) =>
              (a.mention.last <= cue.first && a.mention.last >= cue.first - 6) ||
              (a.mention.first >= cue.last &&
                a.mention.first <= cue.last + 2 &&
                tokens[cue.first - 1]?.key === ","),
          );
    const neutralAt = words.findIndex(
      (k, i) =>
        neutral.has(k) ||
        neutral.has(`${k} ${words[i + 1] ?? ""}`) ||
        neutral.has(`${k} ${words[i + 1] ?? ""} ${words[i + 2] ?? ""}`),
    );
    const neutralWord = neutralAt >= 0;
    let speaker = window.length > 0 ? window[according ? 0 : window.length - 1]! : null;
    // "The RSF shelled the camp, witnesses said": the witnesses, nearer the verb, are the source.
    if (
      speaker &&
      neutralWord &&
      !according &&
      from + neutralAt >= speaker.mention.last &&
      from + neutralAt < cue.first
    )
      speaker = null;
    if (neutralWord && (!speaker || !isParty(speaker.actor)))
      return {
        modality: "reported",
        speaker: null,
        at: cue.first,
        rule: `modality/reported:source-${cue.text}`,
      };
    if (speaker)
      return {
        modality: isParty(speaker.actor) ? "claimed" : "reported",
        speaker,
        at: cue.first,
        rule: `modality/${isParty(speaker.actor) ? "claimed" : "reported"}:${cue.text}`,
      };
    if (words.some((k) => PRONOUN_SPEAKER.test(k)) && previous)
      return { ...previous, at: cue.first, rule: `${previous.rule}+pronoun` };
    if (neutralWord)
      return {
        modality: "reported",
        speaker: null,
        at: cue.first,
        rule: `modality/reported:source-${cue.text}`,
      };
    if (words.some((k) => PARTY_WORDS.test(k)))
      return {
        modality: "claimed",
        speaker: null,
        at: cue.first,
        rule: `modality/claimed:official-${cue.text}`,
      };
    hedge ??= { modality: "reported", speaker: null, at: cue.first, rule: `modality/reported:${cue.text}` };
  }
  return hedge;
}

/** A hedge with no speaker on the people an act concerns: "arrested four individuals suspected of…". */
export function isPersonHedge(a: Attribution): boolean {
  return a.speaker === null && /:(?:suspected|alleged|believed to be|presumed)$/.test(a.rule);
}

/** Times to come that follow the act they date: "in the coming days", "within hours", "next week". */
const FUTURE_TIME =
  /^(?:in the coming|next week|next month|within (?:days|hours|weeks)|in the days ahead|in the near future)/;

/** Past forms that a "within hours" after them dates in the past ("fell within hours", "moved in within days"). */
const PAST_VERB = /^(?:[a-z]+ed|took|fell|came|went|began|drove|fled|ran|overran|retook|won|lost|rode)$/;
const FUTURE_AUX = /^(?:will|would|shall|to|could|may|might|must)$/;

/** Whether "within hours/days/weeks" follows a past verb of its clause (no auxiliary of the future between). */
function pastWithin(tokens: readonly Token[], first: number, text: string, last = first): boolean {
  if (!/^within /.test(text)) return false;
  // "Within hours, armed tribesmen attacked the bazaar": opening its sentence, a clause after it told in the
  // past (not "to retake Kidal within days, and reinforcements arrived").
  if (tokens[last]?.key === "," && (first === 0 || !tokens[first - 1]!.word))
    for (let k = last + 1; k < Math.min(tokens.length, last + 9); k++) {
      const key = tokens[k]!.key;
      if (FUTURE_AUX.test(key) || !tokens[k]!.word) break;
      if (PAST_VERB.test(key) || /^(?:had|have|has)$/.test(key)) return true;
    }
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const key = tokens[k]!.key;
    if (!tokens[k]!.word || FUTURE_AUX.test(key)) return false;
    if (PAST_VERB.test(key)) return !tokens.slice(Math.max(0, k - 3), k).some((t) => FUTURE_AUX.test(t.key));
  }
  return false;
}

const OWN_WORDS = new Set(["REQUEST", "ACCUSE", "REJECT", "SUPPORT"]);

/** Pass 3e: the modality of one candidate event, from the cues in scope and the sentence's attribution. */
/** "a lockdown … from September 28", "a curfew starting tomorrow": when a restriction takes effect. */
const TAKES_EFFECT =
  /\b(?:from|starting(?: on| from)?|beginning(?: on)?|as of|with effect from|effective(?: from)?)\s+(tomorrow|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?)\b/;

/**
 * Whether a curfew, lockdown or restriction is declared to take effect after the report's day ("have
 * declared a 10-day total lockdown … from September 28" in a paper of 20 September): it is to come.
 */
function takesEffectLater(c: Candidate, published: string | null): boolean {
  if (c.type !== "COERCE" || !published) return false;
  const { sentence, tokens } = c.view;
  const from = (tokens[c.match.last - 1]?.end ?? sentence.start) - sentence.start;
  const found = TAKES_EFFECT.exec(sentence.text.slice(from));
  if (!found) return false;
  if (/^tomorrow$/i.test(found[1]!)) return true;
  const date = sentenceDate(found[1]!, new Date(`${published}T12:00:00Z`));
  return date !== null && date.start > published;
}

export function modalityOf(
  c: Candidate,
  attributed: Attribution | null,
  allied: (a: string, b: string) => boolean = () => false,
  /** The report's day (`YYYY-MM-DD`): a restriction declared to take effect after it is to come. */
  published: string | null = null,
): { modality: Modality; rule: string } {
  // "called a 72-hour general strike", "called for a nationwide shutdown on Tuesday": the protest is to come.
  if (c.type === "PROTEST" && calledProtest(c.view.tokens, c.match.first))
    return { modality: "planned", rule: "modality/planned:called" };
  // "M23 accused the army of carrying out drone strikes…": the act is the accuser's word about another.
  if (
    c.type === "ASSAULT" &&
    c.view.tokens.slice(c.actor1.mention.last, c.match.first).some((t) => t.key === "of") &&
    accusedAt(c.view.triggers, c.actor1.mention.first)
  )
    return { modality: "reported", rule: "modality/reported:accused" };
  const read = cueModality(c, attributed, allied);
  if (
    (read.modality === "asserted" || read.modality === "claimed" || read.modality === "reported") &&
    takesEffectLater(c, published)
  )
    return { modality: "planned", rule: "modality/planned:takes-effect" };
  // "warned that any boat that moves will be a military target": the future is the threat's content;
  // the warning itself is made now, and a party's own words are the threat, not a claim of one.
  if (c.type === "THREATEN" && (read.modality === "planned" || read.modality === "claimed"))
    return { modality: "asserted", rule: `${read.rule}:threat-made` };
  // "The army said the rebels had violated the ceasefire": the charge is made in the saying, by the speaker.
  if (c.match.trigger.frame === "charge" && (read.modality === "reported" || read.modality === "claimed"))
    return { modality: "asserted", rule: `${read.rule}:charge-made` };
  // "A rights group said the men had been unarmed and demanded an inquiry", "the U.N. said, calling for
  // their release": the speaker's own demand, accusation or refusal, joined to the saying, is made in it,
  // not reported by it ("a Hamas official said the group had rejected…" still reports a refusal).
  const before = c.view.tokens[c.match.first - 1]?.key;
  const joinedToSaying =
    before === "and" || (before === "," && /ing$/.test(c.view.tokens[c.match.first]!.key));
  if (
    OWN_WORDS.has(c.type) &&
    joinedToSaying &&
    (read.modality === "reported" || read.modality === "claimed") &&
    attributed?.speaker?.actor.id === c.actor1.actor.id
  )
    return { modality: "asserted", rule: `${read.rule}:own-words` };
  return read;
}

const HEALTH_MINISTRY = /\bhealth (?:ministry|minister)\b|\bministry of health\b/i;

/** A health ministry: it counts the dead and the wounded; its word on a strike is a report, no party's claim. */
export function countsTheDead(speaker: ResolvedActor): boolean {
  return HEALTH_MINISTRY.test(speaker.text);
}

const REPORT_NOUN =
  /^(?:reports|claims|allegations|accusations|rumours|rumors|information|suggestions|news)$/;

/** Whether "reports … that" (or "claims", "allegations") opens a clause between a cue and a trigger. */
function reportsThat(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 14); k++)
    if (tokens[k]!.key === "that" && tokens.slice(from, k).some((t) => REPORT_NOUN.test(t.key))) return true;
  return false;
}

/** Words of a time between "failed" and "to": "failed on Friday to agree", "failed again to". */
const WHEN_BETWEEN =
  /^(?:on|in|at|again|once|yesterday|today|overnight|this|last|week|weekend|month|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|afternoon|\d+)$/;

/** "EU ambassadors failed on Friday to agree": what failed, with a time between, was not done. */
function failedTo(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.key !== "to") return false;
  for (let k = at - 2; k >= Math.max(0, at - 6); k--) {
    const key = tokens[k]!.key;
    if (/^(?:failed|fails|fail)$/.test(key)) return k < at - 2;
    if (!WHEN_BETWEEN.test(key)) return false;
  }
  return false;
}

function cueModality(
  c: Candidate,
  attributed: Attribution | null,
  allied: (a: string, b: string) => boolean,
): { modality: Modality; rule: string } {
  const { tokens, cues, triggers } = c.view;
  const at = c.match.first;
  // "the police attributed the attack to X": who did it is what someone else says.
  if (c.rule.includes(":attributed")) return { modality: "reported", rule: "modality/reported:attributed" };
  // "called on its supporters to march on Saturday": the protest called is still to come.
  if (c.rule.endsWith(":own-followers")) return { modality: "planned", rule: "modality/planned:called" };
  // "would not agree to a ceasefire": the refusal is the act (a rejection), not a denied agreement.
  const refused = c.rule.includes(":refused");
  if (!refused && failedTo(tokens, at)) return { modality: "negated", rule: "modality/negated:failed to" };
  for (const cue of cues) {
    if (cue.last > at) continue;
    if (cue.kind === "negation" && !refused && at - cue.last <= 3 && scopeClear(tokens, cue.last, at, true))
      return { modality: "negated", rule: `modality/negated:${cue.text}` };
    // "denied that Djiboutian troops serving with the African Union … (AUSSOM) had pulled out": a
    // denial's "that" clause reaches further than a bare denial.
    // So does "dismissed as fake news reports circulating on social media that the militants had overrun…".
    const reach =
      tokens[cue.last]?.key === "that" ||
      tokens[cue.last - 1]?.key === "that" ||
      reportsThat(tokens, cue.last, at)
        ? 24
        : 12;
    if (cue.kind === "denial" && at - cue.last <= reach && scopeClear(tokens, cue.last, at, false)) {
      const cut = triggers.some(
        (t) => t.first > cue.last && t.first < at && tokens[t.first - 1]?.key === "and",
      );
      // ("rejected the charge and in turn accused Kinshasa": past an adverb after "and".)
      if (!cut && !(tokens[pastAdverbs(tokens, at) - 1]?.key === "and"))
        return { modality: "negated", rule: `modality/negated:${cue.text}` };
    }
  }
  for (const cue of cues) {
    if (refused) break;
    // "on 17 May", "since May", "in early May": the month, not the modal (a capital mid-sentence, or after
    // a word that takes a date).
    if (
      cue.text === "may" &&
      (/^\d/.test(tokens[cue.first - 1]?.key ?? "") ||
        /^\d/.test(tokens[cue.last]?.key ?? "") ||
        /^(?:since|in|from|until|till|by|of|on|early|mid|late|last|next|this|before|after|through)$/.test(
          tokens[cue.first - 1]?.key ?? "",
        ) ||
        (cue.first > 0 && tokens[cue.first]!.raw === "May"))
    )
      continue;
    if (
      cue.kind === "hypothetical" &&
      cue.last <= at &&
      at - cue.last <= 8 &&
      scopeClear(tokens, cue.last, at, false)
    )
      return { modality: "hypothetical", rule: `modality/hypothetical:${cue.text}` };
    // "An attack on Mogadishu cannot be ruled out": the judgement follows the event it weighs.
    if (
      cue.kind === "hypothetical" &&
      cue.first > at &&
      cue.first - c.match.last <= 8 &&
      AFTER_HYPOTHETICAL.test(cue.text) &&
      scopeClear(tokens, c.match.last, cue.first, false)
    )
      return { modality: "hypothetical", rule: `modality/hypothetical:${cue.text}` };
  }
  // "fled ahead of a looming RSF assault", "ahead of what it called a final offensive": a prospect.
  if (ACT_NOUN.test(tokens[c.match.last - 1]?.key ?? "")) {
    const word = (k: number): string => (k < at ? tokens[k]!.key : "");
    for (let k = at - 1; k >= Math.max(0, at - 7) && word(k) !== ","; k--) {
      const phrase = [word(k), `${word(k)} ${word(k + 1)}`, `${word(k)} ${word(k + 1)} ${word(k + 2)}`].find(
        (p) => PROSPECT.test(p),
      );
      if (phrase) return { modality: "planned", rule: `modality/planned:prospect:${phrase}` };
    }
  }
  for (const cue of cues) {
    if (cue.kind !== "planned" || refused) continue;
    // "an operation to retake Mahaday within days, and reinforcements arrived": a time to come after a
    // trigger is that trigger's, not the next clause's.
    // ("moved in unopposed within hours and raised its flag": how soon a past act followed, no time to come.)
    if (pastWithin(tokens, cue.first, cue.text, cue.last)) continue;
    const time = FUTURE_TIME.test(cue.text);
    const taken = time && triggers.some((t) => t.last <= cue.first && cue.first - t.last <= 8);
    const before = !taken && cue.last <= at && at - cue.last <= 6 && scopeClear(tokens, cue.last, at, false);
    // "called on residents to remain calm and said reinforcements would be sent in the coming hours":
    // a time after the trigger is its own only within its clause.
    const after =
      cue.first >= c.match.last &&
      time &&
      // (Words, not hyphens and apostrophes: "from the Mirebalais-Saut-d'Eau axis in the coming days".)
      tokens.slice(c.match.last, cue.first).filter((t) => t.word).length <= 14 &&
      scopeClear(tokens, c.match.last, cue.first, false) &&
      !tokens.slice(c.match.last, cue.first).some((t) => SAID.test(t.key));
    // "a decisive operation would be launched in Tirah", "the offensive will begin": the noun's own verb
    // to come, right after it (a quotation mark may close the name).
    const own =
      cue.first >= c.match.last &&
      tokens.slice(c.match.last, cue.first).every((t) => QUOTES.has(t.raw)) &&
      /^(?:will|would|shall|is to|are to)$/.test(cue.text) &&
      /^(?:be|begin|start|commence|target|continue)$/.test(tokens[cue.last]?.key ?? "");
    // "said it would deploy", "would be sent": a trigger whose own words hold the time to come.
    // ("would not accept the ceasefire": a refusal made now.)
    const inside =
      cue.first >= at &&
      cue.last <= c.match.last &&
      !FUTURE_TIME.test(cue.text) &&
      !tokens.slice(at, c.match.last).some((t) => /^(?:not|never|n't)$/.test(t.key));
    if (before || after || own || inside)
      return { modality: "planned", rule: `modality/planned:${cue.text}` };
  }
  // A speech cue in another clause ("X attacked; Y said they repelled it") does not reach the trigger;
  // "arrested a suspected ISIS official" hedges the person arrested, not the arrest.
  const personHedge = attributed !== null && isPersonHedge(attributed) && attributed.at > at;
  // ("staged a sit-in, demanding an inquiry into a drone strike that residents said killed four children":
  // a saying inside a relative clause after the act is about that clause.)
  // (Not when the head is the act itself: "a drone strike that residents said killed…" is theirs to tell.)
  let pronoun = -1;
  if (attributed !== null && attributed.at > c.match.last)
    for (let k = attributed.at - 1; k >= Math.max(c.match.last + 1, attributed.at - 4); k--)
      if (/^(?:that|which)$/.test(tokens[k]!.key)) {
        pronoun = k;
        break;
      }
  const relative = pronoun > 0 && RELATIVE_HEAD.test(tokens[pronoun - 1]?.key ?? "");
  const reaches =
    attributed !== null &&
    !personHedge &&
    !relative &&
    !tokens.slice(Math.min(attributed.at, at), Math.max(attributed.at, at)).some((t) => t.key === ";");
  if (attributed && reaches) {
    const speaker = attributed.speaker;
    // "The government declared a curfew", "declared a state of emergency": the declaration is the act.
    if (attributed.at >= c.match.first && attributed.at < c.match.last)
      return { modality: "asserted", rule: "modality/asserted:speech-act" };
    // "Amnesty wrote to the RSF requesting access": the letter its author wrote is the request itself.
    if (
      VERBAL.has(c.type) &&
      /[:-]wrote$/.test(attributed.rule) &&
      c.actor1.mention.last <= attributed.at + 1
    )
      return { modality: "asserted", rule: "modality/asserted:letter" };
    // "In a statement, UNIFIL called on all parties…": the statement is the appeal itself.
    if (!speaker && VERBAL.has(c.type) && /:official-(?:statement|communiqu[eé])$/.test(attributed.rule))
      return { modality: "asserted", rule: "modality/asserted:statement" };
    // "The KRG condemned the killing in a statement", "…, the UN said": the subject's own act, framed after
    // it; "declared a 60-day state of emergency": the declaring is the order.
    if (!speaker && SAID_ACTS.has(c.type) && attributed.at > at && c.actor1.mention.last <= at)
      return { modality: "asserted", rule: "modality/asserted:own-statement" };
    // "In a video posted on social media, the gang's leader threatened to…": the channel opens the sentence;
    // the act is the subject's own.
    // ("According to a source close to the talks, Kinshasa's delegation demanded…": a source's account.)
    if (
      !speaker &&
      SAID_ACTS.has(c.type) &&
      !attributed.rule.endsWith("according to") &&
      attributed.at < c.actor1.mention.first &&
      c.actor1.mention.last <= at &&
      tokens.slice(attributed.at, c.actor1.mention.first).some((t) => t.key === ",")
    )
      return { modality: "asserted", rule: "modality/asserted:own-statement:channel" };
    if (!speaker && ordered(c, tokens, at)) return { modality: "asserted", rule: "modality/asserted:order" };
    if (!speaker) return { modality: attributed.modality, rule: attributed.rule };
    // "Gaza's health ministry said", "the health ministry said": the dead it counts are a report, whoever
    // runs it (the ministry of a place is taken for the home state's government).
    if (countsTheDead(speaker) && c.actor1.actor.id !== speaker.actor.id)
      return { modality: "reported", rule: `${attributed.rule}:health-ministry` };
    // "WHO's representative said, urging both the army and the RSF…": the speaker's own words, told as an
    // act, whoever the speaker is taken for.
    if (
      VERBAL.has(c.type) &&
      attributed.at === c.match.first - 2 &&
      tokens[c.match.first - 1]?.key === "," &&
      /ing$/.test(tokens[c.match.first]!.key)
    )
      return { modality: "asserted", rule: "modality/asserted:said-urging" };
    // "Fano leaders rejected the offer, saying…": a statement is the act itself.
    if (VERBAL.has(c.type) && speaker.actor.id === c.actor1.actor.id && attributed.at > at)
      return { modality: "asserted", rule: "modality/asserted:speech-act" };
    // "Pakistan's ISPR accused the Indian Army of violating the ceasefire and said…": an accusation, an
    // appeal, a refusal or a threat its own speaker makes is the act itself, wherever the saying stands.
    if (
      SAID_ACTS.has(c.type) &&
      sameSide(speaker.actor, c.actor1.actor) &&
      !SAID_THAT.test(tokens[at - 1]?.key ?? "")
    )
      return { modality: "asserted", rule: "modality/asserted:own-statement" };
    // "President Noboa declared a 60-day state of emergency", "announced a curfew": an order its own
    // author gives is the act.
    if (sameSide(speaker.actor, c.actor1.actor) && ordered(c, tokens, at))
      return { modality: "asserted", rule: "modality/asserted:order" };
    // "FACT said in a statement that … The rebel group called on the authorities…": after a party's
    // statement, its own call or accusation is an act the report states, not a claim it makes.
    if (VERBAL.has(c.type) && speaker.actor.id === c.actor1.actor.id && attributed.rule.endsWith(":bulletin"))
      return { modality: "asserted", rule: "modality/asserted:speech-act" };
    // A party's word about its own deeds, its allies' (Russia's ministry on Syrian troops), or what was
    // done to them is a claim; about others', a report.
    const side = (a: ResolvedActor["actor"]): boolean =>
      sameSide(speaker.actor, a) || allied(speaker.actor.id, a.id);
    const own = side(c.actor1.actor) || (c.actor2 !== null && side(c.actor2.actor));
    if (isParty(speaker.actor) && !own)
      return { modality: "reported", rule: `${attributed.rule}:other-party` };
    // "MONUSCO said its peacekeepers had deployed a rapid reaction force", "the WFP said it was shipping
    // food": a mission's or an agency's word on its own deeds is its claim too.
    if (
      !isParty(speaker.actor) &&
      attributed.modality === "reported" &&
      speaker.actor.id === c.actor1.actor.id &&
      (speaker.actor.kind === "international" || speaker.actor.kind === "ngo")
    )
      return { modality: "claimed", rule: `${attributed.rule}:own-deeds` };
    return { modality: attributed.modality, rule: attributed.rule };
  }
  return { modality: "asserted", rule: "modality/asserted" };
}

const CALLING = /^(?:called|calls|calling|call|announced|announces|declared|declares|urged)$/;

/**
 * Whether a protest is one called or announced ("called for a nationwide shutdown", "announced a 72-hour
 * strike"): the verb at most five words before (quotation marks aside), with no clause between.
 */
export function calledProtest(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const key = tokens[k]!.key;
    if (CALLING.test(key)) return true;
    if (QUOTES.has(tokens[k]!.raw)) continue;
    if (key === "," || key === ";" || key === "and" || key === "that") return false;
  }
  return false;
}

import type { Token } from "../1-text/tokens.js";
import type { TriggerData } from "../model.js";
import type { ResolvedActor } from "./references.js";
import type { SentenceView } from "./sentence.js";
import { isNounUse, isPassive, type TriggerMatch } from "./triggers.js";

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

// Words that end a clause for role purposes.
const BOUNDARY = new Set([";", "but", "while", "whereas", "before", "after", "then", "when", "as", "which", "who", "where", "because", "although", "though", "since", "until", "said", "says", "saying", "adding", "calling", "describing", "claiming", "according", "told"]);
const OBJECT_PREPOSITIONS = new Set(["against", "on", "at", "near", "to", "into", "towards", "toward", "in", "with", "between", "from", "of", "for", "targeting", "including", "among", "around", "across", "inside", "over", "along"]);
const SUBJECT_SKIP = new Set(["against", "on", "at", "near", "to", "into", "towards", "toward", "in", "with", "from", "for", "targeting", "including", "among", "around", "across", "inside", "over", "along", "by"]);
const VICTIM_PARTICIPLES = new Set(["killing", "wounding", "injuring", "leaving", "killed", "wounded", "injured"]);
const TERRITORY = /^(?:village|villages|town|towns|city|cities|area|areas|base|bases|airbase|airport|headquarters|hq|positions|position|district|districts|hill|hills|neighbourhood|neighborhood|neighbourhoods|settlement|settlements|outpost|outposts|camp|barracks|garrison|territory|township|locality|region|province|county|checkpoint|crossing|bridge|road|highway|junction|strongholds?|pocket|enclave|villages|quarter|suburb|suburbs|outskirts|centre|center|heights|farms|compound|station|port|airfield|facility)$/;
const SPEECH = new Set(["said", "says", "saying", "claimed", "claims", "claiming", "announced", "stated", "reported", "told", "added", "according", "confirmed", "acknowledged", "insisted", "alleged", "declared", "disclosed"]);

function boundaryBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BOUNDARY.has(tokens[k]!.key)) return true;
  return false;
}

function precededBy(tokens: readonly Token[], at: number, words: ReadonlySet<string>): string | null {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const key = tokens[k]!.key;
    if (words.has(key)) return key;
    if (!/^(?:the|a|an|its|their|his|her|some|several|two|three|four|of|both|all|other|rival|fellow|local|-|'|s|\d+)$/.test(key)) return null;
  }
  return null;
}

/** Subjects: the nearest mention(s) left of the trigger in its clause, coordinated ones included. */
function subjects(view: SentenceView, match: TriggerMatch, triggers: readonly TriggerMatch[]): ResolvedActor[] {
  const { tokens, actors } = view;
  const left = actors.filter((a) => a.mention.first < match.first && !(a.mention.last > match.last));
  // After a speech verb, the subject is inside the reported clause.
  let floor = -1;
  for (let k = match.first - 1; k >= 0; k--) if (SPEECH.has(tokens[k]!.key) && k < match.first - 1) { floor = k; break; }
  const usable = (a: ResolvedActor): boolean =>
    a.actor.kind !== "civilians" || ["PROTEST", "REQUEST", "AGREE", "ACCUSE", "RETREAT"].includes(triggerType(match));
  let pick: ResolvedActor | undefined;
  for (let k = left.length - 1; k >= 0; k--) {
    const a = left[k]!;
    if (floor >= 0 && a.mention.first < floor && left.some((b) => b.mention.first > floor)) continue;
    if (!usable(a) || precededBy(tokens, a.mention.first, SUBJECT_SKIP)) continue;
    if (boundaryBetween(tokens, a.mention.last, match.first) && !a.rule.startsWith("ref/pronoun")) {
      // A relative or subordinate clause between subject and verb is fine when no other trigger is in it.
      if (triggers.some((t) => t.first >= a.mention.last && t.first < match.first && !isNounUse(tokens, t.first, t.trigger))) continue;
    }
    if (triggers.some((t) => t !== match && t.first > a.mention.last && t.last <= match.first && !isNounUse(tokens, t.first, t.trigger) && !t.trigger.type.startsWith("MOBILIZE")))
      if (!/^(?:and|,|then|or)$/.test(tokens[match.first - 1]?.key ?? "")) continue;
    pick = a;
    break;
  }
  // An actor named inside the trigger phrase itself ("Russian strikes").
  const inside = actors.find((a) => a.mention.first <= match.first && a.mention.last >= match.last);
  if (!pick && inside) pick = inside;
  if (!pick) return [];
  const group = [pick];
  // "Burkina Faso soldiers and allied militiamen executed": coordinated subjects.
  let k = left.indexOf(pick) - 1;
  while (k >= 0) {
    const a = left[k]!;
    const gap = tokens.slice(a.mention.last, group[group.length - 1]!.mention.first).map((t) => t.key);
    if (gap.length === 0 || gap.length > 3 || !gap.every((g) => /^(?:and|,|allied|its|their|the|with|together)$/.test(g)) || !gap.some((g) => g === "and" || g === ",")) break;
    if (usable(a) && a.actor.id !== pick.actor.id) group.push(a);
    k--;
  }
  return group;
}

function triggerType(match: TriggerMatch): string {
  return match.trigger.type;
}

/** Objects: mentions right of the trigger in its clause ("struck HTS and TIP positions"). */
function objects(view: SentenceView, match: TriggerMatch, triggers: readonly TriggerMatch[]): ResolvedActor[] {
  const { tokens, actors } = view;
  const out: ResolvedActor[] = [];
  for (const a of actors) {
    if (a.mention.first < match.last) continue;
    if (a.mention.first - match.last > 14) break;
    if (boundaryBetween(tokens, match.last, a.mention.first)) break;
    const between = triggers.filter((t) => t.first >= match.last && t.first < a.mention.first);
    if (between.some((t) => !VICTIM_PARTICIPLES.has(tokens[t.first]!.key) && !isNounUse(tokens, t.first, t.trigger) && t.trigger.type !== match.trigger.type)) break;
    if (tokens[a.mention.first - 1]?.key === "by") continue;
    // A new subject: the mention is followed by its own verb.
    const next = triggers.find((t) => t.first >= a.mention.last && t.first <= a.mention.last + 2);
    if (next && !isNounUse(tokens, next.first, next.trigger) && tokens[a.mention.last]?.key !== "-" && out.length > 0) break;
    if (next && !isNounUse(tokens, next.first, next.trigger) && /^(?:and|,)$/.test(tokens[a.mention.first - 1]?.key ?? "")) break;
    out.push(a);
  }
  return out;
}

function byAgent(view: SentenceView, match: TriggerMatch): ResolvedActor | null {
  const { tokens, actors } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 4); k++) {
    if (tokens[k]!.key !== "by") continue;
    return actors.find((a) => a.mention.first > k && a.mention.first <= k + 3) ?? null;
  }
  return null;
}

function placeOrTerritoryAfter(view: SentenceView, match: TriggerMatch): boolean {
  const limit = match.last + 7;
  if (view.placeTokens.some((p) => p >= match.last && p <= limit)) return true;
  for (let k = match.last; k < Math.min(view.tokens.length, limit); k++) if (TERRITORY.test(view.tokens[k]!.key)) return true;
  return false;
}

function betweenPair(view: SentenceView, match: TriggerMatch): [ResolvedActor, ResolvedActor] | null {
  const { tokens, actors } = view;
  for (let k = match.last; k < Math.min(tokens.length, match.last + 3); k++) {
    if (tokens[k]!.key !== "between") continue;
    const after = actors.filter((a) => a.mention.first > k && a.mention.first < k + 16);
    if (after.length >= 2 && after[0]!.actor.id !== after[1]!.actor.id) return [after[0]!, after[1]!];
  }
  return null;
}

/** Pass 3c: actors and roles of every trigger of a sentence. */
export function assignRoles(view: SentenceView, previousOpponent: (a: ResolvedActor) => ResolvedActor | null): Candidate[] {
  const { tokens, triggers } = view;
  const out: Candidate[] = [];
  for (const match of triggers) {
    const t = match.trigger;
    let type = t.type;
    let mode = t.mode;
    let flavour: Candidate["flavour"] = null;
    let rule = t.id;
    if (t.frame === "seize" || t.frame === "capture") {
      const territory = placeOrTerritoryAfter(view, match);
      if (t.frame === "seize" && !territory) continue;
      if (t.frame === "capture" && territory && !objects(view, match, triggers).some((o) => o.actor.kind !== "civilians" && o.mention.first - match.last <= 4)) {
        type = "COERCE";
        mode = "seize";
        rule = "coerce/seize:capture-place";
      }
      if (type === "COERCE") flavour = "territory";
    }
    if (t.frame === "property") flavour = "property";
    if (t.frame === "intercept") flavour = "intercept";
    const pair = t.frame === "clash" ? betweenPair(view, match) : null;
    let a1s: ResolvedActor[];
    let a2s: ResolvedActor[];
    if (pair) {
      a1s = [pair[0]];
      a2s = [pair[1]];
      rule += ":between";
    } else if (isPassive(tokens, match.first)) {
      const agent = byAgent(view, match);
      if (!agent) continue;
      a1s = [agent];
      a2s = subjects(view, match, triggers).filter((s) => s.actor.id !== agent.actor.id);
      rule += ":passive";
    } else {
      a1s = subjects(view, match, triggers);
      a2s = objects(view, match, triggers);
      if (t.frame === "clash" && a1s.length >= 2 && a2s.length === 0) a2s = a1s.splice(0, a1s.length - 1);
    }
    if (a1s.length === 0) continue;
    for (const a1 of a1s) {
      let targets = a2s.filter((a) => a.actor.id !== a1.actor.id);
      if (type === "COERCE" && flavour === "territory" && targets.length === 0) {
        const opp = previousOpponent(a1);
        if (opp) targets = [opp];
      }
      if (flavour === "property" && targets.length > 1) targets = targets.slice(0, 1);
      if (targets.length === 0) out.push({ view, match, type, mode, actor1: a1, actor2: null, rule, flavour });
      for (const a2 of dedupeActors(targets)) out.push({ view, match, type, mode, actor1: a1, actor2: a2, rule, flavour });
    }
  }
  return inheritActors(view, out);
}

function dedupeActors(list: readonly ResolvedActor[]): ResolvedActor[] {
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.actor.id) && seen.add(a.actor.id));
}

// "After two days of heavy fighting, units of the Tiger Forces liberated Sinjar from HTS": the fighting
// has no actors of its own; it is fought by those of the sentence's other event.
function inheritActors(view: SentenceView, candidates: Candidate[]): Candidate[] {
  const lead = candidates.find((c) => c.actor2 !== null && (c.type === "COERCE" || c.type === "ASSAULT"));
  if (!lead) return candidates;
  const extra: Candidate[] = [];
  for (const match of view.triggers) {
    if (match.trigger.frame !== "clash" || candidates.some((c) => c.match === match)) continue;
    extra.push({ view, match, type: "ASSAULT", mode: null, actor1: lead.actor1, actor2: lead.actor2, rule: `${match.trigger.id}:inherited`, flavour: null });
  }
  return [...candidates, ...extra];
}

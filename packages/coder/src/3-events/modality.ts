import type { Token } from "../1-text/tokens.js";
import type { Modality } from "../types.js";
import type { Candidate } from "./roles.js";
import { isParty, type ResolvedActor } from "./references.js";
import type { SentenceView } from "./sentence.js";

/** Who a sentence is attributed to, if anyone. */
export interface Attribution {
  readonly modality: "claimed" | "reported";
  readonly speaker: ResolvedActor | null;
  readonly rule: string;
}

const VERBAL = new Set(["ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "AGREE", "SUPPORT", "SANCTION", "CONCEDE"]);
const PRONOUN_SPEAKER = /^(?:he|she|they|him|her|them|it|the director|the spokesman|the spokesperson)$/;
const PARTY_WORDS = /^(?:spokesman|spokesperson|spokeswoman|commander|ministry|general|staff|director|headquarters|command|army|military|communique|statement|governor|minister|officer|colonel|junta|president|government|brigade|forces)$/;
const STOP = new Set([";", "but", "calling", "saying", "adding", "while", "whereas", "although"]);

function scopeClear(tokens: readonly Token[], from: number, to: number, strict: boolean): boolean {
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (STOP.has(key)) return false;
    if (strict && (key === "," || key === "and" || key === "or" || key === "then")) return false;
  }
  return true;
}

/** Pass 3d: who a sentence is attributed to, from speech cues and hedges; `previous` carries "he said". */
export function attribution(view: SentenceView, neutral: ReadonlySet<string>, previous: Attribution | null): Attribution | null {
  const { tokens, actors, cues } = view;
  let hedge: Attribution | null = null;
  for (const cue of cues) {
    if (cue.kind === "hedge") {
      hedge ??= { modality: "reported", speaker: null, rule: `modality/reported:${cue.text}` };
      continue;
    }
    if (cue.kind !== "speech") continue;
    const according = cue.text === "according to";
    const window = according
      ? actors.filter((a) => a.mention.first >= cue.last && a.mention.first <= cue.last + 4)
      : actors.filter((a) => (a.mention.last <= cue.first && a.mention.last >= cue.first - 6) || (a.mention.first >= cue.last && a.mention.first <= cue.last + 2 && tokens[cue.first - 1]?.key === ","));
    const speaker = window.length > 0 ? window[according ? 0 : window.length - 1]! : null;
    if (speaker) return { modality: isParty(speaker.actor) ? "claimed" : "reported", speaker, rule: `modality/${isParty(speaker.actor) ? "claimed" : "reported"}:${cue.text}` };
    const near = tokens.slice(Math.max(0, cue.first - 6), Math.min(tokens.length, cue.last + 5)).map((t) => t.key);
    if (near.some((k) => PRONOUN_SPEAKER.test(k)) && previous) return { ...previous, rule: `${previous.rule}+pronoun` };
    if (near.some((k) => neutral.has(k))) return { modality: "reported", speaker: null, rule: `modality/reported:source-${cue.text}` };
    if (near.some((k) => PARTY_WORDS.test(k))) return { modality: "claimed", speaker: null, rule: `modality/claimed:official-${cue.text}` };
    hedge ??= { modality: "reported", speaker: null, rule: `modality/reported:${cue.text}` };
  }
  return hedge;
}

/** Pass 3e: the modality of one candidate event, from the cues in scope and the sentence's attribution. */
export function modalityOf(c: Candidate, attributed: Attribution | null): { modality: Modality; rule: string } {
  const { tokens, cues, triggers } = c.view;
  const at = c.match.first;
  for (const cue of cues) {
    if (cue.last > at) continue;
    if (cue.kind === "negation" && at - cue.last <= 3 && scopeClear(tokens, cue.last, at, true)) return { modality: "negated", rule: `modality/negated:${cue.text}` };
    if (cue.kind === "denial" && at - cue.last <= 12 && scopeClear(tokens, cue.last, at, false)) {
      const cut = triggers.some((t) => t.first > cue.last && t.first < at && tokens[t.first - 1]?.key === "and");
      if (!cut && !(tokens[at - 1]?.key === "and")) return { modality: "negated", rule: `modality/negated:${cue.text}` };
    }
  }
  for (const cue of cues) {
    if (cue.kind === "hypothetical" && cue.last <= at && at - cue.last <= 8 && scopeClear(tokens, cue.last, at, false)) return { modality: "hypothetical", rule: `modality/hypothetical:${cue.text}` };
  }
  for (const cue of cues) {
    if (cue.kind !== "planned") continue;
    const before = cue.last <= at && at - cue.last <= 6 && scopeClear(tokens, cue.last, at, false);
    const after = cue.first >= c.match.last && (cue.text.startsWith("in the coming") || cue.text === "next week" || cue.text === "next month");
    if (before || after) return { modality: "planned", rule: `modality/planned:${cue.text}` };
  }
  if (attributed) {
    if (VERBAL.has(c.type) && attributed.speaker && attributed.speaker.actor.id === c.actor1.actor.id) return { modality: "asserted", rule: "modality/asserted:speech-act" };
    return { modality: attributed.modality, rule: attributed.rule };
  }
  return { modality: "asserted", rule: "modality/asserted" };
}

import type { FurnitureSpan } from "./furniture.js";

/** A sentence: offsets into the clean text (end exclusive). */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "cpl",
  "pvt",
  "adm",
  "brig",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "prof",
  "st",
  "mt",
  "no",
  "nos",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "km",
  "u.s",
  "u.k",
  "u.n",
  "inc",
  "ltd",
  "co",
  "corp",
  "jr",
  "sr",
]);
const MAX_SENTENCE = 2000;
// A full stop, question or exclamation mark, maybe a closing quote, then space and a capital or digit.
const BOUNDARY = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;

/** Pass 1c: splits the clean text into sentences, skipping furniture. Lines are never joined. */
export function splitSentences(text: string, furniture: readonly FurnitureSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let f = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (f < furniture.length && furniture[f]!.end < lineStart) f++;
    const skip = f < furniture.length && furniture[f]!.start <= lineStart && furniture[f]!.end >= lineEnd;
    if (!skip && lineEnd > lineStart && !isHeading(text.slice(lineStart, lineEnd), text.length))
      splitLine(text, lineStart, lineEnd, sentences);
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/** The report's title: its first line when that is a heading ("Gunmen kill 20 near Bandiagara"), or null. */
export function titleOf(text: string): { start: number; end: number } | null {
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = text.indexOf("\n", start);
  if (end < 0) end = text.length;
  return end > start && isHeading(text.slice(start, end), text.length) ? { start, end } : null;
}

// A title, heading or dateline line: short, no final punctuation, in a longer text. Its news is
// told again in the body, and its telegraphic grammar misleads the role rules.
function isHeading(line: string, textLength: number): boolean {
  const trimmed = line.trim();
  if (textLength < 400 || trimmed.length > 160) return false;
  return !/[.!?:"')\]]$/.test(trimmed);
}

function splitLine(text: string, start: number, end: number, out: Sentence[]): void {
  const line = text.slice(start, end);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(line); match !== null; match = BOUNDARY.exec(line)) {
    const stop = match.index + match[0].trimEnd().length;
    const before = /([\p{L}.]+)\.+["')\]]*\s*$/u.exec(line.slice(Math.max(from, match.index - 12), stop));
    const word = before?.[1]?.toLowerCase().replace(/\.$/, "");
    if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    push(text, start + from, start + stop, out);
    from = match.index + match[0].length;
  }
  push(text, start + from, end, out);
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Strip bullet marks so a bullet reads as a sentence.
  while (start < end && /[•·*▪►‣◦-]/.test(text[start]!) && (end - start < 2 || /\s/.test(text[start + 1]!))) {
    start++;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end - start < 3) return;
  for (let s = start; s < end; s += MAX_SENTENCE) {
    const e = Math.min(end, s + MAX_SENTENCE);
    out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
  }
}

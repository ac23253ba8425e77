import * as chrono from "chrono-node";
import type { EventDate } from "../types.js";

const DATE_WORD = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|last (?:week|month|night)|ago|\d{4}-\d{2}-\d{2})\b/i;

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The publication date as a UTC noon date, or null when missing or malformed. */
export function referenceDate(published: string | null | undefined): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Pass 2b: the date a sentence gives, resolved against the publication date (chrono-node, past
 * preferred). Day precision when a day is known, month precision otherwise. Null when none.
 */
export function sentenceDate(sentence: string, reference: Date | null): EventDate | null {
  if (!DATE_WORD.test(sentence)) return null;
  const ref = reference ?? new Date();
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.casual.parse(sentence.slice(0, 1000), { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const start = r.start;
    if (!start.isCertain("month") && !start.isCertain("weekday") && !start.isCertain("day") && !/yesterday|today|tonight|overnight|ago|last/i.test(r.text)) continue;
    let date = start.date();
    // A weekday or day-of-month without a year points to the past of the report.
    if (reference && date.getTime() > reference.getTime() + 36 * 3600 * 1000 && !start.isCertain("year")) {
      date = start.isCertain("weekday") && !start.isCertain("day") ? new Date(date.getTime() - 7 * 86400000) : new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    }
    const dayKnown = start.isCertain("day") || start.isCertain("weekday") || /yesterday|today|tonight|overnight/i.test(r.text);
    const end = r.end?.date() ?? date;
    return { start: iso(date), end: iso(end.getTime() >= date.getTime() ? end : date), precision: dayKnown ? (r.end ? 2 : 1) : 3 };
  }
  return null;
}

/** The fallback date of an event: the publication date, a few days' precision. */
export function publicationDate(reference: Date | null): EventDate | null {
  return reference ? { start: iso(reference), end: iso(reference), precision: 2 } : null;
}

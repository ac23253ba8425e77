// The English parsers only: the package's main entry loads all sixteen locales (0.1–0.25 s more a start-up).
import * as chrono from "chrono-node/en";
import type { EventDate } from "../types.js";

// Words that may start a date; "May" and the short month names only beside a number ("may attack" is no date).
const DATE_WORD =
  /\b(?:january|february|march|april|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d|\d{1,2}\s+(?:may|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|may\s+\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|this (?:morning|afternoon|evening)|last (?:week|month|night)|ago|\d{4}-\d{2}-\d{2})/gi;
// chrono reads a window around each date word, not the whole sentence (it is the coder's slowest pass).
const WINDOW_BEFORE = 30;
const WINDOW_AFTER = 60;

/**
 * What each of chrono's parsers needs in a text to match at all, read from its pattern (chrono-node
 * 2.10): a digit (years, times, numeric dates), a month's name ("jan" … "dec" begin all of them, "sept."
 * too), a weekday's ("sun" … "sat", "weekend", "weekday"), the word that ends a span ago or later, a
 * casual day ("today", "overmorrow", "last night"), a time of day ("this morning",
 * "midnight"), the modifier of a relative date ("this week", "last month", "after this week"), the
 * end of a month. A parser is left out of a text only when its need is missing there: it would have
 * found nothing, so the results are chrono's own. Parsers not listed always run.
 */
const DIGIT = 1;
const MONTH = 2;
const WEEKDAY = 4;
const AGO = 8;
const LATER = 16;
const CASUAL_DAY = 32;
const DAY_TIME = 64;
const RELATIVE = 128;
const MONTH_END = 256;
export const PARSER_NEEDS: Readonly<Record<string, number>> = {
  ENYearMonthDayParser: DIGIT,
  ISOFormatParser: DIGIT,
  SlashDateFormatParser: DIGIT,
  ENSlashMonthFormatParser: DIGIT,
  ENTimeExpressionParser: DIGIT,
  ENYearMonthNameParser: DIGIT | MONTH,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: WEEKDAY,
  ENTimeUnitAgoFormatParser: AGO,
  ENTimeUnitLaterFormatParser: LATER,
  ENCasualDateParser: CASUAL_DAY,
  ENCasualTimeParser: DAY_TIME,
  ENRelativeDateFormatParser: RELATIVE,
  ENEndOfCurrentMonthParser: MONTH_END,
};

/** What a text offers of the needs above (the same case folding as chrono's patterns: ASCII only). */
function offers(text: string): number {
  return (
    (/[0-9]/.test(text) ? DIGIT : 0) |
    (/jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(text) ? MONTH : 0) |
    (/sun|mon|tue|wed|thu|fri|sat|week/i.test(text) ? WEEKDAY : 0) |
    (/ago|before|earlier/i.test(text) ? AGO : 0) |
    (/later|after|from now|henceforth|forward|out/i.test(text) ? LATER : 0) |
    (/now|today|morrow|tmr|yesterday|night/i.test(text) ? CASUAL_DAY : 0) |
    (/morning|afternoon|evening|night|midday|noon/i.test(text) ? DAY_TIME : 0) |
    (/this|last|past|next/i.test(text) ? RELATIVE : 0) |
    (/month/i.test(text) ? MONTH_END : 0)
  );
}

/** chrono's casual and strict parsers narrowed to those a text's offers allow, made once for each set. */
const narrowed = [new Map<number, chrono.Chrono>(), new Map<number, chrono.Chrono>()];

/** The parser for a window of text: chrono's casual or strict one, without the parsers that cannot match it. */
export function chronoFor(text: string, casual: boolean): chrono.Chrono {
  const full = casual ? chrono.casual : chrono.strict;
  const have = offers(text);
  const made = narrowed[casual ? 1 : 0]!;
  let parser = made.get(have);
  if (parser === undefined) {
    parser = new chrono.Chrono({
      parsers: full.parsers.filter((p) => {
        const need = PARSER_NEEDS[p.constructor.name] ?? 0;
        return (need & have) === need;
      }),
      refiners: full.refiners,
    });
    made.set(have, parser);
  }
  return parser;
}

function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The publication date as a UTC noon date, or null when missing or malformed. */
export function referenceDate(published: string | null | undefined): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const d = new Date(`${published}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** How far into a report its own date may stand (a dateline, an "Issued:" line under the heading). */
const HEAD_CHARS = 600;

/**
 * A report's own date when none was given with it: the first full date (day, month and year) near its top,
 * as a dateline ("GUSAU, 3 March 2026 —") or a bulletin's "Issued: 17 September 2025" writes it (a span's
 * last day: "2–8 March 2026"). Dates that
 * open a span or a state ("since 3 March 2026") are none of the report's own. Null when there is none.
 */
export function dateOfReport(text: string): string | null {
  const head = text.slice(0, HEAD_CHARS);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.strict.parse(head, { instant: new Date(), timezone: 0 }, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const start = r.start;
    if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) continue;
    if (STATE_BOUND.test(head.slice(Math.max(0, r.index - 24), r.index))) continue;
    // "week 10 (2–8 March 2026)": a digest of a span is dated by the span's last day.
    return iso((r.end ?? start).date());
  }
  return null;
}

/**
 * Pass 2b: the date a sentence gives, resolved against the publication date (chrono-node, past
 * preferred). Day precision when a day is known, month precision otherwise. Null when none.
 */
export function sentenceDate(sentence: string, reference: Date | null): EventDate | null {
  const ref = reference ?? new Date();
  const head = sentence.slice(0, 2000);
  // exec, not matchAll (which copies the expression on every call): the loop reads no other DATE_WORD.
  DATE_WORD.lastIndex = 0;
  for (let word = DATE_WORD.exec(head); word !== null; word = DATE_WORD.exec(head)) {
    const at = word.index;
    // "his men would march on the capital": the verb, not the month (month names are capitalised).
    if (word[0] === "march") continue;
    // "two aid workers detained since February", "the curfew has been extended until 30 June": the start
    // of a state that goes on, or the end of one to come, not the act's day.
    if (STATE_BOUND.test(head.slice(Math.max(0, at - 24), at))) continue;
    // "arrested 37 suspects, including two men wanted in connection with the November 2024 attack": a past
    // event named by its date, after a preposition, dates that event, not the sentence's.
    if (
      NAMED_BY_DATE_BEFORE.test(head.slice(Math.max(0, at - 30), at)) &&
      NAMED_BY_DATE_AFTER.test(head.slice(at + word[0].length, at + word[0].length + 40))
    )
      continue;
    // Calendar dates go to chrono's strict parser (several times faster); weekdays and "yesterday" need the casual one.
    const window = sentence.slice(Math.max(0, at - WINDOW_BEFORE), at + word[0].length + WINDOW_AFTER);
    const casual =
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|this|last|ago)/i.test(
        word[0],
      ) ||
      !/\d/.test(window) ||
      // "in February 2022": a month and a year, which only the casual parser reads.
      /^[a-z]+\.?\s+\d{4}\b/i.test(sentence.slice(at, at + word[0].length + 6));
    // "would arrive in Port-au-Prince in January" in a paper of 1 December: a time to come is next January.
    const ahead = FUTURE_BEFORE.test(head.slice(Math.max(0, at - 60), at));
    const found = dateNear(window, ref, reference, casual, ahead);
    if (found) return found;
  }
  return null;
}

/** A preposition and "the" before a date that names a past event: "in connection with the November 2024 attack". */
const NAMED_BY_DATE_BEFORE =
  /\b(?:with|over|for|of|after|following|to|on|in|about|into|behind|from|since)\s+(?:the|last year's|this year's)\s+$/i;
/** The rest of the date and the event's noun after it: " 2024 attack", " 12 massacre", "ember 2023 coup". */
const NAMED_BY_DATE_AFTER =
  /^[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?\s+(?:attacks?|massacres?|bombings?|ambush(?:es)?|raids?|killings?|coup|uprising|offensive|elections?|polls?|agreement|accord|deal|ceasefire|truce|incursion|invasion|assault|clashes|riots?|protests?|strikes?|explosions?|blasts?|abductions?|kidnappings?|events|violence|war)\b/i;

/** The words before a date that make it the start or the end of a state ("since", "until 30"). */
const STATE_BOUND =
  /\b(?:since|until|till|through|ahead of)\s+(?:(?:early|mid|late|the end of|the start of|the beginning of)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;

/** How far ahead of the publication a date without its year is still this year's: a fortnight and a half. */
const SOON_MS = 20 * 86400000;

/** A month read from the verb "march" ("will march on Tuesday" is Tuesday's). */
const VERB_MONTH = /^march\b/;

/** Words of a time to come before a date in its clause: "will", "would", "is to", "next", "scheduled". */
// ("called a general strike for Thursday": a day a thing is called for is to come.)
const FUTURE_BEFORE =
  /\b(?:will|would|shall|is to|are to|is due|are due|scheduled|planned|expected to|set to|next)\b[^.;]*$|\bfor $/i;

function dateNear(
  text: string,
  ref: Date,
  reference: Date | null,
  casual: boolean,
  toCome = false,
): EventDate | null {
  let results: chrono.ParsedResult[];
  try {
    results = chronoFor(text, casual).parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
  } catch {
    return null;
  }
  for (const r of results) {
    const start = r.start;
    if (VERB_MONTH.test(r.text)) continue;
    if (
      !start.isCertain("month") &&
      !start.isCertain("weekday") &&
      !start.isCertain("day") &&
      !/yesterday|today|tonight|overnight|ago|last|this (?:morning|afternoon|evening)/i.test(r.text)
    )
      continue;
    let date = start.date();
    // A weekday or day-of-month without a year points to the past of the report: a weekday later than
    // the publication's day is last week's ("on Sunday" in Saturday's paper), a date more than a day and
    // a half ahead is last year's.
    // But a date later the same month or within days ("before the end of October" in a paper of 20
    // October) is to come: a year back is too far for a date told without its year.
    const weekdayOnly = start.isCertain("weekday") && !start.isCertain("day");
    const ahead = reference ? date.getTime() - reference.getTime() : 0;
    if (
      reference &&
      !start.isCertain("year") &&
      (weekdayOnly ? iso(date) > iso(reference) : ahead > 36 * 3600 * 1000 && ahead > SOON_MS)
    ) {
      date = weekdayOnly
        ? new Date(date.getTime() - 7 * 86400000)
        : new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    }
    // A time to come told without its year is the next one after the publication ("will meet on Monday"
    // in Tuesday's paper: next Monday).
    if (
      reference &&
      toCome &&
      !start.isCertain("year") &&
      (weekdayOnly ? iso(date) < iso(reference) : date.getTime() < reference.getTime() - 36 * 3600 * 1000)
    )
      date = weekdayOnly
        ? new Date(date.getTime() + 7 * 86400000)
        : new Date(Date.UTC(date.getUTCFullYear() + 1, date.getUTCMonth(), date.getUTCDate(), 12));
    const dayKnown =
      start.isCertain("day") ||
      start.isCertain("weekday") ||
      /yesterday|today|tonight|overnight|this (?:morning|afternoon|evening)/i.test(r.text);
    // A month alone ("in March 2023") spans the whole month.
    const end =
      r.end?.date() ??
      (dayKnown ? date : new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0, 12)));
    if (!dayKnown && !r.end) date = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1, 12));
    return {
      start: iso(date),
      end: iso(end.getTime() >= date.getTime() ? end : date),
      precision: dayKnown ? (r.end ? 2 : 1) : 3,
    };
  }
  return null;
}

/** "the next day", "a day later", "two days later", "the day after": a day counted from the story's last one. */
const DAYS_LATER =
  /\b(?:the (?:next|following) day|the day after|(?:a|one|two|three|four|five|six|seven|\d{1,2}) days? later)\b/i;

/**
 * The day a sentence dates by counting from the day told before it ("Separatists abducted 12 pupils on
 * Monday. The next day, the kidnappers threatened…" is Tuesday), or null.
 */
export function dayAfter(sentence: string, before: EventDate | null): EventDate | null {
  if (!before || before.precision !== 1) return null;
  const words = DAYS_LATER.exec(sentence)?.[0].replace(/following/i, "next");
  if (!words) return null;
  const instant = new Date(`${before.start}T12:00:00Z`);
  const found = chrono.casual.parse(words, { instant, timezone: 0 })[0];
  if (!found) return null;
  const day = iso(found.start.date());
  return { start: day, end: day, precision: 1 };
}

/** The fallback date of an event: the publication date, a few days' precision. */
export function publicationDate(reference: Date | null): EventDate | null {
  return reference ? { start: iso(reference), end: iso(reference), precision: 2 } : null;
}

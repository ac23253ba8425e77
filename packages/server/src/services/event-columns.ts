import type { CodedEvent } from "@sitrep/store";
import { searchWordsOf } from "@sitrep/store/search-words";
import type { ExtractedEvent } from "../extractor.js";

const KNOWN = new Set([
  "type",
  "mode",
  "acled",
  "cameo",
  "actor1",
  "actor2",
  "location",
  "date",
  "modality",
  "fatalities",
  "evidence",
  "confidence",
  "rule",
]);

/** The columns of an extracted event; fields the store has no column for go to `extra`. */
export function eventColumns(event: ExtractedEvent): Omit<CodedEvent, "report_id" | "ordinal"> {
  const row = eventRow(event);
  return { ...row, extra: JSON.stringify(row.extra) };
}

/**
 * A report's events as the store writes them (`EventsRepository.insertEncoded`): the JSON text of their
 * rows, every coded column but the report's id, numbered in order, `extra` as an object, with the words
 * search finds each by (`searchWords`). A coder in a thread of its own encodes there, so that the thread
 * that stores them neither copies the events across nor builds their rows, and the database does not
 * parse their text for search. The ordinal and the words are set on each row (spreading the row into a
 * new object with them was half of the encoding's time).
 */
export function encodeEvents(events: readonly ExtractedEvent[]): string {
  const rows = new Array<EncodedRow>(events.length);
  const known = new Map<string, readonly string[]>();
  for (let ordinal = 0; ordinal < events.length; ordinal++) {
    const row = eventRow(events[ordinal]!) as EncodedRow;
    row.ordinal = ordinal;
    row.search = searchWordsOf(
      [row.evidence_text, row.actor1_name, row.actor2_name, row.location_name],
      known,
    );
    rows[ordinal] = row;
  }
  return JSON.stringify(rows);
}

/**
 * A report's events as lines of COPY text (`EventsRepository.insertCopied`): one line an event, its
 * fields in `COPIED_COLUMNS` order (the report's id, the coded columns, the search words), tab-separated,
 * `\N` for null. Written field by field (no row objects, no JSON but `extra`'s), and returned as UTF-8
 * bytes, outside the JS heap: while a batch waits for its transaction, the young generation's
 * collections no longer copy its text, a tree of hundreds of pieces a report (they took four times as
 * long in a worker as while coding alone).
 */
export function copyLines(reportId: number, events: readonly ExtractedEvent[]): Buffer {
  return Buffer.from(copyText(reportId, events));
}

/** A report's events as lines of COPY text (see `copyLines`), as a string. */
export function copyText(reportId: number, events: readonly ExtractedEvent[]): string {
  let text = "";
  const known = new Map<string, readonly string[]>();
  for (let ordinal = 0; ordinal < events.length; ordinal++) {
    const event = events[ordinal]!;
    const { acled, actor1, actor2, location: place, date, evidence } = event;
    const search = searchWordsOf([evidence?.text, actor1?.name, actor2?.name, place?.name], known);
    text +=
      `${reportId}\t${ordinal}\t${field(event.type)}\t${field(event.mode)}\t${field(acled?.event_type)}\t` +
      `${field(acled?.sub_event_type)}\t${field(event.cameo)}\t${field(actor1?.id)}\t${field(actor1?.name)}\t` +
      `${field(actor1?.text)}\t${field(actor2?.id)}\t${field(actor2?.name)}\t${field(actor2?.text)}\t` +
      `${field(place?.name)}\t${field(place?.text)}\t${field(place?.geonameid)}\t${field(place?.lat)}\t` +
      `${field(place?.lon)}\t${field(place?.country)}\t${field(place?.admin1)}\t${field(place?.precision)}\t` +
      `${field(date?.start)}\t${field(date?.end)}\t${field(date?.precision)}\t${field(event.modality)}\t` +
      `${field(event.fatalities)}\t${field(evidence?.sentence)}\t${field(evidence?.start)}\t` +
      `${field(evidence?.end)}\t${field(evidence?.text)}\t${field(event.confidence)}\t${field(event.rule)}\t` +
      `${field(JSON.stringify(extraOf(event)))}\t${search}\n`;
  }
  return text;
}

/** The characters COPY text escapes with a backslash. */
const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_SPECIALS = /[\\\t\n\r]/g;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A value as a field of COPY text (a number that is not finite is null, as in JSON). */
function field(value: string | number | null | undefined): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "\\N";
  if (value === null || value === undefined) return "\\N";
  return COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIALS, (c) => COPY_ESCAPES[c]!) : value;
}

type Row = Omit<CodedEvent, "report_id" | "ordinal" | "extra"> & { extra: Record<string, unknown> };

/** A row as `encodeEvents` writes it. */
type EncodedRow = Row & { ordinal: number; search: string };

function eventRow(event: ExtractedEvent): Row {
  return {
    type: event.type,
    mode: event.mode ?? null,
    acled_event_type: event.acled?.event_type ?? null,
    acled_sub_event_type: event.acled?.sub_event_type ?? null,
    cameo: event.cameo ?? null,
    actor1_id: event.actor1?.id ?? null,
    actor1_name: event.actor1?.name ?? null,
    actor1_text: event.actor1?.text ?? null,
    actor2_id: event.actor2?.id ?? null,
    actor2_name: event.actor2?.name ?? null,
    actor2_text: event.actor2?.text ?? null,
    location_name: event.location?.name ?? null,
    location_text: event.location?.text ?? null,
    geonameid: event.location?.geonameid ?? null,
    lat: event.location?.lat ?? null,
    lon: event.location?.lon ?? null,
    country: event.location?.country ?? null,
    admin1: event.location?.admin1 ?? null,
    location_precision: event.location?.precision ?? null,
    date_start: event.date?.start ?? null,
    date_end: event.date?.end ?? null,
    date_precision: event.date?.precision ?? null,
    modality: event.modality,
    fatalities: event.fatalities ?? null,
    evidence_sentence: event.evidence?.sentence ?? null,
    evidence_start: event.evidence?.start ?? null,
    evidence_end: event.evidence?.end ?? null,
    evidence_text: event.evidence?.text ?? null,
    confidence: event.confidence,
    rule: event.rule,
    extra: extraOf(event),
  };
}

/** The fields of an event the store has no column for. */
function extraOf(event: ExtractedEvent): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(event)) if (!KNOWN.has(key)) extra[key] = event[key as keyof ExtractedEvent];
  return extra;
}

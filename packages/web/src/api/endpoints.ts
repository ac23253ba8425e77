import { ApiError, api, query, setCsrfToken } from "./client.ts";
import { clusterClient } from "../map/clusterClient.ts";
import { listOf, toActor, toAudit, toEvent, toJob, toPlace } from "./normalize.ts";
import type { Actor, AuditEntry, Job, MapPoint, Place, Report, SitrepEvent, User } from "./types.ts";
import { filterParams, type Filters } from "../filters.ts";

/** The server's session: who is signed in, and the CSRF token writes must carry. */
interface Session {
  user: User | null;
  csrf_token: string | null;
}

function sessionUser(body: Session): User | null {
  setCsrfToken(body.csrf_token);
  return body.user;
}

/** The signed-in user, or null when there is no session. */
export async function currentUser(): Promise<User | null> {
  try {
    return sessionUser(await api<Session>("/session"));
  } catch {
    return null;
  }
}

/** Signs in; the server sets the session cookie and hands out a CSRF token. */
export async function login(name: string, password: string): Promise<User | null> {
  prefetched = null; // loaded before signing in: confirmed events only
  return sessionUser(await api<Session>("/session", { method: "POST", json: { name, password } }));
}

/** Ends the session. */
export async function logout(): Promise<void> {
  await api("/session", { method: "DELETE" });
  setCsrfToken(null);
}

/**
 * Every located event as a compact point, for the map (filters are applied in the browser). The cluster
 * worker downloads them as binary columns (`/events/points?format=binary`) and keeps them indexed.
 */
export async function mapPoints(): Promise<MapPoint[]> {
  const early = prefetched;
  prefetched = null;
  if (early) {
    const points = await early.catch(() => null);
    if (points) return points;
  }
  return clusterClient().load();
}

let prefetched: Promise<MapPoint[]> | null = null;
let prefetchedActors: Promise<Actor[]> | null = null;

/**
 * Starts loading the map's points and the actors while the app boots; the first `mapPoints()` and
 * `listActors()` calls take the results.
 */
export function prefetchMapData(): void {
  prefetched ??= clusterClient().load();
  prefetched.catch(() => undefined);
  prefetchedActors ??= fetchActors();
  prefetchedActors.catch(() => undefined);
}

/** One page of events matching the filters, in the given order. */
export async function listEvents(
  filters: Filters,
  options: { sort?: string; limit?: number; offset?: number } = {},
): Promise<{ events: SitrepEvent[]; total: number }> {
  const body = await api<unknown>(`/events${query({ ...filterParams(filters), ...options, total: "true" })}`);
  const events = listOf(body, "events").map(toEvent);
  const total = (body as { total?: number }).total ?? events.length;
  return { events, total };
}

/** One event. */
export async function getEvent(id: string): Promise<SitrepEvent> {
  return toEvent(await api<unknown>(`/events/${encodeURIComponent(id)}`));
}

/** An event's audit trail, oldest first. */
export async function eventHistory(id: string): Promise<AuditEntry[]> {
  return listOf(await api<unknown>(`/events/${encodeURIComponent(id)}/history`), "history").map(toAudit);
}

/** Confirms a proposed event. */
export async function confirmEvent(id: string): Promise<SitrepEvent> {
  return toEvent(
    await api<unknown>(`/events/${encodeURIComponent(id)}/confirm`, { method: "POST", json: {} }),
  );
}

/** Rejects an event, saying why. */
export async function rejectEvent(id: string, reason: string): Promise<SitrepEvent> {
  return toEvent(
    await api<unknown>(`/events/${encodeURIComponent(id)}/reject`, { method: "POST", json: { reason } }),
  );
}

/** Edits fields of an event (any field of the extract contract). */
export async function editEvent(id: string, changes: Partial<SitrepEvent>): Promise<SitrepEvent> {
  return toEvent(await api<unknown>(`/events/${encodeURIComponent(id)}`, { method: "PATCH", json: changes }));
}

/** Merges duplicates into `id`, which survives; the others become `merged`. */
export async function mergeEvents(id: string, duplicates: string[]): Promise<SitrepEvent> {
  for (const duplicate of duplicates)
    await api<unknown>(`/events/${encodeURIComponent(duplicate)}/merge`, {
      method: "POST",
      json: { into: Number(id) },
    });
  return getEvent(id);
}

/** A report with its text. */
export async function getReport(id: string): Promise<Report> {
  return await api<Report>(`/reports/${encodeURIComponent(id)}`);
}

/** The input of an ingest: pasted text, a URL, a feed or a file. */
export type ReportInput =
  | { kind: "text"; text: string; title?: string; published?: string }
  | { kind: "url"; url: string }
  | { kind: "feed"; url: string }
  | { kind: "file"; file: File };

/** What the server answers when a report arrives: the report (unless still to be fetched) and its job. */
interface Submitted {
  report: { id: number } | null;
  created: boolean;
  job: unknown;
}

/** Starts ingesting a report; returns the job that codes it (a feed subscription is done at once). */
export async function addReport(input: ReportInput): Promise<Job> {
  if (input.kind === "feed") {
    const feed = await api<{ url: string; title: string | null }>("/feeds", {
      method: "POST",
      json: { url: input.url },
    });
    return {
      id: "",
      state: "done",
      progress: 1,
      reportIds: [],
      eventCount: null,
      error: null,
      note: `Subscribed to ${feed.title ?? feed.url}: new items are fetched and coded as they appear.`,
    };
  }
  let body: Submitted;
  if (input.kind === "file") {
    const form = new FormData();
    form.set("file", input.file, input.file.name);
    body = await api<Submitted>("/reports/upload", { method: "POST", body: form });
  } else if (input.kind === "url") {
    body = await api<Submitted>("/reports/fetch", { method: "POST", json: { url: input.url, wait: false } });
  } else {
    body = await api<Submitted>("/reports", {
      method: "POST",
      json: { text: input.text, title: input.title, published: input.published },
    });
  }
  const job = body.job
    ? toJob(body.job)
    : { id: "", state: "done" as const, progress: 1, reportIds: [], eventCount: null, error: null };
  const note = body.created ? null : "This report was already there: it is stored once.";
  return { ...job, reportIds: body.report ? [String(body.report.id)] : job.reportIds, note };
}

/**
 * A job's current state. A job is done for the app once its reports are coded: a fetched page first
 * becomes a report, which is then coded by a job of its own.
 */
export async function getJob(previous: Job): Promise<Job> {
  const job = previous.id ? toJob(await api<unknown>(`/jobs/${encodeURIComponent(previous.id)}`)) : previous;
  const reportIds = job.reportIds.length ? job.reportIds : previous.reportIds;
  if (job.state !== "done") return { ...job, reportIds, note: previous.note };
  const reports = await Promise.all(
    reportIds.map((id) => api<{ coded: boolean }>(`/reports/${encodeURIComponent(id)}`)),
  );
  const coded = reports.every((r) => r.coded);
  return {
    ...job,
    reportIds,
    note: previous.note,
    state: coded ? "done" : "running",
    progress: coded ? 1 : 0.8,
  };
}

/** What a GeoNames import did (`POST /places/import`). */
export interface GeonamesImportResult {
  lines: number;
  added: number;
  updated: number;
  skipped: number;
  errors: { line: number; reason: string }[];
}

/** Uploads a GeoNames dump (`XX.txt`, `cities500.txt`, or gzipped) into the places registry. */
export async function importGeonames(file: File): Promise<GeonamesImportResult> {
  const form = new FormData();
  form.set("file", file, file.name);
  return api<GeonamesImportResult>("/places/import", { method: "POST", body: form });
}

/** The actor registry. */
export async function listActors(): Promise<Actor[]> {
  const early = prefetchedActors;
  prefetchedActors = null;
  return (early && (await early.catch(() => null))) || fetchActors();
}

async function fetchActors(): Promise<Actor[]> {
  return listOf(await api<unknown>("/actors"), "actors").map(toActor);
}

/** Creates or updates an actor. */
export async function saveActor(actor: Actor, isNew: boolean): Promise<Actor> {
  const fields = {
    name: actor.name,
    aliases: actor.aliases,
    kind: actor.kind || null,
    parent: actor.parent,
    side: actor.side,
    colour: actor.color,
  };
  const path = isNew ? "/actors" : `/actors/${encodeURIComponent(actor.id)}`;
  return toActor(
    await api<unknown>(path, {
      method: isNew ? "POST" : "PATCH",
      json: isNew ? { id: actor.id, ...fields } : fields,
    }),
  );
}

/** Searches the gazetteer and the analysts' places by name. */
export async function searchPlaces(q: string, limit = 10): Promise<Place[]> {
  return listOf(await api<unknown>(`/places${query({ q, limit })}`), "places").map(toPlace);
}

/** Places analysts added. */
export async function analystPlaces(): Promise<Place[]> {
  return listOf(await api<unknown>(`/places${query({ source: "analyst", limit: 500 })}`), "places").map(
    toPlace,
  );
}

/** Adds or updates an analyst place. */
export async function savePlace(place: Omit<Place, "id" | "analyst"> & { id?: string }): Promise<Place> {
  const fields = {
    name: place.name,
    lat: place.lat,
    lon: place.lon,
    country: place.country || null,
    admin1: place.admin1 || null,
    feature: place.feature || null,
    geonameid: place.geonameid,
  };
  const path = place.id ? `/places/${encodeURIComponent(place.id)}` : "/places";
  return toPlace(await api<unknown>(path, { method: place.id ? "PATCH" : "POST", json: fields }));
}

/** The download address of an export in a format, with the same filters as the map. */
export function exportUrl(format: string, filters: Filters): string {
  return `/api/exports/events.${EXPORT_FILES[format] ?? format}${query(filterParams(filters))}`;
}

/** The file extension of each export format on the server. */
const EXPORT_FILES: Record<string, string> = { plover: "plover.json" };

/** The events coded from one report. */
export async function reportEvents(reportId: string): Promise<SitrepEvent[]> {
  return listOf(await api<unknown>(`/events${query({ report: reportId, limit: 500 })}`), "events").map(
    toEvent,
  );
}

import { ApiError, api, query, setCsrfToken } from "./client.ts";
import { listOf, toActor, toAudit, toEvent, toJob, toMapPoints, toPlace } from "./normalize.ts";
import type { Actor, AuditEntry, Job, MapPoint, Place, Report, SitrepEvent, User } from "./types.ts";
import { filterParams, type Filters } from "../filters.ts";

interface Session {
  user: User | null;
  csrfToken?: string | null;
}

function sessionUser(body: Session | User | null): User | null {
  if (!body) return null;
  if ("csrfToken" in body) setCsrfToken(body.csrfToken ?? null);
  if ("user" in body) return body.user;
  return "name" in body ? (body as User) : null;
}

/** The signed-in user, or null when there is no session. */
export async function currentUser(): Promise<User | null> {
  try {
    return sessionUser(await api<Session>("/auth/me"));
  } catch {
    return null;
  }
}

/** Signs in; the server sets the session cookie and hands out a CSRF token. */
export async function login(name: string, password: string): Promise<User | null> {
  return sessionUser(await api<Session>("/auth/login", { method: "POST", json: { name, username: name, password } }));
}

/** Ends the session. */
export async function logout(): Promise<void> {
  await api("/auth/logout", { method: "POST", json: {} });
  setCsrfToken(null);
}

/**
 * Every located event as a compact point, for the map (filters are applied in the browser).
 * Uses `/events/points` when the server has it, else pages through `/events`.
 */
export async function mapPoints(): Promise<MapPoint[]> {
  const early = prefetched;
  prefetched = null;
  if (early) {
    const points = await early.catch(() => null);
    if (points) return points;
  }
  return fetchMapPoints();
}

let prefetched: Promise<MapPoint[]> | null = null;

/** Starts loading map points while the app boots; the first `mapPoints()` call takes the result. */
export function prefetchMapPoints(): void {
  prefetched ??= fetchMapPoints();
  prefetched.catch(() => undefined);
}

async function fetchMapPoints(): Promise<MapPoint[]> {
  try {
    return toMapPoints(await api<unknown>("/events/points?status=any"));
  } catch (err) {
    if (!(err instanceof ApiError) || (err.status !== 404 && err.status !== 400)) throw err;
  }
  const points: MapPoint[] = [];
  let before: number | null = null;
  for (let page = 0; page < 200; page++) {
    const body: { next?: number | null } = await api(`/events${query({ status: "any", limit: 1000, before })}`);
    points.push(...toMapPoints(body));
    before = body.next ?? null;
    if (before === null) break;
  }
  return points;
}

/** One page of events matching the filters, in the given order. */
export async function listEvents(
  filters: Filters,
  options: { sort?: string; limit?: number; offset?: number } = {},
): Promise<{ events: SitrepEvent[]; total: number }> {
  const body = await api<unknown>(`/events${query({ ...filterParams(filters), ...options })}`);
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
  return toEvent(await api<unknown>(`/events/${encodeURIComponent(id)}/confirm`, { method: "POST", json: {} }));
}

/** Rejects an event, saying why. */
export async function rejectEvent(id: string, reason: string): Promise<SitrepEvent> {
  return toEvent(await api<unknown>(`/events/${encodeURIComponent(id)}/reject`, { method: "POST", json: { reason } }));
}

/** Edits fields of an event (any field of the extract contract). */
export async function editEvent(id: string, changes: Partial<SitrepEvent>): Promise<SitrepEvent> {
  return toEvent(await api<unknown>(`/events/${encodeURIComponent(id)}`, { method: "PATCH", json: changes }));
}

/** Merges duplicates into `id`, which survives; the others become `merged`. */
export async function mergeEvents(id: string, duplicates: string[]): Promise<SitrepEvent> {
  return toEvent(
    await api<unknown>(`/events/${encodeURIComponent(id)}/merge`, { method: "POST", json: { ids: duplicates, duplicates } }),
  );
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

/** Starts ingesting a report; returns the job that codes it. */
export async function addReport(input: ReportInput): Promise<Job> {
  if (input.kind === "feed") return toJob(await api<unknown>("/feeds", { method: "POST", json: { url: input.url } }));
  if (input.kind === "file") {
    const form = new FormData();
    form.set("file", input.file, input.file.name);
    return toJob(await api<unknown>("/reports/upload", { method: "POST", body: form }));
  }
  const json = input.kind === "url" ? { url: input.url } : { text: input.text, title: input.title, published: input.published };
  const body = await api<{ job?: unknown }>("/reports", { method: "POST", json });
  return toJob(body.job ?? body);
}

/** A job's current state. */
export async function getJob(id: string): Promise<Job> {
  return toJob(await api<unknown>(`/jobs/${encodeURIComponent(id)}`));
}

/** The actor registry. */
export async function listActors(): Promise<Actor[]> {
  return listOf(await api<unknown>("/actors"), "actors").map(toActor);
}

/** Creates or updates an actor. */
export async function saveActor(actor: Actor, isNew: boolean): Promise<Actor> {
  const path = isNew ? "/actors" : `/actors/${encodeURIComponent(actor.id)}`;
  return toActor(await api<unknown>(path, { method: isNew ? "POST" : "PATCH", json: actor }));
}

/** Searches the gazetteer and the analysts' places by name. */
export async function searchPlaces(q: string, limit = 10): Promise<Place[]> {
  return listOf(await api<unknown>(`/places${query({ q, limit })}`), "places").map(toPlace);
}

/** Places analysts added. */
export async function analystPlaces(): Promise<Place[]> {
  return listOf(await api<unknown>(`/places${query({ source: "analyst", limit: 500 })}`), "places").map(toPlace);
}

/** Adds or updates an analyst place. */
export async function savePlace(place: Omit<Place, "id" | "analyst"> & { id?: string }): Promise<Place> {
  const path = place.id ? `/places/${encodeURIComponent(place.id)}` : "/places";
  return toPlace(await api<unknown>(path, { method: place.id ? "PATCH" : "POST", json: place }));
}

/** The download address of an export in a format, with the same filters as the map. */
export function exportUrl(format: string, filters: Filters): string {
  return `/api/exports/${format}${query(filterParams(filters))}`;
}

/** The events coded from one report. */
export async function reportEvents(reportId: string): Promise<SitrepEvent[]> {
  return listOf(await api<unknown>(`/events${query({ report: reportId, limit: 500 })}`), "events").map(toEvent);
}

import type { Actor, AuditEntry, Job, Place, SitrepEvent } from "./types.ts";

/** Reads a field by its camelCase or snake_case name: the server's presenters may use either. */
type Loose = Record<string, unknown>;
function pick(row: Loose, camel: string): unknown {
  if (camel in row) return row[camel];
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return row[snake];
}
const str = (v: unknown): string | null =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** An event from the API, tolerant of snake_case names and missing optional parts. */
export function toEvent(raw: unknown): SitrepEvent {
  const row = raw as Loose;
  return {
    ...(row as unknown as SitrepEvent),
    id: str(row.id) ?? "",
    reportId: str(pick(row, "reportId")) ?? str((row.report as Loose | undefined)?.id) ?? "",
    status: (str(row.status) ?? "proposed") as SitrepEvent["status"],
    mode: str(row.mode),
    fatalities: num(row.fatalities),
    confidence: num(row.confidence) ?? 0,
    rule: str(row.rule) ?? "",
    actor1: (row.actor1 as SitrepEvent["actor1"]) ?? null,
    actor2: (row.actor2 as SitrepEvent["actor2"]) ?? null,
    location: (row.location as SitrepEvent["location"]) ?? null,
    date: (row.date as SitrepEvent["date"]) ?? null,
    evidence: (row.evidence as SitrepEvent["evidence"]) ?? null,
  };
}

/** An actor from the registry. */
export function toActor(raw: unknown): Actor {
  const row = raw as Loose;
  return {
    id: str(row.id) ?? "",
    name: str(row.name) ?? "",
    aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
    kind: str(row.kind) ?? "",
    parent: str(row.parent) ?? str(pick(row, "parentId")),
    side: str(row.side),
    color: str(row.color) ?? str(row.colour),
  };
}

/** A place from the gazetteer or the analysts' additions. */
export function toPlace(raw: unknown): Place {
  const row = raw as Loose;
  return {
    id: str(row.id) ?? str(row.geonameid) ?? str(row.index) ?? "",
    name: str(row.name) ?? "",
    lat: num(row.lat) ?? 0,
    lon: num(row.lon) ?? 0,
    country: str(row.country) ?? "",
    admin1: str(row.admin1) ?? "",
    feature: str(row.feature) ?? str(row.kind) ?? "",
    geonameid: num(row.geonameid),
    analyst: row.analyst === true || row.source === "analyst",
  };
}

/** An audit trail line. */
export function toAudit(raw: unknown): AuditEntry {
  const row = raw as Loose;
  return {
    id: str(row.id) ?? "",
    at: str(row.at) ?? str(pick(row, "createdAt")) ?? "",
    user: str(row.user) ?? str(pick(row, "userName")),
    action: str(row.action) ?? "",
    reason: str(row.reason),
    changes: (row.changes as AuditEntry["changes"]) ?? null,
  };
}

/** A job's state (the server's `{ id, kind, status, error, result }`), with progress as a fraction 0..1. */
export function toJob(raw: unknown): Job {
  const row = raw as Loose;
  const state = (str(row.status) ?? "queued") as Job["state"];
  const result = (row.result ?? {}) as Loose;
  const reportId = str(result.reportId);
  return {
    id: str(row.id) ?? "",
    state,
    progress: state === "done" ? 1 : state === "running" ? 0.5 : 0,
    reportIds: reportId ? [reportId] : [],
    eventCount: num(result.events),
    error: str(row.error),
  };
}

/** Unwraps `{items}` / `{events}` / `{actors}` style lists, or returns the array itself. */
export function listOf(raw: unknown, key: string): unknown[] {
  if (Array.isArray(raw)) return raw;
  const body = raw as Loose;
  const list = body[key] ?? body.items ?? body.data;
  return Array.isArray(list) ? list : [];
}

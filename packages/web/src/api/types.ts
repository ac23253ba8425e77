/** Wire types of the Sitrep API as the web app reads them (the server's presenters; `/api/openapi.json`). */

/** PLOVER event types (upper case). */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "REJECT",
  "ACCUSE",
  "THREATEN",
  "SANCTION",
  "PROTEST",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
/** One PLOVER event type. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** How sure the text is that the event happened. */
export const MODALITIES = ["asserted", "reported", "claimed", "planned", "hypothetical", "negated"] as const;
/** One modality. */
export type Modality = (typeof MODALITIES)[number];

/** Review states of an event. */
export const STATUSES = ["proposed", "confirmed", "rejected", "merged"] as const;
/** One review state. */
export type EventStatus = (typeof STATUSES)[number];

/** The export formats the server offers, with the label the download menu shows. */
export const EXPORT_FORMATS = [
  { id: "geojson", label: "GeoJSON" },
  { id: "csv", label: "ACLED CSV" },
  { id: "plover", label: "PLOVER JSON" },
  { id: "jsonl", label: "JSON Lines" },
  { id: "atom", label: "Atom feed" },
] as const;

/** An actor as it appears in an event. */
export interface EventActor {
  id: string | null;
  name: string;
  text: string;
}

/** Where an event happened; precision 1 = the place, 2 = near it, 3 = a province or larger. */
export interface EventLocation {
  name: string;
  text: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  precision: number;
}

/** When an event happened; precision 1 = day, 2 = week, 3 = month or vaguer. */
export interface EventDate {
  start: string;
  end: string;
  precision: number;
}

/** The span of report text that says so. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
}

/** A coded event, as the extract contract plus id, report and review status. */
export interface SitrepEvent {
  id: string;
  reportId: string;
  status: EventStatus;
  type: PloverType;
  mode: string | null;
  acled: { event_type: string; sub_event_type: string } | null;
  cameo: string | null;
  actor1: EventActor | null;
  actor2: EventActor | null;
  location: EventLocation | null;
  date: EventDate | null;
  modality: Modality;
  fatalities: number | null;
  evidence: Evidence | null;
  confidence: number;
  rule: string;
}

/** A compact map point: enough to draw, filter and cluster 100,000 events. */
export interface MapPoint {
  id: string;
  lon: number;
  lat: number;
  type: PloverType;
  actor1: string | null;
  actor2: string | null;
  date: string | null;
  status: EventStatus;
  modality: Modality;
}

/** A report: the text events were coded from. */
export interface Report {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  published: string | null;
}

/** One line of an event's audit trail. */
export interface AuditEntry {
  id: string;
  at: string;
  user: string | null;
  action: string;
  reason: string | null;
  /** Each field that changed, from → to. */
  changes: Record<string, { from: unknown; to: unknown }> | null;
}

/** An actor in the registry. */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  parent: string | null;
  side: string | null;
  color: string | null;
}

/** A place in the gazetteer or added by an analyst. */
export interface Place {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  feature: string;
  geonameid: number | null;
  analyst: boolean;
}

/** An ingest job's state. */
export interface Job {
  id: string;
  state: "queued" | "running" | "done" | "failed";
  progress: number;
  reportIds: string[];
  eventCount: number | null;
  error: string | null;
  /** Something to tell the user beside the state (a duplicate report, a feed subscribed). */
  note?: string | null;
}

/** The signed-in user. */
export interface User {
  name: string;
  role: "admin" | "editor" | "analyst";
}

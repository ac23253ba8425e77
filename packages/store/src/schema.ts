import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, never, never>;
/** jsonb: read as a value, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;

/** Role of a user account, from most to least powerful. */
export type Role = "admin" | "editor" | "analyst";
/** Review status of a coded event. */
export type EventStatus = "proposed" | "confirmed" | "rejected" | "merged";
/** How a report arrived. */
export type ReportOrigin = "paste" | "upload" | "url" | "feed" | "import";
/** Lifecycle of a job. */
export type JobStatus = "queued" | "running" | "done" | "failed";
/** Moderation state of a reader's comment. */
export type CommentStatus = "pending" | "approved" | "rejected" | "spam";

export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: Role;
  password_hash: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: CreatedAt;
  last_used_at: Timestamp | null;
}

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  interval_seconds: Generated<number>;
  next_poll_at: Timestamp;
  failures: Generated<number>;
  last_error: string | null;
  last_polled_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ReportsTable {
  id: Generated<number>;
  external_id: string | null;
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD`. */
  published: string | null;
  source: string | null;
  origin: ReportOrigin;
  feed_id: number | null;
  text: string;
  content_hash: string;
  coded_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface ActorsTable {
  id: string;
  name: string;
  aliases: Json<string[]>;
  kind: string | null;
  parent: string | null;
  side: string | null;
  colour: string | null;
  updated_at: Timestamp;
}

export interface PlacesTable {
  id: Generated<number>;
  geonameid: number | null;
  name: string;
  alternate_names: Json<string[]>;
  kind: string | null;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EventsTable {
  id: Generated<number>;
  report_id: number;
  ordinal: number;
  status: ColumnType<EventStatus, EventStatus | undefined, EventStatus>;
  merged_into: number | null;
  type: string;
  mode: string | null;
  acled_event_type: string | null;
  acled_sub_event_type: string | null;
  cameo: string | null;
  actor1_id: string | null;
  actor1_name: string | null;
  actor1_text: string | null;
  actor2_id: string | null;
  actor2_name: string | null;
  actor2_text: string | null;
  location_name: string | null;
  location_text: string | null;
  geonameid: number | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  location_precision: number | null;
  /** `YYYY-MM-DD`. */
  date_start: string | null;
  date_end: string | null;
  date_precision: number | null;
  modality: string;
  fatalities: number | null;
  evidence_sentence: number | null;
  evidence_start: number | null;
  evidence_end: number | null;
  evidence_text: string | null;
  confidence: number;
  rule: string;
  /** Fields of the extract contract that have no column of their own. */
  extra: Json<Record<string, unknown>>;
  /**
   * The words search finds the event by (`searchWords`), as tsvector text; never read back. The
   * repository writes it from the evidence, actors' names and place when a write leaves it out.
   */
  search: ColumnType<never, string | undefined, string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  user_id: number | null;
  user_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: ColumnType<unknown, string | null, string | null>;
  after: ColumnType<unknown, string | null, string | null>;
  /** Why, when the reviewer said (a rejection's reason). */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  key: string | null;
  payload: Json<Record<string, unknown>>;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Timestamp;
  locked_at: Timestamp | null;
  locked_by: string | null;
  last_error: string | null;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CommentsTable {
  id: Generated<number>;
  report_id: number;
  parent_id: number | null;
  author_name: string;
  /** Read only by moderation (`CommentsRepository.listForModeration`); null once erased. */
  author_email: string | null;
  author_url: string | null;
  /** What the commenter typed. */
  body: string;
  /** `body` sanitised for display. */
  body_html: string;
  content_hash: string;
  status: ColumnType<CommentStatus, CommentStatus | undefined, CommentStatus>;
  /** Why a pending comment waits: `first-time` or `links`. */
  held_reason: string | null;
  client_hash: string;
  reader_hash: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HostSlotsTable {
  host: string;
  /** When the next request to this host may start. */
  next_at: Timestamp;
}

export interface CommentWordsTable {
  word: string;
  created_at: CreatedAt;
}

export interface ServerSecretsTable {
  name: string;
  secret: string;
  created_at: CreatedAt;
}

/** An analyst's hand edit of territorial control. */
export interface ControlEditsTable {
  id: Generated<number>;
  /** The control package's settlement key (`g<geonameid>`, or name and rounded coordinates). */
  settlement_key: string;
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string | null;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Null (with `actor_name`): nobody is known to hold the settlement from `date`. */
  actor_id: string | null;
  actor_name: string | null;
  note: string | null;
  created_by: number | null;
  created_by_name: string | null;
  created_at: CreatedAt;
  /** Set when an analyst removed the edit: it no longer counts, and the row stays as its record. */
  removed_at: Date | null;
  removed_by: number | null;
  removed_by_name: string | null;
}

/** The whole schema, as Kysely sees it. */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  feeds: FeedsTable;
  reports: ReportsTable;
  actors: ActorsTable;
  places: PlacesTable;
  events: EventsTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  comments: CommentsTable;
  comment_words: CommentWordsTable;
  server_secrets: ServerSecretsTable;
  host_slots: HostSlotsTable;
  control_edits: ControlEditsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ReportRow = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
export type EventPatch = Updateable<EventsTable>;
export type JobRow = Selectable<JobsTable>;
export type FeedRow = Selectable<FeedsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type ActorRow = Selectable<ActorsTable>;
export type PlaceRow = Selectable<PlacesTable>;
export type NewComment = Insertable<CommentsTable>;
export type ControlEditRow = Selectable<ControlEditsTable>;
export type NewControlEdit = Insertable<ControlEditsTable>;

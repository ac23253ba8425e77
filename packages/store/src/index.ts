export { openStore, createStore, type Store, type Repositories } from "./store.js";
export { openDatabase, migrateToLatest, type Db, type DatabaseOptions } from "./database.js";
export { PGliteDialect } from "./pglite-dialect.js";
export {
  ReportsRepository,
  escapeLike,
  type ReportFilter,
  type ReportCitation,
} from "./repositories/reports.js";
export {
  EventsRepository,
  wordQuery,
  EVENT_POINT_COLUMNS,
  type EventFilter,
  type EventOrder,
  type EventPage,
  type EventPoint,
  type CodedEvent,
  type EncodedEvents,
} from "./repositories/events.js";
export {
  UsersRepository,
  SessionsRepository,
  TokensRepository,
  type Principal,
  type TokenSummary,
} from "./repositories/accounts.js";
export { AuditRepository, type AuditEntry } from "./repositories/audit.js";
export {
  CommentsRepository,
  CommentWordsRepository,
  type PublicComment,
  type ModeratedComment,
  type CommentEdit,
} from "./repositories/comments.js";
export { SecretsRepository } from "./repositories/secrets.js";
export { JobsRepository, type NewJob } from "./repositories/jobs.js";
export { ControlRepository, CONTROL_EVENT_TYPES, type ControlEventRow } from "./repositories/control.js";
export { MaintenanceRepository } from "./repositories/maintenance.js";
export { FeedsRepository, type FeedPollOutcome } from "./repositories/feeds.js";
export {
  ActorsRepository,
  PlacesRepository,
  type ActorInput,
  type ActorChanges,
  type PlaceInput,
  type PlaceChanges,
  type TableVersion,
} from "./repositories/registries.js";
export type {
  Database,
  Role,
  EventStatus,
  ReportOrigin,
  JobStatus,
  UserRow,
  ReportRow,
  NewReport,
  EventRow,
  NewEvent,
  EventPatch,
  JobRow,
  FeedRow,
  AuditRow,
  ActorRow,
  PlaceRow,
  CommentStatus,
  NewComment,
  ControlEditRow,
  NewControlEdit,
} from "./schema.js";
export { testDatabases, testServerUrl, createThrowawayDatabase, type TestDatabase } from "./testing.js";

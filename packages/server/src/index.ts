export { buildApp, type AppOptions } from "./app.js";
export { CONFIG_ENV, configFromEnv, loadConfig, type ServerConfig } from "./config.js";
export { ApiError, errors, errorBody, type ErrorBody } from "./errors.js";
export type {
  Extracted,
  Extractor,
  ExtractedEvent,
  ExtractedActor,
  ExtractContext,
  CoderRegistry,
  RegistryActor,
  RegistryPlace,
  GazetteerHit,
  PlaceLookup,
  GeonamesLineParser,
  GeonamesPlace,
} from "./extractor.js";
export { createServices, type Services, type Dependencies } from "./services/index.js";
export { copyLines, encodeEvents } from "./services/event-columns.js";
export { presentEvent, eventSchema, type EventWire } from "./presenters/event.js";
export { JobRunner, type RunnerOptions } from "./jobs/runner.js";
export { EXPORT_FORMATS, type ExportFormatName } from "./services/exports.js";
export { parseReportLine } from "./ingest/jsonl.js";
export type { ReportInput, Submitted } from "./services/ingest.js";
export { SAMPLE_REPORTS_PATH } from "./samples.js";
export { eventFilterFromQuery } from "./routes/filters.js";
export { newPassword } from "./auth/secrets.js";

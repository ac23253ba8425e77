export { buildApp, type AppOptions } from "./app.js";
export { loadConfig, type ServerConfig } from "./config.js";
export { ApiError, errors, errorBody, type ErrorBody } from "./errors.js";
export type { Extractor, ExtractedEvent, ExtractedActor, ExtractContext } from "./extractor.js";
export { createServices, type Services, type Dependencies } from "./services/index.js";
export { presentEvent, eventSchema, type EventWire } from "./presenters/event.js";

import type { Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import type { Extractor } from "../extractor.js";
import { EventsService } from "./events.js";

/** What the server runs on: the store, the injected coder, the settings. */
export interface Dependencies {
  store: Store;
  extractor: Extractor;
  config: ServerConfig;
}

/** The use cases, built once per app; routes call these and nothing below them. */
export interface Services {
  store: Store;
  config: ServerConfig;
  events: EventsService;
}

/** Builds every service over the dependencies. */
export function createServices(deps: Dependencies): Services {
  return {
    store: deps.store,
    config: deps.config,
    events: new EventsService(deps.store),
  };
}

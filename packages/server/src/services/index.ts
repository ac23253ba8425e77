import type { Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import type { Extractor, GeonamesLineParser, PlaceLookup } from "../extractor.js";
import { HostGate } from "../ingest/fetch.js";
import { JobRunner, type RunnerOptions } from "../jobs/runner.js";
import { countryOutlines } from "../control/outlines.js";
import { AccountsService } from "./accounts.js";
import { CommentModerationService } from "./comment-moderation.js";
import { CommentsService } from "./comments.js";
import { ControlService } from "./control.js";
import { EventsService } from "./events.js";
import { ExportsService } from "./exports.js";
import { FeedsService } from "./feeds.js";
import { IngestService } from "./ingest.js";
import { RegistriesService, RegistrySnapshots } from "./registries.js";
import { ReportsService } from "./reports.js";
import { ReviewService } from "./review.js";

/** What the server runs on: the store, the injected coder, the settings. */
export interface Dependencies {
  store: Store;
  extractor: Extractor;
  config: ServerConfig;
  /** How this process's job runner works the queue. */
  runner?: RunnerOptions | undefined;
  /** Gazetteer search by name, injected with the coder (place pickers); without it, analysts' places only. */
  places?: PlaceLookup | undefined;
  /** Reads GeoNames dump lines, injected with the coder (the registry's GeoNames import). */
  geonames?: GeonamesLineParser | undefined;
}

/** The use cases, built once per app; routes call these and nothing below them. */
export interface Services {
  store: Store;
  config: ServerConfig;
  events: EventsService;
  accounts: AccountsService;
  review: ReviewService;
  exports: ExportsService;
  ingest: IngestService;
  reports: ReportsService;
  feeds: FeedsService;
  control: ControlService;
  comments: CommentsService;
  moderation: CommentModerationService;
  registries: RegistriesService;
  /** This process's job runner; `start()` it to work the queue in the background. */
  runner: JobRunner;
}

/** Builds every service over the dependencies. */
export function createServices(deps: Dependencies): Services {
  const { store, config, extractor } = deps;
  const ingest = new IngestService(store, config);
  const control = new ControlService(store, countryOutlines);
  const registry = new RegistrySnapshots(store);
  const runner = new JobRunner(
    {
      store,
      config,
      extractor,
      registry: () => registry.current(),
      ingest,
      gate: new HostGate(config.hostIntervalSeconds, (host, seconds) =>
        store.feeds.reserveHostSlot(host, seconds),
      ),
      reportsCoded: (reportIds) => control.reportsCoded(reportIds),
    },
    deps.runner,
  );
  return {
    store,
    config,
    events: new EventsService(store),
    accounts: new AccountsService(store, config),
    review: new ReviewService(store, (rows) => control.eventsChanged(rows)),
    exports: new ExportsService(store, config),
    ingest,
    reports: new ReportsService(store, config, ingest, runner),
    feeds: new FeedsService(store, config, runner),
    control,
    comments: new CommentsService(store, config),
    moderation: new CommentModerationService(store, config),
    registries: new RegistriesService(store, deps.places, deps.geonames, () => control.actorsChanged()),
    runner,
  };
}

import type { Migration } from "kysely";
import * as initial from "./2026-11-25-0700-initial.js";
import * as eventSearch from "./2026-11-25-0930-event-search.js";
import * as comments from "./2026-11-25-1000-comments.js";
import * as serverSecrets from "./2026-12-02-2010-server-secrets.js";
import * as queueHostsBrowse from "./2026-12-02-2011-queue-hosts-and-browse-index.js";
import * as eventsFewerIndexes from "./2026-12-02-2052-events-fewer-indexes.js";
import * as controlEdits from "./2026-12-02-2013-control-edits.js";
import * as registryAndReview from "./2026-12-02-2215-registry-and-review.js";
import * as controlEditsRemoved from "./2026-12-03-0210-control-edits-removed.js";
import * as stateForcesParents from "./2026-12-03-0211-state-forces-parents.js";
import * as eventsPlannerStatistics from "./2026-12-03-1600-events-planner-statistics.js";
import * as eventsSearchWords from "./2026-12-03-2300-events-search-words.js";

/**
 * Every migration, by dated name. Migrations are frozen once committed: to change the schema, add a new
 * dated file (`YYYY-MM-DD-HHMM-what.ts`) and a line here; never edit an old one.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-25-0700-initial": initial,
  "2026-11-25-0930-event-search": eventSearch,
  "2026-11-25-1000-comments": comments,
  "2026-12-02-2010-server-secrets": serverSecrets,
  "2026-12-02-2011-queue-hosts-and-browse-index": queueHostsBrowse,
  "2026-12-02-2052-events-fewer-indexes": eventsFewerIndexes,
  "2026-12-02-2013-control-edits": controlEdits,
  "2026-12-02-2215-registry-and-review": registryAndReview,
  "2026-12-03-0210-control-edits-removed": controlEditsRemoved,
  "2026-12-03-0211-state-forces-parents": stateForcesParents,
  "2026-12-03-1600-events-planner-statistics": eventsPlannerStatistics,
  "2026-12-03-2300-events-search-words": eventsSearchWords,
};

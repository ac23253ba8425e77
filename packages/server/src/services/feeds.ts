import type { FeedRow, Principal, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { ApiError, errors } from "../errors.js";
import { checkUrl } from "../ingest/fetch.js";
import { pollFeedJob } from "../jobs/keys.js";
import type { JobRunner } from "../jobs/runner.js";

/** Feed subscriptions. */
export class FeedsService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
    private readonly runner: JobRunner,
  ) {}

  /**
   * Subscribes to a feed and polls it once now, so a URL that is not a feed (or cannot be reached) is
   * refused at once with that error and not kept.
   */
  async subscribe(rawUrl: string, principal: Principal): Promise<{ feed: FeedRow; created: boolean }> {
    const url = checkUrl(rawUrl).toString();
    const { feed, created } = await this.store.feeds.add(url, this.config.feedIntervalSeconds);
    if (!created) return { feed, created };
    const { job } = await this.store.jobs.enqueue(pollFeedJob(feed.id, feed.next_poll_at));
    const done = await this.runner.runNow(job.id, this.config.fetchTimeoutMs + 5000);
    if (done?.status === "failed") {
      await this.store.feeds.remove(feed.id);
      throw jobError(done.result) ?? errors.unreachableUrl(url, done.last_error ?? "failed");
    }
    await this.store.audit.record({
      userId: principal.userId,
      userName: principal.name,
      action: "subscribe",
      entity: "feed",
      entityId: feed.id,
      after: { url },
    });
    return { feed: (await this.store.feeds.get(feed.id)) ?? feed, created };
  }

  list(): Promise<FeedRow[]> {
    return this.store.feeds.list();
  }

  async unsubscribe(id: number, principal: Principal): Promise<void> {
    const feed = await this.store.feeds.get(id);
    if (!feed || !(await this.store.feeds.remove(id))) throw errors.notFound(`Feed ${id}`);
    await this.store.audit.record({
      userId: principal.userId,
      userName: principal.name,
      action: "unsubscribe",
      entity: "feed",
      entityId: id,
      before: { url: feed.url },
    });
  }
}

/** The catalogue error a failed job kept in its result, if any. */
export function jobError(result: unknown): ApiError | null {
  const error = (result as { error?: { status?: unknown; id?: unknown; message?: unknown } } | null)?.error;
  if (
    !error ||
    typeof error.status !== "number" ||
    typeof error.id !== "string" ||
    typeof error.message !== "string"
  )
    return null;
  return new ApiError(error.status, error.id, error.message);
}

import { fetchText } from "../ingest/fetch.js";
import { readFeed } from "../ingest/feed.js";
import { fetchUrlJob } from "./keys.js";
import { payloadNumber, type JobHandler } from "./context.js";

/** Items with at least this much text are stored as they are; shorter ones are fetched from their link. */
const FULL_TEXT_CHARS = 400;
const MAX_BACKOFF_SECONDS = 24 * 3600;

/**
 * Polls a feed politely: a conditional request (ETag, Last-Modified), at most once per host interval,
 * backing off exponentially after failures. New items become reports or fetch jobs.
 */
export const pollFeed: JobHandler = async (payload, { store, config, ingest, gate }) => {
  const feed = await store.feeds.get(payloadNumber(payload, "feedId"));
  if (!feed) return { skipped: "feed gone" };
  try {
    await gate.wait(feed.url);
    const conditional: Record<string, string> = {
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    };
    if (feed.etag) conditional["if-none-match"] = feed.etag;
    if (feed.last_modified) conditional["if-modified-since"] = feed.last_modified;
    const response = await fetchText(feed.url, {
      timeoutMs: config.fetchTimeoutMs,
      maxBytes: config.maxReportBytes * 10,
      headers: conditional,
    });
    if (response.status === 304) {
      await store.feeds.recordPoll(feed.id, { ok: true, nextPollSeconds: feed.interval_seconds });
      return { notModified: true };
    }
    const parsed = readFeed(response.body, feed.url);
    let added = 0;
    let queued = 0;
    for (const item of parsed.items) {
      if (item.url && (await store.reports.findByUrl(item.url))) continue;
      if (item.text.length >= FULL_TEXT_CHARS || (!item.url && item.text)) {
        const { created } = await ingest.submit(
          {
            text: item.text,
            title: item.title,
            url: item.url,
            published: item.published,
            feedId: feed.id,
            origin: "feed",
          },
          null,
        );
        if (created) added++;
      } else if (item.url) {
        if ((await store.jobs.enqueue(fetchUrlJob(item.url, config.jobMaxAttempts, feed.id))).created)
          queued++;
      }
    }
    await store.feeds.recordPoll(feed.id, {
      ok: true,
      title: parsed.title,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      nextPollSeconds: feed.interval_seconds,
    });
    return { items: parsed.items.length, added, queued };
  } catch (error) {
    const backoff = Math.min(MAX_BACKOFF_SECONDS, feed.interval_seconds * 2 ** (feed.failures + 1));
    await store.feeds.recordPoll(feed.id, {
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      nextPollSeconds: backoff,
    });
    throw error;
  }
};

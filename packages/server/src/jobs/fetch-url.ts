import { errors } from "../errors.js";
import { extractArticle } from "../ingest/article.js";
import { fetchText } from "../ingest/fetch.js";
import { isoDay } from "../ingest/text.js";
import type { JobHandler } from "./context.js";

/** Fetches a URL, keeps the article body, and stores it as a report (once per URL). */
export const fetchUrl: JobHandler = async (payload, { store, config, ingest, gate }) => {
  const url = String(payload.url);
  const feedId = typeof payload.feedId === "number" ? payload.feedId : null;
  const existing = await store.reports.findByUrl(url);
  if (existing) return { reportId: existing.id, created: false };
  await gate.wait(url);
  const page = await fetchText(url, {
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.maxReportBytes * 5,
  });
  const type = page.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  let title: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  let text: string;
  if (type === "text/html" || type === "application/xhtml+xml" || (type === "" && /<html/i.test(page.body))) {
    const article = extractArticle(page.body, page.url);
    ({ title, source, text } = article);
    published = isoDay(article.published);
  } else if (type.startsWith("text/")) {
    text = page.body;
  } else {
    throw errors.notText(`${url} is ${type || "of no declared type"}, not a web page or text`);
  }
  if (text.trim().length < 40) throw errors.noArticle(url);
  const submitted = await ingest.submit(
    { text, title, published, source, url, feedId, origin: feedId === null ? "url" : "feed" },
    null,
  );
  return { reportId: submitted.report.id, created: submitted.created };
};

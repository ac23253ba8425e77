import type { EventRow, PublicComment } from "@sitrep/store";
import type { CommentsService, ReportPageData } from "../services/comments.js";
import { longDay } from "./dates.js";
import { commentList, replyForm, type ReplyForm } from "./discussion.js";
import { eventMap } from "./event-map.js";
import { markup, type Html } from "./html.js";
import { layout } from "./layout.js";
import { reportDay, reportTitle } from "./report-index.js";
import type { ThreadCache } from "./thread-cache.js";

/** The report's text as paragraphs (blank lines) and line breaks, escaped. */
function paragraphs(text: string): Html[] {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((para) => {
      const lines = para.split(/\r?\n/);
      return markup`<p>${lines.map((line, i) => (i === 0 ? line : markup`<br>${line}`))}</p>`;
    });
}

function eventLine(event: EventRow): Html {
  const what = event.mode ? `${event.type} (${event.mode})` : event.type;
  const who = [event.actor1_name, event.actor2_name].filter(Boolean).join(" → ");
  return markup`<li>${what}${who ? markup`: ${who}` : ""}${event.location_name ? markup` at ${event.location_name}` : ""}${event.date_start ? markup`, ${longDay(event.date_start)}` : ""}</li>`;
}

function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The rendered discussion: from the cache when the discussion has not changed and this reader has no
 * comment awaiting moderation (their own pending comments are shown to them only, so never cached).
 */
export async function renderThread(
  comments: CommentsService,
  cache: ThreadCache,
  data: ReportPageData,
): Promise<Html> {
  const reportId = data.report.id;
  if (data.pending.length === 0) {
    const cached = cache.get(reportId, data.version);
    if (cached) return cached;
  }
  const approved = await comments.threadOf(data.report);
  if (data.pending.length === 0) {
    const list = commentList(approved, reportId);
    cache.set(reportId, data.version, list);
    return list;
  }
  return commentList(
    [...approved, ...data.pending].sort((a, b) => a.id - b.id),
    reportId,
  );
}

/** A report's public page: title, date, source, the map of its confirmed events, the text, the discussion. */
export function renderReportPage(
  data: ReportPageData,
  thread: Html,
  form: ReplyForm,
  replyTo: PublicComment | null,
  nav?: Html,
): string {
  const { report, events } = data;
  const title = reportTitle(report);
  const source = safeHref(report.url);
  const map = eventMap(events);
  const body = markup`<article>
<h1>${title}</h1>
<p class="meta"><time datetime="${reportDay(report)}">${longDay(reportDay(report))}</time>${report.source ? markup` · ${report.source}` : ""}${source ? markup` · <a href="${source}" rel="noopener noreferrer">Original report</a>` : ""}</p>
${
  events.length
    ? markup`<figure>${map}<figcaption>${events.length === 1 ? "1 confirmed event" : `${events.length} confirmed events`}</figcaption><ol class="events-list">${events.map(eventLine)}</ol></figure>`
    : ""
}
<div class="report-text">${paragraphs(report.text)}</div>
</article>
<section class="discussion">
${thread}
${replyForm(form, replyTo)}
</section>`;
  return layout({
    title,
    nav,
    body,
    head: markup`<link rel="canonical" href="/reports/${report.id}">`,
  });
}

import type { EventRow, PublicComment } from "@sitrep/store";
import type { Discussion } from "../services/comments.js";
import { longDay } from "./dates.js";
import { commentList, replyForm, type ReplyForm } from "./discussion.js";
import { eventMap } from "./event-map.js";
import { markup, type Html } from "./html.js";
import { layout } from "./layout.js";
import { reportDay, reportTitle } from "./report-index.js";

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

/** A report's public page: title, date, source, the map of its confirmed events, the text, the discussion. */
export function renderReportPage(
  discussion: Discussion,
  form: ReplyForm,
  replyTo: PublicComment | null,
): string {
  const { report, events, comments } = discussion;
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
${commentList(comments, report.id)}
${replyForm(form, replyTo)}
</section>`;
  return layout({
    title,
    body,
    head: markup`<link rel="canonical" href="/reports/${report.id}">`,
  });
}

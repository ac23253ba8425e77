import type { ReportRow } from "@sitrep/store";
import { longDay } from "./dates.js";
import { markup, type Html } from "./html.js";
import { layout } from "./layout.js";

/** One page of the report index. */
export interface ReportIndexPage {
  reports: ReportRow[];
  /** Approved comments per report id. */
  comments: Map<number, number>;
  /** The `before` of the next (older) page, or null on the last page. */
  next: number | null;
  /** Whether this is a later page (so a link back to the newest is shown). */
  paged: boolean;
  /** Links for signed-in staff, or nothing. */
  nav?: Html | undefined;
}

/** A report's display title: its own, or the start of its text. */
export function reportTitle(report: ReportRow): string {
  if (report.title?.trim()) return report.title.trim();
  const start = report.text.trim().split(/\s+/).slice(0, 12).join(" ");
  return start.length < report.text.trim().length ? `${start}…` : start || `Report ${report.id}`;
}

/** The day a report is dated: its publication date, else the day it arrived. */
export function reportDay(report: ReportRow): string {
  return report.published ?? report.created_at.toISOString().slice(0, 10);
}

function excerpt(text: string, max = 240): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s\S*$/, "")}…`;
}

/** The index: reports newest first, a page at a time. */
export function renderReportIndex(page: ReportIndexPage): string {
  const items = page.reports.map((report) => {
    const count = page.comments.get(report.id) ?? 0;
    return markup`<li>
<h2><a href="/reports/${report.id}">${reportTitle(report)}</a></h2>
<p class="meta"><time datetime="${reportDay(report)}">${longDay(reportDay(report))}</time>${report.source ? markup` · ${report.source}` : ""} · <a href="/reports/${report.id}#comments">${count === 1 ? "1 comment" : `${count} comments`}</a></p>
<p>${excerpt(report.text)}</p>
</li>`;
  });
  const body = markup`<h1>Reports</h1>
${page.reports.length === 0 ? markup`<p>No reports yet.</p>` : markup`<ol class="reports">${items}</ol>`}
<nav class="pager" aria-label="Pages">${page.paged ? markup`<a href="/reports">← Newest reports</a>` : markup`<span></span>`}${page.next !== null ? markup`<a href="/reports?before=${page.next}" rel="next">Older reports →</a>` : ""}</nav>`;
  return layout({ title: "Reports", body, nav: page.nav });
}

import { useEffect, useState } from "react";
import { getReport } from "../api/endpoints.ts";
import type { Report, SitrepEvent } from "../api/types.ts";
import { ReportText } from "../ui/Evidence.tsx";

/** The report an event came from, with its evidence highlighted, and a link to its public page. */
export function ReviewReport({ event }: { event: SitrepEvent }) {
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    let live = true;
    if (event.reportId)
      getReport(event.reportId)
        .then((r) => live && setReport(r))
        .catch(() => live && setReport(null));
    return () => {
      live = false;
    };
  }, [event.reportId]);
  return (
    <section aria-labelledby="review-report">
      <h3 id="review-report">
        Report{" "}
        {event.reportId && (
          <a href={`/reports/${encodeURIComponent(event.reportId)}`} target="_blank" rel="noopener">
            {report?.title ?? "open its page"} ↗
          </a>
        )}
      </h3>
      {report ? (
        <ReportText text={report.text} evidence={event.evidence} />
      ) : (
        event.evidence && <blockquote>{event.evidence.text}</blockquote>
      )}
    </section>
  );
}

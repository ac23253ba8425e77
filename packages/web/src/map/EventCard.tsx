import { useEffect, useState } from "react";
import { getEvent, getReport } from "../api/endpoints.ts";
import type { Report, SitrepEvent } from "../api/types.ts";
import { History } from "../review/History.tsx";
import { ReviewActions } from "../review/ReviewActions.tsx";
import { EventDetails } from "../ui/EventDetails.tsx";
import { ReportText } from "../ui/Evidence.tsx";
import { navigate } from "../ui/router.ts";

/** The sign-in address that comes back to this view. */
const signInHref = (): string =>
  `/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`;

/** Props: which event, how to close the card and what to do after a review action. */
export interface EventCardProps {
  id: string;
  /** Whether the reader is signed in: review actions and the history need an account. */
  canReview: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/** The event card: coded fields, the report with the evidence highlighted, review actions, history. */
export function EventCard({ id, canReview, onClose, onChanged }: EventCardProps) {
  const [event, setEvent] = useState<SitrepEvent | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setEvent(null);
    setReport(null);
    getEvent(id)
      .then(async (e) => {
        if (!live) return;
        setEvent(e);
        setError(null);
        if (e.reportId) {
          const r = await getReport(e.reportId).catch(() => null);
          if (live) setReport(r);
        }
      })
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <aside className="card" aria-label="Event card" onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <header>
        <h2>{event ? event.type : "Event"}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close the event card">
          ×
        </button>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!event && !error && <p className="muted">Loading…</p>}
      {event && (
        <>
          <EventDetails event={event} />
          {canReview ? (
            <ReviewActions
              event={event}
              onChanged={(changed) => {
                setEvent(changed);
                setVersion((v) => v + 1);
                onChanged();
              }}
              onEdit={() => navigate("/review", `?event=${encodeURIComponent(event.id)}&edit=1`)}
            />
          ) : (
            <p className="muted">
              <a
                href={signInHref()}
                onClick={(e) => (e.preventDefault(), navigate("/login", signInHref().slice("/login".length)))}
              >
                Sign in
              </a>{" "}
              to review or edit this event.
            </p>
          )}
          <section aria-labelledby="card-report">
            <h3 id="card-report">
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
          {canReview && (
            <section aria-labelledby="card-history">
              <h3 id="card-history">History</h3>
              <History eventId={event.id} version={version} />
            </section>
          )}
        </>
      )}
    </aside>
  );
}

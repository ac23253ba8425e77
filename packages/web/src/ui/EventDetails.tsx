import type { SitrepEvent } from "../api/types.ts";
import { datePrecision, dateText, percent, placeName, placePrecision, typeText } from "./format.ts";

function actorText(actor: SitrepEvent["actor1"]): string {
  if (!actor) return "—";
  return actor.text && actor.text !== actor.name ? `${actor.name} (“${actor.text}”)` : actor.name;
}

/** The coded fields of an event as a definition list. */
export function EventDetails({ event }: { event: SitrepEvent }) {
  return (
    <dl className="fields">
      <dt>Type</dt>
      <dd>
        {typeText(event)}
        {event.acled && (
          <div className="small muted">
            ACLED: {event.acled.event_type} / {event.acled.sub_event_type}
          </div>
        )}
        {event.cameo && <div className="small muted">CAMEO {event.cameo}</div>}
      </dd>
      <dt>Actor</dt>
      <dd>{actorText(event.actor1)}</dd>
      <dt>Target</dt>
      <dd>{actorText(event.actor2)}</dd>
      <dt>Place</dt>
      <dd>
        {placeName(event.location)}
        {event.location && (
          <div className="small muted">
            {placePrecision(event.location)} · {event.location.lat.toFixed(3)},{" "}
            {event.location.lon.toFixed(3)}
          </div>
        )}
      </dd>
      <dt>Date</dt>
      <dd>
        {dateText(event.date)}
        {event.date && <div className="small muted">{datePrecision(event.date)}</div>}
      </dd>
      <dt>Modality</dt>
      <dd>{event.modality}</dd>
      <dt>Fatalities</dt>
      <dd>{event.fatalities ?? "not given"}</dd>
      <dt>Confidence</dt>
      <dd>
        <meter min={0} max={1} value={event.confidence} aria-label="Confidence" /> {percent(event.confidence)}
      </dd>
      <dt>Rule</dt>
      <dd>
        <code>{event.rule || "—"}</code>
      </dd>
      <dt>Status</dt>
      <dd>
        <span className={`status status-${event.status}`}>{event.status}</span>
      </dd>
    </dl>
  );
}

import { useEffect, useState } from "react";
import { eventHistory } from "../api/endpoints.ts";
import type { AuditEntry } from "../api/types.ts";

const show = (value: unknown): string =>
  value === null || value === undefined ? "—" : typeof value === "object" ? shortJson(value) : String(value);

function shortJson(value: object): string {
  const named = (value as { name?: unknown }).name;
  return typeof named === "string" ? named : JSON.stringify(value);
}

function changesText(changes: AuditEntry["changes"]): string {
  if (!changes) return "";
  return Object.entries(changes)
    .map(([key, { from, to }]) => `${key}: ${show(from)} → ${show(to)}`)
    .join("; ");
}

/** An event's audit trail: who did what, when and why. `version` reloads it after a change. */
export function History({ eventId, version }: { eventId: string; version: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    eventHistory(eventId)
      .then((list) => live && (setEntries(list), setError(null)))
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [eventId, version]);
  if (error) return <p className="error small">History unavailable: {error}</p>;
  if (!entries) return <p className="muted small">Loading history…</p>;
  if (!entries.length) return <p className="muted small">No changes yet.</p>;
  return (
    <ol className="history" aria-label="Event history">
      {entries.map((entry) => (
        <li key={entry.id || entry.at + entry.action}>
          <time dateTime={entry.at}>{entry.at.replace("T", " ").slice(0, 16)}</time>{" "}
          <strong>{entry.action}</strong>
          {entry.user && <> by {entry.user}</>}
          {entry.reason && <> — “{entry.reason}”</>}
          {entry.changes && Object.keys(entry.changes).length > 0 && (
            <div className="small muted">{changesText(entry.changes)}</div>
          )}
        </li>
      ))}
    </ol>
  );
}

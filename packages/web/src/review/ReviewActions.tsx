import { useState } from "react";
import { confirmEvent, rejectEvent } from "../api/endpoints.ts";
import type { SitrepEvent } from "../api/types.ts";

/** Props: the event and what to do once it changed. */
export interface ReviewActionsProps {
  event: SitrepEvent;
  onChanged: (event: SitrepEvent) => void;
  onEdit?: () => void;
  /** Shown when the reject form should open (the review queue's `r` key). */
  rejecting?: boolean;
  onRejecting?: (open: boolean) => void;
}

/** Confirm, edit and reject-with-a-reason buttons. */
export function ReviewActions({ event, onChanged, onEdit, rejecting, onRejecting }: ReviewActionsProps) {
  const [ownRejecting, setOwnRejecting] = useState(false);
  const open = rejecting ?? ownRejecting;
  const setOpen = onRejecting ?? setOwnRejecting;
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<SitrepEvent>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action());
      setOpen(false);
      setReason("");
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="actions">
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || event.status === "confirmed"}
          onClick={() => void run(() => confirmEvent(event.id))}
        >
          Confirm <kbd>c</kbd>
        </button>
        {onEdit && (
          <button type="button" disabled={busy} onClick={onEdit}>
            Edit <kbd>e</kbd>
          </button>
        )}
        <button
          type="button"
          className="danger"
          disabled={busy || event.status === "rejected"}
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          Reject… <kbd>r</kbd>
        </button>
      </div>
      {open && (
        <form
          className="reject"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => rejectEvent(event.id, reason.trim()));
          }}
        >
          <label>
            Reason for rejecting
            <input
              autoFocus
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              placeholder="e.g. not an event: a forecast"
            />
          </label>
          <div className="row">
            <button type="submit" className="danger" disabled={busy || !reason.trim()}>
              Reject
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

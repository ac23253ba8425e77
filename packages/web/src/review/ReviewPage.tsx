import { useEffect, useMemo, useState } from "react";
import { confirmEvent, mergeEvents } from "../api/endpoints.ts";
import type { SitrepEvent } from "../api/types.ts";
import { parseFilters } from "../filters.ts";
import { EventDetails } from "../ui/EventDetails.tsx";
import { percent, summary } from "../ui/format.ts";
import { setParams } from "../ui/router.ts";
import { useMapData } from "../ui/useData.ts";
import { EditForm } from "./EditForm.tsx";
import { History } from "./History.tsx";
import { ReviewActions } from "./ReviewActions.tsx";
import { ReviewReport } from "./ReviewReport.tsx";
import { useQueue } from "./useQueue.ts";

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The review queue: proposed events, most confident first, with keyboard shortcuts. */
export function ReviewPage({ search }: { search: string }) {
  const params = new URLSearchParams(search);
  const filters = useMemo(() => parseFilters(search), [search]);
  const queue = useQueue(filters, params.get("event"));
  const { actors, colors } = useMapData();
  const [currentId, setCurrentId] = useState<string | null>(params.get("event"));
  const [editing, setEditing] = useState(params.get("edit") === "1");
  const [rejecting, setRejecting] = useState(false);
  const [marked, setMarked] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  const index = Math.max(
    0,
    queue.events.findIndex((e) => e.id === currentId),
  );
  const current: SitrepEvent | undefined = queue.events[index];

  const select = (i: number): void => {
    const next = queue.events[Math.max(0, Math.min(queue.events.length - 1, i))];
    if (!next) return;
    setCurrentId(next.id);
    setEditing(false);
    setRejecting(false);
    setParams({ event: next.id, edit: null });
  };
  const changed = (event: SitrepEvent, removed: string[] = [], note?: string): void => {
    const wasAt = index;
    queue.update(event, removed);
    setVersion((v) => v + 1);
    setEditing(false);
    setMarked([]);
    setMessage(
      note ??
        `${event.status === "proposed" ? "Saved" : event.status[0]!.toUpperCase() + event.status.slice(1)}: ${summary(event)}`,
    );
    if (event.status !== "proposed") {
      const rest = queue.events.filter((e) => e.id !== event.id && !removed.includes(e.id));
      setCurrentId(rest[Math.min(wasAt, rest.length - 1)]?.id ?? null);
    }
  };
  const merge = async (): Promise<void> => {
    const duplicates = marked.filter((id) => id !== current?.id);
    if (!current || !duplicates.length) return;
    try {
      const survivor = await mergeEvents(current.id, duplicates);
      changed(survivor, duplicates, `Merged ${duplicates.length} duplicate(s) into ${summary(survivor)}`);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey || editing || !current) return;
      const actions: Record<string, () => void> = {
        j: () => select(index + 1),
        ArrowDown: () => select(index + 1),
        k: () => select(index - 1),
        ArrowUp: () => select(index - 1),
        c: () =>
          void confirmEvent(current.id)
            .then((ev) => changed(ev))
            .catch((err: Error) => setMessage(err.message)),
        r: () => setRejecting(true),
        e: () => setEditing(true),
        x: () =>
          setMarked((m) =>
            m.includes(current.id) ? m.filter((id) => id !== current.id) : [...m, current.id],
          ),
        m: () => void merge(),
      };
      const action = actions[e.key];
      if (action) {
        e.preventDefault();
        action();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="review">
      <section className="queue" aria-labelledby="queue-title">
        <h1 id="queue-title">Review queue</h1>
        <p className="muted small">
          {queue.loading ? "Loading…" : `${queue.events.length} proposed shown of ${queue.total}`} · most
          confident first. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>c</kbd> confirm, <kbd>e</kbd> edit,{" "}
          <kbd>r</kbd> reject, <kbd>x</kbd> mark duplicate, <kbd>m</kbd> merge marked into this one.
        </p>
        {queue.error && (
          <p className="error" role="alert">
            {queue.error}
          </p>
        )}
        <ol className="queue-list">
          {queue.events.map((e, i) => (
            <li key={e.id} className={marked.includes(e.id) ? "marked" : undefined}>
              <button type="button" aria-current={i === index ? "true" : undefined} onClick={() => select(i)}>
                <span className="conf">{percent(e.confidence)}</span>
                <span className="what">{summary(e)}</span>
                <span className="muted small">
                  {e.date?.start ?? "undated"} · {e.modality}
                  {marked.includes(e.id) ? " · marked duplicate" : ""}
                </span>
              </button>
            </li>
          ))}
        </ol>
        {!queue.loading && !queue.events.length && <p>Nothing left to review.</p>}
      </section>
      <section className="detail" aria-label="Event under review">
        {message && (
          <p className="notice" role="status">
            {message}
          </p>
        )}
        {current && (
          <>
            <h2>{summary(current)}</h2>
            {editing ? (
              <EditForm
                event={current}
                actors={actors}
                colors={colors}
                onSaved={(e) => changed(e)}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <ReviewActions
                  event={current}
                  onChanged={(e) => changed(e)}
                  onEdit={() => setEditing(true)}
                  rejecting={rejecting}
                  onRejecting={setRejecting}
                />
                {marked.filter((id) => id !== current.id).length > 0 && (
                  <button type="button" onClick={() => void merge()}>
                    Merge {marked.filter((id) => id !== current.id).length} marked duplicate(s) into this
                    event <kbd>m</kbd>
                  </button>
                )}
                <EventDetails event={current} />
              </>
            )}
            <ReviewReport event={current} />
            <h3>History</h3>
            <History eventId={current.id} version={version} />
          </>
        )}
      </section>
    </div>
  );
}

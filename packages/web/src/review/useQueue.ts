import { useCallback, useEffect, useState } from "react";
import { getEvent, listEvents } from "../api/endpoints.ts";
import type { SitrepEvent } from "../api/types.ts";
import { EMPTY_FILTERS, type Filters } from "../filters.ts";

/** The review queue: proposed events, most confident first, plus one asked for by id. */
export function useQueue(filters: Filters, focusId: string | null) {
  const [events, setEvents] = useState<SitrepEvent[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const wanted: Filters = { ...EMPTY_FILTERS, ...(JSON.parse(key) as Filters), status: ["proposed"] };
    listEvents(wanted, { sort: "-confidence", limit: 200 })
      .then(async ({ events: list, total: count }) => {
        const sorted = [...list]
          .filter((e) => e.status === "proposed")
          .sort((a, b) => b.confidence - a.confidence);
        if (focusId && !sorted.some((e) => e.id === focusId)) {
          const extra = await getEvent(focusId).catch(() => null);
          if (extra) sorted.unshift(extra);
        }
        if (!live) return;
        setEvents(sorted);
        setTotal(count);
        setError(null);
      })
      .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // focusId only matters on first load: reloading on every selection would reorder the queue.
  }, [key, version]);

  /** Replaces an event after an action; events that left `proposed` drop out of the queue. */
  const update = useCallback((changed: SitrepEvent, removed: string[] = []) => {
    setEvents((list) =>
      list.flatMap((e) =>
        removed.includes(e.id)
          ? []
          : e.id === changed.id
            ? changed.status === "proposed"
              ? [changed]
              : []
            : [e],
      ),
    );
  }, []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { events, total, loading, error, update, reload };
}

import type { EventFilter, EventRow, EventStatus, Principal, Store } from "@sitrep/store";
import { errors } from "../errors.js";

/** Anonymous readers see the published data set: confirmed events only. */
export function visibleFilter(principal: Principal | null, filter: EventFilter): EventFilter {
  if (principal) return filter;
  const asked = filter.status;
  const status: EventStatus[] = !asked?.length || asked.includes("confirmed") ? ["confirmed"] : [];
  return { ...filter, status };
}

/** Reading events. */
export class EventsService {
  constructor(private readonly store: Store) {}

  async list(
    principal: Principal | null,
    filter: EventFilter,
    page: { limit: number; before?: number | undefined },
  ): Promise<{ events: EventRow[]; next: number | null }> {
    const visible = visibleFilter(principal, filter);
    if (visible.status?.length === 0) return { events: [], next: null };
    const events = await this.store.events.list(visible, page);
    const last = events.at(-1);
    return { events, next: events.length === page.limit && last ? last.id : null };
  }

  async get(principal: Principal | null, id: number): Promise<EventRow> {
    const event = await this.store.events.get(id);
    if (!event || (!principal && event.status !== "confirmed")) throw errors.notFound(`Event ${id}`);
    return event;
  }
}

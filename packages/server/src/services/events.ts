import type {
  EventFilter,
  EventPage,
  EventPoint,
  EventRow,
  EventStatus,
  Principal,
  Store,
} from "@sitrep/store";
import { errors } from "../errors.js";
import { encodePointsBinary } from "../presenters/points.js";

/** Anonymous readers see the published data set: confirmed events only. */
export function visibleFilter(principal: Principal | null, filter: EventFilter): EventFilter {
  if (principal) return filter;
  const asked = filter.status;
  const status: EventStatus[] = !asked?.length || asked.includes("confirmed") ? ["confirmed"] : [];
  return { ...filter, status };
}

/** How many filters' map points are kept (the newest used). */
const POINT_CACHE_ENTRIES = 8;

/** Reading events. */
export class EventsService {
  private readonly points = new Map<string, MapPoints>();

  constructor(private readonly store: Store) {}

  /**
   * A page of events. Newest-first pages give the id to continue below as `next`; sorted pages give
   * the next `offset`. `total` counts every match when asked.
   */
  async list(
    principal: Principal | null,
    filter: EventFilter,
    page: EventPage,
    withTotal = false,
  ): Promise<{ events: EventRow[]; next: number | null; total?: number }> {
    const visible = visibleFilter(principal, filter);
    if (visible.status?.length === 0) return { events: [], next: null, ...(withTotal ? { total: 0 } : {}) };
    const [events, total] = await Promise.all([
      this.store.events.list(visible, page),
      withTotal ? this.store.events.count(visible) : Promise.resolve(undefined),
    ]);
    const last = events.at(-1);
    const full = events.length === page.limit && last !== undefined;
    const sorted = page.order !== undefined && page.order !== "-id";
    const next = !full ? null : sorted ? (page.offset ?? 0) + events.length : last.id;
    return { events, next, ...(total === undefined ? {} : { total }) };
  }

  /**
   * Every located event the principal may see, in the map's compact form (JSON text of an array), with
   * the events' version. The text is kept per filter until an event changes: the map asks for all of
   * them on every load, and building 100,000 rows takes the database seconds.
   */
  async pointsJson(principal: Principal | null, filter: EventFilter): Promise<MapPoints> {
    const visible = visibleFilter(principal, filter);
    const version = await this.store.events.version();
    if (visible.status?.length === 0) return new MapPoints("[]", version);
    const key = JSON.stringify(visible);
    const cached = this.points.get(key);
    if (cached?.version === version) return cached;
    const fresh = new MapPoints(await this.store.events.pointsJson(visible), version);
    this.points.delete(key);
    this.points.set(key, fresh);
    for (const old of this.points.keys()) {
      if (this.points.size <= POINT_CACHE_ENTRIES) break;
      this.points.delete(old);
    }
    return fresh;
  }

  async get(principal: Principal | null, id: number): Promise<EventRow> {
    const event = await this.store.events.get(id);
    if (!event || (!principal && event.status !== "confirmed")) throw errors.notFound(`Event ${id}`);
    return event;
  }
}

/** One filter's map points: the JSON text the database built, and its binary columns once asked for. */
export class MapPoints {
  private binary: Buffer | null = null;

  constructor(
    readonly json: string,
    readonly version: string,
  ) {}

  /** The points as typed columns (`presenters/points.ts`), encoded on first use and kept. */
  get columns(): Buffer {
    this.binary ??= encodePointsBinary(JSON.parse(this.json) as EventPoint[]);
    return this.binary;
  }
}

import type { AuditRow, EventRow, EventStatus, Principal, Repositories, Store } from "@sitrep/store";
import { errors } from "../errors.js";
import type { ExtractedEvent } from "../extractor.js";
import { presentEvent } from "../presenters/event.js";
import { eventColumns } from "./event-columns.js";

/** Fields an analyst may change when editing an event (the extract contract's). */
export type EventEdit = Partial<
  Pick<
    ExtractedEvent,
    | "type"
    | "mode"
    | "acled"
    | "cameo"
    | "actor1"
    | "actor2"
    | "location"
    | "date"
    | "modality"
    | "fatalities"
  >
>;

/**
 * Review: confirm, reject, edit and merge events. Every change is written with its audit entry (who,
 * what, the event before and after) in one transaction.
 */
export class ReviewService {
  constructor(
    private readonly store: Store,
    /** Told of every event a review action changed, once it is committed (territorial control listens). */
    private readonly changed: (events: EventRow[]) => Promise<void> = async () => {},
  ) {}

  confirm(id: number, by: Principal, reason?: string): Promise<EventRow> {
    return this.setStatus(id, "confirmed", by, reason);
  }

  reject(id: number, by: Principal, reason?: string): Promise<EventRow> {
    return this.setStatus(id, "rejected", by, reason);
  }

  /** The event's audit trail, oldest first. */
  async history(id: number): Promise<AuditRow[]> {
    if (!(await this.store.events.get(id))) throw errors.notFound(`Event ${id}`);
    return this.store.audit.listFor("event", id);
  }

  async edit(id: number, edit: EventEdit, by: Principal): Promise<EventRow> {
    return this.committed(async (repos) => {
      const before = await this.open(repos, id);
      const wire = presentEvent(before);
      const merged = {
        ...wire.extra,
        ...wire,
        evidence: wire.evidence,
        ...edit,
      } as unknown as ExtractedEvent;
      const columns: Partial<ReturnType<typeof eventColumns>> = eventColumns(merged);
      delete columns.extra;
      const after = await repos.events.update(id, columns);
      return this.recorded(repos, by, "edit", before, after);
    });
  }

  /** Marks `id` a duplicate of `intoId`, which stays. */
  async merge(id: number, intoId: number, by: Principal): Promise<EventRow> {
    if (id === intoId) throw errors.invalidRequest("An event cannot be merged into itself.");
    return this.committed(async (repos) => {
      const before = await this.open(repos, id);
      const target = await repos.events.get(intoId);
      if (!target) throw errors.notFound(`Event ${intoId}`);
      if (target.status === "merged")
        throw errors.conflict(`Event ${intoId} is itself merged into event ${target.merged_into}.`);
      const after = await repos.events.update(id, { status: "merged", merged_into: intoId });
      await repos.audit.record({
        userId: by.userId,
        userName: by.name,
        action: "absorb",
        entity: "event",
        entityId: intoId,
        reason: `event ${id} merged into this one`,
      });
      return this.recorded(repos, by, "merge", before, after);
    });
  }

  private async setStatus(
    id: number,
    status: EventStatus,
    by: Principal,
    reason: string | undefined,
  ): Promise<EventRow> {
    return this.committed(async (repos) => {
      const before = await this.open(repos, id);
      if (before.status === status) return before;
      const after = await repos.events.update(id, { status });
      const action = status === "confirmed" ? "confirm" : "reject";
      return this.recorded(repos, by, action, before, after, reason);
    });
  }

  /** Runs a review action in one transaction, then tells the listener what it changed. */
  private async committed(work: (repos: Repositories) => Promise<EventRow>): Promise<EventRow> {
    const row = await this.store.transaction(work);
    await this.changed([row]);
    return row;
  }

  /** The event, which must exist and not be merged away. */
  private async open(repos: Repositories, id: number): Promise<EventRow> {
    const event = await repos.events.get(id);
    if (!event) throw errors.notFound(`Event ${id}`);
    if (event.status === "merged")
      throw errors.conflict(`Event ${id} was merged into event ${event.merged_into}; review that one.`);
    return event;
  }

  private async recorded(
    repos: Repositories,
    by: Principal,
    action: string,
    before: EventRow,
    after: EventRow | undefined,
    reason?: string,
  ): Promise<EventRow> {
    if (!after) throw errors.notFound(`Event ${before.id}`);
    await repos.audit.record({
      userId: by.userId,
      userName: by.name,
      action,
      entity: "event",
      entityId: before.id,
      before: presentEvent(before),
      after: presentEvent(after),
      reason: reason || null,
    });
    return after;
  }
}

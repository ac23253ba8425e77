import {
  ControlMap,
  settlementOf,
  type ControlState,
  type OutlineOf,
  type Settlement,
  type SettlementChange,
} from "@sitrep/control";
import type { ControlEditRow, ControlEventRow, Principal, Store } from "@sitrep/store";
import { actorColours } from "../control/colours.js";
import { RegistryHolders } from "../control/holders.js";
import { controlEditFromRow, controlEventFromRow } from "../control/rows.js";
import { errors } from "../errors.js";

/** Which events count: the published data set (confirmed), or everything not rejected (analysts). */
export type ControlView = "confirmed" | "any";

const COUNTED: Record<ControlView, readonly string[]> = {
  confirmed: ["confirmed"],
  any: ["confirmed", "proposed"],
};

/** What an analyst sends to set control by hand. */
export interface ControlEditInput {
  /** A settlement already on the control map, by key… */
  settlement?: string | undefined;
  /** …or any place. */
  place?:
    | {
        name: string;
        geonameid?: number | null | undefined;
        lat: number;
        lon: number;
        country?: string | null | undefined;
      }
    | undefined;
  date: string;
  actor: { id: string; name?: string | undefined } | null;
  note?: string | null | undefined;
}

interface ViewState {
  map: ControlMap;
  /** The database time of the last catch-up; changes at or after it (less a margin) are read again. */
  watermark: Date;
  lastEditId: number;
  lastRefresh: number;
  areas: Map<string, { version: number; geojson: unknown }>;
}

/** Changes committed by other processes are read again this far back, for late commits and clock skew. */
const CATCH_UP_MARGIN_MS = 30_000;
const REFRESH_EVERY_MS = 2_000;
const AREA_CACHE_DATES = 16;
const CATCH_UP_LIMIT = 20_000;

/**
 * Territorial control: one `ControlMap` per view, loaded on first use and kept current change by change.
 * Review actions and coding in this process push their events here at once (`eventsChanged`); what other
 * processes change is caught up by `updated_at` before each read, at most every two seconds.
 */
export class ControlService {
  private readonly views = new Map<ControlView, Promise<ViewState>>();
  private outlines: OutlineOf | null = null;
  /** Palette colours given to holders without one, for the life of this process. */
  private readonly colours = new Map<string, string>();
  /** Who holds for whom: the actor registry's sides and parents. */
  private readonly holders: RegistryHolders;

  constructor(
    private readonly store: Store,
    private readonly outlinesOf: () => OutlineOf,
  ) {
    this.holders = new RegistryHolders(store);
  }

  /** The view a caller may see: anonymous readers and the default get the published data set. */
  viewFor(principal: Principal | null, asked: ControlView | undefined): ControlView {
    return principal && asked === "any" ? "any" : "confirmed";
  }

  /** Who holds each settlement on `date`. */
  async on(view: ControlView, date: string): Promise<ControlState[]> {
    const state = await this.current(view);
    return state.map.model.on(date);
  }

  /** The areas GeoJSON for `date`: one area per holder in its colour, then the settlements. */
  async areas(view: ControlView, date: string): Promise<unknown> {
    const state = await this.current(view);
    const cached = state.areas.get(date);
    if (cached?.version === state.map.version) return cached.geojson;
    const colourOf = actorColours(await this.store.actors.list(), this.colours);
    const geojson = state.map.areas(date, colourOf);
    if (state.areas.size >= AREA_CACHE_DATES) state.areas.delete(state.areas.keys().next().value as string);
    state.areas.set(date, { version: state.map.version, geojson });
    return geojson;
  }

  /** Changes of control, newest first. */
  async changes(
    view: ControlView,
    range: { from?: string | undefined; to?: string | undefined; limit: number },
  ): Promise<SettlementChange[]> {
    const state = await this.current(view);
    return state.map.model.changes(range);
  }

  /** The timeline of one settlement. */
  async timeline(view: ControlView, key: string) {
    const state = await this.current(view);
    const timeline = state.map.model.timeline(key);
    if (!timeline) throw errors.notFound(`Settlement ${key}`);
    return timeline;
  }

  /** Records an analyst's hand edit (audited) and applies it to every loaded view. */
  async addEdit(input: ControlEditInput, by: Principal): Promise<ControlEditRow> {
    const place = await this.placeOf(input);
    const actor = input.actor ? await this.actorOf(input.actor) : null;
    const row = await this.store.transaction(async (repos) => {
      const inserted = await repos.control.insertEdit({
        settlement_key: place.key,
        name: place.name,
        geonameid: place.geonameid,
        lat: place.lat,
        lon: place.lon,
        country: place.country,
        date: input.date,
        actor_id: actor?.id ?? null,
        actor_name: actor?.name ?? null,
        note: input.note ?? null,
        created_by: by.userId,
        created_by_name: by.name,
      });
      await repos.audit.record({
        userId: by.userId,
        userName: by.name,
        action: "set-control",
        entity: "control_edit",
        entityId: inserted.id,
        after: { settlement: place.key, name: place.name, date: input.date, actor, note: input.note ?? null },
      });
      return inserted;
    });
    for (const pending of this.views.values()) {
      const state = await pending;
      state.map.setEdit(controlEditFromRow(row));
      state.lastEditId = Math.max(state.lastEditId, row.id);
    }
    return row;
  }

  /** Hand edits, newest first (of one settlement if given); removed ones only when asked. */
  listEdits(query: { settlement?: string | undefined; removed: boolean; limit: number }) {
    return this.store.control.listEdits(query);
  }

  /**
   * Removes an analyst's hand edit (audited): it stops counting at once in every loaded view; the row stays
   * as the record of who set it and who removed it.
   */
  async removeEdit(id: number, by: Principal): Promise<ControlEditRow> {
    const row = await this.store.transaction(async (repos) => {
      const before = await repos.control.getEdit(id);
      if (!before) throw errors.notFound(`Control edit ${id}`);
      const removed = await repos.control.removeEdit(id, { userId: by.userId, name: by.name });
      if (!removed)
        throw errors.conflict(
          `Control edit ${id} was removed already (by ${before.removed_by_name ?? "someone"}).`,
        );
      await repos.audit.record({
        userId: by.userId,
        userName: by.name,
        action: "remove-control-edit",
        entity: "control_edit",
        entityId: id,
        before: {
          settlement: before.settlement_key,
          name: before.name,
          date: before.date,
          actor: before.actor_id,
        },
      });
      return removed;
    });
    for (const pending of this.views.values()) (await pending).map.removeEdit(id);
    return row;
  }

  /** Events this process just changed (reviewed, edited, coded): applied to every loaded view at once. */
  async eventsChanged(rows: readonly ControlEventRow[]): Promise<void> {
    for (const [view, pending] of this.views) {
      try {
        const state = await pending;
        for (const row of rows) this.apply(view, state, row);
      } catch {
        // The change is committed whatever happens here: a view that failed is loaded afresh next time.
        if (this.views.get(view) === pending) this.views.delete(view);
      }
    }
  }

  /**
   * Reports this process just coded: their events are read (one query) and applied to every loaded
   * view. With no view loaded there is nothing to keep current (a view loads every event when first
   * asked for), so coding costs control nothing until someone looks at it.
   */
  async reportsCoded(reportIds: readonly number[]): Promise<void> {
    if (this.views.size === 0 || reportIds.length === 0) return;
    await this.eventsChanged(await this.store.control.eventsOfReports(reportIds));
  }

  private apply(view: ControlView, state: ViewState, row: ControlEventRow): void {
    if (COUNTED[view].includes(row.status)) state.map.setEvent(controlEventFromRow(row));
    else state.map.removeEvent(row.id);
  }

  private async current(view: ControlView): Promise<ViewState> {
    let pending = this.views.get(view);
    if (!pending) {
      pending = this.load(view);
      this.views.set(view, pending);
      pending.catch(() => this.views.delete(view));
    }
    const state = await pending;
    if (Date.now() - state.lastRefresh >= REFRESH_EVERY_MS) await this.catchUp(view, state);
    return (await this.views.get(view)) ?? state;
  }

  private async load(view: ControlView): Promise<ViewState> {
    this.outlines ??= this.outlinesOf();
    const watermark = await this.store.control.now();
    const map = new ControlMap(this.outlines, { holderOf: await this.holders.holderOf() });
    const events = [];
    for await (const batch of this.store.control.eventBatches(COUNTED[view]))
      events.push(...batch.map(controlEventFromRow));
    const edits = await this.store.control.editsAfter(0);
    map.load(events, edits.filter((edit) => edit.removed_at === null).map(controlEditFromRow));
    return { map, watermark, lastEditId: edits.at(-1)?.id ?? 0, lastRefresh: Date.now(), areas: new Map() };
  }

  /** The actor registry changed in this process: every view counts holders afresh before its next read. */
  actorsChanged(): void {
    void Promise.all(
      [...this.views.values()].map(async (pending) => {
        const state = await pending.catch(() => null);
        if (state) state.lastRefresh = 0;
      }),
    );
  }

  private async catchUp(view: ControlView, state: ViewState): Promise<void> {
    state.lastRefresh = Date.now();
    const holderOf = await this.holders.holderOf();
    if (state.map.model.options.holderOf !== holderOf) {
      state.map.setHolders(holderOf);
      state.areas.clear();
    }
    const now = await this.store.control.now();
    const since = new Date(state.watermark.getTime() - CATCH_UP_MARGIN_MS);
    const rows = await this.store.control.eventsChangedSince(since, CATCH_UP_LIMIT);
    if (rows.length >= CATCH_UP_LIMIT) {
      // Far behind (a bulk import elsewhere): loading afresh is quicker than replaying.
      this.views.set(view, Promise.resolve(await this.load(view)));
      return;
    }
    for (const row of rows) this.apply(view, state, row);
    for (const edit of await this.store.control.editsAfter(state.lastEditId)) {
      if (edit.removed_at === null) state.map.setEdit(controlEditFromRow(edit));
      state.lastEditId = edit.id;
    }
    for (const id of await this.store.control.editsRemovedSince(since)) state.map.removeEdit(id);
    state.watermark = now;
  }

  private async placeOf(input: ControlEditInput): Promise<Settlement> {
    if (input.settlement !== undefined) {
      for (const view of ["any", "confirmed"] as const) {
        const known = (await this.current(view)).map.model.settlement(input.settlement);
        if (known) return known;
      }
      throw errors.notFound(`Settlement ${input.settlement}`);
    }
    if (!input.place)
      throw errors.invalidRequest("Name the settlement: send `settlement` (a key) or `place`.");
    const { name, geonameid, lat, lon, country } = input.place;
    return settlementOf({
      name,
      geonameid: geonameid ?? null,
      lat,
      lon,
      country: country?.toUpperCase() ?? null,
    });
  }

  private async actorOf(actor: {
    id: string;
    name?: string | undefined;
  }): Promise<{ id: string; name: string }> {
    if (actor.name) return { id: actor.id, name: actor.name };
    const known = await this.store.actors.get(actor.id);
    if (!known)
      throw errors.invalidRequest(`Unknown actor ${actor.id}: send its name too, or add it to the registry.`);
    return { id: known.id, name: known.name };
  }
}

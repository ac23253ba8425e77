import { sql, type Kysely } from "kysely";
import type { ActorRow, Database, PlaceRow } from "../schema.js";
import { escapeLike } from "./reports.js";

/** An actor as the registry keeps it. */
export interface ActorInput {
  id: string;
  name: string;
  aliases?: string[] | undefined;
  kind?: string | null | undefined;
  parent?: string | null | undefined;
  side?: string | null | undefined;
  colour?: string | null | undefined;
}

/** What changed of an actor (the id stays). */
export type ActorChanges = Partial<Omit<ActorInput, "id">>;

/** A version stamp of a registry table: it changes whenever a row is added or edited. */
export interface TableVersion {
  count: number;
  /** The latest `updated_at`, as ISO text, or null for an empty table. */
  latest: string | null;
}

/** The actor registry (aliases, kind, parent, side, colour). */
export class ActorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(actor: ActorInput): Promise<ActorRow> {
    const values = actorValues(actor);
    return this.db
      .insertInto("actors")
      .values(values)
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Adds an actor; undefined when the id is taken. */
  async insert(actor: ActorInput): Promise<ActorRow | undefined> {
    return this.db
      .insertInto("actors")
      .values(actorValues(actor))
      .onConflict((oc) => oc.column("id").doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Adds the actors whose ids are not there yet (never overwrites an edit); how many were added. */
  async seed(actors: ActorInput[]): Promise<number> {
    let added = 0;
    // Parents before their children, so that no batch refers to an actor a later batch brings.
    const ordered = parentsFirst(actors);
    for (let start = 0; start < ordered.length; start += 500) {
      const rows = await this.db
        .insertInto("actors")
        .values(ordered.slice(start, start + 500).map(actorValues))
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .execute();
      added += rows.length;
    }
    return added;
  }

  async update(id: string, changes: ActorChanges): Promise<ActorRow | undefined> {
    const set: Partial<ReturnType<typeof actorValues>> = { updated_at: now() };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.aliases !== undefined) set.aliases = JSON.stringify(changes.aliases);
    if (changes.kind !== undefined) set.kind = changes.kind;
    if (changes.parent !== undefined) set.parent = changes.parent;
    if (changes.side !== undefined) set.side = changes.side;
    if (changes.colour !== undefined) set.colour = changes.colour;
    return this.db.updateTable("actors").set(set).where("id", "=", id).returningAll().executeTakeFirst();
  }

  async get(id: string): Promise<ActorRow | undefined> {
    return this.db.selectFrom("actors").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async list(): Promise<ActorRow[]> {
    return this.db.selectFrom("actors").selectAll().orderBy("name").orderBy("id").execute();
  }

  async version(): Promise<TableVersion> {
    return tableVersion(this.db, "actors");
  }
}

/** The actors ordered by how many parents stand above each (a cycle or a missing parent counts as none). */
function parentsFirst(actors: readonly ActorInput[]): ActorInput[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const depth = (a: ActorInput): number => {
    let d = 0;
    const seen = new Set<string>([a.id]);
    for (
      let p = a.parent ? byId.get(a.parent) : undefined;
      p && !seen.has(p.id);
      p = p.parent ? byId.get(p.parent) : undefined
    ) {
      seen.add(p.id);
      d++;
    }
    return d;
  };
  return actors
    .map((a, i) => ({ a, i, d: depth(a) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.a);
}

/** The wall clock with microseconds, so two edits in one millisecond still change the version. */
function now() {
  return sql<Date>`clock_timestamp()`;
}

function actorValues(actor: ActorInput) {
  return {
    id: actor.id,
    name: actor.name,
    aliases: JSON.stringify(actor.aliases ?? []),
    kind: actor.kind ?? null,
    parent: actor.parent ?? null,
    side: actor.side ?? null,
    colour: actor.colour ?? null,
    updated_at: now(),
  };
}

/** A place an analyst adds. */
export interface PlaceInput {
  geonameid?: number | null | undefined;
  name: string;
  alternateNames?: string[] | undefined;
  kind?: string | null | undefined;
  lat: number;
  lon: number;
  country?: string | null | undefined;
  admin1?: string | null | undefined;
  createdBy?: number | null | undefined;
}

/** What changed of an analyst place. */
export type PlaceChanges = Partial<Omit<PlaceInput, "createdBy">>;

/** Analyst-added places, which extend the gazetteer. */
export class PlacesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(place: PlaceInput): Promise<PlaceRow> {
    return this.db
      .insertInto("places")
      .values({
        geonameid: place.geonameid ?? null,
        name: place.name,
        alternate_names: JSON.stringify(place.alternateNames ?? []),
        kind: place.kind ?? null,
        lat: place.lat,
        lon: place.lon,
        country: place.country ?? null,
        admin1: place.admin1 ?? null,
        created_by: place.createdBy ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async update(id: number, changes: PlaceChanges): Promise<PlaceRow | undefined> {
    const set: Record<string, unknown> = { updated_at: now() };
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.alternateNames !== undefined) set.alternate_names = JSON.stringify(changes.alternateNames);
    if (changes.kind !== undefined) set.kind = changes.kind;
    if (changes.geonameid !== undefined) set.geonameid = changes.geonameid;
    if (changes.lat !== undefined) set.lat = changes.lat;
    if (changes.lon !== undefined) set.lon = changes.lon;
    if (changes.country !== undefined) set.country = changes.country;
    if (changes.admin1 !== undefined) set.admin1 = changes.admin1;
    return this.db.updateTable("places").set(set).where("id", "=", id).returningAll().executeTakeFirst();
  }

  async get(id: number): Promise<PlaceRow | undefined> {
    return this.db.selectFrom("places").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async list(): Promise<PlaceRow[]> {
    return this.db.selectFrom("places").selectAll().orderBy("id").execute();
  }

  /** Places whose name starts with the text (case-insensitive), shortest names first. */
  async search(text: string, limit: number): Promise<PlaceRow[]> {
    return this.db
      .selectFrom("places")
      .selectAll()
      .where(sql<string>`lower(name)`, "like", `${escapeLike(text.toLowerCase())}%`)
      .orderBy(sql`length(name)`)
      .orderBy("id")
      .limit(limit)
      .execute();
  }

  async version(): Promise<TableVersion> {
    return tableVersion(this.db, "places");
  }

  /**
   * Adds places from a gazetteer dump, or updates the ones already here with the same geonameid (an
   * analyst's place keeps its id and author). Run a batch at a time, in a transaction.
   */
  async importByGeonameid(
    places: (PlaceInput & { geonameid: number })[],
  ): Promise<{ added: number; updated: number }> {
    if (!places.length) return { added: 0, updated: 0 };
    const existing = await this.db
      .selectFrom("places")
      .select(["id", "geonameid"])
      .where(
        "geonameid",
        "in",
        places.map((p) => p.geonameid),
      )
      .execute();
    const idOf = new Map(existing.map((row) => [row.geonameid, row.id]));
    const fresh = new Map<number, PlaceInput & { geonameid: number }>();
    let updated = 0;
    for (const place of places) {
      const id = idOf.get(place.geonameid);
      if (id === undefined) {
        fresh.set(place.geonameid, place);
        continue;
      }
      await this.update(Number(id), place);
      updated++;
    }
    if (fresh.size)
      await this.db
        .insertInto("places")
        .values(
          [...fresh.values()].map((place) => ({
            geonameid: place.geonameid,
            name: place.name,
            alternate_names: JSON.stringify(place.alternateNames ?? []),
            kind: place.kind ?? null,
            lat: place.lat,
            lon: place.lon,
            country: place.country ?? null,
            admin1: place.admin1 ?? null,
            created_by: place.createdBy ?? null,
          })),
        )
        .execute();
    return { added: fresh.size, updated };
  }
}

async function tableVersion(db: Kysely<Database>, table: "actors" | "places"): Promise<TableVersion> {
  const row = await db
    .selectFrom(table)
    .select((eb) => [
      eb.fn.countAll<number>().as("count"),
      sql<string | null>`max(updated_at)::text`.as("latest"),
    ])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), latest: row.latest };
}

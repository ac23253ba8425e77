import type { Kysely } from "kysely";
import type { ActorRow, Database, PlaceRow } from "../schema.js";

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

/** The actor registry (aliases, kind, parent, side, colour). */
export class ActorsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(actor: ActorInput): Promise<ActorRow> {
    const values = {
      id: actor.id,
      name: actor.name,
      aliases: JSON.stringify(actor.aliases ?? []),
      kind: actor.kind ?? null,
      parent: actor.parent ?? null,
      side: actor.side ?? null,
      colour: actor.colour ?? null,
      updated_at: new Date(),
    };
    return this.db
      .insertInto("actors")
      .values(values)
      .onConflict((oc) => oc.column("id").doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async get(id: string): Promise<ActorRow | undefined> {
    return this.db.selectFrom("actors").selectAll().where("id", "=", id).executeTakeFirst();
  }

  async list(): Promise<ActorRow[]> {
    return this.db.selectFrom("actors").selectAll().orderBy("name").execute();
  }
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

  async list(): Promise<PlaceRow[]> {
    return this.db.selectFrom("places").selectAll().orderBy("id").execute();
  }
}

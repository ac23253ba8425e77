import type { ActorRow, PlaceRow } from "@sitrep/store";
import { z } from "zod";
import type { GazetteerHit } from "../extractor.js";

/** What an actor is (the coder's actor kinds: they decide descriptors and ACLED's inter codes). */
export const ACTOR_KINDS = [
  "military",
  "police",
  "government",
  "rebel",
  "militia",
  "international",
  "ngo",
  "civilians",
  "protesters",
  "unidentified",
] as const;

/** An actor of the registry as the API shows it. */
export const actorSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.string().nullable(),
  parent: z.string().nullable(),
  side: z.string().nullable(),
  colour: z.string().nullable(),
  updated_at: z.string(),
});

export function presentActor(row: ActorRow): z.infer<typeof actorSchema> {
  return {
    id: row.id,
    name: row.name,
    aliases: Array.isArray(row.aliases) ? row.aliases : [],
    kind: row.kind,
    parent: row.parent,
    side: row.side,
    colour: row.colour,
    updated_at: new Date(row.updated_at).toISOString(),
  };
}

/**
 * A place: an analyst's (`source: "analyst"`, with its id) or a gazetteer entry (`source: "gazetteer"`,
 * id null). The creator's account stays inside.
 */
export const placeSchema = z.object({
  id: z.number().int().nullable(),
  source: z.enum(["analyst", "gazetteer"]),
  geonameid: z.number().int().nullable(),
  name: z.string(),
  alternate_names: z.array(z.string()),
  feature: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  population: z.number().int().nullable(),
});

export type PlaceWire = z.infer<typeof placeSchema>;

export function presentPlace(row: PlaceRow): PlaceWire {
  return {
    id: row.id,
    source: "analyst",
    geonameid: row.geonameid,
    name: row.name,
    alternate_names: Array.isArray(row.alternate_names) ? row.alternate_names : [],
    feature: row.kind,
    lat: row.lat,
    lon: row.lon,
    country: row.country,
    admin1: row.admin1,
    population: null,
  };
}

export function presentGazetteerHit(hit: GazetteerHit): PlaceWire {
  return {
    id: null,
    source: "gazetteer",
    geonameid: hit.geonameid,
    name: hit.name,
    alternate_names: [],
    feature: hit.feature || null,
    lat: hit.lat,
    lon: hit.lon,
    country: hit.country || null,
    admin1: hit.admin1 || null,
    population: hit.population,
  };
}

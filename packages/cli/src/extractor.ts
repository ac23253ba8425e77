import {
  compileModel,
  extract,
  type ActorData,
  type ActorKind,
  type Model,
  type ModelData,
} from "@sitrep/coder";
import {
  buildIndex,
  Gazetteer,
  GazetteerIndex,
  looseKey,
  normalizeName,
  parseGeonamesLine,
  skeletonKey,
  type PlaceRecord,
} from "@sitrep/gazetteer";
import type {
  CoderRegistry,
  Extractor,
  GazetteerHit,
  GeonamesLineParser,
  PlaceLookup,
  RegistryActor,
  RegistryPlace,
} from "@sitrep/server";
import type { ActorInput } from "@sitrep/store";
import { loadGazetteerIndexes } from "./gazetteer-file.js";
import { readModelData } from "./load-model.js";

/** The coder as the server gets it: the extractor, a gazetteer search, and the actors it ships with. */
export interface LoadedCoder {
  extractor: Extractor;
  /**
   * False when the model cannot be loaded; reports are then stored but not coded (the coder throws, so
   * coding jobs are retried and kept with the error rather than marking reports coded with no events).
   */
  available: boolean;
  problem?: string;
  places?: PlaceLookup;
  /** Reads GeoNames dump lines for the registry's import (admin-1 codes named from the gazetteer). */
  geonames?: GeonamesLineParser;
  /** The model's actors, to seed the registry with (edits already there are kept). */
  seedActors?: ActorInput[];
}

const ACTOR_KINDS = new Set<string>([
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
]);

/**
 * The coder as the server's injected `Extractor`: `extract` from `@sitrep/coder` over the model files
 * and the data folder's gazetteer, with the registries the server passes along (analysts' actors and
 * places) compiled in. A compiled model is kept until the registries' version changes, so an edit
 * reaches the next report coded and costs one compilation.
 */
export function loadExtractor(dataDir: string): LoadedCoder {
  try {
    const data = readModelData();
    const indexes = loadGazetteerIndexes(dataDir);
    const base = compileModel(data, Gazetteer.fromIndexes(...indexes));
    const seedActors = registrySeeds(data, base);
    const seeds = new Map(seedActors.map((actor) => [actor.id, actor]));
    let cached: { version: string; model: Model } | null = null;
    const modelFor = (registry: CoderRegistry | undefined): Model => {
      if (!registry) return base;
      if (cached?.version !== registry.version)
        cached = { version: registry.version, model: registryModel(data, base, indexes, registry, seeds) };
      return cached.model;
    };
    return {
      extractor: (text, context) => {
        const { registry, ...rest } = context;
        return extract(text, modelFor(registry), rest);
      },
      available: true,
      places: gazetteerSearch(base.gazetteer),
      geonames: geonamesParser(base.gazetteer),
      seedActors,
    };
  } catch (error) {
    const problem = (error as Error).message;
    const unavailable: Extractor = () => {
      throw new Error(`the coder could not be loaded: ${problem}`);
    };
    return { extractor: unavailable, available: false, problem };
  }
}

/**
 * A state's military and police belong to its government (`sy-mil` and `sy-pol` to `sy-gov`): one side
 * that holds territory (see `holderResolver` in `@sitrep/control`). Null for every other actor.
 */
export function stateParent(actor: ActorData, actorsById: ReadonlyMap<string, ActorData>): string | null {
  const cc = actor.country?.toLowerCase();
  // Only the state actors themselves: Peshmerga, the LNA or Puntland's forces are not the state's.
  if (!cc || (actor.id !== `${cc}-mil` && actor.id !== `${cc}-pol`)) return null;
  return actorsById.has(`${cc}-gov`) ? `${cc}-gov` : null;
}

/**
 * The registry's actors as the model ships them: the dictionary's actors, then each country's state
 * actors (military, government, police), each state's military and police under its government.
 */
export function registrySeeds(data: ModelData, base: Model): RegistryActor[] {
  const shippedIds = new Set(data.actors.map((actor) => actor.id));
  return [...data.actors, ...[...base.actorsById.values()].filter((a) => !shippedIds.has(a.id))].map(
    (actor) => ({
      id: actor.id,
      name: actor.name,
      aliases: [...actor.aliases],
      kind: actor.kind,
      parent: actor.parent ?? stateParent(actor, base.actorsById),
    }),
  );
}

/**
 * The model with the registry's edits over the shipped actors and its places as a gazetteer overlay; the
 * shipped model itself while nothing is edited, so the server codes a report as `sitrep extract` does.
 * An actor left as it was seeded (`seeds`) is the shipped one; an edited one keeps what the registry
 * does not hold (its allies, branches, the armed forces it styles itself).
 */
export function registryModel(
  data: ModelData,
  base: Model,
  indexes: GazetteerIndex[],
  registry: CoderRegistry,
  seeds: ReadonlyMap<string, RegistryActor>,
): Model {
  const actors = new Map<string, ActorData>(data.actors.map((actor) => [actor.id, actor]));
  let edited = false;
  for (const actor of registry.actors) {
    const seed = seeds.get(actor.id);
    if (seed && sameActor(seed, actor)) continue;
    edited = true;
    // The shipped actor, or the state actor the model derives from a country: its country stays.
    const before = actors.get(actor.id) ?? base.actorsById.get(actor.id);
    actors.set(actor.id, {
      ...before,
      id: actor.id,
      name: actor.name,
      aliases: actor.aliases,
      kind: actor.kind && ACTOR_KINDS.has(actor.kind) ? (actor.kind as ActorKind) : (before?.kind ?? "rebel"),
      country: before?.country ?? null,
      // A parent as seeded is the shipped one (a state's forces under its government are seeded so).
      parent: seed && actor.parent === seed.parent ? (before?.parent ?? null) : actor.parent,
    });
  }
  if (!edited && !registry.places.length) return base;
  const overlay = registry.places.length
    ? [
        GazetteerIndex.fromBytes(
          buildIndex(
            registry.places.map(placeRecord),
            { words: new Map(), firstNames: [] },
            { source: "analysts" },
          ),
        ),
      ]
    : [];
  return compileModel(
    { ...data, actors: [...actors.values()] },
    Gazetteer.fromIndexes(...indexes, ...overlay),
  );
}

function sameActor(a: RegistryActor, b: RegistryActor): boolean {
  return (
    a.name === b.name &&
    a.kind === b.kind &&
    a.parent === b.parent &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}

function placeRecord(place: RegistryPlace): PlaceRecord {
  return {
    geonameid: place.geonameid,
    name: place.name,
    altNames: place.alternateNames,
    lat: place.lat,
    lon: place.lon,
    country: place.country ?? "",
    admin1: place.admin1 ?? "",
    feature: place.kind ?? "P.PPL",
    population: 0,
  };
}

/** A GeoNames dump line as a registry place, its admin-1 code named as `sitrep gazetteer import` does. */
export function geonamesParser(gazetteer: Gazetteer): GeonamesLineParser {
  return (line) => {
    const parsed = parseGeonamesLine(line);
    if (!parsed.ok) return parsed;
    const record = parsed.record;
    return {
      ok: true,
      place: {
        geonameid: record.geonameid!,
        name: record.name,
        alternateNames: [...record.altNames],
        kind: record.feature,
        lat: record.lat,
        lon: record.lon,
        country: record.country || null,
        admin1: gazetteer.admin1Name(record.country, parsed.admin1Code) || null,
      },
    };
  };
}

/** Finds gazetteer entries by whole name: exact, then folded variants, then transliterations. */
export function gazetteerSearch(gazetteer: Gazetteer): PlaceLookup {
  return (name, limit) => {
    const key = normalizeName(name);
    if (!key) return [];
    const loose = looseKey(key);
    const seen = new Set<number>();
    const hits: GazetteerHit[] = [];
    const tables = [
      ["exact", key],
      ["loose", loose],
      ["skeleton", skeletonKey(loose)],
    ] as const;
    for (const [table, value] of tables) {
      // Consonant skeletons are for transliterations: only when the name itself found nothing.
      if (table === "skeleton" && hits.length) break;
      const found = gazetteer
        .lookup(table, value)
        .filter((index) => !seen.has(index))
        .map((index) => ({ index, place: gazetteer.place(index) }))
        .sort((a, b) => (b.place?.population ?? 0) - (a.place?.population ?? 0));
      for (const { index, place } of found) {
        seen.add(index);
        if (place) hits.push({ ...place });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  };
}

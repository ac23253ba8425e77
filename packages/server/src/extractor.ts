/** The coder as the server sees it (the `sitrep extract` contract in PRODUCT.md). */

/** An actor as the coder names it. */
export interface ExtractedActor {
  id: string | null;
  name: string;
  text: string;
}

/** One coded event, as `extract` returns it. Fields beyond these are kept as they are (in `extra`). */
export interface ExtractedEvent {
  type: string;
  mode: string | null;
  acled: { event_type: string; sub_event_type: string } | null;
  cameo: string | null;
  actor1: ExtractedActor | null;
  actor2: ExtractedActor | null;
  location: {
    name: string;
    text: string;
    geonameid: number | null;
    lat: number;
    lon: number;
    country: string | null;
    admin1: string | null;
    precision: number;
  } | null;
  date: { start: string; end: string; precision: number } | null;
  modality: string;
  fatalities: number | null;
  evidence: { sentence: number; start: number; end: number; text: string };
  confidence: number;
  rule: string;
}

/** What the coder gets to know about a report beside its text. */
export interface ExtractContext {
  published?: string | null | undefined;
  url?: string | null | undefined;
  title?: string | null | undefined;
  /** The registries as they are now (analysts' actor and place edits); the coder uses them at once. */
  registry?: CoderRegistry | undefined;
  /**
   * The report's id, when the store takes events as COPY text (a PostgreSQL server): a coder that
   * encodes its events (a thread of its own) writes them as the lines `copyLines` makes for this id.
   */
  copyFor?: number | undefined;
}

/** An actor of the registry, as the coder reads it. */
export interface RegistryActor {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  parent: string | null;
}

/** An analyst-added place, as the coder reads it (it extends the gazetteer). */
export interface RegistryPlace {
  id: number;
  geonameid: number | null;
  name: string;
  alternateNames: string[];
  /** GeoNames feature class and code ("P.PPL"), or null. */
  kind: string | null;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
}

/**
 * The registries at one moment. `version` changes with every edit, so a coder can keep what it compiled
 * from them until the next edit.
 */
export interface CoderRegistry {
  version: string;
  actors: RegistryActor[];
  places: RegistryPlace[];
}

/** A gazetteer entry found by name. */
export interface GazetteerHit {
  geonameid: number | null;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  feature: string;
  population: number;
}

/**
 * Gazetteer search by name (transliterations included), injected beside the coder: the server never
 * reads the index itself.
 */
export type PlaceLookup = (name: string, limit: number) => GazetteerHit[];

/** A place read from one line of a GeoNames dump (admin-1 named, not coded). */
export interface GeonamesPlace {
  geonameid: number;
  name: string;
  alternateNames: string[];
  /** GeoNames feature class and code ("P.PPL"). */
  kind: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
}

/**
 * Reads one line of a GeoNames dump (`XX.txt`, `cities500.txt`, `allCountries.txt`), or says why it is
 * not a place. Injected with the coder, which owns the gazetteer's format: the server never loads it.
 */
export type GeonamesLineParser = (
  line: string,
) => { ok: true; place: GeonamesPlace } | { ok: false; reason: string };

/**
 * What the coder made of a report: its events, or (a coder in a thread of its own) their rows already
 * encoded as the store writes them, and how many there are: JSON rows (`encodeEvents`, the text or its
 * UTF-8 bytes), or, when the context asked for them (`copyFor`), COPY lines (`copyLines`, UTF-8 bytes).
 */
export type Extracted =
  | { events: ExtractedEvent[] }
  | { rows: string | Uint8Array; count: number }
  | { copy: Uint8Array; count: number };

/**
 * The coder, injected: the CLI builds it from `extract` and the loaded model, tests pass a fake. The
 * server never reads model files itself. `queues`: it codes elsewhere (a thread of its own), one report
 * after another in the order it was given them, so a batch hands it all its reports at once and the
 * coder never waits for this thread to send the next.
 */
export type Extractor = ((text: string, context: ExtractContext) => Promise<Extracted> | Extracted) & {
  readonly queues?: boolean;
};

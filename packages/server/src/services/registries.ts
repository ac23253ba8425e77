import type {
  ActorChanges,
  ActorInput,
  ActorRow,
  PlaceChanges,
  PlaceInput,
  PlaceRow,
  Principal,
  Store,
} from "@sitrep/store";
import { errors } from "../errors.js";
import type { CoderRegistry, GeonamesLineParser, GeonamesPlace, PlaceLookup } from "../extractor.js";
import { presentGazetteerHit, presentPlace, type PlaceWire } from "../presenters/registry.js";

/** Places read per transaction during a GeoNames import. */
const IMPORT_BATCH = 1000;
/** How many malformed lines an import names (all are counted). */
const IMPORT_ERRORS_SHOWN = 10;

/** What a GeoNames import did. */
export interface GeonamesImport {
  lines: number;
  added: number;
  updated: number;
  skipped: number;
  /** The first malformed lines, by line number (1 is the first line of the file). */
  errors: { line: number; reason: string }[];
}

/**
 * The registries: actors (aliases, kind, parent, side, colour) and analyst places. Every edit is
 * audited and reaches the coder with the next batch of reports it codes (see `RegistrySnapshots`).
 */
export class RegistriesService {
  constructor(
    private readonly store: Store,
    private readonly lookup: PlaceLookup | undefined,
    private readonly geonames: GeonamesLineParser | undefined,
    /** Told after every actor edit (territorial control counts holders through parents and sides). */
    private readonly actorsChanged: () => void = () => undefined,
  ) {}

  listActors(): Promise<ActorRow[]> {
    return this.store.actors.list();
  }

  /** Adds the actors the coder ships with, keeping every one already there (and its edits). */
  seedActors(actors: ActorInput[]): Promise<number> {
    return this.store.actors.seed(actors);
  }

  async createActor(input: ActorInput, by: Principal): Promise<ActorRow> {
    await this.checkParent(input.id, input.parent);
    const row = await this.store.actors.insert(input);
    if (!row) throw errors.conflict(`An actor with id ${input.id} already exists; edit it instead.`);
    await this.audit(by, "create", "actor", row.id, undefined, row);
    this.actorsChanged();
    return row;
  }

  async updateActor(id: string, changes: ActorChanges, by: Principal): Promise<ActorRow> {
    const before = await this.store.actors.get(id);
    if (!before) throw errors.notFound(`Actor ${id}`);
    await this.checkParent(id, changes.parent);
    const after = await this.store.actors.update(id, changes);
    if (!after) throw errors.notFound(`Actor ${id}`);
    await this.audit(by, "edit", "actor", id, before, after);
    this.actorsChanged();
    return after;
  }

  /**
   * Places by name: the analysts' (name prefix) first, then the gazetteer's (whole names, with
   * transliterations). With no name, the analysts' places.
   */
  async searchPlaces(query: {
    q?: string | undefined;
    source?: string | undefined;
    limit: number;
  }): Promise<PlaceWire[]> {
    const name = query.q?.trim() ?? "";
    if (!name) {
      if (query.source === "gazetteer") return [];
      return (await this.store.places.list()).slice(0, query.limit).map(presentPlace);
    }
    const analyst =
      query.source === "gazetteer"
        ? []
        : (await this.store.places.search(name, query.limit)).map(presentPlace);
    const gazetteer =
      query.source === "analyst" || !this.lookup
        ? []
        : this.lookup(name, query.limit).map(presentGazetteerHit);
    return [...analyst, ...gazetteer].slice(0, query.limit);
  }

  async addPlace(input: PlaceInput, by: Principal): Promise<PlaceRow> {
    const row = await this.store.places.add({ ...input, createdBy: by.userId });
    await this.audit(by, "create", "place", row.id, undefined, presentPlace(row));
    return row;
  }

  async updatePlace(id: number, changes: PlaceChanges, by: Principal): Promise<PlaceRow> {
    const before = await this.store.places.get(id);
    if (!before) throw errors.notFound(`Place ${id}`);
    const after = await this.store.places.update(id, changes);
    if (!after) throw errors.notFound(`Place ${id}`);
    await this.audit(by, "edit", "place", id, presentPlace(before), presentPlace(after));
    return after;
  }

  /**
   * Imports a GeoNames dump into the places registry, line by line as it streams in: a place whose
   * geonameid is already there is updated, a new one added, a malformed line counted and skipped (the
   * first few are named with their line numbers). The coder uses the places from the next report.
   */
  async importGeonames(lines: AsyncIterable<string>, file: string, by: Principal): Promise<GeonamesImport> {
    const parse = this.geonames;
    if (!parse) throw errors.unavailable("The GeoNames import");
    const result: GeonamesImport = { lines: 0, added: 0, updated: 0, skipped: 0, errors: [] };
    let batch: GeonamesPlace[] = [];
    const flush = async (): Promise<void> => {
      const places = batch.map((place) => ({ ...place, createdBy: by.userId }));
      batch = [];
      const counts = await this.store.transaction((repos) => repos.places.importByGeonameid(places));
      result.added += counts.added;
      result.updated += counts.updated;
    };
    for await (const line of lines) {
      result.lines++;
      if (line.trim() === "" || line.startsWith("#")) continue;
      const parsed = parse(line);
      if (!parsed.ok) {
        result.skipped++;
        if (result.errors.length < IMPORT_ERRORS_SHOWN)
          result.errors.push({ line: result.lines, reason: parsed.reason });
        continue;
      }
      batch.push(parsed.place);
      if (batch.length >= IMPORT_BATCH) await flush();
    }
    await flush();
    if (result.added + result.updated === 0 && result.skipped > 0)
      throw errors.invalidRequest(
        `${file}: no line is a GeoNames place (${result.skipped} malformed); expected a dump such as SY.txt or cities500.txt.`,
        result.errors,
      );
    await this.audit(by, "import", "place", "geonames", undefined, { file, ...result, errors: undefined });
    return result;
  }

  private async checkParent(id: string, parent: string | null | undefined): Promise<void> {
    if (parent === undefined || parent === null) return;
    if (parent === id) throw errors.invalidRequest("An actor cannot be its own parent.");
    if (!(await this.store.actors.get(parent)))
      throw errors.invalidRequest(`parent: no actor with id ${parent} (add it first).`);
  }

  private audit(
    by: Principal,
    action: string,
    entity: string,
    id: string | number,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    return this.store.audit.record({
      userId: by.userId,
      userName: by.name,
      action,
      entity,
      entityId: id,
      before,
      after,
    });
  }
}

/**
 * The registries as the coder reads them, read by the coding jobs as each batch starts. Two small
 * queries tell whether anything changed since the last call; the lists are read again only then.
 */
export class RegistrySnapshots {
  private last: CoderRegistry | null = null;

  constructor(private readonly store: Store) {}

  async current(): Promise<CoderRegistry> {
    const [actors, places] = await Promise.all([this.store.actors.version(), this.store.places.version()]);
    const version = `a${actors.count}@${actors.latest ?? "-"};p${places.count}@${places.latest ?? "-"}`;
    if (this.last?.version === version) return this.last;
    const [actorRows, placeRows] = await Promise.all([this.store.actors.list(), this.store.places.list()]);
    this.last = {
      version,
      actors: actorRows.map((row) => ({
        id: row.id,
        name: row.name,
        aliases: Array.isArray(row.aliases) ? row.aliases : [],
        kind: row.kind,
        parent: row.parent,
      })),
      places: placeRows.map((row) => ({
        id: row.id,
        geonameid: row.geonameid,
        name: row.name,
        alternateNames: Array.isArray(row.alternate_names) ? row.alternate_names : [],
        kind: row.kind,
        lat: row.lat,
        lon: row.lon,
        country: row.country,
        admin1: row.admin1,
      })),
    };
    return this.last;
  }
}

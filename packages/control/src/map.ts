import { controlAreas, type ControlFeatureProperties, type BlockPieces, type ColourOf } from "./areas.js";
import { CellIndex, type OutlineOf } from "./cells.js";
import { ControlModel, type ControlOptions } from "./model.js";
import type { ControlEdit, ControlEvent, HolderOf } from "./types.js";
import type { FeatureCollection, MultiLineString, MultiPolygon, Point, Polygon } from "geojson";

const DRAWN_DATES = 16;

/** What one change did: the settlements whose timelines were recomputed and the cells that changed shape. */
export interface ChangeResult {
  readonly settlements: readonly string[];
  readonly cells: number;
}

/**
 * The control model and the Voronoi cells kept in step: a settlement has a cell while it has a timeline.
 * Every change recomputes only the timelines it touches and the partitions of their countries.
 */
export class ControlMap {
  readonly model: ControlModel;
  readonly cells: CellIndex;
  /** Bumped by every change that altered a timeline, so callers can cache what they drew. */
  version = 0;
  /** Drawn blocks by date, for the few dates asked last; a change forgets only the blocks it touched. */
  private readonly drawn = new Map<string, BlockPieces>();

  constructor(outlineOf: OutlineOf, options: Partial<ControlOptions> & { reach?: number } = {}) {
    this.model = new ControlModel(options);
    this.cells = new CellIndex(outlineOf, options.reach);
  }

  load(events: Iterable<ControlEvent>, edits: Iterable<ControlEdit> = []): ChangeResult {
    return this.after(this.model.load(events, edits));
  }

  setEvent(event: ControlEvent): ChangeResult {
    return this.after(this.model.setEvent(event));
  }

  removeEvent(id: number): ChangeResult {
    return this.after(this.model.removeEvent(id));
  }

  setEdit(edit: ControlEdit): ChangeResult {
    return this.after(this.model.setEdit(edit));
  }

  removeEdit(id: number): ChangeResult {
    return this.after(this.model.removeEdit(id));
  }

  /** Counts actors as other holders (the registry changed): every timeline and the cells they need. */
  setHolders(holderOf: HolderOf): ChangeResult {
    const result = this.after(this.model.setHolders(holderOf));
    this.drawn.clear();
    return result;
  }

  /** The areas and settlement points for `date` (see `controlAreas`). */
  areas(
    date: string,
    colourOf?: ColourOf,
  ): FeatureCollection<Polygon | MultiPolygon | MultiLineString | Point, ControlFeatureProperties> {
    let drawn = this.drawn.get(date);
    if (drawn) this.drawn.delete(date);
    else drawn = new Map();
    this.drawn.set(date, drawn);
    if (this.drawn.size > DRAWN_DATES) this.drawn.delete(this.drawn.keys().next().value as string);
    return controlAreas(this.model, this.cells, date, colourOf, drawn);
  }

  private after(keys: string[]): ChangeResult {
    if (keys.length > 0) this.version++;
    const stale = new Set<string>();
    const noteBlocks = () => {
      for (const key of keys) {
        const block = this.cells.blockOf(key);
        if (block !== undefined) stale.add(block);
      }
    };
    noteBlocks();
    const synced = this.cells.sync(keys, (key) => this.model.timeline(key)?.settlement);
    noteBlocks();
    for (const block of synced.blocks) stale.add(block);
    for (const drawn of this.drawn.values()) for (const block of stale) drawn.delete(block);
    return { settlements: keys, cells: synced.reshaped };
  }
}

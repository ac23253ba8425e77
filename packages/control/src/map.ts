import { controlAreas, type AreaProperties, type ColourOf, type SettlementProperties } from "./areas.js";
import { CellIndex, type OutlineOf } from "./cells.js";
import { ControlModel, type ControlOptions } from "./model.js";
import type { ControlEdit, ControlEvent } from "./types.js";
import type { FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

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

  constructor(outlineOf: OutlineOf, options: Partial<ControlOptions> = {}) {
    this.model = new ControlModel(options);
    this.cells = new CellIndex(outlineOf);
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

  /** The areas and settlement points for `date` (see `controlAreas`). */
  areas(date: string, colourOf?: ColourOf): FeatureCollection<Polygon | MultiPolygon | Point, AreaProperties | SettlementProperties> {
    return controlAreas(this.model, this.cells, date, colourOf);
  }

  private after(keys: string[]): ChangeResult {
    if (keys.length > 0) this.version++;
    const cells = this.cells.sync(keys, (key) => this.model.timeline(key)?.settlement);
    return { settlements: keys, cells };
  }
}

import type { EventFilter, EventRow, Principal, Store } from "@sitrep/store";
import type { ServerConfig } from "../config.js";
import { atom } from "../exports/atom.js";
import { acledCsv } from "../exports/csv.js";
import type { ExportContext, ExportFormat } from "../exports/format.js";
import { geojson } from "../exports/geojson.js";
import { jsonl } from "../exports/jsonl.js";
import { plover } from "../exports/plover.js";
import { visibleFilter } from "./events.js";

/** Every export format by name. */
export const EXPORT_FORMATS = { csv: acledCsv, geojson, plover, jsonl, atom } satisfies Record<
  string,
  ExportFormat
>;
/** The name of an export format. */
export type ExportFormatName = keyof typeof EXPORT_FORMATS;

/** How many of the newest confirmed events the Atom feed carries. */
const ATOM_ENTRIES = 200;

/** Exports of events with the same filters as the API, streamed. */
export class ExportsService {
  constructor(
    private readonly store: Store,
    private readonly config: ServerConfig,
  ) {}

  format(name: ExportFormatName): ExportFormat {
    return EXPORT_FORMATS[name];
  }

  /** The export as text chunks. Anonymous callers get confirmed events; Atom always carries confirmed ones. */
  async *stream(
    name: ExportFormatName,
    principal: Principal | null,
    filter: EventFilter,
  ): AsyncGenerator<string> {
    const format = EXPORT_FORMATS[name];
    const context: ExportContext = { publicUrl: this.config.publicUrl, generatedAt: new Date() };
    const visible =
      name === "atom" ? { ...filter, status: ["confirmed" as const] } : visibleFilter(principal, filter);
    yield format.head(context);
    if (visible.status?.length !== 0) {
      let index = 0;
      for await (const batch of this.batches(name, visible)) {
        const reports = await this.store.reports.citations(batch.map((e) => e.report_id));
        let chunk = "";
        for (const event of batch) {
          const piece = format.row(event, reports.get(event.report_id), index, context);
          if (piece) {
            chunk += piece;
            index++;
          }
        }
        if (chunk) yield chunk;
      }
    }
    yield format.tail(context);
  }

  private async *batches(name: ExportFormatName, filter: EventFilter): AsyncGenerator<EventRow[]> {
    if (name === "atom") yield await this.store.events.list(filter, { limit: ATOM_ENTRIES });
    else yield* this.store.events.batches(filter, 2000);
  }
}

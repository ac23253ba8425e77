import { exportUrl } from "../api/endpoints.ts";
import { EXPORT_FORMATS } from "../api/types.ts";
import type { Filters } from "../filters.ts";

/** One download link per export format, carrying the map's filters. */
export function ExportMenu({ filters }: { filters: Filters }) {
  return (
    <section className="exports" aria-labelledby="exports-title">
      <h2 id="exports-title">Download</h2>
      <div className="row wrap">
        {EXPORT_FORMATS.map((f) => (
          <a key={f.id} className="button" href={exportUrl(f.id, filters)} download data-format={f.id}>
            {f.label}
          </a>
        ))}
      </div>
    </section>
  );
}

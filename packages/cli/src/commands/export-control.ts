import { isIsoDate } from "@sitrep/control";
import { openBackbone, takeFlag, takeOption } from "../backbone.js";
import { UsageError } from "../data-dir.js";

const USAGE =
  "usage: sitrep export --format control --date YYYY-MM-DD [--areas] [--status any|confirmed] [--data DIR]";

/**
 * Who holds each settlement on a date, as a GeoJSON FeatureCollection of points: `name`, `controller`
 * (the actor's name), `since` and `event` (null for an analyst's edit). Like the other exports from the
 * CLI, proposed events count too unless `--status confirmed` asks for the published data set only.
 * `--areas` writes the map instead: each holder's area, the front line, then the settlements.
 */
export async function exportControl(argv: string[], dataDir: string): Promise<number> {
  const date = takeOption(argv, "--date");
  const status = takeOption(argv, "--status") ?? "any";
  const areas = takeFlag(argv, "--areas");
  if (argv.length) throw new UsageError(`unexpected ${argv.join(" ")}\n${USAGE}`);
  if (!date || !isIsoDate(date))
    throw new UsageError(`--date needs a real date as YYYY-MM-DD${date ? `, not ${date}` : ""}\n${USAGE}`);
  if (status !== "any" && status !== "confirmed")
    throw new UsageError(`--status is any or confirmed for control, not ${status}\n${USAGE}`);
  const backbone = await openBackbone(dataDir, () => ({ events: [] }));
  try {
    if (areas) {
      process.stdout.write(`${JSON.stringify(await backbone.services.control.areas(status, date))}\n`);
      return 0;
    }
    const states = await backbone.services.control.on(status, date);
    const features = states
      .sort((a, b) => a.settlement.name.localeCompare(b.settlement.name))
      .map(({ settlement, holder, since, change, contested }) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [settlement.lon, settlement.lat] },
        properties: {
          name: settlement.name,
          geonameid: settlement.geonameid,
          country: settlement.country,
          controller: holder.name,
          controller_id: holder.id,
          since,
          event: change.source.kind === "event" ? change.source.eventId : null,
          report: change.source.kind === "event" ? change.source.reportId : null,
          contested,
        },
      }));
    process.stdout.write(`${JSON.stringify({ type: "FeatureCollection", features })}\n`);
  } finally {
    await backbone.close();
  }
  return 0;
}

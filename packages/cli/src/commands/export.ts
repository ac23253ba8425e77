import { openBackbone } from "../backbone.js";
import { takeOption } from "../backbone.js";
import { takeDataDir, UsageError } from "../data-dir.js";

const USAGE =
  "usage: sitrep export --format csv|geojson|plover|jsonl|atom [--status any|confirmed|proposed,…] [--actor A] [--type T,…]\n" +
  "       [--modality M,…] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--bbox W,S,E,N] [--q TEXT] [--data DIR]\n" +
  "       sitrep export --format control --date YYYY-MM-DD [--status any|confirmed] [--data DIR]";

/** Writes events to stdout in an export format, with the API's filters. */
export async function exportCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const format = takeOption(argv, "--format");
  if (format === "control") return (await import("./export-control.js")).exportControl(argv, dataDir);
  const query: Record<string, string | undefined> = {};
  for (const name of ["status", "actor", "type", "modality", "from", "to", "bbox", "q"])
    query[name] = takeOption(argv, `--${name}`);
  if (argv.length) throw new UsageError(`unexpected ${argv.join(" ")}\n${USAGE}`);
  const { EXPORT_FORMATS } = await import("@sitrep/server");
  if (!format || !(format in EXPORT_FORMATS)) throw new UsageError(USAGE);
  const { eventFilterFromQuery } = await import("@sitrep/server");
  const filter = eventFilterFromQuery(query);
  const backbone = await openBackbone(dataDir, () => ({ events: [] }));
  try {
    // The CLI runs with the data folder's full rights: every status unless --status says otherwise.
    const system = { userId: 0, name: "cli", role: "admin" as const };
    for await (const chunk of backbone.services.exports.stream(
      format as keyof typeof EXPORT_FORMATS,
      system,
      filter,
    )) {
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    }
  } finally {
    await backbone.close();
  }
  return 0;
}

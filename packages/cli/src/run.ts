import { UsageError } from "./data-dir.js";

const USAGE = `usage: sitrep <command> [options]

  extract FILE…              code reports (text or HTML files) into events (JSON)
  extract --jsonl            {"id","text","published"?} lines on stdin → {"id","events"} lines
  geoparse FILE|-            find and resolve the places in a text (JSON)
  geoparse --jsonl           {"id","text"} lines on stdin → {"id","places"} lines
  gazetteer import FILE…     add GeoNames dumps to the gazetteer of a data folder (--data DIR)
`;

/** Dispatches `sitrep <command> …` and returns the exit code. Commands are loaded lazily to keep start-up fast. */
export async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "extract":
        return await (await import("./commands/extract.js")).extractCommand(rest);
      case "geoparse":
        return await (await import("./commands/geoparse.js")).geoparseCommand(rest);
      case "gazetteer":
        return await (await import("./commands/gazetteer.js")).gazetteerCommand(rest);
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(USAGE);
        return 0;
      default:
        process.stderr.write(`sitrep: unknown command ${command ?? "(none)"}\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`sitrep ${command}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`sitrep ${command}: ${(error as Error).message}\n`);
    return 1;
  }
}

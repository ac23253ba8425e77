import { UsageError } from "./data-dir.js";

const USAGE = `usage: sitrep <command> [options]

  extract FILE…              code reports (text or HTML files) into events (JSON)
  extract --jsonl            {"id","text","published"?} lines on stdin → {"id","events"} lines
  geoparse FILE|-            find and resolve the places in a text (JSON)
  geoparse --jsonl           {"id","text"} lines on stdin → {"id","places"} lines
  gazetteer import FILE…     add GeoNames dumps to the gazetteer of a data folder (--data DIR)
  serve [--port P] [--open]  serve the API and the web app, and run the job queue (--data DIR or DATABASE_URL)
  worker [--concurrency N]   work the job queue of the PostgreSQL server at DATABASE_URL
  import FILE.jsonl|-        store and code reports (extract's input lines); prints new / already there / rejected
  export --format F          events as csv (ACLED), geojson, plover, jsonl or atom on stdout [--status any|confirmed];
                             --format control --date D [--areas]: who holds each settlement on D (GeoJSON)
  user add|list|remove|passwd  user accounts (add NAME --role admin|editor|analyst [--password-stdin])
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
      case "serve":
        return await (await import("./commands/serve.js")).serveCommand(rest);
      case "worker":
        return await (await import("./commands/worker.js")).workerCommand(rest);
      case "import":
        return await (await import("./commands/import.js")).importCommand(rest);
      case "export":
        return await (await import("./commands/export.js")).exportCommand(rest);
      case "user":
        return await (await import("./commands/user.js")).userCommand(rest);
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

import { createInterface } from "node:readline";
import { geoparse, type PlaceMention } from "@sitrep/coder";
import type { Gazetteer } from "@sitrep/gazetteer";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadGazetteerIndex } from "../gazetteer-file.js";
import { readTextInput } from "../read-input.js";

const USAGE =
  'usage: sitrep geoparse FILE|-   or   sitrep geoparse --jsonl  (reads {"id","text"} lines on stdin)';

/** The fields of a place mention that leave the CLI. */
function present(p: PlaceMention): Record<string, unknown> {
  return {
    text: p.text,
    start: p.start,
    end: p.end,
    name: p.name,
    geonameid: p.geonameid,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    feature: p.feature,
    precision: p.precision,
    rule: p.rule,
    expression: p.expression,
  };
}

function parse(text: string, gazetteer: Gazetteer, verbose: boolean): Record<string, unknown>[] {
  const trace = process.env.SITREP_DEBUG
    ? (m: string): void => void process.stderr.write(m + "\n")
    : undefined;
  const { places } = geoparse(text, gazetteer, { trace });
  return places.map((p) =>
    verbose
      ? {
          ...present(p),
          candidates: p.candidates.map((c) => ({ ...gazetteer.place(c.placeIndex), score: c.score })),
        }
      : present(p),
  );
}

/** `sitrep geoparse FILE|-` and `sitrep geoparse --jsonl`. */
export async function geoparseCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const jsonl = argv.includes("--jsonl");
  const verbose = argv.includes("--candidates");
  const files = argv.filter((a) => !a.startsWith("--") || a === "-");
  if (!jsonl && files.length !== 1) throw new UsageError(USAGE);
  const gazetteer = loadGazetteerIndex(dataDir);
  if (!jsonl) {
    const text = readTextInput(files[0] === "-" ? 0 : files[0]!);
    process.stdout.write(JSON.stringify({ places: parse(text, gazetteer, verbose) }, null, 2) + "\n");
    return 0;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "") continue;
    let out: Record<string, unknown>;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof input.text !== "string") throw new Error(`line ${lineNumber}: "text" must be a string`);
      out = { id: input.id ?? null, places: parse(input.text, gazetteer, verbose) };
    } catch (error) {
      const message =
        error instanceof SyntaxError
          ? `line ${lineNumber}: not JSON (${error.message})`
          : (error as Error).message;
      out = { id: null, places: [], error: message };
    }
    if (!process.stdout.write(JSON.stringify(out) + "\n"))
      await new Promise((r) => process.stdout.once("drain", r));
  }
  return 0;
}

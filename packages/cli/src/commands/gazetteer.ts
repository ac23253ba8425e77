import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { buildIndex, parseGeonamesLine, type Gazetteer, type PlaceRecord } from "@sitrep/gazetteer";
import { takeDataDir, UsageError } from "../data-dir.js";
import { loadGazetteerIndex, overlayPaths } from "../gazetteer-file.js";

const USAGE =
  "usage: sitrep gazetteer import FILE… [--data DIR]   (GeoNames dumps: XX.txt, allCountries.txt, cities500.txt, or .gz)";

/** Counts of one import, printed at the end. */
interface ImportCounts {
  added: number;
  replaced: number;
  malformed: number;
  firstErrors: string[];
}

/**
 * Streams GeoNames dumps into the data folder's gazetteer overlay. Lines already imported are kept
 * (a newer line with the same geonameid replaces the older one); malformed lines are counted and
 * skipped; the overlay is written to a temporary file and renamed, so a failed run loses nothing.
 */
export async function gazetteerCommand(argv: string[]): Promise<number> {
  const dataDir = takeDataDir(argv);
  const [sub, ...files] = argv;
  if (sub !== "import" || files.length === 0) throw new UsageError(USAGE);
  for (const file of files) if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const paths = overlayPaths(dataDir);
  const lines = new Map<number, string>();
  if (existsSync(paths.records)) {
    for (const line of readFileSync(paths.records, "utf8").split("\n")) {
      const id = Number(line.slice(0, line.indexOf("\t")));
      if (id > 0) lines.set(id, line);
    }
  }
  const counts: ImportCounts = { added: 0, replaced: 0, malformed: 0, firstErrors: [] };
  for (const file of files) await readDump(file, lines, counts);
  const base = loadGazetteerIndex();
  const records = [...lines.values()]
    .map((line) => toRecord(line, base))
    .filter((r): r is PlaceRecord => r !== null);
  const index = buildIndex(
    records,
    { words: new Map(), firstNames: [] },
    { source: "sitrep gazetteer import" },
  );
  mkdirSync(dirname(paths.index), { recursive: true });
  writeAtomically(paths.records, [...lines.values()].join("\n") + "\n");
  writeAtomically(paths.index, index);
  for (const error of counts.firstErrors) process.stderr.write(`${error}\n`);
  process.stdout.write(
    `imported ${counts.added} new places, ${counts.replaced} updated, ${counts.malformed} malformed lines skipped; ` +
      `${lines.size} imported places in ${dataDir}\n`,
  );
  return 0;
}

async function readDump(file: string, lines: Map<number, string>, counts: ImportCounts): Promise<void> {
  let input: NodeJS.ReadableStream = createReadStream(file);
  if (file.endsWith(".gz")) input = input.pipe(createGunzip());
  else if (file.endsWith(".zip"))
    throw new Error(`${file}: unzip it first (GeoNames zips hold one .txt dump)`);
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "" || line.startsWith("#")) continue;
    const parsed = parseGeonamesLine(line);
    if (!parsed.ok) {
      counts.malformed++;
      if (counts.firstErrors.length < 5) counts.firstErrors.push(`${file}:${lineNumber}: ${parsed.reason}`);
      continue;
    }
    const id = parsed.record.geonameid!;
    if (lines.has(id)) counts.replaced++;
    else counts.added++;
    lines.set(id, line);
  }
}

function toRecord(line: string, base: Gazetteer): PlaceRecord | null {
  const parsed = parseGeonamesLine(line);
  if (!parsed.ok) return null;
  return { ...parsed.record, admin1: base.admin1Name(parsed.record.country, parsed.admin1Code) };
}

function writeAtomically(path: string, data: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

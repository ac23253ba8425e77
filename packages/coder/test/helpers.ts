import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Gazetteer } from "@sitrep/gazetteer";
import { compileModel, extract, type CodedEvent, type Model, type ModelData } from "@sitrep/coder";

const here = dirname(fileURLToPath(import.meta.url));
const modelDir = join(here, "..", "model");
const read = (name: string): unknown => JSON.parse(readFileSync(join(modelDir, name), "utf8")) as unknown;

/** The model data as shipped in `model/`. */
export function modelData(): ModelData {
  return {
    actors: (read("actors.json") as { actors: ModelData["actors"] }).actors,
    countries: read("countries.json") as ModelData["countries"],
    generic: read("generic.json") as ModelData["generic"],
    triggers: read("triggers.json") as ModelData["triggers"],
    modality: read("modality.json") as ModelData["modality"],
  };
}

let cached: Model | null = null;
let cachedEmpty: Model | null = null;

/** The shipped model with the shipped gazetteer (loaded once per test file). */
export function testModel(): Model {
  if (!cached) {
    const bytes = gunzipSync(readFileSync(join(here, "..", "..", "gazetteer", "data", "gazetteer.bin.gz")));
    cached = compileModel(modelData(), Gazetteer.fromBytes(bytes));
  }
  return cached;
}

/** The shipped dictionaries with an empty gazetteer (fast; no places). */
export function modelWithoutPlaces(): Model {
  cachedEmpty ??= compileModel(modelData(), Gazetteer.empty());
  return cachedEmpty;
}

/** Events of a text in short form: "ASSAULT hts -> civilians [asserted]". */
export function shortEvents(
  text: string,
  model: Model = modelWithoutPlaces(),
  published: string | null = "2024-03-14",
): string[] {
  return extractEvents(text, model, published).map(
    (e) => `${e.type} ${e.actor1?.id ?? "-"} -> ${e.actor2?.id ?? "-"} [${e.modality}]`,
  );
}

/** What a test line shows of an event beside "TYPE actor1 -> actor2". */
export interface LineParts {
  modality?: boolean;
  rule?: boolean;
  place?: boolean;
  date?: boolean;
}

/**
 * The events of a text coded with the shipped gazetteer, one line each: "TYPE actor1 -> actor2", then
 * the parts asked for: " [modality]", " rule", " @ place", " date".
 */
export function eventLines(text: string, published: string | null, parts: LineParts): string[] {
  return extractEvents(text, testModel(), published).map(
    (e) =>
      `${e.type} ${e.actor1?.id ?? "-"} -> ${e.actor2?.id ?? "-"}` +
      (parts.modality ? ` [${e.modality}]` : "") +
      (parts.rule ? ` ${e.rule}` : "") +
      (parts.place ? ` @ ${e.location?.name ?? "-"}` : "") +
      (parts.date ? ` ${e.date?.start ?? "-"}` : ""),
  );
}

/** The coded events of a text. */
export function extractEvents(
  text: string,
  model: Model = modelWithoutPlaces(),
  published: string | null = "2024-03-14",
): CodedEvent[] {
  return extract(text, model, { published }).events;
}

/** The coded events of a report given as its paragraphs, with the test gazetteer. */
export function codeReport(paragraphs: readonly string[]): CodedEvent[] {
  return extractEvents(paragraphs.join("\n\n"), testModel());
}

/** Events as type and actor ids: "ASSAULT il-mil -> civilians". */
export function pairsOf(events: readonly CodedEvent[]): string[] {
  return events.map((e) => `${e.type} ${e.actor1?.id} -> ${e.actor2?.id}`);
}

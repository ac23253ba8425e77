import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { compileModel, extract, type Model, type ModelData } from "@sitrep/coder";
import { Gazetteer } from "@sitrep/gazetteer";
import {
  controlEventOf,
  type CodedEventShape,
  type ControlEvent,
  type ControlEventStatus,
} from "@sitrep/control";

/** A few Idlib-front places (GeoNames ids and coordinates as the shipped gazetteer has them). */
export const PLACES = {
  abuDuhur: { name: "Abu al-Duhur", geonameid: 174611, lat: 35.7376, lon: 37.0526, country: "SY" },
  tellSultan: { name: "Tall Sultan", geonameid: 163442, lat: 35.8, lon: 36.95, country: "SY" },
  saraqib: { name: "Saraqib", geonameid: 164816, lat: 35.8623, lon: 36.8006, country: "SY" },
  khanShaykhun: { name: "Khan Shaykhun", geonameid: 168325, lat: 35.4417, lon: 36.6512, country: "SY" },
} as const;

export const HTS = { id: "hts", name: "Hayat Tahrir al-Sham" };
export const SAA = { id: "sy-mil", name: "Military Forces of Syria" };
export const ISIS = { id: "isis", name: "Islamic State" };

type Place = (typeof PLACES)[keyof typeof PLACES];

/** A coded event in the extract contract's shape, with what a test does not care about filled in. */
export function coded(
  fields: Partial<CodedEventShape> & { place?: Place | null; on?: string; precision?: number },
  meta: { id: number; reportId?: number; status?: ControlEventStatus },
): ControlEvent {
  const { place, on, precision, ...rest } = fields;
  const shape: CodedEventShape = {
    type: "COERCE",
    mode: "seize",
    rule: "coerce/seize:take",
    modality: "asserted",
    confidence: 0.9,
    actor1: null,
    actor2: null,
    location: place ? { ...place, precision: precision ?? 1 } : null,
    date: on ? { start: on } : null,
    evidence: { text: null },
    ...rest,
  };
  return controlEventOf(shape, {
    id: meta.id,
    reportId: meta.reportId ?? meta.id,
    status: meta.status ?? "confirmed",
  });
}

const packages = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let coder: Model | undefined;

/** The real coder over the shipped model and gazetteer, compiled once. */
export function realCoder(): Model {
  if (coder) return coder;
  const dir = join(packages, "coder", "model");
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
  const data: ModelData = {
    actors: (read("actors.json") as { actors: ModelData["actors"] }).actors,
    countries: read("countries.json") as ModelData["countries"],
    generic: read("generic.json") as ModelData["generic"],
    triggers: read("triggers.json") as ModelData["triggers"],
    modality: read("modality.json") as ModelData["modality"],
  };
  const bytes = gunzipSync(readFileSync(join(packages, "gazetteer", "data", "gazetteer.bin.gz")));
  coder = compileModel(data, Gazetteer.fromBytes(bytes));
  return coder;
}

/** Codes reports with the real coder; each event confirmed, numbered from `firstId`, its report's id kept. */
export function codeReports(
  reports: readonly { id: number; published: string; text: string }[],
  firstId = 1,
): ControlEvent[] {
  let nextId = firstId;
  return reports.flatMap((report) =>
    extract(report.text, realCoder(), { published: report.published }).events.map((event) =>
      controlEventOf(event, { id: nextId++, reportId: report.id, status: "confirmed" }),
    ),
  );
}

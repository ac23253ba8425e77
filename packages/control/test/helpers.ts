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

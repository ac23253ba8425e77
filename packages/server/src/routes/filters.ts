import type { EventFilter, EventStatus } from "@sitrep/store";
import { z } from "zod";
import { errors } from "../errors.js";

const list = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .optional();
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .optional();

/** The event filters, as a query string: the same for the list, the map and every export. */
export const eventFilterQuery = z.object({
  actor: z
    .string()
    .min(1)
    .max(2000)
    .transform((value) =>
      value
        .split(",")
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .optional()
    .describe("actor ids or names, comma-separated, either side; any of them matches"),
  type: list.describe("PLOVER types, comma-separated"),
  modality: list.describe("modalities, comma-separated"),
  status: z
    .string()
    .regex(
      /^(any|(proposed|confirmed|rejected|merged)(,(proposed|confirmed|rejected|merged))*)$/,
      "expected any or statuses, comma-separated",
    )
    .optional()
    .describe("statuses, comma-separated, or any"),
  from: isoDate.describe("first date, YYYY-MM-DD"),
  to: isoDate.describe("last date, YYYY-MM-DD"),
  bbox: z
    .string()
    .regex(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/, "expected west,south,east,north")
    .optional()
    .describe("west,south,east,north in degrees"),
  q: z.string().min(1).max(200).optional().describe("text in the evidence, actor or place names"),
  report: z.coerce.number().int().positive().optional().describe("only this report's events"),
});

/** Paging: a page size and the id to continue below. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(500),
  before: z.coerce.number().int().positive().optional(),
});

/** Ordering of the event list; pages of other orders than newest-first go by `offset`. */
export const eventOrderQuery = z.object({
  sort: z
    .enum(["-id", "-confidence", "confidence"])
    .default("-id")
    .describe("-id (newest first), -confidence (most confident first) or confidence"),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().describe("rows to skip (sorted lists)"),
  total: z
    .enum(["true", "false", "1", "0"])
    .optional()
    .transform((value) => value === "true" || value === "1")
    .describe("also count every matching event"),
});

/** Turns the parsed query into a store filter. */
export function toEventFilter(query: z.infer<typeof eventFilterQuery>): EventFilter {
  const bbox = query.bbox?.split(",").map(Number) as [number, number, number, number] | undefined;
  return {
    actor: query.actor,
    type: query.type?.map((t) => t.toUpperCase()),
    modality: query.modality,
    status:
      query.status === undefined || query.status === "any"
        ? undefined
        : (query.status.split(",") as EventStatus[]),
    from: query.from,
    to: query.to,
    bbox,
    text: query.q,
    reportId: query.report,
  };
}

/** Parses filters given as strings (the CLI's options) with the API's rules; throws invalid_request. */
export function eventFilterFromQuery(query: Record<string, string | undefined>): EventFilter {
  const defined = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
  const parsed = eventFilterQuery.safeParse(defined);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw errors.invalidRequest(`Invalid filter: ${problems}`);
  }
  return toEventFilter(parsed.data);
}

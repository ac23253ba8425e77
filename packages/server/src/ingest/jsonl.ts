import { z } from "zod";
import { errors, type ApiError } from "../errors.js";
import type { ReportInput } from "../services/ingest.js";

const line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "published is YYYY-MM-DD")
    .nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
});

/** One JSON Lines report (the `sitrep extract` input format) as a report to ingest, or the reason it is malformed. */
export function parseReportLine(
  text: string,
  lineNumber: number,
): { report: ReportInput } | { error: ApiError } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: errors.malformedLine(lineNumber, "not JSON") };
  }
  const parsed = line.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: errors.malformedLine(
        lineNumber,
        `${issue?.path.join(".") || "line"}: ${issue?.message ?? "invalid"}`,
      ),
    };
  }
  const { id, ...rest } = parsed.data;
  return { report: { ...rest, externalId: id === undefined ? null : String(id), origin: "import" } };
}

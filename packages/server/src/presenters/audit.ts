import type { AuditRow } from "@sitrep/store";
import { z } from "zod";

/** One line of an audit trail: who did what and when, why, and what changed. */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  user: z.string().nullable(),
  action: z.string(),
  reason: z.string().nullable(),
  changes: z
    .record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }))
    .nullable()
    .describe("each field that changed, from → to"),
  before: z.unknown(),
  after: z.unknown(),
});

/** Fields whose change is bookkeeping, not content. */
const QUIET = new Set(["updated_at"]);

export function presentAuditEntry(row: AuditRow): z.infer<typeof auditEntrySchema> {
  return {
    id: row.id,
    at: row.at.toISOString(),
    user: row.user_name,
    action: row.action,
    reason: row.reason,
    changes: fieldChanges(row.before, row.after),
    before: row.before,
    after: row.after,
  };
}

/** The top-level fields that differ between two states (null when either side is missing). */
export function fieldChanges(
  before: unknown,
  after: unknown,
): Record<string, { from: unknown; to: unknown }> | null {
  if (!isRecord(before) || !isRecord(after)) return null;
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (QUIET.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

import type { TokenSummary, UserRow } from "@sitrep/store";
import { z } from "zod";

/** A user as the API shows it: never the password hash. */
export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(["admin", "editor", "analyst"]),
  created_at: z.string(),
});

export function presentUser(row: UserRow): z.infer<typeof userSchema> {
  return { id: row.id, name: row.name, role: row.role, created_at: row.created_at.toISOString() };
}

/** A token as listed: never its secret or hash. */
export const tokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
});

export function presentToken(row: TokenSummary): z.infer<typeof tokenSchema> {
  return {
    id: row.id,
    name: row.name,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
  };
}

import type { Api } from "./api.js";
import { z } from "zod";

/** `GET /api/health`: 200 once the database answers. */
export function healthRoutes(app: Api): void {
  app.get(
    "/health",
    {
      schema: {
        tags: ["meta"],
        summary: "Readiness",
        response: { 200: z.object({ ok: z.literal(true), engine: z.string() }) },
      },
    },
    async () => {
      await app.services.store.maintenance.ping();
      return { ok: true as const, engine: app.services.store.engine };
    },
  );
}

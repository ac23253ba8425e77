import type { Api } from "./api.js";
import { z } from "zod";
import { eventSchema, presentEvent } from "../presenters/event.js";
import { eventFilterQuery, pageQuery, toEventFilter } from "./filters.js";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Reading events: a filtered page, or one event. Anonymous readers see confirmed events only. */
export function eventRoutes(app: Api): void {
  app.get(
    "/events",
    {
      schema: {
        tags: ["events"],
        summary: "Events, newest first, filtered",
        querystring: eventFilterQuery.extend(pageQuery.shape),
        response: { 200: z.object({ events: z.array(eventSchema), next: z.number().int().nullable() }) },
      },
    },
    async (request) => {
      const { limit, before, ...filter } = request.query;
      const page = await app.services.events.list(request.principal, toEventFilter(filter), {
        limit,
        before,
      });
      return { events: page.events.map(presentEvent), next: page.next };
    },
  );

  app.get(
    "/events/:id",
    { schema: { tags: ["events"], summary: "One event", params: idParams, response: { 200: eventSchema } } },
    async (request) => presentEvent(await app.services.events.get(request.principal, request.params.id)),
  );
}

import { z } from "zod";
import { requireRole } from "../auth/principal.js";
import { feedSchema, presentFeed } from "../presenters/report.js";
import type { Api } from "./api.js";

/** RSS/Atom subscriptions (analyst and up). */
export function feedRoutes(app: Api): void {
  app.get(
    "/feeds",
    {
      schema: {
        tags: ["feeds"],
        summary: "Subscribed feeds",
        response: { 200: z.object({ feeds: z.array(feedSchema) }) },
      },
    },
    async (request) => {
      requireRole(request, "analyst");
      return { feeds: (await app.services.feeds.list()).map(presentFeed) };
    },
  );

  app.post(
    "/feeds",
    {
      schema: {
        tags: ["feeds"],
        summary: "Subscribe to a feed (polled once now, then politely)",
        body: z.object({ url: z.string().max(2000) }),
        response: { 200: feedSchema, 201: feedSchema },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, "analyst");
      const { feed, created } = await app.services.feeds.subscribe(request.body.url, principal);
      app.services.runner.notify();
      return reply.status(created ? 201 : 200).send(presentFeed(feed));
    },
  );

  app.delete(
    "/feeds/:id",
    {
      schema: {
        tags: ["feeds"],
        summary: "Unsubscribe",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 204: z.null().describe("Done; no content") },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, "analyst");
      await app.services.feeds.unsubscribe(request.params.id, principal);
      return reply.status(204).send(null);
    },
  );
}

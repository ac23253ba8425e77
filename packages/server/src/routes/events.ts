import { createHash } from "node:crypto";
import type { Api } from "./api.js";
import { z } from "zod";
import { requireRole } from "../auth/principal.js";
import { eventSchema, presentEvent } from "../presenters/event.js";
import { EVENT_POINT_COLUMNS } from "@sitrep/store";
import { auditEntrySchema, presentAuditEntry } from "../presenters/audit.js";
import { POINTS_BINARY_DESCRIPTION, POINTS_BINARY_TYPE } from "../presenters/points.js";
import { eventFilterQuery, eventOrderQuery, pageQuery, toEventFilter } from "./filters.js";

const idParams = z.object({ id: z.coerce.number().int().positive() });

/** Reading events: a filtered page, or one event. Anonymous readers see confirmed events only. */
export function eventRoutes(app: Api): void {
  app.get(
    "/events",
    {
      schema: {
        tags: ["events"],
        summary: "Events, filtered: newest first, or by confidence",
        querystring: eventFilterQuery.extend(pageQuery.shape).extend(eventOrderQuery.shape),
        response: {
          200: z.object({
            events: z.array(eventSchema),
            next: z
              .number()
              .int()
              .nullable()
              .describe("before (newest first) or offset (sorted) of the next page"),
            total: z.number().int().optional(),
          }),
        },
      },
    },
    async (request) => {
      const { limit, before, sort, offset, total, ...filter } = request.query;
      const page = await app.services.events.list(
        request.principal,
        toEventFilter(filter),
        { limit, before, offset, order: sort },
        total,
      );
      return { ...page, events: page.events.map(presentEvent) };
    },
  );

  app.get(
    "/events/points",
    {
      schema: {
        tags: ["events"],
        summary: "Every located event in a compact form, for the map",
        description:
          "`{ columns: [id, lon, lat, type, actor1, actor2, date, status, modality], rows: [[…], …] }`, one row " +
          "per event with a place, in id order; actor1/actor2 are actor ids, date is the start date. " +
          "With `format=binary`, the same points as typed columns (what the web app reads): " +
          POINTS_BINARY_DESCRIPTION,
        querystring: eventFilterQuery.extend({
          format: z
            .enum(["json", "binary"])
            .default("json")
            .describe("json: { columns, rows }; binary: typed columns (" + POINTS_BINARY_TYPE + ")"),
        }),
        response: {
          200: {
            description: "The points (304 when the ETag still holds)",
            content: {
              "application/json": { schema: z.string().describe("{ columns, rows }") },
              [POINTS_BINARY_TYPE]: { schema: z.string().describe("typed columns, as described above") },
            },
          },
          304: z.null().describe("Not modified since the ETag in If-None-Match"),
        },
      },
    },
    async (request, reply) => {
      // Sent as text the database built: 100,000 rows through the response schema would take seconds.
      // The ETag lets the browser keep the points until an event changes.
      const { format, ...filter } = request.query;
      const points = await app.services.events.pointsJson(request.principal, toEventFilter(filter));
      const etag = `"${createHash("sha1")
        .update(`${request.url}|${request.principal?.role ?? "anonymous"}|${points.version}`)
        .digest("base64url")}"`;
      void reply.header("etag", etag).header("cache-control", "private, no-cache");
      if (request.headers["if-none-match"] === etag) return reply.status(304).send(null);
      // Bytes go out as they are (the serializer is not used for buffers).
      if (format === "binary")
        return reply.type(POINTS_BINARY_TYPE).send(points.columns as unknown as string);
      return reply
        .type("application/json")
        .send(`{"columns":${JSON.stringify(EVENT_POINT_COLUMNS)},"rows":${points.json}}`);
    },
  );

  app.get(
    "/events/:id",
    { schema: { tags: ["events"], summary: "One event", params: idParams, response: { 200: eventSchema } } },
    async (request) => presentEvent(await app.services.events.get(request.principal, request.params.id)),
  );
}

const actorEdit = z
  .object({ id: z.string().nullable(), name: z.string().min(1), text: z.string() })
  .nullable();
const editSchema = z
  .object({
    type: z.string().regex(/^[A-Z]+$/),
    mode: z.string().nullable(),
    acled: z.object({ event_type: z.string(), sub_event_type: z.string() }).nullable(),
    cameo: z
      .string()
      .regex(/^\d{2}$/)
      .nullable(),
    actor1: actorEdit,
    actor2: actorEdit,
    location: z
      .object({
        name: z.string(),
        text: z.string(),
        geonameid: z.number().int().nullable(),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        country: z.string().nullable(),
        admin1: z.string().nullable(),
        precision: z.number().int().min(1).max(3),
      })
      .nullable(),
    date: z
      .object({ start: z.iso.date(), end: z.iso.date(), precision: z.number().int().min(1).max(3) })
      .nullable(),
    modality: z.enum(["asserted", "reported", "claimed", "planned", "hypothetical", "negated"]),
    fatalities: z.number().int().min(0).nullable(),
  })
  .partial()
  .strict();

const reasonBody = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .strict()
  .nullish()
  .describe("why (kept in the event's history)");

/** Review actions (analyst and up), each recorded in the audit log. */
export function reviewRoutes(app: Api): void {
  const review = app.services.review;
  for (const action of ["confirm", "reject"] as const) {
    app.post(
      `/events/:id/${action}`,
      {
        schema: {
          tags: ["review"],
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} an event`,
          params: idParams,
          body: reasonBody,
          response: { 200: eventSchema },
        },
      },
      async (request) =>
        presentEvent(
          await review[action](request.params.id, requireRole(request, "analyst"), request.body?.reason),
        ),
    );
  }

  app.patch(
    "/events/:id",
    {
      schema: {
        tags: ["review"],
        summary: "Edit an event's fields",
        params: idParams,
        body: editSchema,
        response: { 200: eventSchema },
      },
    },
    async (request) =>
      presentEvent(await review.edit(request.params.id, request.body, requireRole(request, "analyst"))),
  );

  app.post(
    "/events/:id/merge",
    {
      schema: {
        tags: ["review"],
        summary: "Merge this event into another (a duplicate)",
        params: idParams,
        body: z.object({ into: z.number().int().positive() }),
        response: { 200: eventSchema },
      },
    },
    async (request) =>
      presentEvent(await review.merge(request.params.id, request.body.into, requireRole(request, "analyst"))),
  );

  app.get(
    "/events/:id/history",
    {
      schema: {
        tags: ["review"],
        summary: "The event's audit trail",
        params: idParams,
        response: { 200: z.object({ history: z.array(auditEntrySchema) }) },
      },
    },
    async (request) => {
      requireRole(request, "analyst");
      const rows = await app.services.review.history(request.params.id);
      return { history: rows.map(presentAuditEntry) };
    },
  );
}

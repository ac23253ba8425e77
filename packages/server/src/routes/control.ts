import { z } from "zod";
import { requireRole } from "../auth/principal.js";
import { controlAtom } from "../exports/control-atom.js";
import {
  controlChangeSchema,
  controlEditSchema,
  controlStateSchema,
  presentControlChange,
  presentControlEdit,
  presentControlState,
} from "../presenters/control.js";
import type { Api } from "./api.js";

const date = z.iso.date();
const viewQuery = {
  /** `any` counts proposed events too (signed-in users only); the default is the published data set. */
  status: z.enum(["confirmed", "any"]).optional(),
};
const changesQuery = z.object({
  from: date.optional(),
  to: date.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  ...viewQuery,
});

const editBody = z
  .object({
    settlement: z.string().min(1).optional(),
    place: z
      .object({
        name: z.string().trim().min(1),
        geonameid: z.number().int().positive().nullable().optional(),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
        country: z
          .string()
          .regex(/^[A-Za-z]{2}$/)
          .nullable()
          .optional(),
      })
      .strict()
      .optional(),
    date,
    actor: z
      .object({ id: z.string().min(1), name: z.string().trim().min(1).optional() })
      .strict()
      .nullable(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict()
  .refine((b) => (b.settlement === undefined) !== (b.place === undefined), {
    message: "send exactly one of settlement (a key) and place",
  });

/** Territorial control: who holds what on a date, the areas, the change feed, and analysts' hand edits. */
export function controlRoutes(app: Api): void {
  const control = app.services.control;

  app.get(
    "/control",
    {
      schema: {
        tags: ["control"],
        summary: "Who holds each settlement on a date",
        querystring: z.object({ date, ...viewQuery }),
        response: { 200: z.object({ date: z.string(), settlements: z.array(controlStateSchema) }) },
      },
    },
    async (request) => {
      const view = control.viewFor(request.principal, request.query.status);
      const states = await control.on(view, request.query.date);
      return { date: request.query.date, settlements: states.map(presentControlState) };
    },
  );

  app.get(
    "/control/areas.geojson",
    {
      schema: {
        tags: ["control"],
        summary:
          "Control areas for a date (GeoJSON): one area per holder in its colour, then every settlement, contested ones marked",
        querystring: z.object({ date, ...viewQuery }),
      },
    },
    async (request, reply) => {
      const view = control.viewFor(request.principal, request.query.status);
      const geojson = await control.areas(view, request.query.date);
      return reply.type("application/geo+json").send(JSON.stringify(geojson));
    },
  );

  app.get(
    "/control/changes",
    {
      schema: {
        tags: ["control"],
        summary: "Changes of control, newest first",
        querystring: changesQuery,
        response: { 200: z.object({ changes: z.array(controlChangeSchema) }) },
      },
    },
    async (request) => {
      const { status, ...range } = request.query;
      const changes = await control.changes(control.viewFor(request.principal, status), range);
      return { changes: changes.map(presentControlChange) };
    },
  );

  app.get(
    "/control/changes.atom",
    {
      schema: { tags: ["control"], summary: "Changes of control as an Atom feed", querystring: changesQuery },
    },
    async (request, reply) => {
      const { status, ...range } = request.query;
      const changes = await control.changes(control.viewFor(request.principal, status), range);
      const body = controlAtom(changes, app.services.config.publicUrl, new Date());
      return reply.type("application/atom+xml; charset=utf-8").send(body);
    },
  );

  app.get(
    "/control/settlements/:key",
    {
      schema: {
        tags: ["control"],
        summary: "One settlement's history of control",
        params: z.object({ key: z.string().min(1) }),
        querystring: z.object(viewQuery),
        response: { 200: z.object({ changes: z.array(controlChangeSchema) }) },
      },
    },
    async (request) => {
      const view = control.viewFor(request.principal, request.query.status);
      const timeline = await control.timeline(view, request.params.key);
      const changes = [...timeline.changes]
        .reverse()
        .map((change) => presentControlChange({ settlement: timeline.settlement, change }));
      return { changes };
    },
  );

  app.post(
    "/control/edits",
    {
      schema: {
        tags: ["control"],
        summary: "Set who holds a settlement from a date (analyst and up; audited)",
        body: editBody,
        response: { 201: controlEditSchema },
      },
    },
    async (request, reply) => {
      const row = await control.addEdit(request.body, requireRole(request, "analyst"));
      return reply.status(201).send(presentControlEdit(row));
    },
  );

  app.get(
    "/control/edits",
    {
      schema: {
        tags: ["control"],
        summary: "Analysts' hand edits, newest first (signed-in users)",
        querystring: z.object({
          settlement: z.string().min(1).optional(),
          removed: z.stringbool().default(false),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ edits: z.array(controlEditSchema) }) },
      },
    },
    async (request) => {
      requireRole(request, "analyst");
      const rows = await control.listEdits(request.query);
      return { edits: rows.map(presentControlEdit) };
    },
  );

  app.delete(
    "/control/edits/:id",
    {
      schema: {
        tags: ["control"],
        summary: "Remove a hand edit: it stops counting at once; the record stays (analyst and up; audited)",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: controlEditSchema },
      },
    },
    async (request) => {
      const row = await control.removeEdit(request.params.id, requireRole(request, "analyst"));
      return presentControlEdit(row);
    },
  );
}

import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { z } from "zod";
import { errors } from "../errors.js";
import { requireRole } from "../auth/principal.js";
import { ACTOR_KINDS, actorSchema, placeSchema, presentActor, presentPlace } from "../presenters/registry.js";
import type { Api } from "./api.js";

const name = z.string().trim().min(1).max(200);
const aliases = z.array(z.string().trim().min(1).max(200)).max(500);
const colour = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "expected a colour as #rrggbb")
  .nullable();
const actorFields = z.object({
  name,
  aliases,
  kind: z.enum(ACTOR_KINDS).nullable(),
  parent: z.string().min(1).max(64).nullable(),
  side: z.string().trim().max(100).nullable(),
  colour,
});
const placeFields = z.object({
  name,
  alternate_names: aliases,
  feature: z
    .string()
    .regex(/^[A-Z]\.[A-Z0-9]{1,10}$/, "expected a GeoNames feature such as P.PPL or S.AIRB")
    .nullable(),
  geonameid: z.number().int().positive().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "expected a two-letter country code")
    .nullable(),
  admin1: z.string().trim().max(200).nullable(),
});

/** The largest GeoNames dump the app takes (a country's, or cities500); allCountries goes through the CLI. */
export const GEONAMES_MAX_BYTES = 512 * 1024 * 1024;

/** Registries: actors and analyst places; reading needs an account, editing the analyst role. */
export function registryRoutes(app: Api): void {
  const registries = app.services.registries;

  app.get(
    "/actors",
    {
      schema: {
        tags: ["registries"],
        summary: "The actor registry",
        response: { 200: z.object({ actors: z.array(actorSchema) }) },
      },
    },
    async () => ({ actors: (await registries.listActors()).map(presentActor) }),
  );

  app.post(
    "/actors",
    {
      schema: {
        tags: ["registries"],
        summary: "Add an actor (the coder knows it from the next report)",
        body: actorFields.partial().extend({
          id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "expected lower-case letters, digits and dashes"),
          name,
        }),
        response: { 201: actorSchema },
      },
    },
    async (request, reply) => {
      const by = requireRole(request, "analyst");
      return reply.status(201).send(presentActor(await registries.createActor(request.body, by)));
    },
  );

  app.patch(
    "/actors/:id",
    {
      schema: {
        tags: ["registries"],
        summary: "Edit an actor (the coder uses the edit from the next report)",
        params: z.object({ id: z.string().min(1).max(64) }),
        body: actorFields.partial().strict(),
        response: { 200: actorSchema },
      },
    },
    async (request) =>
      presentActor(
        await registries.updateActor(request.params.id, request.body, requireRole(request, "analyst")),
      ),
  );

  app.get(
    "/places",
    {
      schema: {
        tags: ["registries"],
        summary: "Search places by name: analysts' places, then the gazetteer",
        querystring: z.object({
          q: z.string().max(200).optional(),
          source: z.enum(["analyst", "gazetteer", "any"]).default("any"),
          limit: z.coerce.number().int().min(1).max(500).default(20),
        }),
        response: { 200: z.object({ places: z.array(placeSchema) }) },
      },
    },
    async (request) => {
      requireRole(request, "analyst");
      return { places: await registries.searchPlaces(request.query) };
    },
  );

  app.post(
    "/places",
    {
      schema: {
        tags: ["registries"],
        summary: "Add a place (the coder finds it from the next report)",
        body: placeFields.partial().extend({ name, lat: placeFields.shape.lat, lon: placeFields.shape.lon }),
        response: { 201: placeSchema },
      },
    },
    async (request, reply) => {
      const by = requireRole(request, "analyst");
      const { alternate_names, feature, ...rest } = request.body;
      const row = await registries.addPlace({ ...rest, alternateNames: alternate_names, kind: feature }, by);
      return reply.status(201).send(presentPlace(row));
    },
  );

  app.patch(
    "/places/:id",
    {
      schema: {
        tags: ["registries"],
        summary: "Edit an analyst's place",
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: placeFields.partial().strict(),
        response: { 200: placeSchema },
      },
    },
    async (request) => {
      const by = requireRole(request, "analyst");
      const { alternate_names, feature, ...rest } = request.body;
      const row = await registries.updatePlace(
        request.params.id,
        { ...rest, alternateNames: alternate_names, kind: feature },
        by,
      );
      return presentPlace(row);
    },
  );

  app.post(
    "/places/import",
    {
      schema: {
        tags: ["registries"],
        summary: "Import a GeoNames dump into the places registry (multipart field `file`)",
        consumes: ["multipart/form-data"],
        description:
          "One file in the field `file`: a GeoNames dump (`XX.txt`, `cities500.txt`, … or the same gzipped, " +
          "`.gz`), read as it streams in. Places are matched by geonameid (updated when already there); " +
          `malformed lines are counted and skipped. Up to ${GEONAMES_MAX_BYTES / 1024 / 1024} MiB.`,
        response: {
          200: z.object({
            lines: z.number().int(),
            added: z.number().int(),
            updated: z.number().int(),
            skipped: z.number().int().describe("malformed lines, skipped"),
            errors: z
              .array(z.object({ line: z.number().int(), reason: z.string() }))
              .describe("the first malformed lines"),
          }),
        },
      },
    },
    async (request) => {
      const by = requireRole(request, "analyst");
      if (!request.isMultipart())
        throw errors.invalidRequest("Send the dump as multipart/form-data in a field named file.");
      const upload = await request.file({ limits: { fileSize: GEONAMES_MAX_BYTES } });
      if (!upload) throw errors.invalidRequest("No file in the upload.");
      const name = upload.filename || "upload";
      if (/\.zip$/i.test(name))
        throw errors.invalidRequest(`${name}: unzip it first (GeoNames zips hold one .txt dump).`);
      const input = /\.gz$/i.test(name) ? upload.file.pipe(createGunzip()) : upload.file;
      upload.file.on("error", (error) => input.destroy(error));
      try {
        return await registries.importGeonames(createInterface({ input, crlfDelay: Infinity }), name, by);
      } catch (error) {
        if ((error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
          throw errors.tooLarge(GEONAMES_MAX_BYTES);
        if ((error as { code?: string }).code === "Z_DATA_ERROR")
          throw errors.invalidRequest(`${name}: not a gzip file.`);
        throw error;
      }
    },
  );
}

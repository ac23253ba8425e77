import { Readable } from "node:stream";
import { z } from "zod";
import { EXPORT_FORMATS, type ExportFormatName } from "../services/exports.js";
import type { Api } from "./api.js";
import { eventFilterQuery, toEventFilter } from "./filters.js";

const FILES: Record<string, ExportFormatName> = Object.fromEntries(
  (Object.keys(EXPORT_FORMATS) as ExportFormatName[]).map((name) => [
    `events.${EXPORT_FORMATS[name].extension}`,
    name,
  ]),
);

/** The media type of every export format, for the OpenAPI document. */
function exportContent(): Record<string, { schema: z.ZodString }> {
  const content: Record<string, { schema: z.ZodString }> = {};
  for (const format of Object.values(EXPORT_FORMATS) as { contentType: string; extension: string }[])
    content[format.contentType.split(";")[0] ?? format.contentType] = {
      schema: z.string().describe(`events.${format.extension}`),
    };
  return content;
}

/** Exports of events, with the same filters as `/api/events`. */
export function exportRoutes(app: Api): void {
  app.get(
    "/exports/:file",
    {
      schema: {
        tags: ["exports"],
        summary: "Events as ACLED CSV, GeoJSON, PLOVER JSON, JSON Lines, or an Atom feed of confirmed events",
        params: z.object({ file: z.enum(Object.keys(FILES) as [string, ...string[]]) }),
        querystring: eventFilterQuery,
        response: {
          200: {
            description: "The events in the file's format, streamed",
            content: exportContent(),
          },
        },
      },
    },
    async (request, reply) => {
      const name = FILES[request.params.file] as ExportFormatName;
      const format = app.services.exports.format(name);
      const chunks = app.services.exports.stream(name, request.principal, toEventFilter(request.query));
      void reply.type(format.contentType);
      if (name !== "atom")
        void reply.header("content-disposition", `attachment; filename="sitrep-${request.params.file}"`);
      // Streamed: the documented text arrives in chunks (the serializer is not used for streams).
      return reply.send(Readable.from(chunks) as unknown as string);
    },
  );
}

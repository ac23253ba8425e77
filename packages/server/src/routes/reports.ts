import { z } from "zod";
import { requireRole } from "../auth/principal.js";
import { errors } from "../errors.js";
import {
  jobSchema,
  presentJob,
  presentReport,
  presentReportSummary,
  reportSchema,
  reportSummarySchema,
} from "../presenters/report.js";
import type { Api } from "./api.js";
import { pageQuery } from "./filters.js";

const idParams = z.object({ id: z.coerce.number().int().positive() });
const submittedSchema = z.object({
  report: reportSummarySchema.nullable(),
  created: z.boolean(),
  job: jobSchema.nullable(),
});
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** Reports: read them (public), paste, upload or fetch one (analyst and up). */
export function reportRoutes(app: Api): void {
  app.get(
    "/reports",
    {
      schema: {
        tags: ["reports"],
        summary: "Reports, newest first",
        querystring: pageQuery.extend({
          q: z.string().max(200).optional(),
          origin: z.enum(["paste", "upload", "url", "feed", "import"]).optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
        }),
        response: {
          200: z.object({ reports: z.array(reportSummarySchema), next: z.number().int().nullable() }),
        },
      },
    },
    async (request) => {
      const { limit, before, q, ...filter } = request.query;
      const page = await app.services.reports.list({ ...filter, text: q }, { limit, before });
      return { reports: page.reports.map(presentReportSummary), next: page.next };
    },
  );

  app.get(
    "/reports/:id",
    {
      schema: {
        tags: ["reports"],
        summary: "One report with its text",
        params: idParams,
        response: { 200: reportSchema },
      },
    },
    async (request) => presentReport(await app.services.reports.get(request.params.id)),
  );

  app.post(
    "/reports",
    {
      schema: {
        tags: ["reports"],
        summary: "Paste a report; stored once, coded in the queue",
        body: z.object({
          text: z.string(),
          title: z.string().max(500).nullish(),
          url: z.string().max(2000).nullish(),
          published: isoDate.nullish(),
          source: z.string().max(200).nullish(),
        }),
        response: { 200: submittedSchema, 201: submittedSchema },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, "analyst");
      const done = await app.services.ingest.submit({ ...request.body, origin: "paste" }, principal);
      app.services.runner.notify();
      return reply.status(done.created ? 201 : 200).send({
        report: presentReportSummary(done.report),
        created: done.created,
        job: presentJob(done.job),
      });
    },
  );

  app.post(
    "/reports/upload",
    {
      schema: {
        tags: ["reports"],
        summary: "Upload a .txt, .md or .html file (multipart field `file`)",
        consumes: ["multipart/form-data"],
        description:
          "A multipart/form-data body with one file in the field `file` (UTF-8 text, Markdown or HTML).",
        response: { 200: submittedSchema, 201: submittedSchema },
      },
    },
    async (request, reply) => {
      const principal = requireRole(request, "analyst");
      if (!request.isMultipart())
        throw errors.invalidRequest("Send the file as multipart/form-data in a field named file.");
      const file = await request.file();
      if (!file) throw errors.invalidRequest("No file in the upload.");
      const done = await app.services.ingest.submitUpload(file.filename, await file.toBuffer(), principal);
      app.services.runner.notify();
      return reply.status(done.created ? 201 : 200).send({
        report: presentReportSummary(done.report),
        created: done.created,
        job: presentJob(done.job),
      });
    },
  );

  app.post(
    "/reports/fetch",
    {
      schema: {
        tags: ["reports"],
        summary: "Fetch a URL and keep its article body",
        body: z.object({ url: z.string().max(2000), wait: z.boolean().default(true) }),
        response: { 200: submittedSchema, 201: submittedSchema, 202: submittedSchema },
      },
    },
    async (request, reply) => {
      requireRole(request, "analyst");
      const done = await app.services.reports.fetchUrl(request.body.url, request.body.wait);
      const status = done.report ? (done.created ? 201 : 200) : 202;
      return reply.status(status).send({
        report: done.report && presentReportSummary(done.report),
        created: done.created,
        job: done.job && presentJob(done.job),
      });
    },
  );

  app.get(
    "/jobs/:id",
    { schema: { tags: ["jobs"], summary: "A job's state", params: idParams, response: { 200: jobSchema } } },
    async (request) => {
      requireRole(request, "analyst");
      const job = await app.services.store.jobs.get(request.params.id);
      if (!job) throw errors.notFound(`Job ${request.params.id}`);
      return presentJob(job);
    },
  );
}

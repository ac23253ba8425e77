import type { FastifyInstance } from "fastify";

/** A browser reading report pages: it keeps the reader cookie and the reply form's token. */
export interface Reader {
  cookie: string;
  token: string;
  /** Loads a report page (keeping the cookie the server sets) and returns its HTML. */
  open(reportId: number, query?: string): Promise<{ status: number; body: string }>;
  /** Posts the reply form; fields default to a valid comment. */
  post(
    reportId: number,
    fields: Record<string, string>,
    options?: { ip?: string; token?: string | null; cookie?: string | null; forwardedFor?: string },
  ): Promise<{ status: number; body: string; location: string | undefined }>;
}

const TOKEN = /name="csrf" value="([^"]+)"/;

/** A new reader with no cookie yet. */
export function newReader(app: FastifyInstance, ip = "203.0.113.7"): Reader {
  const reader: Reader = {
    cookie: "",
    token: "",
    async open(reportId, query = "") {
      const response = await app.inject({
        url: `/reports/${reportId}${query}`,
        headers: reader.cookie ? { cookie: reader.cookie } : {},
        remoteAddress: ip,
      });
      const set = response.cookies.find((c) => c.name === "sitrep_reader");
      if (set) reader.cookie = `sitrep_reader=${set.value}`;
      const token = TOKEN.exec(response.body)?.[1];
      if (token) reader.token = token;
      return { status: response.statusCode, body: response.body };
    },
    async post(reportId, fields, options = {}) {
      if (!reader.cookie) await reader.open(reportId);
      const token = options.token === undefined ? reader.token : options.token;
      const cookie = options.cookie === undefined ? reader.cookie : options.cookie;
      const form = new URLSearchParams({ ...(token === null ? {} : { csrf: token }), ...fields });
      const response = await app.inject({
        method: "POST",
        url: `/reports/${reportId}/comments`,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          ...(cookie ? { cookie } : {}),
          ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
        },
        payload: form.toString(),
        remoteAddress: options.ip ?? ip,
      });
      const location = response.headers.location;
      return {
        status: response.statusCode,
        body: response.body,
        location: typeof location === "string" ? location : undefined,
      };
    },
  };
  return reader;
}

/** The fields of a valid comment. */
export function commentFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    name: "Rania",
    email: "rania@example.org",
    website: "",
    comment: "Abu Dali was shelled again this morning.",
    ...overrides,
  };
}

/** A report for the tests, coded and with its events confirmed, returning its id. */
export async function addReport(
  app: FastifyInstance,
  fields: { title?: string; text?: string; url?: string; published?: string; source?: string } = {},
): Promise<number> {
  const { ingest, runner, store } = app.services;
  const done = await ingest.submit(
    {
      text: fields.text ?? "Russian jets struck HTS positions in Abu Dali. Fighting continued.",
      title: fields.title ?? "Jets strike Abu Dali",
      url: fields.url ?? null,
      published: fields.published ?? "2017-10-10",
      source: fields.source ?? "Example Wire",
      origin: "paste",
    },
    null,
  );
  await runner.drain(async () => (await store.jobs.statusCounts()).queued === 0);
  for (const event of await store.events.list({ reportId: done.report.id }, { limit: 100 }))
    await store.events.update(event.id, { status: "confirmed" });
  return done.report.id;
}

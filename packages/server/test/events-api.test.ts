import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, startApp, type TestApp } from "./helpers.js";

describe.each(engines)("events API on $engine", (engine) => {
  let t: TestApp;
  let token: string;
  let reportId: number;
  beforeAll(async () => {
    t = await startApp(engine);
    token = await t.tokenFor("analyst");
    const { report } = await t.store.reports.insertIfNew({
      text: "x",
      content_hash: "x",
      origin: "paste",
      published: "2017-10-10",
    });
    reportId = report.id;
    const base = {
      report_id: report.id,
      type: "ASSAULT",
      modality: "asserted",
      confidence: 0.8,
      rule: "r",
      extra: "{}",
    };
    await t.store.events.insertMany([
      {
        ...base,
        ordinal: 0,
        actor1_id: "rus-mil",
        actor1_name: "Military Forces of Russia",
        lat: 35.4,
        lon: 36.9,
        date_start: "2017-10-10",
        evidence_text: "Russian jets struck HTS",
      },
      {
        ...base,
        ordinal: 1,
        type: "COERCE",
        status: "confirmed",
        actor1_id: "saa",
        actor1_name: "Syrian Arab Army",
        date_start: "2017-10-11",
      },
    ]);
  });
  afterAll(async () => t?.close());

  it("answers health and serves the OpenAPI document", async () => {
    const health = await t.app.inject({ url: "/api/health" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ ok: true, engine: engine.engine });
    const doc = await t.app.inject({ url: "/api/openapi.json" });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().paths["/api/events"]).toBeDefined();
  });

  it("documents every operation: summary, parameters, success and catalogue errors", async () => {
    type Operation = {
      summary?: string;
      tags?: string[];
      parameters?: { in: string; name: string }[];
      responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
    };
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json<{
      openapi: string;
      security: unknown[];
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["session", "token"]);
    expect(doc.security).toEqual([{ token: [] }, { session: [] }, {}]);
    const backbone = [
      "/api/health",
      "/api/session",
      "/api/tokens",
      "/api/users",
      "/api/events",
      "/api/reports",
      "/api/jobs",
      "/api/feeds",
      "/api/exports",
    ];
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      expect(path.startsWith("/api/")).toBe(true);
      for (const [method, op] of Object.entries(methods)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.summary, where).toBeTruthy();
        expect(op.tags?.length, where).toBeGreaterThan(0);
        for (const param of path.match(/\{(\w+)\}/g) ?? [])
          expect(
            op.parameters?.some((p) => p.in === "path" && `{${p.name}}` === param),
            `${where} ${param}`,
          ).toBe(true);
        // Every error is the catalogue's body.
        for (const range of ["4XX", "5XX"]) {
          const ref = op.responses[range]?.content?.["application/json"]?.schema as { $ref?: string };
          expect(ref?.$ref, `${where} ${range}`).toBe("#/components/schemas/Error");
          const schema = doc.components.schemas.Error as { properties?: { error?: { required?: string[] } } };
          expect(schema?.properties?.error?.required, `${where} ${range}`).toEqual(["id", "message"]);
        }
        if (backbone.some((prefix) => path.startsWith(prefix))) {
          operations++;
          const success = Object.keys(op.responses).filter((code) => /^2\d\d$/.test(code));
          expect(success.length, where).toBeGreaterThan(0);
          for (const code of success)
            if (code !== "204")
              expect(
                Object.keys(op.responses[code]!.content ?? {}).length,
                `${where} ${code}`,
              ).toBeGreaterThan(0);
        }
      }
    }
    expect(operations).toBeGreaterThanOrEqual(28);
    // Nothing internal is described: no password or token hashes, no session ids.
    expect(JSON.stringify(doc)).not.toMatch(/password_hash|token_hash|id_hash|locked_by|content_hash/);
  });

  it("lists events with filters for a signed-in user", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const all = await t.app.inject({ url: "/api/events", headers: auth });
    expect(all.statusCode).toBe(200);
    expect(all.json<{ events: { type: string }[] }>().events.map((e) => e.type)).toEqual([
      "COERCE",
      "ASSAULT",
    ]);
    const first = all.json().events[1];
    expect(first).toMatchObject({
      report_id: reportId,
      status: "proposed",
      actor1: { id: "rus-mil" },
      location: { lat: 35.4, lon: 36.9 },
      date: { start: "2017-10-10" },
    });
    const filtered = await t.app.inject({
      url: "/api/events?type=assault&bbox=36,35,37,36&from=2017-10-01&to=2017-10-10&q=jets&actor=rus-mil&status=proposed",
      headers: auth,
    });
    expect(filtered.json().events).toHaveLength(1);
    const paged = await t.app.inject({ url: "/api/events?limit=1", headers: auth });
    expect(paged.json().next).toBe(paged.json().events[0].id);
  });

  it("shows anonymous readers confirmed events only", async () => {
    const anonymous = await t.app.inject({ url: "/api/events?status=any" });
    expect(anonymous.json<{ events: { status: string }[] }>().events.map((e) => e.status)).toEqual([
      "confirmed",
    ]);
    expect((await t.app.inject({ url: "/api/events?status=proposed" })).json().events).toEqual([]);
    const proposedId = (
      await t.app.inject({ url: "/api/events", headers: { authorization: `Bearer ${token}` } })
    ).json().events[1].id;
    expect((await t.app.inject({ url: `/api/events/${proposedId}` })).statusCode).toBe(404);
  });

  it("answers bad input from the error catalogue without leaking internals", async () => {
    const bad = await t.app.inject({ url: "/api/events?from=yesterday&limit=5000" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.id).toBe("invalid_request");
    expect(bad.json().error.message).toMatch(/from/);
    const missing = await t.app.inject({
      url: "/api/events/999999",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { id: "not_found", message: "Event 999999 not found." } });
    const unknown = await t.app.inject({ url: "/api/nothing" });
    expect(unknown.json().error.id).toBe("not_found");
    const badToken = await t.app.inject({ url: "/api/events", headers: { authorization: "Bearer nope" } });
    expect(badToken.statusCode).toBe(401);
    expect(badToken.json().error.id).toBe("unauthorized");
  });
});

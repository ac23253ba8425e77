// A small in-memory stand-in for `sitrep serve` that the territorial-control browser test still uses
// (the main journeys run against the real server: e2e.test.ts): the API the web app uses and
// the built app from packages/web/dist. Used by the browser tests and the bench; loopback only.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { randomBytes } from "node:crypto";
import { ACTORS, PLACES, REPORTS, syntheticPoints } from "./mock-data.mjs";
// The server's own encoder of the map points' binary columns (built by `tsc -b packages/cli`).
import { encodePointsBinary } from "../../server/dist/presenters/points.js";
import { codeReport } from "./mock-coder.mjs";
import { controlApi } from "./mock-control.mjs";

const DIST = fileURLToPath(new URL("../dist", import.meta.url));
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Starts the mock on 127.0.0.1; `synthetic` adds that many generated map points. */
export async function startMockApi({ port = 0, synthetic = 0, jobMs = 900 } = {}) {
  let seq = 0;
  const nextId = () => String(++seq);
  const users = { admin: { name: "admin", role: "admin", password: "sitrep-admin" } };
  const sessions = new Map();
  const actors = ACTORS.map((a) => ({ ...a }));
  const places = PLACES.map((p) => ({ ...p, analyst: false }));
  const reports = new Map(REPORTS.map((r) => [r.id, r]));
  const events = new Map();
  const history = new Map();
  const jobs = new Map();
  const controlEdits = [];
  const log = (id, action, user, extra = {}) => {
    if (!history.has(id)) history.set(id, []);
    history.get(id).push({
      id: String(history.get(id).length + 1),
      at: new Date().toISOString(),
      user,
      action,
      reason: null,
      changes: null,
      ...extra,
    });
  };
  for (const r of REPORTS)
    for (const e of codeReport(r, nextId))
      (events.set(e.id, e), log(e.id, "coded", null, { changes: { rule: e.rule } }));
  const synth = syntheticPoints(synthetic);

  const send = (res, status, body, headers = {}) => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": typeof body === "string" ? "text/plain" : "application/json",
      ...headers,
    });
    res.end(text);
  };
  const readBody = (req) =>
    new Promise((ok) => {
      const parts = [];
      req.on("data", (c) => parts.push(c));
      req.on("end", () => ok(Buffer.concat(parts)));
    });
  const session = (req) => sessions.get(/sid=([^;]+)/.exec(req.headers.cookie ?? "")?.[1]);

  const matches = (e, q) => {
    const list = (k) => q.get(k)?.split(",").filter(Boolean) ?? [];
    if (list("status").length && !list("status").includes(e.status)) return false;
    if (list("type").length && !list("type").includes(e.type)) return false;
    if (list("modality").length && !list("modality").includes(e.modality)) return false;
    if (list("actor").length && !list("actor").some((a) => a === e.actor1?.id || a === e.actor2?.id))
      return false;
    if (q.get("report") && e.reportId !== q.get("report")) return false;
    if (q.get("from") && (!e.date || e.date.start < q.get("from"))) return false;
    if (q.get("to") && (!e.date || e.date.start > q.get("to"))) return false;
    return true;
  };
  const startJob = (newReports) => {
    const job = {
      id: `j${jobs.size + 1}`,
      state: "queued",
      progress: 0,
      reportIds: newReports.map((r) => r.id),
      eventCount: null,
      error: null,
    };
    jobs.set(job.id, job);
    setTimeout(() => Object.assign(job, { state: "running", progress: 0.4 }), jobMs / 3);
    setTimeout(() => {
      let count = 0;
      for (const r of newReports)
        for (const e of codeReport(r, nextId)) (events.set(e.id, e), log(e.id, "coded", null), count++);
      Object.assign(job, { state: "done", progress: 1, eventCount: count });
    }, jobMs);
    return job;
  };
  const exportBody = (format, list) => {
    if (format === "geojson")
      return JSON.stringify({
        type: "FeatureCollection",
        features: list.map((e) => ({
          type: "Feature",
          id: e.id,
          geometry: e.location ? { type: "Point", coordinates: [e.location.lon, e.location.lat] } : null,
          properties: { type: e.type, mode: e.mode, event_date: e.date?.start ?? null },
        })),
      });
    if (format === "csv")
      return [
        "event_id_cnty,event_date,event_type",
        ...list.map((e) => `${e.id},${e.date?.start ?? ""},${e.acled?.event_type ?? ""}`),
      ].join("\n");
    if (format === "atom")
      return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Sitrep</title>${list.map((e) => `<entry><id>${e.id}</id></entry>`).join("")}</feed>`;
    return list.map((e) => JSON.stringify(e)).join("\n");
  };

  async function api(req, res, url, user) {
    const path = url.pathname.slice(4);
    const q = url.searchParams;
    const method = req.method;
    const body = method === "GET" ? null : await readBody(req);
    const json = () => {
      try {
        return JSON.parse(body.toString("utf8") || "{}");
      } catch {
        return {};
      }
    };
    if (path === "/health") return send(res, 200, { ok: true });
    // Sessions as the real server answers them (POST/GET/DELETE /session, errors as { error: { id, message } }).
    if (path === "/session" && method === "POST") {
      const { name, password } = json();
      const u = users[name];
      if (!u || u.password !== password)
        return send(res, 401, { error: { id: "bad_credentials", message: "Wrong user name or password." } });
      const sid = randomBytes(12).toString("hex");
      const csrfToken = randomBytes(12).toString("hex");
      sessions.set(sid, { user: { name: u.name, role: u.role }, csrfToken });
      return send(
        res,
        200,
        { user: { name: u.name, role: u.role }, csrf_token: csrfToken },
        { "set-cookie": `sid=${sid}; Path=/; HttpOnly; SameSite=Lax` },
      );
    }
    if (path === "/session" && method === "GET")
      return send(res, 200, { user: user?.user ?? null, csrf_token: user?.csrfToken ?? null });
    if (path === "/session" && method === "DELETE") return (res.writeHead(204), res.end());
    if (
      controlApi({
        method,
        path,
        q,
        json,
        user,
        csrfOk: req.headers["x-csrf-token"] === user?.csrfToken,
        events: events.values(),
        edits: controlEdits,
        send,
        res,
      })
    )
      return;
    if (!user) return send(res, 401, { id: "unauthenticated", message: "Sign in first." });
    if (method !== "GET" && req.headers["x-csrf-token"] !== user.csrfToken)
      return send(res, 403, { id: "csrf", message: "Missing or wrong CSRF token." });
    if (path === "/auth/me") return send(res, 200, { user: user.user, csrfToken: user.csrfToken });
    if (path === "/auth/logout") return send(res, 200, {});
    if (path === "/events/points") {
      const rows = [...events.values()]
        .filter((e) => e.location)
        .map((e) => [
          e.id,
          e.location.lon,
          e.location.lat,
          e.type,
          e.actor1?.id ?? null,
          e.actor2?.id ?? null,
          e.date?.start ?? null,
          e.status,
          e.modality,
        ]);
      if (q.get("format") === "binary") {
        res.writeHead(200, { "content-type": "application/vnd.sitrep.points" });
        return res.end(encodePointsBinary(rows.concat(synth)));
      }
      return send(res, 200, {
        columns: ["id", "lon", "lat", "type", "actor1", "actor2", "date", "status", "modality"],
        rows: rows.concat(synth),
      });
    }
    if (path === "/events") {
      let list = [...events.values()].filter((e) => matches(e, q));
      if (q.get("sort") === "-confidence") list.sort((a, b) => b.confidence - a.confidence);
      return send(res, 200, { events: list.slice(0, Number(q.get("limit") ?? 100)), total: list.length });
    }
    const ev = /^\/events\/([^/]+)(?:\/(\w+))?$/.exec(path);
    if (ev) {
      const e = events.get(ev[1]);
      if (!e) return send(res, 404, { id: "not_found", message: "No such event." });
      const who = user.user.name;
      if (!ev[2] && method === "GET") return send(res, 200, e);
      if (ev[2] === "history") return send(res, 200, { history: history.get(e.id) ?? [] });
      if (ev[2] === "confirm")
        return ((e.status = "confirmed"), log(e.id, "confirm", who), send(res, 200, e));
      if (ev[2] === "reject")
        return (
          (e.status = "rejected"),
          log(e.id, "reject", who, { reason: json().reason }),
          send(res, 200, e)
        );
      if (ev[2] === "merge") {
        for (const id of json().ids ?? []) {
          const d = events.get(id);
          if (d) ((d.status = "merged"), log(id, "merged", who, { changes: { into: e.id } }));
        }
        log(e.id, "merge", who, { changes: { merged: json().ids } });
        return send(res, 200, e);
      }
      if (!ev[2] && method === "PATCH")
        return (Object.assign(e, json()), log(e.id, "edit", who, { changes: json() }), send(res, 200, e));
    }
    const rep = /^\/reports\/([^/]+)$/.exec(path);
    if (rep && rep[1] !== "upload")
      return reports.has(rep[1])
        ? send(res, 200, reports.get(rep[1]))
        : send(res, 404, { message: "No such report." });
    if (path === "/reports" || path === "/reports/upload") {
      let input = json();
      if (path === "/reports/upload") {
        const text = body.toString("utf8");
        const content = /\r\n\r\n([\s\S]*?)\r\n--/.exec(text)?.[1] ?? "";
        input = { text: content, title: /filename="([^"]+)"/.exec(text)?.[1] ?? null };
      }
      if (input.url)
        input = {
          text: `Report fetched from ${input.url}. SDF fighters captured parts of Raqqa.`,
          url: input.url,
        };
      const dup = [...reports.values()].find((r) => r.text === input.text);
      if (dup)
        return send(res, 200, {
          job: { id: "dup", state: "done", progress: 1, reportIds: [dup.id], eventCount: 0, error: null },
        });
      const report = {
        id: `r${reports.size + 1}`,
        title: input.title ?? null,
        text: input.text ?? "",
        url: input.url ?? null,
        published: input.published ?? new Date().toISOString().slice(0, 10),
      };
      reports.set(report.id, report);
      return send(res, 202, { job: startJob([report]) });
    }
    if (path === "/feeds") return send(res, 202, startJob([]));
    const job = /^\/jobs\/([^/]+)$/.exec(path);
    if (job)
      return jobs.has(job[1])
        ? send(res, 200, jobs.get(job[1]))
        : send(res, 404, { message: "No such job." });
    if (path === "/actors" && method === "GET") return send(res, 200, { actors });
    if (path === "/actors" && method === "POST") return (actors.push(json()), send(res, 201, json()));
    const act = /^\/actors\/([^/]+)$/.exec(path);
    if (act) return send(res, 200, Object.assign(actors.find((a) => a.id === act[1]) ?? {}, json()));
    if (path === "/places" && method === "GET") {
      const needle = (q.get("q") ?? "").toLowerCase();
      const list = places.filter(
        (p) =>
          (q.get("source") === "analyst" ? p.analyst : true) &&
          (!needle || p.name.toLowerCase().includes(needle)),
      );
      return send(res, 200, { places: list.slice(0, Number(q.get("limit") ?? 10)) });
    }
    if (path === "/places" && method === "POST") {
      const p = { ...json(), id: `a${places.length + 1}`, analyst: true };
      places.push(p);
      return send(res, 201, p);
    }
    const pl = /^\/places\/([^/]+)$/.exec(path);
    if (pl) return send(res, 200, Object.assign(places.find((p) => p.id === pl[1]) ?? {}, json()));
    const exp = /^\/exports\/(\w+)$/.exec(path);
    if (exp) {
      const list = [...events.values()].filter((e) => matches(e, q));
      const ext =
        { geojson: "geojson", csv: "csv", plover: "json", jsonl: "jsonl", atom: "atom" }[exp[1]] ?? "txt";
      return send(res, 200, exportBody(exp[1], list), {
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename="sitrep-events.${ext}"`,
      });
    }
    return send(res, 404, { id: "not_found", message: `No route ${method} ${path}` });
  }

  async function handle(req, res) {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname.startsWith("/api/")) return api(req, res, url, session(req));
    const page = /^\/reports\/([^/]+)$/.exec(url.pathname);
    if (page)
      return send(
        res,
        200,
        `<!doctype html><title>${reports.get(page[1])?.title ?? "Report"}</title><p>${reports.get(page[1])?.text ?? ""}</p>`,
        { "content-type": "text/html" },
      );
    const file = normalize(join(DIST, url.pathname));
    const inside = file.startsWith(DIST) && extname(file);
    try {
      const path = inside ? file : join(DIST, "index.html");
      const data = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(data);
    } catch {
      send(res, 404, "Not found");
    }
  }

  const server = createServer(
    (req, res) => void handle(req, res).catch((err) => send(res, 500, { message: String(err) })),
  );
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => (server.closeAllConnections(), server.close(ok))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mock = await startMockApi({
    port: Number(process.env.PORT ?? 8080),
    synthetic: Number(process.env.SYNTHETIC ?? 0),
  });
  console.log(`mock Sitrep API and app at ${mock.url} (admin / sitrep-admin)`);
}

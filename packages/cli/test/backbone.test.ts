import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createThrowawayDatabase, testServerUrl } from "@sitrep/store";
import { sitrep } from "./cli.js";

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const REPORTS = [
  {
    id: "a",
    published: "2017-10-12",
    text: "Russian warplanes struck the town of Saraqib in Idlib province on Wednesday, killing 7 civilians.",
  },
  {
    id: "b",
    published: "2017-10-14",
    text: "The Syrian army captured the village of Khanasir after heavy clashes with HTS fighters.",
  },
];

// Each test spawns the CLI a few times (PGlite start-up, the coder's model): slow on a busy machine.
describe("sitrep import, export and user", { timeout: 180_000 }, () => {
  const data = dataDir();
  const file = join(data, "reports.jsonl");
  writeFileSync(
    file,
    [...REPORTS.map((r) => JSON.stringify(r)), "{not json", JSON.stringify({ id: "c" }), ""].join("\n"),
  );

  it("imports, codes, and counts new, already there and rejected", () => {
    const first = sitrep(["import", file, "--data", data]);
    expect(first.stdout).toBe("2 new, 0 already there, 2 rejected\n");
    expect(first.stderr).toMatch(/Malformed line 3: not JSON/);
    expect(first.stderr).toMatch(/Malformed line 4: text/);
    expect(first.status).toBe(0);
    const again = sitrep(
      ["import", "-", "--data", data],
      JSON.stringify({ ...REPORTS[0], id: "a2", text: `  ${REPORTS[0]!.text}  ` }),
    );
    expect(again.stdout).toBe("0 new, 1 already there, 0 rejected\n");
    expect(sitrep(["import", join(data, "missing.jsonl"), "--data", data]).stderr).toMatch(/no such file/);
  });

  it("exports the coded events to stdout", () => {
    const jsonl = sitrep(["export", "--data", data, "--format", "jsonl", "--status", "any"]);
    expect(jsonl.status).toBe(0);
    const events = jsonl.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { type: string; status: string; report: { id: number } });
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.every((e) => e.status === "proposed")).toBe(true);
    const csv = sitrep(["export", "--data", data, "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toMatch(/^event_id_cnty,event_date,year,/);
    expect(sitrep(["export", "--data", data, "--format", "geojson", "--status", "confirmed"]).stdout).toMatch(
      /^\{"type":"FeatureCollection","features":\[\n\n\]\}/,
    );
    expect(sitrep(["export", "--data", data, "--format", "xml"]).status).toBe(2);
    expect(sitrep(["export", "--data", data, "--format", "csv", "--from", "yesterday"]).stderr).toMatch(
      /from/,
    );
  });

  it("manages users", () => {
    expect(
      sitrep(
        ["user", "add", "amal", "--role", "editor", "--password-stdin", "--data", data],
        "a long password\n",
      ).stdout,
    ).toBe("added amal (editor)\n");
    expect(
      sitrep(
        ["user", "add", "amal", "--role", "editor", "--password-stdin", "--data", data],
        "a long password\n",
      ).stderr,
    ).toMatch(/already exists/);
    expect(sitrep(["user", "add", "bo", "--role", "boss", "--data", data]).status).toBe(2);
    expect(sitrep(["user", "add", "bo", "--role", "analyst", "--data", data]).stdout).toMatch(
      /^added bo \(analyst\) with password: \S{12,}\n$/,
    );
    expect(sitrep(["user", "list", "--data", data]).stdout).toMatch(/^amal\teditor\t.*\nbo\tanalyst\t/);
    expect(sitrep(["user", "passwd", "bo", "--password-stdin", "--data", data], "short").stderr).toMatch(
      /at least 10/,
    );
    expect(sitrep(["user", "remove", "bo", "--data", data]).stdout).toBe("removed bo\n");
  });
});

describe("sitrep serve and worker", { timeout: 180_000 }, () => {
  it("serves the API with health and OpenAPI, and creates the first admin", async () => {
    const data = dataDir();
    const bin = fileURLToPath(new URL("../bin/sitrep.mjs", import.meta.url));
    const child = spawn(process.execPath, [bin, "serve", "--data", data, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 120_000;
      while (!/serving .* at (http:\/\/\S+)\//.test(output) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      const base = /at (http:\/\/\S+?)\//.exec(output)?.[1];
      expect(output).toMatch(/Created the first admin: name admin, password \S+/);
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(200);
      const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(["/api/events", "/api/reports", "/api/exports/{file}"]),
      );
    } finally {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });

  it("refuses to run a worker without DATABASE_URL", () => {
    const result = sitrep(["worker"], "", { DATABASE_URL: "" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/needs DATABASE_URL/);
  });

  it("imports through a PostgreSQL server when DATABASE_URL is set", async () => {
    const server = await testServerUrl();
    if (!server) {
      if (process.env.CI === "true") throw new Error("PostgreSQL is not reachable; CI needs it");
      return;
    }
    const database = await createThrowawayDatabase(server);
    try {
      const line = JSON.stringify(REPORTS[1]);
      expect(sitrep(["import", "-"], line, { DATABASE_URL: database.url }).stdout).toBe(
        "1 new, 0 already there, 0 rejected\n",
      );
      const events = sitrep(["export", "--format", "jsonl"], "", { DATABASE_URL: database.url })
        .stdout.trim()
        .split("\n");
      expect(events.length).toBeGreaterThanOrEqual(1);
    } finally {
      await database.drop();
    }
  });
});

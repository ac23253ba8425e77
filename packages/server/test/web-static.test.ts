// The built web app's files: hashed assets kept a year, the basemap a day, index.html asked about each
// visit; Brotli or gzip copies written at build time sent to browsers that take them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWebApp } from "../src/web.js";

describe("the web app's files", () => {
  let dir: string;
  let app: FastifyInstance;
  const script = "console.log('sitrep');\n".repeat(100);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-web-static-"));
    mkdirSync(join(dir, "assets"));
    mkdirSync(join(dir, "basemap"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Sitrep</title>");
    writeFileSync(join(dir, "assets/index-abc123.js"), script);
    writeFileSync(join(dir, "assets/index-abc123.js.br"), brotliCompressSync(script));
    writeFileSync(join(dir, "basemap/places.json"), "[]");
    app = Fastify();
    expect(await serveWebApp(app, dir)).toBe(true);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps hashed assets a year, the basemap a day, and asks about index.html each time", async () => {
    const asset = await app.inject({ url: "/assets/index-abc123.js" });
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.body).toBe(script);
    const basemap = await app.inject({ url: "/basemap/places.json" });
    expect(basemap.headers["cache-control"]).toBe("public, max-age=86400");
    const index = await app.inject({ url: "/" });
    expect(index.headers["cache-control"]).toBe("no-cache");
    expect(index.headers.etag).toBeTruthy();
  });

  it("sends the Brotli copy to a browser that accepts it, and the file as is otherwise", async () => {
    const br = await app.inject({
      url: "/assets/index-abc123.js",
      headers: { "accept-encoding": "gzip, br" },
    });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    const plain = await app.inject({
      url: "/assets/index-abc123.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(script);
  });
});

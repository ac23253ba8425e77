import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A route of the local test site: status, headers and body, or a handler. */
export type Page =
  | { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string> }
  | ((req: IncomingMessage, res: ServerResponse) => void);

/** A local HTTP server for URL and feed tests (no internet). */
export interface Site {
  url(path: string): string;
  requests: { path: string; headers: IncomingMessage["headers"]; at: number }[];
  close(): Promise<void>;
}

/** Starts a site on 127.0.0.1 serving these pages. */
export async function startSite(pages: Record<string, Page>): Promise<Site> {
  const requests: Site["requests"] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ path: req.url ?? "/", headers: req.headers, at: Date.now() });
    const page = pages[req.url ?? "/"];
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (typeof page === "function") {
      page(req, res);
      return;
    }
    res
      .writeHead(page.status ?? 200, {
        "content-type": page.type ?? "text/html; charset=utf-8",
        ...page.headers,
      })
      .end(page.body);
  });
  // Keep idle connections longer than any test's pause (Node closes them after 5 s): fetch reuses a pooled
  // socket, and one closed by the site while a busy machine held the event loop fails with ECONNRESET.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A blog-style article page with share buttons, related links and a comment form around the body. */
export function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><title>${title} | War Blog</title>
<meta property="article:published_time" content="2017-10-10T08:00:00Z"></head><body>
<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<div class="share">Share this: <a href="#">Twitter</a> <a href="#">Facebook</a></div>
</article>
<section class="related"><h3>Related</h3><ul><li><a href="/x">Another story about the war</a></li></ul></section>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><textarea name="comment"></textarea><input name="email"><button>Post Comment</button></form></div>
</main><footer>© War Blog</footer></body></html>`;
}

/** A URL on a local port where nothing listens. */
export async function closedUrl(path: string): Promise<string> {
  const server = createServer();
  // Keep idle connections longer than any test's pause (Node closes them after 5 s): fetch reuses a pooled
  // socket, and one closed by the site while a busy machine held the event loop fails with ECONNRESET.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}${path}`;
}

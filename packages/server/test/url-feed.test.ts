import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, startApp, type TestApp } from "./helpers.js";
import { articlePage, closedUrl, startSite, type Site } from "./http-fixture.js";

const BODY = [
  "ISIS fighters who broke out of the Akerbat pocket attacked HTS-held villages east of Hama and took several of them.",
  "Russian jets struck both groups, and also pounded HTS positions in Abu Dali, 50 km to the west.",
  "The Syrian army took the area north of the clashes unopposed and is massing forces south of Aleppo.",
];
const LONG = "Russian jets struck positions near Saraqib overnight, according to local sources. ".repeat(8);

function rss(items: string): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>War Wire</title><link>http://x</link>${items}</channel></rss>`;
}

describe.each(engines)("URLs and feeds on $engine", (engine) => {
  let t: TestApp;
  let site: Site;
  let auth: Record<string, string>;
  let feedPolls = 0;
  let flakyPolls = 0;
  beforeAll(async () => {
    t = await startApp(engine, { maxReportBytes: 20_000, fetchTimeoutMs: 2000 });
    auth = { authorization: `Bearer ${await t.tokenFor("analyst")}` };
    site = await startSite({
      "/article": { body: articlePage("Fighting east of Hama", BODY) },
      "/image.png": { type: "image/png", body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
      "/huge": { type: "text/html", body: `<html><body><p>${"z ".repeat(60_000)}</p></body></html>` },
      "/empty": { body: "<html><body><nav>Home</nav></body></html>" },
      "/broken": { status: 500, body: "oops" },
      "/rss": (req, res) => {
        feedPolls++;
        if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
        res
          .writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' })
          .end(
            rss(
              `<item><title>Saraqib</title><link>${site.url("/saraqib")}</link><pubDate>Wed, 11 Oct 2017 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>` +
                `<item><title>Hama</title><link>${site.url("/article")}</link><description>Short teaser.</description></item>`,
            ),
          );
      },
      "/atom": {
        type: "application/atom+xml",
        body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2017-10-10T00:00:00Z</updated><entry><title>E</title><id>urn:e</id><link href="${"http://127.0.0.1:1/never"}"/><updated>2017-10-12T00:00:00Z</updated><content type="html">&lt;p&gt;${LONG.replace("Saraqib", "Maarat")}&lt;/p&gt;</content></entry></feed>`,
      },
      "/not-a-feed": { body: articlePage("Not a feed", BODY) },
      // Answers the first poll, fails the next two, then recovers.
      "/flaky": (_req, res) => {
        flakyPolls++;
        if (flakyPolls === 2 || flakyPolls === 3) return void res.writeHead(503).end("busy");
        res
          .writeHead(200, { "content-type": "application/rss+xml" })
          .end(
            rss(`<item><title>F${flakyPolls}</title><description>${LONG} ${flakyPolls}</description></item>`),
          );
      },
      "/slow-1": { body: articlePage("One", BODY) },
      "/slow-2": { body: articlePage("Two", [...BODY].reverse()) },
    });
  });
  afterAll(async () => {
    await t?.close();
    await site?.close();
  });

  const fetchUrl = (url: string) =>
    t.app.inject({ method: "POST", url: "/api/reports/fetch", headers: auth, payload: { url } });
  const errorOf = (response: { json: <T>() => T }) =>
    response.json<{ error: { id: string; message: string } }>().error;

  it("keeps only the article body of a fetched page, once per URL", async () => {
    const first = await fetchUrl(site.url("/article"));
    expect(first.statusCode).toBe(201);
    const { report } = first.json<{ report: { id: number; title: string; published: string } }>();
    expect(report.published).toBe("2017-10-10");
    const stored = await t.store.reports.get(report.id);
    expect(stored?.text).toContain("Akerbat pocket");
    expect(stored?.text).toContain("south of Aleppo");
    expect(stored?.text).not.toMatch(
      /Leave a Reply|email address|Share this|Another story|Post Comment|Home/,
    );
    const again = await fetchUrl(site.url("/article"));
    expect(again.statusCode).toBe(200);
    expect(again.json<{ report: { id: number } }>().report.id).toBe(report.id);
  });

  it("names what is wrong with a URL", async () => {
    expect(errorOf(await fetchUrl(await closedUrl("/closed")))).toMatchObject({
      id: "unreachable_url",
      message: expect.stringContaining("connection refused"),
    });
    expect(errorOf(await fetchUrl(site.url("/missing")))).toMatchObject({
      id: "unreachable_url",
      message: expect.stringContaining("HTTP 404"),
    });
    expect(errorOf(await fetchUrl(site.url("/broken")))).toMatchObject({
      id: "unreachable_url",
      message: expect.stringContaining("HTTP 500"),
    });
    expect(errorOf(await fetchUrl(site.url("/image.png")))).toMatchObject({
      id: "not_text",
      message: expect.stringContaining("image/png"),
    });
    expect(errorOf(await fetchUrl(site.url("/huge")))).toMatchObject({ id: "too_large" });
    expect(errorOf(await fetchUrl(site.url("/empty")))).toMatchObject({ id: "no_article" });
    expect(errorOf(await fetchUrl("ftp://example.org/x"))).toMatchObject({ id: "invalid_request" });
    expect(errorOf(await fetchUrl("not a url"))).toMatchObject({ id: "invalid_request" });
  });

  it("subscribes to RSS, stores full items, fetches short ones, and polls conditionally", async () => {
    const added = await t.app.inject({
      method: "POST",
      url: "/api/feeds",
      headers: auth,
      payload: { url: site.url("/rss") },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<{ title: string }>()).toMatchObject({ title: "War Wire", failures: 0 });
    const saraqib = await t.store.reports.findByUrl(site.url("/saraqib"));
    expect(saraqib).toMatchObject({ origin: "feed", published: "2017-10-11", title: "Saraqib" });
    // The short item's link was already stored as a report (the article test), so nothing more is fetched.
    const feed = (await t.store.feeds.list())[0]!;
    expect(feed.etag).toBe('"v1"');
    await t.store.jobs.enqueue({ kind: "poll-feed", payload: { feedId: feed.id } });
    await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
    expect(feedPolls).toBe(2);
    expect(site.requests.filter((r) => r.path === "/rss").at(-1)?.headers["if-none-match"]).toBe('"v1"');
    const list = await t.app.inject({ url: "/api/feeds", headers: auth });
    expect(list.json<{ feeds: unknown[] }>().feeds).toHaveLength(1);
  });

  it("reads Atom feeds", async () => {
    const added = await t.app.inject({
      method: "POST",
      url: "/api/feeds",
      headers: auth,
      payload: { url: site.url("/atom") },
    });
    expect(added.statusCode).toBe(201);
    expect(await t.store.reports.list({ text: "Maarat" }, { limit: 5 })).toHaveLength(1);
  });

  it("backs off a failing feed exponentially and recovers", async () => {
    const added = await t.app.inject({
      method: "POST",
      url: "/api/feeds",
      headers: auth,
      payload: { url: site.url("/flaky") },
    });
    expect(added.statusCode).toBe(201);
    const id = added.json<{ id: number }>().id;
    const poll = async () => {
      await t.store.jobs.enqueue({ kind: "poll-feed", payload: { feedId: id } });
      await t.app.services.runner.drain(async () => (await t.store.jobs.statusCounts()).queued === 0);
      const feed = (await t.store.feeds.get(id))!;
      const wait = (feed.next_poll_at.getTime() - feed.last_polled_at!.getTime()) / 1000;
      return { failures: feed.failures, error: feed.last_error, wait };
    };
    const interval = 900;
    expect(await poll()).toEqual({
      failures: 1,
      error: expect.stringContaining("HTTP 503"),
      wait: interval * 2,
    });
    expect(await poll()).toEqual({
      failures: 2,
      error: expect.stringContaining("HTTP 503"),
      wait: interval * 4,
    });
    expect(await poll()).toEqual({ failures: 0, error: null, wait: interval });
    const listed = await t.app.inject({ url: "/api/feeds", headers: auth });
    expect(listed.json<{ feeds: { url: string; failures: number }[] }>().feeds).toContainEqual(
      expect.objectContaining({ url: site.url("/flaky"), failures: 0 }),
    );
    expect(await t.store.reports.count()).toBeGreaterThan(0);
  });

  it("spaces requests to one host by the host interval, across runners", async () => {
    const polite = await startApp(engine, { hostIntervalSeconds: 1, fetchTimeoutMs: 5000 });
    try {
      const token = await polite.tokenFor("analyst");
      const before = site.requests.length;
      // Two apps over one database stand for two workers; the slot is booked in the database.
      const responses = await Promise.all(
        ["/slow-1", "/slow-2"].map((path) =>
          polite.app.inject({
            method: "POST",
            url: "/api/reports/fetch",
            headers: { authorization: `Bearer ${token}` },
            payload: { url: site.url(path) },
          }),
        ),
      );
      expect(responses.map((r) => [r.statusCode, r.body])).toEqual([
        [201, expect.any(String)],
        [201, expect.any(String)],
      ]);
      const times = site.requests.slice(before).map((r) => r.at);
      expect(times).toHaveLength(2);
      // One interval apart (less the time the first request took to arrive after booking its slot).
      expect(Math.abs(times[1]! - times[0]!)).toBeGreaterThanOrEqual(800);
    } finally {
      await polite.close();
    }
  });

  it("refuses what is not a feed and does not keep it", async () => {
    const notFeed = await t.app.inject({
      method: "POST",
      url: "/api/feeds",
      headers: auth,
      payload: { url: site.url("/not-a-feed") },
    });
    expect(notFeed.statusCode).toBe(422);
    expect(errorOf(notFeed)).toMatchObject({
      id: "not_a_feed",
      message: expect.stringContaining("/not-a-feed"),
    });
    const unreachable = await t.app.inject({
      method: "POST",
      url: "/api/feeds",
      headers: auth,
      payload: { url: await closedUrl("/feed") },
    });
    expect(errorOf(unreachable).id).toBe("unreachable_url");
    expect((await t.store.feeds.list()).map((f) => f.url)).not.toContain(site.url("/not-a-feed"));
  });
});

import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addReport, commentFields, newReader } from "./comment-fixture.js";
import { engines, startApp, type TestApp } from "./helpers.js";

const EMAIL = "private.person@example.org";

describe.each(engines)("report pages and the reply form on $engine", (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let reportId: number;
  beforeAll(async () => {
    t = await startApp(engine, {
      commentsPerMinute: 3,
      commentMaxChars: 500,
      publicUrl: "https://sitrep.test",
      trustProxy: "192.0.2.200",
    });
    editor = { authorization: `Bearer ${await t.tokenFor("editor", "eddie")}` };
    reportId = await addReport(t.app, {
      title: "Jets strike <Abu Dali>",
      url: "https://news.test/abu-dali",
      text: "Russian jets struck HTS positions in Abu Dali.\n\nA second paragraph <b>with markup</b>.",
    });
  });
  afterAll(async () => t?.close());

  const approve = (id: number) =>
    t.app.inject({ method: "POST", url: `/api/comments/${id}/approve`, headers: editor });
  const idFrom = (location: string | undefined) => Number(/#comment-(\d+)$/.exec(location ?? "")?.[1]);

  it("renders a report's page: title, date, source link, escaped text and a map of its confirmed events", async () => {
    const page = await newReader(t.app).open(reportId);
    expect(page.status).toBe(200);
    expect(page.body).toContain("<h1>Jets strike &lt;Abu Dali&gt;</h1>");
    expect(page.body).toContain('<time datetime="2017-10-10">10 October 2017</time>');
    expect(page.body).toContain(
      '<a href="https://news.test/abu-dali" rel="noopener noreferrer">Original report</a>',
    );
    expect(page.body).toContain("<p>A second paragraph &lt;b&gt;with markup&lt;/b&gt;.</p>");
    expect(page.body).toMatch(/<svg class="event-map"[^>]*aria-label="Map of 1 confirmed event"/);
    expect(page.body).toMatch(
      /<circle cx="[\d.]+" cy="[\d.]+" r="6"><title>ASSAULT · Abu Dali · 2017-10-10<\/title>/,
    );
    expect(page.body).toMatch(/<path d="M[\d. LMZ-]+"><title>Syria<\/title>/);
    // Nothing is loaded from elsewhere: no scripts, images, frames or external style sheets.
    expect(page.body).not.toMatch(/<script|<img|<iframe|<link rel="stylesheet"/);
    expect(page.body).toContain("Your email address will not be published. Required fields are marked");
    expect(page.body.length).toBeLessThan(60_000);
    const headers = (await t.app.inject({ url: `/reports/${reportId}` })).headers;
    expect(headers["content-security-policy"]).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(headers["server-timing"]).toMatch(/^page;dur=[\d.]+$/);
    const compressed = await t.app.inject({
      url: `/reports/${reportId}`,
      headers: { "accept-encoding": "gzip" },
    });
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(compressed.rawPayload).toString("utf8")).toContain(
      "<h1>Jets strike &lt;Abu Dali&gt;</h1>",
    );
  });

  it("answers a missing report with an HTML 404", async () => {
    for (const url of ["/reports/999999", "/reports/abc"]) {
      const response = await t.app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/text\/html/);
      expect(response.body).toContain("not found");
    }
  });

  it("lists reports newest first, a page at a time, and publishes an Atom feed", async () => {
    const ids = [reportId];
    for (let i = 0; i < 22; i++)
      ids.push(
        (
          await t.app.services.ingest.submit(
            { text: `Paging report number ${i} with its own text.`, title: `Paging ${i}`, origin: "paste" },
            null,
          )
        ).report.id,
      );
    const first = await t.app.inject({ url: "/reports" });
    expect(first.statusCode).toBe(200);
    const listed = [...first.body.matchAll(/<h2><a href="\/reports\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe(Math.max(...ids));
    expect(listed).toEqual([...listed].sort((a, b) => b - a));
    const older = /href="\/reports\?before=(\d+)" rel="next"/.exec(first.body)?.[1];
    expect(older).toBeDefined();
    const second = await t.app.inject({ url: `/reports?before=${older}` });
    const rest = [...second.body.matchAll(/<h2><a href="\/reports\/(\d+)">/g)].map((m) => Number(m[1]));
    expect(rest).toContain(reportId);
    expect(rest.every((id) => id < Number(older))).toBe(true);
    expect(second.body).toContain('href="/reports">← Newest reports');

    const feed = await t.app.inject({ url: "/reports/feed.atom" });
    expect(feed.headers["content-type"]).toMatch(/application\/atom\+xml/);
    expect(feed.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/,
    );
    expect(feed.body).toContain(
      `<link rel="alternate" type="text/html" href="https://sitrep.test/reports/${reportId}"/>`,
    );
    expect(feed.body).toContain("<title>Jets strike &lt;Abu Dali&gt;</title>");
    expect(feed.body.match(/<entry>/g)).toHaveLength(ids.length);
  });

  it("holds a first-time commenter's comment: its author sees it awaiting moderation, nobody else sees it", async () => {
    const reader = newReader(t.app, "198.51.100.1");
    const posted = await reader.post(reportId, commentFields());
    expect(posted.status).toBe(303);
    const id = idFrom(posted.location);
    expect(id).toBeGreaterThan(0);
    const own = await reader.open(reportId);
    expect(own.body).toContain(`id="comment-${id}"`);
    expect(own.body).toContain("Your comment is awaiting moderation.");
    const stranger = await newReader(t.app, "198.51.100.2").open(reportId);
    expect(stranger.body).not.toContain(`id="comment-${id}"`);
    const api = await t.app.inject({ url: `/api/reports/${reportId}/comments` });
    expect(api.json()).toEqual({ comments: [] });

    expect((await approve(id)).statusCode).toBe(200);
    const after = await newReader(t.app, "198.51.100.3").open(reportId);
    expect(after.body).toContain(`id="comment-${id}"`);
    expect(after.body).toContain("Abu Dali was shelled again this morning.");
    expect(after.body).toContain('<h2 id="comments">1 comment</h2>');
    expect((await reader.open(reportId)).body).not.toContain("awaiting moderation");
  });

  it("publishes a known commenter at once, and holds a comment with more than two links", async () => {
    const reader = newReader(t.app, "198.51.100.4");
    const known = await reader.post(
      reportId,
      commentFields({ comment: "Confirmed by a second source: https://a.test/1" }),
    );
    const knownId = idFrom(known.location);
    expect((await newReader(t.app).open(reportId)).body).toContain(`id="comment-${knownId}"`);
    const links = await reader.post(
      reportId,
      commentFields({ comment: "Sources: https://a.test/1 https://b.test/2 and https://c.test/3" }),
    );
    const linksId = idFrom(links.location);
    expect((await reader.open(reportId)).body).toMatch(
      new RegExp(`id="comment-${linksId}"[\\s\\S]*?awaiting moderation`),
    );
    expect((await newReader(t.app).open(reportId)).body).not.toContain(`id="comment-${linksId}"`);
    const pending = await t.app.inject({ url: "/api/comments?status=pending", headers: editor });
    expect(pending.json().comments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: linksId, held_reason: "links", has_email: true }),
      ]),
    );
  });

  it("threads replies (to a reply too), newest threads last, names linked with rel=nofollow ugc", async () => {
    const reportB = await addReport(t.app, {
      title: "Threads",
      text: "A report for threads. Jets struck Hama.",
    });
    const alice = newReader(t.app, "192.0.2.10");
    const bob = newReader(t.app, "192.0.2.11");
    const post = async (reader: typeof alice, fields: Record<string, string>) => {
      const response = await reader.post(reportB, fields);
      expect(response.status).toBe(303);
      const id = idFrom(response.location);
      await approve(id);
      return id;
    };
    const a = { name: "Alice", email: "alice@example.org", website: "alice.example.org" };
    const b = { name: "Bob", email: "bob@example.org" };
    const first = await post(alice, { ...a, comment: "First thread." });
    const reply = await post(bob, { ...b, comment: "A reply.", parent: String(first) });
    const replyToReply = await post(alice, { ...a, comment: "A reply to the reply.", parent: String(reply) });
    const second = await post(bob, { ...b, comment: "Second thread." });

    const form = await alice.open(reportB, `?replyto=${reply}`);
    expect(form.body).toContain(`<input type="hidden" name="parent" value="${reply}">`);
    expect(form.body).toContain('Replying to <a href="#comment-' + reply + '">Bob</a>');

    const html = (await newReader(t.app).open(reportB)).body;
    const order = [...html.matchAll(/<li id="comment-(\d+)"/g)].map((m) => Number(m[1]));
    expect(order).toEqual([first, reply, replyToReply, second]);
    // The reply to the reply sits inside the reply, which sits inside the first thread.
    const firstItem = html.slice(
      html.indexOf(`id="comment-${first}"`),
      html.indexOf(`id="comment-${second}"`),
    );
    expect(firstItem).toMatch(
      new RegExp(`<ol><li id="comment-${reply}"[\\s\\S]*<ol><li id="comment-${replyToReply}"`),
    );
    expect(html).toContain(
      '<a class="author" href="https://alice.example.org/" rel="nofollow ugc">Alice</a>',
    );
    expect(html).toContain('<span class="author">Bob</span>');
    expect(html).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">\d+ \w+ \d{4} at \d\d:\d\d UTC<\/time>/);
    const api = await t.app.inject({ url: `/api/reports/${reportB}/comments` });
    const threaded = api.json<{ comments: { id: number; parent_id: number | null }[] }>().comments;
    expect(threaded.map((c) => [c.id, c.parent_id])).toEqual([
      [first, null],
      [reply, first],
      [replyToReply, reply],
      [second, null],
    ]);
  });

  it("sanitises comment text: plain text, links with rel=nofollow ugc, line breaks", async () => {
    const reader = newReader(t.app, "192.0.2.20");
    await reader.post(reportId, commentFields({ email: "sani@example.org", name: "Sani", comment: "ok" }));
    await approve((await t.store.comments.listForModeration("pending", { limit: 1 }))[0]!.id);
    const posted = await reader.post(
      reportId,
      commentFields({
        email: "sani@example.org",
        name: "<b>Sani</b>",
        comment:
          'Line one <script>alert(1)</script>\nsee <a href="javascript:alert(2)">this</a> and https://x.test/a?b=1&c=2.',
      }),
    );
    const id = idFrom(posted.location);
    const html = (await newReader(t.app).open(reportId)).body;
    const item = html.slice(html.indexOf(`id="comment-${id}"`));
    expect(item).toContain("&lt;b&gt;Sani&lt;/b&gt;");
    expect(item).toContain(
      'Line one &lt;script&gt;alert(1)&lt;/script&gt;<br />\nsee this and <a href="https://x.test/a?b=1&amp;c=2" rel="nofollow ugc">https://x.test/a?b=1&amp;c=2</a>.',
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
  });

  describe("refusals keep what was typed", () => {
    const refused = async (
      fields: Record<string, string>,
      status: number,
      message: string | RegExp,
      options: { ip?: string; token?: string | null; cookie?: string | null } = {},
      reader = newReader(t.app, "192.0.2.50"),
    ) => {
      await reader.open(reportId);
      const response = await reader.post(reportId, fields, options);
      expect(response.status).toBe(status);
      expect(response.body).toMatch(/<p id="reply-error" class="error" role="alert">/);
      expect(response.body).toMatch(typeof message === "string" ? new RegExp(escapeRegex(message)) : message);
      if (fields.comment) expect(response.body).toContain(`>${escapeHtml(fields.comment)}</textarea>`);
      return response;
    };

    it("names a missing required field and marks it", async () => {
      const missingName = await refused(commentFields({ name: "" }), 400, "Please enter your name.");
      expect(missingName.body).toMatch(/id="reply-name"[^>]*aria-invalid="true"/);
      await refused(commentFields({ email: "" }), 400, "Please enter your email address");
      await refused(commentFields({ email: "not-an-address" }), 400, "Please enter a valid email address");
      await refused(
        commentFields({ website: "javascript:alert(1)" }),
        400,
        "Your website should be an address",
      );
      await refused(commentFields({ comment: "   " }), 400, "Please type a comment.");
    });

    it("refuses text over the size limits with the numbers", async () => {
      await refused(
        commentFields({ comment: "x".repeat(501) }),
        400,
        "Your comment is too long: 501 characters; the limit is 500.",
      );
      await refused(
        commentFields({ name: "n".repeat(81) }),
        400,
        "Your name is too long: at most 80 characters.",
      );
    });

    it("answers a body over the form's limit with an HTML page that says so", async () => {
      const reader = newReader(t.app, "192.0.2.40");
      const huge = await reader.post(reportId, commentFields({ comment: "x".repeat(300_000) }));
      expect(huge.status).toBe(413);
      expect(huge.body).toContain("Too large: the limit is 256 KiB.");
      // Under that limit, a long comment gets the friendly message with the text kept.
      await refused(
        commentFields({ comment: "y".repeat(120_000) }),
        400,
        "Your comment is too long: 120,000 characters",
      );
    });

    it("refuses the honeypot", async () => {
      await refused(commentFields({ nickname: "bot" }), 400, "Leave the field marked");
    });

    it("refuses a form without the reader's token (CSRF) or cookie", async () => {
      const typed = commentFields({ comment: "Typed before the form expired <3" });
      await refused(typed, 403, "This form has expired", { token: null });
      await refused(typed, 403, "This form has expired", { token: "forged" });
      await refused(typed, 403, "This form has expired", { cookie: null });
      const other = newReader(t.app, "192.0.2.51");
      await other.open(reportId);
      await refused(typed, 403, "This form has expired", { token: other.token });
    });

    it("refuses exact duplicates from the same commenter", async () => {
      const reader = newReader(t.app, "192.0.2.60");
      const fields = commentFields({ email: "dup@example.org", comment: "Said once." });
      expect((await reader.post(reportId, fields)).status).toBe(303);
      await refused({ ...fields, comment: "Said   once. " }, 409, "Duplicate comment", {}, reader);
      // Someone else may say the same words.
      const other = newReader(t.app, "192.0.2.61");
      expect((await other.post(reportId, { ...fields, email: "other@example.org" })).status).toBe(303);
    });

    it("refuses flooding from one address", async () => {
      const reader = newReader(t.app, "192.0.2.70");
      for (let i = 0; i < 3; i++)
        expect(
          (await reader.post(reportId, commentFields({ email: `f${i}@example.org`, comment: `Flood ${i}` })))
            .status,
        ).toBe(303);
      await refused(
        commentFields({ email: "f9@example.org", comment: "One too many" }),
        429,
        "You are posting comments too quickly",
        {},
        reader,
      );
      // Another address is not held up.
      expect(
        (
          await newReader(t.app, "192.0.2.71").post(
            reportId,
            commentFields({ email: "g@example.org", comment: "Fine" }),
          )
        ).status,
      ).toBe(303);
    });

    it("counts flooding by the client's address behind a trusted proxy, and ignores a forged one", async () => {
      const proxy = "192.0.2.200";
      const post = (reader: ReturnType<typeof newReader>, i: number, forwardedFor: string) =>
        reader.post(reportId, commentFields({ email: `p${i}@example.org`, comment: `Proxied ${i}` }), {
          ip: reader === viaProxy ? proxy : "192.0.2.95",
          forwardedFor,
        });
      // Through the proxy, three readers each post three comments: none is held up by the others.
      const viaProxy = newReader(t.app, proxy);
      for (let i = 0; i < 9; i++) expect((await post(viaProxy, i, `100.64.0.${i % 3}`)).status).toBe(303);
      expect((await post(viaProxy, 9, "100.64.0.1")).status).toBe(429);
      // A client that is not the proxy cannot dodge the limit by forging the header.
      const forger = newReader(t.app, "192.0.2.95");
      for (let i = 10; i < 13; i++) expect((await post(forger, i, `100.64.0.${i}`)).status).toBe(303);
      expect((await post(forger, 13, "100.64.0.99")).status).toBe(429);
    });

    it("refuses disallowed words from the editable list (whole words)", async () => {
      const put = await t.app.inject({
        method: "PUT",
        url: "/api/comment-words",
        headers: editor,
        payload: { words: ["  Viagra ", "cheap pills", "viagra"] },
      });
      expect(put.json()).toEqual({ words: ["cheap pills", "viagra"] });
      await refused(
        commentFields({ comment: "Buy VIAGRA now" }),
        422,
        "contains words that are not allowed here (“viagra”)",
      );
      await refused(commentFields({ name: "Cheap Pills", comment: "hello there" }), 422, "“cheap pills”");
      const fine = await newReader(t.app, "192.0.2.80").post(
        reportId,
        commentFields({
          email: "h@example.org",
          comment: "The viagras are not a word on the list; nor is cheap.",
        }),
      );
      expect(fine.status).toBe(303);
    });
  });

  it("lets a signed-in editor post through the public form too", async () => {
    await t.app.services.accounts.createUser("edna", "editor", "edna-password-1", null);
    const session = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { name: "edna", password: "edna-password-1" },
    });
    const sessionCookie = session.cookies.find((c) => c.name === "sitrep_session")!;
    const reader = newReader(t.app, "192.0.2.90");
    await reader.open(reportId);
    const posted = await reader.post(
      reportId,
      commentFields({ email: "edna@example.org", comment: "From the desk." }),
      {
        cookie: `${reader.cookie}; sitrep_session=${sessionCookie.value}`,
      },
    );
    expect(posted.status).toBe(303);
  });

  it("never shows a commenter's email in a public response or an API answer", async () => {
    const reader = newReader(t.app, "192.0.2.100");
    const posted = await reader.post(reportId, commentFields({ email: EMAIL, comment: "Privacy check." }));
    expect(posted.status).toBe(303);
    const pendingId = idFrom(posted.location);
    const analyst = { authorization: `Bearer ${await t.tokenFor("analyst")}` };
    const bodies = [
      (await reader.open(reportId)).body,
      (await newReader(t.app).open(reportId)).body,
      (await t.app.inject({ url: "/reports" })).body,
      (await t.app.inject({ url: "/reports/feed.atom" })).body,
      (await t.app.inject({ url: `/api/reports/${reportId}/comments` })).body,
      (await t.app.inject({ url: `/api/reports/${reportId}` })).body,
      (await t.app.inject({ url: "/api/comments?status=pending", headers: editor })).body,
      (await t.app.inject({ url: "/api/comments?status=approved", headers: editor })).body,
      (await t.app.inject({ url: "/api/comments?status=pending", headers: analyst })).body,
      (await approve(pendingId)).body,
      (
        await t.app.inject({
          method: "PATCH",
          url: `/api/comments/${pendingId}`,
          headers: editor,
          payload: { body: "Edited." },
        })
      ).body,
      (await newReader(t.app).open(reportId)).body,
      (await t.app.inject({ url: "/api/openapi.json" })).body,
      (await t.app.inject({ url: "/api/exports/events.jsonl?status=any", headers: editor })).body,
      (await t.app.inject({ url: "/api/exports/events.csv?status=any", headers: editor })).body,
      (await t.app.inject({ url: "/api/exports/events.atom" })).body,
    ];
    for (const body of bodies) expect(body).not.toContain(EMAIL);
    const audit = await t.store.audit.listFor("comment", pendingId);
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(EMAIL);
  });
});

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

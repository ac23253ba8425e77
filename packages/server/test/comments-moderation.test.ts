import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addReport, commentFields, newReader } from "./comment-fixture.js";
import { engines, startApp, type TestApp } from "./helpers.js";

interface Moderated {
  id: number;
  status: string;
  parent_id: number | null;
  author_name: string;
  author_url: string | null;
  body: string;
  body_html: string;
  has_email: boolean;
}

describe.each(engines)("comment moderation on $engine", (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let reportId: number;
  let ip = 0;
  beforeAll(async () => {
    t = await startApp(engine, { commentsPerMinute: 100 });
    editor = { authorization: `Bearer ${await t.tokenFor("editor", "eddie")}` };
    reportId = await addReport(t.app, { title: "Moderated report" });
  });
  afterAll(async () => t?.close());

  /** Posts a comment from a new reader and returns its id. */
  const postComment = async (fields: Record<string, string> = {}) => {
    const response = await newReader(t.app, `10.0.0.${++ip}`).post(reportId, commentFields(fields));
    expect(response.status).toBe(303);
    return Number(/#comment-(\d+)$/.exec(response.location ?? "")?.[1]);
  };
  const act = (
    method: "POST" | "PATCH" | "DELETE" | "GET" | "PUT",
    url: string,
    payload?: object,
    headers = editor,
  ) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const publicIds = async () =>
    (await t.app.inject({ url: `/api/reports/${reportId}/comments` }))
      .json<{ comments: { id: number }[] }>()
      .comments.map((c) => c.id);

  it("needs the editor role", async () => {
    const id = await postComment({ email: "roles@example.org", comment: "Roles." });
    expect((await act("GET", "/api/comments", undefined, {})).statusCode).toBe(401);
    const analyst = { authorization: `Bearer ${await t.tokenFor("analyst")}` };
    const forbidden = await act("POST", `/api/comments/${id}/approve`, undefined, analyst);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: { id: "forbidden" } });
    expect((await act("GET", "/api/comment-words", undefined, analyst)).statusCode).toBe(403);
    const admin = { authorization: `Bearer ${await t.tokenFor("admin")}` };
    expect((await act("GET", "/api/comments", undefined, admin)).statusCode).toBe(200);
  });

  it("lists pending comments with counts, and approves, rejects and marks spam with audit entries", async () => {
    const a = await postComment({ email: "a@example.org", comment: "First A." });
    const b = await postComment({ email: "b@example.org", comment: "First B." });
    const c = await postComment({ email: "c@example.org", comment: "First C." });
    const pending = await act("GET", "/api/comments?status=pending");
    const body = pending.json<{ comments: Moderated[]; counts: Record<string, number> }>();
    expect(body.comments.map((x) => x.id)).toEqual(expect.arrayContaining([a, b, c]));
    expect(body.comments.map((x) => x.id)).toEqual([...body.comments.map((x) => x.id)].sort((x, y) => y - x));
    expect(body.counts.pending).toBeGreaterThanOrEqual(3);
    expect(body.comments[0]).not.toHaveProperty("author_email");

    expect((await act("POST", `/api/comments/${a}/approve`)).json()).toMatchObject({
      id: a,
      status: "approved",
    });
    expect((await act("POST", `/api/comments/${b}/reject`)).json()).toMatchObject({ status: "rejected" });
    expect((await act("POST", `/api/comments/${c}/spam`)).json()).toMatchObject({ status: "spam" });
    expect(await publicIds()).toContain(a);
    expect(await publicIds()).not.toContain(b);
    expect(await publicIds()).not.toContain(c);
    const spam = await act("GET", "/api/comments?status=spam");
    expect(spam.json<{ comments: Moderated[] }>().comments.map((x) => x.id)).toContain(c);

    const history = await t.store.audit.listFor("comment", b);
    expect(history).toEqual([
      expect.objectContaining({
        user_name: "eddie",
        action: "reject",
        before: expect.objectContaining({ status: "pending", body: "First B." }),
        after: expect.objectContaining({ status: "rejected" }),
      }),
    ]);
    expect((await act("POST", "/api/comments/999999/approve")).statusCode).toBe(404);
  });

  it("edits a comment, sanitising the new text again", async () => {
    const id = await postComment({ email: "edit@example.org", comment: "Typo here." });
    await act("POST", `/api/comments/${id}/approve`);
    // The page is rendered (and its discussion cached) before the edit; the edit must show at once.
    expect((await t.app.inject({ url: `/reports/${reportId}` })).body).toContain("Typo here.");
    const edited = await act("PATCH", `/api/comments/${id}`, {
      author_name: "Edited Name",
      author_url: "example.org/me",
      body: "Fixed <script>x</script> see https://e.test/",
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      author_name: "Edited Name",
      author_url: "https://example.org/me",
      body: "Fixed <script>x</script> see https://e.test/",
      body_html:
        'Fixed &lt;script&gt;x&lt;/script&gt; see <a href="https://e.test/" rel="nofollow ugc">https://e.test/</a>',
    });
    const page = (await t.app.inject({ url: `/reports/${reportId}` })).body;
    expect(page).not.toContain("Typo here.");
    expect(page).toContain("Fixed &lt;script&gt;x&lt;/script&gt;");
    const empty = await act("PATCH", `/api/comments/${id}`, { body: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ error: { id: "comment_invalid" } });
    const entry = (await t.store.audit.listFor("comment", id)).find((e) => e.action === "edit");
    expect(entry).toMatchObject({
      action: "edit",
      before: expect.objectContaining({ body: "Typo here." }),
      after: expect.objectContaining({ author_name: "Edited Name" }),
    });
  });

  it("deletes a comment and moves its replies up to its parent", async () => {
    const root = await postComment({ email: "root@example.org", comment: "Root." });
    await act("POST", `/api/comments/${root}/approve`);
    const middle = await postComment({ email: "mid@example.org", comment: "Middle.", parent: String(root) });
    await act("POST", `/api/comments/${middle}/approve`);
    const leaf = await postComment({ email: "leaf@example.org", comment: "Leaf.", parent: String(middle) });
    await act("POST", `/api/comments/${leaf}/approve`);
    expect((await act("DELETE", `/api/comments/${middle}`)).statusCode).toBe(204);
    expect((await act("DELETE", `/api/comments/${middle}`)).statusCode).toBe(404);
    const listed = (await t.app.inject({ url: `/api/reports/${reportId}/comments` })).json<{
      comments: { id: number; parent_id: number | null }[];
    }>().comments;
    expect(listed.find((c) => c.id === leaf)?.parent_id).toBe(root);
    expect(listed.some((c) => c.id === middle)).toBe(false);
    expect((await t.store.audit.listFor("comment", middle)).map((e) => e.action)).toContain("delete");
  });

  it("refuses a reply to a comment that is not approved", async () => {
    const held = await postComment({ email: "held@example.org", comment: "Held." });
    const reader = newReader(t.app, "10.9.9.9");
    const response = await reader.post(
      reportId,
      commentFields({ email: "r@example.org", comment: "Reply to held.", parent: String(held) }),
    );
    expect(response.status).toBe(400);
    expect(response.body).toContain("The comment you are replying to is not there any more.");
    expect(response.body).toContain(">Reply to held.</textarea>");
  });

  it("erases a commenter's email on request, by address or from a comment, keeping or deleting the comments", async () => {
    const one = await postComment({ email: "Erase.Me@example.org", comment: "Keep my words 1." });
    const two = await postComment({ email: "erase.me@example.org", comment: "Keep my words 2." });
    const other = await postComment({ email: "stay@example.org", comment: "Not me." });
    const erased = await act("POST", "/api/comments/erase", { email: "ERASE.ME@example.org" });
    expect(erased.json()).toEqual({ comments: 2 });
    for (const id of [one, two]) {
      expect((await t.store.comments.getForModeration(id))?.author_email).toBeNull();
      expect((await t.store.comments.getForModeration(id))?.body).toMatch(/Keep my words/);
    }
    expect((await t.store.comments.getForModeration(other))?.author_email).toBe("stay@example.org");
    const audit = await t.store.audit.listFor("comment", "request");
    expect(audit.at(-1)).toMatchObject({ action: "erase-email", after: { comments: 2, deleted: false } });
    expect(JSON.stringify(audit)).not.toContain("erase.me");

    const gone1 = await postComment({ email: "gone@example.org", comment: "Delete me 1." });
    const gone2 = await postComment({ email: "gone@example.org", comment: "Delete me 2." });
    const fromComment = await act("POST", `/api/comments/${gone1}/erase-email`, { delete_comments: true });
    expect(fromComment.json()).toEqual({ comments: 2 });
    expect(await t.store.comments.get(gone1)).toBeUndefined();
    expect(await t.store.comments.get(gone2)).toBeUndefined();
    expect((await act("POST", "/api/comments/erase", { email: "nobody@example.org" })).json()).toEqual({
      comments: 0,
    });
  });

  describe("the moderation screen", () => {
    let cookie: string;
    let csrf: string;
    const form = (
      url: string,
      fields: Record<string, string>,
      headers: Record<string, string> = { cookie },
    ) =>
      t.app.inject({
        method: "POST",
        url,
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        payload: new URLSearchParams(fields).toString(),
      });

    beforeAll(async () => {
      await t.app.services.accounts.createUser("moira", "editor", "moira-password-1", null);
      await t.app.services.accounts.createUser("ana", "analyst", "ana-password-12", null);
    });

    it("asks to sign in, refuses a wrong password and signs an editor in", async () => {
      const anonymous = await t.app.inject({ url: "/moderation" });
      expect(anonymous.statusCode).toBe(200);
      expect(anonymous.body).toContain("Sign in to moderate");
      expect(anonymous.body).not.toContain("@example.org");
      const wrong = await form("/moderation/sign-in", { name: "moira", password: "nope" }, {});
      expect(wrong.statusCode).toBe(401);
      expect(wrong.body).toContain("Wrong user name or password.");
      expect(wrong.body).toContain('value="moira"');
      const ok = await form("/moderation/sign-in", { name: "moira", password: "moira-password-1" }, {});
      expect(ok.statusCode).toBe(303);
      expect(ok.headers.location).toBe("/moderation");
      cookie = `sitrep_session=${ok.cookies.find((c) => c.name === "sitrep_session")!.value}`;
      const page = await t.app.inject({ url: "/moderation", headers: { cookie } });
      csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
      expect(page.headers["cache-control"]).toBe("no-store");
      const staffView = await t.app.inject({ url: `/reports/${reportId}`, headers: { cookie } });
      expect(staffView.body).toContain('<a href="/moderation">Moderation</a>');
      expect((await t.app.inject({ url: "/reports" })).body).not.toContain('href="/moderation"');
    });

    it("is refused to an analyst", async () => {
      const ok = await form("/moderation/sign-in", { name: "ana", password: "ana-password-12" }, {});
      const analystCookie = `sitrep_session=${ok.cookies.find((c) => c.name === "sitrep_session")!.value}`;
      const page = await t.app.inject({ url: "/moderation", headers: { cookie: analystCookie } });
      expect(page.statusCode).toBe(403);
      expect(page.body).toContain("This needs the editor role");
    });

    it("shows pending comments with the commenter's email, and approves with the form's CSRF token", async () => {
      const id = await postComment({
        email: "screen@example.org",
        comment: "Screen me.",
        website: "screen.test",
      });
      const page = await t.app.inject({ url: "/moderation?status=pending", headers: { cookie } });
      expect(page.body).toContain(`id="c-${id}"`);
      expect(page.body).toContain('<span class="private" title="never published">screen@example.org</span>');
      expect(page.body).toContain("held: first-time commenter");

      const forged = await form(`/moderation/comments/${id}/approve`, { csrf: "wrong", back: "pending" });
      expect(forged.statusCode).toBe(403);
      const noSession = await form(`/moderation/comments/${id}/approve`, { csrf, back: "pending" }, {});
      expect(noSession.statusCode).toBe(401);
      expect(await publicIds()).not.toContain(id);

      const approved = await form(`/moderation/comments/${id}/approve`, { csrf, back: "pending" });
      expect(approved.statusCode).toBe(303);
      expect(approved.headers.location).toBe("/moderation?status=pending&done=approve");
      expect(await publicIds()).toContain(id);
      const after = await t.app.inject({
        url: "/moderation?status=pending&done=approve",
        headers: { cookie },
      });
      expect(after.body).toContain("Comment approved.");
      expect(after.body).not.toContain(`id="c-${id}"`);
      expect((await t.store.audit.listFor("comment", id)).map((e) => e.user_name)).toEqual(["moira"]);
    });

    it("edits, erases and deletes from one comment's page, and keeps the disallowed words", async () => {
      const id = await postComment({ email: "page@example.org", comment: "Edit me." });
      const editor = await t.app.inject({ url: `/moderation/comments/${id}`, headers: { cookie } });
      expect(editor.body).toContain(">Edit me.</textarea>");
      const empty = await form(`/moderation/comments/${id}/edit`, {
        csrf,
        name: "Page",
        website: "",
        body: "",
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.body).toContain("A comment cannot be empty");
      const saved = await form(`/moderation/comments/${id}/edit`, {
        csrf,
        name: "Page",
        website: "",
        body: "Edited.",
      });
      expect(saved.statusCode).toBe(303);
      expect((await t.store.comments.getForModeration(id))?.body).toBe("Edited.");

      const erased = await form(`/moderation/comments/${id}/erase-email`, { csrf, back: "pending" });
      expect(erased.body).toContain("Erased the email from 1 comment.");
      expect((await t.app.inject({ url: `/moderation/comments/${id}`, headers: { cookie } })).body).toContain(
        "email erased",
      );

      const deleted = await form(`/moderation/comments/${id}/delete`, { csrf, back: "pending" });
      expect(deleted.headers.location).toBe("/moderation?status=pending&done=delete");
      expect(await t.store.comments.get(id)).toBeUndefined();

      const words = await form("/moderation/words", { csrf, words: "Spam Word\n\nanother one\n" });
      expect(words.statusCode).toBe(303);
      expect((await act("GET", "/api/comment-words")).json()).toEqual({
        words: ["another one", "spam word"],
      });
      const screen = await t.app.inject({ url: "/moderation/words?done=words", headers: { cookie } });
      expect(screen.body).toContain(">another one\nspam word</textarea>");
    });

    it("signs out", async () => {
      const out = await form("/moderation/sign-out", { csrf });
      expect(out.statusCode).toBe(303);
      expect((await t.app.inject({ url: "/moderation", headers: { cookie } })).body).toContain(
        "Sign in to moderate",
      );
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type NewComment, type Store } from "@sitrep/store";

const engines = await testDatabases();

describe.each(engines)("comments repository on $engine", ({ open }) => {
  let store: Store;
  let reportId: number;
  const comment = (overrides: Partial<NewComment> = {}): NewComment => ({
    report_id: reportId,
    author_name: "Rania",
    author_email: "rania@example.org",
    body: "Text",
    body_html: "Text",
    content_hash: "hash-1",
    client_hash: "client-1",
    reader_hash: "reader-1",
    ...overrides,
  });
  beforeAll(async () => {
    store = await open();
    reportId = (await store.reports.insertIfNew({ text: "A report", content_hash: "r1", origin: "paste" }))
      .report.id;
  });
  afterAll(async () => store?.close());

  it("keeps the email out of every public read", async () => {
    const inserted = await store.comments.insert(comment());
    expect(inserted).not.toHaveProperty("author_email");
    expect(await store.comments.get(inserted.id)).not.toHaveProperty("author_email");
    expect((await store.comments.pendingOf(reportId, "reader-1"))[0]).not.toHaveProperty("author_email");
    expect((await store.comments.getForModeration(inserted.id))?.author_email).toBe("rania@example.org");
  });

  it("changes the discussion's version on every change", async () => {
    const first = await store.comments.version(reportId);
    const added = await store.comments.insert(comment({ content_hash: "hash-2" }));
    const second = await store.comments.version(reportId);
    expect(second).not.toBe(first);
    await store.comments.update(added.id, { status: "approved" });
    const third = await store.comments.version(reportId);
    expect(third).not.toBe(second);
    await store.comments.delete(added.id);
    expect(await store.comments.version(reportId)).not.toBe(third);
  });

  it("finds duplicates by report, text and commenter", async () => {
    expect(await store.comments.hasDuplicate(reportId, "hash-1", "rania@example.org", "other")).toBe(true);
    expect(await store.comments.hasDuplicate(reportId, "hash-1", "other@example.org", "client-1")).toBe(true);
    expect(await store.comments.hasDuplicate(reportId, "hash-1", "other@example.org", "other")).toBe(false);
    expect(await store.comments.hasDuplicate(reportId, "hash-9", "rania@example.org", "client-1")).toBe(
      false,
    );
  });

  it("erases an email from one comment's author everywhere, without reading it out", async () => {
    const a = await store.comments.insert(comment({ author_email: "x@example.org", content_hash: "x1" }));
    const b = await store.comments.insert(comment({ author_email: "x@example.org", content_hash: "x2" }));
    expect(await store.comments.eraseEmailOf(a.id, false)).toBe(2);
    expect((await store.comments.getForModeration(b.id))?.author_email).toBeNull();
    expect(await store.comments.eraseEmailOf(a.id, false)).toBe(0);
    expect((await store.comments.getForModeration(a.id))?.author_email).toBeNull();
  });

  it("stores a named secret once: the first writer wins", async () => {
    expect(await store.secrets.getOrCreate("test-key", "first")).toBe("first");
    expect(await store.secrets.getOrCreate("test-key", "second")).toBe("first");
  });
});

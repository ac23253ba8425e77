// The discussion in a real browser (Debian's Chromium via playwright-core) against the real server on
// embedded PGlite: a reader posts a comment and sees it await moderation, another reader does not see
// it, an editor signs in to the moderation screen and approves it, and then every reader sees it.
// Every request the pages make must stay on 127.0.0.1.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addReport } from "./comment-fixture.js";
import { engines, startApp, type TestApp } from "./helpers.js";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
];
const pglite = engines.find((e) => e.engine === "pglite")!;

describe.skipIf(!existsSync(CHROMIUM_PATH))("the discussion in Chromium", () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let reportId: number;
  const outside: string[] = [];

  async function context(): Promise<BrowserContext> {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await ctx.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    return ctx;
  }

  beforeAll(async () => {
    t = await startApp(pglite);
    await t.app.services.accounts.createUser("moira", "editor", "moira-password-1", null);
    reportId = await addReport(t.app, { title: "Jets strike Abu Dali", url: "https://news.test/a" });
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("posts a comment, shows it awaiting moderation, and publishes it once an editor approves it", async () => {
    const reader = await (await context()).newPage();
    await reader.goto(`${base}/reports`);
    await reader.getByRole("link", { name: "Jets strike Abu Dali" }).click();
    await reader.getByRole("heading", { name: "Jets strike Abu Dali" }).waitFor();
    expect(await reader.locator("svg.event-map circle").count()).toBe(1);
    // Readable on a phone: nothing wider than the screen, text at a readable size.
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(
      await reader.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector(".report-text p")!).fontSize),
      ),
    ).toBeGreaterThanOrEqual(15);

    await reader
      .getByLabel("Comment")
      .fill("Abu Dali is in Idlib province, not Hama.\nSee https://maps.test/abu-dali");
    await reader.getByLabel("Name").fill("Rania");
    await reader.getByLabel("Email").fill("rania@example.org");
    await reader.getByLabel("Website").fill("rania.example.org");
    await reader.getByRole("button", { name: "Post Comment" }).click();
    const mine = reader.locator("li.comment", { hasText: "Abu Dali is in Idlib province" });
    await mine.waitFor();
    expect(await mine.locator(".pending").textContent()).toBe("Your comment is awaiting moderation.");
    expect(await mine.getByRole("link", { name: "https://maps.test/abu-dali" }).getAttribute("rel")).toBe(
      "nofollow ugc",
    );
    expect(await reader.content()).not.toContain("rania@example.org");

    const stranger = await (await context()).newPage();
    await stranger.goto(`${base}/reports/${reportId}`);
    expect(await stranger.locator("li.comment").count()).toBe(0);

    const editor = await (await context()).newPage();
    await editor.goto(`${base}/moderation`);
    await editor.getByLabel("User name").fill("moira");
    await editor.getByLabel("Password").fill("moira-password-1");
    await editor.getByRole("button", { name: "Sign in" }).click();
    const queued = editor.locator(".queue > li", { hasText: "Abu Dali is in Idlib province" });
    await queued.waitFor();
    expect(await queued.textContent()).toContain("rania@example.org");
    await queued.getByRole("button", { name: "Approve" }).click();
    await editor.getByText("Comment approved.").waitFor();
    expect(await editor.locator(".queue > li").count()).toBe(0);

    await stranger.reload();
    const published = stranger.locator("li.comment", { hasText: "Abu Dali is in Idlib province" });
    await published.waitFor();
    expect(await published.locator(".pending").count()).toBe(0);
    const author = published.getByRole("link", { name: "Rania", exact: true });
    expect(await author.getAttribute("href")).toBe("https://rania.example.org/");
    expect(await author.getAttribute("rel")).toBe("nofollow ugc");
    expect(await stranger.getByRole("heading", { name: "1 comment" }).count()).toBe(1);
    expect(await stranger.content()).not.toContain("rania@example.org");

    await reader.reload();
    expect(await reader.locator("li.comment .pending").count()).toBe(0);

    // A reply to the comment, from the link under it; the text typed survives a refusal.
    await stranger.getByRole("link", { name: "Reply to Rania" }).click();
    await stranger.getByText("Replying to").waitFor();
    await stranger.getByLabel("Comment").fill("Thanks, corrected.");
    await stranger.getByLabel("Name").fill("Sami");
    await stranger.getByLabel("Email").fill("sami@example.org");
    await stranger.getByLabel("Website").fill("not a website");
    await stranger.getByRole("button", { name: "Post Comment" }).click();
    await stranger.getByRole("alert").waitFor();
    expect(await stranger.getByRole("alert").textContent()).toContain("Your website should be an address");
    expect(await stranger.getByLabel("Comment").inputValue()).toBe("Thanks, corrected.");
    await stranger.getByLabel("Website").fill("");
    await stranger.getByRole("button", { name: "Post Comment" }).click();
    const reply = stranger.locator("li.comment li.comment", { hasText: "Thanks, corrected." });
    await reply.waitFor();
    expect(await reply.locator(".pending").textContent()).toBe("Your comment is awaiting moderation.");

    expect(outside).toEqual([]);
  }, 60_000);
});

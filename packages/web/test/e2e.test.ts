// The main journeys in a real browser (Debian's Chromium via playwright-core) against the built app
// and the mock API: log in, add a report, see its events on the map, open a card, confirm, filter,
// export, review with the keyboard. Every request the page makes must stay on 127.0.0.1.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
// @ts-expect-error plain ESM helpers shared with the bench
import { CHROMIUM_PATH, launchBrowser, signIn } from "./browser.mjs";
// @ts-expect-error plain ESM helpers shared with the bench
import { startMockApi } from "./mock-api.mjs";

const web = fileURLToPath(new URL("..", import.meta.url));
const haveChromium = existsSync(CHROMIUM_PATH as string);

describe.skipIf(!haveChromium)("the web app in Chromium", () => {
  let mock: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];

  beforeAll(async () => {
    if (!existsSync(`${web}/dist/index.html`)) execFileSync("npx", ["vite", "build"], { cwd: web, stdio: "ignore" });
    mock = await startMockApi({ jobMs: 600 });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (/^(data|blob):/.test(url) || url.startsWith(mock.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  it("refuses a wrong password, then signs in", async () => {
    await page.goto(mock.url + "/");
    await page.getByLabel("User name").fill("admin");
    await page.getByLabel("Password").fill("wrong");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Wrong user name or password");
    await signIn(page, mock.url);
    await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 20_000 });
    expect(await page.locator(".filters .count").textContent()).toMatch(/6 of 6 events/);
  });

  it("adds a report, follows its job and shows its events on the map", async () => {
    await page.getByRole("link", { name: "Add report" }).click();
    await page.getByLabel("Report text").fill("SDF fighters captured villages north of Raqqa. Russian jets struck HTS positions in Idlib.");
    await page.getByRole("button", { name: "Add and code" }).click();
    await page.locator("progress").waitFor();
    await page.getByRole("heading", { name: /2 events coded/ }).waitFor({ timeout: 10_000 });
    await page.getByRole("button", { name: "See them on the map" }).click();
    await page.locator(".filters .count", { hasText: "8 of 8" }).waitFor();
  });

  it("opens an event card with the evidence highlighted, and confirms the event", async () => {
    await page.waitForFunction(() => window.__sitrepMap?.loaded());
    await page.evaluate(() => window.__sitrepMap!.jumpTo({ center: [36.92, 35.41], zoom: 9 }));
    await page.waitForFunction(() => window.__sitrepMap!.queryRenderedFeatures({ layers: ["event-icons"] }).length > 0);
    const at = await page.evaluate(() => {
      const map = window.__sitrepMap!;
      const feature = map.queryRenderedFeatures({ layers: ["event-icons"] }).find((f) => f.properties.id === "e2")!;
      return map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
    });
    const box = (await page.locator(".map-wrap canvas").boundingBox())!;
    await page.mouse.click(box.x + at.x, box.y + at.y);
    const card = page.getByRole("complementary", { name: "Event card" });
    await card.getByText("aerial").first().waitFor();
    expect(page.url()).toContain("event=e2");
    expect(await card.locator("mark").textContent()).toContain("pounded HTS positions in Abu Dali");
    expect(await card.getByRole("link", { name: /↗/ }).getAttribute("href")).toBe("/reports/r1");
    await card.getByRole("button", { name: /Confirm/ }).click();
    await card.locator(".status-confirmed").waitFor();
    await card.locator(".history", { hasText: "confirm" }).waitFor();
  });

  it("filters by type and keeps the filter in the URL across a reload", async () => {
    await page.getByRole("button", { name: "Close the event card" }).click();
    await page.getByRole("checkbox", { name: "Protest" }).check();
    await page.locator(".filters .count", { hasText: "1 of 8" }).waitFor();
    expect(new URL(page.url()).searchParams.get("type")).toBe("PROTEST");
    await page.reload();
    await page.locator(".filters .count", { hasText: "1 of 8" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "Protest" }).isChecked()).toBe(true);
  });

  it("downloads an export with the map's filters", async () => {
    const link = page.getByRole("link", { name: "GeoJSON" });
    expect(await link.getAttribute("href")).toBe("/api/exports/geojson?type=PROTEST");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const geojson = JSON.parse(readFileSync((await download.path())!, "utf8")) as GeoJSON.FeatureCollection;
    expect(geojson.features.map((f) => f.properties?.type)).toEqual(["PROTEST"]);
  });

  it("reviews with the keyboard: move, confirm, reject with a reason", async () => {
    await page.goto(mock.url + "/review");
    const items = page.locator(".queue-list li");
    await items.first().waitFor();
    const before = await items.count();
    await page.keyboard.press("j");
    const second = await page.locator('.queue-list button[aria-current="true"] .what').textContent();
    await page.keyboard.press("c");
    await page.getByRole("status").filter({ hasText: "Confirmed" }).waitFor();
    expect(await items.count()).toBe(before - 1);
    expect(await page.locator(".queue-list").textContent()).not.toContain(second!);
    await page.keyboard.press("r");
    await page.getByLabel("Reason for rejecting").fill("a forecast, not an event");
    await page.getByRole("button", { name: "Reject", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Rejected" }).waitFor();
    expect(await items.count()).toBe(before - 2);
  });

  it("made no request beyond localhost", () => {
    expect(outside).toEqual([]);
  });
});

// Territorial control in a real browser (Debian's Chromium via playwright-core) against the built app and
// the mock API: the areas layer draws for the time slider's date, contested settlements are ringed, and
// the feed of changes links its events.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
// @ts-expect-error plain ESM helpers shared with the bench
import { CHROMIUM_PATH, launchBrowser, signIn } from "./browser.mjs";
// @ts-expect-error plain ESM helpers shared with the bench
import { startMockApi } from "./mock-api.mjs";

const web = fileURLToPath(new URL("..", import.meta.url));

describe.skipIf(!existsSync(CHROMIUM_PATH as string))("control areas in Chromium", () => {
  let mock: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(`${web}/dist/index.html`))
      execFileSync("npm", ["run", "build"], { cwd: web, stdio: "ignore" });
    mock = await startMockApi({ jobMs: 600 });
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  it("draws the holders' areas for the slider's date, rings contested settlements and lists the changes", async () => {
    await signIn(page, mock.url);
    await page.goto(`${mock.url}/?at=2017-10-10`);
    await page.getByRole("heading", { name: "Control on 2017-10-10" }).waitFor();
    await page.waitForFunction(
      () => (window.__sitrepControlAreas ?? 0) > 0 && window.__sitrepMap !== undefined,
    );
    await page.evaluate(() => window.__sitrepMap!.jumpTo({ center: [37.4, 35.5], zoom: 7 }));
    await page.waitForFunction(
      () => window.__sitrepMap!.queryRenderedFeatures({ layers: ["control-areas"] }).length > 0,
    );
    const drawn = await page.evaluate(() => {
      const map = window.__sitrepMap!;
      const areas = map
        .queryRenderedFeatures({ layers: ["control-areas"] })
        .map((f) => [f.properties.controller, f.properties.colour]);
      const front = map.queryRenderedFeatures({ layers: ["control-front"] }).length;
      const contested = map
        .queryRenderedFeatures({ layers: ["control-contested"] })
        .map((f) => f.properties.name);
      return { areas: [...new Map(areas as [string, string][])], contested, front };
    });
    expect(drawn.areas).toEqual(
      expect.arrayContaining([
        ["Syrian Arab Army", "#c0392b"],
        ["Hayat Tahrir al-Sham", "#2e7d32"],
      ]),
    );
    expect(drawn.contested).toContain("Abu Dali");
    expect(drawn.front).toBeGreaterThan(0);

    const feed = page.locator(".control-feed li");
    expect(await feed.first().textContent()).toContain("Syrian Arab Army took Abu Dali on 2017-10-08");
    expect(await page.locator(".control-feed").textContent()).toContain("disputed");
    expect(await feed.first().getByRole("link", { name: "event" }).getAttribute("href")).toMatch(
      /^\/\?event=\d+$/,
    );

    // A later date: Abu al-Duhur changed hands, and nothing is contested any more around Abu Dali.
    await page.goto(`${mock.url}/?at=2018-03-01`);
    await page.getByRole("heading", { name: "Control on 2018-03-01" }).waitFor();
    await page.locator(".control-feed li", { hasText: "took Abu al-Duhur on 2018-01-20" }).waitFor();
    // After a navigation the map is built again: wait for it and its layer before toggling.
    await page.waitForFunction(() => window.__sitrepMap?.getLayer("control-areas") !== undefined);
    await page.getByRole("checkbox", { name: "Show control areas" }).uncheck();
    await page.waitForFunction(
      () => window.__sitrepMap?.getLayoutProperty("control-areas", "visibility") === "none",
    );
  }, 90_000);
});

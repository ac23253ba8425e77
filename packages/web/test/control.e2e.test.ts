// Territorial control in a real browser (Debian's Chromium via playwright-core) against the real product:
// `sitrep serve --samples` (the real coder, embedded PostgreSQL in a temporary folder). Reports about one
// front, written for this test, are pasted and coded, their events confirmed; then the map page must draw
// the holders' areas for the slider's date, ring a contested settlement, list the changes, and take a hand
// edit made through its form (a settlement found by name, another clicked on the map), redrawing the map
// at once, and take it back when the edit is removed.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
// @ts-expect-error plain ESM helpers shared with the bench
import { CHROMIUM_PATH, launchBrowser, signIn } from "./browser.mjs";
// @ts-expect-error plain ESM helpers shared with the bench
import { apiSession, startRealServer, waitForCoding } from "./real-server.mjs";

const web = fileURLToPath(new URL("..", import.meta.url));
const built = existsSync(`${web}/dist/index.html`) && existsSync(`${web}/../cli/dist/main.js`);
const haveChromium = existsSync(CHROMIUM_PATH as string);

type Call = <T = unknown>(path: string, init?: { method?: string; json?: unknown }) => Promise<T>;

/** Reports about the Idlib front, written for the project (the control package's tests use the same). */
const REPORTS = [
  [
    "2018-01-20",
    "Syrian army troops captured the town of Abu al-Duhur from HTS on Saturday. HTS fighters withdrew from Tell Sultan, and the Syrian army entered the village.",
  ],
  ["2018-01-21", "HTS claimed that its fighters recaptured Abu al-Duhur from the Syrian army on Sunday."],
  ["2018-02-03", "HTS fighters seized the village of Tell Sultan from the Syrian army on Saturday."],
  ["2018-02-10", "HTS fighters took the town of Saraqib from the Syrian army on Saturday."],
  ["2018-02-12", "HTS agreed to hand over Khan Shaykhun to the Syrian army on Monday."],
] as const;

/** What the control layers draw in the map's view: holders' areas by name, contested settlements, points. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const map = window.__sitrepMap!;
    const areas = map
      .queryRenderedFeatures({ layers: ["control-areas"] })
      .map((f) => [String(f.properties.controller), String(f.properties.colour)] as [string, string]);
    const settlements = map
      .queryRenderedFeatures({ layers: ["control-settlements"] })
      .map((f) => [String(f.properties.name), String(f.properties.controller)] as [string, string]);
    const contested = map
      .queryRenderedFeatures({ layers: ["control-contested"] })
      .map((f) => String(f.properties.name));
    const front = map.queryRenderedFeatures({ layers: ["control-front"] }).length;
    return {
      areas: Object.fromEntries(areas),
      settlements: Object.fromEntries(settlements),
      contested,
      front,
    };
  });
}

describe.skipIf(!haveChromium || !built)(
  "control in Chromium against sitrep serve",
  { timeout: 120_000 },
  () => {
    let server: { url: string; password: string; close: () => Promise<void> };
    let call: Call;
    let browser: Browser;
    let page: Page;
    const outside: string[] = [];

    beforeAll(async () => {
      server = await startRealServer();
      call = await apiSession(server.url, "admin", server.password);
      const ids: number[] = [];
      for (const [published, text] of REPORTS) {
        const done = await call<{ report: { id: number } }>("/reports", {
          method: "POST",
          json: { text, published, title: `Idlib front, ${published}` },
        });
        ids.push(done.report.id);
      }
      await waitForCoding(call);
      for (const id of ids) {
        const { events } = await call<{ events: { id: number }[] }>(`/events?report=${id}&status=proposed`);
        for (const event of events) await call(`/events/${event.id}/confirm`, { method: "POST", json: {} });
      }
      browser = await launchBrowser();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(data|blob):/.test(url) || url.startsWith(server.url)) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page = await context.newPage();
      await signIn(page, server.url, "admin", server.password);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const openAt = async (date: string) => {
      await page.goto(`${server.url}/?at=${date}`);
      await page.getByRole("heading", { name: `Control on ${date}` }).waitFor();
      await page.waitForFunction(
        () => (window.__sitrepControlAreas ?? 0) > 0 && window.__sitrepMap?.getLayer("control-areas"),
        null,
        { timeout: 30_000 },
      );
      await page.evaluate(() => window.__sitrepMap!.jumpTo({ center: [36.85, 35.65], zoom: 8 }));
      await page.waitForFunction(
        () => window.__sitrepMap!.queryRenderedFeatures({ layers: ["control-settlements"] }).length > 0,
      );
    };

    it("draws the holders' areas for a date, rings the contested settlement and lists the changes", async () => {
      await openAt("2018-01-21");
      const first = await drawn(page);
      // The army and the government hold for one side: the registry makes the army the government's.
      expect(Object.keys(first.areas)).toEqual(["Government of Syria"]);
      expect(first.settlements).toEqual({
        "Abū az̧ Z̧uhūr": "Government of Syria",
        "Tall Sultan": "Government of Syria",
      });
      expect(first.contested).toContain("Abū az̧ Z̧uhūr");
      const feed = page.locator(".control-feed");
      await feed.getByText("Military Forces of Syria took Abū az̧ Z̧uhūr on 2018-01-20").waitFor();
      expect(await feed.textContent()).toContain("disputed");
      const link = feed.locator("li", { hasText: "took Abū az̧ Z̧uhūr" }).getByRole("link", { name: "event" });
      expect(await link.getAttribute("href")).toMatch(/^\/\?event=\d+$/);

      await openAt("2018-03-01");
      const later = await drawn(page);
      expect(Object.keys(later.areas).sort()).toEqual(["Government of Syria", "Hayat Tahrir al-Sham"]);
      expect(later.areas["Government of Syria"]).not.toBe(later.areas["Hayat Tahrir al-Sham"]);
      expect(later.front).toBeGreaterThan(0);
      expect(later.settlements).toMatchObject({
        Sarāqib: "Hayat Tahrir al-Sham",
        "Tall Sultan": "Hayat Tahrir al-Sham",
        "Khān Shaykhūn": "Government of Syria",
      });
      await feed
        .getByText("Hayat Tahrir al-Sham handed Khān Shaykhūn over to Military Forces of Syria on 2018-02-12")
        .waitFor();

      // The export: the areas of the date as GeoJSON, as the panel links them.
      const download = page.getByRole("link", { name: "Download the areas for 2018-03-01 (GeoJSON)" });
      const href = (await download.getAttribute("href"))!;
      const exported = await call<{ features: { properties: { kind: string; controller?: string } }[] }>(
        href.replace(/^\/api/, ""),
      );
      expect(
        exported.features.filter((f) => f.properties.kind === "area").map((f) => f.properties.controller),
      ).toEqual(expect.arrayContaining(["Government of Syria", "Hayat Tahrir al-Sham"]));

      await page.getByRole("checkbox", { name: "Show control areas" }).uncheck();
      await page.waitForFunction(
        () => window.__sitrepMap?.getLayoutProperty("control-areas", "visibility") === "none",
      );
      await page.getByRole("checkbox", { name: "Show control areas" }).check();
    });

    it("takes a hand edit made through the form and redraws the map at once; removing it undoes it", async () => {
      const form = page.getByRole("form", { name: "Set control by hand" });
      await page.getByText("Set control by hand", { exact: true }).click();

      // Nothing chosen: a clear error, nothing saved.
      await form.getByRole("button", { name: "Save hand edit" }).click();
      await expect(form.getByRole("alert").textContent()).resolves.toContain("Choose a settlement");

      await form.getByLabel("Find a settlement").fill("Saraqib");
      await form.getByRole("list", { name: "Settlements found" }).getByRole("button").first().click();
      await form.getByLabel("From").fill("2018-02-20");
      await form.getByLabel("Held by").selectOption({ label: "Military Forces of Syria" });
      await form.getByLabel("Note").fill("Video from the town centre");
      await form.getByRole("button", { name: "Save hand edit" }).click();
      await form
        .getByRole("status")
        .getByText(/Saved: Military Forces of Syria holds Sar.qib/)
        .waitFor();
      await page.waitForFunction(() =>
        window
          .__sitrepMap!.queryRenderedFeatures({ layers: ["control-settlements"] })
          .some((f) => f.properties.name === "Sarāqib" && f.properties.controller === "Government of Syria"),
      );
      await page
        .locator(".control-feed")
        .getByText("Military Forces of Syria holds Sarāqib from 2018-02-20 (analyst edit)")
        .waitFor();
      const listed = page.locator(".control-edits li", { hasText: "Sarāqib" });
      expect(await listed.textContent()).toMatch(
        /by admin on \d{4}-\d{2}-\d{2} — Video from the town centre/,
      );

      // A settlement clicked on the map: Tell Sultan, handed to nobody known.
      await form.getByRole("button", { name: "Pick a settlement on the map" }).click();
      const at = await page.evaluate(() => {
        const map = window.__sitrepMap!;
        const point = map
          .queryRenderedFeatures({ layers: ["control-settlements"] })
          .find((f) => f.properties.name === "Tall Sultan")!;
        return map.project((point.geometry as GeoJSON.Point).coordinates as [number, number]);
      });
      const box = (await page.locator(".map-wrap canvas").boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await form.getByText("Settlement: Tall Sultan").waitFor();
      await form.getByLabel("Held by").selectOption({ label: "Nobody known" });
      await form.getByRole("button", { name: "Save hand edit" }).click();
      await page.waitForFunction(
        () =>
          !window
            .__sitrepMap!.queryRenderedFeatures({ layers: ["control-settlements"] })
            .some((f) => f.properties.name === "Tall Sultan"),
      );

      // Removing the Saraqib edit gives the town back to HTS on the map.
      await page.getByRole("button", { name: "Remove the edit of Sarāqib from 2018-02-20" }).click();
      await form.getByRole("status").getByText("Removed the edit of Sarāqib on 2018-02-20.").waitFor();
      await page.waitForFunction(() =>
        window
          .__sitrepMap!.queryRenderedFeatures({ layers: ["control-settlements"] })
          .some((f) => f.properties.name === "Sarāqib" && f.properties.controller === "Hayat Tahrir al-Sham"),
      );
      const edits = await call<{ edits: { name: string; removed: unknown }[] }>(
        "/control/edits?removed=true",
      );
      expect(edits.edits.map((e) => [e.name, e.removed !== null])).toEqual([
        ["Tall Sultan", false],
        ["Sarāqib", true],
      ]);
      expect(outside).toEqual([]);
    });

    it("fits the hand edit form in a phone's width", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/?at=2018-03-01`);
      await page.getByRole("button", { name: "Filters" }).click();
      await page.getByText("Set control by hand", { exact: true }).click();
      await page.getByRole("form", { name: "Set control by hand" }).getByLabel("Held by").waitFor();
      const overflow = await page.evaluate(() => {
        const side = document.querySelector<HTMLElement>("#side-panel")!;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          panel: side.scrollWidth - side.clientWidth,
        };
      });
      expect(overflow).toEqual({ page: 0, panel: 0 });
    });
  },
);

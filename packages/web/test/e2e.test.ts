// The main journeys in a real browser (Debian's Chromium via playwright-core) against the real product:
// `sitrep serve --samples` (the real coder, embedded PostgreSQL in a temporary folder) with its sample
// reports coded. Log in with the printed password, add a report, see its events on the map, open a card,
// confirm, filter, export, review with the keyboard, teach the coder a new actor. Every request the page
// makes must stay on 127.0.0.1.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
// @ts-expect-error plain ESM helpers shared with the bench
import { CHROMIUM_PATH, launchBrowser, signIn } from "./browser.mjs";
// @ts-expect-error plain ESM helpers shared with the bench
import { apiSession, startRealServer, waitForCoding } from "./real-server.mjs";
// @ts-expect-error plain ESM checks run in the page
import { lowContrastText, unnamedControls } from "./a11y.mjs";

const web = fileURLToPath(new URL("..", import.meta.url));
const built = existsSync(`${web}/dist/index.html`) && existsSync(`${web}/../cli/dist/main.js`);
const haveChromium = existsSync(CHROMIUM_PATH as string);

type Call = <T = unknown>(path: string, init?: { method?: string; json?: unknown }) => Promise<T>;
type Points = {
  columns: string[];
  rows: [number, number, number, string, string | null, string | null, string | null, string, string][];
};

const NEW_REPORT =
  "Russian jets pounded HTS positions in Kafr Nabl on Tuesday, killing four fighters. " +
  "Separately, Turkish-backed factions shelled SDF positions near Manbij.";

/** Where an event's icon is drawn on the map canvas (waits until it is drawn). */
async function eventOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.waitForFunction(
    (id) =>
      window
        .__sitrepMap!.queryRenderedFeatures({ layers: ["event-icons"] })
        .some((f) => String(f.properties.id) === id),
    id,
    { timeout: 20_000 },
  );
  return page.evaluate((id) => {
    const map = window.__sitrepMap!;
    const feature = map
      .queryRenderedFeatures({ layers: ["event-icons"] })
      .find((f) => String(f.properties.id) === id)!;
    const at = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
    return { x: at.x, y: at.y };
  }, id);
}

// Generous timeouts: these run with software WebGL, and the suite may share two cores with other work.
describe.skipIf(!haveChromium || !built)(
  "the web app in Chromium against sitrep serve",
  { timeout: 120_000 },
  () => {
    let server: { url: string; password: string; close: () => Promise<void> };
    let call: Call;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let located = 0;
    let newEventId = "";
    let editedId = "";
    const outside: string[] = [];

    const points = () => call<Points>("/events/points?status=any");

    beforeAll(async () => {
      server = await startRealServer();
      call = await apiSession(server.url, "admin", server.password);
      await waitForCoding(call);
      located = (await points()).rows.length;
      expect(located).toBeGreaterThan(5);
      browser = await launchBrowser();
      context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (/^(data|blob):/.test(url) || url.startsWith(server.url)) return route.continue();
        outside.push(url);
        return route.abort();
      });
      page = await context.newPage();
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("shows anonymous readers the map and cards of confirmed events only, with sign-in for the rest", async () => {
      const { rows } = await points();
      const [published, unpublished] = [rows[0]![0], rows[1]![0]];
      await call(`/events/${published}/confirm`, { method: "POST", json: {} });
      await page.goto(`${server.url}/?event=${published}`);
      await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 30_000 });
      await page.locator(".filters .count", { hasText: "1 of 1 event" }).waitFor();
      const card = page.getByRole("complementary", { name: "Event card" });
      await card.locator(".status-confirmed").waitFor();
      expect(await card.getByRole("button", { name: /Confirm|Reject|Edit/ }).count()).toBe(0);
      expect(await card.getByRole("heading", { name: "History" }).count()).toBe(0);
      expect(
        await page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents(),
      ).toEqual(["Map"]);
      await page.goto(`${server.url}/?event=${unpublished}`);
      await card.getByRole("alert").waitFor();
      await page.goto(server.url + "/review");
      await page.getByText("Sign in to open Review.").waitFor();
      await page.getByRole("button", { name: "Back to the map" }).click();
      await page.getByRole("link", { name: "Sign in" }).click();
      expect(new URL(page.url()).pathname).toBe("/login");
    });

    it("refuses a wrong password, then signs in with the password sitrep serve printed", async () => {
      await page.goto(server.url + "/login");
      await page.getByLabel("User name").fill("admin");
      await page.getByLabel("Password").fill("wrong");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").textContent()).resolves.toContain("Wrong user name or password");
      await signIn(page, server.url, "admin", server.password);
      await page.waitForFunction(() => window.__sitrepFirstRender !== undefined, null, { timeout: 30_000 });
      await page.locator(".filters .count", { hasText: `${located} of ${located} events` }).waitFor();
    }, 90_000);

    it("adds a report, follows its job and shows its events on the map", async () => {
      await page.getByRole("link", { name: "Add report" }).click();
      await page.getByLabel("Title").fill("Strikes in Idlib and Aleppo");
      await page.getByLabel("Published").fill("2017-10-20");
      await page.getByLabel("Report text").fill(NEW_REPORT);
      await page.getByRole("button", { name: "Add and code" }).click();
      await page.getByRole("heading", { name: /\d+ events? coded/ }).waitFor({ timeout: 30_000 });
      const listed = await page.locator(".new-events li").allTextContents();
      expect(listed.join(" ")).toMatch(/Kafr Nabl|Kafranbel/);
      const after = await points();
      expect(after.rows.length).toBeGreaterThan(located);
      located = after.rows.length;
      const kafrNabl = after.rows.find((r) => r[4] === "ru-mil" && r[6] === "2017-10-17");
      expect(kafrNabl).toBeDefined();
      newEventId = String(kafrNabl![0]);
      await page.getByRole("button", { name: "See them on the map" }).click();
      await page.locator(".filters .count", { hasText: `${located} of ${located}` }).waitFor();
    });

    it("opens an event card with the evidence highlighted, and confirms the event", async () => {
      await page.waitForFunction(() => window.__sitrepMap?.loaded());
      await page.evaluate(() => window.__sitrepMap!.jumpTo({ center: [36.564, 35.614], zoom: 12 }));
      await page.waitForFunction(
        (id) =>
          window
            .__sitrepMap!.queryRenderedFeatures({ layers: ["event-icons"] })
            .some((f) => String(f.properties.id) === id),
        newEventId,
        { timeout: 20_000 },
      );
      const at = await page.evaluate((id) => {
        const map = window.__sitrepMap!;
        const feature = map
          .queryRenderedFeatures({ layers: ["event-icons"] })
          .find((f) => String(f.properties.id) === id)!;
        return map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
      }, newEventId);
      const box = (await page.locator(".map-wrap canvas").boundingBox())!;
      await page.mouse.click(box.x + at.x, box.y + at.y);
      const card = page.getByRole("complementary", { name: "Event card" });
      await card.getByText("Military Forces of Russia").first().waitFor();
      expect(new URL(page.url()).searchParams.get("event")).toBe(newEventId);
      expect(await card.locator("mark").textContent()).toContain(
        "Russian jets pounded HTS positions in Kafr Nabl",
      );
      expect(await card.getByRole("link", { name: /↗/ }).getAttribute("href")).toMatch(/^\/reports\/\d+$/);
      await card.getByRole("button", { name: /Confirm/ }).click();
      await card.locator(".status-confirmed").waitFor();
      await card.locator(".history", { hasText: "confirm" }).waitFor();
      expect(await call(`/events/${newEventId}`)).toMatchObject({ status: "confirmed" });
    });

    it("filters by type and keeps the filter in the URL across a reload", async () => {
      const protests = (await points()).rows.filter((r) => r[3] === "PROTEST").length;
      expect(protests).toBeGreaterThan(0);
      await page.getByRole("button", { name: "Close the event card" }).click();
      await page.getByRole("checkbox", { name: "Protest", exact: true }).check();
      await page.locator(".filters .count", { hasText: `${protests} of ${located}` }).waitFor();
      expect(new URL(page.url()).searchParams.get("type")).toBe("PROTEST");
      await page.reload();
      await page.locator(".filters .count", { hasText: `${protests} of ${located}` }).waitFor();
      expect(await page.getByRole("checkbox", { name: "Protest", exact: true }).isChecked()).toBe(true);
    });

    it("downloads exports with the map's filters", async () => {
      const link = page.getByRole("link", { name: "GeoJSON" });
      expect(await link.getAttribute("href")).toBe("/api/exports/events.geojson?type=PROTEST");
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const geojson = JSON.parse(readFileSync((await download.path())!, "utf8")) as GeoJSON.FeatureCollection;
      expect(geojson.features.length).toBeGreaterThan(0);
      expect(new Set(geojson.features.map((f) => f.properties?.type))).toEqual(new Set(["PROTEST"]));
      const [csv] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "ACLED CSV" }).click(),
      ]);
      const lines = readFileSync((await csv.path())!, "utf8")
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toContain("event_id_cnty");
      expect(lines.length).toBe(geojson.features.length + 1);
    });

    it("reviews with the keyboard, most confident first: move, confirm, reject with a reason", async () => {
      await page.goto(server.url + "/review");
      const items = page.locator(".queue-list li");
      await items.first().waitFor();
      const before = await items.count();
      const { events } = await call<{ events: { confidence: number }[] }>(
        "/events?status=proposed&sort=-confidence&limit=200",
      );
      expect(before).toBe(events.length);
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
      const rejected = await call<{ events: { id: number }[] }>("/events?status=rejected");
      expect(rejected.events).toHaveLength(1);
      const { history } = await call<{ history: { action: string; reason: string | null }[] }>(
        `/events/${rejected.events[0]!.id}/history`,
      );
      expect(history.at(-1)).toMatchObject({ action: "reject", reason: "a forecast, not an event" });
    });

    it("edits an event's fields in the review queue, and the history shows each change", async () => {
      await page.goto(server.url + "/review");
      await page.locator('.queue-list button[aria-current="true"]').waitFor();
      const { events } = await call<{ events: { id: number }[] }>(
        "/events?status=proposed&sort=-confidence&limit=1",
      );
      const id = String(events[0]!.id);
      editedId = id;
      await page.keyboard.press("e");
      const form = page.getByRole("form", { name: "Edit event" });
      // (A label's name holds its select's options: "Type" alone also matched an actor list whose names
      // held the word. The field's own label starts the name.)
      await form.getByLabel(/^Type/).selectOption("COERCE");
      await form.getByLabel(/^Modality/).selectOption("reported");
      await form.getByLabel(/^Fatalities/).fill("7");
      await form.getByRole("button", { name: "Save changes" }).click();
      await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
      const history = page.getByRole("list", { name: "Event history" });
      await history.locator("li", { hasText: "edit" }).waitFor();
      const text = await history.locator("li", { hasText: "edit" }).last().textContent();
      expect(text).toMatch(/type: .*→ COERCE/);
      expect(text).toMatch(/modality: .*→ reported/);
      expect(text).toMatch(/fatalities: .*→ 7/);
      expect(await call(`/events/${id}`)).toMatchObject({
        type: "COERCE",
        modality: "reported",
        fatalities: 7,
      });
    });

    it("merges a marked duplicate into another event in the queue, recorded in both histories", async () => {
      const current = page.locator('.queue-list button[aria-current="true"]');
      const duplicate = editedId;
      await page.keyboard.press("x");
      await page.locator(".queue-list li.marked").waitFor();
      await page.keyboard.press("j");
      await page.waitForFunction(
        (dup) => new URL(location.href).searchParams.get("event") !== dup,
        duplicate,
      );
      const survivor = new URL(page.url()).searchParams.get("event")!;
      await current.waitFor();
      await page.keyboard.press("m");
      await page.getByRole("status").filter({ hasText: "Merged 1 duplicate" }).waitFor();
      expect(await call(`/events/${duplicate}`)).toMatchObject({ status: "merged" });
      const history = page.getByRole("list", { name: "Event history" });
      await history.locator("li", { hasText: `event ${duplicate} merged into this one` }).waitFor();
      const { history: trail } = await call<{ history: { action: string }[] }>(
        `/events/${duplicate}/history`,
      );
      expect(trail.at(-1)).toMatchObject({ action: "merge" });
      expect(new URL(page.url()).searchParams.get("event")).toBe(survivor);
    });

    it("teaches the coder a new actor in the registry: the next report coded uses it", async () => {
      await page.getByRole("link", { name: "Registries" }).click();
      await page.getByRole("button", { name: "Add an actor" }).click();
      const form = page.getByRole("form", { name: "New actor" });
      await form.getByLabel("Id", { exact: true }).fill("zorro-lions");
      await form.getByLabel("Name", { exact: true }).fill("Zorro Lions Brigade");
      await form.getByLabel("Aliases (comma-separated)").fill("Zorro Lions");
      await form.getByLabel("Kind").selectOption("militia");
      await form.getByRole("button", { name: "Save" }).click();
      await page.getByRole("status").filter({ hasText: "Saved Zorro Lions Brigade" }).waitFor();
      await page.getByRole("link", { name: "Add report" }).click();
      await page.getByLabel("Published").fill("2017-10-21");
      await page
        .getByLabel("Report text")
        .fill("Fighters of the Zorro Lions attacked Abu Dali on Saturday, killing two soldiers.");
      await page.getByRole("button", { name: "Add and code" }).click();
      await page.getByRole("heading", { name: /\d+ events? coded/ }).waitFor({ timeout: 30_000 });
      const { events } = await call<{ events: { actor1: { id: string } | null }[] }>(
        "/events?status=any&actor=zorro-lions",
      );
      expect(events.length).toBeGreaterThan(0);
    });

    it("imports a GeoNames dump into the places registry: malformed lines named, the coder uses the places", async () => {
      const line = (id: number, name: string, lat: number, lon: number) =>
        [
          id,
          name,
          name,
          "",
          lat,
          lon,
          "P",
          "PPL",
          "SY",
          "",
          "09",
          "",
          "",
          "",
          900,
          "",
          300,
          "Asia/Damascus",
          "2024-01-01",
        ].join("\t");
      const dump = [
        line(99000001, "Tell Zorrobar", 35.71, 36.95),
        "99000002\tnot a place",
        line(99000003, "Kafr Zorrobin", 35.74, 36.91),
      ].join("\n");
      await page.goto(server.url + "/registries");
      await page.getByRole("tab", { name: "Places" }).click();
      const form = page.getByRole("form", { name: "GeoNames import" });
      await form
        .getByLabel("GeoNames dump")
        .setInputFiles({ name: "SY.txt", mimeType: "text/plain", buffer: Buffer.from(dump) });
      await form.getByRole("button", { name: "Import" }).click();
      await form
        .getByRole("status")
        .filter({ hasText: "Imported 2 new places, updated 0; 1 malformed line skipped" })
        .waitFor();
      expect(await form.getByRole("list", { name: "Malformed lines" }).textContent()).toContain(
        "line 2: expected 19 tab-separated columns",
      );
      await page.locator(".place-list", { hasText: "Tell Zorrobar" }).waitFor();
      await call("/reports", {
        method: "POST",
        json: {
          text: "Government jets struck Tell Zorrobar on Monday, killing three people.",
          published: "2017-10-23",
        },
      });
      await waitForCoding(call);
      const { events } = await call<{ events: { location: { geonameid: number | null } | null }[] }>(
        "/events?status=any&limit=200",
      );
      expect(events.some((e) => e.location?.geonameid === 99000001)).toBe(true);
    });

    it("names every control and keeps text contrast at AA on every page", async () => {
      for (const path of ["/", "/review", "/add", "/registries"]) {
        await page.goto(server.url + path);
        await page.getByRole("navigation", { name: "Main" }).waitFor();
        await page.waitForTimeout(500);
        expect({ path, unnamed: await page.evaluate(unnamedControls as () => string[]) }).toEqual({
          path,
          unnamed: [],
        });
        expect({ path, low: await page.evaluate(lowContrastText as () => unknown[]) }).toEqual({
          path,
          low: [],
        });
      }
    });

    it("reaches the map's controls with the keyboard", async () => {
      await page.goto(server.url + "/");
      await page.waitForFunction(() => window.__sitrepMap?.loaded());
      const reached = new Set<string>();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        reached.add(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el) return "";
            return (
              el.getAttribute("aria-label") ||
              (el as HTMLInputElement).labels?.[0]?.textContent ||
              el.textContent ||
              el.tagName
            ).trim();
          }),
        );
      }
      for (const name of ["Review", "Sign out", "Find an actor", "Protest", "GeoJSON", "Map"])
        expect(
          [...reached].some((r) => r.includes(name)),
          `${name} is reached by Tab`,
        ).toBe(true);
    });

    it("fits a phone's width: no sideways scrolling, every page in the bar, the card as a sheet", async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/?event=${newEventId}`);
      const card = page.getByRole("complementary", { name: "Event card" });
      await card.locator("mark").waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      for (const name of ["Map", "Review", "Add report", "Registries"]) {
        const box = (await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name })
          .boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
      const close = (await card.getByRole("button", { name: "Close the event card" }).boundingBox())!;
      expect(close.y).toBeGreaterThan(300);
      expect(close.x + close.width).toBeLessThanOrEqual(390);
      // Tapping an event low on the screen opens the card over that part: the map brings it into view.
      await card.getByRole("button", { name: "Close the event card" }).click();
      await card.waitFor({ state: "detached" });
      await page.evaluate(() => {
        const map = window.__sitrepMap!;
        map.resize();
        map.panBy([0, -250], { duration: 0 });
      });
      const low = await eventOnScreen(page, newEventId);
      expect(low.y).toBeGreaterThan(500);
      const box = (await page.locator(".map-wrap canvas").boundingBox())!;
      await page.mouse.click(box.x + low.x, box.y + low.y);
      await card.locator("mark").waitFor();
      await page.waitForFunction(() => !window.__sitrepMap!.isMoving());
      const sheet = (await card.boundingBox())!;
      const canvas = (await page.locator(".map-wrap canvas").boundingBox())!;
      const shown = await eventOnScreen(page, newEventId);
      expect(canvas.y + shown.y).toBeGreaterThan(canvas.y);
      expect(canvas.y + shown.y).toBeLessThan(sheet.y);
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    it("made no request beyond localhost", () => {
      expect(outside).toEqual([]);
    });
  },
);

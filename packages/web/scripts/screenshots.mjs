// Takes the README's screenshots of what changed with anonymous reading and the GeoNames import, against
// the real `sitrep serve --samples` in headless Chromium (as the browser tests run it):
//   docs/web-anonymous.png       the map and a card without signing in
//   docs/web-places-import.png   the places registry after a GeoNames import
// Run after `npm run build`: node packages/web/scripts/screenshots.mjs
import { fileURLToPath } from "node:url";
import { launchBrowser, signIn } from "../test/browser.mjs";
import { apiSession, startRealServer, waitForCoding } from "../test/real-server.mjs";

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url));
const line = (id, name, lat, lon) =>
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
const DUMP = [
  line(99000001, "Tell Zorrobar", 35.71, 36.95),
  "99000002\tnot a place",
  line(99000003, "Kafr Zorrobin", 35.74, 36.91),
].join("\n");

const server = await startRealServer();
const browser = await launchBrowser();
try {
  const call = await apiSession(server.url, "admin", server.password);
  await waitForCoding(call);
  const { events } = await call("/events?status=proposed&sort=-confidence&limit=200");
  const located = events.filter((e) => e.location);
  for (const event of located.slice(0, 8))
    await call(`/events/${event.id}/confirm`, { method: "POST", json: {} });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/?event=${located[0].id}`);
  await page.getByRole("complementary", { name: "Event card" }).locator("mark").waitFor();
  await page.waitForFunction(() => window.__sitrepMap?.loaded() && !window.__sitrepMap.isMoving());
  await page.evaluate(() => window.__sitrepMap.jumpTo({ zoom: 7 }));
  await page.waitForFunction(() => window.__sitrepMap.loaded());
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${docs}web-anonymous.png` });

  await signIn(page, server.url, "admin", server.password);
  await page.goto(`${server.url}/registries`);
  await page.getByRole("tab", { name: "Places" }).click();
  const form = page.getByRole("form", { name: "GeoNames import" });
  await form
    .getByLabel("GeoNames dump")
    .setInputFiles({ name: "SY.txt", mimeType: "text/plain", buffer: Buffer.from(DUMP) });
  await form.getByRole("button", { name: "Import" }).click();
  await form.getByRole("status").filter({ hasText: "Imported" }).waitFor();
  await form.evaluate((element) => element.scrollIntoView({ block: "end" }));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${docs}web-places-import.png` });
} finally {
  await browser.close();
  await server.close();
}

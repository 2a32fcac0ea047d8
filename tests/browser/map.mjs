// The map of the districts in headless Chromium: without JavaScript the map and its list are
// there and no button (home, list, district page); with it, axe-core finds no WCAG 2.2 A/AA violation before and after the
// interactive map opens (home, list and a district page, at 1280 and 320 px), Tab reaches every marker in reading order, the filters hide markers,
// the tile server gets no request before the click and some after, and a marker of the
// interactive map leads to its district.
// Usage: node map.mjs <site-base-url> <tile-server-base-url>   (exit 0 when all is well)
import { chromium } from "playwright-core";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = require("axe-core").source;
const [base, tiles] = process.argv.slice(2).map((u) => (u || "").replace(/\/$/, ""));
if (!base || !tiles) {
  console.error("usage: node map.mjs <site-base-url> <tile-server-base-url>");
  process.exit(2);
}
const failures = [];
const fail = (msg) => failures.push(msg);
const tileCount = async () => Number(await (await fetch(`${tiles}/count`)).text());

async function axe(page, when) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
    fail(`${when}: axe ${v.id}: ${v.help} at ${where}`);
  }
}

async function withoutJavaScript(browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/fr/", "/nl/districts/", "/fr/districts/bervoets/"]) {
    await page.goto(`${base}${path}`);
    const markers = await page.locator(".map-markers a.map-marker").count();
    // The text alternative names a district under each of its communes: count each once.
    const listed = new Set(await page.locator(".map-groups a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).size;
    if (markers === 0 || markers !== listed) fail(`no JS ${path}: ${markers} markers, ${listed} districts in the list`);
    if (!(await page.locator(".map-markers a.map-marker").first().isVisible())) fail(`no JS ${path}: markers are not visible`);
    if (await page.locator("[data-map-open]").isVisible()) fail(`no JS ${path}: the interactive map's button is shown`);
  }
  await context.close();
}

// A district page: its own marker is the current page and stands out, the others are faded;
// axe finds nothing at a phone's width and at a desktop's.
async function districtPage(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/fr/districts/bervoets/`, { waitUntil: "networkidle" });
  const current = await page.locator(".map-markers a.map-marker[aria-current=page]").evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute("href"), name: a.getAttribute("aria-label"), current: a.classList.contains("map-marker-current") })));
  if (current.length !== 1 || !current[0].href.endsWith("/fr/districts/bervoets/") || !current[0].current
      || !current[0].name.startsWith("Quartier Bervoets")) fail(`${width} px district page: current marker ${JSON.stringify(current)}`);
  const others = await page.locator(".map-markers a.map-marker:not([aria-current])").evaluateAll((as) =>
    as.map((a) => a.classList.contains("map-marker-faded")));
  if (others.length === 0 || others.some((faded) => !faded)) fail(`${width} px district page: other markers not all faded: ${others}`);
  await axe(page, `${width} px district page`);
  await context.close();
}

async function tabOrder(page) {
  const hrefs = await page.locator(".map-markers a.map-marker").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  await page.locator("h1").click();
  const seen = [];
  for (let i = 0; i < 200 && seen.length < hrefs.length; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.matches(".map-markers a.map-marker") ? a.getAttribute("href") : null;
    });
    if (href) seen.push(href);
  }
  if (JSON.stringify(seen) !== JSON.stringify(hrefs)) fail(`Tab reached ${JSON.stringify(seen)}, expected ${JSON.stringify(hrefs)}`);
  const tops = await page.locator(".map-markers li").evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
  const rows = tops.map((t) => Math.floor(t / 60));
  if (rows.some((r, i) => i > 0 && r < rows[i - 1])) fail(`markers are not in reading order: ${tops}`);
  const ring = await page.evaluate(() => {
    const a = document.querySelector(".map-markers a.map-marker");
    a.focus();
    const s = getComputedStyle(a);
    const r = a.getBoundingClientRect();
    return { outline: s.outlineStyle, width: r.width, height: r.height };
  });
  if (ring.outline === "none") fail("a focused marker shows no outline");
  if (ring.width < 24 || ring.height < 24) fail(`a marker is ${ring.width}x${ring.height} px, under 24x24`);
}

async function filters(page) {
  await page.selectOption("#f-commune", "forest");
  // data-commune lists every commune of a district (Cité Messidor: uccle forest).
  const wrong = await page.locator(".map-markers li:not([hidden])").evaluateAll((lis) => lis.filter((li) => !li.dataset.commune.split(" ").includes("forest")).length);
  const shown = await page.locator(".map-markers li:not([hidden]) a").evaluateAll((as) => as.map((a) => a.getAttribute("href")).sort());
  // Every shown marker is a Forest card's; a card without location (closed Saint-Denis) has none.
  const cards = await page.locator(".cards > li.card[data-commune~=\"forest\"]:not([hidden]) h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const unlisted = shown.filter((h) => !cards.includes(h));
  if (wrong !== 0 || unlisted.length !== 0 || shown.length < 2) fail(`filter forest: ${shown.length} markers shown (${wrong} elsewhere, ${unlisted} without a card), ${cards.length} cards`);
  await page.selectOption("#f-commune", "");
  const all = await page.locator(".map-markers li:not([hidden])").count();
  if (all !== (await page.locator(".map-markers li").count())) fail("clearing the filter does not show every marker again");
}

async function interactive(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const before = await tileCount();
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  await page.goto(`${base}/fr/districts/`, { waitUntil: "networkidle" });
  await axe(page, `${width} px districts before the click`);
  if (width > 400) {
    await tabOrder(page);
    await filters(page);
  }
  const early = (await tileCount()) - before;
  if (early !== 0) fail(`${width} px: the tile server got ${early} requests before the click`);
  const button = page.locator("[data-map-open]");
  if ((await button.textContent()).trim() !== "Afficher la carte interactive") fail(`button reads "${await button.textContent()}"`);
  const note = await page.locator("[data-map-offer] p").textContent();
  if (!note.includes("127.0.0.1")) fail(`the note does not name the tile host: ${note}`);
  await button.click();
  await page.locator(".map-live .leaflet-tile-loaded").first().waitFor({ timeout: 10000 });
  if ((await tileCount()) === before) fail(`${width} px: the tile server got no request after the click`);
  console.error(`${width} px: ${(await tileCount()) - before} tiles after the click`);
  const live = await page.locator(".map-live a.map-marker").count();
  const static_ = await page.locator(".map-markers a.map-marker").count();
  if (live !== static_ || live === 0) fail(`interactive map: ${live} markers, static map ${static_}`);
  await axe(page, `${width} px districts after the click`);
  // The filters hide on the interactive map the markers they hide on the static one.
  await page.selectOption("#f-commune", "forest");
  const shown = await page.locator(".map-markers li:not([hidden]) a.map-marker").count();
  const liveForest = await page.locator(".map-live a.map-marker").evaluateAll((as) =>
    as.map((a) => a.getAttribute("href")));
  const staticForest = await page.locator(".map-markers li:not([hidden]) a.map-marker").evaluateAll((as) =>
    as.map((a) => a.getAttribute("href")));
  if (shown === 0 || shown === static_ || liveForest.sort().join() !== staticForest.sort().join()) {
    fail(`${width} px: with the Forest filter the interactive map shows ${liveForest.length} markers, the static map ${shown} of ${static_}`);
  }
  await page.selectOption("#f-commune", "");
  const back = await page.locator(".map-live a.map-marker").count();
  if (back !== static_) fail(`${width} px: without a filter the interactive map shows ${back} markers of ${static_}`);
  // Keyboard: Tab into the interactive map to a marker, Enter follows it.
  let href = null;
  for (let i = 0; i < 200 && !href; i++) {
    await page.keyboard.press("Tab");
    href = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.closest(".map-live") && a.matches("a.map-marker") ? a.getAttribute("href") : null;
    });
  }
  if (!href) fail("Tab never reaches a marker of the interactive map");
  else {
    const name = await page.locator(`.map-live a.map-marker[href="${href}"]`).getAttribute("aria-label");
    await Promise.all([page.waitForURL(`${base}${href}`), page.keyboard.press("Enter")]);
    const title = (await page.locator("h1").textContent()).trim();
    // The marker's name is "<district>, <commune>": the page it leads to is that district's.
    if (!title || !name.startsWith(title)) fail(`the marker "${name}" led to ${href} titled "${title}"`);
  }
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  await withoutJavaScript(browser);
  await districtPage(browser, 1280);
  await districtPage(browser, 320);
  await interactive(browser, 1280);
  await interactive(browser, 320);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log("map ok");

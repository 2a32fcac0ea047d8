// Drives a built wijk site in headless Chromium: every page type loads without console
// errors or failed requests, axe-core finds no WCAG 2.2 A/AA violation, on a 320-px phone no
// page scrolls sideways, standalone targets are at least 24 x 24 px, SVG text is at least 12 px
// as displayed and the page's own heading is on the first screen; search finds words
// of updates, meeting reports, inflected and Dutch forms and phrases, filters narrow with counts
// and stay in the URL, and the language switch leads to the same page in the other language.
// At 375 px, a project page with a cover and pictures in its text passes axe and loads no picture
// more than twice as wide as it is shown; covers show on the cards of the districts list and of a
// theme page, and in search results.
// Usage: node run.mjs <base-url>   (prints failures; exit 0 when there are none)
import { chromium } from "playwright-core";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeSource = require("axe-core").source;
const base = (process.argv[2] || "").replace(/\/$/, "");
if (!base) {
  console.error("usage: node run.mjs <base-url>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const failures = [];
const fail = (msg) => failures.push(msg);

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const PHONE = { width: 320, height: 640 };
const PICTURES_PHONE = { width: 375, height: 667 };

const TYPES = [
  ["home", /^\/(\w+)\/$/],
  ["districts", /^\/(\w+)\/districts\/$/],
  ["district", /^\/(\w+)\/districts\/[^/]+\/$/],
  ["project", /^\/(\w+)\/districts\/[^/]+\/[^/]+\/$/],
  ["theme", /^\/(\w+)\/themes\/[^/]+\/$/],
  ["experts", /^\/(\w+)\/experts\/$/],
  ["expert", /^\/(\w+)\/experts\/[^/]+\/$/],
  ["meetings", /^\/(\w+)\/meetings\/$/],
  ["meeting", /^\/(\w+)\/meetings\/[^/]+\/$/],
  ["page", /^\/(\w+)\/pages\/[^/]+\/$/],
  ["open-data", /^\/(\w+)\/pages\/open-data\/$/],
  ["search", /^\/(\w+)\/search\/$/],
];

async function pagesToVisit() {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const chosen = new Map();
  for (const p of paths) {
    for (const [type, re] of TYPES) {
      const m = p.match(re);
      if (m && !chosen.has(`${type}:${m[1]}`)) chosen.set(`${type}:${m[1]}`, p);
    }
  }
  for (const [type] of TYPES) {
    if (![...chosen.keys()].some((k) => k.startsWith(`${type}:`))) fail(`no page of type ${type} in the sitemap`);
  }
  return [...chosen.values(), "/index.html", "/404.html"];
}

async function check(context, path) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((tags) =>
    window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
    problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
  }
  for (const p of problems) fail(`${path}: ${p}`);
  await page.close();
}

// Types a query (and picks filters) on a search page; returns the status text and result URLs.
// At 320 px: no sideways scroll (WCAG 1.4.10), targets of at least 24 x 24 px unless inline
// in a sentence (2.5.8), SVG text at least 12 px once scaled, the h1 on the first screen.
async function checkPhone(context, path) {
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  const found = await page.evaluate((viewport) => {
    const out = [];
    const width = document.documentElement.scrollWidth;
    if (width > viewport || window.innerWidth !== viewport) {
      const wide = [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > viewport + 1)
        .filter((e) => !e.closest(".table-scroll, .visually-hidden, .skip-link"))
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      out.push(`scrolls sideways: scrollWidth ${width}, innerWidth ${window.innerWidth}, viewport ${viewport} (${wide.join(", ")})`);
    }
    const text = (e) => e.textContent.replace(/\s+/g, " ").trim();
    const targets = document.querySelectorAll("a[href], button, select, input, summary, [tabindex='0']");
    for (const e of targets) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || e.closest(".visually-hidden")) continue;
      if (e.classList.contains("skip-link")) continue;
      const inline = e.tagName === "A" && e.parentElement && text(e.parentElement) !== text(e);
      if (inline) continue;
      if (r.width < 24 || r.height < 24) {
        out.push(`target ${e.tagName.toLowerCase()} "${text(e).slice(0, 30)}" is ${r.width.toFixed(1)} x ${r.height.toFixed(1)} px`);
      }
    }
    for (const t of document.querySelectorAll("svg text")) {
      if (t.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 1);
      if (size < 12) out.push(`svg text "${text(t).slice(0, 20)}" is ${size.toFixed(1)} px`);
    }
    const h1 = document.querySelector("main h1");
    if (!h1) out.push("no h1 in main");
    else if (h1.getBoundingClientRect().top > window.innerHeight / 2) {
      out.push(`the h1 starts ${Math.round(h1.getBoundingClientRect().top)} px down`);
    }
    return out;
  }, PHONE.width);
  for (const p of found) fail(`${path} at ${PHONE.width} px: ${p}`);
  await page.close();
}

async function search(page, query, filters = {}) {
  await page.locator("form[data-search][data-ready]").waitFor({ timeout: 5000 });
  const before = await page.locator("#search-status").textContent();
  if (query !== null) {
    await page.locator("#q").fill("");
    await page.locator("#q").pressSequentially(query, { delay: 5 });
  }
  for (const [name, value] of Object.entries(filters)) await page.selectOption(`#f-${name}`, value);
  try {
    await page.waitForFunction((b) => document.querySelector("#search-status").textContent !== b, before, { timeout: 3000 });
  } catch (e) { /* same status as before: the checks below tell */ }
  await page.waitForTimeout(300);
  const status = await page.locator("#search-status").textContent();
  const urls = await page.locator("#search-results > li h3 a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  return { status, urls };
}

async function expectFound(page, lang, query, url, what) {
  const { status, urls } = await search(page, query);
  if (!urls.includes(url)) fail(`search (${lang}): "${query}" (${what}) did not find ${url}; status "${status}", found ${urls.join(" ")}`);
  return urls;
}

async function checkSearch(context) {
  const page = await context.newPage();
  page.on("pageerror", (e) => fail(`search page error: ${e.message}`));
  await page.goto(`${base}/fr/search/`, { waitUntil: "networkidle" });
  const compostMeeting = "/fr/meetings/2024-03-14-compost/";
  await expectFound(page, "fr", "tamisé", "/fr/districts/bervoets/compost/", "a word only in a project update");
  await expectFound(page, "fr", "brassage", compostMeeting, "a word only in a meeting report");
  await expectFound(page, "fr", "composter", compostMeeting, "an inflected form of compost");
  await expectFound(page, "fr", "Ecole", "/fr/districts/bervoets/potager/", "without accent, capitalised");
  await expectFound(page, "fr", "\"feuilles mortes\"", compostMeeting, "a quoted phrase");
  const reversed = await search(page, "\"mortes feuilles\"");
  if (reversed.urls.includes(compostMeeting)) fail(`search: the phrase "mortes feuilles" matched the meeting that has "feuilles mortes"`);
  const typing = await search(page, "compo");
  if (!typing.urls.includes(compostMeeting)) fail(`search: the prefix "compo" while typing did not find ${compostMeeting}`);

  // Filters narrow the results and show counts; the URL holds the search.
  const all = await search(page, "compost");
  const narrowed = await search(page, null, { kind: "meeting" });
  const n = (s) => Number((s.match(/\d+/) || ["0"])[0]);
  if (!(n(narrowed.status) < n(all.status) && narrowed.urls.length >= 1)) fail(`search: the kind filter did not narrow "compost": ${all.status} -> ${narrowed.status}`);
  if (narrowed.urls.some((u) => !u.includes("/meetings/"))) fail(`search: kind=meeting shows ${narrowed.urls.join(" ")}`);
  const option = await page.locator('#f-kind option[value="project"]').textContent();
  if (!/\(\d+\)/.test(option)) fail(`search: the kind filter shows no count: "${option}"`);
  const url = new URL(page.url());
  if (url.searchParams.get("q") !== "compost" || url.searchParams.get("kind") !== "meeting") fail(`search: the URL does not hold the search: ${page.url()}`);
  await page.reload({ waitUntil: "networkidle" });
  const again = await search(page, null);
  if (again.status !== narrowed.status || again.urls.join() !== narrowed.urls.join()) fail(`search: after reload "${again.status}" ${again.urls} instead of "${narrowed.status}" ${narrowed.urls}`);
  await page.goBack({ waitUntil: "networkidle" });
  const back = await search(page, null);
  if (new URL(page.url()).searchParams.get("kind") === "meeting" || back.status === narrowed.status) fail(`search: the back button did not undo the filter (${page.url()}, "${back.status}")`);

  const none = await search(page, "xqzwvkj");
  const live = await page.locator("#search-status").getAttribute("role");
  if (none.urls.length || !/aucun/i.test(none.status) || live !== "status") fail(`search: a nonsense word shows "${none.status}" (role ${live}), ${none.urls.length} results`);

  // A result for a project with a cover shows its thumbnail, with its text.
  const withCover = await search(page, "potager");
  const thumb = await page.locator("#search-results > li").filter({ has: page.locator('h3 a[href$="/bervoets/potager/"]') })
    .locator("img.result-cover").evaluateAll((imgs) => imgs.map((i) => ({ alt: i.alt, w: i.getAttribute("width"), src: i.getAttribute("src") })));
  if (thumb.length !== 1 || !thumb[0].alt || !/-320\.jpg$/.test(thumb[0].src) || thumb[0].w !== "320") {
    fail(`search: the result for the potager shows no cover thumbnail: ${JSON.stringify(thumb)} (${withCover.urls.join(" ")})`);
  }
  const loaded = await page.locator("img.result-cover").first().evaluate(async (i) => {
    i.scrollIntoView();
    if (!i.complete) await new Promise((r) => { i.onload = r; i.onerror = r; });
    return i.naturalWidth;
  }).catch(() => 0);
  if (!loaded) fail("search: a result's cover thumbnail did not load");

  await search(page, "compost");
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((tags) =>
    window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
  for (const v of result.violations) fail(`search results: axe ${v.id}: ${v.help}`);

  // Dutch: a Dutch word on the Dutch page, through the stemmer ("regenwatertonnen" -> "regenwaterton").
  await page.goto(`${base}/nl/search/`, { waitUntil: "networkidle" });
  await expectFound(page, "nl", "regenwatertonnen", "/nl/meetings/2025-03-20-regenwater/", "a Dutch plural");

  // The districts list filters every district through the index.
  await page.goto(`${base}/fr/districts/`, { waitUntil: "networkidle" });
  const districts = await search(page, null, { commune: "forest" });
  const cardsHidden = await page.locator("[data-replaced-by-search]").isHidden();
  if (!districts.urls.length || districts.urls.some((u) => !/^\/fr\/districts\/[^/]+\/$/.test(u)) || !cardsHidden) {
    fail(`districts filter: commune=forest shows ${districts.urls.join(" ")} (${districts.status}), list hidden: ${cardsHidden}`);
  }
  await page.close();
}

// Every picture of a page at `PICTURES_PHONE`, once each was scrolled into view (lazy ones load
// then): its class, natural width, shown width and alt. The page stays open for more checks.
async function picturesOf(context, path) {
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll("img")) {
      img.scrollIntoView();
      await new Promise((r) => setTimeout(r, 20));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 5000 });
  // naturalWidth of an <img> with a `w` srcset is scaled by the chosen density: the file's own
  // width is read from a plain Image of its currentSrc.
  const found = await page.evaluate(() => Promise.all([...document.images].map(async (i) => {
    const file = new Image();
    file.src = i.currentSrc || i.src;
    await file.decode().catch(() => {});
    return {
      name: `img.${i.className || "(text)"} ${new URL(file.src).pathname}`,
      cls: i.className,
      natural: i.naturalWidth && file.naturalWidth,
      shown: i.getBoundingClientRect().width,
      alt: i.alt,
    };
  })));
  return { page, found };
}

async function checkPictures(browser, project, lang) {
  const phone = await browser.newContext({ viewport: PICTURES_PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  const pages = [[project, "cover"], [`/${lang}/districts/`, "card-cover"], [`/${lang}/themes/food/`, "card-cover"]];
  for (const [path, cls] of pages) {
    const { page, found } = await picturesOf(phone, path);
    if (!found.some((i) => i.cls === cls)) fail(`pictures at 375 px: ${path} shows no ${cls}`);
    if (path === project && !found.some((i) => !i.cls)) fail(`pictures at 375 px: ${path} has no picture in its text`);
    for (const i of found) {
      if (i.natural === 0) fail(`pictures at 375 px: ${path}: ${i.name} did not load`);
      else if (i.natural > i.shown * 2) fail(`pictures at 375 px: ${path}: ${i.name} is ${i.natural} px wide, shown at ${i.shown.toFixed(0)} px`);
      // The map's drawing says nothing its marker links and list do not: it is decorative, alt="".
      if (!i.alt && i.cls !== "map-svg") fail(`pictures at 375 px: ${path}: ${i.name} has no alt`);
    }
    if (path === project) {
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate((tags) =>
        window.axe.run(document, { runOnly: { type: "tag", values: tags } }), AXE_TAGS);
      for (const v of result.violations) fail(`pictures at 375 px: ${path}: axe ${v.id}: ${v.help}`);
    }
    await page.close();
  }
  await phone.close();
}

async function checkLanguageSwitch(context, from, to, path) {
  const page = await context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.locator(`.lang-switch a[hreflang="${to}"]`).click();
  await page.waitForLoadState("networkidle");
  const expected = `${base}${path.replace(`/${from}/`, `/${to}/`)}`;
  if (page.url() !== expected) fail(`language switch: ${path} led to ${page.url()}, not ${expected}`);
  const lang = await page.getAttribute("html", "lang");
  if (lang !== to) fail(`language switch: <html lang="${lang}"> on ${page.url()}`);
  await page.close();
}

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  const context = await browser.newContext();
  const paths = await pagesToVisit();
  for (const path of paths) await check(context, path);
  const phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  for (const path of paths) await checkPhone(phone, path);
  await phone.close();
  const langs = [...new Set(paths.map((p) => p.split("/")[1]).filter((l) => /^[a-z]{2}$/.test(l)))].sort();
  await checkSearch(context);
  const project = paths.find((p) => TYPES[3][1].test(p) && p.startsWith(`/${langs[0]}/`));
  const other = langs.find((l) => l !== langs[0]);
  if (project && other) await checkLanguageSwitch(context, langs[0], other, project);
  else fail("language switch: need a project page and two languages");
  await checkPictures(browser, `/${langs[0]}/districts/bervoets/potager/`, langs[0]);
  console.log(`checked ${paths.length} pages`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log("ok");

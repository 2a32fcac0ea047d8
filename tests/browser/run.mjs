// Drives a built wijk site in headless Chromium: every page type loads without console
// errors or failed requests, axe-core finds no WCAG 2.1 A/AA violation, search finds a word
// of a project summary, and the language switch leads to the same page in the other language.
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
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  for (const v of result.violations) {
    const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ");
    problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
  }
  for (const p of problems) fail(`${path}: ${p}`);
  await page.close();
}

async function checkSearch(context, lang) {
  const items = await (await fetch(`${base}/${lang}/search/index.json`)).json();
  const project = items.find((i) => i.kind === "project" && i.summary);
  if (!project) return fail("search: no project with a summary in the index");
  const word = project.summary.split(/[^\p{L}\p{N}-]+/u).sort((a, b) => b.length - a.length)[0];
  const page = await context.newPage();
  await page.goto(`${base}/${lang}/search/`, { waitUntil: "networkidle" });
  await page.locator("#q").pressSequentially(word, { delay: 10 });
  const hit = page.locator(`li[data-id="${project.id}"]`);
  try {
    await hit.waitFor({ state: "visible", timeout: 3000 });
    await page.waitForFunction(() => document.querySelectorAll("[data-filtered] > li[hidden]").length > 0, null, { timeout: 3000 });
  } catch (e) {
    fail(`search: typing "${word}" did not show ${project.id} alone among the results`);
  }
  const shown = await page.locator("[data-filtered] > li:not([hidden])").count();
  if (shown === 0 || shown === items.length) fail(`search: "${word}" shows ${shown} of ${items.length} items`);
  await page.close();
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
  const langs = [...new Set(paths.map((p) => p.split("/")[1]).filter((l) => /^[a-z]{2}$/.test(l)))].sort();
  await checkSearch(context, langs[0]);
  const project = paths.find((p) => TYPES[3][1].test(p) && p.startsWith(`/${langs[0]}/`));
  const other = langs.find((l) => l !== langs[0]);
  if (project && other) await checkLanguageSwitch(context, langs[0], other, project);
  else fail("language switch: need a project page and two languages");
  console.log(`checked ${paths.length} pages`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(failures.join("\n"));
  process.exit(1);
}
console.log("ok");

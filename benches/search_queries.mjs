// Types queries on /fr/search/ of a served site in headless Chromium; for each prints the time
// from the last key to the final result list (the last change of the list, so that a search
// started while typing does not count as the answer) and the bytes fetched, gzipped as a static
// host serves them. Twice, each time in a fresh page: typing fast (30 ms a key: a search runs
// once the query is typed) and at a person's pace (180 ms a key: a search runs at every key).
// Usage: node search_queries.mjs <base-url> <site-dir>   (benches/search.py runs it)
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const [base, dir] = process.argv.slice(2);
const gz = (path) => gzipSync(readFileSync(dir + path), { level: 6 }).length;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const QUERIES = ["compost", "potager collectif", "récoltes", "façade", "\"jardin partagé\""];
try {
  for (const delay of [30, 180]) {
    const page = await browser.newPage();
    console.log(`typing at ${delay} ms a key:`);
    const fetched = new Set();
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.pathname.includes("/search/") || u.pathname.endsWith(".js")) fetched.add(u.pathname);
    });
    await page.goto(`${base}/fr/search/`, { waitUntil: "networkidle" });
    await page.locator("form[data-search][data-ready]").waitFor();
    let seen = new Set(fetched);
    const pageBytes = [...fetched].reduce((s, p) => s + gz(p.endsWith("/") ? p + "index.html" : p), 0);
    console.log(`page load (search.js, meta.json): ${(pageBytes / 1024).toFixed(0)} KB gzipped`);
    let total = pageBytes;
    for (const q of QUERIES) {
      await page.locator("#q").fill("");
      await page.waitForTimeout(400);
      await page.evaluate(() => {
        window.lastChange = 0;
        document.querySelector("#q").addEventListener("keydown", () => { window.lastKey = performance.now(); });
        const list = document.querySelector("#search-results");
        new MutationObserver(() => { window.lastChange = performance.now(); })
          .observe(list, { childList: true, subtree: true });
      });
      await page.locator("#q").type(q, { delay });
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      const elapsed = Math.max(0, Math.round((await page.evaluate(() => window.lastChange - window.lastKey))));
      const added = [...fetched].filter((p) => !seen.has(p));
      seen = new Set(fetched);
      const bytes = added.reduce((s, p) => s + gz(p), 0);
      total += bytes;
      const status = await page.locator("#search-status").textContent();
      console.log(`"${q}": ${status}; final result list ${elapsed} ms after the last key (50 ms of it the typing pause); ` +
        `${added.length} files, ${(bytes / 1024).toFixed(0)} KB gzipped more, ${(total / 1024).toFixed(0)} KB in all`);
    }
    await page.close();
  }
} finally {
  await browser.close();
}

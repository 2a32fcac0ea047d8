// A quoted phrase in headless Chromium, over more candidates than one page of results: every
// result shown holds the phrase word after word, the count is exact once every candidate was
// checked, and "more" shows the rest. The site has pages phrase-00 … phrase-NN holding both
// words; only those listed on the command line hold them as the phrase.
// Usage: node phrase.mjs <site-base-url> <phrase> <expected path> …   (exit 0 when all is well)
import { chromium } from "playwright-core";

const [base, phrase, ...expected] = process.argv.slice(2);
if (!base || !phrase || !expected.length) {
  console.error("usage: node phrase.mjs <site-base-url> <phrase> <expected path> …");
  process.exit(2);
}
const failures = [];
const fail = (msg) => failures.push(msg);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => fail(`page error: ${e.message}`));
  const q = encodeURIComponent(`"${phrase}"`);
  await page.goto(`${base}/fr/search/?q=${q}`, { waitUntil: "networkidle" });
  await page.locator("form[data-search][data-ready]").waitFor({ timeout: 10000 });
  await page.waitForFunction(() => document.querySelector("#search-status").textContent !== "", null, { timeout: 10000 });
  const state = () => page.evaluate(() =>
    document.querySelector("#search-status").textContent + "|" + document.querySelectorAll("#search-results > li").length);
  for (let i = 0; i < 20 && (await page.locator("#search-more").isVisible()); i++) {
    const before = await state();
    await page.locator("#search-more").click();
    // Each page checks candidates: the count or the list changes once it is there.
    await page.waitForFunction((b) =>
      document.querySelector("#search-status").textContent + "|" + document.querySelectorAll("#search-results > li").length !== b,
    before, { timeout: 10000 });
  }
  const status = await page.locator("#search-status").textContent();
  const urls = await page.locator("#search-results > li h3 a")
    .evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  const extra = urls.filter((u) => !expected.includes(u));
  const missing = expected.filter((u) => !urls.includes(u));
  if (extra.length) fail(`results without the phrase: ${extra.join(" ")}`);
  if (missing.length) fail(`phrase results not shown: ${missing.join(" ")}`);
  if (status !== `${expected.length} résultats`) fail(`count "${status}" instead of "${expected.length} résultats"`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.log(failures.map((f) => `FAIL ${f}`).join("\n"));
  process.exit(1);
}
console.log("phrase ok");

// The search page does not jump while its results load: headless Chromium opens a search
// with a query at a desktop and a phone size, and sums the layout-shift entries (those not
// caused by the reader, as Lighthouse's CLS does) from the first paint until the results are
// shown and have settled. Each sum must stay under 0.05 (Lighthouse's "good" is 0.1).
// Usage: node layout-shift.mjs <site-base-url> <path with query> …   (exit 0 when all is well)
import { chromium } from "playwright-core";

const [base, ...paths] = process.argv.slice(2);
if (!base || !paths.length) {
  console.error("usage: node layout-shift.mjs <site-base-url> <path with query> …");
  process.exit(2);
}
const LIMIT = 0.05;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const failures = [];
const fail = (msg) => failures.push(msg);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const report = [];
try {
  for (const viewport of VIEWPORTS) {
    for (const path of paths) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (!e.hadRecentInput) window.__shifts.push(e.value);
          }
        }).observe({ type: "layout-shift", buffered: true });
      });
      const page = await context.newPage();
      page.on("pageerror", (e) => fail(`${path}: page error: ${e.message}`));
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      await page.locator("#search-results > li").first().waitFor({ timeout: 10000 });
      await page.waitForLoadState("networkidle");
      // Two frames and a pause: shifts are reported after the frame that made them.
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => window.__shifts);
      const sum = shifts.reduce((a, b) => a + b, 0);
      report.push(`${viewport.width}x${viewport.height} ${path} ${sum.toFixed(4)}`);
      if (!(sum < LIMIT)) {
        fail(`${path} at ${viewport.width}x${viewport.height}: layout shift ${sum.toFixed(3)} (${shifts.map((s) => s.toFixed(3)).join(" + ")}), over ${LIMIT}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
console.log(report.join("\n"));
if (failures.length) {
  console.log(failures.map((f) => `FAIL ${f}`).join("\n"));
  process.exit(1);
}
console.log("layout shift ok");

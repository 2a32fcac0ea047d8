// Drives the browser editor served by `wijk serve` at <base>/admin/ on a phone: Chromium at
// 390 × 844, touch, in a French and then a Dutch browser. On each screen a resident passes
// (collection, a project's form, a news item added, the status menu, the workflow board, the
// media library) it taps the controls she would use and measures them: every one must lie
// within the viewport, and the page must not be wider than the screen.
// Prints one JSON object on stdout: {fr: {screens: [...]}, nl: {...}, errors: [...]}, where a
// screen is {name, scrollWidth, outside: ["control [left,right]", ...], english: [words]};
// screenshots go to
// <shots>/<lang>-<n>-<name>.png. Exit 0 when every step could be done.
// In the media library it then chooses <photo> as a phone's file picker would (Playwright sets
// the library's file input, which sends its change event) and waits until the library lists it.
// Usage: node cms-phone.mjs <base-url> <district> <project> <shots-dir> <photo>
import { chromium } from "playwright-core";

const [base, district, project, shots, photo] = process.argv.slice(2);
if (!photo) {
  console.error("usage: node cms-phone.mjs <base-url> <district> <project> <shots-dir> <photo>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const errors = [];
const languages = ["fr", "nl"];
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });

// The words of each interface: the login button, the news list's add button, the media tab.
const words = {
  fr: {
    login: "Se connecter", news: "Nouvelles", roadmap: "Étapes", media: "Media", save: "Enregistrer",
    cover: "Image de couverture", insert: "Choisir les éléments sélectionnés",
    picture: "bacs-printemps.jpg", alt: "Le potager au printemps : trois bacs de jeunes salades",
  },
  nl: {
    login: "Inloggen", news: "Nieuws", roadmap: "Stappen", media: "Media", save: "Opslaan",
    cover: "Omslagafbeelding", insert: "Gebruik selectie",
    picture: "terrain.jpg", alt: "Het terrein achter het buurthuis: vier houten kweekbakken op het gras",
  },
};

// Where `locator`'s box lies against the viewport, or null when it lies within.
async function outside(page, what, locator) {
  await locator.waitFor();
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box) return `${what}: not displayed`;
  const ok = box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.width > 0;
  return ok ? null : `${what} [${Math.round(box.x)},${Math.round(box.x + box.width)}]`;
}

// English words a French or Dutch screen must not show (Decap's untranslated phrases, its
// English dates); words French or Dutch share with English (media, status, notes, help) are not
// in the list.
const ENGLISH = [
  "the", "and", "fill", "locale", "entry", "entries", "unpublished", "toggle", "choose", "add",
  "save", "delete", "loading", "field", "expand", "collapse", "new", "published", "draft", "ready",
  "view", "show", "hide", "close", "login", "sign", "changes", "update", "quick", "search", "now",
  "january", "february", "march", "april", "may", "june", "july", "august", "october",
  "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "sunday", "today", "clear", "select", "remove", "upload",
];

// The English words among what the screen shows, each with its line: its visible text, and the labels, titles and
// placeholders of its elements (a screen reader reads those).
async function englishOn(page, lang) {
  const texts = await page.evaluate(() => {
    const out = [document.body.innerText];
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      const box = el.getBoundingClientRect();
      if (!box.width && !box.height) continue;
      for (const a of ["aria-label", "title", "placeholder"]) if (el.getAttribute(a)) out.push(el.getAttribute(a));
    }
    return out.join("\n");
  });
  // Months Dutch writes as English does.
  const shared = lang === "nl" ? ["april", "november", "december"] : [];
  const found = [];
  for (const line of texts.split("\n")) {
    const words = new Set(line.toLowerCase().split(/[^a-zà-ÿ]+/u));
    for (const w of ENGLISH) if (words.has(w) && !shared.includes(w)) found.push(`${w}: ${line.trim().slice(0, 80)}`);
  }
  return [...new Set(found)];
}

// Measures the controls of one screen (each scrolled into view as a finger would) and saves a
// screenshot of it.
async function screen(page, lang, report, name, controls) {
  await page.waitForTimeout(400);
  const out = [];
  for (const [what, locator] of controls) {
    await locator.scrollIntoViewIfNeeded().catch(() => {});
    const problem = await outside(page, what, locator);
    if (problem) out.push(problem);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const n = String(report.screens.length + 1).padStart(2, "0");
  await page.screenshot({ path: `${shots}/${lang}-${n}-${name}.png` });
  const english = await englishOn(page, lang);
  report.screens.push({ name, scrollWidth, width: page.viewportSize().width, outside: out, english });
}

async function journey(lang) {
  const w = words[lang];
  const report = { screens: [] };
  const context = await browser.newContext({
    locale: `${lang}-BE`, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    errors.push(`request outside this computer: ${route.request().url()}`);
    return route.abort();
  });
  const page = await context.newPage();
  // Decap refuses to save a form with an invalid field by rejecting a promise with nothing:
  // expected once, when she saves before describing the new picture.
  let refusalExpected = false;
  page.on("pageerror", (e) => {
    if (refusalExpected && (!e.message || e.message === "undefined")) return;
    errors.push(`page error (${lang}): ${e.message}`);
  });
  page.setDefaultTimeout(20000);
  try {
    await page.goto(`${base}/admin/`, { waitUntil: "networkidle" });
    const login = page.getByRole("button", { name: w.login });
    await screen(page, lang, report, "login", [["login button", login]]);
    await login.tap();
    await page.goto(`${base}/admin/#/collections/projects-${district}`);
    const card = page.locator(`a[href$="/entries/${project}"]`).first();
    await screen(page, lang, report, "collection", [["project card", card]]);
    await card.tap();

    const saveButton = page.getByRole("button", { name: w.save }).first();
    const status = page.locator('[class*="-PublishedToolbarButton"], [class*="-StatusButton"]').first();
    const locale = page.locator('[class*="-LocaleButton"]').first();
    const title = page.locator('[class*="-ControlPaneContainer"] input').first();
    await title.waitFor();
    await screen(page, lang, report, "form", [
      ["save button", saveButton], ["status menu", status], ["locale menu", locale], ["title", title],
    ]);

    const newsList = page.locator('[class*="-ControlContainer"]', {
      has: page.locator("label", { hasText: new RegExp(`^${w.news}`) }),
    }).first();
    const add = newsList.locator('[class*="-AddButton"]').first();
    await add.scrollIntoViewIfNeeded();
    await add.tap();
    const date = newsList.locator("input.wijk-date-text").last();
    const now = newsList.locator(".wijk-date-today").last();
    const text = newsList.locator("textarea, input[type=text]:not(.wijk-date-text)").last();
    // She types the date as Belgians write it: day first.
    await date.fill("12/06/2025");
    report.newsDateLong = (await newsList.locator(".wijk-date-long").last().innerText()).trim();
    await screen(page, lang, report, "news-item", [
      ["add button", add], ["date", date], ["date: today", now], ["news text", text],
    ]);

    await text.fill(lang === "fr" ? "Première récolte de tomates" : "Eerste tomatenoogst");

    // She marks the last step as done: a tick (unticked first, as the example's steps are all
    // done), which fills in today's date.
    const roadmap = page.locator('[class*="-ControlContainer"]', {
      has: page.locator("label", { hasText: new RegExp(`^${w.roadmap}`) }),
    }).first();
    const tick = roadmap.locator("input.wijk-done-tick").last();
    await tick.scrollIntoViewIfNeeded();
    await tick.tap();
    await roadmap.locator(".wijk-done input.wijk-date-text").nth(3).waitFor({ state: "detached" });
    await tick.tap();
    const doneDate = roadmap.locator(".wijk-done input.wijk-date-text").last();
    report.ticked = await doneDate.inputValue();
    await screen(page, lang, report, "step-done", [["step done", tick], ["step done: date", doneDate]]);

    // She gives the project another picture from the district's library: the text that described
    // the old one is emptied, and the entry is not saved until she describes the new one.
    const cover = page.locator('[class*="-ControlContainer"]', {
      has: page.locator("label", { hasText: new RegExp(`^${w.cover}`) }),
    }).first();
    const alt = cover.locator('input[type="text"]').first();
    report.altBefore = await alt.inputValue();
    // The picture the project already has is shown, not Decap's empty placeholder (an SVG).
    const current = cover.locator(".wijk-image img").first();
    await current.scrollIntoViewIfNeeded();
    const shown = async (img) => {
      const blob = await (await fetch(img.src)).blob();
      return { type: blob.type, bytes: blob.size, width: img.naturalWidth };
    };
    await page.waitForFunction(
      async (img) => (await (await fetch(img.src)).blob()).type !== "image/svg+xml",
      await current.elementHandle(), { timeout: 20000 },
    ).catch(() => {});
    report.cover = await current.evaluate(shown);
    const choose = cover.locator(".wijk-image button").first();
    await choose.scrollIntoViewIfNeeded();
    await choose.tap();
    const library = page.locator('[class*="-StyledModal"]');
    // The library shows its pictures in a scrolled grid that draws only what is on screen: she
    // types the name in its search field.
    await library.locator('input:not([type="file"])').first().fill(w.picture);
    const picture = library.getByText(w.picture, { exact: true }).first();
    await picture.waitFor();
    const insert = library.getByRole("button", { name: w.insert });
    await screen(page, lang, report, "cover-library", [["library picture", picture], ["insert", insert]]);
    await picture.tap();
    await insert.tap();
    await library.waitFor({ state: "detached" });
    await page.waitForTimeout(300);
    report.altAfter = await alt.inputValue();
    // The picture she chose is shown too.
    await page.waitForFunction(
      async (img) => (await (await fetch(img.src)).blob()).type !== "image/svg+xml",
      await current.elementHandle(), { timeout: 20000 },
    ).catch(() => {});
    report.chosen = await current.evaluate(shown);
    await saveButton.scrollIntoViewIfNeeded();
    refusalExpected = true;
    await saveButton.tap();
    const error = cover.locator('[class*="-ControlErrorsList"] li, [class*="ErrorsList"] li').first();
    await error.waitFor();
    report.altError = (await error.textContent()).trim();
    refusalExpected = false;
    await alt.scrollIntoViewIfNeeded();
    await alt.fill(w.alt);
    await screen(page, lang, report, "cover", [["choose another picture", choose], ["alternative text", alt]]);

    // She saves: the note on what happens next appears in her language, within the screen.
    await saveButton.scrollIntoViewIfNeeded();
    await saveButton.tap();
    const saved = page.locator(`#wijk-saved-notice p[lang="${lang}"]`);
    await saved.waitFor({ state: "visible" });
    report.saved = (await saved.innerText()).trim();
    const ok = page.locator("#wijk-saved-notice button");
    const proposals = saved.locator("a");
    await screen(page, lang, report, "saved", [["what happens next", saved], ["proposals link", proposals], ["OK", ok]]);
    await ok.tap();
    await saved.waitFor({ state: "hidden" });

    await status.scrollIntoViewIfNeeded();
    await status.tap();
    const items = page.locator('[class*="-DropdownList"] [role="menuitem"], [class*="-DropdownList"] > *');
    await items.first().waitFor();
    const menu = [];
    for (let i = 0; i < (await items.count()); i++) menu.push([`status item ${i + 1}`, items.nth(i)]);
    await screen(page, lang, report, "status-menu", menu);

    await page.goto("about:blank");
    await page.goto(`${base}/admin/#/workflow`);
    const columns = page.locator('[class*="-ColumnHeader"]');
    await columns.first().waitFor();
    const heads = [];
    for (let i = 0; i < (await columns.count()); i++) heads.push([`column ${i + 1}`, columns.nth(i)]);
    await screen(page, lang, report, "workflow", heads);

    await page.getByText(w.media, { exact: true }).first().tap();
    const dialog = page.locator('[class*="-StyledModal"]');
    const buttons = dialog.locator("button");
    await buttons.first().waitFor();
    const used = [];
    for (let i = 0; i < (await buttons.count()); i++) used.push([`media button ${i + 1}`, buttons.nth(i)]);
    await screen(page, lang, report, "media", used);

    // She adds a phone photo: the library lists it once it is committed. Only in the last
    // journey: decap-server (git mode) commits media to the main branch at once, and an entry
    // whose draft branch is then behind main no longer loads in its next session.
    if (lang === languages[languages.length - 1]) {
      const name = `${lang}-${photo.split("/").pop()}`;
      await dialog.locator('input[type="file"]').setInputFiles({
        name, mimeType: "image/jpeg", buffer: (await import("node:fs")).readFileSync(photo),
      });
      await dialog.locator("p, h2, span", { hasText: name }).first().waitFor({ timeout: 60000 });
      report.photo = name;
      await screen(page, lang, report, "photo", [["photo", dialog.locator("p, h2, span", { hasText: name }).first()]]);
    }
  } catch (e) {
    errors.push(`${lang}: step failed: ${e.message.split("\n")[0]}`);
    await page.screenshot({ path: `${shots}/${lang}-failure.png` }).catch(() => {});
  }
  await context.close();
  return report;
}

const result = { errors };
for (const lang of languages) result[lang] = await journey(lang);
await browser.close();
console.log(JSON.stringify(result));
process.exit(errors.length ? 1 : 0);

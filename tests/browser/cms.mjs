// Drives the browser editor served by `wijk serve` at <base>/admin/, saving through a
// decap-server in git mode, in headless Chromium with a French browser:
//   1. axe-core on the entry page (the login page of Decap CMS), reported as JSON;
//   2. a new project for the district <new-district> through the French forms (title with
//      accents, edition, a theme, two budget lines, a roadmap step) and its Dutch translation;
//   3. the existing project <edit-district>/<edit-project>: its first budget line set to
//      <line-amount> and its requested total to <requested>.
//   4. the note under the login button, in French (step 1) and in a Dutch browser, and, when
//      CMS_HOSTED_ADMIN names a folder written by `wijk cms` (the GitHub backend, open
//      authoring), that editor served as is: its login button and note.
// Prints one JSON object on stdout: {axe: {violations, passes}, notes, hosted, errors: [...]};
// the caller checks the repository. Exit 0 when every step could be done.
// Usage: node cms.mjs <base-url> <new-district> <edition> <edit-district> <edit-project> <line-amount> <requested>
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";

const require = createRequire(import.meta.url);
const axeSource = require("axe-core").source;
const [base, newDistrict, edition, editDistrict, editProject, lineAmount, requested] = process.argv.slice(2);
if (!requested) {
  console.error("usage: node cms.mjs <base-url> <new-district> <edition> <edit-district> <edit-project> <line-amount> <requested>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const errors = [];
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const context = await browser.newContext({ locale: "fr-BE", viewport: { width: 1280, height: 900 } });
// Offline: nothing but the local servers may be reached.
await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
  errors.push(`request outside this computer: ${route.request().url()}`);
  return route.abort();
});
const page = await context.newPage();
page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
page.setDefaultTimeout(20000);

// The labels reading `label`, with or without « (optionnel) ».
function labelled(label) {
  return page.locator("label", { hasText: new RegExp(`^${label}( \\(optionnel\\))?$`) });
}

// The input of the n-th field labelled `label` (0: the French pane, 1: the Dutch pane).
async function input(label, n = 0) {
  const id = await labelled(label).nth(n).getAttribute("for");
  return page.locator(`[id="${id}"]`);
}

async function choose(label, text, n = 0) {
  const field = await input(label, n);
  await field.click();
  await field.fill(text);
  await page.keyboard.press("Enter");
  // The menu of a list that takes several values stays open: she closes it before going on.
  await page.keyboard.press("Escape");
}

// Adds an item with `add` and waits for its `n`-th field labelled `label`; a click the page did
// not take (a menu closing under it on a busy machine) is made again.
async function addItem(add, label, n) {
  const field = labelled(label).nth(n);
  for (let tries = 0; ; tries++) {
    await add.click();
    try {
      await field.waitFor({ timeout: 5000 });
      return;
    } catch (e) {
      if (await field.count()) return;
      if (tries >= 2) throw e;
    }
  }
}

// axe-core's WCAG 2.2 A/AA rules on the page as it is now.
async function audit() {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  const axe = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  return {
    violations: axe.violations.map((v) => ({
      id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    })),
    passes: axe.passes.map((p) => p.id),
  };
}

// Saves and waits for decap-server to have written the entry on its branch.
async function save() {
  const persisted = page.waitForResponse(
    (r) => r.url().includes("/api/v1") && (r.request().postData() || "").includes('"persistEntry"'),
    { timeout: 30000 },
  );
  await page.getByRole("button", { name: "Enregistrer" }).first().click();
  const response = await persisted;
  if (!response.ok()) errors.push(`persistEntry: HTTP ${response.status()} ${await response.text()}`);
  await page.waitForTimeout(500);
}

// The note under Decap's login button: its text, whether it is shown, and whether it is the
// button's next sibling.
async function loginNote(p) {
  await p.locator("#nc-root section > button").first().waitFor();
  return p.evaluate(() => {
    const note = document.getElementById("wijk-login-notice");
    const button = document.querySelector("#nc-root section > button");
    return {
      text: note && note.innerText.trim(),
      visible: !!note && !note.hidden && note.offsetHeight > 0,
      underButton: !!button && button.nextElementSibling === note,
      button: button && button.innerText.trim(),
    };
  });
}

// The login page of `url` in a browser speaking `locale`.
async function loginPage(url, locale) {
  const other = await browser.newContext({ locale });
  await other.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    errors.push(`request outside this computer: ${route.request().url()}`);
    return route.abort();
  });
  const p = await other.newPage();
  p.on("pageerror", (e) => errors.push(`page error (${locale}): ${e.message}`));
  p.setDefaultTimeout(20000);
  await p.goto(url, { waitUntil: "networkidle" });
  const note = await loginNote(p);
  note.configError = await p.getByText(/Error loading the CMS configuration|Erreur de chargement/).count();
  await other.close();
  return note;
}

// Serves the folder `dir` as /admin/ on 127.0.0.1 (a static host, as the published site is).
async function serveAdmin(dir) {
  const types = { ".html": "text/html", ".js": "text/javascript", ".yml": "text/yaml", ".wasm": "application/wasm" };
  const server = createServer(async (req, res) => {
    let rel = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^\/admin\/?/, "");
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    try {
      const body = await readFile(join(dir, rel));
      res.writeHead(200, { "content-type": types[rel.slice(rel.lastIndexOf("."))] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return server;
}

const result = { axe: null, errors };
try {
  // 1. The entry page, before logging in.
  await page.goto(`${base}/admin/`, { waitUntil: "networkidle" });
  await page.getByRole("button", { name: "Se connecter" }).waitFor();
  result.axe = await audit();
  result.lang = await page.evaluate(() => document.documentElement.lang);
  result.notes = { fr: await loginNote(page), nl: await loginPage(`${base}/admin/`, "nl-BE") };
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText("Collections").first().waitFor();

  // 2. A new project, in French, then its Dutch translation.
  await page.goto(`${base}/admin/#/collections/projects-${newDistrict}`);
  await page.getByText("Collections").first().waitFor();
  result.axeCollection = await audit();
  await page.goto(`${base}/admin/#/collections/projects-${newDistrict}/new`);
  await (await input("Titre")).waitFor();
  result.axeForm = await audit();
  await (await input("Titre")).fill("Nouveau jardin partagé à l’école");
  await choose("Édition", edition);
  await (await input("Résumé")).fill("Un jardin de six bacs dans la cour de l’école, ouvert aux habitants le samedi.");
  await choose("Thèmes", "Alimentation durable");
  const addLine = page.getByRole("button", { name: "Ajouter ligne de budget" }).first();
  await addItem(addLine, "Catégorie de dépense", 0);
  await choose("Catégorie de dépense", "Achat de matériel", 0);
  await (await input("Libellé", 0)).fill("Bacs et terreau");
  await (await input("Montant \\(EUR\\)", 0)).fill("2150");
  await addItem(addLine, "Catégorie de dépense", 1);
  await choose("Catégorie de dépense", "Communication", 1);
  await (await input("Libellé", 1)).fill("Affiches");
  await (await input("Montant \\(EUR\\)", 1)).fill("180.5");
  await page.getByRole("button", { name: "Ajouter étape" }).first().click();
  await (await input("Étape")).fill("Accord de la direction de l’école");
  // Dates are typed day first (the wijk-date widget).
  await (await input("Échéance")).fill("15/09/2025");
  await (await input("Titre", 1)).fill("Nieuwe gedeelde schooltuin");
  await (await input("Résumé", 1)).fill("Een tuin met zes bakken op de speelplaats, op zaterdag open voor de buurt.");
  await save();

  // 3. An existing project's budget, raised over the grant cap.
  // A fresh page: Decap keeps the previous draft across a change of the URL's hash alone.
  await page.goto("about:blank");
  await page.goto(`${base}/admin/#/collections/projects-${editDistrict}/entries/${editProject}`);
  const title = await input("Titre");
  await title.waitFor();
  await page.waitForFunction((id) => document.getElementById(id)?.value, await title.getAttribute("id"));
  const first = await input("Montant \\(EUR\\)", 0);
  await first.fill(lineAmount);
  await (await input("Total demandé \\(EUR\\)")).fill(requested);
  await save();

  // 4. The editor as `wijk cms` writes it for the GitHub backend with open authoring.
  if (process.env.CMS_HOSTED_ADMIN) {
    const server = await serveAdmin(process.env.CMS_HOSTED_ADMIN);
    const url = `http://127.0.0.1:${server.address().port}/admin/`;
    result.hosted = { fr: await loginPage(url, "fr-BE"), nl: await loginPage(url, "nl-BE") };
    server.close();
  }
} catch (e) {
  errors.push(`step failed: ${e.message.split("\n")[0]}`);
  await page.screenshot({ path: process.env.CMS_SCREENSHOT || "/dev/null" }).catch(() => {});
}
await browser.close();
console.log(JSON.stringify(result));
process.exit(errors.length ? 1 : 0);

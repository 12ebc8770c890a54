// Browser tests of chronicle's web UI: Playwright (playwright-core) drives
// Debian's Chromium against `chronicle serve` on the seed articles, the
// embedded sample documents and a document full of hostile markup.
//
//   make test-browser        (builds the UI and the binary first)
//   CHRONICLE_BIN=… CHROMIUM=… node --test test/
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, existsSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const bin = process.env.CHRONICLE_BIN || join(repo, "bin/chronicle");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const seedsDir = resolve(repo, "../shared/seeds");
const shots = join(repo, "artifacts/screenshots");
const hostileFixture = join(here, "fixtures/hostile.xml");

let tmp, server, base, context, page;
const dialogs = [];
const cspViolations = [];
const pageErrors = [];

/** api fetches a JSON endpoint of the server under test. */
async function api(path) {
  const res = await fetch(base + path);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return res.json();
}

/** startServer runs chronicle serve on a free port and resolves its URL. */
function startServer(db) {
  return new Promise((resolveURL, reject) => {
    const child = spawn(bin, ["serve", "--db", db, "--addr", "127.0.0.1:0"], { stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 60_000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      log += chunk;
      const m = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolveURL({ child, url: m[1].replace(/\/$/, "") });
      }
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
  });
}

/**
 * clickableEvent returns the first of ids whose timeline item a click
 * would reach, with the point to click: an event may be drawn more than
 * once, and some copies sit under the group labels.
 */
function clickableEvent(ids) {
  return page.evaluate((ids) => {
    for (const id of ids) {
      for (const node of document.querySelectorAll(`#timeline [data-event="${CSS.escape(id)}"]`)) {
        const r = node.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit && node.contains(hit)) return { id, x, y };
      }
    }
    return null;
  }, ids);
}

async function shot(name) {
  await page.screenshot({ path: join(shots, name), fullPage: true });
}

/** noScriptRan checks that no hostile markup executed. */
async function noScriptRan() {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "document text ran as script");
  assert.deepEqual(dialogs, [], "a dialog opened");
  assert.deepEqual(cspViolations, [], "the page broke its Content-Security-Policy");
  assert.deepEqual(pageErrors, [], "the page threw");
}

before(async () => {
  assert.ok(existsSync(bin), `no chronicle binary at ${bin}: run make build (or set CHRONICLE_BIN)`);
  assert.ok(existsSync(chromiumPath), `no Chromium at ${chromiumPath}: apt-get install chromium (or set CHROMIUM)`);
  mkdirSync(shots, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), "chronicle-browser-"));
  const db = join(tmp, "chronicle.db");
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => join(seedsDir, f)) : [];
  execFileSync(bin, ["ingest", "--samples", ...seeds, hostileFixture, "--db", db], { stdio: ["ignore", "ignore", "inherit"] });
  ({ child: server, url: base } = await startServer(db));
  context = await chromium.launchPersistentContext(join(tmp, "profile"), {
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
    viewport: { width: 1440, height: 1000 },
  });
  page = context.pages()[0] || (await context.newPage());
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content.Security.Policy|Refused to/i.test(msg.text())) cspViolations.push(msg.text());
  });
  await page.goto(base + "/");
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
});

after(async () => {
  await context?.close();
  server?.kill("SIGTERM");
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test("the timeline shows every dated event", async () => {
  const all = await api("/api/events?limit=10000");
  const dated = all.events.filter((e) => e.interval[0]);
  assert.ok(dated.length > 100, `only ${dated.length} dated events`);
  assert.equal(await page.getAttribute("#event-count", "data-count"), String(dated.length));
  await shot("timeline.png");
  await page.click("#fit"); // vis-timeline draws the items in view: show them all
  await page.waitForTimeout(300);
  const shown = await page.$$eval("#timeline [data-event]", (nodes) => new Set(nodes.map((n) => n.dataset.event)).size);
  assert.equal(shown, dated.length, "events drawn on the timeline");
  await page.click("#focus");
});

test("clicking an event shows its Thai and English source sentences", async () => {
  const aligned = await api("/api/clusters?aligned=true&limit=1000");
  assert.ok(aligned.clusters.length > 0, "no cluster joins two languages");
  // An aligned event whose item is in view (vis-timeline scrolls its
  // groups itself, so an item below the fold cannot be clicked).
  const candidates = aligned.clusters.filter((c) => c.interval[0]).flatMap((c) => c.events);
  const target = await clickableEvent(candidates);
  assert.ok(target, "no aligned event is in view on the timeline");
  const id = target.id;
  const detail = await api("/api/events/" + encodeURIComponent(id));
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector(`#panel[data-event="${id}"]`);
  const panelText = await page.textContent("#panel");
  assert.ok(panelText.includes(detail.event.sentence_text), "the event's sentence is shown");
  assert.ok((await page.locator("#panel .col-th .report").count()) > 0, "a Thai report");
  assert.ok((await page.locator("#panel .col-en .report").count()) > 0, "an English report");
  // The trigger is highlighted with the words the API gives.
  const marked = await page.$$eval("#panel .report.selected mark.m-trigger", (ms) => ms.map((m) => m.textContent).join(""));
  assert.equal(marked, detail.event.trigger);
  // A dated claim is shown in both calendars.
  if (detail.event.time) assert.match(panelText, /พ\.ศ\./);
  await shot("event-panel.png");
});

test("a Thai search finds the event's document and opens the event", async () => {
  const all = await api("/api/events?lang=th&limit=10000");
  const ev = all.events.find((e) => [...e.trigger].length >= 4 && /[\u0E00-\u0E7F]/.test(e.trigger));
  assert.ok(ev, "no Thai event with a Thai trigger");
  await page.fill("#search", ev.trigger);
  await page.press("#search", "Enter");
  const button = page.locator(`#results .hit[data-doc="${ev.doc}"] button[data-event="${ev.id}"]`);
  await button.first().waitFor({ timeout: 15_000 });
  assert.equal(await page.getAttribute("#results", "data-query"), ev.trigger);
  await button.first().click();
  await page.waitForSelector(`#panel[data-event="${ev.id}"]`);
  await shot("search-thai.png");
});

test("the discrepancy list shows entries that open their evidence", async () => {
  const list = await api("/api/discrepancies?limit=1000");
  // The seeds disagree on the day the coalition government was founded in
  // June 1982 (21 against 22), and the Thai article with itself on the day
  // in January 1979 the People's Republic of Kampuchea was founded.
  const has = (a, b) => list.discrepancies.some((d) => {
    const values = d.claims.map((c) => c.value);
    return values.includes(a) && values.includes(b);
  });
  assert.ok(has("1982-06-21", "1982-06-22"), "the June 1982 conflict is listed");
  assert.ok(has("1979-01-07", "1979-01-08"), "the January 1979 conflict is listed");
  assert.equal(await page.locator("#discrepancies .discrepancy").count(), list.total);
  const claim = page.locator("#discrepancies .claim-open").first();
  const id = await claim.getAttribute("data-event");
  await claim.click();
  await page.waitForSelector(`#panel[data-event="${id}"]`);
  await shot("discrepancies.png");
});

test("the actor network changes with the window", async () => {
  // Two one-year windows whose networks differ, found through the API.
  const min = Number(await page.getAttribute("#net-start", "min"));
  const max = Number(await page.getAttribute("#net-start", "max"));
  const nets = [];
  for (let y = min; y <= max && nets.length < 2; y++) {
    const yy = String(y).padStart(4, "0");
    const net = await api(`/api/network?from=${yy}&to=${yy}`);
    const ids = net.nodes.map((n) => n.id).sort().join(" ");
    if (net.edges.length && !nets.some((n) => n.ids === ids)) nets.push({ year: y, ids, edges: net.edges.length });
  }
  assert.equal(nets.length, 2, "no two years with different networks");
  await page.selectOption("#net-width", "1");
  for (const [i, n] of nets.entries()) {
    await page.locator("#net-start").fill(String(n.year));
    const yy = String(n.year).padStart(4, "0");
    await page.waitForSelector(`#network-summary[data-window="${yy}/${yy}"]`);
    const drawn = await page.$$eval("#network [data-actor]", (gs) => gs.map((g) => g.dataset.actor).sort().join(" "));
    assert.equal(drawn, n.ids, `actors drawn for ${n.year}`);
    assert.equal(await page.locator("#network [data-edge]").count(), n.edges, `links drawn for ${n.year}`);
    await page.locator("#network-section").screenshot({ path: join(shots, `network-${i + 1}.png`) });
  }
});

test("hostile markup in a document is shown as text and never runs", async () => {
  await page.fill("#search", "council");
  await page.press("#search", "Enter");
  const button = page.locator('#results .hit[data-doc="hostile-markup"] button[data-event]');
  await button.first().waitFor({ timeout: 15_000 });
  await button.first().click();
  await page.waitForSelector('#panel[data-event^="hostile-markup#"]');
  const text = await page.textContent("#panel");
  assert.ok(text.includes("<script>") || text.includes("<img"), "the markup is shown as text");
  // Open every event of the hostile document, including the one with
  // <img onerror>, from search results: timeline items may be stacked out
  // of reach, a result button never is.
  const evs = await api("/api/events?doc=hostile-markup");
  const opened = new Set();
  for (const query of ["council", "accord"]) {
    await page.fill("#search", query);
    await page.press("#search", "Enter");
    const buttons = page.locator('#results .hit[data-doc="hostile-markup"] button[data-event]');
    await buttons.first().waitFor({ timeout: 15_000 });
    for (const id of await buttons.evaluateAll((bs) => bs.map((b) => b.dataset.event))) {
      await page.evaluate(() => document.querySelector("#panel").removeAttribute("data-event"));
      await page.locator(`#results button[data-event="${id}"]`).first().click();
      await page.waitForSelector(`#panel[data-event="${id}"]`);
      opened.add(id);
    }
  }
  assert.ok(opened.size >= 2 && opened.size <= evs.events.length, `opened ${opened.size} of ${evs.events.length} events`);
  assert.equal(await page.locator("main img, main script, #panel a[href^='javascript:']").count(), 0, "markup became elements");
  await page.waitForTimeout(300); // let an error handler, were there one, fire
  await noScriptRan();
  await shot("hostile.png");
});

test("nothing executed and the CSP held over the whole session", async () => {
  await noScriptRan();
  if (process.env.UPDATE_DOCS_SCREENSHOT) {
    const aligned = await api("/api/clusters?aligned=true&limit=1000");
    await page.goto(base + "/");
    await page.waitForSelector('body[data-ready="true"]');
    const id = await clickableEvent(aligned.clusters.filter((c) => c.interval[0]).flatMap((c) => c.events));
    assert.ok(id, "no aligned event in view");
    await page.locator(`#timeline [data-event="${id}"]`).first().click();
    await page.waitForSelector(`#panel[data-event="${id}"]`);
    await page.screenshot({ path: join(shots, "overview.png"), fullPage: false });
    copyFileSync(join(shots, "overview.png"), join(repo, "docs/screenshot.png"));
  }
});

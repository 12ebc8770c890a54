// chronicle's browser UI: timeline, event panel, discrepancies, actor
// network and search over the JSON API of `chronicle serve`.
import "./style.css";
import { get } from "./api.js";
import { el, withLang, intervalLabel } from "./text.js";
import { openEvent, claimsList } from "./panel.js";
import { EventTimeline } from "./timeline.js";
import { drawNetwork } from "./network.js";

const $ = (id) => document.getElementById(id);

async function loadTimeline() {
  const [list, actors] = await Promise.all([get("/api/events", { limit: 10000 }), get("/api/actors", { limit: 100 })]);
  const dated = list.events.filter((e) => e.interval[0]);
  const count = $("event-count");
  count.dataset.count = String(dated.length);
  count.textContent = `${dated.length} dated events on the timeline (${list.total - dated.length} undated not shown). Drag to pan, scroll to zoom, click an event to read its sources.`;
  const tl = new EventTimeline($("timeline"), dated, actors.actors, openEvent);
  tl.show($("group-by").value);
  $("group-by").addEventListener("change", () => tl.show($("group-by").value));
  $("fit").addEventListener("click", () => tl.fit());
  $("focus").addEventListener("click", () => tl.focus());
  return dated;
}

async function loadDiscrepancies() {
  const list = await get("/api/discrepancies", { limit: 1000 });
  const ol = $("discrepancies");
  ol.replaceChildren();
  $("discrepancy-count").textContent = list.total
    ? `${list.total} point(s) where reports of the same happening disagree. Click a claim to open its evidence.`
    : "No discrepancies: no two reports of one happening disagree on a date or number.";
  for (const d of list.discrepancies) {
    const li = el("li", "discrepancy");
    li.dataset.discrepancy = d.id;
    const when = intervalLabel(d.interval);
    li.append(el("p", "d-head", `${d.type} · ${when.ce}`), withLang(el("p", "d-head-be", when.be), "th"), claimsList(d));
    ol.append(li);
  }
}

/** busiestStart is the first year of the width-year window with the most
 * network events, so the network opens on something to see. */
function busiestStart(events, width) {
  const perYear = new Map();
  for (const e of events) {
    if (!e.family || e.negated) continue;
    const y = Number(e.interval[0].slice(0, 4));
    perYear.set(y, (perYear.get(y) || 0) + 1);
  }
  let best = 0;
  let bestCount = -1;
  for (const y of perYear.keys()) {
    let n = 0;
    for (let k = 0; k < width; k++) n += perYear.get(y + k) || 0;
    if (n > bestCount || (n === bestCount && y < best)) [best, bestCount] = [y, n];
  }
  return best;
}

function setupNetwork(events) {
  const years = events.map((e) => Number(e.interval[0].slice(0, 4))).filter((y) => y > 0);
  const start = $("net-start");
  const width = $("net-width");
  const lo = years.length ? Math.min(...years) : 0;
  const hi = years.length ? Math.max(...years) : 0;
  start.min = String(lo);
  start.max = String(hi);
  start.value = String(busiestStart(events, Number(width.value)) || lo);
  let pending = 0;
  const update = async () => {
    const ticket = ++pending;
    const w = Number(width.value);
    const from = Number(start.value);
    const params = w > 0 ? { from: String(from).padStart(4, "0"), to: String(from + w - 1).padStart(4, "0") } : {};
    start.disabled = w === 0;
    $("net-window").textContent = w > 0 ? `${from}–${from + w - 1} CE (พ.ศ. ${from + 543}–${from + w - 1 + 543})` : "all years";
    try {
      const net = await get("/api/network", params);
      if (ticket !== pending) return; // a newer window was asked for
      const summary = $("network-summary");
      summary.dataset.nodes = String(net.nodes.length);
      summary.dataset.edges = String(net.edges.length);
      summary.dataset.window = w > 0 ? `${params.from}/${params.to}` : "all";
      summary.textContent = `${net.nodes.length} actors, ${net.edges.length} links from ${net.events} events. Click a link to open an event behind it.`;
      drawNetwork($("network"), net, openEvent);
    } catch (err) {
      $("network-summary").textContent = `Could not load the network: ${err.message}`;
    }
  };
  start.addEventListener("input", update);
  width.addEventListener("change", update);
  return update();
}

function setupSearch() {
  $("search-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const q = $("search").value.trim();
    if (!q) return;
    const section = $("results-section");
    const ol = $("results");
    section.hidden = false;
    ol.replaceChildren(el("li", "hint", "Searching…"));
    try {
      const res = await get("/api/search", { q, limit: 20 });
      ol.replaceChildren();
      ol.dataset.query = res.query;
      if (!res.hits.length) ol.append(el("li", "hint", "Nothing found."));
      for (const h of res.hits) {
        const li = withLang(el("li", "hit"), h.lang);
        li.dataset.doc = h.doc_id;
        li.append(el("p", "source", `${h.title || h.doc_id} · ${h.doc_id}${h.sentence < 0 ? " (title)" : ""}`));
        li.append(el("p", "hit-text", h.text));
        for (const id of h.events) {
          const b = el("button", "hit-event", `open event ${id}`);
          b.type = "button";
          b.dataset.event = id;
          b.addEventListener("click", () => openEvent(id));
          li.append(b);
        }
        ol.append(li);
      }
    } catch (err) {
      ol.replaceChildren(el("li", "error", `Search failed: ${err.message}`));
    }
  });
}

async function main() {
  setupSearch();
  try {
    const events = await loadTimeline();
    await Promise.all([loadDiscrepancies(), setupNetwork(events)]);
    document.body.dataset.ready = "true";
  } catch (err) {
    $("event-count").textContent = `Could not load the timeline: ${err.message}`;
    document.body.dataset.ready = "error";
  }
}

main();

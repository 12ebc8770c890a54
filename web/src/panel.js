// The event panel: the reports of one happening, Thai and English side by
// side, each sentence with its trigger, actors, date and numbers marked.
import { get, eventPath } from "./api.js";
import { el, withLang, highlighted, intervalLabel, calendarName, safeClass, safeHref, dayLabel } from "./text.js";

const panel = () => document.getElementById("panel");

/** openEvent fetches an event with its cluster and shows it. */
export async function openEvent(id) {
  const root = panel();
  root.replaceChildren(el("p", "hint", "Loading…"));
  try {
    const detail = await get(eventPath(id));
    render(detail);
    document.dispatchEvent(new CustomEvent("chronicle:event-opened", { detail: { id } }));
  } catch (err) {
    root.replaceChildren(el("p", "error", `Could not load event ${id}: ${err.message}`));
  }
}

function render(detail) {
  const root = panel();
  root.replaceChildren();
  root.dataset.event = detail.event.id;
  const ev = detail.event;
  const head = el("div", "panel-head");
  head.append(el("h2", "", `${ev.type}${ev.negated ? " (negated)" : ""}`));
  const when = intervalLabel(detail.cluster ? detail.cluster.interval : ev.interval);
  head.append(el("p", "when", when.ce), withLang(el("p", "when", when.be), "th"));
  root.append(head);

  // Reports by language: Thai and English columns, others after.
  const reports = [ev, ...detail.related];
  const byLang = new Map([["th", []], ["en", []]]);
  for (const r of reports) {
    if (!byLang.has(r.lang)) byLang.set(r.lang, []);
    byLang.get(r.lang).push(r);
  }
  const cols = el("div", "columns");
  for (const [lang, list] of byLang) {
    const col = el("div", `col col-${safeClass(lang)}`);
    col.append(el("h3", "", lang === "th" ? "ไทย (Thai)" : lang === "en" ? "English" : lang));
    if (!list.length) col.append(el("p", "hint", "No report in this language."));
    for (const r of list) col.append(report(r, r.id === ev.id));
    cols.append(col);
  }
  root.append(cols);

  if (detail.discrepancies.length) {
    const box = el("div", "panel-discrepancies");
    box.append(el("h3", "", "Where the sources disagree"));
    for (const d of detail.discrepancies) box.append(claimsList(d));
    root.append(box);
  }
}

function report(r, selected) {
  const box = withLang(el("article", `report${selected ? " selected" : ""}`), r.lang);
  box.dataset.event = r.id;
  const title = el("p", "source");
  title.append(el("span", "doc-title", r.title || r.doc), document.createTextNode(` · ${r.id}`));
  box.append(title);
  const marks = [{ span: r.trigger_span, cls: "m-trigger" }];
  for (const a of r.actors) marks.push({ span: a.span, cls: "m-actor" });
  if (r.place) marks.push({ span: r.place.span, cls: "m-place" });
  if (r.time) marks.push({ span: r.time.span, cls: "m-time" });
  for (const q of r.quantities) marks.push({ span: q.span, cls: "m-qty" });
  const sentence = el("p", "sentence");
  sentence.append(highlighted(r.sentence_text, r.sentence[0], marks));
  box.append(sentence);

  const facts = el("dl", "facts");
  const fact = (k, v, lang) => {
    if (!v) return;
    facts.append(el("dt", "", k), withLang(el("dd", "", v), lang));
  };
  if (r.time) {
    const iv = intervalLabel(r.time.interval);
    fact("date", `${r.time.text} → ${iv.ce} · ${iv.be}`, r.lang);
    fact("calendar", calendarName(r.time.calendar));
  }
  fact("actors", r.actors.map((a) => `${a.name || a.text} (${a.role})`).join(", "));
  if (r.place) fact("place", r.place.name || r.place.text);
  fact("numbers", r.quantities.map((q) => `${q.text}${q.unit ? ` [${q.unit}]` : ""}`).join(", "), r.lang);
  box.append(facts);
  return box;
}

/** claimsList renders a discrepancy's claims as buttons that open their event. */
export function claimsList(d) {
  const box = el("div", `discrepancy-claims kind-${safeClass(d.kind)}`);
  box.append(el("p", "kind", `${d.kind} discrepancy${d.unit ? ` (${d.unit})` : ""}, confidence ${Number(d.confidence).toFixed(2)}`));
  const ul = el("ul", "claims");
  for (const c of d.claims) {
    const li = withLang(el("li", "claim"), c.lang);
    const b = el("button", "claim-open");
    b.type = "button";
    b.dataset.event = c.event;
    b.append(withLang(el("span", "claim-text", c.text), c.lang));
    b.append(document.createTextNode(` = ${claimValue(c, d.kind)}`));
    if (c.calendar) b.append(el("span", "claim-cal", ` (${calendarName(c.calendar)})`));
    b.addEventListener("click", () => openEvent(c.event));
    li.append(b, el("span", "claim-src", ` ${c.lang} · ${c.doc}`));
    ul.append(li);
  }
  box.append(ul);
  return box;
}

function claimValue(c, kind) {
  if (kind !== "date") return c.value;
  const [a, b] = String(c.value).split("/");
  const l = /^\d{4}-\d{2}-\d{2}$/.test(a) ? intervalLabel([a, b || a]) : { ce: c.value, be: "" };
  return l.be ? `${l.ce} (${l.be})` : l.ce;
}

/** sourceLink makes a link to a document URL when it is http(s), else plain text. */
export function sourceLink(url, text) {
  const href = safeHref(url);
  if (!href) return el("span", "", text);
  const a = el("a", "", text);
  a.href = href;
  a.rel = "noreferrer noopener";
  a.target = "_blank";
  return a;
}

export { dayLabel };

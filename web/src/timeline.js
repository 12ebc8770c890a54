// The zoomable, pannable timeline (vis-timeline), grouped by language or
// by actor. Item and group labels are DOM nodes built with textContent:
// vis-timeline only parses HTML for string contents, which we never give it.
import { Timeline } from "vis-timeline";
import { DataSet } from "vis-data";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { el, withLang, truncate, safeClass } from "./text.js";

const langNames = { th: "ไทย (Thai)", en: "English" };
const maxActorGroups = 15;

/** dayAfter returns the ISO day after iso, for vis-timeline's exclusive ends. */
function dayAfter(iso) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function label(ev) {
  const who = ev.actors.slice(0, 2).map((a) => a.name || a.text).join(", ");
  return truncate(who ? `${ev.trigger} · ${who}` : ev.trigger, 36);
}

function item(ev, group, key) {
  const single = ev.interval[0] === ev.interval[1];
  return {
    id: key,
    eventId: ev.id,
    group,
    start: ev.interval[0],
    end: single ? undefined : dayAfter(ev.interval[1]),
    type: single ? "point" : "range",
    className: `ev fam-${safeClass(ev.family || "none")} lang-${safeClass(ev.lang)}${ev.negated ? " negated" : ""}`,
    label: label(ev),
    lang: ev.lang,
  };
}

/** groupings builds the items and groups of each grouping. */
function grouped(events, by, actors) {
  if (by === "actor") {
    const top = actors.slice(0, maxActorGroups);
    const ids = new Set(top.map((a) => a.id));
    const groups = top.map((a, i) => ({ id: a.id, order: i, name: a.name || a.names.th || a.id, lang: a.name ? "en" : "th" }));
    groups.push({ id: "_other", order: groups.length, name: "other actors / none", lang: "en" });
    const items = [];
    for (const ev of events) {
      const mine = [...new Set(ev.actors.map((a) => a.id).filter((id) => ids.has(id)))];
      if (!mine.length) mine.push("_other");
      for (const g of mine) items.push(item(ev, g, `${ev.id}\u0000${g}`));
    }
    return { items, groups };
  }
  const langs = [...new Set(events.map((e) => e.lang))].sort((a, b) => (a === "th" ? -1 : b === "th" ? 1 : a.localeCompare(b)));
  return {
    items: events.map((ev) => item(ev, ev.lang, ev.id)),
    groups: langs.map((l, i) => ({ id: l, order: i, name: langNames[l] || l, lang: l === "th" ? "th" : "en" })),
  };
}

/** EventTimeline draws events and reports a clicked event's id. */
export class EventTimeline {
  constructor(container, events, actors, onSelect) {
    this.events = events;
    this.actors = actors;
    this.items = new DataSet();
    this.groups = new DataSet();
    this.timeline = new Timeline(container, this.items, this.groups, {
      stack: true,
      orientation: "top",
      maxHeight: 560,
      verticalScroll: true,
      zoomKey: "",
      margin: { item: { horizontal: 2, vertical: 3 } },
      groupOrder: "order",
      template: (it) => {
        const node = withLang(el("span", "ev-label", it.label), it.lang);
        node.dataset.event = it.eventId;
        return node;
      },
      groupTemplate: (g) => (g ? withLang(el("span", "group-label", g.name), g.lang) : el("span")),
    });
    this.timeline.on("select", ({ items }) => {
      const it = items.length ? this.items.get(items[0]) : null;
      if (it) onSelect(it.eventId);
    });
    // An event opened elsewhere (search, discrepancies, network) is
    // selected here and brought into view.
    document.addEventListener("chronicle:event-opened", (e) => this.reveal(e.detail.id));
  }

  /** reveal selects the items of an event and centres the view on them. */
  reveal(eventId) {
    const ids = this.items.getIds({ filter: (it) => it.eventId === eventId });
    this.timeline.setSelection(ids);
    if (!ids.length) return;
    const visible = this.timeline.getVisibleItems();
    // moveTo, not focus: vis-timeline's focus fails on point items (no end).
    if (!ids.some((id) => visible.includes(id))) this.timeline.moveTo(this.items.get(ids[0]).start, { animation: false });
  }

  /** show regroups the events: by "lang" or "actor". */
  show(by) {
    const { items, groups } = grouped(this.events, by, this.actors);
    this.items.clear();
    this.groups.clear();
    this.groups.add(groups);
    this.items.add(items);
    this.focus();
  }

  /** focus shows where most events are: a few events centuries away would
   * otherwise squeeze the rest into a sliver. */
  focus() {
    const starts = this.events.map((e) => e.interval[0]).sort();
    if (starts.length < 20) return this.fit();
    // The middle half of the events by start date.
    const lo = starts[Math.floor(starts.length * 0.25)];
    const hi = starts[Math.ceil(starts.length * 0.75) - 1];
    const a = new Date(lo + "T00:00:00Z");
    const b = new Date(hi + "T00:00:00Z");
    const pad = Math.max((b - a) * 0.15, 30 * 86400e3);
    this.timeline.setWindow(new Date(a - pad), new Date(b.getTime() + pad), { animation: false });
  }

  /** fit shows every event. */
  fit() {
    this.timeline.fit({ animation: false });
  }
}

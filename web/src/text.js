// Text helpers. Every piece of document text reaches the page through
// textContent: never innerHTML. Spans from the API are Unicode code points;
// highlights and truncation move only along grapheme cluster boundaries, so
// a Thai vowel or tone mark never lands apart from its consonant.

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** el creates an element with classes and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

/** langAttr marks an element's language so the Thai font stack applies. */
export function withLang(node, lang) {
  if (lang) node.lang = lang;
  return node;
}

/** clusters splits s into grapheme clusters with their code point lengths. */
function clusters(s) {
  const out = [];
  for (const { segment } of graphemes.segment(s)) {
    out.push({ text: segment, points: [...segment].length });
  }
  return out;
}

/** truncate shortens s to at most max grapheme clusters, with an ellipsis. */
export function truncate(s, max) {
  const parts = [];
  for (const { segment } of graphemes.segment(s)) {
    if (parts.length === max) return parts.join("") + "…";
    parts.push(segment);
  }
  return parts.join("");
}

/**
 * highlighted renders text (which starts at code point `base` of its
 * document) with marks: [{span: [start, end), cls}] in document code
 * points. Overlapping marks nest as several classes on one run.
 */
export function highlighted(text, base, marks) {
  const cs = clusters(text);
  // Cluster boundaries in code points relative to text.
  const bounds = [0];
  for (const c of cs) bounds.push(bounds[bounds.length - 1] + c.points);
  const total = bounds[bounds.length - 1];
  const classesAt = cs.map(() => new Set());
  for (const m of marks) {
    if (!m || !m.span) continue;
    let s = m.span[0] - base;
    let e = m.span[1] - base;
    if (e <= 0 || s >= total || e <= s) continue;
    s = Math.max(0, s);
    e = Math.min(total, e);
    // Widen to whole clusters.
    for (let i = 0; i < cs.length; i++) {
      if (bounds[i + 1] > s && bounds[i] < e) classesAt[i].add(m.cls);
    }
  }
  const frag = document.createDocumentFragment();
  let run = "";
  let runKey = null;
  let runClasses = null;
  const flush = () => {
    if (!run) return;
    if (runClasses && runClasses.size) {
      frag.append(el("mark", [...runClasses].sort().join(" "), run));
    } else {
      frag.append(document.createTextNode(run));
    }
    run = "";
  };
  cs.forEach((c, i) => {
    const key = [...classesAt[i]].sort().join(" ");
    if (key !== runKey) {
      flush();
      runKey = key;
      runClasses = classesAt[i];
    }
    run += c.text;
  });
  flush();
  return frag;
}

const monthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const monthsTH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

/** BE years are CE years plus 543. */
export const beOffset = 543;

/** dayLabel formats an ISO date ("1979-01-07") in CE and in BE (พ.ศ.). */
export function dayLabel(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!m) return { ce: iso || "", be: "" };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return {
    ce: `${d} ${monthsEN[mo - 1]} ${y} CE`,
    be: `${d} ${monthsTH[mo - 1]} ${y + beOffset} พ.ศ.`,
  };
}

/** intervalLabel formats an inclusive interval in CE and BE. */
export function intervalLabel(iv) {
  if (!iv || !iv[0]) return { ce: "undated", be: "ไม่ระบุวันที่" };
  const a = dayLabel(iv[0]);
  if (!iv[1] || iv[1] === iv[0]) return a;
  const b = dayLabel(iv[1]);
  return { ce: `${a.ce} – ${b.ce}`, be: `${a.be} – ${b.be}` };
}

/** calendarName names the era a source wrote its date in. */
export function calendarName(cal) {
  switch (cal) {
    case "buddhist": return "written in พ.ศ. (Buddhist Era)";
    case "gregorian": return "written in CE";
    case "rattanakosin": return "written in ร.ศ. (Rattanakosin Era)";
    default: return cal ? `written in ${cal}` : "";
  }
}

/** safeClass keeps a value usable as a class name. */
export function safeClass(s) {
  return String(s || "").toLowerCase().replace(/[^a-z0-9-]/g, "");
}

/** safeHref allows only http(s) links; anything else (javascript:, data:) is dropped. */
export function safeHref(url) {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

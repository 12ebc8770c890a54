// The actor network of a time window, drawn as SVG with a small
// force-directed layout (deterministic: same data, same picture).
import { el } from "./text.js";

const svgNS = "http://www.w3.org/2000/svg";

function svg(tag, attrs) {
  const node = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

/** layout places nodes with Fruchterman–Reingold iterations in a w×h box. */
function layout(nodes, edges, w, h) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({
    x: w / 2 + (w / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: h / 2 + (h / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  if (n < 2) return pos.map(() => ({ x: w / 2, y: h / 2 }));
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((w * h) / n) * 0.6;
  let temp = w / 8;
  for (let iter = 0; iter < 250; iter++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x;
        let dy = pos[i].y - pos[j].y;
        const d = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / d;
        dx = (dx / d) * f;
        dy = (dy / d) * f;
        disp[i].x += dx; disp[i].y += dy;
        disp[j].x -= dx; disp[j].y -= dy;
      }
    }
    for (const [a, b] of links) {
      let dx = pos[a].x - pos[b].x;
      let dy = pos[a].y - pos[b].y;
      const d = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (d * d) / k;
      dx = (dx / d) * f;
      dy = (dy / d) * f;
      disp[a].x -= dx; disp[a].y -= dy;
      disp[b].x += dx; disp[b].y += dy;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 0.01);
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
      // Gravity keeps separate components on the canvas.
      pos[i].x += (w / 2 - pos[i].x) * 0.01;
      pos[i].y += (h / 2 - pos[i].y) * 0.01;
      pos[i].x = Math.min(w - 40, Math.max(40, pos[i].x));
      pos[i].y = Math.min(h - 20, Math.max(20, pos[i].y));
    }
    temp *= 0.97;
  }
  return pos;
}

/** drawNetwork renders a /api/network answer into container. */
export function drawNetwork(container, net, onEvidence) {
  const w = Math.max(container.clientWidth || 640, 320);
  const h = 420;
  const pos = layout(net.nodes, net.edges, w, h);
  const at = new Map(net.nodes.map((nd, i) => [nd.id, pos[i]]));
  const root = svg("svg", { viewBox: `0 0 ${w} ${h}`, width: "100%", height: h, role: "img" });
  root.append(svg("title"));
  root.firstChild.textContent = `Actor network: ${net.nodes.length} actors, ${net.edges.length} links`;
  const defs = svg("defs");
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
  marker.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }));
  defs.append(marker);
  root.append(defs);
  const edgeLayer = svg("g", { class: "edges" });
  net.edges.forEach((e, i) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) return;
    // Parallel edges of different families bend apart.
    const bend = ((i % 3) - 1) * 12;
    const mx = (a.x + b.x) / 2 - ((b.y - a.y) / Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1)) * bend;
    const my = (a.y + b.y) / 2 + ((b.x - a.x) / Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1)) * bend;
    const path = svg("path", {
      d: `M ${a.x} ${a.y} Q ${mx} ${my} ${b.x} ${b.y}`,
      class: `edge fam-${e.family.replace(/[^a-z]/g, "")}`,
      "stroke-width": 1 + Math.log2(1 + e.count),
      fill: "none",
    });
    if (e.directed) path.setAttribute("marker-end", "url(#arrow)");
    path.dataset.edge = e.id;
    const tip = svg("title");
    tip.textContent = `${e.source} ${e.family} ${e.target}: ${e.count} event(s)`;
    path.append(tip);
    path.addEventListener("click", () => e.evidence.length && onEvidence(e.evidence[0]));
    edgeLayer.append(path);
  });
  root.append(edgeLayer);
  const nodeLayer = svg("g", { class: "nodes" });
  net.nodes.forEach((nd, i) => {
    const g = svg("g", { class: `node kind-${String(nd.kind).replace(/[^a-z]/g, "")}`, transform: `translate(${pos[i].x} ${pos[i].y})` });
    g.dataset.actor = nd.id;
    g.append(svg("circle", { r: 4 + Math.min(10, Math.sqrt(nd.events) * 2) }));
    const text = svg("text", { x: 10, y: 4 });
    const name = nd.name || nd.names.en || nd.names.th || nd.id;
    text.textContent = name;
    if (!nd.name && nd.names.th) text.setAttribute("lang", "th");
    const tip = svg("title");
    tip.textContent = `${name}${nd.names.th && nd.names.th !== name ? ` · ${nd.names.th}` : ""}: ${nd.events} event(s)`;
    g.append(tip, text);
    nodeLayer.append(g);
  });
  root.append(nodeLayer);
  container.replaceChildren(net.nodes.length ? root : el("p", "hint", "No linked actors in this window."));
}

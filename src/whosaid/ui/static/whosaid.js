// whosaid pages: attribution highlighting shared by the article view and the
// analyze page.  No dependencies, no CDN.
"use strict";

const whosaid = (() => {
  const ROLES = ["content", "source", "cue"]; // outermost first when nested

  function speakerTitle(a) {
    const s = a.speaker;
    let who;
    if (!s || s.resolved_by === "none") who = "no source";
    else if (s.name === null) who = `unresolved (${s.resolved_by})`;
    else if (s.code) who = `${s.name} · ${s.code} (${s.resolved_by})`;
    else who = `${s.name} (${s.resolved_by})`;
    return `Speaker: ${who} · ${a.kind} · ${Number(a.confidence).toFixed(2)}`;
  }

  function marksOf(article) {
    const marks = [];
    for (const a of article.attributions) {
      const title = speakerTitle(a);
      for (const role of ROLES) {
        for (const s of a[role]) {
          if (s.end > s.start) marks.push({ start: s.start, end: s.end, role, id: a.id, title });
        }
      }
    }
    return marks;
  }

  // text.slice(start, end) as DOM nodes, with the marks inside as nested spans
  // (same rules as whosaid/api/highlight.py).  Offsets are Python string
  // indices (code points), so the text is indexed as an array of code points.
  function highlight(chars, start, end, marks) {
    const inside = marks.filter((m) => m.start < end && m.end > start);
    const cuts = new Set([start, end]);
    for (const m of inside) {
      cuts.add(Math.max(m.start, start));
      cuts.add(Math.min(m.end, end));
    }
    const bounds = [...cuts].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < bounds.length; i++) {
      const left = bounds[i];
      const right = bounds[i + 1];
      let node = document.createTextNode(chars.slice(left, right).join(""));
      const covering = inside
        .filter((m) => m.start <= left && m.end >= right)
        .sort((x, y) => ROLES.indexOf(x.role) - ROLES.indexOf(y.role) || x.start - y.start || y.end - x.end);
      for (let k = covering.length - 1; k >= 0; k--) {
        const m = covering[k];
        const el = document.createElement("span");
        el.className = `ws-${m.role}`;
        el.dataset.attributionId = m.id;
        el.title = m.title;
        el.appendChild(node);
        node = el;
      }
      frag.appendChild(node);
    }
    return frag;
  }

  // Hovering one highlight outlines every element of the same attribution.
  function linkHover(root) {
    const all = (id) =>
      root.querySelectorAll(`[data-attribution-id="${CSS.escape(id)}"], [data-row-attribution-id="${CSS.escape(id)}"]`);
    const toggle = (on) => (ev) => {
      const el = ev.target.closest("[data-attribution-id], [data-row-attribution-id]");
      if (!el) return;
      const id = el.dataset.attributionId || el.dataset.rowAttributionId;
      for (const other of all(id)) other.classList.toggle("ws-active", on);
    };
    root.addEventListener("mouseover", toggle(true));
    root.addEventListener("mouseout", toggle(false));
  }

  document.addEventListener("DOMContentLoaded", () => linkHover(document.body));
  return { highlight, marksOf, speakerTitle };
})();

// The analyze page: POST the pasted article to /api/v1/analyze with fetch()
// and show the result highlighted.
"use strict";

(() => {
  const form = document.getElementById("ws-analyze-form");
  const input = document.getElementById("ws-analyze-input");
  const status = document.getElementById("ws-analyze-status");
  const result = document.getElementById("ws-analyze-result");
  const submit = document.getElementById("ws-analyze-submit");

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }

  function render(article) {
    result.replaceChildren();
    if (article.error) {
      result.append(el("p", { class: "ws-error", role: "alert" }, `${article.error.code}: ${article.error.message}`));
      return;
    }
    const chars = Array.from(article.text);
    const marks = whosaid.marksOf(article);
    const part = (tag, cls, span) => {
      const node = el(tag, { class: cls });
      node.append(whosaid.highlight(chars, span.start, span.end, marks));
      return node;
    };
    const wrap = el("article", { class: "ws-article", "data-article-id": article.id });
    if (article.title) wrap.append(part("h2", "ws-title", article.title));
    const n = article.attributions.length;
    wrap.append(el("p", { class: "ws-legend" },
      el("span", { class: "ws-key ws-key-source" }, "source"), " ", el("span", { class: "ws-key ws-key-cue" }, "cue"), " ",
      el("span", { class: "ws-key ws-key-content" }, "content"), ` — ${n} attribution${n === 1 ? "" : "s"}`));
    const body = el("section", { class: "ws-body" });
    for (const p of article.body) body.append(part("p", "ws-paragraph", p));
    wrap.append(body);
    if (article.captions.length) {
      const aside = el("aside", { class: "ws-captions" }, el("h2", {}, "Captions"));
      for (const c of article.captions) aside.append(part("p", "ws-caption", c));
      wrap.append(aside);
    }
    result.append(wrap);
    if (n) {
      const rows = article.attributions.map((a, i) => el("tr", { "data-row-attribution-id": a.id, class: "ws-attribution-row" },
        el("td", { class: "ws-num" }, String(i + 1)),
        el("td", {}, a.speaker && a.speaker.name
          ? (a.speaker.code ? `${a.speaker.name} · ${a.speaker.code}` : a.speaker.name)
          : a.source.map((s) => s.text).join(" … ") || "no source"),
        el("td", {}, a.cue.map((s) => s.text).join(" … ")),
        el("td", {}, a.content.map((s) => s.text).join(" … ")),
        el("td", {}, a.kind)));
      result.append(el("table", { class: "ws-table" },
        el("thead", {}, el("tr", {}, ...["#", "Speaker", "Cue", "Content", "Kind"].map((h) => el("th", {}, h)))),
        el("tbody", {}, ...rows)));
    }
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const text = input.value;
    let kind = data.get("kind");
    if (kind === "auto") kind = /^\s*</.test(text) ? "html" : "text";
    const payload = { [kind]: text };
    const url = (data.get("url") || "").trim();
    if (url) payload.url = url;
    submit.disabled = true;
    status.textContent = "Analyzing…";
    try {
      const response = await fetch("/api/v1/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(payload),
      });
      const body = await response.json();
      if (!response.ok) {
        status.textContent = "";
        result.replaceChildren(el("p", { class: "ws-error", role: "alert" },
          body.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`));
        return;
      }
      status.textContent = `${body.attributions.length} attribution(s) found.`;
      render(body);
    } catch (err) {
      status.textContent = "";
      result.replaceChildren(el("p", { class: "ws-error", role: "alert" }, `Request failed: ${err}`));
    } finally {
      submit.disabled = false;
    }
  });
})();

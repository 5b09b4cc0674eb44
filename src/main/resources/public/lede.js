"use strict";
// Lede's search page. All state lives in the URL's query string, so links can be shared and back/forward work.
// Article text is only ever inserted as text; snippets come from the server already HTML-escaped.

const FIELDS = [
  { param: "person", key: "people", label: "People", one: "Person", css: "person" },
  { param: "place", key: "places", label: "Places", one: "Place", css: "place" },
  { param: "country", key: "countries", label: "Countries", one: "Country", css: "place" },
  { param: "org", key: "orgs", label: "Organisations", one: "Organisation", css: "org" },
  { param: "source", key: "sources", label: "Sources", one: "Source", css: "source" },
];
const $ = (id) => document.getElementById(id);
const field = (param) => FIELDS.find((f) => f.param === param);
// The two timelines: when articles were published, and the dates their text mentions.
const TIMELINES = [
  { key: "published", element: "timeline", from: "from", to: "to", label: "published" },
  { key: "mentioned", element: "mentioned-timeline", from: "mentionedFrom", to: "mentionedTo", label: "mentioned" },
];

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "onclick") node.addEventListener("click", value);
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function state() { return new URLSearchParams(location.search); }

function navigate(params) {
  params.delete("page");
  go(params);
}

function go(params) {
  history.pushState(null, "", "?" + params.toString());
  render();
}

function toggleFilter(param, value) {
  const params = state();
  const values = params.getAll(param);
  params.delete(param);
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  next.forEach((v) => params.append(param, v));
  navigate(params);
}

async function render() {
  const params = state();
  $("q").value = params.get("q") || "";
  $("sort").value = params.get("sort") || "relevance";
  const response = await fetch("/api/search?" + params.toString());
  const result = await response.json();
  if (!response.ok) {
    $("summary").textContent = result.error || "The search failed.";
    $("hits").replaceChildren();
    return;
  }
  renderActiveFilters(params);
  renderSummary(result);
  TIMELINES.forEach((timeline) => renderTimeline(timeline, result[timeline.key]));
  renderHits(result.hits);
  renderFacets(result.facets, params);
  renderPager(result, params);
}

function renderSummary(result) {
  const notes = result.warnings.length ? " — " + result.warnings.join(" ") : "";
  const exportQuery = state();
  ["page", "size"].forEach((name) => exportQuery.delete(name));
  const exportLink = (format) => el("a", { href: `/api/export?${exportQuery}&format=${format}`, text: format.toUpperCase() });
  $("summary").replaceChildren(`${result.total} article${result.total === 1 ? "" : "s"} (${result.tookMs} ms)${notes} · export `,
    exportLink("csv"), " ", exportLink("jsonl"));
}

function renderActiveFilters(params) {
  const chips = [];
  for (const field of FIELDS) {
    for (const value of params.getAll(field.param)) {
      chips.push(el("span", { class: "chip" }, `${field.one}: ${value}`,
        el("button", { "aria-label": `Remove filter ${value}`, onclick: () => toggleFilter(field.param, value), text: "×" })));
    }
  }
  for (const bound of ["from", "to", "mentionedFrom", "mentionedTo"]) {
    if (params.get(bound)) {
      const label = bound.startsWith("mentioned") ? `mentions ${bound.slice(9).toLowerCase()}` : `published ${bound}`;
      chips.push(el("span", { class: "chip" }, `${label} ${params.get(bound)}`,
        el("button", { "aria-label": `Remove ${bound} date`, text: "×",
          onclick: () => { const p = state(); p.delete(bound); navigate(p); } })));
    }
  }
  $("active-filters").replaceChildren(...chips);
}

function renderHits(hits) {
  $("hits").replaceChildren(...hits.map((hit) => {
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet; // escaped by the server; only <mark> tags are markup
    const entities = el("div", { class: "entities" });
    for (const [list, kind] of [[hit.people, field("person")], [hit.places, field("place")], [hit.orgs, field("org")]]) {
      for (const value of list.slice(0, 6)) {
        entities.append(el("button", { class: kind.css, title: `Filter by ${value}`,
          onclick: () => toggleFilter(kind.param, value), text: value }));
      }
    }
    const date = hit.published ? hit.published.slice(0, 10) : "undated";
    return el("li", {},
      el("h2", {}, el("a", { href: "#", onclick: (e) => { e.preventDefault(); openArticle(hit.id); }, text: hit.title })),
      el("p", { class: "meta", text: `${date} · ${hit.source || "unknown source"}` }),
      snippet, entities);
  }));
}

function renderFacets(facets, params) {
  const shown = FIELDS.filter((f) => facets[f.key].length || params.getAll(f.param).length);
  const panels = shown.map((field) => {
    const selected = params.getAll(field.param);
    const items = facets[field.key].map((facet) => el("li", { class: selected.includes(facet.value) ? "selected" : "" },
      el("button", { onclick: () => toggleFilter(field.param, facet.value), "aria-pressed": String(selected.includes(facet.value)) },
        el("span", { text: facet.value }), el("span", { class: "count", text: String(facet.count) }))));
    return el("div", { class: "facet" }, el("h3", { text: field.label }), el("ul", {}, ...items));
  });
  $("facets").replaceChildren(...panels);
}

function renderTimeline(timeline, histogram) {
  const buckets = histogram.buckets;
  if (!buckets.length) { $(timeline.element).replaceChildren(); return; }
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const width = 600, height = 80, barWidth = width / buckets.length;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  const max = Math.max(...buckets.map((b) => b.count));
  buckets.forEach((bucket, i) => {
    const barHeight = (height - 14) * bucket.count / max;
    const rect = document.createElementNS(ns, "rect");
    rect.setAttribute("x", i * barWidth + 1);
    rect.setAttribute("y", height - 14 - barHeight);
    rect.setAttribute("width", Math.max(barWidth - 2, 1));
    rect.setAttribute("height", barHeight);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${bucket.value}: ${bucket.count}`;
    rect.append(title);
    rect.addEventListener("click", () => {
      const p = state();
      const [from, to] = periodBounds(bucket.value);
      p.set(timeline.from, from); p.set(timeline.to, to);
      navigate(p);
    });
    svg.append(rect);
    if (buckets.length <= 24 || i % Math.ceil(buckets.length / 12) === 0) {
      const label = document.createElementNS(ns, "text");
      label.setAttribute("x", i * barWidth + 2);
      label.setAttribute("y", height - 2);
      label.textContent = bucket.value;
      svg.append(label);
    }
  });
  $(timeline.element).replaceChildren(el("h3", { class: "timeline-label", text: `Dates ${timeline.label}` }), svg);
}

function periodBounds(period) {
  if (period.length === 4) return [`${period}-01-01`, `${period}-12-31`];
  const [year, month] = period.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${period}-01`, `${period}-${String(lastDay).padStart(2, "0")}`];
}

function renderPager(result, params) {
  const pages = Math.ceil(result.total / result.size);
  const buttons = [];
  if (result.page > 1) buttons.push(el("button", { text: "← Previous", onclick: () => { const p = state(); p.set("page", result.page - 1); go(p); } }));
  if (pages > 1) buttons.push(el("span", { class: "meta", text: `Page ${result.page} of ${pages}` }));
  if (result.page < pages) buttons.push(el("button", { text: "Next →", onclick: () => { const p = state(); p.set("page", result.page + 1); go(p); } }));
  $("pager").replaceChildren(...buttons);
}

async function openArticle(id) {
  const response = await fetch("/api/articles/" + encodeURIComponent(id));
  const article = await response.json();
  if (!response.ok) return;
  $("article-title").textContent = article.title;
  const date = article.published ? article.published.slice(0, 10) : "undated";
  const filed = article.dateline ? ` · filed from ${article.dateline}` : "";
  $("article-meta").replaceChildren(`${date} · ${article.source || "unknown source"}${article.author ? " · " + article.author : ""}${filed} `,
    article.url ? el("a", { href: article.url, rel: "noopener noreferrer", text: "original" }) : "");
  const entities = el("div", { class: "entities" });
  for (const [list, kind] of [[article.people, field("person")], [article.places, field("place")], [article.countries, field("country")], [article.orgs, field("org")]]) {
    list.forEach((value) => entities.append(el("button", { class: kind.css,
      onclick: () => { $("article-dialog").close(); toggleFilter(kind.param, value); }, text: value })));
  }
  $("article-entities").replaceChildren(entities);
  $("article-body").replaceChildren(...article.body.split(/\n\s*\n/).map((paragraph) => el("p", { text: paragraph })));
  $("article-related").replaceChildren();
  $("article-dialog").showModal();
  const related = await (await fetch(`/api/articles/${encodeURIComponent(id)}/related`)).json();
  if (related.related && related.related.length) {
    $("article-related").replaceChildren(el("h3", { text: "Related stories" }), el("ul", {},
      ...related.related.map((story) => el("li", {},
        el("a", { href: "#", text: story.title, onclick: (e) => { e.preventDefault(); openArticle(story.id); } }),
        ` · ${story.published ? story.published.slice(0, 10) : "undated"}`))));
  }
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const params = state();
  const q = $("q").value.trim();
  if (q) params.set("q", q); else params.delete("q");
  params.set("sort", $("sort").value);
  navigate(params);
});
$("close-article").addEventListener("click", () => $("article-dialog").close());
window.addEventListener("popstate", render);
render();

"use strict";
// Lede's search page. All state lives in the URL's query string, so links can be shared and back/forward work.
// Article text is only ever inserted as text; snippets come from the server already HTML-escaped.

const FIELDS = [
  { param: "person", key: "people", label: "People", one: "Person", css: "person" },
  { param: "place", key: "places", label: "Places", one: "Place", css: "place" },
  { param: "country", key: "countries", label: "Countries", one: "Country", css: "place" },
  { param: "region", key: "regions", label: "Regions", one: "Region", css: "place" },
  { param: "org", key: "orgs", label: "Organisations", one: "Organisation", css: "org" },
  { param: "source", key: "sources", label: "Sources", one: "Source", css: "source" },
];
const $ = (id) => document.getElementById(id);
// A query word that names an entity field ("region:texas").
const ENTITY_TERM = new RegExp(`^(${FIELDS.map((f) => f.param).join("|")}):`, "i");
const field = (param) => FIELDS.find((f) => f.param === param);
// The two timelines: when articles were published, and the dates their text mentions.
const TIMELINES = [
  { key: "published", element: "timeline", from: "from", to: "to", label: "published" },
  { key: "mentioned", element: "mentioned-timeline", from: "mentionedFrom", to: "mentionedTo", label: "mentioned" },
];

// Every call to the server goes through request.js.
const request = (path, init) => window.Lede.request(path, init);

const numberFormat = new Intl.NumberFormat("en");
const count = (n) => numberFormat.format(n);
const plural = (n, word, words = word + "s") => `${count(n)} ${n === 1 ? word : words}`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "onclick") node.addEventListener("click", value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

function state() { return new URLSearchParams(location.search); }

function navigate(params) {
  params.delete("page");
  // On a phone, a chosen filter closes the panel so the narrowed results show at once.
  document.body.classList.remove("filters-open");
  $("filters-toggle").setAttribute("aria-expanded", "false");
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
  if (!values.includes(value)) {
    const exclusions = params.getAll("exclude").filter((e) => e !== `${param}:${value}`);
    params.delete("exclude");
    exclusions.forEach((e) => params.append("exclude", e));
  }
  navigate(params);
}

// Excluded values travel as exclude=field:value; the field names never contain a colon, the value may.
function excluded(params, param) {
  return params.getAll("exclude").filter((e) => e.startsWith(param + ":")).map((e) => e.slice(param.length + 1));
}

function toggleExclude(param, value) {
  const params = state();
  const key = `${param}:${value}`;
  const values = params.getAll("exclude");
  params.delete("exclude");
  const next = values.includes(key) ? values.filter((v) => v !== key) : [...values, key];
  next.forEach((v) => params.append("exclude", v));
  // A value is either included or excluded, never both.
  if (!values.includes(key) && params.getAll(param).includes(value)) {
    const kept = params.getAll(param).filter((v) => v !== value);
    params.delete(param);
    kept.forEach((v) => params.append(param, v));
  }
  navigate(params);
}

// Fields whose values mean "any of them": any=person,place or repeated.
function anyFields(params) {
  return new Set(params.getAll("any").flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean));
}

function toggleAny(param) {
  const params = state();
  const fields = anyFields(params);
  if (fields.has(param)) fields.delete(param); else fields.add(param);
  params.delete("any");
  [...fields].forEach((f) => params.append("any", f));
  navigate(params);
}

// The search part of the URL: everything but the open article and entity profile, which do not change the results.
function searchKey(params) {
  const search = new URLSearchParams(params);
  search.delete("article");
  search.delete("profile");
  return search.toString();
}

// What the results ask /api/search: one hit per story unless the reader turned that off (collapse=false), since the
// copies of one wire story would otherwise fill the page.
function resultsQuery(params) {
  const search = new URLSearchParams(searchKey(params));
  if (!search.has("collapse")) search.set("collapse", "true");
  return search.toString();
}

// Only the newest search may paint: an older one that answers late (the page's first load, a click before the
// previous answer came) is dropped, so the results always match the URL.
let renderTicket = 0;
let renderedKey = null;

async function render() {
  const params = state();
  syncArticle(params);
  const key = resultsQuery(params);
  if (key === renderedKey) return;
  const ticket = ++renderTicket;
  $("q").value = params.get("q") || "";
  $("sort").value = params.get("sort") || "relevance";
  $("collapse").checked = params.get("collapse") !== "false";
  renderActiveFilters(params);
  const results = $("results");
  const slow = setTimeout(() => { if (ticket === renderTicket) results.setAttribute("aria-busy", "true"); }, 150);
  let response, result;
  try {
    response = await request("/api/search?" + key);
    result = await response.json();
  } catch (error) {
    result = { error: "Lede could not be reached; check the connection and try again." };
    response = { ok: false };
  } finally {
    clearTimeout(slow);
  }
  if (ticket !== renderTicket) return;
  results.removeAttribute("aria-busy");
  if (!response.ok) {
    renderedKey = null;
    $("summary").replaceChildren(el("span", { class: "error", role: "alert", text: result.error || "The search failed." }));
    ["hits", "pager", "suggestions", "timeline", "mentioned-timeline"].forEach((id) => $(id).replaceChildren());
    return;
  }
  renderedKey = key;
  renderSummary(result);
  TIMELINES.forEach((timeline) => renderTimeline(timeline, result[timeline.key]));
  renderHits(result.hits);
  renderFacets(result.facets, params);
  renderPager(result, params);
  renderFilterCount(params);
  $("suggestions").replaceChildren();
  if (result.total === 0) renderSuggestions(params, ticket);
  else if (params.get("q")) renderSpelling(params, ticket);
}

// Asked once per query: choosing a filter, a sort or a page keeps the keywords, and so the suggestion.
const spellings = new Map();

function spellingOf(params) {
  const q = params.get("q");
  if (!spellings.has(q)) {
    if (spellings.size >= 50) spellings.delete(spellings.keys().next().value);
    spellings.set(q, request("/api/suggest?q=" + encodeURIComponent(q)).then((r) => r.json()).catch(() => {
      spellings.delete(q);
      return {};
    }));
  }
  return spellings.get(q);
}

function didYouMean(params, suggestion) {
  const p = new URLSearchParams(searchKey(params));
  p.set("q", suggestion);
  ["page", "cursor"].forEach((name) => p.delete(name));
  return el("a", { href: "?" + p, class: "did-you-mean", text: suggestion, onclick: (e) => { e.preventDefault(); navigate(p); } });
}

// A search that finds a few articles may still hold a slip that they share ("goverment"): the server suggests a
// correction only where far more articles write it, shown above the results.
async function renderSpelling(params, ticket) {
  const spelling = await spellingOf(params);
  if (ticket !== renderTicket || !spelling.suggestion) return;
  $("suggestions").replaceChildren(el("p", { class: "spelling" }, "Did you mean ", didYouMean(params, spelling.suggestion), "?"));
}

function renderSummary(result) {
  const notes = result.warnings.length ? " — " + result.warnings.join(" ") : "";
  const exportQuery = state();
  ["page", "size", "cursor", "article", "profile"].forEach((name) => exportQuery.delete(name));
  const exportLink = (format) => el("a", { href: `/api/export?${exportQuery}&format=${format}`, text: format.toUpperCase() });
  const annotated = (result.facets.starred || []).length > 0;
  $("summary").replaceChildren(`${plural(result.total, "article")} (${count(result.tookMs)} ms)${notes} · export `,
    exportLink("csv"), " ", exportLink("jsonl"),
    ...(annotated ? [" ", el("a", { href: `/api/annotations/export?${exportQuery}`, class: "export-annotations", text: "annotations" })] : []));
}

function renderActiveFilters(params) {
  const chips = [];
  for (const field of FIELDS) {
    for (const value of params.getAll(field.param)) {
      chips.push(el("span", { class: "chip" }, `${field.one}: ${value}`,
        el("button", { "aria-label": `Remove filter ${value}`, onclick: () => toggleFilter(field.param, value), text: "×" })));
    }
  }
  for (const field of FIELDS) {
    for (const value of excluded(params, field.param)) {
      chips.push(el("span", { class: "chip excluded" }, `Not ${field.one.toLowerCase()}: ${value}`,
        el("button", { "aria-label": `Remove exclusion of ${value}`, onclick: () => toggleExclude(field.param, value), text: "×" })));
    }
  }
  if (params.get("star") === "true") {
    chips.push(el("span", { class: "chip" }, "Starred",
      el("button", { "aria-label": "Remove filter starred", text: "×", onclick: () => { const p = state(); p.delete("star"); navigate(p); } })));
  }
  for (const tag of params.getAll("tag")) {
    chips.push(el("span", { class: "chip" }, `Tag: ${tag}`,
      el("button", { "aria-label": `Remove filter tag ${tag}`, text: "×", onclick: () => toggleFilter("tag", tag) })));
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

// Every filter the reader chose, as the parameter values that make it; each can be removed alone.
function activeFilters(params) {
  const filters = [];
  for (const f of FIELDS) {
    params.getAll(f.param).forEach((value) => filters.push({ label: `${f.one}: ${value}`, remove: (p) => removeValue(p, f.param, value) }));
    excluded(params, f.param).forEach((value) =>
      filters.push({ label: `not ${f.one.toLowerCase()} ${value}`, remove: (p) => removeValue(p, "exclude", `${f.param}:${value}`) }));
  }
  params.getAll("tag").forEach((tag) => filters.push({ label: `tag ${tag}`, remove: (p) => removeValue(p, "tag", tag) }));
  if (params.get("star") === "true") filters.push({ label: "starred", remove: (p) => p.delete("star") });
  for (const bound of ["from", "to", "mentionedFrom", "mentionedTo"]) {
    if (params.get(bound)) filters.push({ label: `${bound} ${params.get(bound)}`, remove: (p) => p.delete(bound) });
  }
  return filters;
}

function removeValue(params, name, value) {
  const kept = params.getAll(name).filter((v) => v !== value);
  params.delete(name);
  kept.forEach((v) => params.append(name, v));
}

function withoutFilters(params) {
  const plain = new URLSearchParams();
  for (const name of ["q", "sort"]) if (params.get(name)) plain.set(name, params.get(name));
  return plain;
}

// On a phone the facet panels sit behind this button; the count says how many filters are on.
function renderFilterCount(params) {
  const n = activeFilters(params).length;
  $("filters-toggle").textContent = n ? `Filters (${n})` : "Filters";
}

// No results is never a dead end: a spelling suggestion, each filter that could go (with what removing it gives),
// and the facets of the query without filters.
async function renderSuggestions(params, ticket) {
  const filters = activeFilters(params);
  const [spelling, removals, unfiltered] = await Promise.all([
    params.get("q") ? spellingOf(params) : {},
    Promise.all(filters.map(async (filter) => {
      const p = new URLSearchParams(searchKey(params));
      filter.remove(p);
      p.delete("page");
      p.set("size", "1");
      const body = await request("/api/search?" + p).then((r) => r.json()).catch(() => ({}));
      p.delete("size");
      return { ...filter, total: body.total || 0, params: p };
    })),
    filters.length ? request("/api/search?size=1&" + withoutFilters(params)).then((r) => r.json()).catch(() => null) : null,
  ]);
  if (ticket !== renderTicket) return;
  const items = [];
  if (spelling.suggestion) items.push(el("li", {}, "Did you mean ", didYouMean(params, spelling.suggestion), "?"));
  removals.filter((r) => r.total > 0).forEach((removal) => items.push(el("li", {},
    el("a", { href: "?" + removal.params, class: "remove-filter", onclick: (e) => { e.preventDefault(); navigate(removal.params); },
      text: `Remove filter ${removal.label} (${plural(removal.total, "result")})` }))));
  if (!items.length) items.push(el("li", { text: "Try fewer or other words." }));
  $("suggestions").replaceChildren(el("h2", { text: "No articles match" }), el("ul", {}, ...items));
  if (unfiltered && unfiltered.facets) renderFacets(unfiltered.facets, params);
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
      el("h2", {}, el("a", { href: articleHref(hit.id), onclick: (e) => { e.preventDefault(); openArticle(hit.id); }, text: hit.title })),
      el("p", { class: "meta", text: `${date} · ${hit.source || "unknown source"}` }),
      snippet, entities, ...copiesNote(hit));
  }));
}

// On a page of one hit per story: how many copies the hit stands for, and where they ran.
function copiesNote(hit) {
  if (!hit.copies) return [];
  const sources = (hit.copySources || []).filter((source) => source !== hit.source);
  const where = sources.length ? ` (${sources.join(", ")})` : "";
  const latest = hit.latestCopy && hit.latestCopy !== hit.published ? `, the latest on ${hit.latestCopy.slice(0, 10)},` : "";
  return [el("p", { class: "copies", text: `${plural(hit.copies, "more copy", "more copies")}${where}${latest} hidden by “One per story”` })];
}

const DEFAULT_FACET_LIMIT = 10;

// Stars and tags from the reader's own annotations, counted among the matches.
function annotationPanel(facets, params) {
  const tags = facets.tags || [];
  const starred = facets.starred && facets.starred.length ? facets.starred[0].count : 0;
  const tagged = params.getAll("tag");
  if (!tags.length && !starred && !tagged.length && params.get("star") !== "true") return null;
  const items = [];
  const on = params.get("star") === "true";
  items.push(el("li", { class: on ? "selected" : "" }, el("button", { type: "button", class: "include", "aria-pressed": String(on),
    onclick: () => { const p = state(); if (on) p.delete("star"); else p.set("star", "true"); navigate(p); } },
  el("span", { class: "value", text: "★ Starred" }), el("span", { class: "count", text: count(starred) }))));
  const seen = new Set(tags.map((t) => t.value));
  for (const tag of [...tags, ...tagged.filter((t) => !seen.has(t)).map((value) => ({ value, count: null }))]) {
    const selected = tagged.includes(tag.value);
    items.push(el("li", { class: selected ? "selected" : "" }, el("button", { type: "button", class: "include", "aria-pressed": String(selected),
      title: `Filter by tag ${tag.value}`, onclick: () => toggleFilter("tag", tag.value) },
    el("span", { class: "value", text: `#${tag.value}` }), el("span", { class: "count", text: tag.count == null ? "" : count(tag.count) }))));
  }
  return el("div", { class: "facet", "data-field": "annotations", role: "group", "aria-label": "Your annotations" },
    el("div", { class: "facet-head" }, el("h3", { text: "Your annotations" })), el("ul", { id: "facet-list-tags" }, ...items));
}

// Per panel: what the reader typed in its filter box and whether "more" is on; kept across re-renders.
const panelState = {};

// The search's query and filters, for /api/facets (paging, sort and presentation left out).
function facetQuery(params) {
  const query = new URLSearchParams(params);
  ["page", "size", "sort", "cursor", "facetLimit", "collapse"].forEach((name) => query.delete(name));
  return query;
}

function renderFacets(facets, params) {
  const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.facetFilter : null;
  const shown = FIELDS.filter((f) => facets[f.key].length || params.getAll(f.param).length || excluded(params, f.param).length
    || (panelState[f.param] && panelState[f.param].prefix));
  const any = anyFields(params);
  const panels = shown.map((field) => {
    const panel = panelState[field.param] || (panelState[field.param] = { prefix: "", more: false });
    const list = el("ul", { id: `facet-list-${field.param}` });
    const listed = (values) => fillFacetList(list, field, values, params);
    const isAny = any.has(field.param);
    const mode = el("button", { type: "button", class: "mode", "aria-pressed": String(isAny),
      "aria-label": `${field.label}: match ${isAny ? "any" : "all"} of the selected values; switch to ${isAny ? "all" : "any"}`,
      title: isAny ? "Articles with any of the selected values" : "Articles with all of the selected values",
      onclick: () => toggleAny(field.param), text: isAny ? "ANY" : "AND" });
    const box = el("input", { type: "search", class: "facet-filter", placeholder: `Filter ${field.label.toLowerCase()}…`,
      "aria-label": `Filter ${field.label.toLowerCase()}`, "aria-controls": list.id, autocomplete: "off", "data-facet-filter": field.param });
    box.value = panel.prefix;
    const more = el("button", { type: "button", class: "more", "aria-expanded": String(panel.more),
      "aria-controls": list.id, text: panel.more ? "fewer" : "more" });
    // The server sends the top ten; fewer means there is nothing more to show.
    more.hidden = !panel.more && facets[field.key].length < DEFAULT_FACET_LIMIT;
    list.classList.toggle("expanded", panel.more);
    more.addEventListener("click", () => {
      panel.more = !panel.more;
      more.textContent = panel.more ? "fewer" : "more";
      more.setAttribute("aria-expanded", String(panel.more));
      list.classList.toggle("expanded", panel.more);
      loadFacetValues(field, panel, params, facets, listed);
    });
    let timer = null;
    box.addEventListener("input", () => {
      panel.prefix = box.value.trim();
      clearTimeout(timer);
      timer = setTimeout(() => loadFacetValues(field, panel, params, facets, listed), 150);
    });
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && box.value) { event.preventDefault(); box.value = ""; panel.prefix = ""; loadFacetValues(field, panel, params, facets, listed); }
      if (event.key === "Enter") event.preventDefault();
    });
    if (panel.prefix || panel.more) loadFacetValues(field, panel, params, facets, listed);
    else listed(facets[field.key]);
    return el("div", { class: "facet", "data-field": field.param, role: "group", "aria-label": field.label },
      el("div", { class: "facet-head" }, el("h3", { text: field.label }), mode), box, list, more);
  });
  const annotations = annotationPanel(facets, params);
  $("facets").replaceChildren(...panels, ...(annotations ? [annotations] : []));
  if (focused) {
    const box = document.querySelector(`[data-facet-filter="${focused}"]`);
    if (box) { box.focus(); box.setSelectionRange(box.value.length, box.value.length); }
  }
}

let facetRequest = 0;
async function loadFacetValues(field, panel, params, facets, listed) {
  if (!panel.prefix && !panel.more) { listed(facets[field.key]); return; }
  const query = facetQuery(params);
  if (panel.prefix) query.set("prefix", panel.prefix);
  query.set("limit", panel.more ? "50" : "10");
  const ticket = ++facetRequest;
  field.pending = ticket;
  try {
    const response = await request(`/api/facets/${field.param}?${query}`);
    const body = await response.json();
    if (field.pending !== ticket) return; // a newer request for this panel is on its way
    listed(response.ok ? body.values : []);
  } catch (e) {
    listed([]);
  }
}

function fillFacetList(list, field, values, params) {
  const selected = params.getAll(field.param);
  const excludedValues = excluded(params, field.param);
  // Selected values stay visible even when they are not among the top values.
  const seen = new Set(values.map((v) => v.value));
  const all = [...values, ...selected.filter((v) => !seen.has(v)).map((value) => ({ value, count: null }))];
  const items = all.map((facet) => {
    const on = selected.includes(facet.value);
    const off = excludedValues.includes(facet.value);
    const aliases = facet.aliases && facet.aliases.length ? ` (also ${facet.aliases.join(", ")})` : "";
    return el("li", { class: on ? "selected" : off ? "excluded" : "" },
      el("button", { type: "button", class: "include", onclick: () => toggleFilter(field.param, facet.value), "aria-pressed": String(on),
        title: `Filter by ${facet.value}${aliases}` },
        el("span", { class: "value", text: facet.value }), el("span", { class: "count", text: facet.count == null ? "" : count(facet.count) })),
      el("button", { type: "button", class: "exclude", "aria-pressed": String(off),
        "aria-label": off ? `Stop excluding ${facet.value}` : `Exclude ${facet.value}`,
        title: off ? `Stop excluding ${facet.value}` : `Exclude articles with ${facet.value}`,
        onclick: () => toggleExclude(field.param, facet.value), text: "−" }));
  });
  if (!items.length) items.push(el("li", { class: "empty", text: "No matching values" }));
  list.replaceChildren(...items);
}

// The pages a reader can jump to: the first, the last and two either side of the current one, with gaps between.
function pageNumbers(current, pages) {
  const wanted = new Set([1, pages, current - 2, current - 1, current, current + 1, current + 2]);
  const numbers = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i && n - numbers[i - 1] > 1 ? ["…", n] : [n]));
}

function renderPager(result, params) {
  // Page numbers reach only as far as the server pages by number. One per story, a short page is the last one: the
  // total counts articles, and the copies of earlier stories fill no page.
  const collapsed = params.get("collapse") !== "false";
  const shortPage = collapsed && result.hits.length < result.size;
  const pages = shortPage ? result.page : Math.min(Math.ceil(result.total / result.size), Math.floor(10000 / result.size));
  if (pages <= 1) { $("pager").replaceChildren(); return; }
  const toPage = (n) => () => { const p = state(); p.set("page", n); go(p); window.scrollTo(0, 0); };
  const buttons = [];
  if (result.page > 1) buttons.push(el("button", { text: "← Previous", onclick: toPage(result.page - 1) }));
  for (const n of pageNumbers(result.page, pages)) {
    if (n === "…") buttons.push(el("span", { class: "gap", text: "…" }));
    else if (n === result.page) buttons.push(el("button", { class: "current", "aria-current": "page", "aria-label": `Page ${n}`, text: count(n) }));
    else buttons.push(el("button", { "aria-label": `Page ${n}`, text: count(n), onclick: toPage(n) }));
  }
  if (result.page < pages) buttons.push(el("button", { text: "Next →", onclick: toPage(result.page + 1) }));
  $("pager").replaceChildren(...buttons);
}

// Highlight classes of the article view, in the order they win when two names overlap (longer names first anyway).
const HIGHLIGHTS = [
  { key: "people", css: "hl-person", label: "person" },
  { key: "places", css: "hl-place", label: "place" },
  { key: "countries", css: "hl-place", label: "place" },
  { key: "orgs", css: "hl-org", label: "organisation" },
];

// Terms to mark in the article: each entity's name, the other names the server found the text calling it by
// (writtenAs: "U.S." for United States), a person's surname, and the text of each mentioned date. A term is marked
// only as written, in capitals (a headline) or with a capital opening a sentence, so "us" is not the US, nor "reading"
// the town, nor "brown" a Brown.
function highlightTerms(article) {
  const terms = new Map();
  const add = (term, css) => {
    const t = (term || "").trim();
    if (t.length >= 2 && !terms.has(t.toLowerCase())) terms.set(t.toLowerCase(), { term: t, css });
  };
  for (const kind of HIGHLIGHTS) {
    for (const name of article[kind.key] || []) {
      add(name, kind.css);
      const written = article.writtenAs && article.writtenAs[name];
      (Array.isArray(written) ? written : []).forEach((form) => add(form, kind.css));
    }
  }
  for (const name of article.people || []) {
    const words = name.split(/\s+/);
    if (words.length > 1 && words[words.length - 1].length >= 3) add(words[words.length - 1], "hl-person");
  }
  for (const date of article.mentionedDates || []) add(date.text, "hl-date");
  return terms;
}

// A term as written, in capitals, or opening a sentence ("De Clercq" for "de Clercq").
const matchesAsWritten = (text, term) =>
  text === term || text === term.toUpperCase() || text === term.charAt(0).toUpperCase() + term.slice(1);

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// The searched words as patterns: operators, exclusions and entity fields left out (entities are marked anyway),
// a trailing * kept as a prefix, and a few English endings allowed because the index matches word stems.
function queryPatterns(query) {
  const words = (query || "").match(/[\p{L}\p{N}*:'-]+/gu) || [];
  // A word after NOT is excluded, as one after "-" is.
  const excluded = words.map((w, i) => i > 0 && words[i - 1] === "NOT");
  return words
    .filter((w, i) => !excluded[i] && !["AND", "OR", "NOT"].includes(w) && !w.startsWith("-")
      && !ENTITY_TERM.test(w))
    .map((w) => w.replace(/^(title|body):/i, "").replace(/^'+|'+$/g, ""))
    .filter((w) => w.replace(/\*/g, "").length >= 2)
    .map((w) => {
      if (w.endsWith("*")) return escapeRegExp(w.slice(0, -1).replace(/\*/g, "")) + "[\\p{L}\\p{N}]*";
      const stem = w.length > 3 && /s$/i.test(w) ? w.slice(0, -1) : w;
      return escapeRegExp(stem.replace(/\*/g, "")) + "(?:s|es|ed|ing|ings|er|ers)?";
    });
}

// The paragraph as text nodes and <mark> elements; the article text is never parsed as HTML.
function highlighted(paragraph, terms, queryWords) {
  const p = el("p");
  const alternatives = [...terms.values()].map((t) => t.term).sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (!alternatives.length && !queryWords.length) { p.textContent = paragraph; return p; }
  const isQueryWord = new RegExp(`^(?:${queryWords.join("|") || "(?!)"})$`, "iu");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...alternatives, ...queryWords].join("|")})(?![\\p{L}\\p{N}])`, "giu");
  let last = 0;
  for (const match of paragraph.matchAll(pattern)) {
    const found = terms.get(match[0].toLowerCase());
    const term = found && matchesAsWritten(match[0], found.term) ? found : null;
    const searched = isQueryWord.test(match[0]);
    if (!term && !searched) continue;
    if (match.index > last) p.append(document.createTextNode(paragraph.slice(last, match.index)));
    const mark = document.createElement("mark");
    mark.className = [term ? term.css : "", searched ? "hl-query" : ""].join(" ").trim();
    mark.textContent = match[0];
    p.append(mark);
    last = match.index + match[0].length;
  }
  if (last < paragraph.length) p.append(document.createTextNode(paragraph.slice(last)));
  return p;
}

function storyList(heading, stories, describe) {
  return [el("h3", { text: heading }), el("ul", {},
    ...stories.map((story) => el("li", {},
      el("a", { href: articleHref(story.id), text: story.title, onclick: (e) => { e.preventDefault(); openArticle(story.id); } }),
      describe(story))))];
}

// The open article lives in the URL (?…&article=ID), so it can be shared or bookmarked and Back closes it.
function articleHref(id) {
  const params = state();
  params.set("article", id);
  return "?" + params;
}

function openArticle(id) {
  const params = state();
  params.set("article", id);
  history.pushState({ article: true }, "", "?" + params);
  syncArticle(params);
}

let shownArticle = null;

function syncArticle(params) {
  const id = params.get("article");
  if (!id) {
    shownArticle = null;
    if ($("article-dialog").open) $("article-dialog").close();
    return;
  }
  if (id !== shownArticle) {
    shownArticle = id;
    showArticle(id, params.get("q"));
  }
}

// Closing the dialog takes the article out of the URL: Back when opening it made a history entry, else a replace.
function articleClosed() {
  const params = state();
  if (!params.has("article")) return;
  shownArticle = null;
  if (history.state && history.state.article) { history.back(); return; }
  params.delete("article");
  history.replaceState(null, "", "?" + params);
}

// Leaves the article for a search: the article's history entry becomes the current search, then the new one follows.
function leaveArticle(then) {
  const params = state();
  params.delete("article");
  history.replaceState(null, "", "?" + params);
  shownArticle = null;
  $("article-dialog").close();
  then();
}

// Paragraphs end at a blank line or where the next line is indented (Reuters marks paragraphs that way).
function paragraphs(body) {
  return body.split(/\n\s*\n|\n(?=[ \t]+\S)/).map((p) => p.trim()).filter(Boolean);
}

function matchNavigator(body) {
  const marks = [...body.querySelectorAll("mark.hl-query")];
  if (!marks.length) return el("p", { class: "match-nav" });
  let current = -1;
  const position = el("span", { class: "match-position", text: `${plural(marks.length, "match", "matches")} of the searched words` });
  const move = (step) => {
    if (current >= 0) marks[current].classList.remove("current");
    current = (current + step + marks.length) % marks.length;
    marks[current].classList.add("current");
    marks[current].scrollIntoView({ block: "center" });
    position.textContent = `Match ${count(current + 1)} of ${count(marks.length)}`;
  };
  return el("p", { class: "match-nav" }, position, " ",
    el("button", { type: "button", class: "match-previous", "aria-label": "Previous match", text: "↑", onclick: () => move(-1) }), " ",
    el("button", { type: "button", class: "match-next", "aria-label": "Next match", text: "↓", onclick: () => move(1) }));
}

async function showArticle(id, query) {
  let response, article;
  try {
    response = await request("/api/articles/" + encodeURIComponent(id));
    article = await response.json();
  } catch (error) {
    response = { ok: false };
    article = { error: "Lede could not be reached; check the connection and try again." };
  }
  if (shownArticle !== id) return;
  if (!response.ok) {
    $("article-title").textContent = "Article not available";
    $("article-meta").textContent = article.error || "The article could not be loaded.";
    ["article-entities", "article-body", "article-related", "article-annotation", "article-matches"].forEach((e) => $(e).replaceChildren());
    if (!$("article-dialog").open) $("article-dialog").showModal();
    return;
  }
  $("article-title").textContent = article.title;
  const date = article.published ? article.published.slice(0, 10) : "undated";
  const filed = article.dateline ? ` · filed from ${article.dateline}` : "";
  $("article-meta").replaceChildren(`${date} · ${article.source || "unknown source"}${article.author ? " · " + article.author : ""}${filed} `,
    /^https?:\/\//i.test(article.url || "") ? el("a", { href: article.url, rel: "noopener noreferrer", text: "original" }) : "");
  const entities = el("div", { class: "entities" });
  const profiles = window.Lede && typeof window.Lede.openProfile === "function";
  // A place that is also a country (Germany as a place and as a country) shows once, as the country.
  const countries = new Set(article.countries.map((c) => c.toLowerCase()));
  const places = article.places.filter((p) => !countries.has(p.toLowerCase()));
  for (const [list, kind] of [[article.people, field("person")], [places, field("place")], [article.countries, field("country")], [article.orgs, field("org")]]) {
    list.forEach((value) => {
      const chip = el("button", { class: kind.css, title: `Filter by ${value}`,
        onclick: () => leaveArticle(() => toggleFilter(kind.param, value)), text: value });
      if (!profiles) { entities.append(chip); return; }
      entities.append(el("span", { class: "entity-chip" }, chip,
        el("button", { type: "button", class: "profile-link", "aria-label": `Profile of ${value}`, title: `Profile of ${value}`, text: "i",
          onclick: () => window.Lede.openProfile(kind.param, value) })));
    });
  }
  $("article-entities").replaceChildren(entities);
  const terms = highlightTerms(article);
  const legend = el("p", { class: "highlight-legend" }, "Highlighted: ",
    el("mark", { class: "hl-person", text: "people" }), " ", el("mark", { class: "hl-place", text: "places" }), " ",
    el("mark", { class: "hl-org", text: "organisations" }), " ", el("mark", { class: "hl-date", text: "dates" }));
  const queryWords = queryPatterns(query);
  $("article-body").replaceChildren(legend, ...paragraphs(article.body).map((paragraph) => highlighted(paragraph, terms, queryWords)));
  $("article-matches").replaceChildren(matchNavigator($("article-body")));
  $("article-related").replaceChildren();
  $("article-annotation").replaceChildren();
  if (!$("article-dialog").open) $("article-dialog").showModal();
  $("article-dialog").scrollTop = 0;
  if (window.Lede.showAnnotation) window.Lede.showAnnotation(id, $("article-annotation"));
  const [related, duplicates] = await Promise.all([
    request(`/api/articles/${encodeURIComponent(id)}/related`).then((r) => r.json()).catch(() => ({})),
    request(`/api/articles/${encodeURIComponent(id)}/duplicates`).then((r) => r.json()).catch(() => ({})),
  ]);
  if (shownArticle !== id) return;
  const sections = [];
  if (duplicates.duplicates && duplicates.duplicates.length) {
    sections.push(el("section", { class: "duplicates", "aria-label": "Copies of this story" },
      ...storyList("Copies of this story", duplicates.duplicates, (story) =>
        ` · ${story.published ? story.published.slice(0, 10) : "undated"} · ${story.source || "unknown source"} · ${Math.round(story.similarity * 100)}% alike`)));
  }
  if (related.related && related.related.length) {
    sections.push(el("section", { class: "related", "aria-label": "Related stories" },
      ...storyList("Related stories", related.related, (story) => ` · ${story.published ? story.published.slice(0, 10) : "undated"}`)));
  }
  $("article-related").replaceChildren(...sections);
}

// Names as the reader types: the word being typed (two letters or more) is looked up among the people, places and
// organisations of the archive; choosing one filters by it and takes the word out of the keywords, so "putin zel"
// becomes the keyword "putin" and the person Volodymyr Zelenskyy.
const NAME_FIELDS = ["person", "place", "org"];
let nameTicket = 0;
let nameTimer = null;
let offered = { word: "", options: [] };

function typedWord() {
  const input = $("q");
  const match = input.value.slice(0, input.selectionStart).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]+$/u);
  return match ? match[0] : "";
}

function closeNames() {
  nameTicket++;
  $("q-names").hidden = true;
  $("q-names").replaceChildren();
  $("q").setAttribute("aria-expanded", "false");
  $("q").removeAttribute("aria-activedescendant");
}

async function offerNames() {
  const word = typedWord();
  const ticket = ++nameTicket;
  if (word.length < 2) return closeNames();
  const answers = await Promise.all(NAME_FIELDS.map((param) =>
    request(`/api/facets/${param}?limit=3&prefix=${encodeURIComponent(word)}`).then((r) => r.json()).catch(() => ({}))));
  if (ticket !== nameTicket) return;
  const options = [];
  answers.forEach((answer, i) => (answer.values || []).forEach((value) => options.push({ param: NAME_FIELDS[i], ...value })));
  if (!options.length) return closeNames();
  $("q-names").replaceChildren(...options.map((option, i) => el("li", {
    id: `q-name-${i}`, role: "option", "aria-selected": "false",
    onmousedown: (e) => { e.preventDefault(); chooseName(option, word); } },
  el("span", { class: "kind", text: field(option.param).one }), option.value, el("span", { class: "count", text: ` · ${count(option.count)}` }))));
  $("q-names").hidden = false;
  $("q").setAttribute("aria-expanded", "true");
  offered = { word, options };
}

function chooseName(option, word) {
  const input = $("q");
  const end = input.selectionStart;
  const q = (input.value.slice(0, end - word.length) + input.value.slice(end)).replace(/\s+/g, " ").trim();
  closeNames();
  input.value = q;
  const params = state();
  if (q) params.set("q", q); else params.delete("q");
  if (!params.getAll(option.param).includes(option.value)) params.append(option.param, option.value);
  navigate(params);
}

function moveInNames(step) {
  const items = [...$("q-names").children];
  if ($("q-names").hidden || !items.length) return false;
  const at = items.findIndex((item) => item.getAttribute("aria-selected") === "true");
  // Positions 0..n: the box itself, then each name; the arrows go round them.
  const next = ((at + 1 + step + items.length + 1) % (items.length + 1)) - 1;
  items.forEach((item, i) => item.setAttribute("aria-selected", String(i === next)));
  if (next < 0) $("q").removeAttribute("aria-activedescendant");
  else $("q").setAttribute("aria-activedescendant", items[next].id);
  return true;
}

$("q").addEventListener("input", () => {
  clearTimeout(nameTimer);
  nameTimer = setTimeout(offerNames, 150);
});
$("q").addEventListener("keydown", (e) => {
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    if (moveInNames(e.key === "ArrowDown" ? 1 : -1)) e.preventDefault();
  } else if (e.key === "Escape" && !$("q-names").hidden) {
    e.preventDefault();
    closeNames();
  } else if (e.key === "Enter") {
    const active = [...$("q-names").children].findIndex((item) => item.getAttribute("aria-selected") === "true");
    if (!$("q-names").hidden && active >= 0) {
      e.preventDefault();
      chooseName(offered.options[active], offered.word);
    }
  }
});
$("q").addEventListener("blur", () => { clearTimeout(nameTimer); closeNames(); });

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(nameTimer);
  closeNames();
  const params = state();
  const q = $("q").value.trim();
  if (q) params.set("q", q); else params.delete("q");
  params.set("sort", $("sort").value);
  navigate(params);
});
// A new order applies at once, as the "one per story" box does, with what the search box holds.
$("sort").addEventListener("change", () => $("search-form").requestSubmit());
$("close-article").addEventListener("click", () => $("article-dialog").close());
$("article-dialog").addEventListener("close", articleClosed);
$("filters-toggle").addEventListener("click", () => {
  const open = document.body.classList.toggle("filters-open");
  $("filters-toggle").setAttribute("aria-expanded", String(open));
});
$("collapse").addEventListener("change", () => {
  const params = state();
  if ($("collapse").checked) params.delete("collapse"); else params.set("collapse", "false");
  navigate(params);
});
window.addEventListener("popstate", render);
// Runs the current search again, e.g. after a curation change or an annotation (used by extras.js too).
window.Lede.reload = () => { renderedKey = null; render(); };
render();

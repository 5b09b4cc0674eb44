"use strict";
// The batch search page: a pasted or uploaded list of names, each counted in the archive with the entity and alias
// it matched, and a link to its articles on the search page. Lines are only ever shown as text.
(() => {
  const $ = (id) => document.getElementById(id);
  const numberFormat = new Intl.NumberFormat("en");
  const day = (instant) => (instant ? String(instant).slice(0, 10) : "—");
  const make = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "text") node.textContent = value; else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  };

  // The search page's link for one line: its entity filter when it named one, else the line as keywords.
  function searchLink(result, filterQuery) {
    const params = new URLSearchParams();
    if (filterQuery) params.set("q", filterQuery);
    if (result.field) params.set(result.field, result.value);
    else params.set("q", filterQuery ? `(${filterQuery}) AND (${result.query})` : result.query);
    return "/?" + params;
  }

  function row(result, filterQuery) {
    const found = result.field
      ? `${result.field} ${result.value}${result.alias && result.alias !== result.value ? ` (as “${result.alias}”)` : ""}`
      : "keywords";
    const count = result.articles
      ? make("a", { href: searchLink(result, filterQuery), text: numberFormat.format(result.articles) })
      : make("span", { text: "0" });
    return make("tr", {}, make("td", { text: result.query }), make("td", { class: "number" }, count),
      make("td", { text: found }), make("td", { text: day(result.firstPublished) }), make("td", { text: day(result.lastPublished) }));
  }

  async function run(event) {
    event.preventDefault();
    const file = $("batch-file").files[0];
    const body = file ? await file.text() : $("batch-lines").value;
    const csv = file && /\.csv$/i.test(file.name);
    const filterQuery = $("batch-q").value.trim();
    $("batch-status").textContent = "Searching…";
    let answer;
    try {
      const response = await window.Lede.request("/api/batch" + (filterQuery ? "?q=" + encodeURIComponent(filterQuery) : ""),
        { method: "POST", headers: { "Content-Type": csv ? "text/csv" : "text/plain" }, body });
      answer = await response.json();
      if (!response.ok) throw new Error(answer.error || "The batch search failed.");
    } catch (error) {
      $("batch-status").textContent = error.message;
      $("batch-results").hidden = true;
      return;
    }
    const matched = answer.results.filter((r) => r.articles > 0).length;
    $("batch-status").textContent = `${numberFormat.format(answer.lines)} lines, ${numberFormat.format(matched)} with articles`;
    $("batch-results").querySelector("tbody").replaceChildren(...answer.results.map((r) => row(r, filterQuery)));
    $("batch-results").hidden = false;
  }

  $("batch-form").addEventListener("submit", run);
})();

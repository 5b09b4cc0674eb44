"use strict";
// Lede's extras: entity profiles, curation (rename, merge, block, log with undo) and saved searches with their
// Atom feeds. Everything is built as DOM nodes; names and article text are only ever inserted as text.
(() => {
  const KINDS = {
    person: { label: "Person", facet: "person" },
    place: { label: "Place", facet: "place" },
    country: { label: "Country", facet: "country" },
    region: { label: "Region", facet: "region" },
    org: { label: "Organisation", facet: "org" },
  };
  // Facet panel headings (or data attributes) → profile kinds. Sources have no profile.
  const HEADINGS = { people: "person", person: "person", places: "place", place: "place", countries: "country",
    country: "country", regions: "region", region: "region", organisations: "org", organizations: "org", orgs: "org",
    org: "org" };
  const SVG = "http://www.w3.org/2000/svg";

  function make(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null) continue;
      if (name === "onclick") node.addEventListener("click", value);
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  function dialog(id, title) {
    let box = document.getElementById(id);
    if (!box) {
      box = make("dialog", { id, class: "lede-extras-dialog", "aria-labelledby": id + "-title" });
      document.body.append(box);
    }
    const close = make("button", { type: "button", class: "lede-close", "aria-label": "Close", text: "×",
      onclick: () => box.close() });
    const heading = make("h2", { id: id + "-title", text: title });
    const content = make("div", { class: "lede-dialog-content" });
    box.replaceChildren(close, heading, content);
    return { box, heading, content };
  }

  function show(box) { if (!box.open) box.showModal(); }

  async function api(method, path, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await window.Lede.request(path, init);
    let json = null;
    try { json = await response.json(); } catch (e) { /* no JSON body */ }
    if (!response.ok) throw new Error((json && json.error) || `${method} ${path} failed (${response.status})`);
    return json;
  }

  // Re-runs the current search.
  function reloadSearch() { window.Lede.reload(); }

  // The page URL for an API search link such as /api/search?person=A&person=B.
  function pageLink(apiSearch) { return "/" + new URL(apiSearch, location.origin).search; }

  // A query string as a person reads it: person=Ingrid Solberg & q=tram.
  function readable(query) {
    if (!query) return "every article";
    return [...new URLSearchParams(query)].map(([name, value]) => `${name}=${value}`).join(" & ");
  }

  function day(instant) { return instant ? String(instant).slice(0, 10) : "—"; }

  // ---------- Entity profile ----------

  async function openProfile(kind, name) {
    if (!KINDS[kind]) throw new Error("Unknown kind " + kind);
    const { box, heading, content } = dialog("lede-profile", name);
    box.dataset.kind = kind;
    box.onclose = () => {
      // A shared profile link opened this dialog: closing it leaves the plain search in the URL.
      const params = new URLSearchParams(location.search);
      if (params.has("profile")) {
        params.delete("profile");
        history.replaceState(history.state, "", "?" + params.toString());
      }
    };
    content.append(make("p", { class: "meta", text: "Loading…" }));
    show(box);
    let profile;
    try {
      profile = await api("GET", `/api/entities/${encodeURIComponent(kind)}/${encodeURIComponent(name)}`);
    } catch (error) {
      content.replaceChildren(make("p", { class: "lede-error", role: "alert", text: error.message }));
      return;
    }
    heading.textContent = profile.name;
    box.dataset.name = profile.name;
    const shareParams = new URLSearchParams(location.search);
    shareParams.set("profile", `${kind}:${profile.name}`);
    const parts = [
      make("p", { class: "meta lede-profile-kind" }, `${KINDS[kind].label} · `,
        make("a", { href: "?" + shareParams.toString(), class: "lede-profile-link", text: "link to this profile" })),
      make("p", { class: "lede-profile-stats" },
        make("strong", { class: "lede-profile-count", text: String(profile.articles) }),
        ` article${profile.articles === 1 ? "" : "s"} · first seen ${day(profile.firstSeen)} · last seen ${day(profile.lastSeen)} · `,
        make("a", { href: pageLink(profile.search), text: "show them" })),
    ];
    if (profile.aliases && profile.aliases.length) {
      parts.push(make("p", { class: "lede-profile-aliases" }, "Also written: ",
        ...profile.aliases.flatMap((alias, i) => [i ? ", " : "", make("span", { class: "lede-alias", text: alias })])));
    }
    parts.push(make("h3", { text: "Mentions per month" }), monthChart(profile.months || []));
    const co = profile.mentionedWith || {};
    const groups = [["people", "People"], ["places", "Places"], ["orgs", "Organisations"]]
      .filter(([key]) => co[key] && co[key].length);
    if (groups.length) {
      parts.push(make("h3", { text: "Most often mentioned with" }));
      const columns = make("div", { class: "lede-comentions" });
      for (const [key, label] of groups) {
        columns.append(make("div", { class: "lede-comention-group" }, make("h4", { text: label }),
          make("ul", {}, ...co[key].map((other) => make("li", {},
            make("a", { href: pageLink(other.search), title: `Articles that mention ${profile.name} and ${other.value}`,
              text: other.value }),
            " ", make("span", { class: "count", text: String(other.count) }))))));
      }
      parts.push(columns);
    }
    parts.push(curationTools(kind, profile.name, profile.aliases || []));
    content.replaceChildren(...parts);
  }

  function monthChart(months) {
    const wrap = make("div", { class: "lede-month-chart", role: "img",
      "aria-label": months.map((m) => `${m.month}: ${m.articles}`).join(", ") || "No dated articles" });
    if (!months.length) { wrap.append(make("p", { class: "meta", text: "No dated articles." })); return wrap; }
    const svg = document.createElementNS(SVG, "svg");
    const width = 600, height = 100, axis = 14, barWidth = width / months.length;
    svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    svg.setAttribute("preserveAspectRatio", "none");
    const max = Math.max(1, ...months.map((m) => m.articles));
    months.forEach((month, i) => {
      const barHeight = (height - axis - 4) * month.articles / max;
      const rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", i * barWidth + 1);
      rect.setAttribute("y", height - axis - barHeight);
      rect.setAttribute("width", Math.max(barWidth - 2, 1));
      rect.setAttribute("height", barHeight);
      rect.setAttribute("data-month", month.month);
      rect.setAttribute("data-count", month.articles);
      const title = document.createElementNS(SVG, "title");
      title.textContent = `${month.month}: ${month.articles}`;
      rect.append(title);
      svg.append(rect);
      if (months.length <= 12 || i % Math.ceil(months.length / 12) === 0) {
        const label = document.createElementNS(SVG, "text");
        label.setAttribute("x", i * barWidth + 2);
        label.setAttribute("y", height - 2);
        label.textContent = month.month;
        svg.append(label);
      }
    });
    wrap.append(svg);
    return wrap;
  }

  // ---------- Curation ----------

  // Split: each variant merged into this value can be made a value of its own again.
  function splitTools(field, name, variants, status) {
    const list = make("ul", { class: "lede-split-list", hidden: "" },
      ...variants.map((variant) => make("li", {}, make("span", { class: "lede-variant", text: variant }), " ",
        make("button", { type: "button", class: "lede-split-variant", "aria-label": `Split ${variant} from ${name}`, text: "Split off",
          onclick: () => curate(status, { action: "split", field, value: variant }) }))));
    const toggle = make("button", { type: "button", class: "lede-split", "aria-expanded": "false", text: `Split… (${variants.length})`,
      title: `${name} also stands for: ${variants.join(", ")}`,
      onclick: () => { list.hidden = !list.hidden; toggle.setAttribute("aria-expanded", String(!list.hidden)); } });
    return [toggle, list];
  }

  function curationTools(kind, name, variants) {
    const field = KINDS[kind].facet;
    const status = make("p", { class: "lede-curation-status", role: "status" });
    const form = make("form", { class: "lede-curation-form", hidden: "" });
    const tools = make("div", { class: "lede-curation", role: "group", "aria-label": "Correct this entity" },
      make("h3", { text: "Correct this entity" }),
      make("button", { type: "button", class: "lede-rename", text: "Rename…",
        onclick: () => targetForm(form, status, field, name, "rename") }),
      make("button", { type: "button", class: "lede-merge", text: "Merge into…",
        onclick: () => targetForm(form, status, field, name, "merge") }),
      ...(variants.length ? splitTools(field, name, variants, status) : []),
      make("button", { type: "button", class: "lede-block", text: "Block",
        onclick: async () => {
          if (!window.confirm(`Block "${name}"? It will no longer count as a ${KINDS[kind].label.toLowerCase()}.`)) return;
          await curate(status, { action: "block", field, value: name });
        } }),
      form, status);
    return tools;
  }

  function targetForm(form, status, field, name, action) {
    const listId = "lede-target-values";
    const input = make("input", { type: "text", name: "target", required: "", autocomplete: "off", list: listId,
      class: "lede-target", "aria-label": action === "merge" ? `Merge ${name} into` : `New name for ${name}` });
    const options = make("datalist", { id: listId });
    if (action === "rename") input.value = name;
    let pending = 0;
    input.addEventListener("input", async () => {
      const prefix = input.value.trim();
      const ticket = ++pending;
      if (!prefix) { options.replaceChildren(); return; }
      try {
        const result = await api("GET", `/api/facets/${field}?limit=10&prefix=${encodeURIComponent(prefix)}`);
        if (ticket !== pending) return;
        options.replaceChildren(...result.values.filter((v) => v.value !== name)
          .map((v) => make("option", { value: v.value, label: `${v.value} (${v.count})` })));
      } catch (e) { /* autocomplete is optional */ }
    });
    const label = make("label", {}, action === "merge" ? "Merge into " : "Rename to ", input);
    form.replaceChildren(label, options,
      make("button", { type: "submit", text: action === "merge" ? "Merge" : "Rename" }),
      make("button", { type: "button", text: "Cancel", onclick: () => { form.hidden = true; } }));
    form.onsubmit = async (event) => {
      event.preventDefault();
      const target = input.value.trim();
      if (!target) return;
      await curate(status, { action, field, value: name, target });
    };
    form.hidden = false;
    input.focus();
  }

  async function curate(status, change) {
    try {
      await api("POST", "/api/curation", change);
    } catch (error) {
      status.textContent = error.message;
      status.classList.add("lede-error");
      return;
    }
    const box = document.getElementById("lede-profile");
    if (box && box.open) box.close();
    reloadSearch();
  }

  async function openCurationLog() {
    const { box, content } = dialog("lede-curation-log", "Curation log");
    show(box);
    let log;
    try {
      log = await api("GET", "/api/curation");
    } catch (error) {
      content.replaceChildren(make("p", { class: "lede-error", role: "alert", text: error.message }));
      return;
    }
    if (!log.changes.length) {
      content.replaceChildren(make("p", { class: "meta lede-empty", text: "No corrections yet." }));
      return;
    }
    content.replaceChildren(make("ol", { class: "lede-log" }, ...log.changes.slice().reverse().map((change) => {
      const what = `${change.action.toLowerCase()} ${change.field.toLowerCase()} “${change.value}”`
        + (change.target ? ` → “${change.target}”` : "");
      return make("li", { "data-id": change.id },
        make("span", { class: "lede-log-text", text: what }), " ",
        make("span", { class: "meta", text: `#${change.id} · ${day(change.at)}` }), " ",
        make("button", { type: "button", class: "lede-undo", text: "Undo", "aria-label": `Undo ${what}`,
          onclick: async () => {
            try {
              await api("DELETE", `/api/curation/${encodeURIComponent(change.id)}`);
            } catch (error) {
              window.alert(error.message);
            }
            reloadSearch();
            openCurationLog();
          } }));
    })));
  }

  // ---------- Saved searches ----------

  function currentQuery() {
    const params = new URLSearchParams(location.search);
    ["page", "cursor", "profile"].forEach((name) => params.delete(name));
    return params.toString();
  }

  function openSaveSearch() {
    const { box, content } = dialog("lede-save-search", "Save this search");
    const input = make("input", { id: "lede-saved-name", type: "text", required: "", pattern: "[A-Za-z0-9_-]{1,64}",
      autocomplete: "off", placeholder: "e.g. tram-rotterdam" });
    const query = currentQuery();
    const status = make("p", { class: "lede-curation-status", role: "status" });
    const form = make("form", { class: "lede-save-form" },
      make("label", { for: "lede-saved-name", text: "Name (letters, digits, - or _)" }), input,
      make("p", { class: "meta", text: `Search: ${readable(query)}` }),
      make("button", { type: "submit", text: "Save" }), status);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await api("POST", "/api/saved", { name: input.value.trim(), query });
      } catch (error) {
        status.textContent = error.message;
        status.classList.add("lede-error");
        return;
      }
      openSaved();
    });
    content.replaceChildren(form);
    show(box);
    input.focus();
  }

  async function openSaved() {
    const old = document.getElementById("lede-save-search");
    if (old && old.open) old.close();
    const { box, content } = dialog("lede-saved", "Saved searches");
    show(box);
    let saved;
    try {
      saved = await api("GET", "/api/saved");
    } catch (error) {
      content.replaceChildren(make("p", { class: "lede-error", role: "alert", text: error.message }));
      return;
    }
    if (!saved.searches.length) {
      content.replaceChildren(make("p", { class: "meta lede-empty", text: "No saved searches yet." }));
      return;
    }
    content.replaceChildren(make("ul", { class: "lede-saved-list" }, ...saved.searches.map((search) =>
      make("li", { "data-name": search.name },
        make("a", { class: "lede-saved-run", href: "/?" + search.query, text: search.name }), " ",
        make("span", { class: "meta", text: readable(search.query) }), " ",
        make("a", { class: "lede-feed", href: search.feed, type: "application/atom+xml", text: "Atom feed" }), " ",
        make("button", { type: "button", class: "lede-delete-saved", text: "Delete", "aria-label": `Delete ${search.name}`,
          onclick: async () => {
            try { await api("DELETE", `/api/saved/${encodeURIComponent(search.name)}`); } catch (e) { window.alert(e.message); }
            openSaved();
          } })))));
  }

  // ---------- Facet values → profiles ----------

  function facetKind(li) {
    const own = li.dataset.kind || li.dataset.field || li.dataset.param;
    if (own && KINDS[own]) return own;
    const panel = li.closest(".facet");
    if (!panel) return null;
    const declared = panel.dataset.kind || panel.dataset.field || panel.dataset.param || panel.dataset.key;
    if (declared && HEADINGS[declared.toLowerCase()]) return HEADINGS[declared.toLowerCase()];
    const heading = panel.querySelector("h3, h2, legend, summary");
    if (!heading) return null;
    const word = heading.textContent.trim().toLowerCase().split(/\s+/)[0];
    return HEADINGS[word] || null;
  }

  function attachProfileButtons() {
    const facets = document.getElementById("facets");
    if (!facets) return;
    for (const li of facets.querySelectorAll(".facet li")) {
      if (li.querySelector(":scope > .lede-profile-btn")) continue;
      const span = li.querySelector("button span");
      const kind = facetKind(li);
      if (!span || !kind) continue;
      const name = span.textContent.trim();
      if (!name) continue;
      li.classList.add("lede-has-profile");
      li.append(make("button", { type: "button", class: "lede-profile-btn", title: `Profile of ${name}`,
        "aria-label": `Profile of ${name}`, text: "i",
        onclick: (event) => { event.preventDefault(); event.stopPropagation(); openProfile(kind, name); } }));
    }
  }

  function start() {
    const header = document.querySelector("header.top") || document.querySelector("header");
    const tools = make("div", { class: "lede-extras-tools", role: "group", "aria-label": "Saved searches and curation" },
      make("button", { type: "button", id: "lede-save-search-button", text: "Save search", onclick: openSaveSearch }),
      make("button", { type: "button", id: "lede-saved-button", text: "Saved", onclick: openSaved }),
      make("button", { type: "button", id: "lede-curation-log-button", text: "Curation log", onclick: openCurationLog }));
    if (header) header.append(tools); else document.body.prepend(tools);
    const facets = document.getElementById("facets");
    if (facets) {
      new MutationObserver(attachProfileButtons).observe(facets, { childList: true, subtree: true });
      attachProfileButtons();
    }
    // A shared profile link: ?profile=kind:name
    const shared = new URLSearchParams(location.search).get("profile");
    if (shared && shared.includes(":")) {
      const at = shared.indexOf(":");
      const kind = shared.slice(0, at);
      if (KINDS[kind]) openProfile(kind, shared.slice(at + 1));
    }
  }

  window.Lede = window.Lede || {};
  window.Lede.openProfile = openProfile;
  window.Lede.openCurationLog = openCurationLog;
  window.Lede.openSavedSearches = openSaved;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();

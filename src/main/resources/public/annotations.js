"use strict";
// The reader's own marks on an article: a star, tags and a private note, saved beside the index and undoable.
// Shown in the article view (lede.js calls window.Lede.showAnnotation); everything is built as text nodes.
(() => {
  const make = (tag, props = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props)) {
      if (name === "onclick") node.addEventListener("click", value);
      else if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  };
  const path = (id) => `/api/articles/${encodeURIComponent(id)}/annotation`;

  async function call(method, url, body) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await window.Lede.request(url, init);
    const json = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(json.error || `${method} ${url} failed (${response.status})`);
    return json;
  }

  const tagList = (text) => text.split(",").map((t) => t.trim()).filter(Boolean);

  async function showAnnotation(id, container) {
    let annotation;
    try {
      annotation = await call("GET", path(id));
    } catch (error) {
      container.replaceChildren(make("p", { class: "lede-error", role: "alert", text: error.message }));
      return;
    }
    const star = make("button", { type: "button", class: "annotation-star", "aria-pressed": String(annotation.starred),
      title: "Star this article" , text: annotation.starred ? "★ Starred" : "☆ Star" });
    const tags = make("input", { type: "text", class: "annotation-tags", "aria-label": "Tags, separated by commas",
      placeholder: "tags, separated by commas", autocomplete: "off" });
    tags.value = annotation.tags.join(", ");
    const note = make("textarea", { class: "annotation-note", rows: "2", "aria-label": "Private note",
      placeholder: "A private note" });
    note.value = annotation.note;
    const status = make("span", { class: "annotation-status", role: "status" });
    const undo = make("button", { type: "button", class: "annotation-undo", text: "Undo", hidden: "" });
    const save = async (starred) => {
      try {
        const saved = await call("PUT", path(id), { starred, tags: tagList(tags.value), note: note.value });
        paint(saved);
        status.textContent = "Saved";
        undo.hidden = false;
        window.Lede.reload();
      } catch (error) {
        status.textContent = error.message;
      }
    };
    const paint = (saved) => {
      star.setAttribute("aria-pressed", String(saved.starred));
      star.textContent = saved.starred ? "★ Starred" : "☆ Star";
      tags.value = saved.tags.join(", ");
      note.value = saved.note;
    };
    star.addEventListener("click", () => save(star.getAttribute("aria-pressed") !== "true"));
    undo.addEventListener("click", async () => {
      try {
        const undone = await call("POST", "/api/annotations/undo");
        paint(undone.annotation && undone.annotation.articleId ? undone.annotation : { starred: false, tags: [], note: "" });
        status.textContent = "Undone";
        undo.hidden = true;
        window.Lede.reload();
      } catch (error) {
        status.textContent = error.message;
      }
    });
    const form = make("form", { class: "annotation", "aria-label": "Your annotation" },
      star, " ", tags, " ", note, " ",
      make("button", { type: "submit", class: "annotation-save", text: "Save" }), " ", undo, " ", status);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      save(star.getAttribute("aria-pressed") === "true");
    });
    container.replaceChildren(form);
  }

  window.Lede = window.Lede || {};
  window.Lede.showAnnotation = showAnnotation;
})();

"use strict";
// The two timelines of the search page (publication dates and mentioned dates): bars with a count axis and labels
// that never overlap; a click, a drag or the keyboard narrows the dates, and a short range comes back in weeks, then
// days. Loaded before lede.js, whose state(), navigate(), count() and plural() it calls when a timeline is drawn.

// A bar sets the timeline's range to its period; dragging across bars (or Enter on one bar, then Shift+Enter on
// another) sets it to the periods between them. A shorter range comes back in finer bars: month, week, day. It only
// narrows: a bar's period reaching past the dates already chosen is cut to them (ISO days compare as text).
function setRange(timeline, histogram, a, b) {
  const p = state();
  const [first, last] = [Math.min(a, b), Math.max(a, b)];
  const start = periodBounds(histogram.buckets[first].value, histogram.granularity)[0];
  const end = periodBounds(histogram.buckets[last].value, histogram.granularity)[1];
  const chosenFrom = p.get(timeline.from);
  const chosenTo = p.get(timeline.to);
  p.set(timeline.from, chosenFrom && chosenFrom > start ? chosenFrom : start);
  p.set(timeline.to, chosenTo && chosenTo < end ? chosenTo : end);
  navigate(p);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// A bar's label as a reader says it: 2025, Apr 2025, Apr 7.
function periodLabel(value, granularity) {
  if (granularity === "year") return value;
  const [year, month, day] = value.split("-");
  if (granularity === "month") return `${MONTHS[Number(month) - 1]} ${year}`;
  return `${MONTHS[Number(month) - 1]} ${Number(day)}`;
}

// Zooming out goes one step back: days show their month (in weeks), weeks their year (in months), else all dates.
function zoomOut(timeline, histogram) {
  const p = state();
  const from = p.get(timeline.from) || p.get(timeline.to);
  if (histogram.granularity === "day" && from) {
    const [start, end] = periodBounds(from.slice(0, 7), "month");
    p.set(timeline.from, start); p.set(timeline.to, end);
  } else if (histogram.granularity === "week" && from) {
    const [start, end] = periodBounds(from.slice(0, 4), "year");
    p.set(timeline.from, start); p.set(timeline.to, end);
  } else {
    p.delete(timeline.from); p.delete(timeline.to);
  }
  navigate(p);
}

function timelineHeading(timeline, histogram) {
  const params = state();
  const head = el("div", { class: "timeline-head" }, el("h3", { class: "timeline-label", text: `Dates ${timeline.label}` }));
  if (params.get(timeline.from) || params.get(timeline.to)) {
    head.append(el("button", { type: "button", class: "zoom-out", text: "− Zoom out", onclick: () => zoomOut(timeline, histogram) }),
      el("button", { type: "button", class: "all-dates", text: "All dates",
        onclick: () => { const p = state(); p.delete(timeline.from); p.delete(timeline.to); navigate(p); } }));
  }
  return head;
}

const SVG_NS = "http://www.w3.org/2000/svg";
function svgNode(tag, attributes, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Labels sit under their bar's centre, the first and last pulled inside the chart; only every nth bar gets one, n
// chosen from the widest label, and a label that would still come too close to the one before it is left out.
const LABEL_GAP = 6;
function timelineLabels(buckets, granularity, geometry) {
  const labels = buckets.map((b) => periodLabel(b.value, granularity));
  const widths = labels.map(geometry.textWidth);
  const step = Math.max(1, Math.ceil((Math.max(...widths) + LABEL_GAP) / geometry.barWidth));
  let lastRight = -Infinity;
  return labels.flatMap((label, i) => {
    if (i % step !== 0) return [];
    const centre = geometry.left + (i + 0.5) * geometry.barWidth;
    const start = Math.max(geometry.left, Math.min(centre - widths[i] / 2, geometry.width - widths[i]));
    if (start < lastRight + LABEL_GAP) return [];
    lastRight = start + widths[i];
    const atEnd = start + widths[i] >= geometry.width;
    return [svgNode("text", { x: atEnd ? geometry.width : start, y: geometry.height - 3,
      "text-anchor": atEnd ? "end" : "start", class: "bar-label" }, label)];
  });
}

// The width a label takes in the chart's font (10px, as lede.css sets it), measured rather than guessed.
let labelCanvas = null;
function labelWidth(element) {
  const family = getComputedStyle(element).fontFamily || "sans-serif";
  return (text) => {
    labelCanvas = labelCanvas || document.createElement("canvas").getContext("2d");
    labelCanvas.font = `10px ${family}`;
    return Math.ceil(labelCanvas.measureText(text).width);
  };
}

// The y axis: zero, the tallest bar's count, and a faint line at each.
function timelineAxis(max, geometry) {
  const top = geometry.top, base = geometry.height - geometry.bottom;
  return [
    svgNode("line", { x1: geometry.left, x2: geometry.width, y1: base, y2: base, class: "axis" }),
    svgNode("line", { x1: geometry.left, x2: geometry.width, y1: top, y2: top, class: "grid" }),
    svgNode("text", { x: geometry.left - 4, y: top + 4, "text-anchor": "end", class: "axis-label" }, count(max)),
    svgNode("text", { x: geometry.left - 4, y: base, "text-anchor": "end", class: "axis-label" }, "0"),
  ];
}

// Years an archive mentions reach far back ("the 1812 assassination") while most fall in a few decades; drawn all
// alike, those decades are a sliver at one end. Where the years that hold nineteen mentions in twenty span at most
// half the bars, only they are drawn, and the years before and after are links that narrow to them.
const FOCUS_SHARE = 0.95;
const FOCUS_MIN_BARS = 20;
function focusedYears(histogram) {
  const buckets = histogram.buckets;
  if (histogram.granularity !== "year" || buckets.length < 2 * FOCUS_MIN_BARS) return null;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  let best = null;
  for (let lo = 0, hi = -1, sum = 0; lo < buckets.length; sum -= buckets[lo].count, lo++) {
    while (sum < FOCUS_SHARE * total && hi + 1 < buckets.length) sum += buckets[++hi].count;
    if (sum >= FOCUS_SHARE * total && (!best || hi - lo < best.hi - best.lo)) best = { lo, hi };
  }
  if (!best) return null;
  while (best.hi - best.lo + 1 < FOCUS_MIN_BARS) {
    if (best.lo > 0) best.lo--;
    if (best.hi + 1 < buckets.length && best.hi - best.lo + 1 < FOCUS_MIN_BARS) best.hi++;
  }
  return best.hi - best.lo + 1 <= buckets.length / 2 ? best : null;
}

// "Most mentions: 1970–2012 · earlier: 1812–1969 · later: 2013–2046", each tail a link to its years.
function focusNote(timeline, histogram, focus) {
  const buckets = histogram.buckets;
  const span = (a, b) => a === b ? buckets[a].value : `${buckets[a].value}–${buckets[b].value}`;
  const tail = (label, a, b) => [" · ", el("button", { type: "button", class: "timeline-tail", text: `${label}: ${span(a, b)}`,
    onclick: () => setRange(timeline, histogram, a, b) })];
  return el("p", { class: "timeline-focus" }, `Most ${timeline.label === "mentioned" ? "mentions" : "articles"}: ${span(focus.lo, focus.hi)}`,
    ...(focus.lo > 0 ? tail("earlier", 0, focus.lo - 1) : []),
    ...(focus.hi < buckets.length - 1 ? tail("later", focus.hi + 1, buckets.length - 1) : []));
}

function renderTimeline(timeline, fullHistogram) {
  const focus = focusedYears(fullHistogram);
  const histogram = focus
    ? { ...fullHistogram, buckets: fullHistogram.buckets.slice(focus.lo, focus.hi + 1) }
    : fullHistogram;
  const buckets = histogram.buckets;
  if (!buckets.length) { $(timeline.element).replaceChildren(); return; }
  const width = Math.max(240, Math.round($(timeline.element).clientWidth || 600));
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const left = Math.max(22, count(max).length * 7 + 10);
  const geometry = { width, height: 96, top: 6, bottom: 18, left, barWidth: (width - left) / buckets.length,
    textWidth: labelWidth($(timeline.element)) };
  const plotHeight = geometry.height - geometry.top - geometry.bottom;
  const svg = svgNode("svg", { viewBox: `0 0 ${width} ${geometry.height}`, width, height: geometry.height, role: "group",
    "aria-label": `Articles by date ${timeline.label}, by ${histogram.granularity}; arrow keys move between bars, Enter zooms into a bar's period, Shift+Enter marks the start of a range that Enter on another bar ends` });
  svg.append(...timelineAxis(max, geometry));
  const params = state();
  const [selFrom, selTo] = [params.get(timeline.from), params.get(timeline.to)];
  const rects = [];
  buckets.forEach((bucket, i) => {
    const barHeight = plotHeight * bucket.count / max;
    const rect = svgNode("rect", { x: left + i * geometry.barWidth + 1, y: geometry.top + plotHeight - barHeight,
      width: Math.max(geometry.barWidth - 2, 1), height: barHeight, tabindex: "-1", role: "button",
      "aria-label": `${periodLabel(bucket.value, histogram.granularity)}: ${plural(bucket.count, "article")}` });
    rect.dataset.index = String(i);
    rect.dataset.period = bucket.value;
    const [start, end] = periodBounds(bucket.value, histogram.granularity);
    if ((selFrom || selTo) && histogram.granularity !== "day" && histogram.granularity !== "week"
      && (!selFrom || end >= selFrom) && (!selTo || start <= selTo)) rect.classList.add("in-range");
    rect.append(svgNode("title", {}, `${periodLabel(bucket.value, histogram.granularity)}: ${count(bucket.count)}`));
    rect.addEventListener("click", () => {
      if (drag.handled) return; // the mouse-up of a drag already set the range
      setRange(timeline, histogram, i, i);
    });
    rect.addEventListener("keydown", (event) => {
      const anchor = drag.keyAnchor && drag.keyAnchor.timeline === timeline.key ? drag.keyAnchor.index : null;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        // Shift+Enter marks where a range starts; Enter sets it (or this bar's period alone when nothing is marked).
        if (event.shiftKey && anchor === null) { drag.keyAnchor = { timeline: timeline.key, index: i }; paint(i, i); }
        else { drag.keyAnchor = null; setRange(timeline, histogram, anchor === null ? i : anchor, i); }
      } else if (event.key === "Escape" && anchor !== null) {
        event.preventDefault();
        event.stopPropagation();
        drag.keyAnchor = null;
        paint(-1, -1);
      } else if (["ArrowRight", "ArrowLeft", "Home", "End"].includes(event.key)) {
        event.preventDefault();
        const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: rects.length - 1 }[event.key];
        const next = rects[target];
        if (next) {
          rect.setAttribute("tabindex", "-1"); next.setAttribute("tabindex", "0"); next.focus();
          if (anchor !== null) paint(anchor, target);
        }
      }
    });
    rects.push(rect);
    svg.append(rect);
  });
  svg.append(...timelineLabels(buckets, histogram.granularity, geometry));
  (rects.find((r) => r.classList.contains("in-range")) || rects[0]).setAttribute("tabindex", "0");
  // Dragging: the bar under the pointer is found from its x position, so short and empty bars count too.
  const indexAt = (event) => {
    const box = svg.getBoundingClientRect();
    const x = (event.clientX - box.left) * (width / box.width) - left;
    return Math.min(buckets.length - 1, Math.max(0, Math.floor(x / geometry.barWidth)));
  };
  const paint = (a, b) => rects.forEach((r, i) => r.classList.toggle("selecting", i >= Math.min(a, b) && i <= Math.max(a, b)));
  svg.addEventListener("mousedown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    drag.active = { timeline, histogram, start: indexAt(event), end: indexAt(event), paint, indexAt };
    paint(drag.active.start, drag.active.end);
  });
  svg.addEventListener("mousemove", (event) => {
    if (!drag.active || drag.active.timeline !== timeline) return;
    drag.active.end = indexAt(event);
    paint(drag.active.start, drag.active.end);
  });
  $(timeline.element).replaceChildren(timelineHeading(timeline, histogram), svg,
    ...(focus ? [focusNote(timeline, fullHistogram, focus)] : []));
}

// The drag in progress, if any; mouse-up anywhere on the page ends it.
const drag = { active: null, handled: false, keyAnchor: null };
window.addEventListener("mouseup", (event) => {
  const current = drag.active;
  if (!current) return;
  drag.active = null;
  if (event.target && event.target.closest && event.target.closest("svg") && event.target.closest(".timeline")) {
    current.end = current.indexAt(event);
  }
  drag.handled = true;
  setTimeout(() => { drag.handled = false; }, 0);
  setRange(current.timeline, current.histogram, current.start, current.end);
});

const isoDay = (date) => date.toISOString().slice(0, 10);

// The first and last day of a bar's period.
function periodBounds(period, granularity) {
  if (granularity === "year" || period.length === 4) return [`${period}-01-01`, `${period}-12-31`];
  if (granularity === "day") return [period, period];
  if (granularity === "week") {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return [period, isoDay(end)];
  }
  const [year, month] = period.split("-").map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [`${period}-01`, `${period}-${String(lastDay).padStart(2, "0")}`];
}

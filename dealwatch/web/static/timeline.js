// The timeline's zoom and filters: positions the marks of the server-rendered rows on a time
// axis and hides the rows the filters leave out. No dependencies, no build step. Without this
// script the timeline is still a dated list, and the filter form still works on the server.
(function () {
  "use strict";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY = 86400000;

  function dayToDate(n) { return new Date(n * DAY); }
  function dateToDay(d) { return Math.floor(d.getTime() / DAY); }
  function boundDay(text, last) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec((text || "").trim());
    if (!m) { return null; }
    var y = +m[1], mo = m[2] ? +m[2] - 1 : (last ? 11 : 0);
    var d = m[3] ? +m[3] : (last ? new Date(Date.UTC(y, mo + 1, 0)).getUTCDate() : 1);
    return dateToDay(new Date(Date.UTC(y, mo, d)));
  }

  function ticks(first, last) {
    var span = Math.max(1, last - first), out = [], a = dayToDate(first), b = dayToDate(last);
    var y, m, d, step, i;
    if (span > 730) {
      step = Math.max(1, Math.ceil((b.getUTCFullYear() - a.getUTCFullYear() + 1) / 8));
      for (y = a.getUTCFullYear(); y <= b.getUTCFullYear(); y += step) {
        d = dateToDay(new Date(Date.UTC(y, 0, 1)));
        if (d >= first) { out.push([d, String(y)]); }
      }
    } else if (span > 45) {
      var months = [];
      y = a.getUTCFullYear(); m = a.getUTCMonth();
      while (Date.UTC(y, m, 1) <= b.getTime()) {
        d = dateToDay(new Date(Date.UTC(y, m, 1)));
        if (d >= first) { months.push([d, y, m]); }
        m += 1; if (m === 12) { m = 0; y += 1; }
      }
      step = Math.max(1, Math.ceil(months.length / 8));
      for (i = 0; i < months.length; i += step) {
        out.push([months[i][0], MONTHS[months[i][2]] + (months[i][2] === 0 || i === 0 ? " " + months[i][1] : "")]);
      }
    } else {
      step = Math.max(1, Math.ceil(span / 8));
      for (d = first; d <= last; d += step) {
        var t = dayToDate(d);
        out.push([d, t.getUTCDate() + " " + MONTHS[t.getUTCMonth()]]);
      }
    }
    return out;
  }

  function setup(root) {
    var form = root.querySelector(".tl-controls");
    var axis = root.querySelector(".tl-axis");
    var status = root.querySelector(".tl-status");
    var rows = Array.prototype.slice.call(root.querySelectorAll(".tl-row"));
    var full = [+root.getAttribute("data-start-day"), +root.getAttribute("data-end-day")];
    var complete = root.getAttribute("data-complete") === "true";
    var hasDomain = root.getAttribute("data-start-day") !== "";
    var view = full.slice();

    function filters() {
      var types = [], boxes = form.querySelectorAll("input[name=type]");
      for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { types.push(boxes[i].value); } }
      return {
        types: types,
        actor: form.elements.actor.value,
        outlet: form.elements.outlet.value,
        from: boundDay(form.elements.from.value, false),
        to: boundDay(form.elements.to.value, true)
      };
    }

    function keeps(row, f) {
      if (f.types.indexOf(row.getAttribute("data-type")) < 0) { return false; }
      if (f.actor && row.getAttribute("data-actors").split("\n").indexOf(f.actor) < 0) { return false; }
      if (f.outlet && row.getAttribute("data-outlets").split("\n").indexOf(f.outlet) < 0) { return false; }
      return true;
    }

    function draw() {
      var f = filters(), shown = 0, dated = 0, undated = 0, width = Math.max(1, view[1] - view[0]);
      rows.forEach(function (row) {
        var ok = keeps(row, f), start = row.getAttribute("data-start-day");
        row.classList.toggle("is-hidden", !ok);
        if (start === null) { if (ok) { undated += 1; } return; }
        var s = +start, e = +row.getAttribute("data-end-day") + 1;
        var out = e <= view[0] || s > view[1];
        row.classList.toggle("out-of-range", ok && out);
        if (ok) { dated += 1; if (!out) { shown += 1; } }
        var mark = row.querySelector(".tl-mark");
        var left = (Math.max(s, view[0]) - view[0]) / width * 100;
        var right = (Math.min(e, view[1]) - view[0]) / width * 100;
        if (mark.classList.contains("tl-dot")) {
          mark.style.left = ((s + 0.5 - view[0]) / width * 100) + "%";
        } else {
          mark.style.left = left + "%";
          mark.style.width = Math.max(0, right - left) + "%";
        }
      });
      axis.textContent = "";
      var marks = ticks(view[0], view[1]);
      // one gradient of thin lines at the ticks, shared by every track (no element per line)
      var stops = marks.map(function (t) {
        var x = ((t[0] - view[0]) / width * 100).toFixed(3) + "%";
        return "transparent calc(" + x + " - 1px), #e3e8ee calc(" + x + " - 1px), #e3e8ee " + x +
          ", transparent " + x;
      });
      root.style.setProperty("--tl-grid", stops.length ? "linear-gradient(to right, " + stops.join(", ") + ")" : "none");
      marks.forEach(function (t) {
        var span = document.createElement("span");
        span.className = "tl-tick";
        span.style.left = ((t[0] - view[0]) / width * 100) + "%";
        span.textContent = t[1];
        axis.appendChild(span);
      });
      status.textContent = shown + " of " + dated + " dated event" + (dated === 1 ? "" : "s") +
        " in view, " + fmt(view[0]) + " to " + fmt(view[1]) + "; " + undated + " undated.";
    }

    function fmt(n) { var d = dayToDate(n); return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }

    // Zooming in centres on the middle event in view, so that it never lands on an empty stretch.
    function focus() {
      var f = filters(), days = [];
      rows.forEach(function (row) {
        var start = row.getAttribute("data-start-day");
        if (start === null || !keeps(row, f)) { return; }
        var s = +start, e = +row.getAttribute("data-end-day");
        if (e >= view[0] && s <= view[1]) { days.push((s + e) / 2); }
      });
      days.sort(function (a, b) { return a - b; });
      return days.length ? days[Math.floor(days.length / 2)] : (view[0] + view[1]) / 2;
    }

    function zoom(kind) {
      var mid = kind === "in" ? focus() : (view[0] + view[1]) / 2;
      var half = (view[1] - view[0]) / 2, shift = (view[1] - view[0]) / 3;
      if (kind === "in") { half = Math.max(7, half / 2); view = [Math.round(mid - half), Math.round(mid + half)]; }
      else if (kind === "out") { half = half * 2; view = [Math.round(mid - half), Math.round(mid + half)]; }
      else if (kind === "left") { view = [Math.round(view[0] - shift), Math.round(view[1] - shift)]; }
      else if (kind === "right") { view = [Math.round(view[0] + shift), Math.round(view[1] + shift)]; }
      else { view = full.slice(); }
      draw();
    }

    function rangeView() {
      var f = filters();
      view = [f.from !== null ? f.from : full[0], f.to !== null ? f.to : full[1]];
      if (view[1] <= view[0]) { view = full.slice(); }
    }

    form.addEventListener("change", function (ev) {
      if (!complete) { form.submit(); return; }
      if (ev.target.name === "from" || ev.target.name === "to") { rangeView(); }
      draw();
    });
    form.addEventListener("submit", function (ev) {
      if (!complete) { return; }  // the server filters what it did not send
      ev.preventDefault();
      rangeView();
      draw();
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-zoom]"), function (button) {
      button.addEventListener("click", function () { zoom(button.getAttribute("data-zoom")); });
    });
    if (hasDomain) {
      rangeView();
      root.classList.add("tl-ready");
      draw();
    } else {
      axis.hidden = true;
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".timeline"), setup);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

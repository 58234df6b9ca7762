// The timeline's zoom and filters: positions the marks of the server-rendered rows on a time
// axis and hides the rows the filters leave out. No dependencies, no build step. Without this
// script the timeline is still a dated list, and the filter form still works on the server.
(function () {
  "use strict";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY = 86400000;

  function dayToDate(n) { return new Date(n * DAY); }
  function dateToDay(d) { return Math.floor(d.getTime() / DAY); }
  function isoDay(n) { return dayToDate(n).toISOString().slice(0, 10); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // The date forms bounds.py reads, with its messages: YYYY, YYYY-MM, YYYY-MM-DD, and the
  // unambiguous human forms (Nov 2023, 2023/11, 11/2023, 13 March 2024, March 13, 2024).
  var EXPECTED = "expected YYYY, YYYY-MM or YYYY-MM-DD (or e.g. Nov 2023)";
  var NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"];
  var MONTH = "([A-Za-z]{3,9})\\.?";
  var FORMS = [
    [/^(\d{4})(?:[-\/](\d{1,2})(?:[-\/](\d{1,2}))?)?$/, "ymd"],
    [/^(\d{1,2})\/(\d{4})$/, "my"],
    [new RegExp("^" + MONTH + ",?\\s+(\\d{4})$"), "ny"],
    [new RegExp("^(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})$"), "dny"],
    [new RegExp("^" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})$"), "ndy"]
  ];
  function monthOf(name) {
    var n = name.toLowerCase();
    if (n === "sept") { return 9; }
    for (var i = 0; i < 12; i++) { if (NAMES[i] === n || NAMES[i].slice(0, 3) === n) { return i + 1; } }
    return null;
  }
  function covered(p) {
    var y = +p.y, m = p.n !== undefined ? monthOf(p.n) : (p.m ? +p.m : null), d = p.d ? +p.d : null;
    if (m === null && p.n !== undefined) { return null; }
    if (y < 1000 || (m !== null && (m < 1 || m > 12))) { return null; }
    if (m === null) {
      return { first: dateToDay(new Date(Date.UTC(y, 0, 1))), last: dateToDay(new Date(Date.UTC(y, 11, 31))), text: String(y) };
    }
    var days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d === null) {
      return { first: dateToDay(new Date(Date.UTC(y, m - 1, 1))), last: dateToDay(new Date(Date.UTC(y, m - 1, days))), text: y + "-" + pad(m) };
    }
    if (d < 1 || d > days) { return null; }
    var one = dateToDay(new Date(Date.UTC(y, m - 1, d)));
    return { first: one, last: one, text: y + "-" + pad(m) + "-" + pad(d) };
  }
  // {first, last, text} of a typed date, or null when it cannot be read
  function readDate(text) {
    var value = (text || "").split(/\s+/).filter(Boolean).join(" ");
    for (var i = 0; i < FORMS.length; i++) {
      var match = FORMS[i][0].exec(value);
      if (!match) { continue; }
      var parts = {}, keys = FORMS[i][1];
      for (var k = 0; k < keys.length; k++) { parts[keys[k]] = match[k + 1]; }
      var found = covered(parts);
      if (found) { return found; }
    }
    return null;
  }
  function readView(text) {
    var ends = (text || "").split("..");
    if (ends.length !== 2) { return null; }
    var a = readDate(ends[0]), b = readDate(ends[1]);
    return a && b && b.last >= a.first ? [a.first, b.last] : null;
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
    var alert = root.querySelector(".tl-errors");
    var rows = Array.prototype.slice.call(root.querySelectorAll(".tl-row"));
    var full = [+root.getAttribute("data-start-day"), +root.getAttribute("data-end-day")];
    var complete = root.getAttribute("data-complete") === "true";
    var hasDomain = root.getAttribute("data-start-day") !== "";
    var inHash = root.getAttribute("data-state") === "hash";  // the report: a file, no server
    var view = full.slice(), zoomed = false;

    function filters() {
      var types = [], all = true, boxes = form.querySelectorAll("input[name=type]");
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].checked) { types.push(boxes[i].value); } else { all = false; }
      }
      var f = { types: types, allTypes: all, actor: form.elements.actor.value,
                outlet: form.elements.outlet.value, errors: [] };
      ["from", "to"].forEach(function (name) {
        var text = form.elements[name].value.trim(), read = text ? readDate(text) : null;
        f[name] = read ? (name === "from" ? read.first : read.last) : null;
        f[name + "Text"] = read ? read.text : "";
        var input = form.elements[name];
        if (text && !read) {
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", "tl-errors");
        } else {
          input.removeAttribute("aria-invalid");
          input.removeAttribute("aria-describedby");
        }
        if (text && !read) { f.errors.push(name + ": \u201c" + text + "\u201d could not be read; " + EXPECTED + "."); }
      });
      return f;
    }

    // The state as the query string the server reads (timeline_query.py): the readable values
    // only, so that the address and the pictures never carry what the page could not apply.
    function query(f) {
      var parts = [], deal = form.elements.deal;
      function add(key, value) { if (value) { parts.push(key + "=" + encodeURIComponent(value)); } }
      add("deal", deal ? deal.value : "");
      if (!f.allTypes) { f.types.forEach(function (t) { add("type", t); }); }
      add("actor", f.actor); add("outlet", f.outlet); add("from", f.fromText); add("to", f.toText);
      if (zoomed) { add("view", isoDay(view[0]) + ".." + isoDay(view[1])); }
      return parts.length ? "?" + parts.join("&") : "";
    }

    function showErrors(errors) {
      if (!alert) { return; }
      alert.textContent = "";
      alert.hidden = !errors.length;
      if (!errors.length) { return; }
      var intro = document.createElement("p"), list = document.createElement("ul");
      intro.textContent = "These filter values could not be read, and do not filter the timeline:";
      errors.forEach(function (text) {
        var li = document.createElement("li");
        li.textContent = text;
        list.appendChild(li);
      });
      alert.appendChild(intro);
      alert.appendChild(list);
    }

    // Every change is written into the address (replaceState: no new history entry) and into
    // the picture links, so that a copied address or a download shows this very view.
    function remember() {
      var f = filters(), q = query(f);
      showErrors(f.errors);
      try {
        if (inHash) {
          history.replaceState(null, "", "#timeline" + q);
        } else {
          history.replaceState(null, "", location.pathname + q + location.hash);
        }
      } catch (e) { /* an address that cannot be changed (some file: pages) keeps working */ }
      Array.prototype.forEach.call(document.querySelectorAll("a[data-picture]"), function (a) {
        a.setAttribute("href", a.getAttribute("data-picture") + q);
      });
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
      zoomed = true;
      if (kind === "in") { half = Math.max(7, half / 2); view = [Math.round(mid - half), Math.round(mid + half)]; }
      else if (kind === "out") { half = half * 2; view = [Math.round(mid - half), Math.round(mid + half)]; }
      else if (kind === "left") { view = [Math.round(view[0] - shift), Math.round(view[1] - shift)]; }
      else if (kind === "right") { view = [Math.round(view[0] + shift), Math.round(view[1] + shift)]; }
      else {  // everything: recorded as a view when a range (from, to) would narrow it
        var f = filters();
        view = full.slice();
        zoomed = f.from !== null || f.to !== null;
      }
      draw();
      remember();
    }

    function rangeView() {
      var f = filters();
      view = [f.from !== null ? f.from : full[0], f.to !== null ? f.to : full[1]];
      zoomed = false;
      if (view[1] <= view[0]) { view = full.slice(); }
    }

    // The report keeps its state in the address's hash (#timeline?type=release&view=...).
    function fromHash() {
      var hash = location.hash, at = hash.indexOf("?");
      if (!inHash || hash.indexOf("#timeline?") !== 0) { return false; }
      var params = {}, boxes = form.querySelectorAll("input[name=type]");
      hash.slice(at + 1).split("&").forEach(function (pair) {
        var kv = pair.split("="), key = decodeURIComponent(kv[0]);
        var value = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
        (params[key] = params[key] || []).push(value);
      });
      for (var i = 0; i < boxes.length; i++) {
        boxes[i].checked = !params.type || params.type.indexOf(boxes[i].value) >= 0;
      }
      ["actor", "outlet", "from", "to"].forEach(function (name) {
        if (params[name]) { form.elements[name].value = params[name][0]; }
      });
      rangeView();
      var wanted = params.view ? readView(params.view[0]) : null;
      if (wanted) { view = wanted; zoomed = true; }
      root.scrollIntoView();  // no element has this hash for an id: go to the timeline
      return true;
    }

    function changed(ev) {
      if (ev && (ev.target.name === "from" || ev.target.name === "to")) { rangeView(); }
      if (!complete) {  // the server filters what it did not send (a filtered or long page)
        var f = filters();
        if (!f.errors.length) { location.assign(location.pathname + query(f)); return; }
      }
      draw();
      remember();
    }

    form.addEventListener("change", changed);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      rangeView();
      changed(null);
    });
    Array.prototype.forEach.call(root.querySelectorAll("[data-zoom]"), function (button) {
      button.addEventListener("click", function () { zoom(button.getAttribute("data-zoom")); });
    });
    if (hasDomain) {
      var given = [root.getAttribute("data-view-start"), root.getAttribute("data-view-end")];
      if (!fromHash()) {
        rangeView();
        if (given[0] !== "" && given[1] !== "" && +given[1] >= +given[0]) {
          view = [+given[0], +given[1]];
          zoomed = true;
        }
      }
      root.classList.add("tl-ready");
      draw();
      if (inHash && location.hash.indexOf("#timeline?") === 0) { remember(); }
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

// crosscheck HTML report: filters kept in the URL fragment, and the card
// that shows a claim's sentence on hover or focus. The page is complete
// without this script; it only adds interaction.
(function () {
  "use strict";
  var facts = Array.prototype.slice.call(document.querySelectorAll("section.fact"));
  var form = document.getElementById("filters");
  var source = document.getElementById("source");
  var q = document.getElementById("q");
  var shown = document.getElementById("shown");
  var empty = document.getElementById("empty");
  var segButtons = Array.prototype.slice.call(form.querySelectorAll(".seg button"));
  var tiles = Array.prototype.slice.call(document.querySelectorAll("button.tile"));
  var state = { status: "", source: "", q: "" };
  form.hidden = false;

  // A fragment with "=" is filter state; a bare one (#f3) is an anchor
  // and leaves the filters alone.
  function readHash() {
    var h = location.hash.replace(/^#/, "");
    if (h !== "" && h.indexOf("=") < 0) return;
    var p = new URLSearchParams(h);
    state.status = p.get("status") || "";
    state.source = p.get("source") || "";
    state.q = p.get("q") || "";
    apply();
  }

  function writeHash() {
    var p = new URLSearchParams();
    if (state.status) p.set("status", state.status);
    if (state.source) p.set("source", state.source);
    if (state.q) p.set("q", state.q);
    var h = p.toString();
    var url = location.href.replace(/#.*$/, "") + (h ? "#" + h : "");
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      location.hash = h;
    }
    apply();
  }

  function apply() {
    segButtons.concat(tiles).forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.status === state.status && (b.dataset.status !== "" || !b.classList.contains("tile"))));
    });
    if (source.value !== state.source) {
      source.value = state.source;
      if (source.value !== state.source) source.value = "";
    }
    if (q.value !== state.q) q.value = state.q;
    var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var n = 0;
    facts.forEach(function (f) {
      var ok = !state.status || f.dataset.status === state.status;
      if (ok && state.source) ok = JSON.parse(f.dataset.sources || "[]").indexOf(state.source) >= 0;
      if (ok && words.length) {
        var hay = (f.dataset.fact + " " + f.dataset.title).toLowerCase();
        ok = words.every(function (w) { return hay.indexOf(w) >= 0; });
      }
      f.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n === facts.length ? "Showing all " + n + " facts." : "Showing " + n + " of " + facts.length + " facts.";
    empty.hidden = n > 0;
  }

  segButtons.concat(tiles).forEach(function (b) {
    b.addEventListener("click", function () {
      state.status = b.classList.contains("tile") && state.status === b.dataset.status ? "" : b.dataset.status;
      writeHash();
    });
  });
  source.addEventListener("change", function () { state.source = source.value; writeHash(); });
  q.addEventListener("input", function () { state.q = q.value.trim(); writeHash(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  document.getElementById("clear").addEventListener("click", function () {
    state = { status: "", source: "", q: "" };
    writeHash();
  });
  window.addEventListener("hashchange", readHash);
  readHash();
  apply();

  // Cards: one floating box, filled from the claim's hidden card.
  var tip = document.getElementById("tip");
  var active = null;
  function show(g) {
    var card = document.getElementById(g.id + "-card");
    if (!card) return;
    if (active) active.classList.remove("active");
    active = g;
    g.classList.add("active");
    tip.innerHTML = card.innerHTML;
    tip.hidden = false;
    var r = g.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(8, r.left + window.scrollX + r.width / 2 - w / 2), document.documentElement.clientWidth + window.scrollX - w - 8);
    var top = r.bottom + window.scrollY + 8;
    if (r.bottom + h + 16 > window.innerHeight && r.top - h - 8 > 0) top = r.top + window.scrollY - h - 8;
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hide() {
    if (active) active.classList.remove("active");
    active = null;
    tip.hidden = true;
  }
  document.querySelectorAll("g.claim[id]").forEach(function (g) {
    g.addEventListener("mouseenter", function () { show(g); });
    g.addEventListener("mouseleave", function () { if (document.activeElement !== g) hide(); });
    g.addEventListener("focus", function () { show(g); });
    g.addEventListener("blur", hide);
    g.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { hide(); return; }
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight" && e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
      var all = Array.prototype.slice.call(g.ownerSVGElement.querySelectorAll("g.claim[id]"));
      var i = all.indexOf(g) + (e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 1);
      if (i >= 0 && i < all.length) { all[i].focus(); e.preventDefault(); }
    });
  });

  // Print everything: every fact and every pair, whatever the filters.
  window.addEventListener("beforeprint", function () {
    hide();
    document.querySelectorAll("details").forEach(function (d) { d.dataset.wasOpen = String(d.open); d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = d.dataset.wasOpen === "true"; });
  });
})();

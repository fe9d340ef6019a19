// quoteverify report filters: by status and by speaker, kept in the address
// (#status=altered,partial&speaker=Mark%20Rutte) so a filtered view can be linked to.
// Reads document text only through dataset and value, and writes only textContent.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=status]"));
  var speaker = document.getElementById("speaker-filter");
  var shown = document.getElementById("shown-count");
  var items = Array.prototype.slice.call(document.querySelectorAll(".filterable"));
  var quotes = items.filter(function (el) { return el.tagName === "ARTICLE"; });
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.document"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#speaker-table tbody"));

  function keep(el, statuses, who) {
    var mine = (el.getAttribute("data-status") || "").split(" ");
    var ok = mine.some(function (s) { return statuses.indexOf(s) >= 0; });
    return ok && (who === "" || el.getAttribute("data-speaker") === who);
  }

  function apply() {
    var statuses = boxes.filter(function (b) { return b.checked; })
      .map(function (b) { return b.value; });
    var who = speaker.value;
    items.forEach(function (el) {
      el.classList.toggle("filtered-out", !keep(el, statuses, who));
    });
    sections.forEach(function (section) {
      var left = section.querySelectorAll("article.quote:not(.filtered-out)").length;
      var all = section.querySelectorAll("article.quote").length;
      section.classList.toggle("filtered-out", all > 0 && left === 0);
    });
    groups.forEach(function (group) {
      group.classList.toggle("filtered-out",
        group.querySelectorAll("tr:not(.filtered-out)").length === 0);
    });
    var visible = quotes.filter(function (el) {
      return !el.classList.contains("filtered-out");
    }).length;
    shown.textContent = "Showing " + visible + " of " + quotes.length + " quotes.";
  }

  function save() {
    var params = [];
    var statuses = boxes.filter(function (b) { return b.checked; })
      .map(function (b) { return b.value; });
    if (statuses.length !== boxes.length) {
      params.push("status=" + statuses.join(","));
    }
    if (speaker.value !== "") {
      params.push("speaker=" + encodeURIComponent(speaker.value));
    }
    var address = params.length ? "#" + params.join("&") : location.pathname + location.search;
    try {
      history.replaceState(null, "", address);
    } catch (error) {
      // Some browsers refuse to rewrite the address of a file opened from disk: filters
      // still work, they just cannot be linked to.
    }
  }

  function load() {
    var hash = location.hash.slice(1);
    if (hash.indexOf("=") < 0) {
      // An anchor (#q-3): make sure the quote it names is not filtered out.
      var target = reveal(hash);
      if (target) { target.scrollIntoView(); }
      return;
    }
    var statuses = null;
    var who = "";
    hash.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      var key = pair.slice(0, at);
      var value;
      try {
        value = decodeURIComponent(pair.slice(at + 1));
      } catch (error) {
        return;  // a malformed part of an address is ignored, the rest still applies
      }
      if (key === "status") { statuses = value.split(","); }
      if (key === "speaker") { who = value; }
    });
    boxes.forEach(function (b) { b.checked = statuses === null || statuses.indexOf(b.value) >= 0; });
    var known = Array.prototype.some.call(speaker.options, function (o) { return o.value === who; });
    speaker.value = known ? who : "";
    apply();
  }

  // The quote an anchor names, if it was filtered out: every quote is shown again.
  function reveal(id) {
    var target = id ? document.getElementById(id) : null;
    if (!target || !target.classList.contains("filtered-out")) { return null; }
    showAll();
    return target;
  }

  function showAll() {
    boxes.forEach(function (b) { b.checked = true; });
    speaker.value = "";
    apply();
  }

  function reset() {
    showAll();
    save();
  }

  form.addEventListener("change", function () { apply(); save(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("reset-filters").addEventListener("click", reset);
  window.addEventListener("hashchange", load);
  // Links within the page take effect as they are clicked, not when the hashchange comes:
  // a link to a filtered view applies it, and a link to a quote that is filtered out shows
  // every quote first, so that the quote is there to scroll to.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) { return; }
    var href = link.getAttribute("href");
    if (href.indexOf("=") >= 0) {
      try {
        history.pushState(null, "", href);
      } catch (error) {
        return;  // (the address cannot be rewritten: the hashchange will apply the view)
      }
      event.preventDefault();
      load();
      return;
    }
    reveal(href.slice(1));
  });
  // The filter bar stays at the top of the window: whatever a link scrolls to must land
  // below it, not under it.
  function makeRoom() {
    document.documentElement.style.scrollPaddingTop = (form.offsetHeight + 16) + "px";
  }

  form.hidden = false;
  makeRoom();
  window.addEventListener("resize", makeRoom);
  apply();
  load();
}());

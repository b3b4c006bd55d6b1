/* geokg explorer: type-ahead over /entities?q= and small page helpers. No inline script
   anywhere (the pages run under a strict CSP); every text is set with textContent. */
(function () {
  "use strict";

  function pageOf(item) {
    var base = "https://w3id.org/geokg/id/";
    var local = item.id.indexOf(base) === 0 ? item.id.slice(base.length) : item.id;
    var path = encodeURI(local).replace(/#/g, "%23").replace(/\?/g, "%3F");
    return (local.indexOf("event/") === 0 ? "/ui/event/" : "/ui/entity/") + path;
  }

  function typeahead(input) {
    var wrap = document.createElement("div");
    wrap.className = "ta";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var list = document.createElement("ul");
    list.className = "ta-list";
    list.hidden = true;
    list.setAttribute("role", "listbox");
    wrap.appendChild(list);
    var target = input.dataset.target ? document.getElementById(input.dataset.target) : null;
    var kind = input.dataset.kind || "";
    var items = [], active = -1, timer = null, seq = 0;

    function close() { list.hidden = true; active = -1; }
    function choose(item) {
      if (target) {
        var base = "https://w3id.org/geokg/id/";
        target.value = item.id.indexOf(base) === 0 ? item.id.slice(base.length) : item.id;
        input.value = item.label || item.id;
        close();
      } else {
        window.location.href = pageOf(item);
      }
    }
    function paint() {
      list.textContent = "";
      items.forEach(function (item, n) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        if (n === active) li.className = "on";
        var name = document.createElement("span");
        name.className = "ta-name";
        name.textContent = item.label || item.id;
        var type = document.createElement("span");
        type.className = "tag t-" + (item.type || "other");
        type.textContent = (item.type || item.kind || "").replace(/_/g, " ");
        li.appendChild(name);
        li.appendChild(type);
        if (item.matched && item.matched !== item.label) {
          var m = document.createElement("span");
          m.className = "muted";
          m.textContent = " “" + item.matched + "”";
          li.appendChild(m);
        }
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(item); });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }
    function lookup() {
      var q = input.value.trim();
      if (target) target.value = "";
      if (q.length < 1) { items = []; paint(); return; }
      var mine = ++seq;
      var url = "/entities?limit=8&q=" + encodeURIComponent(q) + (kind ? "&type=" + encodeURIComponent(kind) : "");
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { items: [] }; })
        .then(function (body) {
          if (mine !== seq) return;
          items = body.items || [];
          active = items.length ? 0 : -1;
          paint();
        })
        .catch(function () { items = []; paint(); });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden) return;
      if (ev.key === "ArrowDown") { active = Math.min(items.length - 1, active + 1); paint(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { active = Math.max(0, active - 1); paint(); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); choose(items[active]); }
      else if (ev.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("input[data-typeahead]").forEach(typeahead);

  // article page: show or hide one kind of highlight
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      var text = document.getElementById("article-text");
      if (text) text.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
    });
  });

  // a link to a place in an article: bring it into view
  if (location.hash && document.getElementById("article-text")) {
    var el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el) el.scrollIntoView({ block: "center" });
  }
})();

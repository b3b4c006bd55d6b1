/* geokg explorer: graphs drawn with the vendored cytoscape (no CDN). The neighbourhood of
   an actor is fetched from /entities/{id}/neighbors (bounded: at most N nodes, edges
   merged per pair); the paths graph reads the page's JSON data block. */
(function () {
  "use strict";
  var BASE = "https://w3id.org/geokg/id/";

  function pageOf(id) {
    var local = id.indexOf(BASE) === 0 ? id.slice(BASE.length) : id;
    if (local.indexOf("event/") === 0) return "/ui/event/" + encodeURI(local);
    if (local.indexOf("actor/") === 0 || local.indexOf("place/") === 0) return "/ui/entity/" + encodeURI(local);
    return null;
  }
  function short(label) {
    label = label || "";
    return label.length > 28 ? label.slice(0, 26) + "…" : label;
  }
  function pred(iri) {
    var s = String(iri || "");
    return s.slice(Math.max(s.lastIndexOf("#"), s.lastIndexOf("/")) + 1);
  }

  var STYLE = [
    { selector: "node", style: {
      "label": "data(label)", "font-size": 10, "color": "#1f2933", "text-valign": "bottom",
      "text-margin-y": 3, "width": 14, "height": 14, "background-color": "#7b8794",
      "text-wrap": "ellipsis", "text-max-width": 140, "font-family": "system-ui, sans-serif" } },
    { selector: "node[kind = 'actor']", style: { "background-color": "#2f6fbf" } },
    { selector: "node[kind = 'event']", style: { "background-color": "#c9541e", "shape": "round-diamond" } },
    { selector: "node[kind = 'place']", style: { "background-color": "#3b8a5a", "shape": "round-triangle" } },
    { selector: "node[end = 'center'], node[end = 'source'], node[end = 'target']", style: {
      "width": 22, "height": 22, "border-width": 3, "border-color": "#111", "font-weight": "bold", "font-size": 11 } },
    { selector: "edge", style: {
      "width": 1.4, "line-color": "#b5bdc6", "curve-style": "bezier", "label": "data(label)",
      "font-size": 8, "color": "#52606d", "text-rotation": "autorotate",
      "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
      "target-arrow-shape": "triangle", "target-arrow-color": "#b5bdc6", "arrow-scale": 0.7 } },
    { selector: "edge.quiet", style: { "label": "" } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#f0b429" } }
  ];

  function draw(container, elements, layout) {
    if (typeof cytoscape !== "function") return null;
    var cy = cytoscape({
      container: container, elements: elements, style: STYLE,
      layout: layout, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3
    });
    cy.on("tap", "node", function (ev) {
      var url = ev.target.data("url");
      if (url) window.location.href = url;
    });
    return cy;
  }

  // an actor's neighbourhood
  var hood = document.getElementById("neighbours");
  if (hood) {
    fetch(hood.dataset.neighbours, { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (body) {
        var center = body.center.id;
        var els = [{ data: { id: center, label: short(body.center.label), kind: body.center.kind, end: "center", url: pageOf(center) } }];
        var KIND = { actor: 0, place: 1, event: 2 };
        body.nodes.slice().sort(function (a, b) { return (KIND[a.kind] || 3) - (KIND[b.kind] || 3); }).forEach(function (n) {
          els.push({ data: { id: n.id, label: short(n.label || n.id), kind: n.kind, url: pageOf(n.id) } });
        });
        var pairs = {};
        body.edges.forEach(function (e) {
          var key = e.source + "\u0000" + e.target;
          if (!pairs[key]) pairs[key] = { source: e.source, target: e.target, preds: {} };
          pairs[key].preds[pred(e.predicate)] = true;
        });
        var n = 0;
        Object.keys(pairs).forEach(function (k) {
          var p = pairs[k];
          els.push({ data: { id: "e" + (n++), source: p.source, target: p.target, label: Object.keys(p.preds).join(", ") } });
        });
        var note = document.getElementById("neighbours-note");
        if (note) {
          note.textContent = body.nodes.length + " neighbour" + (body.nodes.length === 1 ? "" : "s") +
            (body.truncated ? " shown (more exist: the graph is cut to stay readable)" : "");
        }
        var cy = draw(hood, els, { name: "concentric", concentric: function (node) { return node.data("end") === "center" ? 2 : 1; }, levelWidth: function () { return 1; }, minNodeSpacing: 10, animate: false, padding: 10 });
        if (cy) {
          // a star: labels point outwards, left of the centre to the left
          var c = cy.getElementById(center).position();
          cy.nodes().forEach(function (node) {
            if (node.id() === center) return;
            var left = node.position().x < c.x - 1;
            node.style({ "text-valign": "center", "text-halign": left ? "left" : "right", "text-margin-x": left ? -5 : 5, "text-margin-y": 0 });
          });
          cy.fit(undefined, 10);
          if (n > 14) {
            // many edges: predicates on hover only, so the picture stays readable
            cy.edges().addClass("quiet");
            cy.on("mouseover", "node", function (ev) { ev.target.connectedEdges().removeClass("quiet"); });
            cy.on("mouseout", "node", function (ev) { ev.target.connectedEdges().addClass("quiet"); });
          }
        }
      })
      .catch(function (err) {
        var note = document.getElementById("neighbours-note");
        if (note) note.textContent = "The neighbourhood could not be loaded (" + err.message + ").";
      });
  }

  // paths between two nodes
  var pathsEl = document.getElementById("paths-graph");
  var data = document.getElementById("paths-data");
  if (pathsEl && data) {
    var g = JSON.parse(data.textContent);
    var els = g.nodes.map(function (n) {
      return { data: { id: n.id, label: short(n.label), kind: n.kind, url: n.url, end: n.end } };
    });
    g.edges.forEach(function (e, i) {
      els.push({ data: { id: "p" + i, source: e.source, target: e.target, label: e.label } });
    });
    draw(pathsEl, els, { name: "breadthfirst", directed: false, roots: g.nodes.filter(function (n) { return n.end === "source"; }).map(function (n) { return n.id; }), spacingFactor: 1.1, animate: false });
  }
})();

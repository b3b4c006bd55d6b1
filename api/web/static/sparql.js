/* geokg explorer: a small SPARQL editor (highlighting overlay on a textarea), the
   competency questions of ontology/cq/ as examples, and results from /sparql, where the
   service's time limit, row cap and refusals apply; their problem+json is shown as is. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("sparql-data").textContent);
  var ta = document.getElementById("query");
  var hl = document.getElementById("editor-hl");
  var BASE = "https://w3id.org/geokg/id/";
  var KEYWORDS = /^(SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FROM|NAMED|PREFIX|BASE|OPTIONAL|FILTER|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|AS|DISTINCT|REDUCED|ORDER|BY|ASC|DESC|LIMIT|OFFSET|GROUP|HAVING|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|NOT|EXISTS|IN|LATERAL|STR|LANG|DATATYPE|BOUND|IF|COALESCE|REGEX|CONTAINS|STRSTARTS|LCASE|UCASE|YEAR|INSERT|DELETE|DATA|LOAD|CLEAR|DROP|CREATE|WITH|USING|SILENT|a|true|false)$/i;
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z_][\w]*)|([A-Za-z][\w.-]*)?(:[\w.-]*)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_]+)/g;

  function paint() {
    var text = ta.value;
    hl.textContent = "";
    var last = 0, m;
    TOKEN.lastIndex = 0;
    function add(cls, s) {
      if (!s) return;
      if (!cls) { hl.appendChild(document.createTextNode(s)); return; }
      var span = document.createElement("span");
      span.className = cls;
      span.textContent = s;
      hl.appendChild(span);
    }
    while ((m = TOKEN.exec(text)) !== null) {
      if (m[0] === "") { TOKEN.lastIndex++; continue; }
      add(null, text.slice(last, m.index));
      if (m[1]) add("tk-comment", m[1]);
      else if (m[2]) add("tk-string", m[2]);
      else if (m[3]) add("tk-iri", m[3]);
      else if (m[4]) add("tk-var", m[4]);
      else if (m[6] !== undefined) { add("tk-prefix", (m[5] || "") + ":"); add("tk-local", m[6].slice(1)); }
      else if (m[7]) add("tk-number", m[7]);
      else if (m[8]) add(KEYWORDS.test(m[8]) ? "tk-keyword" : null, m[8]);
      last = m.index + m[0].length;
    }
    add(null, text.slice(last) + "\n");
    sync();
  }
  function sync() {
    hl.parentNode.scrollTop = ta.scrollTop;
    hl.parentNode.scrollLeft = ta.scrollLeft;
  }
  ta.addEventListener("input", paint);
  ta.addEventListener("scroll", sync);
  ta.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); }
    else if (ev.key === "Tab") {
      ev.preventDefault();
      var s = ta.selectionStart;
      ta.setRangeText("  ", s, ta.selectionEnd, "end");
      paint();
    }
  });

  function withPrefixes(q) {
    var declared = {};
    q.replace(/PREFIX\s+([\w-]*):/gi, function (_, p) { declared[p] = true; return _; });
    var head = "";
    Object.keys(data.prefixes).forEach(function (p) {
      var used = new RegExp("(^|[\\s(/^|,;.!])" + p + ":").test(q.replace(/<[^>]*>|"[^"\n]*"|#[^\n]*/g, " "));
      if (used && !declared[p]) head += "PREFIX " + p + ": <" + data.prefixes[p] + ">\n";
    });
    return head + q;
  }
  document.getElementById("add-prefixes").addEventListener("click", function () {
    ta.value = withPrefixes(ta.value);
    paint();
  });
  var ex = document.getElementById("examples");
  ex.addEventListener("change", function () {
    if (ex.value === "") return;
    ta.value = data.examples[Number(ex.value)].query;
    paint();
  });

  var status = document.getElementById("status");
  var results = document.getElementById("results");
  var problem = document.getElementById("problem");
  var downloads = document.getElementById("downloads");
  var urls = [];

  function pageOf(iri) {
    if (iri.indexOf(BASE) !== 0) return null;
    var local = iri.slice(BASE.length);
    if (local.indexOf("event/") === 0) return "/ui/event/" + encodeURI(local);
    if (local.indexOf("actor/") === 0 || local.indexOf("place/") === 0) return "/ui/entity/" + encodeURI(local);
    return null;
  }
  // an IRI as the reader knows it: id/... for the graph's nodes, prefix:local for the rest
  function compact(iri) {
    if (iri.indexOf(BASE) === 0) return iri.slice(BASE.length);
    var best = null;
    Object.keys(data.prefixes).forEach(function (p) {
      var ns = data.prefixes[p];
      if (iri.indexOf(ns) === 0 && (!best || ns.length > data.prefixes[best].length)) best = p;
    });
    return best ? best + ":" + iri.slice(data.prefixes[best].length) : iri;
  }
  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      var url = pageOf(term.value);
      var el = document.createElement(url ? "a" : "span");
      if (url) el.href = url;
      el.className = "mono";
      el.textContent = compact(term.value);
      el.title = term.value;
      td.appendChild(el);
    } else {
      td.textContent = term.value;
      if (term.datatype || term["xml:lang"]) {
        td.title = term.datatype || ("@" + term["xml:lang"]);
      }
    }
    return td;
  }
  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    urls.push(url);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.className = "button secondary";
    a.textContent = name.split(".").pop().toUpperCase();
    downloads.appendChild(a);
  }
  function csvField(v, sep) {
    if (sep === "\t") return v.replace(/[\t\n\r]/g, " ");
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  function table(body) {
    var vars = body.head.vars || [];
    var rows = (body.results && body.results.bindings) || [];
    var t = document.createElement("table");
    t.className = "list results-table";
    var tr = document.createElement("tr");
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = "?" + v; tr.appendChild(th); });
    var thead = document.createElement("thead");
    thead.appendChild(tr);
    t.appendChild(thead);
    var tbody = document.createElement("tbody");
    rows.forEach(function (row) {
      var r = document.createElement("tr");
      vars.forEach(function (v) { r.appendChild(cell(row[v])); });
      tbody.appendChild(r);
    });
    t.appendChild(tbody);
    results.appendChild(t);
    var lines = [vars.join(",")], tsv = [vars.map(function (v) { return "?" + v; }).join("\t")];
    rows.forEach(function (row) {
      lines.push(vars.map(function (v) { return row[v] ? csvField(row[v].value, ",") : ""; }).join(","));
      tsv.push(vars.map(function (v) { return row[v] ? csvField(row[v].value, "\t") : ""; }).join("\t"));
    });
    download("results.json", "application/sparql-results+json", JSON.stringify(body, null, 2));
    download("results.csv", "text/csv", lines.join("\r\n") + "\r\n");
    download("results.tsv", "text/tab-separated-values", tsv.join("\n") + "\n");
    return rows.length;
  }

  function run() {
    var q = withPrefixes(ta.value);
    urls.forEach(function (u) { URL.revokeObjectURL(u); });
    urls = [];
    downloads.textContent = "";
    results.textContent = "";
    problem.hidden = true;
    status.textContent = "Running…";
    var t0 = performance.now();
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: q
    }).then(function (r) {
      var type = (r.headers.get("content-type") || "").split(";")[0].trim();
      var ms = Math.round(performance.now() - t0);
      if (type === "application/problem+json" || !r.ok) {
        return r.text().then(function (text) {
          var p;
          try { p = JSON.parse(text); } catch (e) { p = { title: "HTTP " + r.status, detail: text }; }
          status.textContent = "Error " + r.status + " · " + ms + " ms";
          problem.hidden = false;
          problem.textContent = "";
          var h = document.createElement("strong");
          h.textContent = (p.status || r.status) + " " + (p.title || "Error");
          var d = document.createElement("p");
          d.textContent = p.detail || "";
          var raw = document.createElement("pre");
          raw.textContent = JSON.stringify(p, null, 2);
          problem.appendChild(h); problem.appendChild(d); problem.appendChild(raw);
        });
      }
      if (type === "application/sparql-results+json") {
        return r.json().then(function (body) {
          if (typeof body.boolean === "boolean") {
            status.textContent = "ASK: " + body.boolean + " · " + ms + " ms";
            return;
          }
          var n = table(body);
          status.textContent = n + " row" + (n === 1 ? "" : "s") + " · " + ms + " ms";
        });
      }
      return r.text().then(function (text) {
        var pre = document.createElement("pre");
        pre.className = "graph-text";
        pre.textContent = text;
        results.appendChild(pre);
        download("results.ttl", "text/turtle", text);
        status.textContent = "Graph · " + ms + " ms";
      });
    }).catch(function (err) {
      status.textContent = "Request failed: " + err.message;
    });
  }
  document.getElementById("run").addEventListener("click", run);
  paint();
})();

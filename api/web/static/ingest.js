/* geokg explorer: post a pasted article to POST /articles with the bearer token the user
   typed (never stored), then open the article's page. */
(function () {
  "use strict";
  var form = document.getElementById("ingest");
  if (!form) return;
  var status = document.getElementById("ingest-status");
  var problem = document.getElementById("problem");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var f = form.elements;
    var body = { title: f.title.value, published: f.published.value, text: f.text.value };
    if (f.id.value.trim()) body.id = f.id.value.trim();
    if (f.url.value.trim()) body.url = f.url.value.trim();
    problem.hidden = true;
    status.textContent = "Extracting…";
    form.querySelector("button").disabled = true;
    fetch("/articles", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "Authorization": "Bearer " + f.token.value },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; });
    }).then(function (res) {
      form.querySelector("button").disabled = false;
      if (res.ok) {
        status.textContent = res.body.status + ": " + res.body.triples + " triples";
        window.location.href = "/ui/article/" + encodeURIComponent(res.body.id);
        return;
      }
      status.textContent = "";
      problem.hidden = false;
      problem.textContent = res.status + " " + (res.body.title || "Error") + ": " + (res.body.detail || "");
    }).catch(function (err) {
      form.querySelector("button").disabled = false;
      status.textContent = "Request failed: " + err.message;
    });
  });
})();

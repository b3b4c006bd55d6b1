"""The explorer in a real headless Chromium (Debian's, driven by Playwright's Python
package; never a downloaded browser) against a real uvicorn on 127.0.0.1 serving a store
built from data/articles. The walk: search (type-ahead) -> actor -> event -> paths ->
article -> SPARQL (a competency question, then a refused update) -> timeline -> ingest.
Any console error, CSP violation, failed request or HTTP error fails the test.

Screenshots go to a temporary folder; set ``GEOKG_SCREENSHOTS=<dir>`` to keep them
(docs/screenshots/ holds the ones the README shows). Without Chromium or Playwright the
tests skip and say why.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from api.app import create_app
from api.settings import Settings
from kg.cli import main
from tests.api.server import running
from tests.web.browser import CHROMIUM_ARGS, Watch, chromium_path, why_no_browser

REASON = why_no_browser()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(REASON is not None, reason=REASON or "")]

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "data" / "articles"
TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    location = tmp_path_factory.mktemp("browser") / "store"
    assert main(["ingest", str(ARTICLES), "--store", str(location)]) == 0
    settings = Settings(store=str(location), api_token=TOKEN)
    with running(create_app(settings)) as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    yield folder
    keep = os.environ.get("GEOKG_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        for png in folder.glob("*.png"):
            shutil.copy(png, Path(keep) / png.name)


@pytest.fixture(scope="module")
def browser():
    # lazy: Playwright is optional; without it the module skips (why_no_browser), so the
    # module must import without it
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    pg.watch = Watch(pg, base_url)  # type: ignore[attr-defined]
    yield pg
    context.close()


def expect(locator):
    """Playwright's web-first assertions (they wait, and evaluate no string in the page:
    ``wait_for_function`` would need 'unsafe-eval', which the CSP refuses)."""
    from playwright.sync_api import expect as _expect  # lazy: optional, as in browser()

    return _expect(locator)


def settle(page) -> None:
    page.wait_for_load_state("networkidle")


def clean(page, where: str) -> None:
    problems = page.watch.take()
    assert not problems, f"{where}: " + "; ".join(problems)


def snap(page, shots: Path, name: str) -> None:
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)


def choose(page, field, text: str, pick: str) -> None:
    """Type into a type-ahead field and pick the suggestion whose name is ``pick``."""
    field.fill("")
    field.type(text, delay=30)
    name = page.locator(".ta-name", has_text=re.compile(f"^{re.escape(pick)}$"))
    option = page.locator(".ta-list li", has=name)
    option.first.wait_for(state="visible")
    option.first.dispatch_event("mousedown")


def test_walk_search_actor_event_paths_article_sparql(page, base_url, shots):
    # search, with the type-ahead over /entities?q=
    page.goto(base_url + "/")
    settle(page)
    assert page.locator("h1").inner_text().startswith("Who did what")
    snap(page, shots, "01-search")
    box = page.locator("input[data-typeahead]").first
    box.type("russ", delay=40)
    page.locator(".ta-list li").first.wait_for(state="visible")
    snap(page, shots, "02-typeahead")
    clean(page, "search")
    name = page.locator(".ta-name", has_text=re.compile("^Russia$"))
    option = page.locator(".ta-list li", has=name)
    with page.expect_navigation():
        option.first.dispatch_event("mousedown")
    settle(page)

    # the actor page, with its neighbourhood drawn by cytoscape
    assert "/ui/entity/actor/russia" in page.url
    assert page.locator("h1").inner_text() == "Russia"
    page.locator("#neighbours canvas").first.wait_for(state="attached")
    expect(page.locator("#neighbours-note")).to_contain_text("neighbour")
    snap(page, shots, "03-actor")
    clean(page, "actor page")

    # to the contested cyberattack through a claim about Russia
    link = page.locator("a[href^='/ui/event/']", has_text="cyberattack on Ukrainian").first
    with page.expect_navigation():
        link.click()
    settle(page)
    assert "/ui/event/" in page.url
    assert page.locator(".attribution .pill.contested").count() >= 1
    assert page.locator(".attribution tr.denies").count() >= 1
    snap(page, shots, "04-event")
    clean(page, "event page")

    # paths between two actors, picked with the type-ahead
    page.goto(base_url + "/ui/paths")
    settle(page)
    choose(page, page.locator("input[name=source_label]"), "Kreml", "Kremlin")
    choose(page, page.locator("input[name=target_label]"), "Ukrai", "Ukraine")
    assert page.locator("#p-source").input_value() == "actor/kremlin--russia"
    with page.expect_navigation():
        page.locator("form.filters button[type=submit]").click()
    settle(page)
    page.locator("#paths-graph canvas").first.wait_for(state="attached")
    assert page.locator(".path").count() >= 1
    snap(page, shots, "05-paths")
    clean(page, "paths page")

    # an edge's source article, opened at the place the fact comes from
    src = page.locator(".path a.src").first
    with page.expect_navigation():
        src.click()
    settle(page)
    assert "/ui/article/" in page.url and "#c" in page.url
    target = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{target}']").count() == 1
    assert page.locator("#article-text a.hl-actor").count() > 5
    page.locator("input[data-toggle=actor]").uncheck()
    assert "hide-actor" in (page.locator("#article-text").get_attribute("class") or "")
    page.locator("input[data-toggle=actor]").check()
    snap(page, shots, "06-article")
    clean(page, "article page")

    # SPARQL: a competency question, run through /sparql
    with page.expect_navigation():
        page.locator("header nav a", has_text="SPARQL").click()
    settle(page)
    value = page.locator("#examples option", has_text="cq05").get_attribute("value")
    page.locator("#examples").select_option(value=value)
    assert "kg:polarity" in page.locator("#query").input_value()
    page.locator("#run").click()
    expect(page.locator("#status")).to_contain_text("row")
    assert page.locator("#results table tbody tr").count() >= 1
    assert page.locator("#downloads a").count() == 3
    snap(page, shots, "07-sparql")
    clean(page, "sparql page")


def test_sparql_refusals_show_their_problem(page, base_url, shots):
    page.goto(base_url + "/ui/sparql")
    settle(page)
    page.locator("#query").fill("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with page.expect_response(lambda r: r.url.endswith("/sparql")) as resp:
        page.locator("#run").click()
    assert resp.value.status in (400, 403)
    expect(page.locator("#problem")).to_be_visible()
    text = page.locator("#problem").inner_text()
    assert "problems/" in text  # the problem+json body, shown as sent
    snap(page, shots, "08-sparql-refused")
    problems = page.watch.take()
    # the refusal's own 4xx is the point here; nothing else may fail
    status = resp.value.status
    assert all("/sparql" in p or f"status of {status}" in p for p in problems), problems


def test_timeline_filters_and_zoom(page, base_url, shots):
    page.goto(base_url + "/ui/timeline?type=armed_attack")
    settle(page)
    assert page.locator("svg.strip rect.mark").count() >= 1
    with page.expect_navigation():
        page.locator(".zoom a", has_text="zoom in").click()
    settle(page)
    assert "from=" in page.url and "to=" in page.url
    page.goto(base_url + "/ui/timeline")
    settle(page)
    snap(page, shots, "09-timeline")
    clean(page, "timeline")


def test_ingest_form_posts_with_the_token_and_opens_the_article(page, base_url, shots):
    page.goto(base_url + "/ui/ingest")
    settle(page)
    page.fill("input[name=title]", "Ruritania <script>alert(1)</script> summit")
    page.fill("input[name=id]", "browser-ingest-1")
    page.fill(
        "textarea[name=text]",
        "GRAUSTARK, Mar 3 — Ruritania's foreign minister Anna Weber met Graustark's "
        "president on Tuesday. \"We reject the accusations <script>alert(2)</script>,\" "
        "Weber told reporters.",
    )
    page.fill("input[name=token]", "wrong-token")
    with page.expect_response(lambda r: r.url.endswith("/articles")) as resp:
        page.locator("#ingest button[type=submit]").click()
    assert resp.value.status == 401
    expect(page.locator("#problem")).to_be_visible()
    page.watch.take()  # the 401 was expected
    snap(page, shots, "10-ingest")
    page.fill("input[name=token]", TOKEN)
    with page.expect_navigation(url=re.compile(r"/ui/article/browser-ingest-1$"), timeout=180_000):
        page.locator("#ingest button[type=submit]").click()
    settle(page)
    assert "Ruritania <script>alert(1)</script> summit" in page.locator("h1").inner_text()
    assert page.locator("#article-text script").count() == 0
    clean(page, "ingest")

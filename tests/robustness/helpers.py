"""Helpers of the robustness tests: small generated articles, ``kg`` as a subprocess, a
real ``kg serve`` on 127.0.0.1, and per-graph triple counts read from a store."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from kg.store.oxigraph import OxigraphStore
from kg.validate import ARTICLE_GRAPH_PREFIX
from tests.server_process import free_port

KG = Path(sys.executable).with_name("kg")
TOKEN = "robustness-token"

_GIVEN = ["Anna", "Pavel", "Irina", "Tomas", "Mariam", "Karen", "Farid", "Leyla", "Jonas",
          "Elena", "Marek", "Nadia", "Samuel", "Ruben", "Sofia", "Viktor", "Natalia", "Omar"]  # fmt: skip
_FAMILY = ["Petrenko", "Koval", "Martirosyan", "Berson", "Halabi", "Grigoryan", "Stanic",
           "Volkov", "Demirci", "Karamov", "Lindqvist", "Nazarov", "Orlova", "Rahmani"]  # fmt: skip
_COUNTRIES = ["Russia", "Ukraine", "Armenia", "Azerbaijan", "Iran", "Georgia", "Poland",
              "Turkey", "Israel", "Yemen", "France", "Germany", "China", "Japan"]  # fmt: skip
_TITLES = ["Foreign Minister", "Defence Minister", "President", "spokeswoman", "ambassador"]
_CITIES = ["GENEVA", "VIENNA", "BRUSSELS", "KYIV", "MOSCOW", "BAKU", "YEREVAN", "TBILISI"]
_MONTHS = ["Jan", "Feb", "March", "April", "May", "June"]
_QUOTES = [
    "We have no plans to attack anyone, and we never had such plans",
    "This cyberattack was carried out by professionals working for a foreign state",
    "The talks were difficult, but we agreed to meet again next month",
    "Our country has nothing to do with these attacks",
]
_NOUNS = [("cyberattack on", "government websites"), ("strike on", "a radar site"),
          ("sanctions against", "two banks"), ("talks with", "the delegation")]  # fmt: skip


def small_articles(n: int, seed: int = 1) -> list[dict]:
    """``n`` short news articles as ``{id, title, published, text}`` (the API's body): a
    dateline, a claim, a quote, a denial; people, countries and wording vary with the seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        first, last = rng.choice(_GIVEN), rng.choice(_FAMILY)
        c1, c2 = rng.sample(_COUNTRIES, 2)
        title, city = rng.choice(_TITLES), rng.choice(_CITIES)
        noun, thing = rng.choice(_NOUNS)
        day = rng.randint(1, 28)
        month = rng.randrange(len(_MONTHS))
        body = (
            f"{c1} blames {c2} for {noun} {thing}\n"
            f"{city}, {_MONTHS[month]} {day} - {title} {first} {last} of {c1} said on Monday "
            f"that {c2} was behind the {noun.split()[0]} {thing}.\n\n"
            f'"{rng.choice(_QUOTES)}," {last} told reporters.\n\n'
            f"{c2}'s foreign ministry denied any involvement and accused {c1} of "
            f"spreading lies.\n"
        )
        out.append({
            "id": f"small-{seed}-{i:04d}",
            "title": f"{c1} blames {c2}",
            "published": f"2022-{month + 1:02d}-{day:02d}",
            "text": body,
        })  # fmt: skip
    return out


def write_articles(folder: Path, articles: list[dict]) -> Path:
    """Each article as ``<id>.txt`` with front matter, as ``kg ingest`` reads it."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles:
        front = f"---\nid: {a['id']}\ntitle: {a['title']}\npublished: {a['published']}\n---\n"
        (folder / f"{a['id']}.txt").write_text(front + a["text"], encoding="utf-8")
    return folder


def run_kg(*args: str | Path, timeout: float = 600, env: dict | None = None):
    return subprocess.run(
        [str(KG), *map(str, args)],
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def graph_counts(location: Path) -> dict[str, int]:
    """Triples per article graph in the store at ``location`` (opened, read, closed)."""
    store = OxigraphStore(location)
    try:
        rows = store.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
            union=False,
        ).rows
    finally:
        store.close()
    return {str(g): int(n) for g, n in rows if str(g).startswith(ARTICLE_GRAPH_PREFIX)}


@contextmanager
def kg_server(store: Path, *, token: str | None = TOKEN, timeout: float = 120) -> Iterator[str]:
    """``kg serve`` in a subprocess on 127.0.0.1 (the write routes enabled by ``token``);
    yields its base URL once ``/health`` answers; stopped with SIGINT, as Ctrl-C would."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "KG_API_TOKEN"}
    if token:
        env["KG_API_TOKEN"] = token
    log = store.parent / f"serve-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(KG), "serve", "--store", str(store), "--host", "127.0.0.1", "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"kg serve did not come up:\n{log.read_text()[-3000:]}")
            time.sleep(0.1)  # polling /health, the real readiness signal
        yield base
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode in (0, -signal.SIGINT), log.read_text()[-3000:]


def problem(response: httpx.Response, *statuses: int) -> dict:
    """``response`` is an RFC 9457 problem with one of ``statuses`` (any 4xx when none
    given); returns its body."""
    ok = response.status_code in statuses if statuses else 400 <= response.status_code < 500
    assert ok, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == response.status_code
    assert body["title"] and body["type"] and isinstance(body.get("detail"), str)
    return body

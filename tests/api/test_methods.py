"""A method a path does not serve gets 405 with an ``Allow`` header listing every method the
path does serve (as the OpenAPI document says), not only the first route's: FastAPI makes
one route per method, and Starlette's 405 named just the first that matched the path."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.api.server import assert_problem

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def documented(client: httpx.Client) -> dict[str, set[str]]:
    """Path (parameters filled in) → the methods the OpenAPI document gives it."""
    paths = client.get("/openapi.json").json()["paths"]
    return {
        re.sub(r"\{[^}]+\}", "x", path): {m.upper() for m in item if m.upper() in METHODS}
        for path, item in paths.items()
    }


def allow(response: httpx.Response) -> set[str]:
    return {m.strip() for m in response.headers["allow"].split(",")}


def test_every_path_lists_all_its_methods(client: httpx.Client) -> None:
    docs = documented(client)
    assert docs["/articles"] == {"GET", "POST"} and docs["/articles/x"] == {"GET", "DELETE"}
    for path, methods in docs.items():
        for method in ("OPTIONS", *sorted(set(METHODS) - methods)):
            r = client.request(method, path)
            body = assert_problem(r, 405)
            assert allow(r) == methods, (method, path, r.headers["allow"])
            assert body["instance"] == path
            assert method in body["detail"]


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("OPTIONS", "/articles", "GET, POST"),
        ("PUT", "/articles", "GET, POST"),
        ("OPTIONS", "/articles/kyiv-talks", "GET, DELETE"),
        ("PATCH", "/articles/kyiv-talks", "GET, DELETE"),
        ("DELETE", "/sparql", "GET, POST"),
        ("POST", "/entities/actor/russia/neighbors", "GET"),
        ("OPTIONS", "/openapi.json", "GET, HEAD"),
    ],
)
def test_allow_header(client: httpx.Client, method: str, path: str, expected: str) -> None:
    r = client.request(method, path)
    assert_problem(r, 405)
    assert r.headers["allow"] == expected


def test_an_unknown_path_is_404_not_405(client: httpx.Client) -> None:
    r = client.request("PUT", "/nowhere")
    assert_problem(r, 404)
    assert "allow" not in r.headers

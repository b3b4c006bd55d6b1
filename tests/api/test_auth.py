"""``require_token`` and ``limited_body`` on a small app of their own, over real uvicorn:
the write routes' rules, whoever writes the routes."""

from __future__ import annotations

from typing import Annotated

import httpx
import pytest
from fastapi import Depends, FastAPI

from api import errors
from api.deps import TokenDep, limited_body
from api.settings import Settings
from tests.api.server import assert_problem, running


def _app(settings: Settings) -> FastAPI:
    app = FastAPI()
    app.state.settings = settings
    errors.install(app)

    @app.post("/write")
    def write(
        _: TokenDep, body: Annotated[bytes, Depends(limited_body("max_article_bytes"))]
    ) -> int:
        return len(body)

    return app


@pytest.fixture(scope="module")
def with_token():
    with running(_app(Settings(api_token="s3cret", max_article_bytes=100))) as url:
        yield url


def test_right_token(with_token) -> None:
    r = httpx.post(
        f"{with_token}/write", content=b"abc", headers={"Authorization": "Bearer s3cret"}
    )
    assert r.status_code == 200 and r.json() == 3


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": "Basic czNjcmV0"},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer s3cret2"},
    ],
)
def test_missing_or_wrong_token_is_401(with_token, headers) -> None:
    r = httpx.post(f"{with_token}/write", content=b"abc", headers=headers)
    assert_problem(r, 401)
    assert r.headers["www-authenticate"].startswith("Bearer")


def test_body_limit_after_auth(with_token) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    assert_problem(httpx.post(f"{with_token}/write", content=b"x" * 101, headers=headers), 413)
    chunked = httpx.post(
        f"{with_token}/write", content=iter([b"x" * 60, b"x" * 60]), headers=headers
    )
    assert_problem(chunked, 413)


@pytest.mark.parametrize("token", [None, "", "  "])
def test_no_configured_token_means_writes_are_off(token) -> None:
    with running(_app(Settings(api_token=token))) as url:
        for headers in ({}, {"Authorization": "Bearer anything"}):
            body = assert_problem(httpx.post(f"{url}/write", content=b"a", headers=headers), 403)
            assert body["type"].endswith("/writes-disabled")
            assert "KG_API_TOKEN" in body["detail"]


def test_token_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("KG_API_TOKEN", "from-env")
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "3.5")
    s = Settings()
    assert s.token() == "from-env" and s.query_timeout == 3.5
    assert "from-env" not in repr(s)  # a secret, kept out of logs

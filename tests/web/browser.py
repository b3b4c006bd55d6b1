"""Helpers of the browser tests: find Debian's chromium, launch it with Playwright (never
a downloaded browser), and walk pages failing on console errors and failed requests."""

from __future__ import annotations

import shutil
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


def chromium_path() -> str | None:
    for path in CANDIDATES:
        if Path(path).is_file():
            return path
    return shutil.which("chromium")


def why_no_browser() -> str | None:
    """None when the browser tests can run; else the reason they skip."""
    try:
        import playwright.sync_api  # noqa: F401  (lazy: its absence is the skip reason)
    except ImportError:
        return "the browser tests need Playwright's Python package (pip install '.[test]')"
    if chromium_path() is None:
        return (
            "no Chromium at /usr/bin/chromium: install Debian's with "
            "'apt-get install -y chromium chromium-driver' (.ci/run does)"
        )
    return None


class Watch:
    """Collects console errors, page errors and failed requests of one page."""

    def __init__(self, page, base_url: str) -> None:
        self.problems: list[str] = []
        self.base_url = base_url
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _console(self, msg) -> None:
        if msg.type == "error" or (msg.type == "warning" and "Content Security" in msg.text):
            self.problems.append(f"console {msg.type}: {msg.text}")

    def _failed(self, request) -> None:
        if request.url.startswith("blob:"):
            return
        self.problems.append(f"request failed: {request.url} ({request.failure})")

    def _response(self, response) -> None:
        if response.status >= 400 and response.url.startswith(self.base_url):
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def take(self) -> list[str]:
        out, self.problems = self.problems, []
        return out

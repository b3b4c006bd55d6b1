"""A real Oxigraph server (the ``oxigraph`` CLI from PyPI) on 127.0.0.1 for the tests of
the remote store: ``with OxigraphServer(tmp) as server: server.url``."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typing_extensions import Self


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` executable beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OxigraphServer:
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``, started and stopped."""

    def __init__(self, location: Path, *, start_timeout: float = 30.0) -> None:
        self.location = location
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> Self:
        binary = oxigraph_binary()
        if binary is None:
            raise RuntimeError("the oxigraph CLI is not installed (pip install oxigraph)")
        for _attempt in range(3):  # another process may take the free port first
            port = free_port()
            self.url = f"http://127.0.0.1:{port}"
            self.log = (self.location.parent / f"oxigraph-{port}.log").open("wb")
            self.proc = subprocess.Popen(
                [binary, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{port}"],
                stdout=self.log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
            if self._wait_ready():
                return self
            self.stop()
        raise RuntimeError(f"the oxigraph server did not start; see {self.log.name}")

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                if httpx.get(self.url + "/", timeout=1.0).status_code == 200:
                    return True
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        return False

    def clear(self) -> None:
        """Drop every graph (each test starts from an empty server)."""
        response = httpx.post(
            self.url + "/update",
            content=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
            timeout=30,
        )
        response.raise_for_status()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None
        self.log.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def serve(tmp_path_factory):
    """The body of an ``oxigraph_server`` session fixture (each test layer's conftest
    declares one): skips when the CLI is not installed."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed (it is in the test extra)")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db") as server:
        yield server

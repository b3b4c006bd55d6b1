"""A real Oxigraph server (the ``oxigraph`` CLI from PyPI) on 127.0.0.1 for the tests of
the remote store: ``with OxigraphServer(tmp) as server: server.url``."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from typing_extensions import Self

from tests.server_process import ServerProcess, free_port


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` executable beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


class OxigraphServer(ServerProcess):
    """``oxigraph serve --location DIR --bind 127.0.0.1:PORT``, started and stopped."""

    def __init__(self, location: Path, *, start_timeout: float = 30.0) -> None:
        super().__init__(start_timeout=start_timeout)
        self.location = location

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

    def _ready(self) -> bool:
        return httpx.get(self.url + "/", timeout=1.0).status_code == 200

    def clear(self) -> None:
        """Drop every graph (each test starts from an empty server)."""
        response = httpx.post(
            self.url + "/update",
            content=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
            timeout=30,
        )
        response.raise_for_status()


def serve(tmp_path_factory):
    """The body of an ``oxigraph_server`` session fixture (each test layer's conftest
    declares one): skips when the CLI is not installed."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph CLI is not installed (it is in the test extra)")
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db") as server:
        yield server

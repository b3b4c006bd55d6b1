"""What the real SPARQL servers of the tests (tests/oxigraph_server.py,
tests/virtuoso_server.py) share: a free port on 127.0.0.1, and a server process that is
started, polled until it answers, and stopped."""

from __future__ import annotations

import socket
import subprocess
import time

import httpx
from typing_extensions import Self


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """A server in a subprocess: ``start`` (each server's own) launches it and waits with
    ``_wait_ready``, ``stop`` ends it; a ``with`` block does both."""

    #: seconds between two readiness probes
    poll_interval = 0.05
    #: seconds ``stop`` waits after SIGTERM before it kills
    stop_timeout = 10.0

    def __init__(self, *, start_timeout: float) -> None:
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.log = None

    def start(self) -> Self:
        raise NotImplementedError

    def _ready(self) -> bool:
        """Whether the server answers at ``self.url`` (an ``httpx.HTTPError`` is a no)."""
        raise NotImplementedError

    def _wait_ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                if self._ready():
                    return True
            except httpx.HTTPError:
                pass
            time.sleep(self.poll_interval)
        return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(self.stop_timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None
        if self.log is not None:
            self.log.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""A real Virtuoso (Debian's ``virtuoso-opensource``, 7.2) on 127.0.0.1 with a throwaway
database, for the tests of the remote store's ``virtuoso`` preset:
``with VirtuosoServer(tmp) as server: server.url``.

The database lives in a temporary folder (its own ``virtuoso.ini``, SQL and HTTP ports
picked free); anonymous SPARQL Update is granted on it (``SPARQL_UPDATE`` to the
``SPARQL`` user), since nobody else can reach it. ``.ci/run`` installs the package with
apt-get; without it the tests skip with a reason."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import httpx
import pytest
from typing_extensions import Self

from tests.server_process import ServerProcess, free_port

VIRTUOSO_MISSING = (
    "Virtuoso is not installed (apt-get install virtuoso-opensource gives virtuoso-t and "
    "isql-vt; .ci/run installs it)"
)

INI = """\
[Database]
DatabaseFile       = {d}/virtuoso.db
ErrorLogFile       = {d}/virtuoso.log
LockFile           = {d}/virtuoso.lck
TransactionFile    = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {d}/virtuoso-temp.db
TransactionFile    = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
DisableUnixSocket        = 1
MaxClientConnections     = 8
CheckpointInterval       = 60
CaseMode                 = 2
DirsAllowed              = ., {d}
NumberOfBuffers          = 10000
MaxDirtyBuffers          = 6000
ThreadsPerQuery          = 2
MaxQueryMem              = 256M

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {d}
MaxClientConnections        = 8
ServerThreads               = 8
MaxKeepAlives               = 8
KeepAliveTimeout            = 10
Charset                     = UTF-8
EnabledGzipContent          = 0

[SPARQL]
ResultSetMaxRows           = 100000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
"""

# the throwaway database's setup, over isql as dba: let the anonymous SPARQL endpoint write
SETUP = """\
GRANT SPARQL_UPDATE TO "SPARQL";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);
"""


def virtuoso_binaries() -> tuple[str, str] | None:
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (server, isql) if server and isql else None


class VirtuosoServer(ServerProcess):
    """``virtuoso-t +foreground`` on a fresh database in ``folder``, started and stopped."""

    poll_interval = 0.2
    stop_timeout = 30.0

    def __init__(self, folder: Path, *, start_timeout: float = 90.0) -> None:
        super().__init__(start_timeout=start_timeout)
        self.folder = folder

    def start(self) -> Self:
        found = virtuoso_binaries()
        if found is None:
            raise RuntimeError(VIRTUOSO_MISSING)
        server, self.isql = found
        self.folder.mkdir(parents=True, exist_ok=True)
        for _attempt in range(3):  # another process may take a free port first
            self.sql_port, http_port = free_port(), free_port()
            self.url = f"http://127.0.0.1:{http_port}"
            ini = self.folder / "virtuoso.ini"
            ini.write_text(INI.format(d=self.folder, sql_port=self.sql_port, http_port=http_port))
            self.log = (self.folder / f"virtuoso-{http_port}.out").open("wb")
            self.proc = subprocess.Popen(
                [server, "+foreground", "+configfile", str(ini)],
                cwd=self.folder,
                stdout=self.log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
            if self._wait_ready():
                self.sql(SETUP)
                return self
            self.stop()
        raise RuntimeError(f"Virtuoso did not start; see {self.folder}/virtuoso.log")

    def _ready(self) -> bool:
        r = httpx.get(self.url + "/sparql", params={"query": "ASK {}"}, timeout=2.0)
        return r.status_code == 200

    def sql(self, script: str) -> str:
        """Run SQL statements as dba (the throwaway database's default password)."""
        done = subprocess.run(
            [self.isql, f"127.0.0.1:{self.sql_port}", "dba", "dba"],
            input=script,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"isql failed: {done.stdout}\n{done.stderr}")
        return done.stdout

    def clear(self) -> None:
        """Drop every graph the tests wrote (each test starts from an empty store). Virtuoso's
        own graphs (its schema, the DAV folders) stay: they are not in the tests' IRIs."""
        rows = httpx.post(
            self.url + "/sparql",
            data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
            headers={"Accept": "application/sparql-results+json"},
            timeout=30,
        ).json()["results"]["bindings"]
        for row in rows:
            g = row["g"]["value"]
            if g.startswith(("http://www.openlinksw.com/", "http://localhost", "http://127.0.0.1")):
                continue
            if "virtrdf" in g or g.startswith("http://www.w3.org/"):
                continue
            r = httpx.post(
                self.url + "/sparql", data={"update": f"DROP SILENT GRAPH <{g}>"}, timeout=30
            )
            r.raise_for_status()


def serve(tmp_path_factory):
    """The body of a ``virtuoso_server`` session fixture: skips when it is not installed."""
    if virtuoso_binaries() is None:
        pytest.skip(VIRTUOSO_MISSING)
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso") / "db") as server:
        yield server

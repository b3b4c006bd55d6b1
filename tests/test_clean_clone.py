"""A clone has no ../shared beside it: every test reaches that folder through tests/paths.py
(SHARED, or the ``shared_dir`` fixture), which honours KG_SHARED_DIR and lets the test skip
when it is missing. .ci/run runs the suite a second time with the folder hidden; this check
catches a path to it built some other way (which that run could miss in a slow test)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.paths import ROOT, W3C

TESTS = ROOT / "tests"
# a path to the shared folder built in code: "../shared", "/work/shared", ... / "shared"
SHARED_PATH = re.compile(r"""(["'](\.\./|/work/)?shared["'/])|(/\s*["']shared["'])""")


def _code_lines(path: Path):
    in_doc = False
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        # docstrings may name ../shared; skip triple-quoted blocks
        quotes = stripped.count('"""') + stripped.count("'''")
        if in_doc or quotes:
            if quotes % 2:
                in_doc = not in_doc
            continue
        yield no, line


def test_no_test_builds_its_own_path_to_the_shared_folder() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == TESTS / "paths.py":
            continue
        for no, line in _code_lines(path):
            if SHARED_PATH.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{no}: {line.strip()}")
    assert not offenders, "use tests.paths.SHARED or the shared_dir fixture:\n" + "\n".join(
        offenders
    )


def test_the_w3c_files_the_api_tests_load_are_in_the_repository() -> None:
    for name in (
        "LICENSE.md",
        "sparql11-protocol/manifest.ttl",
        "sparql11-protocol/data1.nt",
        "sparql11-json-res/manifest.ttl",
        "sparql11-csv-tsv-res/manifest.ttl",
    ):
        assert (W3C / name).is_file(), name

"""Every module of kg/ has a place in the layers contract (.importlinter), so a new module
cannot slip past `lint-imports` by not being named there."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_kg_module_is_in_a_layer() -> None:
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    layers = config["importlinter:contract:layers"]["layers"]
    named = set(re.findall(r"kg(?:\.[a-z_]+)+", layers))
    # a package is named as a whole (kg.store) or module by module (kg.link.events): then
    # each of its modules must be named
    packages = {p.parent.name for p in (ROOT / "kg").glob("*/__init__.py")}
    modules = {f"kg.{p.stem}" for p in (ROOT / "kg").glob("*.py") if p.stem != "__init__"}
    for pkg in packages:
        if f"kg.{pkg}" in named:
            modules.add(f"kg.{pkg}")
        else:
            found = (ROOT / "kg" / pkg).glob("*.py")
            modules |= {f"kg.{pkg}.{p.stem}" for p in found if p.stem != "__init__"}
    assert modules - named == set(), "add these to .importlinter's layers and docs/design.md"


def test_every_read_module_is_in_the_reads_contract() -> None:
    """kg/query/ is the read library: each of its modules has a place in the `reads`
    layers (terms at the bottom, the item descriptions over it, the reads over those)."""
    config = configparser.ConfigParser()
    config.read(ROOT / ".importlinter")
    reads = config["importlinter:contract:reads"]
    assert reads["containers"].split() == ["kg.query"]
    named = set(re.findall(r"[a-z_]+", reads["layers"]))
    modules = {p.stem for p in (ROOT / "kg" / "query").glob("*.py") if p.stem != "__init__"}
    assert modules == named, "add these to the reads contract in .importlinter"


def test_the_reads_are_only_in_kg_query() -> None:
    """The read modules that kg/query/ replaced do not come back beside it, and neither the
    read library nor its callers (CLI, API, web pages) write a SPARQL prefix prologue of
    their own: kg.query.terms.PROLOGUE is the one."""
    gone = {"query.py", "attribution.py", "readback.py", "explore.py", "graph.py"}
    assert not gone & {p.name for p in (ROOT / "kg").glob("*.py")}
    prologue = re.compile(r"^\s*PREFIX\s+[\w-]*:\s*<", re.MULTILINE | re.IGNORECASE)
    readers = [
        *(ROOT / "kg" / "query").glob("*.py"),
        ROOT / "kg" / "cli.py",
        *(ROOT / "api").rglob("*.py"),
    ]
    for path in readers:
        if path != ROOT / "kg" / "query" / "terms.py":
            assert not prologue.search(path.read_text(encoding="utf-8")), path

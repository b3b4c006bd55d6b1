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
    named = set(re.findall(r"kg\.[a-z_]+", layers))
    modules = {
        f"kg.{p.stem}" for p in (ROOT / "kg").glob("*.py") if p.stem != "__init__"
    } | {f"kg.{p.parent.name}" for p in (ROOT / "kg").glob("*/__init__.py")}
    assert modules - named == set(), "add these to .importlinter's layers and docs/design.md"

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

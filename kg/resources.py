"""Where the package's data files are: inside the wheel, or in the source checkout.

The wheel force-includes ``ontology/`` as ``kg/_resources/ontology`` and the data files as
``kg/_resources/<name>`` (pyproject.toml); an editable install or a plain checkout has them
at the repository's top level. Trying both, in that order, makes either layout work.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_PACKAGED = _PACKAGE / "_resources"
_REPO = _PACKAGE.parent


def ontology_dir() -> Path:
    """The folder with geokg.ttl, event-types.ttl, shapes.ttl and cq/."""
    return _first_existing(_PACKAGED / "ontology", _REPO / "ontology", what="ontology folder")


def ontology_file(name: str) -> Path:
    """One file of the ontology folder (``"shapes.ttl"``)."""
    path = ontology_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"no {name} in {path.parent}")
    return path


def data_file(name: str) -> Path:
    """A packaged data file (``"gazetteer.json"``): ``kg/_resources/<name>``, else the
    checkout's ``data/<name>``."""
    return _first_existing(_PACKAGED / name, _REPO / "data" / name, what=name)


def _first_existing(*candidates: Path, what: str) -> Path:
    for path in candidates:
        if path.exists():
            return path
    tried = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"cannot find the {what}; tried {tried}")

"""The resource locator finds the ontology and data files in a checkout."""

from __future__ import annotations

import pytest

from kg.resources import data_file, ontology_dir, ontology_file


def test_ontology_dir_has_the_turtle_files() -> None:
    folder = ontology_dir()
    for name in ("geokg.ttl", "event-types.ttl", "shapes.ttl"):
        assert (folder / name).is_file()
    assert ontology_file("shapes.ttl") == folder / "shapes.ttl"


def test_data_file_finds_the_gazetteer() -> None:
    assert data_file("gazetteer.json").name == "gazetteer.json"


def test_missing_files_are_named() -> None:
    with pytest.raises(FileNotFoundError, match="no-such.json"):
        data_file("no-such.json")
    with pytest.raises(FileNotFoundError, match="nope.ttl"):
        ontology_file("nope.ttl")

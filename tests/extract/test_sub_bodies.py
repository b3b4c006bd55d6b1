"""A body named with an organisation's acronym or full name and a body word ('the AU
Commission', 'the EU Advisory Mission', 'the OSCE Special Monitoring Mission', 'the
European Union Training Mission') is an organisation of its own (SCHEMA), not the
organisation it belongs to; written with the full name it is named with the acronym, so
that articles writing it either way give it one name. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.records import Document

pytestmark = pytest.mark.slow


def _orgs(extractor, text: str) -> dict[str, set[str]]:
    ex = extractor.extract(Document("t", text, published=dt.date(2031, 5, 6)))
    return {a.name: set(a.aliases) for a in ex.actors if a.type == "organization"}


def test_a_mission_after_an_acronym_is_a_body_of_its_own(extractor) -> None:
    orgs = _orgs(
        extractor,
        "The EU Advisory Mission (EUAM) said its experts had reached Korvan. "
        "The OSCE Special Monitoring Mission said its patrol heard shelling near Korvan.",
    )
    assert "EU Advisory Mission" in orgs and "EUAM" in orgs["EU Advisory Mission"]
    assert "OSCE Special Monitoring Mission" in orgs
    assert "EUAM" not in orgs.get("European Union", set())


def test_the_full_name_of_the_organisation_gives_the_acronym_name(extractor) -> None:
    orgs = _orgs(
        extractor,
        "Officers of the European Union Training Mission in Mali visited the barracks at Kati on Monday.",
    )
    assert "European Union Training Mission in Mali" in orgs.get("EU Training Mission in Mali", set())


def test_a_lower_case_word_or_no_body_word_keeps_the_organisation(extractor) -> None:
    orgs = _orgs(
        extractor,
        "The EU said on Monday that its monitoring mission would stay. "
        "An EU Special Representative visited Korvan.",
    )
    assert "European Union" in orgs
    assert not any(name.endswith("Mission") or name.endswith("Representative") for name in orgs)



def test_an_acronym_the_ner_leaves_untagged_is_a_body_where_it_acts(extractor) -> None:
    # no definition in brackets, no gazetteer entry: the acronym alone, acting
    orgs = _orgs(
        extractor,
        "The return of the two herders was supervised by the KVMO on Friday. "
        "The KVMO said its patrols would stay near Dorvak. KVMO head Lina Sarr thanked both sides.",
    )
    assert "KVMO" in orgs


def test_an_acronym_for_a_thing_is_no_body(extractor) -> None:
    # found, exploded, failed: no body's acts
    orgs = _orgs(
        extractor,
        "Police said the IED was found under a bridge near Dorvak. The SUV exploded near the "
        "market and the VPN failed, engineers said.",
    )
    assert not {"IED", "SUV", "VPN"} & set(orgs)
